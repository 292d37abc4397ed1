"""Spanish (es): attributions, denials, dates, claims and language identification.

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

ISO = "es"
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
        ("El acuerdo se firmó el 3 de marzo en Sevilla.", "3 de marzo", "2024-03-03"),
        ("La reunión fue el jueves 7 de noviembre.", "jueves 7 de noviembre", "2024-11-07"),
        ("El consejo se reunirá el martes próximo.", "martes próximo", "2024-11-19"),
    ],
)
def test_date(text: str, expected: str, value: str) -> None:
    article = times.find_times(Article(text=text, language=ISO, published=PUB))
    assert [(t.text, t.value) for t in article.times][:1] == [(expected, value)]


def test_claim_asserted_and_denied() -> None:
    article = sumber.analyze(
        (
            "La alcaldesa Ana Gómez y el gobernador Luis Pardo hablaron por "
            "teléfono el martes, informó el diario El Sol. El portavoz Carlos Ruiz "
            'negó que hubiera existido tal llamada. "No hubo ninguna conversación", '
            "dijo Ruiz."
        ),
        published=PUB,
        options=Options(use_model=False),
    )
    assert article.language == ISO
    names = {e.id: e.name for e in article.entities}
    calls = [c for c in article.claims if c.event == "phone_call"]
    assert calls, [(c.event, c.participants) for c in article.claims]
    call = calls[0]
    assert {names[p] for p in call.participants} == {"Luis Pardo", "Ana Gómez"}
    stances = {(names.get(s.holder, s.holder), s.stance) for s in call.stances}
    assert ("Carlos Ruiz", "denies") in stances, stances
    assert call.status == "disputed", stances


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
def test_language_identified(text: str) -> None:
    assert detect_language(text) == ISO


def test_two_cues_of_one_source() -> None:
    found = analyse("El ministro negó la dimisión y dijo que seguirá en el cargo hasta mayo.")
    assert [(a.source.text, a.cue.text, a.stance, a.text) for a in found if a.source] == [
        ("El ministro", "negó", "denies", "la dimisión"),
        ("El ministro", "dijo", "asserts", "seguirá en el cargo hasta mayo"),
    ]
