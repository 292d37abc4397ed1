"""What ``sumber ingest`` reads: the inputs of ``sumber analyze``, plus analysed records.

Inputs are planned and read by :mod:`sumber.inputs.sources` (files, folders,
JSON Lines, HTML, URLs, stdin), so ``ingest`` accepts exactly what ``analyze``
does. One addition: a JSON line whose ``"schema"`` is ``"sumber/1"`` is an
already-analysed record (``sumber analyze`` output) and is stored as it is,
not re-analysed. Such lines are taken out of the stream before the JSON Lines
reader sees them (they become blank lines, which it skips while still counting
line numbers), so every other line keeps its usual handling and error messages.

Batch results are analysed records too: a ``sumber batch`` output folder (or one
of its ``articles/*.parquet`` files) is read by :mod:`sumber.batch.results`, its
``record`` column stored as it is, in the order of the batch's inputs.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sumber.errors import EmptyInputError, InputError, SumberError
from sumber.inputs import sources
from sumber.inputs.article import os_error
from sumber.inputs.decode import looks_binary
from sumber.inputs.jsonl import jsonl_records, read_lines
from sumber.model import SCHEMA, Article
from sumber.options import Options

#: Called with (kind, input name, message), kind "error" for every input that cannot be
#: read (it is skipped) and "warning" for notes (an encoding that was guessed).
Report = Callable[[str, str, str], None]


def _is_record(raw: bytes) -> dict[str, Any] | None:
    if b"sumber/1" not in raw or b'"schema"' not in raw:
        return None
    try:
        obj = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if isinstance(obj, dict) and obj.get("schema") == SCHEMA:
        return obj
    return None


def _split(
    name: str, lines: Iterable[bytes | None], limit: int, report: Report
) -> Iterator[Article | dict[str, Any]]:
    """Articles and records of a JSON Lines stream, in order."""
    stash: list[tuple[str, dict[str, Any]]] = []

    def filtered() -> Iterator[bytes | None]:
        for lineno, raw in enumerate(lines, 1):
            obj = _is_record(raw) if raw is not None else None
            if obj is None:
                yield raw
            else:
                stash.append((f"{name}:{lineno}", obj))
                yield b"\n"

    def flush() -> Iterator[dict[str, Any]]:
        while stash:
            where, obj = stash.pop(0)
            if not isinstance(obj.get("text"), str) or not obj["text"].strip():
                report("error", where, 'sumber/1 record without "text"')
                continue
            if not obj.get("id") and not obj.get("url"):
                obj = {**obj, "id": where}
            yield obj

    found = 0
    for record in jsonl_records(name, filtered(), limit):
        found += len(stash)
        yield from flush()
        if found and record.name == name and isinstance(record.error, EmptyInputError):
            continue  # "no JSON lines": they were all records, taken out above
        for warning in record.warnings:
            report("warning", record.name, warning)
        if record.article is None:
            message = record.error.message if record.error else "nothing to store"
            report("error", record.name, message)
        else:
            yield record.article
    yield from flush()


def _jsonl(item: sources.Input, limit: int, report: Report) -> Iterator[Article | dict[str, Any]]:
    assert item.path is not None
    try:
        f = item.path.open("rb")
    except OSError as exc:
        report("error", item.name, os_error(exc).message)
        return
    with f:
        if looks_binary(f.peek(65536)[:65536].removeprefix(b"\xef\xbb\xbf")):
            report("error", item.name, "binary data, not JSON Lines")
            return
        try:
            yield from _split(item.name, read_lines(f, limit), limit, report)
        except OSError as exc:  # a read error part-way: report it, keep what came before
            report("error", item.name, os_error(exc).message)


def _batch_results(given: str) -> list[sources.Input] | None:
    """The articles files of a batch output folder or a ``.parquet`` file; None for others."""
    from pathlib import Path

    path = Path(given)
    if given == "-" or "://" in given:
        return None
    if path.suffix.lower() == ".parquet" and not path.is_dir():
        return [sources.Input(name=given, kind="parquet", path=path)]
    from sumber.batch import results

    if not results.is_results(path):
        return None
    files = results.files(path)
    if not files:
        err = InputError("a sumber batch output folder without finished shards")
        return [sources.Input(name=given, kind="error", error=err)]
    return [
        sources.Input(name=str(Path(given) / "articles" / f.name), kind="parquet", path=f)
        for f in files
    ]


def plan(inputs: Iterable[str], options: Options, notes: list[str]) -> list[sources.Input]:
    """The inputs to read (see :func:`sumber.inputs.sources.plan`), batch results included."""
    out: list[sources.Input] = []
    for given in inputs:
        found = _batch_results(given)
        out.extend(found if found is not None else sources.plan([given], options, notes))
    return out


def _parquet(item: sources.Input, report: Report) -> Iterator[dict[str, Any]]:
    assert item.path is not None
    try:
        from sumber.batch import results

        yield from results.records(item.path)
    except ImportError:
        report(
            "error", item.name, "reading batch results needs pyarrow: pip install 'sumber[batch]'"
        )
    except OSError as exc:
        report("error", item.name, os_error(exc).message)
    except ValueError as exc:
        report("error", item.name, str(exc))


def count(items: list[sources.Input]) -> int | None:
    """About how many articles the planned inputs hold (None when stdin makes it unknowable)."""
    total = 0
    for item in items:
        if item.kind == "stdin-jsonl":
            return None
        if item.kind == "parquet" and item.path is not None:
            try:
                from sumber.batch import results

                total += results.count([item.path])
            except Exception:  # unreadable: reported when read
                total += 1
        elif item.kind == "jsonl" and item.path is not None:
            try:
                with item.path.open("rb") as f:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
            except OSError:
                total += 1
        else:
            total += 1
    return total


def read(
    items: list[sources.Input], options: Options, report: Report
) -> Iterator[Article | dict[str, Any]]:
    """Unanalysed Articles and analysed ``sumber/1`` records, one per readable article.

    Args:
        items: from :func:`plan`.
        options: ``max_bytes`` and ``fetch_timeout`` apply.
        report: called for every input or line that cannot be read; reading goes on.
    """
    limit = options.max_bytes
    for item in items:
        if item.kind == "jsonl":
            yield from _jsonl(item, limit, report)
        elif item.kind == "parquet":
            yield from _parquet(item, report)
        elif item.kind == "stdin-jsonl":
            head: list[bytes | None] = list(item.head)
            rest = read_lines(sys.stdin.buffer, limit)
            yield from _split(item.name, itertools.chain(head, rest), limit, report)
        else:
            for record in sources.records([item], options):
                for warning in record.warnings:
                    report("warning", record.name, warning)
                if record.article is None:
                    err = record.error or InputError("nothing to store")
                    message = err.message if isinstance(err, SumberError) else str(err)
                    report("error", record.name, message)
                else:
                    yield record.article
