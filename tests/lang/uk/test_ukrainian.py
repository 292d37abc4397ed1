"""Ukrainian (uk): attributions, denials, dates, claims and language identification.

Every sentence here is written for these tests; none comes from a corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import Checks

ISO = "uk"
PUB = "2024-11-12"  # a Tuesday


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
    check: Checks, text: str, kind: str, source: str, cue: str, content: str, stance: str
) -> None:
    check.attribution(text, kind, source, cue, content, stance)


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        ("Угоду підписали 3 березня 2023 року у Львові.", "3 березня 2023", "2023-03-03"),
        ("Зустріч відбулася 7 листопада в Одесі.", "7 листопада", "2024-11-07"),
        ("Рада збереться наступного тижня.", "наступного тижня", "2024-W47"),
    ],
)
def test_date(check: Checks, text: str, expected: str, value: str) -> None:
    check.date(text, expected, value)


def test_claim_asserted_and_denied(check: Checks) -> None:
    check.call_disputed(
        (
            "Мер Іван Петренко і губернатор Олег Шевчук провели телефонну розмову у "
            "вівторок, повідомила газета «Вечірнє місто». «Жодної розмови не було», "
            "— заявила речниця мерії Анна Бондар."
        ),
        {"Олег Шевчук", "Іван Петренко"},
        "Анна Бондар",
    )


@pytest.mark.parametrize(
    "text",
    [
        (
            "Міська рада у понеділок ухвалила нові правила руху в центрі міста "
            "після численних скарг мешканців на шум."
        ),
    ],
)
def test_language_identified(check: Checks, text: str) -> None:
    check.language(text)
