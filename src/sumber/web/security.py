"""What keeps the web server safe to run on a newsroom laptop: pure ASGI middleware.

Article text is untrusted, and so is every request. The pages escape everything
they show (Jinja2 autoescaping, :mod:`sumber.web.highlight`); on top of that:

- :class:`SecurityHeaders`: a strict Content-Security-Policy (no inline script,
  scripts, styles and images only from this server, no framing, forms only to this
  server), ``nosniff``, ``X-Frame-Options: DENY`` and ``Referrer-Policy: same-origin``
  (links out carry no referrer; under ``no-referrer`` a browser would send
  ``Origin: null`` with the server's own forms, which :class:`SameOrigin` refuses).
- :class:`BodyLimit`: a request body larger than the limit gets ``413`` before the
  application reads it, whether or not it declared a Content-Length.
- :class:`SameOrigin`: a POST whose ``Origin`` (or, without one, ``Referer``) is
  another site gets ``403``, so a web page elsewhere cannot make the browser store
  articles in the user's database; command-line clients send neither and pass.

The host allow-list against DNS rebinding is Starlette's ``TrustedHostMiddleware``,
set up by :func:`sumber.web.create_app`.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CSP", "LOOPBACK_HOSTS", "BodyLimit", "SameOrigin", "SecurityHeaders"]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


async def _send_json(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": {"status": status, "message": message}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Adds the security headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Answers ``413`` to a request whose body is larger than ``limit`` bytes."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = f"request body too large (the limit is {self.limit:,} bytes)"
        for key, value in scope.get("headers", []):
            if key == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _send_json(send, 400, "invalid Content-Length")
                    return
                if declared > self.limit:
                    await _send_json(send, 413, message)
                    return
        seen = 0
        started = False

        async def counting() -> Message:
            nonlocal seen
            got = await receive()
            if got["type"] == "http.request":
                seen += len(got.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return got

        async def tracking(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, counting, tracking)
        except _TooLarge:
            if not started:
                await _send_json(send, 413, message)


def _origin_of(value: str) -> tuple[str, str] | None:
    parts = urlsplit(value)
    if not parts.scheme or not parts.netloc:
        return None
    return parts.scheme.lower(), parts.netloc.lower()


class SameOrigin:
    """Refuses a state-changing request sent by a page of another origin."""

    SAFE = frozenset({"GET", "HEAD", "OPTIONS"})

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in self.SAFE:
            await self.app(scope, receive, send)
            return
        headers: dict[bytes, bytes] = {}
        for key, value in scope.get("headers", []):
            headers.setdefault(key, value)
        sender = headers.get(b"origin") or headers.get(b"referer")
        if sender is not None:
            host = headers.get(b"host", b"").decode("latin-1").lower()
            origin = _origin_of(sender.decode("latin-1"))
            if origin is None or origin[1] != host:
                await _send_json(send, 403, "cross-site request refused")
                return
        await self.app(scope, receive, send)


#: The host names a loopback-only server answers to (TrustedHostMiddleware ignores ports).
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
