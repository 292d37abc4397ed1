"""The times stage, language-neutral parts: the seed article, boilerplate, anchors, order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sumber.model import Article, Boilerplate
from sumber.times import anchor_date, find_times

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "corpus" / "seed"


def _seed() -> tuple[str, dict]:
    text_path = SEED / "kremlin-denies-call.id.txt"
    gold_path = SEED / "kremlin-denies-call.id.gold.json"
    if not (text_path.exists() and gold_path.exists()):
        pytest.skip(f"seed article not available at {SEED}")
    return text_path.read_text(encoding="utf-8"), json.loads(gold_path.read_text(encoding="utf-8"))


def test_seed_times_match_gold() -> None:
    text, gold = _seed()
    article = find_times(Article(text=text, language="id", published=gold["anchor_date"]))
    found = sorted((t.text, t.value) for t in article.times)
    expected = sorted((g["text"], g["value"]) for g in gold["times"])
    assert found == expected
    grains = {t.value: t.grain for t in article.times}
    assert all(
        grains[g["value"]] == "duration" for g in gold["times"] if g.get("kind") == "duration"
    )


def test_seed_without_anchor_keeps_dates_partial() -> None:
    text, gold = _seed()
    article = find_times(Article(text=text, language="id", published=None))
    values = [t.value for t in article.times]
    assert "--11-11" in values and "--11-07" in values
    assert not any(v and v.startswith("2024") for v in values)  # no year invented


def test_spans_index_the_text_in_order() -> None:
    text = "Kemarin, 3 Maret 2023, dan tahun 1999 serta dalam waktu 2 jam."
    article = find_times(Article(text=text, language="id", published="2024-11-12"))
    assert [t.text for t in article.times] == [
        "Kemarin",
        "3 Maret 2023",
        "tahun 1999",
        "dalam waktu 2 jam",
    ]
    for t in article.times:
        assert text[t.span[0] : t.span[1]] == t.text
    starts = [t.span[0] for t in article.times]
    assert starts == sorted(starts)


def test_boilerplate_is_skipped() -> None:
    text = "Rapat digelar 7 November.\n(Foto: arsip 8 November 2020)"
    credit = text.index("(Foto")
    article = Article(
        text=text,
        language="id",
        published="2024-11-12",
        boilerplate=[Boilerplate(span=(credit, len(text)), kind="credit")],
    )
    assert [t.text for t in find_times(article).times] == ["7 November"]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2024-11-12", "2024-11-12"),
        ("2024-11-11T08:00:00Z", "2024-11-11"),
        (" 2024-11-11 ", "2024-11-11"),
        ("kemarin", None),
        ("", None),
        (None, None),
    ],
)
def test_anchor_date(published: str | None, expected: str | None) -> None:
    anchor = anchor_date(published)
    assert (anchor.isoformat() if anchor else None) == expected


def test_published_with_time_anchors_relative_dates() -> None:
    article = Article(text="Yesterday it rained.", language="en", published="2024-11-11T08:00:00Z")
    assert [t.value for t in find_times(article).times] == ["2024-11-10"]


@pytest.mark.parametrize("language", [None, "xx"])
def test_language_without_pack_finds_iso_dates_only(language: str | None) -> None:
    article = Article(
        text="Le 7 novembre, soit 2024-11-07.", language=language, published="2024-11-12"
    )
    assert [(t.text, t.value) for t in find_times(article).times] == [("2024-11-07", "2024-11-07")]
