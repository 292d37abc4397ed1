"""Fetching an article from an http(s) URL with the standard library.

One GET with a ``sumber`` User-Agent, redirects followed, ``Options.fetch_timeout``
seconds at most per network wait, and at most ``Options.max_bytes`` read (a
larger ``Content-Length`` is refused before reading). Every failure (no
network, DNS, refused connection, HTTP error status, time-out, a content type
that is neither HTML nor text) becomes one :class:`~sumber.errors.FetchError`.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

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


def fetch(url: str, options: Options | None = None) -> Fetched:
    """Download ``url`` (http or https only).

    Args:
        url: the address.
        options: ``fetch_timeout`` and ``max_bytes`` apply.

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
        with urllib.request.urlopen(request, timeout=options.fetch_timeout) as response:
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
