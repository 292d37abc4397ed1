"""Pipeline stage: find attributions: source, cue, content, kind, conduits (placeholder)."""

from __future__ import annotations

from sumber.model import Article


def find_attributions(article: Article) -> Article:
    """Fill ``article.attributions``."""
    return article
