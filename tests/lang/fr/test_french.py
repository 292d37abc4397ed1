"""French (fr): attributions, denials, dates, claims and language identification.

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

ISO = "fr"
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
        ("« Nous allons construire un nouveau pont », a déclaré la maire Claire Martin."),
        "direct",
        "la maire Claire Martin",
        "déclaré",
        "Nous allons construire un nouveau pont",
        "asserts",
    ),
    (
        "« C'est de la pure fiction », a-t-il dit.",
        "direct",
        "il",
        "dit",
        "C'est de la pure fiction",
        "asserts",
    ),
    (
        "« Le projet avance bien », affirme le directeur Marc Dupont.",
        "direct",
        "le directeur Marc Dupont",
        "affirme",
        "Le projet avance bien",
        "asserts",
    ),
    (
        "Le gouvernement a catégoriquement démenti cette information.",
        "indirect",
        "Le gouvernement",
        "démenti",
        "cette information",
        "denies",
    ),
    (
        "Selon le quotidien Le Soir, l'accord a été signé en mai.",
        "according_to",
        "le quotidien Le Soir",
        "Selon",
        "l'accord a été signé en mai",
        "asserts",
    ),
    (
        ("Des sources proches du dossier ont indiqué que le ministre allait démissionner."),
        "indirect",
        "Des sources proches du dossier",
        "indiqué",
        "le ministre allait démissionner",
        "asserts",
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
        ("L'accord a été signé le 3 mars 2023 à Lyon.", "3 mars 2023", "2023-03-03"),
        ("La rencontre a eu lieu le jeudi 7 novembre.", "jeudi 7 novembre", "2024-11-07"),
        ("Le conseil se réunira mardi prochain.", "mardi prochain", "2024-11-19"),
    ],
)
def test_date(text: str, expected: str, value: str) -> None:
    article = times.find_times(Article(text=text, language=ISO, published=PUB))
    assert [(t.text, t.value) for t in article.times][:1] == [(expected, value)]


def test_claim_asserted_and_denied() -> None:
    article = sumber.analyze(
        (
            "La maire Claire Martin et le préfet Paul Henry se sont entretenus au "
            "téléphone mardi, selon le quotidien Le Soir. Le porte-parole Marc "
            "Dupont a démenti cet échange téléphonique. « Il n'y a eu aucune "
            "conversation », a-t-il déclaré."
        ),
        published=PUB,
        options=Options(use_model=False),
    )
    assert article.language == ISO
    names = {e.id: e.name for e in article.entities}
    calls = [c for c in article.claims if c.event == "phone_call"]
    assert calls, [(c.event, c.participants) for c in article.claims]
    call = calls[0]
    assert {names[p] for p in call.participants} == {"Claire Martin", "Paul Henry"}
    stances = {(names.get(s.holder, s.holder), s.stance) for s in call.stances}
    assert ("Marc Dupont", "denies") in stances, stances
    assert call.status == "disputed", stances


@pytest.mark.parametrize(
    "text",
    [
        (
            "Le conseil municipal a voté le budget lundi après un long débat sur "
            "les transports et les écoles de la ville."
        ),
    ],
)
def test_language_identified(text: str) -> None:
    assert detect_language(text) == ISO


def test_quoted_name_is_no_quotation() -> None:
    found = analyse("Le maire a démissionné, selon le «Courrier du Soir», qui cite des proches.")
    assert [(a.kind, a.source.text, a.text) for a in found if a.source][:1] == [
        ("according_to", "le «Courrier du Soir»", "Le maire a démissionné")
    ]
