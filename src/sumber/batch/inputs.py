"""A batch's inputs, cut into shards: which files, which records, and reading them.

What a batch reads (local paths; shells expand ``news-*.warc.gz``):

- ``.jsonl`` / ``.ndjson``, plain or gzip-compressed (``.jsonl.gz``, ``.ndjson.gz``):
  one article per non-blank line, as for ``sumber analyze``;
- ``.warc`` / ``.warc.gz``: the HTML responses in it (:mod:`sumber.batch.warc`);
- folders: every file of those kinds and every ``.txt``, ``.text``, ``.html``,
  ``.htm`` and ``.xhtml`` file inside, recursively, sorted by path, hidden ones
  left out (other files are skipped with one note);
- ``.txt`` / ``.html`` files named directly.

A *unit* is one JSONL or WARC file, or the text and HTML files of one folder
(or all those named directly), in the order given. A *shard* is a range of a
unit's records (``--shard-size``, 1000 by default): lines ``start+1..stop``
of a JSONL file, HTML responses ``start+1..stop`` of a WARC file, or files
``start..stop-1`` of a folder's sorted list. The plan is deterministic: the same
inputs give the same shards, and a shard's id is a hash of what it reads
(the file's absolute path and size and the range; for folders, the paths and
sizes of its files), so a re-run finds the shards it already did, and a
changed file gets new ones.

Cutting JSONL and WARC files needs their record counts: :func:`index` reads a
file once (run in parallel on the workers) and notes the byte offset where each
shard starts, so a shard seeks straight to its first record. Gzip streams
cannot seek: a shard of a ``.jsonl.gz`` decompresses (and drops) the lines
before it, which costs a little CPU per shard (for very large gzip files,
prefer several files or a larger ``--shard-size``). The counts are cached in
the output folder (``_index/``), keyed by path, size, modification time and
shard size.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO

from sumber.errors import InputError, SumberError
from sumber.inputs import sources
from sumber.inputs.article import Record, internal_error, make_article, normalise_date, os_error
from sumber.inputs.jsonl import jsonl_records, read_lines
from sumber.options import Options

TEXT_SUFFIXES = sources.TEXT_SUFFIXES | sources.HTML_SUFFIXES
JSONL_NAMES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_NAMES = (".warc", ".warc.gz")


@dataclass(slots=True)
class Unit:
    """One thing to cut into shards.

    Attributes:
        name: how reports name it (the path as given, or a folder's file list).
        kind: "jsonl", "jsonl.gz", "warc" or "files".
        path: the file's absolute path ("jsonl", "warc").
        files: (name, absolute path, id) of each file, for "files".
    """

    name: str
    kind: str
    path: str | None = None
    files: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Shard:
    """A range of one unit's records: the unit of work, of output and of resuming.

    Attributes:
        id: stable id (a hash of what the shard reads).
        input: the unit's name.
        kind: the unit's kind.
        start: first record, 0-based (line ``start + 1``, response ``start + 1``, file ``start``).
        stop: one past the last.
        path: the file, for JSONL and WARC.
        offset: byte offset of the first record (plain JSONL, WARC).
        files: the files of this shard, for "files".
    """

    id: str
    input: str
    kind: str
    start: int
    stop: int
    path: str | None = None
    offset: int = 0
    files: list[tuple[str, str, str]] = field(default_factory=list)


def kind_of(path: Path) -> str | None:
    """A file's kind by its name: "jsonl", "jsonl.gz", "warc", "file", or None."""
    name = path.name.lower()
    if name.endswith(".gz"):
        inner = name[:-3]
        if inner.endswith((".jsonl", ".ndjson")):
            return "jsonl.gz"
        if inner.endswith(".warc"):
            return "warc"
        return None
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".warc"):
        return "warc"
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "file"
    return None


def _walk(root: Path) -> tuple[list[Path], int]:
    found: list[tuple[tuple[str, ...], Path]] = []
    skipped = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for fname in filenames:
            if fname.startswith("."):
                continue
            path = Path(dirpath) / fname
            if kind_of(path) is None:
                skipped += 1
            else:
                found.append((path.relative_to(root).parts, path))
    found.sort()
    return [p for _, p in found], skipped


def plan_units(inputs: list[str], notes: list[str]) -> list[Unit]:
    """The units of the named inputs, in order.

    Args:
        inputs: file and folder paths.
        notes: receives notes for the user (files skipped in folders).

    Returns:
        The units.

    Raises:
        InputError: an input is missing, unreadable, a URL or stdin, or of no known kind.
    """
    units: list[Unit] = []
    loose: list[tuple[str, str, str]] = []
    for given in inputs:
        if given == "-" or "://" in given:
            raise InputError(
                "sumber batch reads local files and folders (not URLs or stdin)", given
            )
        path = Path(given)
        try:
            st = path.stat()
        except OSError as exc:
            raise InputError(os_error(exc).message, given) from None
        if stat.S_ISDIR(st.st_mode):
            files, skipped = _walk(path)
            if skipped:
                notes.append(
                    f"{given}: skipped {skipped} file{'s' if skipped != 1 else ''} of no known "
                    "kind (.txt, .html, .jsonl[.gz], .warc[.gz])"
                )
            if not files:
                raise InputError("no .txt, .html, .jsonl or .warc files in this folder", given)
            group: list[tuple[str, str, str]] = []
            for f in files:
                rel = "/".join(f.relative_to(path).parts)
                name = str(Path(given) / rel)
                kind = kind_of(f)
                if kind == "file":
                    group.append((name, str(f.absolute()), rel))
                else:
                    assert kind is not None
                    units.append(Unit(name=name, kind=kind, path=str(f.absolute())))
            if group:
                units.append(Unit(name=given, kind="files", files=group))
            continue
        kind = kind_of(path)
        if kind is None:
            raise InputError(
                "not a known input kind (.txt, .html, .jsonl, .jsonl.gz, .warc, .warc.gz)", given
            )
        if kind == "file":
            loose.append((given, str(path.absolute()), given))
        else:
            units.append(Unit(name=given, kind=kind, path=str(path.absolute())))
    if loose:
        units.append(Unit(name="files named on the command line", kind="files", files=loose))
    return units


# --- indexing: record counts and shard offsets ---------------------------------------------


def _open(path: str, kind: str) -> IO[bytes]:
    if kind == "jsonl.gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")  # noqa: SIM115 - the caller closes it


def index(unit: Unit, size: int) -> tuple[int, list[int]]:
    """Count a JSONL or WARC unit's records; note the byte offset of every ``size``-th.

    Runs on a worker. For JSONL every line counts (blank ones are skipped when
    read), so line numbers stay those of the file.

    Returns:
        (records, byte offsets of records 0, size, 2 * size, ...); offsets are 0 for gzip JSONL.
    """
    assert unit.path is not None
    if unit.kind == "warc":
        from sumber.batch import warc

        return warc.index(Path(unit.path), size)
    n, pos = 0, 0
    offsets: list[int] = []
    gz = unit.kind == "jsonl.gz"
    at_start = True  # a line longer than the read size comes in pieces
    with _open(unit.path, unit.kind) as f:
        for piece in iter(lambda: f.readline(1 << 24), b""):
            if at_start and n % size == 0:
                offsets.append(0 if gz else pos)
            pos += len(piece)
            at_start = piece.endswith(b"\n")
            n += at_start
    if not at_start:
        n += 1  # a last line without a line break
    return n, offsets


def _hash(*parts: object) -> str:
    joined = "|".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def index_key(unit: Unit, size: int) -> str:
    """The cache key of a unit's index: path, size, modification time, shard size."""
    assert unit.path is not None
    st = os.stat(unit.path)
    return _hash("index/1", unit.kind, unit.path, st.st_size, st.st_mtime_ns, size)


def shards(unit: Unit, size: int, counted: tuple[int, list[int]] | None) -> list[Shard]:
    """A unit's shards, in order.

    Args:
        unit: from :func:`plan_units`.
        size: records per shard.
        counted: from :func:`index`, for JSONL and WARC units.
    """
    out: list[Shard] = []
    if unit.kind == "files":
        for start in range(0, len(unit.files), size):
            files = unit.files[start : start + size]
            sizes = [os.stat(p).st_size if os.path.exists(p) else -1 for _, p, _ in files]
            sid = _hash("files", unit.name, *[f[1] for f in files], *sizes)
            out.append(Shard(sid, unit.name, "files", start, start + len(files), files=files))
        return out
    assert unit.path is not None and counted is not None
    n, offsets = counted
    fsize = os.stat(unit.path).st_size
    for i, start in enumerate(range(0, max(n, 1), size)):
        stop = min(start + size, n)
        sid = _hash(unit.kind, unit.path, fsize, start, stop)
        offset = offsets[i] if i < len(offsets) else 0
        out.append(Shard(sid, unit.name, unit.kind, start, stop, path=unit.path, offset=offset))
    return out


# --- reading one shard ---------------------------------------------------------------------


@dataclass(slots=True)
class Item:
    """One record of a shard: where it is, and the article or the reason there is none."""

    position: int
    record: Record


def _jsonl_items(shard: Shard, options: Options) -> Iterator[Item]:
    assert shard.path is not None
    limit = options.max_bytes
    with _open(shard.path, shard.kind) as f:
        if shard.kind == "jsonl":
            f.seek(shard.offset)
        else:
            for _ in range(shard.start):  # gzip cannot seek: drop the lines before
                if not f.readline(1 << 24).endswith(b"\n"):
                    while True:
                        chunk = f.readline(1 << 24)
                        if not chunk or chunk.endswith(b"\n"):
                            break

        def lines() -> Iterator[bytes | None]:
            for _ in range(shard.start):
                yield b"\n"  # placeholders keep line numbers those of the file
            source = read_lines(f, limit)
            for _ in range(shard.stop - shard.start):
                line = next(source, b"")
                if line == b"":
                    return
                yield line

        for record in jsonl_records(shard.input, lines(), limit):
            if record.name == shard.input:  # "no JSON lines" is about the whole file
                if shard.start == 0 and shard.stop <= 1:
                    yield Item(0, record)
                continue
            yield Item(int(record.name.rsplit(":", 1)[1]), record)


def _warc_items(shard: Shard, options: Options) -> Iterator[Item]:
    from sumber.batch import warc

    assert shard.path is not None
    for page in warc.pages(
        Path(shard.path), shard.offset, shard.start + 1, shard.stop - shard.start, options.max_bytes
    ):
        name = f"{shard.input}:{page.position}"
        if page.error is not None or page.body is None:
            yield Item(page.position, Record(name, error=InputError(page.error or "no body")))
            continue
        warnings: list[str] = []
        try:
            article = make_article(
                page.body, html=True, declared=page.charset, url=page.url, warnings=warnings
            )
        except SumberError as exc:
            yield Item(page.position, Record(name, error=exc, warnings=warnings))
            continue
        except Exception as exc:  # a bug on one page must not end the shard
            yield Item(page.position, Record(name, error=internal_error(exc)))
            continue
        if not article.published and page.date:
            try:
                article.published = normalise_date(page.date)
            except ValueError:
                pass
        article.url = article.url or page.url
        yield Item(page.position, Record(name, article=article, warnings=warnings))


def _file_items(shard: Shard, options: Options) -> Iterator[Item]:
    items = [sources.Input(name=n, kind="file", path=Path(p), id=i) for n, p, i in shard.files]
    for pos, record in enumerate(sources.records(items, options), shard.start + 1):
        yield Item(pos, record)


def read(shard: Shard, options: Options) -> Iterator[Item]:
    """The records of one shard, in order, each an unanalysed article or an error.

    Args:
        shard: from :func:`shards`.
        options: ``max_bytes`` applies per record.
    """
    if shard.kind in ("jsonl", "jsonl.gz"):
        yield from _jsonl_items(shard, options)
    elif shard.kind == "warc":
        yield from _warc_items(shard, options)
    else:
        yield from _file_items(shard, options)


def to_json(shard: Shard) -> dict[str, object]:
    """A shard as a JSON-ready object (for the plan file)."""
    return asdict(shard)
