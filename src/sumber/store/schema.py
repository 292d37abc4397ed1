"""The store's tables, as SQLAlchemy Core metadata (the same on SQLite and PostgreSQL).

Ids are text. Per-article rows (``article_*``, ``attributions``, ``stances``)
carry the article id, so replacing an article is "delete its rows, insert the
new ones" in one transaction. An entity's aliases and roles are kept once per
entity with a count of the articles that gave them (``refs``), so linking
reads a few rows per candidate however many articles mention it; the
article's own contribution is in ``article_entities`` for when it is replaced.
Global rows (``entities``, ``claims`` and what hangs off them) are shared
between articles; linking finds them through the indexed blocking keys
(``entity_keys.key``, ``claims.block_key``).

JSON values (the whole ``sumber/1`` record, spans, conduits, roles) are kept as
text holding JSON, so no dialect-specific column type is needed.

This module describes the *current* schema; :mod:`sumber.store.migrations`
creates and upgrades databases to it, one numbered step at a time.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("applied_at", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Text, primary_key=True),
    Column("url", Text),
    Column("url_sha", Text),  # SHA-256 of url: indexed (a URL can outgrow an index entry)
    Column("source_url", Text),
    Column("language", Text),
    Column("published", Text),
    Column("title", Text),
    Column("text_sha", Text, nullable=False),
    Column("analysis_version", Text, nullable=False),
    Column("record", Text, nullable=False),  # the sumber/1 record, JSON
    Column("ingested_at", Text, nullable=False),
    Index("ix_articles_url_sha", "url_sha"),
    Index("ix_articles_text_sha", "text_sha"),
)

# The two tables linking reads a block from are kept in the order of their keys. In SQLite
# (WITHOUT ROWID: one B-tree each instead of a table and its key's index) a block's entity
# is found in one B-tree, not two, and a key row is written to two B-trees, not four; in
# PostgreSQL the key of ``entity_keys`` also serves as its index by entity. A store of
# millions of entities is far larger than any page cache, and every B-tree an article
# touches costs it page reads that grow with the store.
entities = Table(
    "entities",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("mentions", Integer, nullable=False, default=0),
    # ``link.loose(name)``: what linking compares a candidate by, kept so that reading a
    # block does not transliterate its names again (a store holds far more names than any
    # cache); rewritten with the name, and by a migration whenever ``link.loose`` changes
    Column("loose", Text),
    sqlite_with_rowid=False,
)

entity_keys = Table(
    "entity_keys",
    metadata,
    Column("key", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    # the bit length of the entity's mentions (1 for 1, 2 for 2-3, 3 for 4-7...): a block is
    # read most-mentioned first through the index below; kept in step with
    # ``entities.mentions`` by the write path, which rewrites it only when it changes
    Column("mentions_log2", Integer, nullable=False, server_default="0"),
    # an entity's keys are read, re-ranked and deleted by entity; a block is read by key,
    # through the index below
    PrimaryKeyConstraint("entity_id", "key"),
    sqlite_with_rowid=False,
)
Index(
    "ix_entity_keys_rank",
    entity_keys.c.key,
    entity_keys.c.mentions_log2.desc(),
    entity_keys.c.entity_id,
)


def mentions_log2(mentions: int) -> int:
    """An entity's rank in its blocks (``entity_keys.mentions_log2``): the bit length of its
    mentions."""
    return max(int(mentions), 0).bit_length()


entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column("entity_id", Text, nullable=False),
    Column("alias", Text, nullable=False),
    Column("language", Text, nullable=False),  # "" when unknown
    Column("refs", Integer, nullable=False),  # how many stored articles use it
    PrimaryKeyConstraint("entity_id", "alias", "language"),
)

entity_roles = Table(
    "entity_roles",
    metadata,
    Column("entity_id", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("refs", Integer, nullable=False),  # how many stored articles give it
    PrimaryKeyConstraint("entity_id", "role"),
)

article_entities = Table(
    "article_entities",
    metadata,
    Column("article_id", Text, nullable=False),
    Column("local_id", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("roles", Text, nullable=False),  # JSON list, the roles it added to the entity
    Column("aliases", Text, nullable=False),  # JSON list, the aliases it added
    Column("mentions", Integer, nullable=False),
    PrimaryKeyConstraint("article_id", "local_id"),
    Index("ix_article_entities_entity", "entity_id"),
)

attributions = Table(
    "attributions",
    metadata,
    Column("article_id", Text, nullable=False),
    Column("local_id", Text, nullable=False),
    Column("source_entity_id", Text),
    Column("source_text", Text),
    Column("anonymous", Boolean, nullable=False),
    Column("cue", Text),
    Column("kind", Text, nullable=False),
    Column("stance", Text, nullable=False),
    Column("content", Text, nullable=False),
    Column("spans", Text, nullable=False),  # JSON {"content": [[s, e]...], "source": .., "cue": ..}
    Column("via", Text, nullable=False),  # JSON [{"entity": global id or null, "name": ...}]
    Column("date", Text),
    Column("analysis_version", Text, nullable=False),
    PrimaryKeyConstraint("article_id", "local_id"),
    Index("ix_attributions_source", "source_entity_id"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Text, primary_key=True),
    Column("event", Text, nullable=False),
    Column("block_key", Text, nullable=False),
    Column("date", Text),
    Column("place", Text),
    Column("summary", Text, nullable=False),
    Index("ix_claims_block_key", "block_key"),
)

claim_participants = Table(
    "claim_participants",
    metadata,
    Column("claim_id", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    PrimaryKeyConstraint("claim_id", "entity_id"),
    Index("ix_claim_participants_entity", "entity_id"),
)

article_claims = Table(
    "article_claims",
    metadata,
    Column("article_id", Text, nullable=False),
    Column("local_id", Text, nullable=False),
    Column("claim_id", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("span", Text, nullable=False),  # JSON [s, e]
    Column("date", Text),
    PrimaryKeyConstraint("article_id", "local_id"),
    Index("ix_article_claims_claim", "claim_id"),
)

stances = Table(
    "stances",
    metadata,
    Column("claim_id", Text, nullable=False),
    Column("article_id", Text, nullable=False),
    Column("local_claim_id", Text, nullable=False),
    Column("position", Integer, nullable=False),  # index in the local claim's stances
    Column("attribution_local_id", Text),
    Column("holder_kind", Text, nullable=False),  # entity, anonymous, author
    Column("holder_entity_id", Text),
    Column("stance", Text, nullable=False),
    Column("hedged", Boolean, nullable=False),
    Column("via", Text, nullable=False),  # JSON [global entity ids]
    Column("quote", Text),
    Column("span", Text),  # JSON [[s, e], ...]: the content spans of the attribution
    Column("analysis_version", Text, nullable=False),
    PrimaryKeyConstraint("article_id", "local_claim_id", "position"),
    Index("ix_stances_claim", "claim_id"),
    Index("ix_stances_holder", "holder_entity_id"),
)

#: Tables holding one article's own rows, deleted when it is replaced.
PER_ARTICLE = (
    article_entities,
    attributions,
    article_claims,
    stances,
)
