"""What the user named, turned into articles: files, folders, JSON Lines, URLs, stdin.

:func:`plan` expands the command-line inputs (folders into their files, ``-``
into stdin, sniffed for JSON Lines) without reading whole files;
:func:`records` then reads them one at a time and yields one :class:`Record`
per article, in input order: an :class:`~sumber.model.Article` ready for the
pipeline, or the error that kept it from being one. A bad file or line never
stops the others.

Which input is what:

- ``http://`` / ``https://``: fetched (:mod:`sumber.inputs.fetch`); other schemes are refused.
- ``-``: stdin. JSON Lines when its first non-blank line is a JSON object (or starts
  with ``{"``), else one article.
- a folder: every ``.txt``, ``.text``, ``.html``, ``.htm``, ``.xhtml``, ``.jsonl`` and
  ``.ndjson`` file inside, recursively, sorted by path; hidden files and folders are
  left out, and other files are skipped (one note on stderr says how many).
- ``.jsonl`` / ``.ndjson`` files: one article per non-blank line (an object with
  ``text`` or ``html`` and optional ``id``, ``url``, ``title``, ``published``,
  ``language``; ``text`` wins when both are given). Blank lines are skipped; a file
  with no line at all is an error. ``Options.max_bytes`` applies per line.
- any other file: one article; HTML when named ``.html``/``.htm``/``.xhtml`` or when it
  starts with ``<!doctype html`` or ``<html``, plain text otherwise.

Record ids: a JSON line's ``id``, else ``file.jsonl:N``; a file's path as given (inside a
folder: its path relative to the folder); a URL itself; stdin none.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sumber.errors import InputError, SumberError
from sumber.inputs.article import (
    Record,
    internal_error,
    make_article,
    normalise_date,
    os_error,
    too_large,
)
from sumber.inputs.jsonl import jsonl_file, jsonl_records, read_lines
from sumber.options import Options

__all__ = ["Input", "Record", "is_single", "make_article", "normalise_date", "plan", "records"]

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FOLDER_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN_NAME = "<stdin>"
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


@dataclass(slots=True)
class Input:
    """One thing to read, before reading it.

    Attributes:
        name: how messages name it (path as given, URL, ``<stdin>``).
        kind: "file", "jsonl", "url", "stdin", "stdin-jsonl" or "error".
        path: the file, for files.
        id: the id its article gets (for "file", "url").
        error: why it cannot be read, for kind "error".
        head: bytes already read from stdin while sniffing it.
    """

    name: str
    kind: str
    path: Path | None = None
    id: str | None = None
    error: SumberError | None = None
    head: list[bytes] = field(default_factory=list)


def _folder(root: Path, given: str) -> tuple[list[Input], int]:
    found: list[tuple[tuple[str, ...], Path]] = []
    skipped = 0
    for dirpath, dirnames, filenames in os.walk(root, onerror=None, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for fname in filenames:
            if fname.startswith("."):
                continue
            path = Path(dirpath) / fname
            if path.suffix.lower() in FOLDER_SUFFIXES:
                found.append((path.relative_to(root).parts, path))
            else:
                skipped += 1
    found.sort()
    items = []
    for parts, path in found:
        rel = "/".join(parts)
        name = str(Path(given) / rel) if given not in (".", "./") else rel
        kind = "jsonl" if path.suffix.lower() in JSONL_SUFFIXES else "file"
        items.append(Input(name=name, kind=kind, path=path, id=rel))
    return items, skipped


def _sniff_stdin(stream: IO[bytes], limit: int) -> Input:
    head: list[bytes] = []
    while True:
        line = stream.readline(limit + 2)
        if not line:
            break
        head.append(line)
        stripped = line.removeprefix(b"\xef\xbb\xbf").strip() if len(head) == 1 else line.strip()
        if stripped:
            break
    first = head[-1].removeprefix(b"\xef\xbb\xbf").strip() if head else b""
    kind = "stdin"
    if first.startswith(b'{"'):  # no article starts so; a malformed first line is reported
        kind = "stdin-jsonl"
    elif first.startswith(b"{") and first.endswith(b"}"):
        try:
            kind = "stdin-jsonl" if isinstance(json.loads(first), dict) else "stdin"
        except ValueError:
            pass
    return Input(name=STDIN_NAME, kind=kind, head=head)


def plan(inputs: Iterable[str], options: Options, notes: list[str] | None = None) -> list[Input]:
    """Expand command-line inputs into the things to read, in order.

    Args:
        inputs: paths, folders, URLs, or ``-`` for stdin.
        options: settings (``max_bytes`` bounds the stdin sniff).
        notes: when given, receives notes for the user (files skipped in folders).

    Returns:
        One :class:`Input` per file, URL or stdin; unreadable ones have kind "error".
    """
    out: list[Input] = []
    for given in inputs:
        if given == "-":
            stream = getattr(sys.stdin, "buffer", None)
            if stream is None:
                err = InputError("no standard input to read")
                out.append(Input(name=STDIN_NAME, kind="error", error=err))
            else:
                out.append(_sniff_stdin(stream, options.max_bytes))
            continue
        m = _SCHEME_RE.match(given)
        if m:
            if m.group(1).lower() in ("http", "https"):
                out.append(Input(name=given, kind="url", id=given))
            else:
                err = InputError(f"unsupported URL scheme {m.group(1)!r} (only http and https)")
                out.append(Input(name=given, kind="error", error=err))
            continue
        path = Path(given)
        try:
            st = path.stat()
        except OSError as exc:
            out.append(Input(name=given, kind="error", error=os_error(exc)))
            continue
        if stat.S_ISDIR(st.st_mode):
            items, skipped = _folder(path, given)
            if not items:
                err = InputError("no .txt, .html, .htm or .jsonl files in this folder")
                out.append(Input(name=given, kind="error", error=err))
            out.extend(items)
            if skipped and notes is not None:
                notes.append(
                    f"{given}: skipped {skipped} file{'s' if skipped != 1 else ''} not named "
                    ".txt, .html, .htm or .jsonl"
                )
            continue
        kind = "jsonl" if path.suffix.lower() in JSONL_SUFFIXES else "file"
        out.append(Input(name=given, kind=kind, path=path, id=given))
    return out


def is_single(items: list[Input]) -> bool:
    """Whether the plan is one plain article (JSON output) rather than a batch (JSON Lines)."""
    return len(items) == 1 and items[0].kind in ("file", "url", "stdin", "error")


def read_limited(stream: IO[bytes], limit: int, size: int | None = None) -> bytes:
    """Read at most ``limit`` bytes, refusing more without reading it all.

    Raises:
        InputTooLargeError: when the stream holds more than ``limit`` bytes.
    """
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(size, limit)
    return data


def _read_file(path: Path, limit: int) -> bytes:
    try:
        st = path.stat()
        if stat.S_ISREG(st.st_mode) and st.st_size > limit:
            raise too_large(st.st_size, limit)
        with path.open("rb") as f:
            return read_limited(f, limit)
    except OSError as exc:
        raise os_error(exc) from None


def _one(item: Input, options: Options) -> Record:
    from sumber.inputs.fetch import fetch

    warnings: list[str] = []
    try:
        if item.kind == "error":
            assert item.error is not None
            raise item.error
        if item.kind == "url":
            page = fetch(item.name, options)
            article = make_article(
                page.data,
                html=page.html,
                declared=page.charset,
                id=item.id,
                url=item.name,
                warnings=warnings,
            )
        elif item.kind == "stdin":
            head = b"".join(item.head)
            if len(head) > options.max_bytes:
                raise too_large(None, options.max_bytes)
            data = head + sys.stdin.buffer.read(options.max_bytes - len(head) + 1)
            if len(data) > options.max_bytes:
                raise too_large(None, options.max_bytes)
            article = make_article(data, warnings=warnings)
        else:
            assert item.path is not None
            html = True if item.path.suffix.lower() in HTML_SUFFIXES else None
            data = _read_file(item.path, options.max_bytes)
            article = make_article(data, html=html, id=item.id, warnings=warnings)
    except SumberError as exc:
        return Record(item.name, error=exc, warnings=warnings)
    except OSError as exc:
        return Record(item.name, error=os_error(exc), warnings=warnings)
    except Exception as exc:  # a bug while reading must not end the batch
        return Record(item.name, error=internal_error(exc), warnings=warnings)
    return Record(item.name, article=article, warnings=warnings)


def records(items: list[Input], options: Options) -> Iterator[Record]:
    """Read the planned inputs one at a time: one Record per article, in order.

    Args:
        items: from :func:`plan`.
        options: ``max_bytes`` and ``fetch_timeout`` apply.

    Yields:
        A :class:`Record` per article (per JSON line for JSON Lines), or per failure.
    """
    limit = options.max_bytes
    for item in items:
        if item.kind == "jsonl":
            assert item.path is not None
            yield from jsonl_file(item.path, item.name, limit)
        elif item.kind == "stdin-jsonl":
            head: list[bytes | None] = list(item.head)
            lines = read_lines(sys.stdin.buffer, limit)
            yield from jsonl_records(item.name, _chain(head, lines), limit)
        else:
            yield _one(item, options)


def _chain(head: list[bytes | None], rest: Iterator[bytes | None]) -> Iterator[bytes | None]:
    yield from head
    yield from rest
