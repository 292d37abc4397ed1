"""Pipeline stage: find claims (events said to have happened) and stances (placeholder)."""

from __future__ import annotations

from sumber.model import Article


def find_claims(article: Article) -> Article:
    """Fill ``article.claims``."""
    return article
