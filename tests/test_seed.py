"""Regression test on the project's first article (read from ../shared; skipped without it).

The targets are the issue's: all 13 gold attributions with the right source,
all dates right, the phone-call claim asserted (hedged) by the anonymous source
and denied by the Kremlin spokesman, boilerplate marked and the URL kept.
"""

from pathlib import Path

import pytest

import sumber

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seed"
TEXT = SEED / "kremlin-denies-call.id.txt"
GOLD = SEED / "kremlin-denies-call.id.gold.json"

pytestmark = pytest.mark.skipif(not TEXT.exists(), reason="../shared is not present")


@pytest.fixture(scope="module")
def report() -> dict:
    from sumber.evaluate import evaluate

    return evaluate(str(GOLD))


@pytest.fixture(scope="module")
def article() -> sumber.Article:
    return sumber.analyze(TEXT.read_text(encoding="utf-8"), published="2024-11-12")


def test_every_gold_attribution_with_its_source(report: dict) -> None:
    assert report["content@0.5"]["tp"] == 13
    assert report["content@0.5"]["fn"] == 0
    assert report["attribution+source@0.5"]["tp"] == 13
    assert report["source_accuracy"] == 1.0


def test_every_date_right(report: dict) -> None:
    assert report["time_values"]["right"] == report["time_values"]["n"] == 7


def test_claims_and_stances(report: dict) -> None:
    assert report["claims"]["found"] == report["claims"]["n"]
    assert report["claims"]["stances_found"] == report["claims"]["stances_n"]


def test_phone_call_is_disputed(article: sumber.Article) -> None:
    names = {e.id: e.name for e in article.entities}
    calls = [
        c
        for c in article.claims
        if c.event == "phone_call"
        and {names[p] for p in c.participants} == {"Donald Trump", "Vladimir Putin"}
    ]
    assert len(calls) == 1
    call = calls[0]
    assert call.status == "disputed"
    assert call.date == "2024-11-07"
    anonymous = [s for s in call.stances if s.holder == "anonymous"]
    assert anonymous and anonymous[0].stance == "asserts" and anonymous[0].hedged
    assert {names[v] for v in anonymous[0].via} == {"Washington Post"}
    deniers = {names.get(s.holder) for s in call.stances if s.stance == "denies"}
    assert deniers == {"Dmitry Peskov"}


def test_boilerplate_and_source_url(article: sumber.Article) -> None:
    marked = {article.text[b.span[0] : b.span[1]] for b in article.boilerplate}
    assert "[iklan_2]" in marked
    assert "Komentar (0)" in marked
    assert any(m.startswith("Sumber: https://") for m in marked)
    assert article.source_url and article.source_url.startswith("https://vtcnews.vn/")
    # nothing is analysed inside boilerplate
    for att in article.attributions:
        for s, e in att.content_spans:
            assert not article.is_boilerplate(s, e)


def test_without_published_date_no_year_is_invented() -> None:
    article = sumber.analyze(TEXT.read_text(encoding="utf-8"))
    values = {t.text: t.value for t in article.times}
    assert values["11 November"] == "--11-11"
    assert values["tahun 2019"] == "2019"
