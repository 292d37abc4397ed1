"""The ``sumber batch`` command: a thin wrapper over :func:`sumber.batch.batch`.

Prints notes and whole-shard failures as ``sumber: ...`` lines and a progress
bar on stderr, and the one-line summary on stdout. Exit code 0 when every
shard finished (bad records are in ``errors/`` and counted in the summary),
1 when a shard failed as a whole or an argument is unusable. Registered on
the ``cli`` group by an import in :mod:`sumber.cli`.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from sumber.cli import analysis_options, cli, reports_errors


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
    default=1000,
    show_default=True,
    help="Records per shard (the unit of work and of resuming).",
)
@click.option("--lang", "language", help="Language code for inputs that do not say.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--no-model", is_flag=True, help="Rules only: do not use trained models.")
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
) -> None:
    """Analyse JSONL(.gz), WARC(.gz) and folders into Parquet tables, in parallel on Dask."""
    from sumber.batch import run

    run.require()
    options = analysis_options(language, published, no_model)

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
            run, inputs, out, options, scheduler, connect_timeout, workers, shard_size, progress
        )
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    for where, reason in summary.failures:
        click.echo(
            f"sumber: error: {' '.join(where.split())}: {' '.join(reason.split())}", err=True
        )
    click.echo(summary.line())
    sys.exit(1 if summary.failures else 0)


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
        )
    except (SumberError, OSError, KeyboardInterrupt):
        raise
    except Exception as exc:
        if os.environ.get("SUMBER_DEBUG"):
            raise
        raise SumberError(f"internal error: {type(exc).__name__}: {exc}") from None
