"""The store of analysed articles: SQLite by default, PostgreSQL through the same code.

:class:`Store` keeps ``sumber/1`` records and links them across articles:
the same person in two articles is one *entity*, the same phone call reported
by one and denied by another is one *claim* with stances from both, so
:meth:`Store.disputes` can show who asserts and who denies it. The ``sumber
ingest``/``disputes``/``claims``/``entity``/``articles`` commands are thin
wrappers over the methods of the same names.

Behaviour worth knowing:

- **Where**: ``Store()`` opens ``$SUMBER_DB`` or ``sumber.db`` in the working
  directory (SQLite, WAL mode, 30 s busy timeout); any SQLAlchemy URL works
  (``postgresql://user@host/db`` uses psycopg 3: ``pip install 'sumber[postgres]'``);
  a plain path means an SQLite file. Missing migrations are applied on open.
- **Identity**: an article is its ``id`` when it has one, else a hash of its
  URL, else of its text. A stored article with the same id, else the same URL,
  else (when the new one has no URL) the same text, is the same article.
- **Idempotent**: the same text analysed by the same ``sumber.__version__`` is
  ``unchanged`` (and is not even re-analysed); a different text or version
  ``replaced``: its old rows are deleted and the new ones inserted in one
  transaction, and global entities and claims nothing refers to any more are
  pruned (an entity's aliases, roles and mention count follow its articles; a
  surviving claim keeps its summary and most precise date even when these came
  from the removed article).
- **Crash-safe**: one transaction per article (``ingest_many``: per group of up
  to 1,000 analysed articles, linked together, to save reads and commits), so a
  killed ingest leaves every article either wholly stored or absent; re-running
  finishes the job.
  Writers take turns (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL advisory lock),
  so two ingests at once never create the same entity or claim twice.
"""

from __future__ import annotations

import functools
import gc
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Connection, Engine, bindparam, create_engine, event, or_, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from sumber.errors import InputError, StoreError
from sumber.model import SCHEMA, Article
from sumber.options import Options
from sumber.store import migrations, queries
from sumber.store import schema as s
from sumber.store.ingest import (
    Batch,
    article_id,
    delete_article,
    fetch,
    seed,
    sha,
    validate,
    write_article,
)

__all__ = ["IngestResult", "Store", "StoreError", "default_url"]

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_FILE = "sumber.db"


#: Most analysed articles :meth:`Store.ingest_many` links and writes in one transaction
#: (a :class:`~sumber.store.ingest.Batch`: a block is read once per group, so the more
#: articles of one story a group holds, the less each costs). The commit writes each page
#: the group changed, and a large store's indexes spread an article's rows over pages of
#: their own, so that a larger group, whose articles share more pages, writes fewer per
#: article: adding 8,000 articles to a store of 104,000, a group of 4,000 took 0.6 ms per
#: article to commit against 1.0-1.2 ms for 1,000, and 8.7 ms per article in all against
#: 9.4-10.9. 2,500 keeps most of that gain and keeps a group of long articles whole under
#: GROUP_CHARS; each article held costs about 70 kB of memory until its group is written.
GROUP = 2500
#: Longest a group waits before it is written (seconds since its first article). Reading
#: GROUP analysed records back from Parquet (``sumber ingest results/``, ``sumber batch
#: --db``) takes about 1.7 s on a free core, more beside busy workers, so this leaves those
#: groups whole; articles analysed here (10-20 ms each) go in groups of a few hundred.
GROUP_SECONDS = 5.0
#: Most text (characters) a group holds: a group of very long articles is written sooner.
GROUP_CHARS = 20_000_000
#: Python's cyclic garbage collector thresholds while :meth:`Store.ingest_many` runs.
#: A group holds thousands of records of thousands of small objects each, which reference
#: counting frees once the group is written; at the default thresholds (700, 10, 10) the
#: collector scanned them again and again, a third of linking time (26 of 76 s of full
#: collections for 10,000 articles). A first generation of 100,000 objects still frees
#: young cycles soon, and a full collection comes after 100 second-generation ones, not 10.
GC_THRESHOLDS = (100_000, 20, 100)


@contextmanager
def _rare_collections() -> Iterator[None]:
    """Run with :data:`GC_THRESHOLDS` (unless the process already collects more rarely),
    and put the thresholds back after."""
    before = gc.get_threshold()
    if not gc.isenabled() or before[0] >= GC_THRESHOLDS[0]:
        yield
        return
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


@dataclass(slots=True)
class _Job:
    """An analysed article ready to be written."""

    record: dict[str, Any]
    aid: str
    url: str | None
    text_sha: str
    version: str


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What ingesting one article did: ``inserted``, ``unchanged`` or ``replaced``."""

    article_id: str
    status: str


def _lookup_query(by: str | None) -> Any:
    a = s.articles
    cond = a.c.id == bindparam("aid")
    if by is not None:
        cond = or_(cond, a.c[by] == bindparam("key"))
    return select(a.c.id, a.c.url, a.c.text_sha, a.c.analysis_version).where(cond).order_by(a.c.id)


class _Stored(NamedTuple):
    """What :meth:`Store._lookup` reads of a stored article."""

    id: str
    url: str | None
    text_sha: str
    analysis_version: str


# the stored article that is this one, by id, else URL or text: built once
_LOOKUP = {
    "id": _lookup_query(None),
    "url": _lookup_query("url_sha"),
    "text": _lookup_query("text_sha"),
}


def default_url() -> str:
    """``$SUMBER_DB``, else the SQLite file ``sumber.db`` in the working directory."""
    return os.environ.get("SUMBER_DB") or DEFAULT_FILE


def _resolve(url: str) -> str:
    """A SQLAlchemy URL from what a user typed (a path, ``postgresql://``...)."""
    url = url.strip()
    if not url:
        raise StoreError("empty database URL")
    if "://" not in url and not url.startswith("sqlite:"):
        return "sqlite:///" + str(Path(url).expanduser().absolute())
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain) :]
    return url


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = [ln.strip() for ln in str(orig).splitlines() if ln.strip()]
    return lines[0] if lines else type(orig).__name__


def _db_errors(func: F) -> F:
    @functools.wraps(func)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return func(self, *args, **kwargs)
        except sa_exc.SQLAlchemyError as exc:
            raise StoreError(f"database error: {_first_line(exc)}", self.name) from None

    return wrapper  # type: ignore[return-value]


class Store:
    """Analysed articles, linked across articles, in SQLite or PostgreSQL.

    Args:
        url: a SQLAlchemy database URL, or a path to an SQLite file; None means
            ``$SUMBER_DB`` or ``sumber.db`` in the working directory.

    Raises:
        StoreError: the URL is malformed, its driver missing, or the database unreachable.
    """

    def __init__(self, url: str | None = None) -> None:
        given = url if url is not None else default_url()
        resolved = _resolve(given)
        try:
            parsed = make_url(resolved)
        except sa_exc.ArgumentError:
            raise StoreError(f"invalid database URL {given!r}") from None
        self.name = parsed.render_as_string(hide_password=True)
        # SQLite keeps this many prepared statements per connection (Python's default, 128,
        # is fewer than one article's writes use: the sizes of IN lists vary)
        args = {"cached_statements": 1024} if parsed.get_backend_name() == "sqlite" else {}
        try:
            self.engine: Engine = create_engine(parsed, future=True, connect_args=args)
        except sa_exc.NoSuchModuleError:
            raise StoreError(
                f"unsupported database URL {self.name!r} (use sqlite:///file.db, a path, or "
                "postgresql://user@host/db)"
            ) from None
        except ImportError as exc:
            hint = " (pip install 'sumber[postgres]')" if "psycopg" in str(exc) else ""
            raise StoreError(f"cannot use {self.name!r}: {exc}{hint}") from None
        except sa_exc.ArgumentError as exc:
            raise StoreError(f"invalid database URL {self.name!r}: {exc}") from None
        if self.engine.dialect.name not in ("sqlite", "postgresql"):
            self.engine.dispose()
            raise StoreError(
                f"unsupported database {self.engine.dialect.name!r} in {self.name!r} "
                "(use sqlite:///file.db, a path, or postgresql://user@host/db)"
            )
        if self.engine.dialect.name == "sqlite":
            self._setup_sqlite(self.engine)
        try:
            self.applied = migrations.migrate(self.engine, self._write)
        except sa_exc.SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open database: {_first_line(exc)}", self.name) from None

    @staticmethod
    def _setup_sqlite(engine: Engine) -> None:
        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # transactions are begun below, explicitly
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout = 30000")
            _wal(cur)
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.execute("PRAGMA cache_size = -65536")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            write = conn.get_execution_options().get("sumber_write")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: one writer at a time)."""
        with self.engine.connect() as conn:
            conn.execution_options(sumber_write=True)
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    # linking reads then writes global rows: writers take turns
                    conn.execute(text("SELECT pg_advisory_xact_lock(720462)"))
                yield conn

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    # --- writing -------------------------------------------------------------------------

    def _lookup(
        self, conn: Connection, aid: str, url: str | None, text_sha: str | None = None
    ) -> Any:
        """The stored article that is this one: same id, else same URL, else (for an
        article without URL) same text."""
        if url:
            found = fetch(conn, _LOOKUP["url"], {"aid": aid, "key": sha(url)})
        elif text_sha:
            found = fetch(conn, _LOOKUP["text"], {"aid": aid, "key": text_sha})
        else:
            found = fetch(conn, _LOOKUP["id"], {"aid": aid})
        rows = [_Stored(*r) for r in found]
        for test in (
            lambda r: r.id == aid,
            lambda r: bool(url) and r.url == url,
            lambda r: r.text_sha == text_sha,
        ):
            for r in rows:
                if test(r):
                    return r
        return None

    @_db_errors
    def ingest(
        self, item: Article | dict[str, Any], options: Options | None = None
    ) -> IngestResult:
        """Analyse (when needed), store and link one article.

        Args:
            item: an Article (analysed or not: an article without sentences is
                analysed here), a ``sumber/1`` record (stored as it is), or a plain
                object with ``text`` and optional ``id``, ``url``, ``published``...
                (analysed).
            options: analysis settings for unanalysed articles.

        Returns:
            The article's store id and whether it was inserted, unchanged or replaced.
        """
        job = self._prepare(item, options)
        if isinstance(job, IngestResult):
            return job
        with self._write() as conn:
            return self._store_group(conn, [job])[0]

    @_db_errors
    def _prepare(
        self, item: Article | dict[str, Any], options: Options | None
    ) -> _Job | IngestResult:
        """What to store for ``item``, analysed when needed; "unchanged" when it is stored."""
        from sumber import __version__, pipeline

        record: dict[str, Any] | None
        if isinstance(item, dict) and item.get("schema") != SCHEMA:
            # a plain input object ({"text": ..., "id": ...}): an article to analyse
            item = Article(
                text=str(item.get("text") or ""),
                id=item.get("id"),
                url=item.get("url"),
                title=item.get("title"),
                published=item.get("published"),
                language=item.get("language"),
            )
        if isinstance(item, Article):
            record = item.to_dict() if item.sentences else None
            ident = {"id": item.id, "url": item.url, "text": item.text}
            version = __version__
        else:
            record = dict(item)
            ident = record
            version = str(record.pop("analysis_version", None) or __version__)
        aid = article_id(ident)
        text_sha = sha(str(ident.get("text") or ""))
        if record is None:
            # look before analysing: an unchanged article is not analysed again
            with self.engine.connect() as conn:
                old = self._lookup(conn, aid, ident.get("url"), text_sha)
            if old is not None and (old.text_sha, old.analysis_version) == (text_sha, version):
                return IngestResult(old.id, "unchanged")
            assert isinstance(item, Article)
            record = pipeline.run(item, options).to_dict()
        problem = validate(record)
        if problem:
            raise InputError(f"malformed sumber/1 record: {problem}", aid)
        return _Job(record, aid, ident.get("url"), text_sha, version)

    def _store_group(self, conn: Connection, jobs: list[_Job]) -> list[IngestResult]:
        """Store prepared articles, linked as one batch, inside the caller's write
        transaction."""
        batch = Batch(conn)
        batch.prefetch((job.record, seed(job.aid, job.text_sha, job.version)) for job in jobs)
        stored = [self._store(batch, job) for job in jobs]
        batch.flush()
        return stored

    def _store(self, batch: Batch, job: _Job) -> IngestResult:
        """Store one prepared article in the batch of the caller's write transaction."""
        old = self._lookup(batch.conn, job.aid, job.url, job.text_sha)
        aid = job.aid
        if old is not None:
            if (old.text_sha, old.analysis_version) == (job.text_sha, job.version):
                return IngestResult(old.id, "unchanged")
            aid = old.id
            batch.forget()  # its rows may be the batch's: written before they are deleted
            delete_article(batch.conn, aid)
        job.record["id"] = aid
        write_article(batch, job.record, aid, job.text_sha, job.version)
        return IngestResult(aid, "replaced" if old is not None else "inserted")

    @_db_errors
    def ingest_many(
        self,
        items: Iterable[Article | dict[str, Any]],
        progress: Callable[[IngestResult], None] | None = None,
        options: Options | None = None,
        on_error: Callable[[str, Exception], None] | None = None,
    ) -> list[IngestResult]:
        """Ingest articles; see :meth:`ingest`.

        Analysed articles are linked and written in groups (up to :data:`GROUP`
        articles, :data:`GROUP_CHARS` characters of text or :data:`GROUP_SECONDS`
        seconds, one transaction per group), which saves block reads and a commit per
        article; every article is still wholly stored or absent. While it runs, the
        process's cyclic garbage collector runs rarely (:data:`GC_THRESHOLDS`, for every
        thread), and its thresholds are put back when it returns.

        Args:
            items: Articles or ``sumber/1`` records.
            progress: called with each result as soon as its article is stored.
            options: analysis settings for unanalysed articles.
            on_error: when given, an article whose analysis fails is passed to it with
                its name and the error, and skipped; otherwise the error propagates.
                Database errors (:class:`StoreError`) always propagate.

        Returns:
            One result per stored article, in order.
        """
        import time

        results: list[IngestResult] = []
        pending: list[_Job] = []
        started, chars = 0.0, 0

        def done(result: IngestResult) -> None:
            results.append(result)
            if progress is not None:
                progress(result)

        def flush() -> None:
            if not pending:
                return
            try:
                with self._write() as conn:
                    stored = self._store_group(conn, pending)
            except sa_exc.SQLAlchemyError:
                raise
            except Exception:
                if on_error is None:
                    raise
                stored = []  # a bug on one article: write the group one at a time
                for job in pending:
                    try:
                        with self._write() as conn:
                            stored += self._store_group(conn, [job])
                    except sa_exc.SQLAlchemyError:
                        raise
                    except Exception as exc:
                        on_error(job.aid, exc)
            pending.clear()
            for result in stored:
                done(result)

        with _rare_collections():
            for item in items:
                try:
                    job = self._prepare(item, options)
                except StoreError:
                    raise
                except Exception as exc:
                    if on_error is None:
                        raise
                    name = item.id if isinstance(item, Article) else item.get("id")
                    on_error(str(name or "<article>"), exc)
                    continue
                if isinstance(job, IngestResult):
                    flush()
                    done(job)
                    continue
                if not pending:
                    started, chars = time.monotonic(), 0
                pending.append(job)
                chars += len(job.record["text"])
                if (
                    len(pending) >= GROUP
                    or chars >= GROUP_CHARS
                    or time.monotonic() - started > GROUP_SECONDS
                ):
                    flush()
            flush()
        return results

    @_db_errors
    def delete(self, aid: str) -> bool:
        """Delete one article and whatever only it referred to; False when absent."""
        with self._write() as conn:
            if self._lookup(conn, aid, None) is None:
                return False
            delete_article(conn, aid)
        return True

    # --- reading -------------------------------------------------------------------------

    @_db_errors
    def disputes(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Claims some holder asserts, reports or hedges and another denies (JSON-ready),
        most-contested first; ``limit``/``offset`` give one page."""
        with self.engine.connect() as conn:
            return queries.disputes(conn, limit=limit, offset=offset)

    @_db_errors
    def claims(
        self,
        about: str | None = None,
        event: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Every claim with its stances; ``about`` a participant's name, ``event`` one event."""
        with self.engine.connect() as conn:
            return queries.claims(conn, about=about, event=event, limit=limit, offset=offset)

    @_db_errors
    def claim(self, cid: str) -> dict[str, Any] | None:
        """One claim with its stances and the articles it appears in; None when absent."""
        with self.engine.connect() as conn:
            return queries.claim(conn, cid)

    @_db_errors
    def statuses(self, claim_ids: Iterable[str]) -> dict[str, str]:
        """The status across all articles (disputed, denied...) of each stored claim id."""
        with self.engine.connect() as conn:
            return queries.statuses(conn, list(claim_ids))

    @_db_errors
    def entity(self, name: str) -> dict[str, Any] | None:
        """What the entity called ``name`` (or with this global id) said, what others said
        about it, its aliases."""
        with self.engine.connect() as conn:
            return queries.entity(conn, name)

    @_db_errors
    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Every stored article (metadata and row counts), newest first; ``limit``/``offset``
        give one page."""
        with self.engine.connect() as conn:
            return queries.articles(conn, limit=limit, offset=offset)

    @_db_errors
    def most_quoted(self, limit: int = 10, etype: str | None = None) -> list[dict[str, Any]]:
        """The entities (of type ``etype``: person, media...) most often named as the
        source of an attribution."""
        with self.engine.connect() as conn:
            return queries.most_quoted(conn, limit, etype)

    @_db_errors
    def search(self, query: str, limit: int = 20) -> dict[str, Any]:
        """Articles, entities and claims matching ``query`` (case-insensitive substring)."""
        with self.engine.connect() as conn:
            return queries.search(conn, query, limit)

    @_db_errors
    def totals(self) -> dict[str, int]:
        """How many articles, entities, claims and disputed claims are stored."""
        with self.engine.connect() as conn:
            return queries.totals(conn)

    @_db_errors
    def check(self) -> list[str]:
        """Problems in the store's bookkeeping; empty when it is consistent."""
        with self.engine.connect() as conn:
            return queries.check(conn)

    @_db_errors
    def article(self, aid: str) -> dict[str, Any] | None:
        """One stored ``sumber/1`` record with the global ids of its entities and claims."""
        with self.engine.connect() as conn:
            return queries.article(conn, aid)


def _wal(cur: Any) -> None:
    """Put an SQLite file in WAL mode (once per file; it persists).

    Switching the journal mode needs the file to itself and does not wait on the busy
    timeout, so a process opening the store while another writes retries for a while.
    """
    import sqlite3
    import time

    deadline = time.monotonic() + 30
    while True:
        cur.execute("PRAGMA journal_mode")
        if str(cur.fetchone()[0]).lower() == "wal":
            return
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
