"""Pipeline stage: split the text into tokens and sentences (offsets only).

Tokens are words (letters and digits, with inner hyphens, apostrophes and
dots as in "Rusia-Ukraina", "don't", "U.S.") and single punctuation marks.
Sentences end at ``.!?`` (and a closing quote after them) followed by white
space, unless the word before the stop is an abbreviation of the language, or
at a line break. Boilerplate lines are their own sentences.
"""

from __future__ import annotations

import re
from functools import cache

from sumber import lang
from sumber.model import Article, Span

TOKEN_RE = re.compile(
    r"(?:[^\W_]\.){2,}"  # initialisms: U.S., A.S.
    r"|[^\W_]+(?:[-'’][^\W_]+)*"  # words with inner hyphens/apostrophes
    r"|\S",
    re.UNICODE,
)

_WORD_AFTER = re.compile(r"[^\W\d_]+(?![.\w])")
_WEB_SUFFIXES = frozenset({"com", "net", "org", "info", "co", "id", "my", "vn", "ru", "ua", "de"})
_CLOSERS = "\"'\u201d\u2019\u00bb)\u201c]"
_SENT_END_RE = re.compile(
    r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*(?=\s)|\n+"
    r"|(?<=[^\W\d_]{3})[.!?](?=[^\W\d_]{2})"  # glued by web copy: "im Bericht.Trump sagte"
)


@cache
def _abbreviations(iso: str | None) -> frozenset[str]:
    if iso is None:
        return frozenset()
    try:
        return frozenset(a.rstrip(".") for a in lang.get(iso).ABBREVIATIONS)
    except Exception:
        return frozenset()


@cache
def _ordinal_dot(iso: str | None) -> bool:
    """Whether the language writes ordinal numbers with a dot ("3. März")."""
    if iso is None:
        return False
    try:
        return "." in lang.get(iso).extra.get("DAY_SUFFIXES", ())
    except Exception:
        return False


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Token spans of ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    return [m.span() for m in TOKEN_RE.finditer(text, start, end)]


def split_sentences(text: str, iso: str | None = None) -> list[Span]:
    """Sentence spans of ``text``, trimmed of surrounding white space."""
    abbrevs = _abbreviations(iso)
    spans: list[Span] = []
    start = 0
    for m in _SENT_END_RE.finditer(text):
        if m.group()[0] != "\n" and m.end() < len(text) and not text[m.end()].isspace():
            # no space after the stop: a sentence end only between a lower-case word and a
            # capitalised one ("Bericht.Trump"), never in "kompas.com" or "Kompas.com"
            if not (text[m.start() - 1].islower() and text[m.end()].isupper()):
                continue
            nxt = _WORD_AFTER.match(text, m.end())
            if m.group() != "." or not nxt or nxt.group().lower() in _WEB_SUFFIXES:
                continue
        if m.group()[0] != "\n":
            # the word before the stop: an abbreviation or a single initial does not end
            j = m.start()
            k = j
            while k > start and not text[k - 1].isspace():
                k -= 1
            word = text[k:j].lower().lstrip("\"'(\u201c\u201d")
            if word.isdigit() and len(word) <= 2 and _ordinal_dot(iso) and m.group() == ".":
                continue  # German ordinals: "am 3. März", "der 2. Weltkrieg"
            if word in abbrevs or (
                len(word) == 1 and word.isalpha() and word.upper() == text[j - 1]
            ):
                continue
            # a lower-case continuation is no new sentence ("... 24 jam,” tetapi")
            n = m.end()
            while n < len(text) and text[n] in " \t":
                n += 1
            if n < len(text) and text[n].islower():
                continue
        _add(text, start, m.end() if m.group()[0] != "\n" else m.start(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def segment(article: Article) -> Article:
    """Fill ``article.sentences`` and ``article.tokens``."""
    sentences = split_sentences(article.text, article.language)
    # boilerplate spans cut sentences: a sentence never straddles article text and boilerplate
    if article.boilerplate:
        cuts = sorted(b.span for b in article.boilerplate)
        out: list[Span] = []
        for s, e in sentences:
            pos = s
            for bs, be in cuts:
                if be <= pos or bs >= e:
                    continue
                _add(article.text, pos, bs, out)
                _add(article.text, max(bs, pos), min(be, e), out)
                pos = min(be, e)
            _add(article.text, pos, e, out)
        sentences = out
    article.sentences = sentences
    article.tokens = tokenize(article.text)
    return article
