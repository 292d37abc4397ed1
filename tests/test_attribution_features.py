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
