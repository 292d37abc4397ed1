"""Decoding the attribution tagger's tags (sumber.attribution_model.decode), on hand-made tags."""

from __future__ import annotations

import pytest

from sumber.attribution_model.decode import (
    Words,
    decode_unit,
    extend_to_sentence_end,
    split_coordinated,
    trim_object_adjunct,
)

WORDS = Words(
    verbs=frozenset({"said", "warned"}),
    coordinators=frozenset({"and"}),
    openers=frozenset({"that", "to"}),
    adjuncts=frozenset({"since"}),
    comma_adjuncts=frozenset({"which"}),
)


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
        # untagged words up to a comma with no source or cue after it
        (
            "Ana denied that Bo met Cy in May , a week before the vote .",
            "S C N N N O O O O O O O O O",
            "S C N N N N N N O O O O O O",
        ),
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


@pytest.mark.parametrize(
    "words, spec, expected",
    [
        # a noun phrase right after its cue ends at an adjunct of the cue
        (
            "Ana praised Bo since Monday .",
            "S C N N N O",
            "S C N O O O",
        ),
        # ... at a dash, and at ", which"
        (
            "Ana praised Bo - a friend .",
            "S C N N N N O",
            "S C N O O O O",
        ),
        (
            "Ana praised Bo , which helped .",
            "S C N N N N O",
            "S C N O O O O",
        ),
        # a clause is not cut at an adjunct: "since" belongs to what was said
        (
            "Ana said that Bo won since Monday .",
            "S C N N N N N O",
            "S C N N N N N O",
        ),
        # any unquoted content ends at a semicolon
        (
            "Ana said that Bo won ; Cy lost .",
            "S C N N N N N N O",
            "S C N N N O O O O",
        ),
        # quotations are left alone
        (
            'Ana praised " Bo since Monday " .',
            "S C N N N N N O",
            "S C N N N N N O",
        ),
    ],
)
def test_trim_object_adjunct(words: str, spec: str, expected: str) -> None:
    assert trim_object_adjunct(words.split(), _tags(spec), WORDS) == _tags(expected)


def test_split_coordinated_reporting_verb() -> None:
    strs = "Ana said Bo won and warned Cy lost .".split()
    tags = split_coordinated(strs, [0] * 9, _tags("S C N N N N N N O"), WORDS)
    assert tags == _tags("S C N N O C N N O")
    # decoded: two attributions, the second borrowing the first one's source
    tokens = []
    pos = 0
    for w in strs:
        tokens.append((pos, pos + len(w)))
        pos += len(w) + 1
    found = decode_unit(tokens, tags, sids=[0] * 9, strs=strs)
    assert [a.cue for a in found] == [[tokens[1]], [tokens[5]]]
    assert [a.source for a in found] == [tokens[0], tokens[0]]


def test_split_needs_a_reporting_verb_outside_quotes() -> None:
    strs = "Ana said Bo won and left .".split()
    tags = _tags("S C N N N N O")
    assert split_coordinated(strs, [0] * 7, tags, WORDS) == tags
    strs = 'Ana said " Bo won and warned us " .'.split()
    tags = _tags("S C N N N N N N N O")
    assert split_coordinated(strs, [0] * 10, tags, WORDS) == tags


def test_stray_content_of_another_sentence_is_dropped() -> None:
    # "Ana argued that Bo won. Cy lost." with "Cy lost" tagged as content too: the cue keeps
    # the content of its own sentence
    strs = "Ana argued that Bo won . Cy lost .".split()
    sids = [0] * 6 + [1] * 3
    tokens = [(i * 10, i * 10 + 5) for i in range(len(strs))]
    tags = _tags("S C N N N O N N O")
    found = decode_unit(tokens, tags, sids=sids, strs=strs)
    assert len(found) == 1 and found[0].content == [(20, 45)]
    # a quotation in the next sentence continues it
    strs = 'Ana said Bo won . " Cy lost . "'.split()
    sids = [0] * 5 + [1] * 4
    tags = _tags("S C N N O N N N N")
    found = decode_unit(tokens, tags, sids=sids, strs=strs)
    assert found[0].content == [(20, 35), (50, 85)]
