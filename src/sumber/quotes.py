"""Find quotations in text: pair quotation marks, nested quotes, unclosed quotes.

Language-neutral: the marks come from a language pack's ``QUOTE_PAIRS``. A pair whose
opening and closing marks are the same character (``"``, or ``”`` as Indonesian copy often
uses it) is paired by position and by the white space around each mark: a mark glued to the
word after it and spaced from the word before opens; one glued to the word before closes.
Where the spacing says nothing (tokenised text), marks open and close by turns.

Unbalanced marks are handled without failing: a quote that is never closed ends at the end of
its paragraph (the next line break), and one still open when a new quote clearly opens in a
later paragraph is closed there. The scan is one pass over the marks (linear time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sumber.model import Span

_AFTER_CLOSE = frozenset(",.;:!?)]}…-—–")


@dataclass(slots=True)
class Quote:
    """One quotation.

    Attributes:
        start: offset of the opening mark.
        end: offset just after the closing mark (the end of the content when unclosed).
        inner: the content between the marks, trimmed of white space.
        closed: False when the quote was never closed.
        depth: 0 for a top-level quote, 1 for a quote inside it, ...
    """

    start: int
    end: int
    inner: Span
    closed: bool = True
    depth: int = 0


@dataclass(frozen=True, slots=True)
class _Marks:
    regex: re.Pattern[str]
    closers: dict[str, frozenset[str]]  # opening mark -> marks that close it
    openers: frozenset[str]
    closing: frozenset[str]


@cache
def _marks(pairs: tuple[tuple[str, str], ...]) -> _Marks:
    closers: dict[str, set[str]] = {}
    for o, c in pairs:
        closers.setdefault(o, set()).add(c)
    chars = sorted({ch for p in pairs for ch in p}, key=lambda c: (-len(c), c))
    regex = re.compile("|".join(re.escape(c) for c in chars) + "|\n")
    return _Marks(
        regex=regex,
        closers={o: frozenset(c) for o, c in closers.items()},
        openers=frozenset(closers),
        closing=frozenset(c for _, c in pairs),
    )


_WORD_RE = re.compile(r"\s*([^\W\d_]+)")


def _evidence(text: str, i: int, closing_words: frozenset[str], width: int = 1) -> str:
    """``open``, ``close`` or ``""`` for the mark at ``i``, from the spacing around it.

    A mark followed by one of ``closing_words`` (a cue such as "kata", "said") closes,
    whatever the spacing.
    """
    n = len(text)
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < n else " "
    if closing_words and i > 0:
        m = _WORD_RE.match(text, i + width)
        if m and m.group(1)[:1].islower() and m.group(1) in closing_words:
            return "close"
    left = not prev.isspace() and prev not in "([{"
    right = not nxt.isspace() and nxt not in _AFTER_CLOSE
    if right and not left:
        return "open"
    if left and not right:
        return "close"
    return ""


def _sentence_start(text: str, i: int) -> bool:
    """Whether the mark at ``i`` follows a sentence end (``. ”Kami``) or a line break."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in ".!?\n"


def _trim(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


def find_quotes(
    text: str,
    pairs: tuple[tuple[str, str], ...],
    start: int = 0,
    end: int | None = None,
    closing_words: frozenset[str] = frozenset(),
) -> list[Quote]:
    """Every quotation in ``text[start:end]``, nested ones included, ordered by start.

    Args:
        text: the text.
        pairs: (opening, closing) quotation marks, as in a pack's ``QUOTE_PAIRS``.
        start: where to begin.
        end: where to stop (default: the end of the text).
        closing_words: lower-case words that show a mark before them closes a quote
            (the language's cue words: ``”…,” kata X``).

    Returns:
        The quotes; ``depth`` tells nesting. Unclosed quotes have ``closed=False``.
    """
    end = len(text) if end is None else end
    if not pairs or start >= end:
        return []
    marks = _marks(tuple(pairs))
    found: list[Quote] = []
    # stack entries: [open offset, opening mark, first line break after it (or -1)]
    stack: list[list[int | str]] = []
    last_nl = -1

    def close_unclosed(entry: list[int | str], before: int | None = None) -> None:
        o = int(entry[0])
        nl = int(entry[2])
        stop = nl if nl >= 0 else end
        if before is not None:
            stop = min(stop, before)
        inner = _trim(text, o + len(str(entry[1])), max(stop, o + len(str(entry[1]))))
        found.append(Quote(o, stop, inner, closed=False, depth=len(stack)))

    for m in marks.regex.finditer(text, start, end):
        i = m.start()
        ch = m.group()
        width = len(ch)
        if ch == "\n":
            last_nl = i
            for entry in reversed(stack):
                if int(entry[2]) >= 0:
                    break
                entry[2] = i
            continue
        ev = _evidence(text, i, closing_words, width)
        # does ch close something on the stack?
        k = len(stack) - 1
        while k >= 0 and ch not in marks.closers[str(stack[k][1])]:
            k -= 1
        if k >= 0:
            top_sym = ch in marks.openers and ch in marks.closers.get(ch, ())
            if top_sym and ev == "open":
                # a clearly opening mark: a nested quote inside a sentence, or, at a new
                # sentence or paragraph, a new quote (the old one was never closed)
                if _sentence_start(text, i):
                    while stack and ch in marks.closers[str(stack[-1][1])]:
                        close_unclosed(stack.pop(), i)
                while stack and int(stack[-1][0]) < last_nl:
                    close_unclosed(stack.pop())
                stack.append([i, ch, -1])
                continue
            while len(stack) - 1 > k:  # quotes opened inside and never closed
                close_unclosed(stack.pop())
            entry = stack.pop()
            o = int(entry[0])
            inner = _trim(text, o + len(str(entry[1])), i)
            found.append(Quote(o, i + width, inner, closed=True, depth=len(stack)))
            continue
        if ch in marks.openers:
            if ev == "close" and ch in marks.closing:
                continue  # a stray closing mark
            if stack and int(stack[-1][0]) < last_nl and ev == "open":
                while stack and int(stack[-1][0]) < last_nl:
                    close_unclosed(stack.pop())
            stack.append([i, ch, -1])
    while stack:
        close_unclosed(stack.pop())
    found.sort(key=lambda q: (q.start, -q.end))
    return found
