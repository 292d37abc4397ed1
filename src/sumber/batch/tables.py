"""``sumber/1`` records flattened into Parquet tables, one row per thing found.

A batch writes seven tables, each a folder of Parquet files (one file per
shard, named by the shard id), readable as one dataset with
``pyarrow.dataset.dataset("results/entities")``, pandas, DuckDB or Spark:

``articles``
    One row per analysed article: its store id (``article_id``, the id
    :func:`sumber.store.ingest.article_id` gives it, so the tables join with a
    store loaded from them), where it came from (``input``, ``position``: line
    number for JSON Lines, ordinal of the HTML response for WARC, file path
    for folders), ``url``, ``language``, ``published``, ``title``, ``words``
    and the counts, and ``record``: the whole ``sumber/1`` record as JSON, so
    nothing is lost and ``sumber ingest results/`` can store it unchanged.
``entities``
    One row per entity of an article: local id, name, type, roles, mention count.
``mentions``
    One row per mention: the entity's local id, ``start``/``end`` offsets, text, kind.
``attributions``
    One row per attribution: source (entity, name, text, span, anonymous), cue
    (text, span), content (text, spans), kind, stance, conduit names, date.
``claims``
    One row per claim: event, participant ids, date, place, text, span, status.
``stances``
    One row per stance of a claim: holder, stance, attribution id, hedged, conduits.

Every row carries ``article_id``; local ids (``e1``, ``a3``, ``c1``) are the
record's own, unique within an article. Spans are ``[start, end)`` character
offsets into the article's ``text`` (in the ``record`` column): a missing span
is null. The schemas are fixed (:data:`SCHEMAS`), so an empty shard writes
empty tables of the same shape and the shards always read as one dataset.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from sumber.store.ingest import to_json

_STR = pa.string()
_INT = pa.int32()
_SPANS = pa.list_(pa.list_(_INT))

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("article_id", _STR),
            ("input", _STR),
            ("position", pa.int64()),
            ("url", _STR),
            ("language", _STR),
            ("published", _STR),
            ("title", _STR),
            ("words", pa.int64()),
            ("entities", _INT),
            ("attributions", _INT),
            ("claims", _INT),
            ("record", _STR),
        ]
    ),
    "entities": pa.schema(
        [
            ("article_id", _STR),
            ("entity_id", _STR),
            ("name", _STR),
            ("type", _STR),
            ("roles", pa.list_(_STR)),
            ("mentions", _INT),
        ]
    ),
    "mentions": pa.schema(
        [
            ("article_id", _STR),
            ("entity_id", _STR),
            ("start", _INT),
            ("end", _INT),
            ("text", _STR),
            ("kind", _STR),
        ]
    ),
    "attributions": pa.schema(
        [
            ("article_id", _STR),
            ("attribution_id", _STR),
            ("kind", _STR),
            ("stance", _STR),
            ("source_entity_id", _STR),
            ("source_name", _STR),
            ("source_text", _STR),
            ("source_start", _INT),
            ("source_end", _INT),
            ("anonymous", pa.bool_()),
            ("cue", _STR),
            ("cue_start", _INT),
            ("cue_end", _INT),
            ("content", _STR),
            ("content_spans", _SPANS),
            ("via", pa.list_(_STR)),
            ("date", _STR),
        ]
    ),
    "claims": pa.schema(
        [
            ("article_id", _STR),
            ("claim_id", _STR),
            ("event", _STR),
            ("participants", pa.list_(_STR)),
            ("date", _STR),
            ("place", _STR),
            ("text", _STR),
            ("start", _INT),
            ("end", _INT),
            ("status", _STR),
        ]
    ),
    "stances": pa.schema(
        [
            ("article_id", _STR),
            ("claim_id", _STR),
            ("position", _INT),
            ("holder", _STR),
            ("stance", _STR),
            ("attribution_id", _STR),
            ("hedged", pa.bool_()),
            ("via", pa.list_(_STR)),
        ]
    ),
}

#: The tables, in the order they are written.
TABLES = tuple(SCHEMAS)


def _span(value: Any) -> tuple[int | None, int | None]:
    if isinstance(value, list | tuple) and len(value) == 2:
        return int(value[0]), int(value[1])
    return None, None


class Rows:
    """The rows of one shard's tables, gathered article by article."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}

    def add(self, record: dict[str, Any], article_id: str, input: str, position: int) -> None:
        """Add one analysed article's rows.

        Args:
            record: the ``sumber/1`` record.
            article_id: its store id.
            input: the input it came from, as the user named it.
            position: where in that input (line, WARC response ordinal; 0 for a file).
        """
        aid = article_id
        ents = record.get("entities") or []
        atts = record.get("attributions") or []
        clms = record.get("claims") or []
        self.rows["articles"].append(
            {
                "article_id": aid,
                "input": input,
                "position": position,
                "url": record.get("url"),
                "language": record.get("language"),
                "published": record.get("published"),
                "title": record.get("title"),
                "words": len(str(record.get("text") or "").split()),
                "entities": len(ents),
                "attributions": len(atts),
                "claims": len(clms),
                "record": to_json(record),
            }
        )
        for e in ents:
            mentions = e.get("mentions") or []
            self.rows["entities"].append(
                {
                    "article_id": aid,
                    "entity_id": e.get("id"),
                    "name": e.get("name"),
                    "type": e.get("type"),
                    "roles": list(e.get("roles") or []),
                    "mentions": len(mentions),
                }
            )
            for m in mentions:
                start, end = _span(m.get("span"))
                self.rows["mentions"].append(
                    {
                        "article_id": aid,
                        "entity_id": e.get("id"),
                        "start": start,
                        "end": end,
                        "text": m.get("text"),
                        "kind": m.get("kind"),
                    }
                )
        for a in atts:
            src = a.get("source") or {}
            cue = a.get("cue") or {}
            content = a.get("content") or {}
            s_start, s_end = _span(src.get("span"))
            c_start, c_end = _span(cue.get("span"))
            self.rows["attributions"].append(
                {
                    "article_id": aid,
                    "attribution_id": a.get("id"),
                    "kind": a.get("kind"),
                    "stance": a.get("stance"),
                    "source_entity_id": src.get("entity"),
                    "source_name": src.get("name"),
                    "source_text": src.get("text"),
                    "source_start": s_start,
                    "source_end": s_end,
                    "anonymous": bool(src.get("anonymous")),
                    "cue": cue.get("text"),
                    "cue_start": c_start,
                    "cue_end": c_end,
                    "content": content.get("text"),
                    "content_spans": [list(sp) for sp in content.get("spans") or []],
                    "via": [v.get("name") for v in a.get("via") or []],
                    "date": a.get("date"),
                }
            )
        for c in clms:
            start, end = _span(c.get("span"))
            self.rows["claims"].append(
                {
                    "article_id": aid,
                    "claim_id": c.get("id"),
                    "event": c.get("event"),
                    "participants": list(c.get("participants") or []),
                    "date": c.get("date"),
                    "place": c.get("place"),
                    "text": c.get("text"),
                    "start": start,
                    "end": end,
                    "status": c.get("status"),
                }
            )
            for pos, st in enumerate(c.get("stances") or []):
                self.rows["stances"].append(
                    {
                        "article_id": aid,
                        "claim_id": c.get("id"),
                        "position": pos,
                        "holder": st.get("holder"),
                        "stance": st.get("stance"),
                        "attribution_id": st.get("attribution"),
                        "hedged": bool(st.get("hedged")),
                        "via": list(st.get("via") or []),
                    }
                )

    def table(self, name: str) -> pa.Table:
        """One table as Arrow, with its fixed schema."""
        return pa.Table.from_pylist(self.rows[name], schema=SCHEMAS[name])


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write a Parquet file so that it either exists whole or not at all.

    The file is written under a hidden temporary name in the same folder (dataset
    readers skip names starting with a dot), then renamed over ``path``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def table_path(out: Path, table: str, shard_id: str) -> Path:
    """Where one shard's part of one table lives."""
    return out / table / f"{shard_id}.parquet"
