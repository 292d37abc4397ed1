"""Features of the attribution tagger (sumber.attribution_model.features), on hand-written text."""

from __future__ import annotations

import pytest

from sumber import lang
from sumber.attribution_model.features import Lexicon
from sumber.attribution_model.features import word_classes as load_word_classes


@pytest.mark.parametrize(
    "word, code",
    [
        ("said", "vcom"),
        ("quipped", "vcom"),
        ("believes", "vcog"),
        ("criticism", "ncom"),
        ("belief", "ncog"),
    ],
)
def test_english_word_classes(word: str, code: str) -> None:
    assert code in load_word_classes("en")[word].split()


def test_no_word_classes_for_a_language_without_the_file() -> None:
    assert load_word_classes("xx") == {}


def test_word_class_features_on_the_word_and_its_neighbours() -> None:
    plain = Lexicon.from_pack(lang.get("en"))
    assert not any(f.startswith("g") for f in plain.word_features("quipped")[0])
    lex = Lexicon.from_pack(lang.get("en"))
    lex.word_classes = {"quipped": "vcom"}
    own, m2, m1, p1, p2 = lex.word_features("quipped")
    assert "gvcom" in own
    assert "-1gvcom" in m1 and "1gvcom" in p1 and "-2gvcom" in m2 and "2gvcom" in p2


def _prepared(lex: Lexicon, text: str):  # type: ignore[no-untyped-def]
    from sumber.attribution_model.features import prepare, units
    from sumber.segment import split_sentences, tokenize

    return prepare(text, units(text, split_sentences(text, "en"), tokenize(text)), lex)


def test_word_class_context_slots() -> None:
    from sumber.attribution_model.features import SLOTS, unit_features

    text = "Neighbours voiced loud criticism of the new road."
    lex = Lexicon.from_pack(lang.get("en"))
    lex.word_classes = {"criticism": "ncom", "road": "nact"}
    lex.class_context = True
    prep = _prepared(lex, text)
    codes = dict(zip(SLOTS, prep.codes.T[prep.strs.index("criticism")].tolist(), strict=True))
    # a noun of communication (verb class 0, noun class 1) followed by "of" (function word 1)
    assert codes["Gn"] == (0 * 6 + 1) * 32 + 1
    after = dict(zip(SLOTS, prep.codes.T[prep.strs.index("road")].tolist(), strict=True))
    # the nearest speech word on the left is 4 tokens away (bucket 3), a noun of communication
    assert after["Gl"] == 3 * 5 + 2
    assert after["Gr"] == 0
    feats = unit_features(prep, lex)[0][prep.strs.index("of")]
    assert "Gp" + str((0 * 6 + 1) * 32 + 1) in feats
    plain = Lexicon.from_pack(lang.get("en"))
    plain.word_classes = lex.word_classes
    prep = _prepared(plain, text)
    assert not prep.codes[SLOTS.index("Gl") :].any()
    assert not any(f.startswith("G") for fs in unit_features(prep, plain)[0] for f in fs)
