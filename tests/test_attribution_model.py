"""The learned English attribution tagger (sumber.attribution_model) on hand-written sentences."""

from __future__ import annotations

import pytest

from sumber import attribution_model
from sumber.model import Article, Attribution, Boilerplate, Cue, Source
from sumber.segment import segment

pytestmark = pytest.mark.skipif(
    not attribution_model.available("en"), reason="no English attribution model file"
)


def _predict(text: str, boilerplate: list[Boilerplate] | None = None):
    article = Article(text=text, language="en", boilerplate=boilerplate or [])
    return attribution_model.predict(segment(article))


def test_available() -> None:
    assert attribution_model.available("en")
    assert not attribution_model.available("xx")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said that the bridge would reopen.",
        "The mayor said on Tuesday that the bridge would reopen.",
    ],
)
def test_indirect_speech(text: str) -> None:
    (a,) = _predict(text)
    assert a.source is not None and a.source.text == "The mayor"
    assert a.cue is not None and a.cue.text == "said"
    assert "the bridge would reopen" in a.text
    assert a.kind == "indirect"
    assert a.stance == "asserts"


def test_offsets_index_the_text() -> None:
    text = "Heavy rain fell overnight.\n\nThe mayor said that the bridge would reopen."
    (a,) = _predict(text)
    assert a.source is not None and a.source.span is not None
    assert text[a.source.span[0] : a.source.span[1]] == a.source.text
    assert a.cue is not None and text[a.cue.span[0] : a.cue.span[1]] == a.cue.text
    for s, e in a.content_spans:
        assert text[s:e] in a.text


@pytest.mark.parametrize(
    "text, source",
    [
        ('"We will not raise taxes," the governor told reporters.', "the governor"),
        ('"Our team played well," the coach said.', "the coach"),
    ],
)
def test_direct_quote(text: str, source: str) -> None:
    (a,) = _predict(text)
    assert a.source is not None and a.source.text == source
    assert a.kind == "direct"
    assert "raise taxes" in a.text or "played well" in a.text


def test_split_quote_is_one_attribution() -> None:
    text = '"The plan is simple," she said. "We build the school first."'
    (a,) = _predict(text)
    assert len(a.content_spans) == 2
    assert a.source is not None and a.source.text == "she"
    assert a.cue is not None and a.cue.text == "said"
    assert " \u2026 " in a.text


@pytest.mark.parametrize(
    "text, source",
    [
        ("The bridge will reopen in May, the mayor said.", "the mayor"),
        ("The bridge will reopen in May, she said on Friday.", "she"),
    ],
)
def test_clause_then_source_and_cue(text: str, source: str) -> None:
    (a,) = _predict(text)
    assert a.text == "The bridge will reopen in May"
    assert a.source is not None and a.source.text == source
    assert a.kind == "indirect"


def test_second_cue_shares_the_source() -> None:
    text = (
        "The minister argued that the budget was too small, "
        "and added that schools needed more money."
    )
    first, second = _predict(text)
    assert first.cue is not None and first.cue.text == "argued"
    assert second.cue is not None and second.cue.text == "added"
    assert second.source is not None and second.source.text == "The minister"
    assert "schools needed more money" in second.text


def test_denial_stance() -> None:
    (a,) = _predict("The company denied that it had misled its customers.")
    assert a.stance == "denies"
    assert a.source is not None and a.source.text == "The company"


def test_anonymous_source() -> None:
    (a,) = _predict("Officials said the road would be closed for a week.")
    assert a.source is not None and a.source.anonymous


def test_named_source_is_not_anonymous() -> None:
    (a,) = _predict("Mayor Jane Doe said the road would be closed for a week.")
    assert a.source is not None and not a.source.anonymous


def test_no_attribution() -> None:
    assert _predict("Rain fell all day in the valley and the river rose.") == []


def test_boilerplate_is_skipped() -> None:
    text = "The mayor said that the bridge would reopen."
    assert _predict(text, [Boilerplate(span=(0, len(text)), kind="ad")]) == []


def test_numpy_tagger_equals_crfsuite() -> None:
    pycrfsuite = pytest.importorskip("pycrfsuite")
    from sumber.attribution_model import _model, model_path
    from sumber.attribution_model.features import prepare, unit_features, units
    from sumber.segment import split_sentences, tokenize

    text = (
        "The council met on Monday. Its chairman said the vote would be held in May, "
        'and added: "We are ready."\n\n"It is a good day," a resident told the paper. '
        "According to the police, nobody was hurt."
    )
    model = _model("en")
    prep = prepare(text, units(text, split_sentences(text, "en"), tokenize(text)), model.lex)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path("en")))
    expected = [tagger.tag(x) for x in unit_features(prep, model.lex)]
    bias, model.o_bias = model.o_bias, 0.0
    try:
        assert model.tag(prep) == expected
    finally:
        model.o_bias = bias


def _attribution(cue: str, content: str, source: str | None) -> Attribution:
    return Attribution(
        id="a1",
        source=Source(text=source, span=(0, len(source))) if source else None,
        cue=Cue(text=cue, span=(0, len(cue))),
        content_spans=[(0, len(content))],
        kind="indirect",
        text=content,
    )


@pytest.mark.parametrize(
    "cue, content, source, kept",
    [
        ("said", "yes", "The mayor", True),  # a known cue word: always kept
        ("has repeatedly said", "no", None, True),
        ("juggled", "the plates", "The clown", False),  # unknown cue, short content
        ("juggled", "three plates and a teapot on stage", "The clown", True),
        ("juggled", "three plates and a teapot on stage", None, False),  # and no source
    ],
)
def test_keep_supported(cue: str, content: str, source: str | None, kept: bool) -> None:
    a = _attribution(cue, content, source)
    assert attribution_model.keep_supported("en", [a]) == ([a] if kept else [])
