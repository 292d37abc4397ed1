"""Pipeline stage: mark non-article text (ads, widgets, source lines, credits) as boilerplate.

Nothing is removed: spans are recorded in ``article.boilerplate`` and later
stages skip them. A ``Sumber: URL`` style line also sets ``source_url``.
"""

from __future__ import annotations

import re
from functools import cache

from sumber import lang
from sumber.lang.base import BOILERPLATE_PATTERNS
from sumber.model import Article, Boilerplate

_URL_RE = re.compile(r"https?://\S+")


@cache
def _patterns(iso: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    pats = lang.get(iso).BOILERPLATE_PATTERNS if iso in lang.available() else BOILERPLATE_PATTERNS
    return tuple((kind, re.compile(p, re.MULTILINE | re.IGNORECASE)) for kind, p in pats)


def find_boilerplate(text: str, iso: str | None = None) -> list[Boilerplate]:
    """Boilerplate spans in ``text``, in order, not overlapping."""
    found: list[Boilerplate] = []
    for kind, pattern in _patterns(iso):
        for m in pattern.finditer(text):
            s, e = m.span()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                found.append(Boilerplate((s, e), kind))
    found.sort(key=lambda b: (b.span[0], -b.span[1]))
    out: list[Boilerplate] = []
    for b in found:
        if out and b.span[0] < out[-1].span[1]:
            continue
        out.append(b)
    return out


def mark(article: Article) -> Article:
    """Fill ``article.boilerplate`` and, from a source line, ``article.source_url``."""
    article.boilerplate = find_boilerplate(article.text, article.language)
    for b in article.boilerplate:
        if b.kind == "source_line" and not article.source_url:
            m = _URL_RE.search(article.text, b.span[0], b.span[1])
            if m:
                article.source_url = m.group().rstrip(").,;")
    return article
