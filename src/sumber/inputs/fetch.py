"""Fetching an article from an http(s) URL with the standard library.

One GET with a ``sumber`` User-Agent, redirects followed, ``Options.fetch_timeout``
seconds at most per network wait, and at most ``Options.max_bytes`` read (a
larger ``Content-Length`` is refused before reading). Every failure (no
network, DNS, refused connection, HTTP error status, time-out, a content type
that is neither HTML nor text) becomes one :class:`~sumber.errors.FetchError`.

A server fetching URLs that its users type must not become a way into the network it
runs in (server-side request forgery). With ``public_only=True`` every connection,
the first and each redirect's, resolves the host itself, refuses it unless *all* its
addresses are public (not loopback, private, link-local, multicast, reserved or
unspecified; IPv4-mapped IPv6 addresses are judged as IPv4), and then connects to the
address it checked, so a DNS answer that changes between the check and the connect
cannot slip a private address in.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from sumber.errors import FetchError, InputTooLargeError, SumberError
from sumber.options import Options

USER_AGENT = "sumber/0.1 (news attribution analyser; +https://pypi.org/project/sumber/)"
_TEXT_TYPES = ("text/plain",)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "")


@dataclass(slots=True)
class Fetched:
    """What a URL answered.

    Attributes:
        url: the final URL, after redirects.
        data: the body, at most ``Options.max_bytes`` bytes.
        html: True for an HTML page, False for plain text.
        charset: the encoding the server declared, if any.
    """

    url: str
    data: bytes
    html: bool
    charset: str | None


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    if isinstance(reason, TimeoutError | socket.timeout):
        return "timed out"
    text = str(reason) or type(reason).__name__
    return " ".join(text.split())


def is_public_address(address: str) -> bool:
    """True when an IP address is reachable on the public internet (see the module doc)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def _public_addresses(host: str, port: int) -> list[tuple[Any, ...]]:
    """The resolved socket addresses of ``host``; FetchError unless all are public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"could not fetch URL: {_reason(exc)}") from None
    if not infos:
        raise FetchError(f"could not fetch URL: {host} has no address")
    for info in infos:
        if not is_public_address(str(info[4][0])):
            raise FetchError(
                f"could not fetch URL: {host} is a loopback, private or reserved address "
                "(refused; the server can be configured to allow them)"
            )
    return infos


def _connect_public(host: str, port: int, timeout: float | None) -> socket.socket:
    last: OSError | None = None
    for family, kind, proto, _, address in _public_addresses(host, port):
        sock = socket.socket(family, kind, proto)
        try:
            if timeout is not None:
                sock.settimeout(timeout)
            sock.connect(address)
            return sock
        except OSError as exc:
            sock.close()
            last = exc
    raise last or OSError("no address to connect to")


class _PublicHTTPConnection(http.client.HTTPConnection):
    def connect(self) -> None:
        self.sock = _connect_public(self.host, self.port, self.timeout)


class _PublicHTTPSConnection(http.client.HTTPSConnection):
    def connect(self) -> None:
        sock = _connect_public(self.host, self.port, self.timeout)
        context = getattr(self, "_context", None) or ssl.create_default_context()
        self.sock = context.wrap_socket(sock, server_hostname=self.host)


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_PublicHTTPConnection, req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_PublicHTTPSConnection, req)


class _NoProxyHandler(urllib.request.ProxyHandler):
    def __init__(self) -> None:
        super().__init__({})


def _opener(public_only: bool) -> urllib.request.OpenerDirector:
    if not public_only:
        return urllib.request.build_opener()
    # no proxy: the check must see the address actually connected to
    return urllib.request.build_opener(_NoProxyHandler, _PublicHTTPHandler, _PublicHTTPSHandler)


def fetch(url: str, options: Options | None = None, *, public_only: bool = False) -> Fetched:
    """Download ``url`` (http or https only).

    Args:
        url: the address.
        options: ``fetch_timeout`` and ``max_bytes`` apply.
        public_only: refuse hosts with a loopback, private or reserved address, also
            after a redirect (for servers; see the module docstring).

    Returns:
        The :class:`Fetched` page.

    Raises:
        FetchError: when the page cannot be fetched or is not HTML or text.
        InputTooLargeError: when it is larger than ``options.max_bytes``.
    """
    options = options or Options()
    if not url.lower().startswith(("http://", "https://")):
        raise FetchError(f"could not fetch URL: only http and https are supported: {url}")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1",
        },
    )
    limit = options.max_bytes
    try:
        opener = _opener(public_only)
        with opener.open(request, timeout=options.fetch_timeout) as response:
            ctype = response.headers.get_content_type() if response.headers else ""
            declared = response.headers.get("Content-Type") or ""
            if declared and ctype not in _HTML_TYPES + _TEXT_TYPES:
                raise FetchError(f"could not fetch URL: not an HTML page (content type {ctype})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise InputTooLargeError(
                    f"input too large ({int(length):,} bytes; the limit is {limit:,} bytes, "
                    "see --max-bytes)"
                )
            data = response.read(limit + 1)
            if len(data) > limit:
                raise InputTooLargeError(
                    f"input too large (more than the limit of {limit:,} bytes, see --max-bytes)"
                )
            return Fetched(
                url=response.geturl() or url,
                data=data,
                html=ctype not in _TEXT_TYPES,
                charset=response.headers.get_content_charset(),
            )
    except SumberError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"could not fetch URL: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise FetchError(f"could not fetch URL: {_reason(exc)}") from None
    except Exception as exc:  # http.client oddities (bad status line, incomplete read)
        raise FetchError(f"could not fetch URL: {type(exc).__name__}: {exc}") from None
