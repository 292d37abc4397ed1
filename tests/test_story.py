"""Regression test on the 22-article story in nine languages (../shared; skipped without it).

The targets of the store and language issues: every article's language identified; both
gold claims linked across articles and disputed, with the gold holders on each side, in at
least the gold number of languages; the distractor (an older, unrelated quote) left out.
"""

from pathlib import Path

import pytest

STORY = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "corpus"
    / "stories"
    / "kremlin-trump-putin-call"
)

pytestmark = pytest.mark.skipif(not STORY.exists(), reason="../shared is not present")


@pytest.fixture(scope="module")
def report() -> dict:
    from sumber.evaluate import evaluate

    return evaluate(str(STORY))


def test_every_language_identified(report: dict) -> None:
    assert report["language_accuracy"] == 1.0


@pytest.mark.parametrize("claim", ["call", "kyiv-informed"])
def test_claim_disputed_with_its_holders(report: dict, claim: str) -> None:
    r = report["story_claims"][claim]
    assert r["found"] and r["status"] == "disputed"
    assert r["asserted_by_missed"] == []
    assert r["denied_by_missed"] == []
    assert len(r["languages"]) >= r["min_languages"]


def test_distractor_quote_stays_out(report: dict) -> None:
    row = report["per_article"]["id_kremlin-trump-putin-call_08"]
    assert row["distractors_violated"] == []
