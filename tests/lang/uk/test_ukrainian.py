"""Ukrainian (uk): attributions, denials, dates, claims and language identification.

Every sentence here is written for these tests; none comes from a corpus.
"""

from __future__ import annotations

import pytest

import sumber
from sumber import boilerplate, segment, times
from sumber.attributions import find_attributions
from sumber.langid import detect_language
from sumber.model import Article, Attribution
from sumber.options import Options

ISO = "uk"
PUB = "2024-11-12"  # a Tuesday


def analyse(text: str) -> list[Attribution]:
    article = Article(text=text, language=ISO, published=PUB)
    article.meta["options"] = Options(use_model=False)
    for stage in (boilerplate.mark, segment.segment, times.find_times, find_attributions):
        article = stage(article)
    return article.attributions


# text, kind, source text, cue text, content, stance
CASES = [
    (
        "«Ми збудуємо новий міст навесні», — заявив мер міста Іван Петренко.",
        "direct",
        "мер міста Іван Петренко",
        "заявив",
        "Ми збудуємо новий міст навесні",
        "asserts",
    ),
    (
        "«Жодної зустрічі не було», – сказала речниця міністерства Олена Коваль.",
        "direct",
        "речниця міністерства Олена Коваль",
        "сказала",
        "Жодної зустрічі не було",
        "asserts",
    ),
    (
        "Міністр заперечив, що йде у відставку.",
        "indirect",
        "Міністр",
        "заперечив",
        "йде у відставку",
        "denies",
    ),
    (
        "За словами губернатора Олега Шевчука, угоду підписали в травні.",
        "according_to",
        "губернатора Олега Шевчука",
        "За словами",
        "угоду підписали в травні",
        "asserts",
    ),
    (
        "Джерела в уряді повідомили, що міністр піде у відставку.",
        "indirect",
        "Джерела в уряді",
        "повідомили",
        "міністр піде у відставку",
        "reports",
    ),
]


@pytest.mark.parametrize(("text", "kind", "source", "cue", "content", "stance"), CASES)
def test_attribution(
    text: str, kind: str, source: str, cue: str, content: str, stance: str
) -> None:
    found = [a for a in analyse(text) if a.cue is not None and a.cue.text == cue]
    assert found, [(a.kind, a.cue and a.cue.text, a.text) for a in analyse(text)]
    a = found[0]
    assert a.kind == kind
    assert a.source is not None and a.source.text == source
    assert a.text == content
    assert a.stance == stance


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        ("Угоду підписали 3 березня 2023 року у Львові.", "3 березня 2023", "2023-03-03"),
        ("Зустріч відбулася 7 листопада в Одесі.", "7 листопада", "2024-11-07"),
        ("Рада збереться наступного тижня.", "наступного тижня", "2024-W47"),
    ],
)
def test_date(text: str, expected: str, value: str) -> None:
    article = times.find_times(Article(text=text, language=ISO, published=PUB))
    assert [(t.text, t.value) for t in article.times][:1] == [(expected, value)]


def test_claim_asserted_and_denied() -> None:
    article = sumber.analyze(
        (
            "Мер Іван Петренко і губернатор Олег Шевчук провели телефонну розмову у "
            "вівторок, повідомила газета «Вечірнє місто». «Жодної розмови не було», "
            "— заявила речниця мерії Анна Бондар."
        ),
        published=PUB,
        options=Options(use_model=False),
    )
    assert article.language == ISO
    names = {e.id: e.name for e in article.entities}
    calls = [c for c in article.claims if c.event == "phone_call"]
    assert calls, [(c.event, c.participants) for c in article.claims]
    call = calls[0]
    assert {names[p] for p in call.participants} == {"Олег Шевчук", "Іван Петренко"}
    stances = {(names.get(s.holder, s.holder), s.stance) for s in call.stances}
    assert ("Анна Бондар", "denies") in stances, stances
    assert call.status == "disputed", stances


@pytest.mark.parametrize(
    "text",
    [
        (
            "Міська рада у понеділок ухвалила нові правила руху в центрі міста "
            "після численних скарг мешканців на шум."
        ),
    ],
)
def test_language_identified(text: str) -> None:
    assert detect_language(text) == ISO
