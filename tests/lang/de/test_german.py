"""German (de): attributions, denials, dates, claims and language identification.

Every sentence here is written for these tests; none comes from a corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import Checks

ISO = "de"
PUB = "2024-11-12"  # a Tuesday


# text, kind, source text, cue text, content, stance
CASES = [
    (
        ("„Wir werden die Brücke im Frühjahr eröffnen“, sagte Bürgermeisterin Anna Keller."),
        "direct",
        "Bürgermeisterin Anna Keller",
        "sagte",
        "Wir werden die Brücke im Frühjahr eröffnen",
        "asserts",
    ),
    (
        ("»Das ist reine Fiktion«, erklärte ein Sprecher des Ministeriums am Dienstag."),
        "direct",
        "ein Sprecher des Ministeriums",
        "erklärte",
        "Das ist reine Fiktion",
        "asserts",
    ),
    (
        ("Der Minister dementierte, dass es ein Treffen mit dem Botschafter gegeben habe."),
        "indirect",
        "Der Minister",
        "dementierte",
        "es ein Treffen mit dem Botschafter gegeben habe",
        "denies",
    ),
    (
        ("Die Polizei teilte mit, der Verdächtige sei am Montag festgenommen worden."),
        "indirect",
        "Die Polizei",
        "teilte mit",
        "der Verdächtige sei am Montag festgenommen worden",
        "asserts",
    ),
    (
        "Laut der Zeitung „Neue Presse“ wurde der Vertrag im Mai unterzeichnet.",
        "according_to",
        "der Zeitung „Neue Presse“",
        "Laut",
        "wurde der Vertrag im Mai unterzeichnet",
        "asserts",
    ),
    (
        "Informierte Kreise berichteten, die Regierung plane neue Steuern.",
        "indirect",
        "Informierte Kreise",
        "berichteten",
        "die Regierung plane neue Steuern",
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
        ("Der Vertrag wurde am 3. März 2023 in Bonn unterzeichnet.", "3. März 2023", "2023-03-03"),
        ("Das Treffen fand am 7. November statt.", "7. November", "2024-11-07"),
        ("Die Sitzung war am vergangenen Donnerstag.", "vergangenen Donnerstag", "2024-11-07"),
    ],
)
def test_date(check: Checks, text: str, expected: str, value: str) -> None:
    check.date(text, expected, value)


def test_claim_asserted_and_denied(check: Checks) -> None:
    check.call_disputed(
        (
            "Bürgermeisterin Anna Keller und Landrat Peter Braun haben am Dienstag "
            "miteinander telefoniert, berichtete die Zeitung „Neue Presse“. „Es gab "
            "kein Gespräch“, sagte Sprecher Jonas Weber."
        ),
        {"Landrat Peter Braun", "Anna Keller"},
        "Jonas Weber",
    )


@pytest.mark.parametrize(
    "text",
    [
        (
            "Der Stadtrat hat am Montag die neuen Regeln für den Verkehr in der "
            "Innenstadt beschlossen, nachdem sich viele Bürger über Lärm beschwert "
            "hatten."
        ),
    ],
)
def test_language_identified(check: Checks, text: str) -> None:
    check.language(text)


def test_sentences() -> None:
    from sumber.segment import split_sentences

    text = "Das Treffen ist am 3. März. Er las den Bericht.Danach ging er. Siehe beispiel.de heute."
    got = [text[s:e] for s, e in split_sentences(text, ISO)]
    assert got == [
        "Das Treffen ist am 3. März.",
        "Er las den Bericht.",
        "Danach ging er.",
        "Siehe beispiel.de heute.",
    ]


def test_separable_cue_and_back_reference(check: Checks) -> None:
    found = check.analyse("Der Minister tritt zurück. Das teilte das Ministerium am Montag mit.")
    assert [(a.source.text, a.cue.text, a.text) for a in found if a.source and a.cue] == [
        ("das Ministerium", "teilte", "Der Minister tritt zurück")
    ]
    found = check.analyse("Der Kreml wies die Berichte über ein Treffen am Montag zurück.")
    assert [(a.stance, a.source.text) for a in found if a.source] == [("denies", "Kreml")]
