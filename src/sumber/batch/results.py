"""Reading a batch's results back: the ``sumber/1`` records of its articles table.

``sumber ingest results/`` stores a batch's articles exactly as ingesting the
analysed JSONL would: the ``record`` column holds each article's whole
``sumber/1`` record, which the store keeps and links without analysing again.
Records come in plan order (the order of the inputs and of the records in
them: ``_batch.json``), then any other finished shards in the folder (from
earlier runs with other inputs) by file name, so linking sees the articles in
the same order as when ingesting the inputs directly. Single ``articles``
Parquet files can be ingested too.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sumber.batch.run import DONE, PLAN, is_done
from sumber.store.ingest import from_json

ARTICLES = "articles"


def is_results(path: Path) -> bool:
    """Whether ``path`` is a batch output folder (it has a plan or an articles table)."""
    return path.is_dir() and ((path / PLAN).is_file() or (path / ARTICLES).is_dir())


def files(root: Path) -> list[Path]:
    """The articles Parquet files of a batch output folder: finished shards, in plan order."""
    folder = root / ARTICLES
    present = {p.stem for p in folder.glob("*.parquet")} if folder.is_dir() else set()
    if not (root / DONE).is_dir():  # a copied articles table without the bookkeeping
        return [folder / f"{sid}.parquet" for sid in sorted(present)]
    planned: list[str] = []
    try:
        plan = json.loads((root / PLAN).read_text(encoding="utf-8"))
        planned = [str(s["id"]) for s in plan.get("shards") or []]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        pass
    ordered = [sid for sid in planned if sid in present] + sorted(present - set(planned))
    return [folder / f"{sid}.parquet" for sid in ordered if is_done(root, sid)]


def count(paths: list[Path]) -> int:
    """How many articles the files hold (from their metadata)."""
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(p).metadata.num_rows for p in paths)


class Groups:
    """The records of articles files handed over one at a time (``sumber batch --db``), let
    out in whole groups of the store's transaction.

    A shard holds fewer articles than a group (:data:`sumber.store.GROUP`), and a larger
    group links each article for less, so the records wait until they fill whole groups.
    Files are read lazily: only the records being stored are in memory.
    """

    def __init__(self, group: int) -> None:
        self.group = group
        self.waiting: deque[Iterator[dict[str, Any]]] = deque()  # the files' records
        self.count = 0  # how many records wait (from the files' metadata)

    def add(self, path: Path, read: Iterator[dict[str, Any]] | None = None) -> None:
        """Let a file's records wait: ``read`` (default: :func:`records` of ``path``). An
        unreadable file counts no records; reading it raises, or ``read`` says why."""
        self.waiting.append(records(path) if read is None else read)
        try:
            self.count += count([path])
        except (OSError, ValueError):
            pass

    def whole(self) -> Iterator[dict[str, Any]]:
        """The waiting records that fill whole groups (none while they fill less than one)."""
        n = self.count - self.count % self.group
        self.count -= n
        return self._take(n)

    def rest(self) -> Iterator[dict[str, Any]]:
        """Every waiting record."""
        self.count = 0
        return self._take(None)

    def _take(self, n: int | None) -> Iterator[dict[str, Any]]:
        """The next ``n`` waiting records (all when None); the rest keep waiting."""
        while self.waiting and (n is None or n > 0):
            for record in self.waiting[0]:
                yield record
                if n is not None:
                    n -= 1
                    if n == 0:
                        return
            self.waiting.popleft()


def records(path: Path) -> Iterator[dict[str, Any]]:
    """The ``sumber/1`` records of one articles Parquet file, in row order.

    Raises:
        OSError: the file cannot be read.
        ValueError: it is not Parquet or has no ``record`` column.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except pa.ArrowException as exc:
        raise ValueError(f"not a Parquet file: {exc}") from None
    if "record" not in pf.schema_arrow.names:
        raise ValueError('no "record" column (not a sumber batch articles table)')
    for batch in pf.iter_batches(columns=["record"], batch_size=256):
        for value in batch.column(0).to_pylist():
            if value:
                yield from_json(value)
