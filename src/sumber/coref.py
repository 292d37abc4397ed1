"""Pipeline stage: tie pronouns, role nouns and short names to entities (placeholder)."""

from __future__ import annotations

from sumber.model import Article


def resolve(article: Article) -> Article:
    """Resolve mentions and attribution sources to entities."""
    return article
