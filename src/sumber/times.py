"""Pipeline stage: find time expressions and normalise them to ISO 8601 (placeholder)."""

from __future__ import annotations

from sumber.model import Article


def find_times(article: Article) -> Article:
    """Fill ``article.times``."""
    return article
