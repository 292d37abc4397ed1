"""Merging the tagger's attributions with the rule-found ones (sumber.attributions._merge)."""

from __future__ import annotations

from sumber.attributions import _merge
from sumber.model import Attribution, Cue, Source, Span

TEXT = (
    "Mayor Lena Hart said the governor told her “the bridge will close in May” at lunch.\n"
    "“We will reopen it by June.” ― Tom Reyes\n"
)


def _find(word: str) -> Span:
    start = TEXT.index(word)
    return (start, start + len(word))


def _attr(source: str, cue: str, content: str, kind: str = "indirect") -> Attribution:
    return Attribution(
        id="x",
        source=Source(text=source, span=_find(source)),
        cue=Cue(text=cue, span=_find(cue)),
        content_spans=[_find(content)],
        kind=kind,
        text=content,
    )


OUTER = _attr("Lena Hart", "said", "the governor told her “the bridge will close in May” at lunch")


def test_a_quotation_inside_reported_speech_is_kept() -> None:
    inner = _attr("the governor", "told", "the bridge will close in May", kind="direct")
    found = _merge([OUTER], [inner], TEXT)
    assert [a.cue.text for a in found if a.cue] == ["said", "told"]


def test_indirect_speech_inside_is_left_to_the_tagger() -> None:
    inner = _attr("the governor", "told", "the bridge will close in May")
    assert len(_merge([OUTER], [inner], TEXT)) == 1


def test_a_content_the_tagger_cut_short_takes_the_rules_spans() -> None:
    model = _attr("the governor", "told", "the bridge will")
    rule = _attr("the governor", "told", "the bridge will close in May")
    (merged,) = _merge([model], [rule], TEXT)
    assert merged.text == "the bridge will close in May"
    assert merged.content_spans == rule.content_spans


def test_a_signed_quotation_replaces_the_taggers_reading() -> None:
    model = _attr("Lena Hart", "said", "We will reopen it by June.")
    rule = _attr("Tom Reyes", "―", "We will reopen it by June.", kind="direct")
    (merged,) = _merge([model], [rule], TEXT)
    assert merged.source is not None and merged.source.text == "Tom Reyes"


def test_rules_overlapping_nothing_are_added() -> None:
    model = _attr("Lena Hart", "said", "the governor")
    rule = _attr("the governor", "told", "the bridge will close in May", kind="direct")
    assert len(_merge([model], [rule], TEXT)) == 2
