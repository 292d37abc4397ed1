"""French (fr): attributions, denials, dates, claims and language identification.

Every sentence here is written for these tests; none comes from a corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import Checks

ISO = "fr"
PUB = "2024-11-12"  # a Tuesday


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
    check: Checks, text: str, kind: str, source: str, cue: str, content: str, stance: str
) -> None:
    check.attribution(text, kind, source, cue, content, stance)


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        ("L'accord a été signé le 3 mars 2023 à Lyon.", "3 mars 2023", "2023-03-03"),
        ("La rencontre a eu lieu le jeudi 7 novembre.", "jeudi 7 novembre", "2024-11-07"),
        ("Le conseil se réunira mardi prochain.", "mardi prochain", "2024-11-19"),
    ],
)
def test_date(check: Checks, text: str, expected: str, value: str) -> None:
    check.date(text, expected, value)


def test_claim_asserted_and_denied(check: Checks) -> None:
    check.call_disputed(
        (
            "La maire Claire Martin et le préfet Paul Henry se sont entretenus au "
            "téléphone mardi, selon le quotidien Le Soir. Le porte-parole Marc "
            "Dupont a démenti cet échange téléphonique. « Il n'y a eu aucune "
            "conversation », a-t-il déclaré."
        ),
        {"Claire Martin", "Paul Henry"},
        "Marc Dupont",
    )


@pytest.mark.parametrize(
    "text",
    [
        (
            "Le conseil municipal a voté le budget lundi après un long débat sur "
            "les transports et les écoles de la ville."
        ),
    ],
)
def test_language_identified(check: Checks, text: str) -> None:
    check.language(text)


def test_quoted_name_is_no_quotation(check: Checks) -> None:
    found = check.analyse(
        "Le maire a démissionné, selon le «Courrier du Soir», qui cite des proches."
    )
    assert [(a.kind, a.source.text, a.text) for a in found if a.source][:1] == [
        ("according_to", "le «Courrier du Soir»", "Le maire a démissionné")
    ]
