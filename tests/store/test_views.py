"""The store's read views behind the web UI: one claim, search, most quoted, totals, pages."""

from __future__ import annotations

from typing import Any

import pytest

from sumber.store import Store


@pytest.fixture()
def filled(store_url: str, make_record: Any) -> Any:
    store = Store(store_url)
    for rid, day, stance, source in (
        ("r1", "2025-03-06", "asserts", "Nina Wulan"),
        ("r2", "2025-03-07", "denies", "Omar Faruq"),
        ("r3", "2025-03-08", "reports", "Nina Wulan"),
    ):
        store.ingest(
            make_record(
                rid,
                f"{source} on the call between Bima Santoso and Rudi Hartawan (100% sure).",
                published=day,
                url=f"https://example.org/{rid}",
                entities=[
                    ("e1", "Bima Santoso", "person", ["governor"], ["Bima Santoso"]),
                    ("e2", "Rudi Hartawan", "person", [], ["Rudi Hartawan"]),
                    ("e3", source, "person", [], [source]),
                ],
                attributions=[("a1", "e3", stance, "there was a call")],
                claims=[
                    {
                        "id": "c1",
                        "event": "phone_call",
                        "participants": ["e1", "e2"],
                        "date": "2025-03-03",
                        "stances": [("e3", stance, "a1")],
                    }
                ],
            )
        )
    yield store
    store.close()


def test_one_claim_with_its_articles(filled: Store) -> None:
    cid = filled.disputes()[0]["claim"]["id"]
    view = filled.claim(cid)
    assert view is not None and view["status"] == "disputed"
    assert [a["id"] for a in view["articles"]] == ["r1", "r2", "r3"]
    assert {st["attribution"] for st in view["stances"]} == {"a1"}
    assert filled.claim("nope") is None
    assert filled.statuses([cid, "nope"]) == {cid: "disputed"}


def test_most_quoted_and_totals(filled: Store) -> None:
    top = filled.most_quoted(5)
    assert top[0]["name"] == "Nina Wulan" and top[0]["attributions"] == 2
    assert top[0]["articles"] == 2
    assert filled.most_quoted(5, "organization") == []
    assert filled.totals() == {"articles": 3, "entities": 4, "claims": 1, "disputed": 1}


def test_search_is_case_insensitive_and_literal(filled: Store) -> None:
    found = filled.search("bima SANTOSO")
    assert [e["name"] for e in found["entities"]] == ["Bima Santoso"]
    assert {a["id"] for a in found["articles"]} == {"r1", "r2", "r3"}
    assert filled.search("100%")["articles"], "a % is a character, not a wildcard"
    assert filled.search("1_0")["articles"] == []
    assert filled.search("   ")["entities"] == []


def test_pages(filled: Store) -> None:
    assert [a["id"] for a in filled.articles(limit=2)] == ["r3", "r2"]
    assert [a["id"] for a in filled.articles(limit=2, offset=2)] == ["r1"]
    assert filled.claims(limit=1, offset=1) == []
    assert len(filled.disputes(limit=1)) == 1
