"""The JSON API and the pages' JSON twins, through a test client."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from sumber.store import Store

REPORT = (
    "Senator Maria Lopez said on Tuesday that the budget talks had collapsed. "
    '"We are not going to sign this," Lopez told reporters.\n'
)


@pytest.fixture()
def fresh(tmp_path: Path) -> Any:
    """A client over an empty store of its own (for tests that write)."""
    from fastapi.testclient import TestClient

    from sumber.web import create_app

    app = create_app(f"sqlite:///{tmp_path / 'fresh.db'}", max_body=200_000)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize(
    "path",
    ["/", "/disputes", "/claims", "/articles", "/entities", "/search?q=call", "/analyze"],
)
def test_pages_answer(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")


def test_json_twins_hold_the_store_data(
    client: Any, store_url: str, example_ids: list[str]
) -> None:
    with Store(store_url) as store:
        assert client.get("/disputes.json").json() == store.disputes(limit=50)
        assert client.get("/articles.json").json() == store.articles(limit=50)
        assert client.get("/claims.json?event=phone_call").json() == store.claims(
            event="phone_call", limit=50
        )
        dispute = store.disputes()[0]
        cid = dispute["claim"]["id"]
        assert client.get(f"/claims/{cid}.json").json() == store.claim(cid)
        holder = next(st["holder"]["id"] for st in dispute["stances"] if st["holder"]["id"])
        assert client.get(f"/entities/{holder}.json").json() == store.entity(holder)
        aid = example_ids[0]
        assert client.get(f"/articles/{aid}.json").json() == store.article(aid)


def test_the_examples_show_a_dispute_on_its_page(client: Any) -> None:
    disputes = client.get("/disputes.json").json()
    assert disputes, "the bundled examples dispute a claim"
    claim = disputes[0]
    assert claim["status"] == "disputed"
    stances = {st["stance"] for st in claim["stances"]}
    assert "denies" in stances and stances & {"asserts", "reports", "hedges"}
    page = client.get(f"/claims/{claim['claim']['id']}").text
    assert "col-denies" in page and "Timeline" in page
    for st in claim["stances"]:
        if st["holder"]["id"]:
            assert f"/entities/{st['holder']['id']}" in page


def test_article_ids_with_slashes(client: Any, hostile: dict[str, Any]) -> None:
    aid = hostile["id"]
    assert "/" in aid
    r = client.get(f"/articles/{quote(aid, safe='')}.json")
    assert r.status_code == 200 and r.json()["id"] == aid
    assert client.get(f"/articles/{quote(aid, safe='')}").status_code == 200


def test_entity_page_by_name_and_alias(client: Any) -> None:
    r = client.get("/entities/Helen%20Park.json")
    assert r.status_code == 200
    view = r.json()
    assert view["name"] == "Helen Park"
    assert any(s["stance"] == "denies" for s in view["said"])


def test_search_finds_people_claims_and_articles(client: Any) -> None:
    result = client.get("/search.json", params={"q": "helen park"}).json()
    assert any(e["name"] == "Helen Park" for e in result["entities"])
    assert result["claims"] and result["articles"]
    assert client.get("/search.json", params={"q": "100%_"}).json()["entities"] == []


def test_paging(client: Any) -> None:
    first = client.get("/articles.json?limit=2").json()
    second = client.get("/articles.json?limit=2&offset=2").json()
    assert len(first) == 2 and len(second) >= 1
    assert not {a["id"] for a in first} & {a["id"] for a in second}
    assert client.get("/articles.json?limit=0").status_code == 422


@pytest.mark.parametrize(
    "path", ["/articles/nope.json", "/claims/nope.json", "/entities/Nobody%20Here.json"]
)
def test_missing_things_are_json_404s(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert r.json()["error"]["status"] == 404
    assert "nope" in r.json()["error"]["message"].lower() or "nobody" in r.text.lower()


def test_missing_page_is_an_html_404(client: Any) -> None:
    r = client.get("/articles/nope")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "Traceback" not in r.text


def test_analyze_json_text_and_html_bodies(fresh: Any) -> None:
    r = fresh.post("/api/analyze", json={"text": REPORT, "published": "2025-02-04"})
    assert r.status_code == 200
    record = r.json()
    assert record["schema"] == "sumber/1" and record["language"] == "en"
    assert any(a["source"]["name"] == "Maria Lopez" for a in record["attributions"])
    plain = fresh.post(
        "/api/analyze?published=2025-02-04",
        content=REPORT.encode(),
        headers={"content-type": "text/plain; charset=utf-8"},
    ).json()
    assert plain["text"] == REPORT and plain["published"] == "2025-02-04"
    html = (
        "<html><head><title>Talks</title></head>"
        f"<body><article><p>{REPORT}</p></article></body></html>"
    )
    page = fresh.post("/api/analyze", content=html, headers={"content-type": "text/html"})
    assert page.status_code == 200 and "budget talks" in page.json()["text"]
    assert fresh.get("/articles.json").json() == [], "analyze stores nothing"


@pytest.mark.parametrize(
    ("kwargs", "status", "words"),
    [
        ({"json": {}}, 400, "nothing to analyse"),
        ({"json": {"text": "   "}}, 400, "empty"),
        ({"json": {"text": 5}}, 422, "text"),
        ({"json": [1, 2]}, 422, "object"),
        ({"content": b"{oops", "headers": {"content-type": "application/json"}}, 422, "json"),
        (
            {"content": b"\x00\x01\x02\x03", "headers": {"content-type": "text/plain"}},
            400,
            "binary",
        ),
        ({"content": b"x", "headers": {"content-type": "image/png"}}, 415, "content type"),
        ({"json": {"text": "Hello there.", "published": "someday"}}, 400, "date"),
        ({"json": {"text": "Hello there.", "language": "xx"}}, 400, "language"),
        ({"json": {"url": "file:///etc/passwd"}}, 400, "http"),
        ({"json": {"text": "x" * 300_000}}, 413, "too large"),
    ],
)
def test_analyze_errors_are_one_clear_json_line(
    fresh: Any, kwargs: dict[str, Any], status: int, words: str
) -> None:
    r = fresh.post("/api/analyze", **kwargs)
    assert r.status_code == status
    message = r.json()["error"]["message"]
    assert words in message.lower()
    assert "\n" not in message and "Traceback" not in r.text


def test_ingest_stores_links_and_is_idempotent(fresh: Any) -> None:
    body = {"id": "senate/1", "text": REPORT, "published": "2025-02-04"}
    first = fresh.post("/api/ingest", json=body)
    assert first.status_code == 200
    assert first.json() == {
        "article_id": "senate/1",
        "status": "inserted",
        "page": "/articles/senate%2F1",
    }
    assert fresh.post("/api/ingest", json=body).json()["status"] == "unchanged"
    assert fresh.get(first.json()["page"]).status_code == 200
    assert [a["id"] for a in fresh.get("/articles.json").json()] == ["senate/1"]
    assert fresh.get("/entities/Maria%20Lopez.json").status_code == 200


def test_ingest_takes_a_sumber_record(fresh: Any) -> None:
    record = fresh.post("/api/analyze", json={"text": REPORT, "id": "rec-1"}).json()
    r = fresh.post("/api/ingest", json=record)
    assert r.status_code == 200 and r.json()["article_id"] == "rec-1"
    stored = fresh.get("/articles/rec-1.json").json()
    assert stored["attributions"] == record["attributions"]


def test_analyze_form_shows_and_stores(fresh: Any) -> None:
    shown = fresh.post("/analyze", data={"text": REPORT, "published": "2025-02-04"})
    assert shown.status_code == 200
    assert 'class="m-content st-' in shown.text and "not stored" in shown.text
    assert fresh.get("/articles.json").json() == []
    stored = fresh.post("/analyze", data={"text": REPORT, "store": "1"}, follow_redirects=False)
    assert stored.status_code == 303
    assert stored.headers["location"].startswith("/articles/")
    assert fresh.get(stored.headers["location"]).status_code == 200


def test_analyze_form_error_keeps_what_was_typed(fresh: Any) -> None:
    r = fresh.post("/analyze", data={"text": "Some words.", "published": "tomorrow-ish"})
    assert r.status_code == 400
    assert "invalid date" in r.text and "Some words." in r.text


def test_openapi_describes_the_api(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in (
        "/api/analyze",
        "/api/ingest",
        "/disputes.json",
        "/articles.json",
        "/articles/{aid}.json",
        "/claims/{cid}.json",
        "/entities/{eid}.json",
        "/search.json",
    ):
        assert path in paths, path
    body = paths["/api/analyze"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain", "text/html"} <= set(body)
    assert "AnalyzeRequest" in spec["components"]["schemas"]
