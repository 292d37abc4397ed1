"""Pipeline stage: find entity mentions and group them into typed entities (placeholder)."""

from __future__ import annotations

from sumber.model import Article


def find_entities(article: Article) -> Article:
    """Fill ``article.entities``."""
    return article
