"""English attribution rules (the fallback without a model, and the direct-quote layer).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import sumber
from sumber import attributions, boilerplate, segment, times
from sumber.attributions import find_attributions
from sumber.model import Article, Attribution, Source
from sumber.options import Options


def analyse(text: str, use_model: bool = False) -> list[Attribution]:
    article = Article(text=text, language="en")
    article.meta["options"] = Options(use_model=use_model)
    for stage in (boilerplate.mark, segment.segment, times.find_times, find_attributions):
        article = stage(article)
    return article.attributions


def only(text: str) -> Attribution:
    found = analyse(text)
    assert len(found) == 1, [(a.kind, a.text) for a in found]
    return found[0]


# text, kind, source text, cue text, content
CASES = [
    ('"We will win the vote," she said.', "direct", "she", "said", "We will win the vote"),
    ("“We will win the vote,” she said.", "direct", "she", "said", "We will win the vote"),
    (
        '"The bridge is closed," said John Smith, the mayor.',
        "direct",
        "John Smith",
        "said",
        "The bridge is closed",
    ),
    (
        '"The bridge is closed," Mayor John Smith said.',
        "direct",
        "Mayor John Smith",
        "said",
        "The bridge is closed",
    ),
    (
        'John Smith said: "We will rebuild it."',
        "direct",
        "John Smith",
        "said",
        "We will rebuild it.",
    ),
    (
        "The governor said that taxes would fall next year.",
        "indirect",
        "The governor",
        "said",
        "taxes would fall next year",
    ),
    (
        "Mary Jones said the plan had failed.",
        "indirect",
        "Mary Jones",
        "said",
        "the plan had failed",
    ),
    (
        "According to the ministry, exports rose in March.",
        "according_to",
        "the ministry",
        "According to",
        "exports rose in March",
    ),
    (
        "Exports rose in March, according to Maria Lopez.",
        "according_to",
        "Maria Lopez",
        "according to",
        "Exports rose in March",
    ),
    ("The talks will resume, he said.", "indirect", "he", "said", "The talks will resume"),
    (
        "Officials said the border would reopen.",
        "indirect",
        "Officials",
        "said",
        "the border would reopen",
    ),
]


@pytest.mark.parametrize(("text", "kind", "source", "cue", "content"), CASES)
def test_kinds_sources_cues(text: str, kind: str, source: str, cue: str, content: str) -> None:
    a = only(text)
    assert a.kind == kind
    assert a.source is not None and a.source.text == source
    assert a.cue is not None and a.cue.text == cue
    assert a.text == content


def test_doubled_apostrophe_quotes() -> None:
    a = only("''The plan is sound,'' said Ann Lee, an economist.")
    assert a.kind == "direct"
    assert a.source is not None and a.source.text == "Ann Lee"
    assert a.text == "The plan is sound"


def test_source_with_apposition_and_parenthesis() -> None:
    a = only('"It is unfair," Sen. Ann Lee (D-Ore.) said.')
    assert a.source is not None and a.source.text == "Sen. Ann Lee (D-Ore.)"
    b = only("Ann Lee, a senior adviser to the governor, said the plan was sound.")
    assert b.source is not None and b.source.text == "Ann Lee"
    assert b.text == "the plan was sound"


def test_capitalised_cue_word_inside_a_name_is_no_cue() -> None:
    assert analyse("The United States Embassy opened a new office.") == []


def test_cue_inside_a_quote_gives_two_spans() -> None:
    a = only('"We are ready," he said, "but we need more time."')
    assert a.kind == "direct"
    assert a.text == "We are ready … but we need more time."


def test_denial_and_conduit() -> None:
    a = only("Peskov told Reuters that no call took place.")
    assert a.source is not None and a.source.text == "Peskov"
    assert [c.name for c in a.via] == ["Reuters"]
    assert a.text == "no call took place"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The Kremlin denied that the call took place.", "denies"),
        ("The ministry rejected claims that the data was false.", "denies"),
        ("The newspaper reported that the deal was signed.", "reports"),
        ("Smith claimed that the vote was rigged.", "hedges"),
        ("Smith said that the vote was fair.", "asserts"),
    ],
)
def test_stance_from_the_cue(text: str, stance: str) -> None:
    assert only(text).stance == stance


def test_citing_makes_the_reporter_a_conduit() -> None:
    a = only("The Daily Ledger reported that the talks failed, citing unnamed officials.")
    assert a.source is not None and a.source.text == "unnamed officials"
    assert a.source.anonymous
    assert [c.name for c in a.via] == ["Daily Ledger"]
    assert a.text == "the talks failed"
    assert a.stance == "reports"


def test_anonymous_source() -> None:
    a = only("A source familiar with the talks said the deal was close.")
    assert a.source is not None and a.source.anonymous
    assert a.source.text == "A source familiar with the talks"


def test_mixed_quote_inside_reported_speech() -> None:
    a = only('She said the reform would bring "jobs for every family in the state" soon.')
    assert a.kind == "mixed"


def test_scare_quotes_are_no_attribution() -> None:
    assert all(a.kind != "direct" for a in analyse('The so-called "deal" was signed on Monday.'))


def test_model_attributions_are_merged_with_rule_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    text = '"We will win," she said. The governor said taxes would fall.'
    model_att = Attribution(
        id="",
        source=Source("The governor", (25, 37)),
        cue=None,
        content_spans=[(text.index("taxes"), len(text) - 1)],
        kind="indirect",
    )
    fake = types.SimpleNamespace(available=lambda iso: True, predict=lambda art: [model_att])
    monkeypatch.setattr(attributions, "_model_attributions", lambda art: fake.predict(art))
    found = analyse(text, use_model=True)
    assert [a.kind for a in found] == ["direct", "indirect"]
    assert found[1] is model_att
    assert [a.id for a in found] == ["a1", "a2"]


@pytest.mark.parametrize("text", ["", '"', '"""', "said", "according to", '" said "'])
def test_odd_input_never_fails(text: str) -> None:
    article = Article(text=text, language="en")
    article = segment.segment(boilerplate.mark(article))
    find_attributions(article)


def test_medium_after_the_cue_is_a_conduit_with_the_model_too() -> None:
    article = sumber.analyze(
        "A person familiar with the talks told Reuters that the two ministers met on Friday.",
        language="en",
        published="2025-03-07",
    )
    vias = [v.name for a in article.attributions for v in a.via]
    assert "Reuters" in vias
