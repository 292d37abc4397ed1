"""sumber's web UI and JSON API (``sumber serve``).

:func:`create_app` builds the ASGI application over a store (see
:mod:`sumber.web.app` for its pages and endpoints, :mod:`sumber.web.security` for
what keeps it safe); :func:`serve` runs it with uvicorn, on 127.0.0.1 unless told
otherwise.
"""

from __future__ import annotations

import ipaddress
import sys

from sumber.errors import SumberError
from sumber.options import Options
from sumber.web.app import create_app
from sumber.web.security import LOOPBACK_HOSTS

__all__ = ["create_app", "is_loopback", "serve"]


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    db: str | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    options: Options | None = None,
    allow_private_urls: bool = False,
    max_body: int = 5_000_000,
) -> None:
    """Serve the web UI and API until interrupted.

    Args:
        db: the store's database URL.
        host: the address to listen on; 127.0.0.1 keeps the server to this machine.
        port: the TCP port.
        options: analysis settings for the analyze and ingest endpoints.
        allow_private_urls: let "analyze a URL" fetch loopback and private addresses.
        max_body: the largest request body, in bytes.

    Raises:
        SumberError: the store cannot be opened or the port is taken.
    """
    import socket

    import uvicorn

    hosts = list(LOOPBACK_HOSTS) if is_loopback(host) else None
    app = create_app(
        db,
        options=options,
        allow_private_urls=allow_private_urls,
        max_body=max_body,
        allowed_hosts=hosts,
    )
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as exc:
            raise SumberError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    shown = f"[{host}]" if ":" in host else host
    print(f"sumber: serving {app.state.store.name} at http://{shown}:{port}/", file=sys.stderr)
    if hosts is None:
        print(
            f"sumber: warning: listening on {host}, not only this machine: anyone who can "
            "reach it can read and add articles",
            file=sys.stderr,
        )
    uvicorn.run(app, host=host.strip("[]"), port=port, log_level="warning")
