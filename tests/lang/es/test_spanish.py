"""Spanish (es): attributions, denials, dates, claims and language identification.

Every sentence here is written for these tests; none comes from a corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import Checks

ISO = "es"
PUB = "2024-11-12"  # a Tuesday


# text, kind, source text, cue text, content, stance
CASES = [
    (
        '"Vamos a construir un nuevo puente", dijo la alcaldesa Ana Gómez.',
        "direct",
        "la alcaldesa Ana Gómez",
        "dijo",
        "Vamos a construir un nuevo puente",
        "asserts",
    ),
    (
        ("«No hubo ninguna reunión», afirmó el portavoz del ministerio, Carlos Ruiz."),
        "direct",
        "el portavoz",
        "afirmó",
        "No hubo ninguna reunión",
        "asserts",
    ),
    (
        "El ministro desmintió que hubiera hablado con el embajador.",
        "indirect",
        "El ministro",
        "desmintió",
        "hubiera hablado con el embajador",
        "denies",
    ),
    (
        ("El gobierno negó las informaciones según las cuales el ministro había dimitido."),
        "indirect",
        "El gobierno",
        "negó",
        "las informaciones según las cuales el ministro había dimitido",
        "denies",
    ),
    (
        "Según el diario El Sol, el acuerdo se firmó en mayo.",
        "according_to",
        "el diario El Sol",
        "Según",
        "el acuerdo se firmó en mayo",
        "asserts",
    ),
    (
        "La empresa informó de que las ventas subieron en el primer trimestre.",
        "indirect",
        "La empresa",
        "informó",
        "las ventas subieron en el primer trimestre",
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
        ("El acuerdo se firmó el 3 de marzo en Sevilla.", "3 de marzo", "2024-03-03"),
        ("La reunión fue el jueves 7 de noviembre.", "jueves 7 de noviembre", "2024-11-07"),
        ("El consejo se reunirá el martes próximo.", "martes próximo", "2024-11-19"),
    ],
)
def test_date(check: Checks, text: str, expected: str, value: str) -> None:
    check.date(text, expected, value)


def test_claim_asserted_and_denied(check: Checks) -> None:
    check.call_disputed(
        (
            "La alcaldesa Ana Gómez y el gobernador Luis Pardo hablaron por "
            "teléfono el martes, informó el diario El Sol. El portavoz Carlos Ruiz "
            'negó que hubiera existido tal llamada. "No hubo ninguna conversación", '
            "dijo Ruiz."
        ),
        {"Luis Pardo", "Ana Gómez"},
        "Carlos Ruiz",
    )


@pytest.mark.parametrize(
    "text",
    [
        (
            "El ayuntamiento aprobó el lunes las nuevas normas de tráfico para el "
            "centro de la ciudad después de muchas quejas de los vecinos por el "
            "ruido."
        ),
    ],
)
def test_language_identified(check: Checks, text: str) -> None:
    check.language(text)


def test_two_cues_of_one_source(check: Checks) -> None:
    found = check.analyse("El ministro negó la dimisión y dijo que seguirá en el cargo hasta mayo.")
    assert [(a.source.text, a.cue.text, a.stance, a.text) for a in found if a.source] == [
        ("El ministro", "negó", "denies", "la dimisión"),
        ("El ministro", "dijo", "asserts", "seguirá en el cargo hasta mayo"),
    ]
