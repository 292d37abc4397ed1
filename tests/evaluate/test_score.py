"""The scoring core on tiny hand-made cases: overlap, matching, and the per-layer figures."""

from __future__ import annotations

import pytest

from sumber.evaluate import (
    GoldAttribution,
    GoldDocument,
    PredictedAttribution,
    PredictedDocument,
    match,
    overlap,
    predicted_from_dict,
    score_documents,
)
from sumber.evaluate.gold import GoldClaim, GoldStance, GoldTime, PredictedClaim
from sumber.evaluate.score import names_match

TEXT = "Ana said that the bridge will open in May, and Budi said nothing."
CONTENT = (14, 41)  # "the bridge will open in May"


def find(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return (start, start + len(sub))


def gold_doc(**kw: object) -> GoldDocument:
    att = GoldAttribution(
        content=[CONTENT], source=[find("Ana")], cue=[find("said")], text=TEXT[14:41]
    )
    return GoldDocument(id="d1", text=TEXT, attributions=[att], **kw)  # type: ignore[arg-type]


def pred(
    content: list[tuple[int, int]],
    source: tuple[int, int] | None = None,
    cue: tuple[int, int] | None = None,
    kind: str = "indirect",
) -> PredictedAttribution:
    return PredictedAttribution(
        content=content, kind=kind, source_span=source, has_source=source is not None, cue=cue
    )


def test_overlap_counts_letters_and_digits_only() -> None:
    text = "ab, cd"
    assert overlap(text, [(0, 6)], [(0, 2)]) == pytest.approx(2 * 2 / (4 + 2))
    assert overlap(text, [(0, 3)], [(0, 2)]) == 1.0  # the comma does not count


def test_overlap_discontinuous() -> None:
    text = "abcd xx efgh"
    whole = [(0, 12)]
    pieces = [(0, 4), (8, 12)]
    assert overlap(text, pieces, pieces) == 1.0
    assert overlap(text, pieces, whole) == pytest.approx(2 * 8 / (8 + 10))


def test_perfect_prediction_scores_one() -> None:
    p = PredictedDocument(id="d1", attributions=[pred([CONTENT], find("Ana"), find("said"))])
    r = score_documents([gold_doc()], [p])
    for key in ("content@0.5", "content@0.8", "attribution+source@0.5"):
        assert r[key]["f1"] == 1.0
    assert r["source_accuracy"] == 1.0 and r["cue_accuracy"] == 1.0
    assert r["per_document"] == [{"id": "d1", "gold": 1, "predicted": 1, "tp": 1, "fp": 0, "fn": 0}]


def test_empty_prediction_scores_zero() -> None:
    for p in (PredictedDocument(id="d1"), None):
        r = score_documents([gold_doc()], [p])
        assert r["content@0.5"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1}
        assert r["source_accuracy"] is None


def test_partial_overlap_between_thresholds() -> None:
    # "the bridge will open in May" has 22 letters/digits; "the bridge will" has 13:
    # Dice = 26 / 35 = 0.743: a match at 0.5, not at 0.8.
    part = find("the bridge will")
    assert 0.5 <= overlap(TEXT, [CONTENT], [part]) < 0.8
    r = score_documents([gold_doc()], [PredictedDocument(id="d1", attributions=[pred([part])])])
    assert r["content@0.5"]["tp"] == 1
    assert r["content@0.8"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 1}
    # "the bridge" (9 of 22): Dice 18 / 31 = 0.58 -> match at 0.5 only; "the": 6 / 25 = 0.24
    assert overlap(TEXT, [CONTENT], [find("the bridge")]) == pytest.approx(18 / 31)
    r = score_documents(
        [gold_doc()], [PredictedDocument(id="d1", attributions=[pred([find("the")])])]
    )
    assert r["content@0.5"]["tp"] == 0


def test_matching_is_one_to_one() -> None:
    p = PredictedDocument(id="d1", attributions=[pred([CONTENT]), pred([find("the bridge will")])])
    r = score_documents([gold_doc()], [p])
    assert (r["content@0.5"]["tp"], r["content@0.5"]["fp"], r["content@0.5"]["fn"]) == (1, 1, 0)


def test_greedy_match_takes_best_overlap_first() -> None:
    gold = [[(0, 10)], [(10, 20)]]
    text = "a" * 20
    pairs = match(text, gold, [[(0, 12)], [(9, 20)]], 0.5)
    assert sorted((g, p) for g, p, _ in pairs) == [(0, 0), (1, 1)]


def test_wrong_source_and_cue() -> None:
    p = PredictedDocument(id="d1", attributions=[pred([CONTENT], find("Budi"), None)])
    r = score_documents([gold_doc()], [p])
    assert r["content@0.5"]["tp"] == 1
    assert r["source_accuracy"] == 0.0 and r["cue_accuracy"] == 0.0
    assert r["attribution+source@0.5"]["tp"] == 0


def test_gold_without_source_or_cue() -> None:
    att = GoldAttribution(content=[CONTENT], has_source=False)
    g = GoldDocument(id="d1", text=TEXT, attributions=[att])
    r = score_documents([g], [PredictedDocument(id="d1", attributions=[pred([CONTENT])])])
    assert r["source_accuracy"] == 1.0 and r["cue_accuracy"] == 1.0


def test_scored_kinds_filter_predictions() -> None:
    g = gold_doc(scored_kinds=frozenset({"direct"}))
    p = PredictedDocument(id="d1", attributions=[pred([CONTENT], kind="indirect")])
    assert score_documents([g], [p])["content@0.5"]["fp"] == 0


def test_names_match() -> None:
    names = ["Sari Wulandari", "Bu Sari", "menteri itu"]
    assert names_match(names, "Ibu Sari Wulandari")
    assert names_match(names, "Wulandari")
    assert names_match(names, "sari wulandari")
    assert not names_match(names, "Sarinah")
    assert not names_match(names, None)


def test_name_sources_and_anonymous() -> None:
    g = GoldDocument(
        id="d1",
        text=TEXT,
        attributions=[
            GoldAttribution(content=[CONTENT], source_names=["Ana Lestari", "Ana"]),
            GoldAttribution(content=[find("nothing")], anonymous=True),
        ],
    )
    good = PredictedAttribution(
        content=[CONTENT], kind="indirect", source_text="Ana", has_source=True
    )
    anon = PredictedAttribution(
        content=[find("nothing")],
        kind="indirect",
        source_text="sources",
        anonymous=True,
        has_source=True,
    )
    r = score_documents([g], [PredictedDocument(id="d1", attributions=[good, anon])])
    assert r["source_accuracy"] == 1.0
    anon.anonymous = False
    assert (
        score_documents([g], [PredictedDocument(id="d1", attributions=[good, anon])])[
            "source_accuracy"
        ]
        == 0.5
    )


def test_entities_times_boilerplate_claims() -> None:
    g = GoldDocument(
        id="d1",
        text=TEXT,
        attributions=[],
        entity_mentions=[find("Ana"), find("Budi")],
        times=[GoldTime(span=find("May"), text="May", value="2024-05")],
        boilerplate=[find("nothing")],
        claims=[
            GoldClaim(
                event="opening",
                participants=[["bridge"]],
                stances=[GoldStance(holder="Ana", stance="asserts", holder_names=["Ana"])],
            )
        ],
    )
    p = PredictedDocument(
        id="d1",
        entity_mentions=[find("Ana"), find("bridge")],
        times=[(find("in May"), "2024-05")],
        boilerplate=[(50, 65)],
        claims=[
            PredictedClaim(
                event="opening", participants=["bridge"], stances=[("Ana", "asserts", [])]
            )
        ],
    )
    r = score_documents([g], [p])
    assert r["entity_mentions"]["p"] == 0.5 and r["entity_mentions"]["r"] == 0.5
    assert r["time_values"] == {"accuracy": 1.0, "right": 1, "n": 1}
    assert r["boilerplate"]["recall"] == 1.0
    assert r["claims"] == {"found": 1, "n": 1, "stances_found": 1, "stances_n": 1}
    p.times = [(find("May"), "2025-05")]
    assert score_documents([g], [p])["time_values"]["accuracy"] == 0.0


def test_layers_absent_from_gold_are_omitted() -> None:
    r = score_documents([gold_doc()], [None])
    for key in ("entity_mentions", "time_values", "boilerplate", "claims"):
        assert key not in r


def test_predicted_from_dict_resolves_names() -> None:
    record = {
        "id": "x",
        "text": TEXT,
        "entities": [
            {
                "id": "e1",
                "name": "Ana Lestari",
                "type": "person",
                "mentions": [{"span": [0, 3], "text": "Ana", "kind": "name"}],
            }
        ],
        "attributions": [
            {
                "id": "a1",
                "kind": "indirect",
                "cue": {"text": "said", "span": [4, 8]},
                "source": {
                    "entity": "e1",
                    "name": None,
                    "text": "Ana",
                    "span": [0, 3],
                    "anonymous": False,
                },
                "content": {"text": "the bridge", "spans": [[14, 24]]},
            }
        ],
        "claims": [
            {
                "event": "opening",
                "participants": ["e1"],
                "stances": [{"holder": "e1", "stance": "asserts", "via": []}],
            }
        ],
        "times": [{"span": [38, 41], "value": "2024-05"}],
    }
    p = predicted_from_dict(record)
    a = p.attributions[0]
    assert (a.source_name, a.source_span, a.cue, a.content) == (
        "Ana Lestari",
        (0, 3),
        (4, 8),
        [(14, 24)],
    )
    assert p.entity_mentions == [(0, 3)]
    assert p.claims[0].participants == ["Ana Lestari"]
    assert p.claims[0].stances == [("Ana Lestari", "asserts", [])]


def test_public_only_skips_sources_marked_private() -> None:
    g = gold_doc(public_only=True)
    private = pred([(0, 3)], kind="direct")
    private.public = False
    unknown = pred([(47, 51)], kind="direct")  # public None: scored
    p = PredictedDocument(id="d1", attributions=[private, unknown])
    assert score_documents([g], [p])["content@0.5"]["fp"] == 1
    g.public_only = False
    assert score_documents([g], [p])["content@0.5"]["fp"] == 2


def test_predicted_from_dict_reads_public() -> None:
    record = {
        "attributions": [
            {
                "source": {"text": "Ana", "span": [0, 3], "public": False},
                "content": {"text": "x", "spans": [[14, 41]]},
                "kind": "direct",
            }
        ]
    }
    assert predicted_from_dict(record).attributions[0].public is False
