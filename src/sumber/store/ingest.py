"""The write path: analysed articles into the store, linked, in one transaction.

:func:`write_article` runs inside a transaction the caller opened, for one
:class:`Batch` of articles: it inserts the article, links each of its entities
and claims to the global ones with the rules of :mod:`sumber.link`, and gives
its rows to the batch, which writes the batch's rows table by table
(:meth:`Batch.flush`). A replaced article's old rows are deleted first
(:func:`delete_article`); global entities and claims left with no mention or
stance by it are pruned (deleted) in the same transaction, so a replaced article
leaves nothing behind.

Linking never scans a table: candidates come from the indexed blocking keys
(``entity_keys.key``, ``claims.block_key``).
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import heapq
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import orjson
from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy import exc as sa_exc

from sumber import link
from sumber.store import schema as s

POSITIVE = ("asserts", "reports", "hedges")


def sha(text: str) -> str:
    """The hex SHA-256 of a text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


MAX_TEXT_KEY = 300  # longest id, alias or key kept as it is (index entries have limits)


def article_id(record: dict[str, Any]) -> str:
    """An article's id: its own (hashed when absurdly long), else a hash of its URL, else
    of its text."""
    if record.get("id"):
        given = str(record["id"])
        return given if len(given) <= MAX_TEXT_KEY else "id-" + sha(given)[:20]
    if record.get("url"):
        return "url-" + sha(str(record["url"]))[:20]
    return "text-" + sha(str(record.get("text") or ""))[:20]


def validate(record: dict[str, Any]) -> str | None:
    """Why a ``sumber/1`` record cannot be stored, or None when it can."""
    if not isinstance(record.get("text"), str):
        return 'no "text"'
    for field in ("entities", "attributions", "claims"):
        items = record.get(field) or []
        if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
            return f'"{field}" is not a list of objects'
        ids = [x.get("id") for x in items]
        if not all(isinstance(i, str) and i for i in ids):
            return f'an item of "{field}" has no id'
        if len(set(ids)) != len(ids):
            return f'"{field}" has duplicate ids'
    return None


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def to_json(value: Any) -> str:
    """``value`` as compact JSON text, non-ASCII characters as they are: by orjson, in a
    seventh of the time json takes on an article's record; by json what orjson refuses
    (a lone surrogate, a key that is not a string), so nothing storable is refused."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:
        return _JSON.encode(value)


def from_json(text: str) -> Any:
    """The value of JSON text: by orjson, else (for what only json reads, such as NaN or
    an escaped lone surrogate) by json, whose error says what is wrong."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def seed(aid: str, text_sha: str, version: str) -> str:
    """What the ids of the global rows an article creates are made from."""
    return f"{aid}|{text_sha}|{version}"


def _id_head(prefix: str, seed_: str) -> str:
    """The part of an id shared by the rows one article creates in one table."""
    return prefix + sha(seed_)[:12]


def _proposed(head: str, local_id: str) -> str:
    """The id first proposed for the row an article creates for ``local_id``."""
    return head + sha(local_id)[:8]


class Ids:
    """Deterministic ids for the global rows an article creates, unique in their table.

    An id is a hash of the article (id, text hash, analysis version) followed by a hash
    of the local id, so the rows one article creates sit side by side in every index on
    these ids (a store's indexes are written a page per article, not a page per row);
    the rare clash (the same article stored again while rows it created earlier live on
    through other articles) gets a ``-2``, ``-3``... suffix. One query checks the ids an
    article may need that its batch has not checked yet (see :meth:`Batch.prefetch`).
    """

    def __init__(
        self,
        conn: Connection,
        table: Table,
        prefix: str,
        seed_: str,
        local_ids: Iterable[str],
        known: dict[str, bool],
    ) -> None:
        self.conn, self.table, self.head = conn, table, _id_head(prefix, seed_)
        # id -> taken (stored, or given out by the batch): shared by the batch's articles
        self.known = known
        self.proposed = {lid: _proposed(self.head, lid) for lid in local_ids}
        _check(conn, table, self.proposed.values(), known)

    def new(self, local_id: str) -> str:
        """A fresh id for the row created for ``local_id``."""
        base = self.proposed.get(local_id) or _proposed(self.head, local_id)
        candidate, n = base, 1
        while self.known.get(candidate) or (
            candidate not in self.known
            and self.conn.execute(
                select(self.table.c.id).where(self.table.c.id == candidate)
            ).first()
        ):
            n += 1
            candidate = f"{base}-{n}"
        self.known[candidate] = True
        return candidate


def _check(conn: Connection, table: Table, ids: Iterable[str], known: dict[str, bool]) -> None:
    """Note in ``known`` which of ``ids`` not in it yet are stored in ``table``."""
    query = _ids_in(table)
    for chunk in _chunks(i for i in ids if i not in known):
        found = {r[0] for r in conn.execute(query, {"ids": chunk})}
        known.update((i, i in found) for i in chunk)


@functools.cache
def _insert(table: Table) -> Any:
    """``INSERT INTO table``, built once (the rows come as parameters)."""
    return insert(table)


_DRIVER_SQL: dict[tuple[Any, str, str], tuple[str, tuple[str, ...] | None, dict[str, Any]]] = {}


def _for_driver(stmt: Any, dialect: Any) -> tuple[str, tuple[str, ...] | None, dict[str, Any]]:
    """A statement as the database driver takes it: its text, the order of its parameters
    (None when the driver takes them by name), and the values of those fixed in it;
    compiled once per kind of database (not per connection: a program may open many)."""
    key = (stmt, dialect.name, dialect.paramstyle)
    found = _DRIVER_SQL.get(key)
    if found is None:
        compiled = stmt.compile(dialect=dialect)
        fixed = {n: bind.value for n, bind in compiled.binds.items() if bind.value is not None}
        order = tuple(compiled.positiontup or ()) if compiled.positional else None
        found = _DRIVER_SQL[key] = (str(compiled), order, fixed)
    return found


def _executemany(conn: Connection, stmt: Any, rows: Iterable[dict[str, Any]]) -> None:
    """Run ``stmt`` once per row, in one ``executemany`` of the driver's: a group's many
    rows skip SQLAlchemy's processing of each row's parameters, which costs as much as
    SQLite's insert itself."""
    sql, order, fixed = _for_driver(stmt, conn.dialect)
    if fixed:
        rows = ({**fixed, **r} for r in rows)
    params: list[Any] = (
        [tuple(r[k] for k in order) for r in rows] if order is not None else list(rows)
    )
    if params:
        conn.exec_driver_sql(sql, params)


def fetch(conn: Connection, stmt: Any, params: dict[str, Any]) -> list[Any]:
    """The rows of a query, from the driver's own cursor: linking reads hundreds of block
    rows per article, and SQLAlchemy's processing of each costs a third of reading it (and
    of a one-row query, most of its time). The driver's errors come as SQLAlchemy's."""
    sql, order, fixed = _for_driver(stmt, conn.dialect)
    if fixed:
        params = {**fixed, **params}
    args = tuple(params[k] for k in order) if order is not None else params
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, args)
        return list(cursor.fetchall())
    except conn.dialect.loaded_dbapi.Error as exc:  # as SQLAlchemy would raise it
        raise sa_exc.DBAPIError.instance(sql, args, exc, conn.dialect.loaded_dbapi.Error) from None
    finally:
        cursor.close()


@functools.cache
def _add_to(table: Table, column: str, keys: tuple[tuple[str, str], ...]) -> Any:
    """``UPDATE table SET column = column + :n WHERE key = :param ...``, built once."""
    where = [table.c[c] == bindparam(p) for c, p in keys]
    return update(table).where(*where).values({column: table.c[column] + bindparam("n")})


@functools.cache
def _set(table: Table, column: str, param: str, key: str, key_param: str) -> Any:
    """``UPDATE table SET column = :param WHERE key = :key_param``, built once."""
    return (
        update(table).where(table.c[key] == bindparam(key_param)).values({column: bindparam(param)})
    )


@functools.cache
def _rename() -> Any:
    """``UPDATE entities SET name = :nm, loose = :lk WHERE id = :eid``, built once."""
    en = s.entities
    return (
        update(en)
        .where(en.c.id == bindparam("eid"))
        .values(name=bindparam("nm"), loose=bindparam("lk"))
    )


@functools.cache
def _ids_in(table: Table) -> Any:
    """``SELECT id FROM table WHERE id IN :ids``, built once (statement building is costly)."""
    return select(table.c.id).where(table.c.id.in_(bindparam("ids", expanding=True)))


@functools.cache
def _rows_in(table: Table, column: str) -> Any:
    """``SELECT * FROM table WHERE column IN :values``, built once."""
    return select(table).where(table.c[column].in_(bindparam("values", expanding=True)))


def _chunks(values: Iterable[str], size: int = 500) -> Iterator[list[str]]:
    items = sorted(set(values))
    for i in range(0, len(items), size):
        yield items[i : i + size]


def delete_article(conn: Connection, aid: str) -> None:
    """Delete an article and its rows; prune global rows nothing refers to any more."""
    language = conn.execute(select(s.articles.c.language).where(s.articles.c.id == aid)).scalar()
    lang_ = language or ""
    ae = conn.execute(
        select(s.article_entities).where(s.article_entities.c.article_id == aid)
    ).all()
    clms = {
        r[0]
        for r in conn.execute(
            select(s.article_claims.c.claim_id).where(s.article_claims.c.article_id == aid)
        )
    }
    alias_dec: Counter[tuple[str, str]] = Counter()
    role_dec: Counter[tuple[str, str]] = Counter()
    mention_dec: Counter[str] = Counter()
    for r in ae:
        alias_dec.update((r.entity_id, a) for a in json.loads(r.aliases))
        role_dec.update((r.entity_id, x) for x in json.loads(r.roles))
        mention_dec[r.entity_id] += r.mentions
    for table in s.PER_ARTICLE:
        conn.execute(delete(table).where(table.c.article_id == aid))
    conn.execute(delete(s.articles).where(s.articles.c.id == aid))
    ea, er, en = s.entity_aliases, s.entity_roles, s.entities
    if alias_dec:
        conn.execute(
            update(ea)
            .where(
                ea.c.entity_id == bindparam("eid"),
                ea.c.alias == bindparam("a"),
                ea.c.language == lang_,
            )
            .values(refs=ea.c.refs - bindparam("n")),
            [{"eid": e, "a": a, "n": n} for (e, a), n in alias_dec.items()],
        )
    if role_dec:
        conn.execute(
            update(er)
            .where(er.c.entity_id == bindparam("eid"), er.c.role == bindparam("r"))
            .values(refs=er.c.refs - bindparam("n")),
            [{"eid": e, "r": x, "n": n} for (e, x), n in role_dec.items()],
        )
    if mention_dec:
        conn.execute(
            update(en)
            .where(en.c.id == bindparam("eid"))
            .values(mentions=en.c.mentions - bindparam("n")),
            [{"eid": e, "n": n} for e, n in mention_dec.items()],
        )
        ranks = [
            {"eid": r.id, "b": s.mentions_log2(r.mentions)}
            for chunk in _chunks(mention_dec)
            for r in conn.execute(select(en.c.id, en.c.mentions).where(en.c.id.in_(chunk)))
        ]
        if ranks:
            conn.execute(_set(s.entity_keys, "mentions_log2", "b", "entity_id", "eid"), ranks)
    for chunk in _chunks(mention_dec):
        conn.execute(delete(ea).where(ea.c.entity_id.in_(chunk), ea.c.refs <= 0))
        conn.execute(delete(er).where(er.c.entity_id.in_(chunk), er.c.refs <= 0))
    _prune(conn, set(mention_dec), clms)


def _prune(conn: Connection, ents: set[str], clms: set[str]) -> None:
    """Delete the given entities and claims that no stored article refers to any more."""
    for chunk in _chunks(clms):
        used = {
            r[0]
            for r in conn.execute(
                select(s.article_claims.c.claim_id)
                .where(s.article_claims.c.claim_id.in_(chunk))
                .distinct()
            )
        }
        gone = [c for c in chunk if c not in used]
        if gone:
            conn.execute(
                delete(s.claim_participants).where(s.claim_participants.c.claim_id.in_(gone))
            )
            conn.execute(delete(s.claims).where(s.claims.c.id.in_(gone)))
    for chunk in _chunks(ents):
        used = {
            r[0]
            for r in conn.execute(
                select(s.article_entities.c.entity_id)
                .where(s.article_entities.c.entity_id.in_(chunk))
                .distinct()
            )
        }
        gone = [e for e in chunk if e not in used]
        if gone:
            for table in (s.entity_keys, s.entity_aliases, s.entity_roles):
                conn.execute(delete(table).where(table.c.entity_id.in_(gone)))
            conn.execute(delete(s.entities).where(s.entities.c.id.in_(gone)))


# --- entities ---------------------------------------------------------------------------


def _names_of(entity: dict[str, Any]) -> list[str]:
    """An entity's name, and for people the names it is mentioned by."""
    names = [entity.get("name") or ""]
    if entity.get("type") == "person":
        names += [
            m["text"]
            for m in entity.get("mentions") or []
            if m.get("kind") == "name" and m.get("text")
        ]
    return names


def _keys(entity: dict[str, Any], language: str | None, *, lookup: bool) -> list[str]:
    """The keys an entity is stored under, or (``lookup``) its candidates are found under.

    The "Peskov" a "Dmitry Peskov" is also called by is stored under its ``surname:``
    key only, where a later "Peskov" finds him, and not under the keys of a surname
    alone (``lone:``, one-word ``name:``), which it would crowd; it is looked up under
    none (the candidates of a full name are those of its full names).
    """
    etype = entity.get("type") or "other"
    keys = link.lookup_keys if lookup else link.entity_keys
    own, *others = _names_of(entity)
    out = keys(own, etype, language)
    for n in others:
        if len(link.loose(n).split()) > 1:
            out += keys(n, etype, language)
        elif not lookup:
            out += [k for k in keys(n, etype, language) if k.startswith("surname:")]
    return list(dict.fromkeys(k[:MAX_TEXT_KEY] for k in out))


# Linking compares an entity with the MAX_BLOCK most-mentioned entities under each of its
# keys. A block can grow with the store ("surname:" holds every person of a surname), and
# comparing with all of it would make linking slower the more is stored. A block is read in
# the order of the index (key, mentions_log2 DESC, entity_id), MAX_BLOCK rows and no more,
# so reading it costs the same however full it is: the most-mentioned first, by the power
# of two of their mentions (a key row's rank is rewritten only when that changes).
# Twenty: a block that full is a common initial and surname ("M. Khan") or a common surname
# alone; past the twenty most-mentioned, each further namesake read costs linking time on
# every article that names one of them, and rarely is the one meant.
MAX_BLOCK = 20
BLOCKS_PER_QUERY = 50  # blocks read by one statement (a UNION ALL of one SELECT per key)
_BLOCK_QUERY_SIZES = (1, 2, 4, 8, 16, 32, BLOCKS_PER_QUERY)


@functools.cache
def _blocks_query(n: int) -> Any:
    """The top :data:`MAX_BLOCK` entities under each of the keys ``:k0`` .. ``:k{n-1}``, with
    what linking compares; built once per ``n``. Written as SQL text: SQLAlchemy would walk
    a statement of ``n`` subqueries on every execution to find it in its cache."""
    block = (
        'SELECT * FROM (SELECT k."key", e.id, e.name, e.type, e.mentions, e.loose '
        "FROM entity_keys AS k JOIN entities AS e ON e.id = k.entity_id "
        'WHERE k."key" = :k{i} '
        f"ORDER BY k.mentions_log2 DESC, k.entity_id LIMIT {int(MAX_BLOCK)}) AS b{{i}}"
    )
    return text(" UNION ALL ".join(block.format(i=i) for i in range(n)))


@functools.cache
def _pg_blocks_query(limit: int) -> Any:
    """PostgreSQL reads the blocks of any number of keys (``:keys``, an array) in one
    statement, the same text whatever their number, so it is planned once."""
    return text(
        'SELECT b."key", b.id, b.name, b.type, b.mentions, b.loose '
        "FROM unnest(CAST(:keys AS text[])) AS q(kk) CROSS JOIN LATERAL ("
        'SELECT k."key", e.id, e.name, e.type, e.mentions, e.loose '
        "FROM entity_keys AS k JOIN entities AS e ON e.id = k.entity_id "
        'WHERE k."key" = q.kk '
        f"ORDER BY k.mentions_log2 DESC, k.entity_id LIMIT {int(limit)}) AS b"
    )


# A person's block stops taking entities once it holds BLOCK_CAP of them, so a block that
# would grow with the store ("surname:li" over a million articles) stays bounded: a batch
# counts each block it adds to (once, however many rows it adds) and adds no more than it
# has room for. Entities already in a full block stay in it; a later namesake is still
# found under its fuller keys (a full name's "given:" key), and only a surname alone no
# longer reaches it.
BLOCK_CAP = 1000
_CAPPED = ("surname:", "given:", "lone:")


@functools.cache
def _block_sizes() -> Any:
    """``SELECT key, COUNT(*) FROM entity_keys WHERE key IN :values GROUP BY key``."""
    k = s.entity_keys
    return (
        select(k.c.key, func.count())
        .where(k.c.key.in_(bindparam("values", expanding=True)))
        .group_by(k.c.key)
    )


def _surname_alone(entity: dict[str, Any]) -> bool:
    """A person named by one word, who is chosen among namesakes by roles."""
    return entity.get("type") == "person" and len(link.loose(entity.get("name") or "").split()) == 1


class Pool:
    """The stored entities under some blocking keys, as linking candidates, in memory.

    A block is read once per batch (:meth:`load`, one query per :data:`BLOCKS_PER_QUERY`
    keys, at most :data:`MAX_BLOCK` entities per key). Only what linking compares is
    loaded: names and their stored loose keys, types, mentions and the keys each was found
    under (an organisation or place is the one stored under its key); roles only when asked
    for (a surname alone chooses among its namesakes by them); aliases only for look-ups by
    users. The entities the batch links or creates are added, changed as linking changes
    them, so its later articles see them as they will be stored.
    """

    def __init__(self, conn: Connection, keys: Iterable[str], *, aliases: bool = False) -> None:
        self.conn = conn
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.cands: dict[str, link.Candidate] = {}
        self.with_roles: set[str] = set()
        self.loaded: dict[str, int] = {}  # key -> stored entities read under it (its block's)
        self.load(keys)
        for chunk in _chunks(self.cands if aliases else ()):
            for r in conn.execute(_rows_in(s.entity_aliases, "entity_id"), {"values": chunk}):
                c = self.cands[r.entity_id]
                if r.alias not in c.aliases:
                    c.aliases.append(r.alias)

    def load(self, keys: Iterable[str]) -> None:
        """Read the stored blocks of the ``keys`` not read yet. An entity already in memory
        stays as it is there (the batch may have changed it), and gains the key."""
        missing = [k for k in dict.fromkeys(keys) if k not in self.loaded]
        self.loaded.update((k, 0) for k in missing)
        postgres = self.conn.dialect.name == "postgresql"
        for chunk in _chunks(missing, 500 if postgres else BLOCKS_PER_QUERY):
            params: dict[str, Any]
            if postgres:
                query, params = _pg_blocks_query(MAX_BLOCK), {"keys": chunk}
            else:
                # a few statement sizes, padded with keys that match nothing, so that
                # SQLite keeps each prepared
                n = next(size for size in _BLOCK_QUERY_SIZES if size >= len(chunk))
                query = _blocks_query(n)
                params = {f"k{i}": chunk[i] if i < len(chunk) else None for i in range(n)}
            loaded, by_key, cands, candidate = self.loaded, self.by_key, self.cands, link.Candidate
            for key, eid, name, etype, mentions, loose in fetch(self.conn, query, params):
                loaded[key] += 1
                by_key[key].add(eid)
                cand = cands.get(eid)
                if cand is None:
                    cand = cands[eid] = candidate(eid, name, etype, mentions=mentions, loose=loose)
                cand.keys.add(key)

    def add(self, cand: link.Candidate, keys: Iterable[str], *, new: bool) -> None:
        """A candidate the article linked (or created, when ``new``), under ``keys``."""
        self.cands[cand.id] = cand
        cand.keys.update(keys)
        if new:
            self.with_roles.add(cand.id)  # it has no stored roles to load
        for k in cand.keys:
            self.by_key[k].add(cand.id)

    def candidates(self, keys: Iterable[str], roles: bool = False) -> list[link.Candidate]:
        """The candidates under any of ``keys``, in id order (with their stored roles when
        ``roles``).

        Under each key, the :data:`MAX_BLOCK` highest ranked, as reading the block now would
        give them: the batch's additions may have made a block larger, and what an article
        links to must not depend on how the articles were grouped (nor on the time that
        cut a group).
        """
        found: set[str] = set()
        for k in keys:
            block = self.by_key.get(k)
            if block is None:
                continue
            if len(block) > MAX_BLOCK:
                block = set(heapq.nsmallest(MAX_BLOCK, block, key=self._rank))
            found |= block
        cands = [self.cands[i] for i in sorted(found) if i in self.cands]
        if roles:
            self.load_roles(c.id for c in cands)
        return cands

    def _rank(self, eid: str) -> tuple[int, str]:
        """An entity's place in its blocks, as the index orders them (most mentioned first)."""
        return (-s.mentions_log2(self.cands[eid].mentions), eid)

    def load_roles(self, ids: Iterable[str]) -> None:
        """Read the stored roles of the candidates ``ids`` whose roles are not read yet."""
        missing = [i for i in ids if i not in self.with_roles]
        for chunk in _chunks(missing):
            for r in self.conn.execute(_rows_in(s.entity_roles, "entity_id"), {"values": chunk}):
                if r.role not in self.cands[r.entity_id].roles:
                    self.cands[r.entity_id].roles.append(r.role)
        self.with_roles.update(missing)


def _candidates(conn: Connection, keys: list[str]) -> list[link.Candidate]:
    """The stored entities under ``keys``, with aliases and roles (look-ups outside ingest)."""
    return Pool(conn, keys, aliases=True).candidates(keys, roles=True)


@functools.cache
def _upsert(dialect: str, table: Table, add: str | None) -> Any:
    """``INSERT INTO table`` that, for a row whose primary key is taken, adds its ``add``
    column to the stored row's (or, with no ``add``, does nothing); built once."""
    from sqlalchemy.dialects import postgresql, sqlite

    stmt: Any = (postgresql if dialect == "postgresql" else sqlite).insert(table)
    key = [c.name for c in table.primary_key.columns]
    if add is None:
        return stmt.on_conflict_do_nothing(index_elements=key)
    return stmt.on_conflict_do_update(
        index_elements=key, set_={add: table.c[add] + stmt.excluded[add]}
    )


def _merge(conn: Connection, table: Table, rows: list[dict[str, Any]], add: str | None) -> None:
    """Insert ``rows``; see :func:`_upsert`."""
    _executemany(conn, _upsert(conn.dialect.name, table, add), rows)


class Batch:
    """The linking of one write transaction's articles, and the rows it writes.

    Its articles share one :class:`Pool` and one set of claims read by block key, so a block
    is read once per batch however many of its articles look in it, and each later article
    sees the entities and claims the earlier ones created or changed (kept in memory). The
    global rows are written by :meth:`flush`, table by table, in key order: one insert per
    table, and one update per entity however many of the batch's articles mention it.

    A block read at the start of a batch holds its :data:`MAX_BLOCK` most-mentioned stored
    entities, and every entity the batch adds to it; an article sees the
    :data:`MAX_BLOCK` highest ranked of those (:meth:`Pool.candidates`), as it would
    reading the block after the articles before it were written.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.pool = Pool(conn, ())
        self.claims: dict[str, list[dict[str, Any]]] = {}  # block key -> stored and new claims
        self._keys: dict[tuple[int, bool], list[str]] = {}  # see keys()
        self.ids: dict[str, bool] = {}  # entity and claim id -> taken (see Ids)
        self._start()

    def _start(self) -> None:
        """Nothing linked yet, nothing to write."""
        self.created: dict[str, link.Candidate] = {}  # entities new in the batch, by id
        self.before: dict[str, int] = {}  # stored entities it links to: their mentions before
        self.renamed: set[str] = set()  # stored entities that got a fuller name
        self.key_pairs: dict[tuple[str, str], None] = {}  # (key, entity id) it stores them under
        self.mention_inc: Counter[str] = Counter()
        self.alias_inc: Counter[tuple[str, str, str]] = Counter()  # (entity, alias, language)
        self.role_inc: Counter[tuple[str, str]] = Counter()
        self.new_claims: list[tuple[dict[str, Any], dict[str, Any]]] = []
        self.participants: list[dict[str, str]] = []
        self.rows: dict[Table, list[dict[str, Any]]] = defaultdict(list)  # per-article rows

    def keys(self, entity: dict[str, Any], language: str | None, *, lookup: bool) -> list[str]:
        """:func:`_keys`, worked out once per entity of the batch."""
        memo = (id(entity), lookup)
        found = self._keys.get(memo)
        if found is None:
            found = self._keys[memo] = _keys(entity, language, lookup=lookup)
        return found

    def prefetch(self, articles: Iterable[tuple[dict[str, Any], str]]) -> None:
        """Read the blocks every entity of the articles will look in, and check the ids
        they may create, in as few queries as possible.

        Args:
            articles: (record, :func:`seed`) of each article the batch will write; the
                records live as long as the batch.
        """
        lone: list[str] = []  # the keys of surnames alone, which choose by roles
        keys: list[str] = []
        entity_ids: list[str] = []
        claim_ids: list[str] = []
        for r, seed_ in articles:
            head = _id_head("E", seed_)
            entity_ids += (_proposed(head, e["id"]) for e in r.get("entities") or [] if e.get("id"))
            head = _id_head("C", seed_)
            claim_ids += (_proposed(head, c["id"]) for c in r.get("claims") or [] if c.get("id"))
            for e in r.get("entities") or []:
                if e.get("id"):
                    looks = self.keys(e, r.get("language"), lookup=True)
                    keys += looks
                    if _surname_alone(e):
                        lone += looks
        self.pool.load(keys)
        self.pool.load_roles(e for k in dict.fromkeys(lone) for e in self.pool.by_key.get(k, ()))
        _check(self.conn, s.entities, entity_ids, self.ids)
        _check(self.conn, s.claims, claim_ids, self.ids)

    def forget(self) -> None:
        """Write what is pending, and drop what was read: the stored rows are about to
        change under it (an article is deleted)."""
        self.flush()
        self.pool = Pool(self.conn, ())
        self.ids = {}
        self.claims = {}

    def flush(self) -> None:
        """Write the rows of the articles linked so far."""
        conn, pool = self.conn, self.pool
        en, ea, er, ek = s.entities, s.entity_aliases, s.entity_roles, s.entity_keys
        _executemany(
            conn,
            _insert(en),
            (
                {
                    "id": c.id,
                    "name": c.name,
                    "type": c.type,
                    "mentions": c.mentions,
                    "loose": c.loose,
                }
                for _, c in sorted(self.created.items())
            ),
        )
        old = sorted((e, n) for e, n in self.mention_inc.items() if e not in self.created and n)
        _executemany(
            conn, _add_to(en, "mentions", (("id", "eid"),)), [{"eid": e, "n": n} for e, n in old]
        )
        _executemany(
            conn,
            _rename(),
            [
                {"eid": e, "nm": pool.cands[e].name, "lk": pool.cands[e].loose}
                for e in sorted(self.renamed)
            ],
        )

        # key rows: the new ones, and a new rank for the stored ones of an entity whose
        # mentions reached the next power of two
        stored: set[tuple[str, str]] = set()
        for chunk in _chunks(self.before):
            stored.update(
                (r.key, r.entity_id)
                for r in conn.execute(_rows_in(ek, "entity_id"), {"values": chunk})
            )
        rank = {e: s.mentions_log2(c.mentions) for e, c in self.created.items()}
        rank.update((e, s.mentions_log2(pool.cands[e].mentions)) for e in self.before)
        key_rows: list[dict[str, Any]] = [
            {"key": k, "entity_id": e, "mentions_log2": rank[e]}
            for k, e in sorted(self.key_pairs)
            if (k, e) not in stored
        ]
        # a capped key's block is counted before its rows go in (in key and entity order,
        # while it has room), unless the batch read it whole (fewer than MAX_BLOCK) and what
        # it adds keeps it within BLOCK_CAP
        adding = Counter(r["key"] for r in key_rows)
        counted = [
            k
            for k, n in adding.items()
            if k.startswith(_CAPPED)
            and (pool.loaded.get(k, MAX_BLOCK) >= MAX_BLOCK or pool.loaded[k] + n > BLOCK_CAP)
        ]
        room = dict.fromkeys(counted, BLOCK_CAP)
        for chunk in _chunks(counted):
            for key, size in conn.execute(_block_sizes(), {"values": chunk}):
                room[key] = BLOCK_CAP - size
        kept = []
        for r in key_rows:
            left = room.get(r["key"])
            if left is None or left > 0:
                kept.append(r)
                if left is not None:
                    room[r["key"]] = left - 1
        _merge(conn, ek, kept, None)
        reranked = [
            {"eid": e, "b": rank[e]}
            for e, n in sorted(self.before.items())
            if s.mentions_log2(n) != rank[e]
        ]
        _executemany(conn, _set(ek, "mentions_log2", "b", "entity_id", "eid"), reranked)
        _merge(
            conn,
            ea,
            [
                {"entity_id": e, "alias": a, "language": lang_, "refs": n}
                for (e, a, lang_), n in sorted(self.alias_inc.items())
            ],
            "refs",
        )
        _merge(
            conn,
            er,
            [{"entity_id": e, "role": r, "refs": n} for (e, r), n in sorted(self.role_inc.items())],
            "refs",
        )

        # claims: the new ones with the most precise date the batch gave them, and the
        # stored ones it gave a more precise date
        _executemany(
            conn,
            _insert(s.claims),
            sorted(
                ({"id": h["id"], "date": h["date"], **row} for h, row in self.new_claims),
                key=lambda r: r["id"],
            ),
        )
        _executemany(
            conn,
            _insert(s.claim_participants),
            sorted(self.participants, key=lambda r: (r["claim_id"], r["entity_id"])),
        )
        changed = []
        for hits in self.claims.values():
            for x in hits:
                if x["changed"] and not x["new"]:
                    changed.append({"cid": x["id"], "d": x["date"]})
                x["new"] = x["changed"] = False
        _executemany(conn, _set(s.claims, "date", "d", "id", "cid"), changed)

        for table, rows in self.rows.items():
            key = [c.name for c in table.primary_key.columns]
            _executemany(conn, _insert(table), sorted(rows, key=lambda r: [r[c] for c in key]))
        self._start()


def _link_entities(batch: Batch, aid: str, seed_: str, record: dict[str, Any]) -> dict[str, str]:
    """Link or create every entity of the article; return local id -> global id."""
    language = record.get("language")
    lang_ = language or ""
    ents = [e for e in record.get("entities") or [] if e.get("id")]
    stored_keys = [batch.keys(e, language, lookup=False) for e in ents]
    look_keys = [batch.keys(e, language, lookup=True) for e in ents]
    pool = batch.pool
    pool.load(k for ks in look_keys for k in ks)
    ids = Ids(batch.conn, s.entities, "E", seed_, [e["id"] for e in ents], batch.ids)
    gid: dict[str, str] = {}
    aliases_added: set[tuple[str, str]] = set()
    roles_added: set[tuple[str, str]] = set()
    for e, keys, looks in zip(ents, stored_keys, look_keys, strict=True):
        name, etype = e.get("name") or "", e.get("type") or "other"
        roles = [r for r in e.get("roles") or [] if r]
        match = link.choose_entity(
            name, etype, roles, pool.candidates(looks, roles=_surname_alone(e)), language
        )
        new = match is None
        if match is None:
            match = link.Candidate(ids.new(e["id"]), name, etype)
            batch.created[match.id] = match
        else:
            if match.id not in batch.created and match.id not in batch.before:
                batch.before[match.id] = match.mentions
            if (
                etype == "person"
                and len(match.name_parts()[0]) == 1
                and len(link.loose(name).split()) > 1
            ):
                match.rename(name)  # a surname-only person gets the full name it turned out to have
                if match.id not in batch.created:
                    batch.renamed.add(match.id)
        pool.add(match, keys, new=new)
        eid = gid[e["id"]] = match.id
        batch.key_pairs.update(((k, eid), None) for k in keys)
        names = [name] + [
            m["text"] for m in e.get("mentions") or [] if m.get("kind") == "name" and m.get("text")
        ]
        # what the article adds to the entity, once per article (``refs`` counts articles)
        added_aliases = []
        for a in dict.fromkeys(x[:MAX_TEXT_KEY] for x in names if x):
            if (eid, a) not in aliases_added:
                aliases_added.add((eid, a))
                added_aliases.append(a)
                batch.alias_inc[(eid, a, lang_)] += 1
                if a not in match.aliases:
                    match.aliases.append(a)
        added_roles = []
        for r in dict.fromkeys(x[:MAX_TEXT_KEY] for x in roles):
            if (eid, r) not in roles_added:
                roles_added.add((eid, r))
                added_roles.append(r)
                batch.role_inc[(eid, r)] += 1
                if r not in match.roles:
                    match.roles.append(r)
        n = len(e.get("mentions") or [])
        batch.mention_inc[eid] += n
        match.mentions += n
        batch.rows[s.article_entities].append(
            {
                "article_id": aid,
                "local_id": e["id"],
                "entity_id": eid,
                "name": name,
                "roles": to_json(added_roles),
                "aliases": to_json(added_aliases),
                "mentions": n,
            }
        )
    return gid


# --- claims -----------------------------------------------------------------------------


def _precision(date: str | None) -> int:
    if not date:
        return 0
    if date.startswith("--"):
        return 2
    return {4: 1, 7: 3, 8: 4, 10: 5}.get(len(date), 1)


_CLAIMS_BY_KEY = (
    select(s.claims.c.id, s.claims.c.date, s.claims.c.block_key)
    .where(s.claims.c.block_key.in_(bindparam("keys", expanding=True)))
    .order_by(s.claims.c.id)
)


def _link_claims(
    batch: Batch, seed_: str, record: dict[str, Any], gid: dict[str, str]
) -> dict[str, str]:
    """Link or create every claim of the article; return local id -> global id."""
    clms = [c for c in record.get("claims") or [] if c.get("id")]
    parts = [[gid[p] for p in c.get("participants") or [] if p in gid] for c in clms]
    keys = [link.claim_key(c.get("event") or "", p) for c, p in zip(clms, parts, strict=True)]
    known = batch.claims
    missing = [k for k in dict.fromkeys(keys) if k not in known]
    known.update((k, []) for k in missing)
    for chunk in _chunks(missing):
        for r in batch.conn.execute(_CLAIMS_BY_KEY, {"keys": chunk}):
            known[r.block_key].append({"id": r.id, "date": r.date, "new": False, "changed": False})
    ids = Ids(batch.conn, s.claims, "C", seed_, [c["id"] for c in clms], batch.ids)
    out: dict[str, str] = {}
    for c, p, key in zip(clms, parts, keys, strict=True):
        date = c.get("date")
        hit = next((x for x in known[key] if link.dates_compatible(x["date"], date)), None)
        if hit is None:
            hit = {"id": ids.new(c["id"]), "date": date, "new": True, "changed": False}
            known[key].append(hit)
            batch.new_claims.append(
                (
                    hit,
                    {
                        "event": c.get("event") or "",
                        "block_key": key,
                        "place": c.get("place"),
                        "summary": c.get("text") or c.get("event") or "",
                    },
                )
            )
            batch.participants.extend(
                {"claim_id": hit["id"], "entity_id": e} for e in dict.fromkeys(p)
            )
        elif _precision(date) > _precision(hit["date"]):
            hit["date"], hit["changed"] = date, True
        out[c["id"]] = hit["id"]
    return out


# --- the article --------------------------------------------------------------------------


def _spans(x: dict[str, Any] | None) -> Any:
    return x.get("span") if x else None


def write_article(
    batch: Batch, record: dict[str, Any], aid: str, text_sha: str, version: str
) -> None:
    """Insert one analysed article and link it; its other rows are written with its
    batch's (:meth:`Batch.flush`, in the caller's transaction).

    Args:
        batch: the batch of a write transaction.
        record: the ``sumber/1`` record.
        aid: the article's store id.
        text_sha: the SHA-256 of its text.
        version: the analysis version that produced the record.
    """
    language = record.get("language")
    now = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
    # at once: a later article of the batch that is this one finds it
    batch.conn.execute(
        _insert(s.articles),
        {
            "id": aid,
            "url": record.get("url"),
            "source_url": record.get("source_url"),
            "language": language,
            "url_sha": sha(record["url"]) if record.get("url") else None,
            "published": record.get("published"),
            "title": record.get("title"),
            "text_sha": text_sha,
            "analysis_version": version,
            "record": to_json(record),
            "ingested_at": now,
        },
    )
    seed_ = seed(aid, text_sha, version)

    gid = _link_entities(batch, aid, seed_, record)

    attrs = {a["id"]: a for a in record.get("attributions") or []}
    attr_rows = batch.rows[s.attributions]
    for a in attrs.values():
        src = a.get("source") or {}
        content = a.get("content") or {}
        attr_rows.append(
            {
                "article_id": aid,
                "local_id": a["id"],
                "source_entity_id": gid.get(src.get("entity") or ""),
                "source_text": src.get("text"),
                "anonymous": bool(src.get("anonymous")),
                "cue": (a.get("cue") or {}).get("text"),
                "kind": a.get("kind") or "",
                "stance": a.get("stance") or "asserts",
                "content": content.get("text") or "",
                "spans": to_json(
                    {
                        "content": content.get("spans") or [],
                        "source": _spans(src),
                        "cue": _spans(a.get("cue")),
                    }
                ),
                "via": to_json(
                    [
                        {"entity": gid.get(v.get("entity") or ""), "name": v.get("name")}
                        for v in a.get("via") or []
                    ]
                ),
                "date": a.get("date"),
                "analysis_version": version,
            }
        )

    claim_rows, stance_rows = batch.rows[s.article_claims], batch.rows[s.stances]
    cids = _link_claims(batch, seed_, record, gid)
    for c in record.get("claims") or []:
        if c.get("id") not in cids:
            continue
        cid = cids[c["id"]]
        claim_rows.append(
            {
                "article_id": aid,
                "local_id": c["id"],
                "claim_id": cid,
                "text": c.get("text") or "",
                "span": to_json(c.get("span")),
                "date": c.get("date"),
            }
        )
        for pos, st in enumerate(c.get("stances") or []):
            holder = st.get("holder")
            kind = holder if holder in ("author", "anonymous") else "entity"
            att = attrs.get(st.get("attribution") or "")
            content = (att or {}).get("content") or {}
            stance_rows.append(
                {
                    "claim_id": cid,
                    "article_id": aid,
                    "local_claim_id": c["id"],
                    "position": pos,
                    "attribution_local_id": st.get("attribution"),
                    "holder_kind": kind,
                    "holder_entity_id": gid.get(holder) if kind == "entity" else None,
                    "stance": st.get("stance") or "asserts",
                    "hedged": bool(st.get("hedged")),
                    "via": to_json([gid[v] for v in st.get("via") or [] if v in gid]),
                    "quote": content.get("text") if att else c.get("text"),
                    "span": to_json(content.get("spans") if att else [c.get("span")]),
                    "analysis_version": version,
                }
            )


def expected_counts(record: dict[str, Any]) -> dict[str, int]:
    """The per-article row counts a fully stored record has."""
    claims_: Iterable[dict[str, Any]] = record.get("claims") or []
    return {
        "article_entities": len(record.get("entities") or []),
        "attributions": len(record.get("attributions") or []),
        "article_claims": len(record.get("claims") or []),
        "stances": sum(len(c.get("stances") or []) for c in claims_),
    }
