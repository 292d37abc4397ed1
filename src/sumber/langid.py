"""Pipeline stage: identify the article's language (py3langid, restricted to our packs)."""

from __future__ import annotations

from functools import cache

from sumber import lang
from sumber.model import Article

FALLBACK = "en"


@cache
def _identifier():  # type: ignore[no-untyped-def]
    import py3langid.langid as langid

    langid.set_languages(lang.available())
    return langid


def detect_language(text: str) -> str:
    """The ISO code of the language ``text`` is written in, among those sumber knows.

    Args:
        text: article text (a few sentences are enough).

    Returns:
        An ISO 639-1 code from :func:`sumber.lang.available`; ``en`` when the text has no letters.
    """
    sample = text[:1500]
    if not any(c.isalpha() for c in sample):
        return FALLBACK
    code, _ = _identifier().classify(sample)
    return str(code)


def identify(article: Article) -> Article:
    """Set ``article.language`` when the caller did not."""
    if not article.language:
        body = article.text
        if article.boilerplate:
            # leave boilerplate out of the sample
            parts, pos = [], 0
            for b in sorted(article.boilerplate, key=lambda b: b.span):
                parts.append(body[pos : b.span[0]])
                pos = max(pos, b.span[1])
            parts.append(body[pos:])
            body = " ".join(parts)
        article.language = detect_language(body)
    return article
