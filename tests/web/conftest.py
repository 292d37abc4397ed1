"""Fixtures for the web tests: a store holding the bundled examples and a hostile article.

The hostile article is ours: its headline, quotes and URL carry markup and script that a
page must show as text, never run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles.jsonl"

HOSTILE_ID = "hostile/1"
HOSTILE_TEXT = (
    "Mayor <script>alert('x')</script> denies phone call\n\n"
    "Mayor Helen Park denied on Friday that she had a phone call with developer Marcus Reed. "
    '"There was no call <img src=x onerror=alert(1)>, none at all," Park said.\n'
)
HOSTILE = {
    "id": HOSTILE_ID,
    "url": "javascript:alert(document.cookie)",
    "title": "<b onmouseover=alert(2)>Mayor denies</b>",
    "published": "2025-03-08",
    "language": "en",
    "text": HOSTILE_TEXT,
}


def examples() -> list[dict[str, Any]]:
    """The bundled example articles (written for sumber)."""
    return [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def hostile() -> dict[str, Any]:
    """The hostile article (see the module docstring)."""
    return dict(HOSTILE)


@pytest.fixture(scope="session")
def example_ids() -> list[str]:
    """The ids of the bundled examples."""
    return [r["id"] for r in examples()]


@pytest.fixture(scope="session")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An SQLite store with the examples and the hostile article, shared by the session."""
    from sumber.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}"
    with Store(url) as store:
        store.ingest_many([*examples(), HOSTILE])
    return url


@pytest.fixture(scope="session")
def app(store_url: str) -> Any:
    from sumber.web import create_app

    return create_app(store_url)


@pytest.fixture()
def client(app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
