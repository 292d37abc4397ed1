"""JSON Lines input: one article per line, each line's errors reported on their own.

A line is an object with ``text`` or ``html`` and optional ``id``, ``url``,
``title``, ``published`` and ``language`` (``text`` wins when both are given).
Blank lines are skipped; a file without any line is an error. Lines are read one
at a time (a large batch is never held in memory) and a line longer than
``Options.max_bytes`` is skipped without being kept. A line that is not JSON, not
an object, or has a wrong field becomes an error record named ``file.jsonl:N``;
the other lines go on. Records without an ``id`` get ``file.jsonl:N`` as id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from sumber import lang
from sumber.errors import EmptyInputError, InputError, SumberError
from sumber.inputs.article import (
    Record,
    internal_error,
    make_article,
    normalise_date,
    os_error,
    too_large,
)
from sumber.inputs.decode import looks_binary
from sumber.model import Article


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


def read_lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
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


def jsonl_records(name: str, lines: Iterable[bytes | None], limit: int) -> Iterator[Record]:
    """One Record per non-blank line (None stands for a line over ``limit``), in order."""
    seen = False
    for lineno, raw in enumerate(lines, 1):
        where = f"{name}:{lineno}"
        if raw is None:
            seen = True
            yield Record(where, error=too_large(None, limit))
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
            yield Record(where, error=internal_error(exc), warnings=warnings)
            continue
        yield Record(where, article=article, warnings=warnings)
    if not seen:
        yield Record(name, error=EmptyInputError("empty input (no JSON lines)"))


def jsonl_file(path: Path, name: str, limit: int) -> Iterator[Record]:
    """The records of a JSON Lines file, one per non-blank line."""
    try:
        f = path.open("rb")
    except OSError as exc:
        yield Record(name, error=os_error(exc))
        return
    with f:
        try:
            head = f.peek(65536)[:65536] if hasattr(f, "peek") else b""
        except OSError as exc:
            yield Record(name, error=os_error(exc))
            return
        if looks_binary(head.removeprefix(b"\xef\xbb\xbf")):
            yield Record(name, error=InputError("binary data, not JSON Lines"))
            return
        try:
            yield from jsonl_records(name, read_lines(f, limit), limit)
        except OSError as exc:  # a read error part-way: report it, keep what came before
            yield Record(name, error=os_error(exc))
