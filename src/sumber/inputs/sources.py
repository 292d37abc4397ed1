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
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sumber import lang
from sumber.errors import EmptyInputError, InputError, InputTooLargeError, SumberError
from sumber.inputs.decode import decode_bytes, looks_binary
from sumber.inputs.extract import declared_charset, extract_html, looks_like_html
from sumber.model import Article
from sumber.options import Options

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


@dataclass(slots=True)
class Record:
    """One article ready for the pipeline, or why there is none.

    Attributes:
        name: how messages name it (``file.jsonl:12``, a path, a URL, ``<stdin>``).
        article: the article, unanalysed; None when ``error`` is set.
        error: what went wrong reading it.
        warnings: notes for the user (an encoding that was guessed).
    """

    name: str
    article: Article | None = None
    error: SumberError | None = None
    warnings: list[str] = field(default_factory=list)


def normalise_date(value: str) -> str:
    """An ISO 8601 date or date-time as ``YYYY-MM-DD``.

    Args:
        value: "2024-11-12", or a date-time such as "2024-11-12T08:30:00+07:00".

    Returns:
        The date part, "2024-11-12".

    Raises:
        ValueError: when ``value`` is neither.
    """
    value = value.strip()
    try:
        return (
            date.fromisoformat(value).isoformat()
            if len(value) == 10
            else (datetime.fromisoformat(value).date().isoformat())
        )
    except ValueError:
        raise ValueError(f"invalid date {value!r} (expected YYYY-MM-DD)") from None


def _os_error(exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError("no such file or directory")
    if isinstance(exc, PermissionError):
        return InputError("permission denied")
    if isinstance(exc, IsADirectoryError):
        return InputError("is a directory")
    return InputError((exc.strerror or str(exc)).lower())


def _too_large(size: int | None, limit: int) -> InputTooLargeError:
    if size is None:
        return InputTooLargeError(
            f"input too large (more than the limit of {limit:,} bytes, see --max-bytes)"
        )
    return InputTooLargeError(
        f"input too large ({size:,} bytes; the limit is {limit:,} bytes, see --max-bytes)"
    )


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
            out.append(Input(name=given, kind="error", error=_os_error(exc)))
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
        raise _too_large(size, limit)
    return data


def _read_file(path: Path, limit: int) -> bytes:
    try:
        st = path.stat()
        if stat.S_ISREG(st.st_mode) and st.st_size > limit:
            raise _too_large(st.st_size, limit)
        with path.open("rb") as f:
            return read_limited(f, limit)
    except OSError as exc:
        raise _os_error(exc) from None


def make_article(
    data: bytes | str,
    *,
    html: bool | None = None,
    declared: str | None = None,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    language: str | None = None,
    warnings: list[str] | None = None,
) -> Article:
    """An unanalysed Article from an input's bytes or text.

    Args:
        data: raw bytes (decoded here; a UTF-8 byte-order mark is dropped) or text.
        html: True for HTML, False for plain text, None to sniff.
        declared: the encoding the container declared, if any.
        id: the record id.
        url: the article URL the user gave; HTML metadata fills it otherwise.
        title: the headline the user gave; HTML metadata fills it otherwise.
        published: publication date the user gave; HTML metadata fills it otherwise.
        language: ISO code the user gave.
        warnings: receives encoding warnings.

    Returns:
        The Article; for plain text its ``text`` is exactly the decoded input.

    Raises:
        SumberError: binary data, no text, or an HTML page without visible text.
    """
    if isinstance(data, bytes):
        if html is None:  # sniff before decoding, to know whether a <meta charset> counts
            head = data[:4096].removeprefix(b"\xef\xbb\xbf").decode("latin-1")
            html = True if looks_like_html(head) else None
        if html and declared is None:
            declared = declared_charset(data)
        decoded = decode_bytes(data, declared if html else None)
        if decoded.warning and warnings is not None:
            warnings.append(decoded.warning)
        text = decoded.text
    else:
        text = data
    if html is None:
        html = looks_like_html(text)
    if html:
        page = extract_html(text, url)
        text = page.text
        url = url or page.url
        title = title or page.title
        published = published or page.published
    elif not text.strip():
        raise EmptyInputError("empty input (nothing but white space)" if text else "empty input")
    return Article(text=text, id=id, url=url, title=title, published=published, language=language)


def _str_field(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if key == "id" and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InputError(f'"{key}" is not a string')
    return value


def _line_article(raw: bytes, name: str, warnings: list[str]) -> Article:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"line is not valid UTF-8 (byte {exc.start})") from None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        at = " " if exc.msg.endswith(" at") else " at "
        raise InputError(f"malformed JSON line: {exc.msg}{at}column {exc.colno}") from None
    except RecursionError:
        raise InputError("malformed JSON line: nested too deeply") from None
    if not isinstance(obj, dict):
        raise InputError("line is not a JSON object")
    text, html = _str_field(obj, "text"), _str_field(obj, "html")
    if text is None and html is None:
        raise InputError('line has neither "text" nor "html"')
    published = _str_field(obj, "published")
    if published:
        try:
            published = normalise_date(published)
        except ValueError as exc:
            raise InputError(f'"published": {exc}') from None
    language = _str_field(obj, "language")
    if language:
        language = language.strip().lower()
        lang.get(language)  # LanguageError for a language without a pack
    if text is not None:
        if not text.strip():
            raise EmptyInputError('"text" is empty')
        data: str = text
    else:
        data = html or ""
    return make_article(
        data,
        html=text is None,
        id=_str_field(obj, "id") or name,
        url=_str_field(obj, "url"),
        title=_str_field(obj, "title"),
        published=published,
        language=language or None,
        warnings=warnings,
    )


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of a stream; None for a line longer than ``limit`` (skipped, not kept)."""
    while True:
        line = stream.readline(limit + 2)
        if not line:
            return
        if len(line) >= limit + 2 and not line.endswith(b"\n"):
            while True:  # drop the rest of the over-long line
                chunk = stream.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _jsonl_records(name: str, lines: Iterable[bytes | None], limit: int) -> Iterator[Record]:
    seen = False
    for lineno, raw in enumerate(lines, 1):
        where = f"{name}:{lineno}"
        if raw is None:
            seen = True
            yield Record(where, error=_too_large(None, limit))
            continue
        if lineno == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        seen = True
        warnings: list[str] = []
        try:
            article = _line_article(raw.rstrip(b"\r\n"), where, warnings)
        except SumberError as exc:
            yield Record(where, error=exc, warnings=warnings)
            continue
        except Exception as exc:  # a bug while reading must not end the batch
            yield Record(where, error=_internal(exc), warnings=warnings)
            continue
        yield Record(where, article=article, warnings=warnings)
    if not seen:
        yield Record(name, error=EmptyInputError("empty input (no JSON lines)"))


def _jsonl_file(item: Input, limit: int) -> Iterator[Record]:
    assert item.path is not None
    try:
        f = item.path.open("rb")
    except OSError as exc:
        yield Record(item.name, error=_os_error(exc))
        return
    with f:
        try:
            head = f.peek(65536)[:65536] if hasattr(f, "peek") else b""
        except OSError as exc:
            yield Record(item.name, error=_os_error(exc))
            return
        if looks_binary(head.removeprefix(b"\xef\xbb\xbf")):
            yield Record(item.name, error=InputError("binary data, not JSON Lines"))
            return
        try:
            yield from _jsonl_records(item.name, _lines(f, limit), limit)
        except OSError as exc:  # a read error part-way: report it, keep what came before
            yield Record(item.name, error=_os_error(exc))


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
                raise _too_large(None, options.max_bytes)
            data = head + sys.stdin.buffer.read(options.max_bytes - len(head) + 1)
            if len(data) > options.max_bytes:
                raise _too_large(None, options.max_bytes)
            article = make_article(data, warnings=warnings)
        else:
            assert item.path is not None
            html = True if item.path.suffix.lower() in HTML_SUFFIXES else None
            data = _read_file(item.path, options.max_bytes)
            article = make_article(data, html=html, id=item.id, warnings=warnings)
    except SumberError as exc:
        return Record(item.name, error=exc, warnings=warnings)
    except OSError as exc:
        return Record(item.name, error=_os_error(exc), warnings=warnings)
    except Exception as exc:  # a bug while reading must not end the batch
        return Record(item.name, error=_internal(exc), warnings=warnings)
    return Record(item.name, article=article, warnings=warnings)


def _internal(exc: Exception) -> SumberError:
    if os.environ.get("SUMBER_DEBUG"):
        raise exc
    return SumberError(f"internal error: {type(exc).__name__}: {exc}")


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
            yield from _jsonl_file(item, limit)
        elif item.kind == "stdin-jsonl":
            head: list[bytes | None] = list(item.head)
            lines = _lines(sys.stdin.buffer, limit)
            yield from _jsonl_records(item.name, _chain(head, lines), limit)
        else:
            yield _one(item, options)


def _chain(head: list[bytes | None], rest: Iterator[bytes | None]) -> Iterator[bytes | None]:
    yield from head
    yield from rest
