"""Attributions made by layout, not by a reporting verb: signed quotations, transcript speaker
lines, labelled headlines; and the subject taken as the source of a cue without one.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from sumber import boilerplate, entities, segment, times
from sumber.attribution_sources import subject_sources
from sumber.attributions import find_attributions
from sumber.model import Article, Attribution, Cue, Source
from sumber.options import Options


def analyse(text: str) -> list[Attribution]:
    article = Article(text=text, language="en")
    article.meta["options"] = Options(use_model=False)
    for stage in (
        boilerplate.mark,
        segment.segment,
        times.find_times,
        entities.find_entities,
        find_attributions,
    ):
        article = stage(article)
    return article.attributions


def test_signed_quotations() -> None:
    text = (
        "What readers told us about the new park.\n\n"
        "“The lake is lovely and the paths are wide.” ― Nora Feld\n"
        "“We need more benches near the playground.”— Tomas Ruiz.\n"
    )
    found = analyse(text)
    assert [
        (a.source.text if a.source else None, a.cue.text if a.cue else None) for a in found
    ] == [
        ("Nora Feld", "―"),
        ("Tomas Ruiz", "—"),
    ]
    assert found[0].text == "The lake is lovely and the paths are wide."
    assert {a.kind for a in found} == {"direct"}


def test_transcript_speaker_lines() -> None:
    text = (
        "An excerpt of the interview follows.\n\n"
        '"HOST: Welcome back. What did the council decide last night?\n\n'
        '"MAYOR: We voted to repair the old bridge before winter.\n\n'
        '"HOST: And the cost?\n'
    )
    found = analyse(text)
    assert [(a.source.text, a.text) for a in found if a.source] == [
        ("HOST", "Welcome back. What did the council decide last night?"),
        ("MAYOR", "We voted to repair the old bridge before winter."),
        ("HOST", "And the cost?"),
    ]
    assert all(a.cue is not None and a.cue.text == ":" for a in found)


def test_one_capitalised_label_is_no_transcript() -> None:
    found = analyse("The park opens on Monday.\n\nNOTE: The north gate stays closed.\n")
    assert not found


def test_headline_label() -> None:
    text = (
        "Harlow: The budget will be balanced next year.\n\nJane Harlow, a senator, spoke on Monday."
    )
    found = analyse(text)
    assert [(a.source.text if a.source else None, a.text) for a in found][:1] == [
        ("Harlow", "The budget will be balanced next year.")
    ]


def test_a_cue_without_source_takes_the_sentence_subject() -> None:
    text = "Governor Ana Reyes spoke on Friday, promising to cut the fuel tax."
    article = Article(text=text, language="en")
    for stage in (boilerplate.mark, segment.segment, entities.find_entities):
        article = stage(article)
    s = text.index("promising")
    content = (text.index("to cut"), len(text) - 1)
    a = Attribution("a1", None, Cue("promising", (s, s + 9)), [content], "indirect")
    subject_sources(article, [a])
    assert a.source is not None and "Ana Reyes" in a.source.text


def test_a_passive_cue_keeps_no_source() -> None:
    text = "The plan was criticized as too expensive by several people."
    article = Article(text=text, language="en")
    for stage in (boilerplate.mark, segment.segment, entities.find_entities):
        article = stage(article)
    s = text.index("criticized")
    a = Attribution("a1", None, Cue("criticized", (s, s + 10)), [(s + 14, s + 28)], "indirect")
    subject_sources(article, [a])
    assert a.source is None


def _prepared(text: str) -> Article:
    article = Article(text=text, language="en")
    for stage in (boilerplate.mark, segment.segment, entities.find_entities):
        article = stage(article)
    return article


def test_the_hearer_after_told_is_no_content_and_no_source() -> None:
    from sumber.attribution_sources import addressees

    text = "The bridge will reopen in May, the engineer told me. Dana told KTV, “It is safe.”"
    article = _prepared(text)
    t1 = text.index("told")
    hearer = Attribution("a1", None, Cue("told", (t1, t1 + 4)), [(t1 + 5, t1 + 7)], "indirect")
    t2 = text.index("told", t1 + 1)
    k = text.index("KTV")
    quote = (text.index("It is"), text.index("safe.") + 5)
    misread = Attribution(
        "a2", Source("KTV", (k, k + 3)), Cue("told", (t2, t2 + 4)), [quote], "direct"
    )
    kept = addressees(article, [hearer, misread])
    assert kept == [misread]
    assert misread.source is not None and misread.source.text == "Dana"


def test_the_subject_of_a_patient_passive_is_no_source() -> None:
    from sumber.attribution_sources import patient_subjects

    text = "Mayor Tom Greer was accused of hiding the audit."
    article = _prepared(text)
    c = text.index("was accused")
    content = (text.index("hiding"), len(text) - 1)
    a = Attribution(
        "a1",
        Source("Mayor Tom Greer", (0, 15)),
        Cue("was accused", (c, c + 11)),
        [content],
        "indirect",
    )
    patient_subjects(article, [a])
    assert a.source is None
    convinced = "Tom Greer was convinced that the audit was fine."
    article = _prepared(convinced)
    c = convinced.index("was convinced")
    b = Attribution(
        "a1",
        Source("Tom Greer", (0, 9)),
        Cue("was convinced", (c, c + 13)),
        [(c + 14, 47)],
        "indirect",
    )
    patient_subjects(article, [b])
    assert b.source is not None


def test_a_date_or_a_function_word_is_no_source() -> None:
    from sumber import times as times_stage
    from sumber.attribution_sources import non_sources

    text = "Ms. Vale told the board Thursday that the plant would close."
    article = Article(text=text, language="en", published="2024-03-04")
    for stage in (boilerplate.mark, segment.segment, times_stage.find_times):
        article = stage(article)
    c = text.index("told")
    day = text.index("Thursday")
    content = (text.index("the plant"), len(text) - 1)
    a = Attribution(
        "a1", Source("Thursday", (day, day + 8)), Cue("told", (c, c + 4)), [content], "indirect"
    )
    b = Attribution("a2", Source("by", (0, 2)), Cue("told", (c, c + 4)), [content], "indirect")
    non_sources(article, [a, b])
    assert a.source is None and b.source is None
