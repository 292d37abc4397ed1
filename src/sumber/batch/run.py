"""The shard runner: plan the shards, run the missing ones on Dask, sum up.

One code path for a laptop and a cluster: :func:`batch` always runs the shards
as tasks of a ``distributed.Client``. Without ``scheduler`` it starts a
``distributed.LocalCluster`` of worker *processes* (one per core, one thread
each: the pipeline is pure Python and holds the GIL); with it, it connects to
that scheduler (``tcp://host:8786``) and the cluster's workers do the work. The
workers must see the inputs and the output folder at the same paths (a shared
file system); the client only plans, watches and sums up.

Output folder layout (``--out``)::

    _batch.json                 the plan: every shard of this run, in input order
    _done/<shard>.json          a finished shard's counts (articles, errors, words, seconds)
    articles/<shard>.parquet    the tables of :mod:`sumber.batch.tables`, one file per shard
    entities/ mentions/ attributions/ claims/ stances/
    errors/<shard>.jsonl        bad records: {"input", "position", "id", "reason"}
    _index/                     cached record counts of the JSONL and WARC inputs

Resuming: a shard is *done* when its ``_done`` marker and all its table files
exist. Each file is written under a temporary name and renamed, and the
marker is written last, so a killed run leaves no half shard; a re-run skips
the done shards and redoes the rest (also a shard whose file was deleted).

Determinism: a shard's output depends only on its records and the options,
rows are in record order, and the Parquet writer is deterministic, so the
same inputs give the same table contents on one laptop or on a cluster.

Failures: a bad record (unreadable line, page without text, analysis error)
goes to the errors file and the shard goes on. A shard that fails as a whole
(an unreadable file, a worker killed twice) is reported in one line, writes
no marker (so a re-run retries it), and makes the exit code 1.

Pipelining (``sumber batch --db``): every shard is submitted to Dask before
the first result is awaited, so while the workers analyse, the client can do
slow work of its own: ``store`` gets each shard's articles file in plan order
(:class:`InOrder`), as soon as that shard and every one before it are done
(by this run or an earlier one) or failed. The store thus links the articles
in the order ``sumber ingest results/`` would, one core in the client beside
the analysing workers.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sumber.batch import inputs as binputs
from sumber.errors import SumberError
from sumber.options import Options

PLAN = "_batch.json"
DONE = "_done"
ERRORS = "errors"
INDEX = "_index"
SHARD_SIZE = 1000  # records per shard unless told: the unit of work and of resuming
FORMAT = "sumber-batch/1"


@dataclass(slots=True)
class Summary:
    """What a batch did.

    Attributes:
        shards: shards in the plan.
        skipped: shards already done by an earlier run.
        failed: shards that failed as a whole (reasons in ``failures``).
        articles: articles analysed (all done shards, this run and earlier).
        errors: bad records (all done shards).
        words: words analysed (all done shards).
        seconds: wall-clock time of this run.
        run_words: words analysed by this run.
        failures: (shard input and range, reason) per failed shard.
    """

    shards: int = 0
    skipped: int = 0
    failed: int = 0
    articles: int = 0
    errors: int = 0
    words: int = 0
    seconds: float = 0.0
    run_words: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary ``sumber batch`` prints."""
        rate = self.run_words / self.seconds if self.seconds > 0 else 0.0
        done = self.shards - self.skipped - self.failed
        parts = [
            f"{self.articles:,} article{'s' if self.articles != 1 else ''}",
            f"{self.errors:,} error{'s' if self.errors != 1 else ''}",
            f"{self.shards:,} shard{'s' if self.shards != 1 else ''} ({done:,} run, "
            f"{self.skipped:,} already done"
            + (f", {self.failed:,} failed)" if self.failed else ")"),
            f"{self.seconds:.1f} s",
            f"{rate:,.0f} words/s",
        ]
        return "; ".join(parts)


# --- on the workers ------------------------------------------------------------------------


def _write_json(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, SumberError):
        return exc.message
    if isinstance(exc, RecursionError):
        return "internal error: RecursionError: input nested too deeply"
    return f"internal error: {type(exc).__name__}: {exc}"


def run_shard(shard: binputs.Shard, out: str, options: Options) -> dict[str, Any]:
    """Analyse one shard and write its tables, errors file and done marker.

    Runs on a worker. Bad records go to the errors list; the shard goes on.

    Args:
        shard: the shard.
        out: the output folder.
        options: analysis settings.

    Returns:
        The shard's counts (also written to its ``_done`` marker).
    """
    from sumber import pipeline
    from sumber.batch import tables
    from sumber.store.ingest import article_id

    started = time.perf_counter()
    root = Path(out)
    rows = tables.Rows()
    errors: list[dict[str, Any]] = []
    words = 0
    for item in binputs.read(shard, options):
        rec = item.record
        problem: str | None = None
        if rec.error is not None or rec.article is None:
            problem = rec.error.message if rec.error else "nothing to analyse"
        else:
            try:
                article = pipeline.run(rec.article, options)
            except Exception as exc:  # one bad article never ends the shard
                problem = _reason(exc)
        if problem is not None:
            ident = rec.article.id if rec.article is not None else None
            errors.append(
                {"input": shard.input, "position": item.position, "id": ident, "reason": problem}
            )
            continue
        record = article.to_dict()
        words += len(article.text.split())
        rows.add(record, article_id(record), shard.input, item.position)
    for name in tables.TABLES:
        tables.write_atomic(rows.table(name), tables.table_path(root, name, shard.id))
    err_path = root / ERRORS / f"{shard.id}.jsonl"
    if errors:
        err_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = err_path.with_name(f".{err_path.name}.{os.getpid()}.tmp")
        with tmp.open("w", encoding="utf-8") as f:
            for e in errors:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        os.replace(tmp, err_path)
    else:
        err_path.unlink(missing_ok=True)
    counts = {
        "shard": shard.id,
        "input": shard.input,
        "start": shard.start,
        "stop": shard.stop,
        "articles": len(rows.rows["articles"]),
        "errors": len(errors),
        "words": words,
        "seconds": round(time.perf_counter() - started, 3),
    }
    _write_json(root / DONE / f"{shard.id}.json", counts)
    return counts


def index_unit(unit: binputs.Unit, size: int, out: str) -> tuple[int, list[int]]:
    """Count a JSONL or WARC unit's records (cached in the output folder). Runs on a worker."""
    cache = Path(out) / INDEX / f"{binputs.index_key(unit, size)}.json"
    try:
        n, offsets = json.loads(cache.read_text(encoding="utf-8"))
        return int(n), [int(x) for x in offsets]
    except (OSError, ValueError, TypeError):
        pass
    counted = binputs.index(unit, size)
    _write_json(cache, list(counted))
    return counted


# --- on the client -------------------------------------------------------------------------


class InOrder:
    """Hands the shards' articles files to a callback in plan order, as they are resolved.

    A shard is resolved when it is done (by this run or an earlier one) or failed. Each
    :meth:`resolve` hands over the plan's resolved head: every shard up to the first one
    still running, failed ones left out. A shard planned twice (an input given twice)
    is handed over twice, as ``sumber ingest results/`` reads it twice.
    """

    def __init__(self, root: Path, plan: list[str], store: Callable[[Path], None] | None) -> None:
        """Start with no shard resolved.

        Args:
            root: the output folder.
            plan: the shard ids, in plan order.
            store: called with each handed-over articles file; None hands over nothing.
        """
        self.root = root
        self.plan = plan
        self.store = store
        self.ok: dict[str, bool] = {}
        self.next = 0

    def resolve(self, shard_id: str, ok: bool) -> None:
        """Note that a shard is done (``ok``) or failed, and hand over what is now in order."""
        from sumber.batch import tables

        self.ok[shard_id] = ok
        while self.next < len(self.plan) and self.plan[self.next] in self.ok:
            sid = self.plan[self.next]
            self.next += 1
            if self.ok[sid] and self.store is not None:
                self.store(tables.table_path(self.root, "articles", sid))


def is_done(out: Path, shard_id: str) -> bool:
    """Whether a shard's marker and all its table files exist."""
    from sumber.batch import tables

    if not (out / DONE / f"{shard_id}.json").is_file():
        return False
    return all(tables.table_path(out, t, shard_id).is_file() for t in tables.TABLES)


def _client(scheduler: str | None, workers: int | None, timeout: float) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout=f"{timeout}s", set_as_default=False), None
        except (OSError, TimeoutError, ValueError) as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise SumberError(
                f"cannot reach the Dask scheduler at {scheduler}: {reason[:200]}"
            ) from None
    n = workers or os.cpu_count() or 1
    cluster = LocalCluster(
        n_workers=n,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    return Client(cluster, set_as_default=False), cluster


def check_out(out: Path) -> None:
    """Refuse an output path that is a file (or cannot be made a folder)."""
    if out.exists() and not out.is_dir():
        raise SumberError("--out must be a folder, and this is a file", str(out))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SumberError(
            f"cannot create the output folder: {(exc.strerror or str(exc)).lower()}", str(out)
        ) from None


def batch(
    inputs: list[str],
    out: str | Path,
    *,
    options: Options | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    shard_size: int = SHARD_SIZE,
    connect_timeout: float = 10.0,
    notes: Callable[[str], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    store: Callable[[Path], None] | None = None,
) -> Summary:
    """Analyse many articles into Parquet tables, in parallel, resumably (``sumber batch``).

    Args:
        inputs: JSONL (plain or gzip), WARC (plain or gzip) files, text and HTML files, folders.
        out: the output folder (created; a re-run into it skips the finished shards).
        options: analysis settings.
        scheduler: a Dask scheduler address (``tcp://host:8786``); None starts local workers.
        workers: local worker processes (default: one per core); ignored with ``scheduler``.
        shard_size: records per shard.
        connect_timeout: seconds to wait for ``scheduler``.
        notes: called with notes for the user (files skipped in folders).
        progress: called with (shards finished, shards to run) as shards finish.
        store: called in this process with each shard's articles Parquet file, in plan
            order, while the workers go on analysing (see :class:`InOrder`): shards done
            by an earlier run too, failed shards not. ``sumber batch --db`` stores and
            links the articles with it. What it raises ends the run.

    Returns:
        A :class:`Summary`.

    Raises:
        SumberError: an unusable argument (missing input, ``out`` a file, an unreachable
            scheduler); bad records never raise.
    """
    options = options or Options()
    if shard_size < 1:
        raise SumberError(f"--shard-size must be at least 1, not {shard_size}")
    if workers is not None and workers < 1:
        raise SumberError(f"--workers must be at least 1, not {workers}")
    root = Path(out).absolute()
    check_out(root)
    found: list[str] = []
    units = binputs.plan_units(list(inputs), found)
    for note in found:
        if notes is not None:
            notes(note)
    started = time.perf_counter()
    client, cluster = _client(scheduler, workers, connect_timeout)
    try:
        return _run(client, units, root, options, shard_size, progress, started, store)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run(
    client: Any,
    units: list[binputs.Unit],
    root: Path,
    options: Options,
    size: int,
    progress: Callable[[int, int], None] | None,
    started: float,
    store: Callable[[Path], None] | None = None,
) -> Summary:
    from distributed import as_completed

    summary = Summary()
    to_count = [u for u in units if u.kind != "files"]
    counted: dict[int, tuple[int, list[int]]] = {}
    failed_units: set[int] = set()
    futures = [
        client.submit(index_unit, u, size, str(root), pure=False, key=f"index-{i}-{u.name}")
        for i, u in enumerate(to_count)
    ]
    for u, fut in zip(to_count, futures, strict=True):
        try:
            counted[id(u)] = fut.result()
        except Exception as exc:
            failed_units.add(id(u))
            summary.failures.append((u.name, _reason(exc)))
    plan: list[binputs.Shard] = []
    for u in units:
        if id(u) in failed_units:
            continue
        plan.extend(binputs.shards(u, size, counted.get(id(u))))
    _write_json(root / PLAN, {"format": FORMAT, "shards": [binputs.to_json(s) for s in plan]})
    summary.shards = len(plan)
    todo = [s for s in plan if not is_done(root, s.id)]
    summary.skipped = len(plan) - len(todo)
    if progress is not None:
        progress(0, len(todo))
    # every shard is submitted before anything is awaited or handed over: the scheduler
    # feeds the workers from its queue while this thread is busy in ``store``
    pending = {
        client.submit(run_shard, s, str(root), options, pure=False, key=f"shard-{s.id}"): s
        for s in todo
    }
    handover = InOrder(root, [s.id for s in plan], store)
    running = {s.id for s in todo}
    for s in plan:
        if s.id not in running:  # done by an earlier run
            handover.resolve(s.id, True)
    finished = 0
    for fut in as_completed(list(pending), loop=client.loop):
        shard = pending[fut]
        ok = True
        try:
            counts = fut.result()
            summary.run_words += int(counts["words"])
        except Exception as exc:
            ok = False
            summary.failed += 1
            where = f"{shard.input} [{shard.start + 1}-{shard.stop}]"
            summary.failures.append((where, _reason(exc)))
        finished += 1
        fut.release()
        if progress is not None:
            progress(finished, len(todo))
        handover.resolve(shard.id, ok)
    for s in plan:
        marker = root / DONE / f"{s.id}.json"
        try:
            counts = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        summary.articles += int(counts.get("articles", 0))
        summary.errors += int(counts.get("errors", 0))
        summary.words += int(counts.get("words", 0))
    summary.failed += len(failed_units)
    summary.seconds = time.perf_counter() - started
    return summary


def require() -> None:
    """Check that the batch extras are installed.

    Raises:
        SumberError: one line naming what to install.
    """
    missing = []
    for module, package in (("pyarrow", "pyarrow"), ("distributed", "dask[distributed]")):
        try:
            __import__(module)
        except ImportError:
            missing.append(package)
    try:
        import warcio  # noqa: F401
    except ImportError:
        missing.append("warcio")
    if missing:
        raise SumberError(f"sumber batch needs {', '.join(missing)}: pip install 'sumber[batch]'")


__all__ = ["InOrder", "Summary", "batch", "is_done", "require", "run_shard"]
