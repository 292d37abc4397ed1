"""Russian (ru): attributions, denials, dates, claims and language identification.

Every sentence here is written for these tests; none comes from a corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import sumber
from sumber.options import Options

if TYPE_CHECKING:
    from conftest import Checks

ISO = "ru"
PUB = "2024-11-12"  # a Tuesday


# text, kind, source text, cue text, content, stance
CASES = [
    (
        "«Мы построим новый мост весной», — заявил мэр города Иван Петров.",
        "direct",
        "мэр города Иван Петров",
        "заявил",
        "Мы построим новый мост весной",
        "asserts",
    ),
    (
        ("«Никакой встречи не было», – сказала пресс-секретарь министерства Анна Смирнова."),
        "direct",
        "пресс-секретарь министерства Анна Смирнова",
        "сказала",
        "Никакой встречи не было",
        "asserts",
    ),
    (
        "Министр опроверг, что уходит в отставку.",
        "indirect",
        "Министр",
        "опроверг",
        "уходит в отставку",
        "denies",
    ),
    (
        "По словам губернатора Олега Смирнова, договор подписали в мае.",
        "according_to",
        "губернатора Олега Смирнова",
        "По словам",
        "договор подписали в мае",
        "asserts",
    ),
    (
        "Источники в правительстве сообщили, что министр уйдет в отставку.",
        "indirect",
        "Источники в правительстве",
        "сообщили",
        "министр уйдет в отставку",
        "reports",
    ),
    (
        "Губернатор заявил журналистам, что дорогу откроют в четверг.",
        "indirect",
        "Губернатор",
        "заявил",
        "дорогу откроют в четверг",
        "asserts",
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
        ("Договор был подписан 3 марта 2023 года в Казани.", "3 марта 2023", "2023-03-03"),
        ("Встреча прошла 7 ноября в Самаре.", "7 ноября", "2024-11-07"),
        ("Совет соберется на следующей неделе.", "следующей неделе", "2024-W47"),
    ],
)
def test_date(check: Checks, text: str, expected: str, value: str) -> None:
    check.date(text, expected, value)


def test_claim_asserted_and_denied(check: Checks) -> None:
    check.call_disputed(
        (
            "Мэр Иван Петров и губернатор Олег Смирнов провели телефонный разговор "
            "во вторник, сообщила газета «Вечерний город». «Никакого разговора не "
            "было», — заявила пресс-секретарь мэрии Анна Белова."
        ),
        {"Олег Смирнов", "Иван Петров"},
        "Анна Белова",
    )


@pytest.mark.parametrize(
    "text",
    [
        (
            "Городской совет в понедельник утвердил новые правила движения в центре "
            "города после многочисленных жалоб жителей на шум."
        ),
    ],
)
def test_language_identified(check: Checks, text: str) -> None:
    check.language(text)


def test_inflected_places_share_one_entity() -> None:
    article = sumber.analyze(
        "Делегация России прибыла в Москву. Представитель Кремля сообщил, что Россия готова "
        "к переговорам с Украиной.",
        language=ISO,
        options=Options(use_model=False),
    )
    places = {e.name: len(e.mentions) for e in article.entities if e.type == "place"}
    assert places.get("Россия") == 3, places
    assert places.get("Кремль") == 1, places


def test_back_reference_to_previous_sentence(check: Checks) -> None:
    found = check.analyse("Министр уходит в отставку. Об этом сообщил губернатор Олег Смирнов.")
    assert [(a.source.text, a.text) for a in found if a.source] == [
        ("губернатор Олег Смирнов", "Министр уходит в отставку")
    ]
