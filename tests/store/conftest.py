"""Fixtures for the store tests: a fresh database per test, on SQLite and on PostgreSQL.

``store_url`` runs each test twice: on an SQLite file in a temporary folder, and
on PostgreSQL when ``SUMBER_TEST_POSTGRES`` names a server
(``postgresql://sumber@127.0.0.1:5432/sumber_test``; ``.ci/run`` starts one),
in a schema of its own that is dropped afterwards. Without the variable the
PostgreSQL runs skip; with it and ``CI=true``, an unreachable server fails them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

PG_ENV = "SUMBER_TEST_POSTGRES"

# Articles written for these tests: an Indonesian report of a call and an English denial
# of the same call, naming the people identically; and a report of another call.
ID_REPORT = (
    "Gubernur dituding menelepon pengusaha\n\n"
    "Harian Suara Timur melaporkan bahwa Gubernur Bima Santoso melakukan panggilan telepon "
    "dengan pengusaha Rudi Hartawan pada 3 Maret, sehari sebelum izin pelabuhan terbit.\n"
)
EN_DENIAL = (
    "Governor's office denies call report\n\n"
    "The governor's spokesperson, Nina Wulan, denied that Bima Santoso had a phone call with "
    'Rudi Hartawan on March 3. "There was no such call," Wulan said.\n'
)
ID_OTHER_CALL = (
    "Harian Suara Timur melaporkan bahwa Gubernur Bima Santoso melakukan panggilan telepon "
    "dengan pengusaha Rudi Hartawan pada 20 Agustus.\n"
)


def _pg_url(base: str) -> str:
    if base.startswith("postgresql+psycopg://"):
        return base
    for plain in ("postgresql://", "postgres://"):
        if base.startswith(plain):
            return "postgresql+psycopg://" + base[len(plain) :]
    return base


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL for a fresh, empty store."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (e.g. postgresql://sumber@127.0.0.1:5432/sumber_test)")
    pytest.importorskip("psycopg")
    from sqlalchemy import create_engine, text

    engine = create_engine(_pg_url(base))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001
        engine.dispose()
        message = f"PostgreSQL at {base} unreachable: {str(exc).splitlines()[0]}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    schema = "t_" + uuid.uuid4().hex[:12]
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options={quote('-csearch_path=' + schema)}"
    finally:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()


def record(
    rid: str,
    text: str,
    *,
    language: str = "en",
    published: str | None = "2025-03-06",
    url: str | None = None,
    entities: list[tuple[str, str, str, list[str], list[str]]] = (),  # type: ignore[assignment]
    attributions: list[tuple[str, str | None, str, str]] = (),  # type: ignore[assignment]
    claims: list[dict[str, Any]] = (),  # type: ignore[assignment]
) -> dict[str, Any]:
    """A small hand-made sumber/1 record.

    Args:
        entities: (id, name, type, roles, name-mention texts).
        attributions: (id, source entity id or None for anonymous, stance, content text).
        claims: {id, event, participants, date, stances: [(holder, stance, attribution)]}.
    """
    ents = [
        {
            "id": i,
            "name": n,
            "type": t,
            "roles": roles,
            "mentions": [{"span": [0, len(m)], "text": m, "kind": "name"} for m in ms],
        }
        for i, n, t, roles, ms in entities
    ]
    atts = [
        {
            "id": i,
            "source": {
                "entity": src,
                "name": None,
                "text": src or "sources",
                "span": [0, 1],
                "anonymous": src is None,
            },
            "cue": {"text": "said", "span": [2, 6]},
            "content": {"text": content, "spans": [[7, 7 + len(content)]]},
            "kind": "indirect",
            "stance": stance,
            "via": [],
            "date": None,
        }
        for i, src, stance, content in attributions
    ]
    clms = [
        {
            "id": c["id"],
            "event": c["event"],
            "participants": c["participants"],
            "date": c.get("date"),
            "place": None,
            "text": c.get("text", "a claim"),
            "span": [0, 5],
            "status": "unclear",
            "stances": [
                {
                    "holder": h,
                    "stance": s,
                    "attribution": a,
                    "hedged": False,
                    "via": c.get("via", []),
                }
                for h, s, a in c["stances"]
            ],
        }
        for c in claims
    ]
    return {
        "schema": "sumber/1",
        "id": rid,
        "url": url,
        "source_url": None,
        "language": language,
        "published": published,
        "title": None,
        "text": text,
        "boilerplate": [],
        "sentences": [[0, len(text)]],
        "entities": ents,
        "attributions": atts,
        "claims": clms,
        "times": [],
    }


@pytest.fixture()
def make_record() -> Any:
    """The :func:`record` builder, for tests (conftest is not importable as a module)."""
    return record


@pytest.fixture()
def texts() -> dict[str, str]:
    """The test articles written for these tests."""
    return {"id_report": ID_REPORT, "en_denial": EN_DENIAL, "id_other_call": ID_OTHER_CALL}
