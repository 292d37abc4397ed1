"""Reading capitalised chunks of text: names, titles, role phrases and known names.

The helpers behind :mod:`sumber.entities`: per language (from its pack) the
patterns for capitalised chunks, the known media, organisations and places,
role nouns and titles; :func:`split_chunk` classifies the parts of one chunk,
and the ``*_before`` helpers look left of a name for a title or role phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from sumber import lang
from sumber.lang.base import LanguagePack
from sumber.model import Span

_UPPER = "".join(
    chr(i)
    for lo, hi in ((0, 0x250), (0x370, 0x530), (0x1E00, 0x1F00))  # Latin, Greek, Cyrillic, Viet
    for i in range(lo, hi)
    if chr(i).isupper()
)
_CAP = rf"(?:[{_UPPER}]\.){{2,}}|[{_UPPER}][\w]*(?:[-'’][\w]+)*"
_NUM = r"\d+(?![\w])"


@dataclass(slots=True)
class Item:
    kind: str  # name, role, title, place, media, org, orghead, acronym
    span: Span
    canonical: str = ""


@dataclass
class Patterns:
    chunk: re.Pattern[str]
    max_gaz_words: int
    gaz_types: dict[str, tuple[str, str]]
    role: re.Pattern[str]  # role nouns, for lower-cased text (see :func:`lowered`)
    role_words: frozenset[str]  # role nouns, lower case, words joined by one space
    role_last_words: frozenset[str]  # the last word of each role noun
    titles: frozenset[str]
    org_heads: frozenset[str]
    media_heads: frozenset[str]
    stop: frozenset[str]
    months: frozenset[str]
    determiners: frozenset[str]
    role_modifiers: frozenset[str] = field(default_factory=frozenset)


def _alternation(words: list[str]) -> str:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def patterns(iso: str) -> Patterns:
    pack: LanguagePack = lang.get(iso)
    particles = _alternation(list(pack.NAME_PARTICLES))
    chunk = re.compile(
        rf"(?<![\w]){_CAP}(?:[ \t]+(?:(?:{particles})[ \t]+)?(?:{_CAP}|{_NUM}))*"
        if particles
        else rf"(?<![\w]){_CAP}(?:[ \t]+(?:{_CAP}|{_NUM}))*"
    )
    gaz_types: dict[str, tuple[str, str]] = {}
    for name in pack.KNOWN_MEDIA:
        gaz_types[name] = ("media", name)
    for name in pack.KNOWN_ORGS:
        gaz_types.setdefault(name, ("organization", name))
    for name, canonical in pack.PLACES.items():
        gaz_types.setdefault(name.lower(), ("place", canonical))
    roles = _alternation(list(pack.ROLE_NOUNS))
    # matched against the lower-cased text (much faster than re.I on a long alternation)
    role = re.compile(rf"(?<![\w])(?:{roles})(?![\w])")
    return Patterns(
        chunk=chunk,
        max_gaz_words=max((len(k.split()) for k in gaz_types), default=1),
        gaz_types=gaz_types,
        role=role,
        role_words=frozenset(" ".join(r.split()) for r in pack.ROLE_NOUNS),
        role_last_words=frozenset(r.split()[-1] for r in pack.ROLE_NOUNS if r.split()),
        titles=frozenset(t.rstrip(".") for t in pack.TITLES),
        org_heads=frozenset(pack.ORG_WORDS),
        media_heads=frozenset(pack.MEDIA_NAME_WORDS),
        stop=frozenset(pack.STOP_CAPITALISED)
        | frozenset(w.capitalize() for w in list(pack.MONTHS) + list(pack.WEEKDAYS)),
        months=frozenset(w.capitalize() for w in pack.MONTHS),
        determiners=frozenset(pack.DETERMINERS),
        role_modifiers=frozenset(pack.ROLE_MODIFIERS),
    )


NONSPACE = re.compile(r"\S+")
_PUNCT_END = tuple(",.;:!?)]}\"'”’»")


def _longest(words: list[str], i: int, table: dict | frozenset, most: int) -> int:  # type: ignore[type-arg]
    """The number of words from ``i`` whose phrase is in ``table`` (longest first), or 0."""
    for n in range(min(most, len(words) - i), 0, -1):
        if " ".join(words[i : i + n]) in table:
            return n
    return 0


_REV_WORD = re.compile(r"[ \t]+(\S+)")


def _words_before(text: str, pos: int, most: int) -> list[Span]:
    """Up to ``most`` words right before ``pos`` on the same line, in text order."""
    lo = max(0, pos - 24 * most)
    rev = text[lo:pos][::-1]
    out: list[Span] = []
    i = 0
    while len(out) < most:
        m = _REV_WORD.match(rev, i)
        if m is None:
            break
        out.append((pos - m.end(1), pos - m.start(1)))
        i = m.end(1)
    out.reverse()
    return out


def _previous_word(text: str, pos: int) -> Span | None:
    """The word right before ``pos`` (separated from it by spaces or tabs), or None."""
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == pos or j == 0:
        return None
    k = j - 1
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return (k, j)


def title_before(text: str, pos: int, p: Patterns) -> int:
    """Start of a title ("Tn.", "Mr.") right before ``pos``, or -1."""
    prev = _previous_word(text, pos)
    if prev and text[prev[0] : prev[1]].lower().rstrip(".") in p.titles:
        return prev[0]
    return -1


def role_before(text: str, pos: int, p: Patterns) -> int:
    """Start of a role phrase ending right before ``pos`` ("juru bicara Kremlin ", "Kremlin
    spokesman ", "Presiden terpilih AS "), or -1. Never crosses punctuation."""
    prev = _previous_word(text, pos)
    if prev is None:
        return -1
    word = text[prev[0] : prev[1]]
    low = word.lower()
    if not (word[:1].isupper() or low in p.role_modifiers or low in p.role_last_words):
        return -1  # most names follow a plain word ("kata", "and"): no role phrase here
    spans = _words_before(text, pos, 7)
    words = [text[a:b] for a, b in spans]
    for k in range(len(words) - 1, -1, -1):
        if words[k].endswith(_PUNCT_END):
            if k == len(words) - 1:
                return -1
            spans, words = spans[k + 1 :], words[k + 1 :]
            break
    lowered = [w.lower() for w in words]

    def free(w: str, lw: str) -> bool:
        return w[:1].isupper() or lw in p.role_modifiers

    i = len(words) - 1
    while i >= 0:
        for n in (3, 2, 1):
            if i - n + 1 >= 0 and " ".join(lowered[i - n + 1 : i + 1]) in p.role_words:
                start = i - n + 1
                while start > 0 and free(words[start - 1], lowered[start - 1]):
                    start -= 1
                return spans[start][0]
        if not free(words[i], lowered[i]):
            return -1
        i -= 1
    return -1


def split_chunk(text: str, start: int, end: int, p: Patterns) -> list[Item]:
    """Classify the parts of one capitalised chunk."""
    items: list[Item] = []
    pos = start
    run_start = -1
    pos_end = start
    words = [(m.start(), m.end()) for m in NONSPACE.finditer(text[start:end])]
    # "Ukraine's": the possessive ending is no part of the name
    words = [
        (a, b - 2)
        if b - a > 3 and text[start + b - 2] in "'’" and text[start + b - 1] == "s"
        else (a, b)
        for a, b in words
    ]
    lowered = [text[start + a : start + b].lower() for a, b in words]
    i = 0
    while i < len(words):
        ws, we = words[i][0] + start, words[i][1] + start
        if ws < pos:
            i += 1
            continue
        word = text[ws:we]
        kind = ""
        span = (ws, we)
        canonical = ""
        n = _longest(lowered, i, p.gaz_types, p.max_gaz_words)
        if n:
            g = text[ws : words[i + n - 1][1] + start]
            if len(g) > 3 or g.isupper() or (len(g) == 3 and g[0].isupper()):
                gtype, canonical = p.gaz_types[" ".join(lowered[i : i + n])]
                kind, span = gtype, (ws, words[i + n - 1][1] + start)
        if not kind:
            n = _longest(lowered, i, p.role_words, 3)
            if n:
                kind, span = "role", (ws, words[i + n - 1][1] + start)
        if not kind and word.rstrip(".").lower() in p.titles:
            kind = "title"
        if not kind and word.lower() in p.media_heads and run_start < 0:
            kind, span = "mediahead", (ws, end)
        if not kind and word.lower() in p.org_heads:
            kind, span = "orghead", (ws, end)
        if not kind and word in p.stop and (run_start < 0 or word not in p.months):
            kind = "stop"
        if not kind and run_start < 0 and not word[0].isupper():
            kind = "stop"  # a name run starts with a capital (not a number or particle)
        if kind:
            if run_start >= 0:
                items.append(Item("name", (run_start, pos_end)))
                run_start = -1
            if kind != "stop":
                items.append(Item(kind, span, canonical))
            pos = span[1]
            while i < len(words) and words[i][0] + start < pos:
                i += 1
            continue
        if run_start < 0:
            run_start = ws
        pos_end = we
        pos = we
        i += 1
    if run_start >= 0:
        items.append(Item("name", (run_start, pos_end)))
    items = [it for it in items if it.kind != "name" or trim_name(text, it)]
    out: list[Item] = []
    for it in items:
        if it.kind == "name" and text[it.span[0] : it.span[1]].split()[-1].lower() in p.media_heads:
            it.kind = "media"
        if it.kind == "mediahead":
            it.kind = "media"
        if (
            it.kind == "orghead"
            and out
            and out[-1].kind == "name"
            and out[-1].span[1] + 1 >= it.span[0]
        ):
            # "City Hall", "Justice Department": the head ends the name
            it = Item("orghead", (out.pop().span[0], it.span[1]))
        if it.kind in ("name", "orghead") and text.count(" ", it.span[0], it.span[1]) >= 3:
            # "Gubernur Sulawesi Tengah Arif Wiranata": a long run after a role ends in the name
            run_words = list(NONSPACE.finditer(text[it.span[0] : it.span[1]]))
            after_role = bool(out and out[-1].kind in ("role", "title")) or (
                not out and role_before(text, start, p) >= 0
            )
            if (
                after_role
                and len(run_words) >= 4
                and all(w.group()[0].isupper() for w in run_words[-2:])
            ):
                cut = it.span[0] + run_words[-2].start()
                out.append(
                    Item("modifier" if it.kind == "name" else "orghead", (it.span[0], cut - 1))
                )
                it = Item("name", (cut, it.span[1]))
        out.append(it)
    return out


def trim_name(text: str, item: Item) -> bool:
    """Cut particles and numbers off the end of a name run; False when nothing is left."""
    s, e = item.span
    words = text[s:e].split()
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    while words and (not words[-1][0].isupper() or words[-1].isdigit()):
        words.pop()
    if not words:
        return False
    item.span = (s, s + len(" ".join(words)) if len(words) > 1 else s + len(words[0]))
    # the span keeps the original spacing: recompute the end from the last word
    last = words[-1]
    item.span = (s, text.rfind(last, s, e) + len(last))
    return bool(last)


def extend_role(text: str, end: int, p: Patterns) -> int:
    """Extend a role noun over its modifiers: "pemimpin Rusia", "Presiden terpilih AS ke-47 itu"."""
    pos = end
    grew = end
    while True:
        m = re.match(r"[ \t]+(\S+)", text[pos : pos + 40])
        if not m:
            break
        word = m.group(1).rstrip(',.;:)"”')
        if not word:
            break
        w_end = pos + m.start(1) + len(word)
        if word[0].isupper() or word.lower() in p.role_modifiers or re.fullmatch(r"ke-\d+", word):
            pos = grew = w_end
            continue
        if word.lower() in p.determiners:
            pos = grew = w_end
        break
    return grew


def determiner_before(text: str, start: int, p: Patterns) -> bool:
    m = re.search(r"(\w+)[ \t]+$", text[max(0, start - 12) : start])
    return bool(m and m.group(1).lower() in p.determiners)


@lru_cache(maxsize=2)
def headline_lines(text: str) -> tuple[Span, ...]:
    """Lines in Title Case or capitals (headlines, sub-heads): names there are unreliable.
    (Remembered for the last texts: finding entities and attributions both ask.)"""
    spans: list[Span] = []
    for m in _LINE.finditer(text):
        line = m.group()
        if len(line) > 240:
            continue  # a paragraph, not a heading
        words = len(_WORD3.findall(line))
        if words >= 3 and len(_CAPWORD3.findall(line)) >= 0.7 * words:
            spans.append(m.span())
    return tuple(spans)


_LINE = re.compile(r"[^\n]+")
_WORD3 = re.compile(r"[^\W\d_]{3,}")
_CAPWORD3 = re.compile(rf"(?<![^\W\d_])[{_UPPER}][^\W\d_]{{2,}}")


def lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (characters whose lower case is longer,
    like "İ", are kept as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
