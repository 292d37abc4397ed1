"""The readers on the real corpora in ../shared (skipped when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sumber.evaluate import read_pfsa, read_polnear, read_sumber_gold

SHARED = Path(__file__).resolve().parents[3] / "shared"


def need(rel: str) -> Path:
    path = SHARED / rel
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


def test_seed_gold_is_located() -> None:
    doc = read_sumber_gold(need("corpus/seed/kremlin-denies-call.id.gold.json"))
    assert doc.attributions and all(a.content for a in doc.attributions)
    assert doc.published  # the anchor date stands in for the missing publication date


def test_polnear_dev() -> None:
    docs = read_polnear(need("data/polnear/dev"))
    assert len(docs) == 84
    assert all(d.published for d in docs)
    assert sum(len(d.attributions) for d in docs) > 2000


def test_pfsa_articles_and_split() -> None:
    path = need("data/pfsa-id/dev-40.txt")
    docs = read_pfsa(path)
    assert len(docs) == 333
    train, test = read_pfsa(path, "train"), read_pfsa(path, "test")
    assert len(train) + len(test) == 333 and train[-1].id < test[0].id
    assert all(d.text.startswith(d.text.split(",")[0]) for d in docs)
    for d in docs:
        for a in d.attributions:
            s, e = a.content[0]
            assert d.text[s] not in '”"' and d.text[e - 1] not in '”"'
