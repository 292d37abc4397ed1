"""Batch processing at corpus scale: many articles in, Parquet tables out, on Dask.

``sumber batch INPUTS --out results/`` reads JSONL (plain or gzip), WARC
(Common Crawl's news crawl) and folders of text and HTML files, cuts them
into shards (:mod:`sumber.batch.inputs`), analyses the shards in parallel on
Dask distributed workers (:mod:`sumber.batch.run`: a local cluster of one
process per core, or a running cluster with ``--scheduler``: the same code
path, the same result) and writes one row per article, entity, mention,
attribution, claim and stance to Parquet (:mod:`sumber.batch.tables`), with
the whole ``sumber/1`` record kept in the articles table so that ``sumber
ingest results/`` loads it into a store (:mod:`sumber.batch.results`; with
``sumber batch --db`` the driver does that as the shards finish). Bad records
go to ``errors/``; a re-run skips the shards already done. See
``docs/batch.md``.

The extras ``pyarrow``, ``dask[distributed]`` and ``warcio`` are needed
(``pip install 'sumber[batch]'``); :func:`require` says so in one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sumber.batch.run import Summary, batch, require

__all__ = ["Summary", "batch", "require"]


def __getattr__(name: str) -> Any:
    # the runner needs the extras: import it on first use, so that this package's
    # docstring and require() work without them
    if name in __all__:
        from sumber.batch import run

        return getattr(run, name)
    raise AttributeError(f"module 'sumber.batch' has no attribute {name!r}")
