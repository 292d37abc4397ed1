"""WARC and WARC.gz files, as Common Crawl's news crawl (CC-NEWS) writes them, read with warcio.

An *article candidate* is a ``response`` record whose HTTP status is 2xx and
whose ``Content-Type`` is HTML (``text/html`` or ``application/xhtml+xml``);
every other record (``warcinfo``, ``request``, ``metadata``, redirects, images,
PDFs) is not an article and is passed over silently. Candidates are numbered
from 1 in file order: that ordinal is a candidate's ``position`` in shards
and error reports.

For each candidate the body is read with its transfer and content encodings
undone (warcio's ``content_stream``); the ``charset`` of the HTTP
``Content-Type`` is the declared encoding; ``WARC-Target-URI`` is the
article's URL and the date part of ``WARC-Date`` its publication date when
the page itself gives none (crawl date, usually within a day of publication
for a news crawl).

:func:`index` scans a file once and returns the byte offset of every
``size``-th candidate, so a shard can seek straight to its first record:
WARC.gz files are a series of gzip members, one per record, and warcio reads
from any member boundary.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(slots=True)
class Page:
    """One HTML response from a WARC file.

    Attributes:
        position: ordinal among the file's article candidates, from 1.
        offset: byte offset of the record in the file.
        url: ``WARC-Target-URI``.
        date: the date part of ``WARC-Date`` (``YYYY-MM-DD``), or None.
        charset: the charset the HTTP ``Content-Type`` declares, or None.
        body: the response body, or None when the record could not be read.
        error: why the body could not be read.
    """

    position: int
    offset: int
    url: str | None
    date: str | None
    charset: str | None
    body: bytes | None = None
    error: str | None = None


def _is_candidate(record: object) -> bool:
    if getattr(record, "rec_type", None) != "response":
        return False
    http = getattr(record, "http_headers", None)
    if http is None:
        return False
    status = (http.get_statuscode() or "") if hasattr(http, "get_statuscode") else ""
    if not status.startswith("2"):
        return False
    ctype = (http.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
    return ctype in HTML_TYPES


def _charset(record: object) -> str | None:
    http = getattr(record, "http_headers", None)
    ctype = (http.get_header("Content-Type") or "") if http is not None else ""
    for part in ctype.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _iter(stream: IO[bytes], start: int = 0) -> Iterator[tuple[int, object]]:
    """(byte offset, record) for each record from ``start`` (where ``stream`` was sought)."""
    it = ArchiveIterator(stream, check_digests=False)
    first = True
    for record in it:
        # warcio's running offset (not get_record_offset, which reads the record to its end)
        # is absolute from the second record on; the first is where reading began
        yield (start if first else it.offset), record
        first = False


def index(path: Path, size: int) -> tuple[int, list[int]]:
    """Count a file's article candidates and note where every ``size``-th one starts.

    Args:
        path: a ``.warc`` or ``.warc.gz`` file.
        size: candidates per shard.

    Returns:
        (number of candidates, byte offsets of candidates 1, size + 1, 2 * size + 1, ...).
    """
    n = 0
    offsets: list[int] = []
    with path.open("rb") as f:
        for offset, record in _iter(f):
            if _is_candidate(record):
                if n % size == 0:
                    offsets.append(offset)
                n += 1
    return n, offsets


def pages(path: Path, offset: int, first: int, count: int, limit: int) -> Iterator[Page]:
    """The article candidates ``first``, ``first + 1``... (``count`` of them) of a file.

    Args:
        path: a ``.warc`` or ``.warc.gz`` file.
        offset: byte offset of candidate ``first`` (from :func:`index`).
        first: its ordinal, from 1.
        count: how many candidates to read.
        limit: bodies larger than this many bytes are not read (an error instead).

    Yields:
        One :class:`Page` per candidate, in file order.
    """
    if count <= 0:
        return
    position = first
    with path.open("rb") as f:
        f.seek(offset)
        for rec_offset, record in _iter(f, offset):
            if not _is_candidate(record):
                continue
            headers = record.rec_headers  # type: ignore[attr-defined]
            date = (headers.get_header("WARC-Date") or "")[:10] or None
            page = Page(
                position=position,
                offset=rec_offset,
                url=headers.get_header("WARC-Target-URI"),
                date=date,
                charset=_charset(record),
            )
            try:
                body = record.content_stream().read(limit + 1)  # type: ignore[attr-defined]
            except Exception as exc:  # a broken encoding in one record: report it, go on
                page.error = f"unreadable WARC record: {type(exc).__name__}: {exc}"
            else:
                if len(body) > limit:
                    page.error = f"response larger than the limit of {limit:,} bytes"
                else:
                    page.body = body
            yield page
            position += 1
            if position >= first + count:
                return
