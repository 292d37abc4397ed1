"""The ``sumber serve`` command: the web UI and JSON API over a store.

A thin wrapper over :func:`sumber.web.serve`; registered on the ``cli`` group by an
import in :mod:`sumber.cli`.
"""

from __future__ import annotations

import click

from sumber.cli import cli, reports_errors
from sumber.cli_store import db_option


@cli.command()
@db_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but a loopback address opens the server to the network.",
)
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port."
)
@click.option(
    "--allow-private-urls",
    is_flag=True,
    help="Let 'analyze a URL' fetch loopback and private-network addresses.",
)
@click.option(
    "--max-body",
    default=5_000_000,
    show_default=True,
    type=click.IntRange(1),
    help="Largest request body, in bytes.",
)
@click.option("--no-model", is_flag=True, help="Rules only: do not use trained models.")
@reports_errors
def serve(
    db: str | None,
    host: str,
    port: int,
    allow_private_urls: bool,
    max_body: int,
    no_model: bool,
) -> None:
    """Serve the web UI and JSON API (http://127.0.0.1:8000/ by default)."""
    from sumber.options import Options
    from sumber.web import serve as run

    run(
        db,
        host=host,
        port=port,
        options=Options(use_model=not no_model),
        allow_private_urls=allow_private_urls,
        max_body=max_body,
    )
