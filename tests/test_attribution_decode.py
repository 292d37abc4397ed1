"""Decoding the attribution tagger's tags (sumber.attribution_model.decode), on hand-made tags."""

from __future__ import annotations

import pytest

from sumber.attribution_model.decode import extend_to_sentence_end


def _tags(spec: str) -> list[str]:
    """BIO tags from a spec such as "S C N N O" (S source, C cue, N content, O none)."""
    names = {"S": "SRC", "C": "CUE", "N": "CON"}
    out: list[str] = []
    prev = "O"
    for x in spec.split():
        out.append("O" if x == "O" else ("I-" if prev == x else "B-") + names[x])
        prev = x
    return out


@pytest.mark.parametrize(
    "words, spec, expected",
    [
        # the content stops between two words: it runs on to the full stop
        (
            "Ana denied that Bo met Cy in May .",
            "S C N N N O O O O",
            "S C N N N N N N O",
        ),
        # a comma after the content is a boundary the tagger chose: kept
        (
            "Ana said Bo won , and Cy lost .",
            "S C N N O O O O O",
            "S C N N O O O O O",
        ),
        # so does a comma before a source and cue
        (
            "Bo won easily , Ana said .",
            "N N O O S C O",
            "N N O O S C O",
        ),
        # and a cue after the untagged words
        (
            "Bo won easily Ana said .",
            "N N O S C O",
            "N N O S C O",
        ),
        # nothing to add at the end of the sentence
        ("Ana said Bo won .", "S C N N O", "S C N N O"),
    ],
)
def test_extend_to_sentence_end(words: str, spec: str, expected: str) -> None:
    strs = words.split()
    sids = [0] * len(strs)
    assert extend_to_sentence_end(strs, sids, _tags(spec)) == _tags(expected)


def test_extension_stays_in_its_sentence() -> None:
    strs = "Ana said Bo won today . Cy left early .".split()
    sids = [0] * 6 + [1] * 4
    tags = _tags("S C N N O O O O O O")
    assert extend_to_sentence_end(strs, sids, tags) == _tags("S C N N N O O O O O")
