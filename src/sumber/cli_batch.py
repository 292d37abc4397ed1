"""The ``sumber batch`` command: a thin wrapper over :func:`sumber.batch.batch`.

Prints notes and whole-shard failures as ``sumber: ...`` lines and a progress
bar on stderr, and the one-line summary on stdout. Exit code 0 when every
shard finished (bad records are in ``errors/`` and counted in the summary),
1 when a shard failed as a whole or an argument is unusable. Registered on
the ``cli`` group by an import in :mod:`sumber.cli`.

With ``--db`` the store is opened before anything runs (an unusable one is one
line and exit code 1), the finished shards' articles are stored and linked in
this process, in plan order and in whole groups of the store's transaction,
while the workers analyse (what ``sumber ingest results/`` would store), and
the summary ends with the store's tally. Records the store cannot take are
``sumber: error:`` lines and make the exit code 1.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from sumber.batch.run import SHARD_SIZE
from sumber.cli import analysis_options, cli, reports_errors
from sumber.cli_store import _open, _say, article_error, db_option, stored_line


class _Storing:
    """``--db``: stores the articles files handed over as ``sumber ingest results/`` would,
    in whole groups of the store's transaction (:class:`sumber.batch.results.Groups`);
    :meth:`finish` stores the rest. If the run stops before that, those articles are not
    stored, and a re-run stores them: it hands over every finished shard again.

    Messages are kept until :meth:`close` (a progress bar may be on stderr meanwhile).
    """

    def __init__(self, db: str, options: Any) -> None:
        from sumber.batch.results import Groups
        from sumber.store import GROUP

        self.store = _open(db)
        self.options = options
        self.tally: Counter[str] = Counter()
        self.failed = 0
        self.messages: list[tuple[str, str]] = []
        self.groups = Groups(GROUP)

    def __call__(self, path: Path) -> None:
        self.groups.add(path, self._records(path))
        self._store(self.groups.whole())

    def finish(self) -> None:
        """Store every record still waiting."""
        self._store(self.groups.rest())

    def _store(self, records: Iterator[dict[str, Any]]) -> None:
        def count(result: Any) -> None:
            self.tally[result.status] += 1

        def on_error(name: str, exc: Exception) -> None:
            self._error(name, article_error(exc))

        self.store.ingest_many(records, progress=count, options=self.options, on_error=on_error)

    def _records(self, path: Path) -> Iterator[dict[str, Any]]:
        from sumber.batch import results
        from sumber.inputs.article import os_error

        try:
            yield from results.records(path)
        except OSError as exc:
            self._error(str(path), os_error(exc).message)
        except ValueError as exc:
            self._error(str(path), str(exc))

    def _error(self, name: str, message: str) -> None:
        self.failed += 1
        self.messages.append((name, message))

    def close(self) -> None:
        """Close the store and say what went wrong."""
        self.store.close()
        for name, message in self.messages:
            _say("error", name, message)
        self.messages.clear()

    def line(self) -> str:
        """The store's part of the summary line."""
        return f"stored {stored_line(self.tally)}" + (
            f", {self.failed} failed" if self.failed else ""
        )


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out", required=True, metavar="FOLDER", help="Output folder (Parquet tables, errors)."
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="A Dask scheduler (tcp://host:8786). Default: worker processes on this machine.",
)
@click.option(
    "--connect-timeout",
    type=float,
    default=10.0,
    show_default=True,
    help="Seconds to wait for the scheduler.",
)
@click.option(
    "--workers", type=int, default=None, help="Local worker processes. Default: one per core."
)
@click.option(
    "--shard-size",
    type=int,
    default=SHARD_SIZE,
    show_default=True,
    help="Records per shard (the unit of work and of resuming).",
)
@click.option("--lang", "language", help="Language code for inputs that do not say.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--no-model", is_flag=True, help="Rules only: do not use trained models.")
@db_option(
    help="Store and link the results as shards finish, like `sumber ingest results/ --db` "
    "(a SQLAlchemy URL or an SQLite file path): in this process, in plan order, while the "
    "workers analyse."
)
@reports_errors
def batch(
    inputs: tuple[str, ...],
    out: str,
    scheduler: str | None,
    connect_timeout: float,
    workers: int | None,
    shard_size: int,
    language: str | None,
    published: str | None,
    no_model: bool,
    db: str | None,
) -> None:
    """Analyse JSONL(.gz), WARC(.gz) and folders into Parquet tables, in parallel on Dask."""
    from sumber.batch import run

    run.require()
    options = analysis_options(language, published, no_model)
    storing = _Storing(db, options) if db is not None else None

    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            if not total:
                return
            bar = click.progressbar(length=total, label="shards", file=sys.stderr)
            bar.__enter__()
        bar.update(done - bar.pos)

    try:
        summary = _batch(
            run,
            inputs,
            out,
            options,
            scheduler,
            connect_timeout,
            workers,
            shard_size,
            progress,
            storing,
        )
        if storing is not None:
            storing.finish()
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
        if storing is not None:
            storing.close()
    for where, reason in summary.failures:
        click.echo(
            f"sumber: error: {' '.join(where.split())}: {' '.join(reason.split())}", err=True
        )
    line = summary.line()
    if storing is not None:
        line += "; " + storing.line()
    click.echo(line)
    sys.exit(1 if summary.failures or (storing is not None and storing.failed) else 0)


def _batch(
    run: Any,
    inputs: tuple[str, ...],
    out: str,
    options: Any,
    scheduler: str | None,
    connect_timeout: float,
    workers: int | None,
    shard_size: int,
    progress: Any,
    store: Any,
) -> Any:
    """:func:`sumber.batch.batch`, with an unexpected exception as one line (a bug)."""
    from sumber.errors import SumberError

    try:
        return run.batch(
            list(inputs),
            out,
            options=options,
            scheduler=scheduler,
            connect_timeout=connect_timeout,
            workers=workers,
            shard_size=shard_size,
            notes=lambda note: click.echo(f"sumber: note: {note}", err=True),
            progress=progress,
            store=store,
        )
    except (SumberError, OSError, KeyboardInterrupt):
        raise
    except Exception as exc:
        if os.environ.get("SUMBER_DEBUG"):
            raise
        raise SumberError(f"internal error: {type(exc).__name__}: {exc}") from None
