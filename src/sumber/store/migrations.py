"""Numbered schema migrations, recorded in the ``schema_migrations`` table.

:data:`MIGRATIONS` lists ``(version, name, step)`` in order; :func:`migrate`
applies, each in its own transaction, the steps whose version is not yet in
``schema_migrations``, so opening a store twice applies nothing the second
time, and a crash between steps leaves a database a re-open finishes.

To change the schema: edit :mod:`sumber.store.schema` to the new shape, and
append a step that brings an existing database there (``ALTER TABLE``,
``CREATE INDEX``...). Step 1 creates the tables from the metadata; once a
second step exists that changes a table, step 1 must keep creating that
table's *first* shape (copy its old definition into the step).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    bindparam,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.schema import CreateTable

from sumber.store import schema

Step = Callable[[Connection], None]


def _first_entity_keys() -> Table:
    """``entity_keys`` as step 1 created it (step 3 adds ``mentions_log2``, step 5 keys it
    by entity)."""
    return Table(
        "entity_keys",
        MetaData(),
        Column("key", Text, nullable=False),
        Column("entity_id", Text, nullable=False),
        PrimaryKeyConstraint("key", "entity_id"),
        Index("ix_entity_keys_entity", "entity_id"),
    )


def _first_entities() -> Table:
    """``entities`` as step 1 created it (step 4 adds ``loose``, step 5 clusters it)."""
    return Table(
        "entities",
        MetaData(),
        Column("id", Text, primary_key=True),
        Column("name", Text, nullable=False),
        Column("type", Text, nullable=False),
        Column("mentions", Integer, nullable=False, default=0),
    )


def _initial(conn: Connection) -> None:
    """Every table and index of the first schema."""
    later = (schema.schema_migrations, schema.entity_keys, schema.entities)
    tables = [t for t in schema.metadata.sorted_tables if t not in later]
    schema.metadata.create_all(conn, tables=tables, checkfirst=True)
    _first_entities().create(conn, checkfirst=True)
    _first_entity_keys().create(conn, checkfirst=True)


def _person_keys(conn: Connection) -> None:
    """The ``given:`` and ``lone:`` blocking keys of every stored person (added with the
    blocking that looks full names up by given-name initial and surname)."""
    from sumber import link
    from sumber.store.ingest import MAX_TEXT_KEY

    e, a, k = schema.entities, schema.entity_aliases, schema.entity_keys
    rows: set[tuple[str, str]] = set()

    def add(eid: str, name: str, own: bool) -> None:
        for key in link.entity_keys(name, "person"):
            if key.startswith("given:") or (own and key.startswith("lone:")):
                rows.add((key[:MAX_TEXT_KEY], eid))

    for r in conn.execute(select(e.c.id, e.c.name).where(e.c.type == "person")):
        add(r.id, r.name, True)
    query = select(a.c.entity_id, a.c.alias).join(e, e.c.id == a.c.entity_id)
    for r in conn.execute(query.where(e.c.type == "person").distinct()):
        add(r.entity_id, r.alias, False)
    have = {
        (r.key, r.entity_id)
        for r in conn.execute(
            select(k.c.key, k.c.entity_id).where(k.c.key.like("given:%") | k.c.key.like("lone:%"))
        )
    }
    rows -= have
    if rows:
        conn.execute(insert(k), [{"key": key, "entity_id": eid} for key, eid in sorted(rows)])


def _key_ranks(conn: Connection) -> None:
    """Each key row's ``mentions_log2`` and the index that reads a block most-mentioned first
    (added when a block stopped being ranked whole on every look-up)."""
    e, k = schema.entities, schema.entity_keys
    conn.execute(
        text("ALTER TABLE entity_keys ADD COLUMN mentions_log2 INTEGER NOT NULL DEFAULT 0")
    )
    ranked = conn.execute(select(e.c.id, e.c.mentions).where(e.c.mentions > 0))
    stmt = update(k).where(k.c.entity_id == bindparam("eid")).values(mentions_log2=bindparam("b"))
    while rows := ranked.fetchmany(10_000):
        conn.execute(stmt, [{"eid": r.id, "b": schema.mentions_log2(r.mentions)} for r in rows])
    next(i for i in k.indexes if i.name == "ix_entity_keys_rank").create(conn)


def _loose_names(conn: Connection) -> None:
    """Each entity's loose name (``entities.loose``), so that linking reads it with the
    entity instead of working it out again (added when stores outgrew the name caches)."""
    from sumber import link

    e = schema.entities
    conn.execute(text("ALTER TABLE entities ADD COLUMN loose TEXT"))
    stmt = update(e).where(e.c.id == bindparam("eid")).values(loose=bindparam("lk"))
    page = select(e.c.id, e.c.name).order_by(e.c.id).limit(10_000)
    last = None
    # page by id, so that a store of millions of entities is not read into memory at once
    while rows := conn.execute(page if last is None else page.where(e.c.id > last)).all():
        conn.execute(stmt, [{"eid": r.id, "lk": link.loose(r.name)} for r in rows])
        last = rows[-1].id


def _clustered(conn: Connection) -> None:
    """``entities`` and ``entity_keys`` kept in the order of their keys, ``entity_keys`` by
    entity (SQLite: rebuilt WITHOUT ROWID; PostgreSQL: the key of ``entity_keys`` becomes
    ``(entity_id, key)``, which serves what its index by entity did), so that linking
    touches fewer B-trees per article (added when stores outgrew the page cache)."""
    k = schema.entity_keys
    if conn.dialect.name == "postgresql":
        pk = inspect(conn).get_pk_constraint(k.name)["name"]
        conn.execute(text(f'ALTER TABLE entity_keys DROP CONSTRAINT "{pk}"'))
        conn.execute(text('ALTER TABLE entity_keys ADD PRIMARY KEY (entity_id, "key")'))
        conn.execute(text("DROP INDEX IF EXISTS ix_entity_keys_entity"))
        return
    for table, order in ((schema.entities, "id"), (k, 'entity_id, "key"')):
        old = f"{table.name}_old"
        conn.execute(text(f"ALTER TABLE {table.name} RENAME TO {old}"))
        conn.execute(CreateTable(table))
        columns = ", ".join(f'"{c.name}"' for c in table.columns)
        conn.execute(
            text(
                f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM {old} ORDER BY {order}"
            )
        )
        conn.execute(text(f"DROP TABLE {old}"))  # and its indexes
    for index in k.indexes:
        index.create(conn)


MIGRATIONS: list[tuple[int, str, Step]] = [
    (1, "initial schema", _initial),
    (2, "given-name and lone-surname keys of people", _person_keys),
    (3, "blocks read most-mentioned first from an index", _key_ranks),
    (4, "loose names of entities, read with their blocks", _loose_names),
    (5, "blocking tables kept in the order of their keys", _clustered),
]


def _lock(conn: Connection) -> None:
    """Serialise migrations between processes (SQLite's BEGIN IMMEDIATE already does)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(720461)"))


def applied(engine: Engine) -> list[int]:
    """The versions already applied to the database, in order."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(schema.schema_migrations.name):
            return []
        rows = conn.execute(select(schema.schema_migrations.c.version).order_by("version"))
        return [r[0] for r in rows]


def migrate(engine: Engine, begin: Callable[[], object] | None = None) -> list[int]:
    """Apply the missing migrations.

    Args:
        engine: the store's engine.
        begin: a function opening a write transaction (a context manager yielding a
            Connection); defaults to ``engine.begin``.

    Returns:
        The versions applied now (empty when the database was up to date).
    """
    opener = begin or engine.begin
    with opener() as conn:  # type: ignore[attr-defined]
        _lock(conn)
        schema.schema_migrations.create(conn, checkfirst=True)
    done: list[int] = []
    for version, name, step in MIGRATIONS:
        with opener() as conn:  # type: ignore[attr-defined]
            _lock(conn)
            table = schema.schema_migrations
            exists = conn.execute(select(table.c.version).where(table.c.version == version)).first()
            if exists:
                continue
            step(conn)
            now = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
            conn.execute(insert(table).values(version=version, name=name, applied_at=now))
            done.append(version)
    return done
