"""Malay (ms): attributions, denials, dates, claims and language identification.

Every sentence here is written for these tests; none comes from a corpus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import Checks

ISO = "ms"
PUB = "2024-11-12"  # a Tuesday


# text, kind, source text, cue text, content, stance
CASES = [
    (
        ('"Kami akan membina jambatan baharu pada musim hujan," kata Datuk Bandar Ahmad Zaki.'),
        "direct",
        "Datuk Bandar Ahmad Zaki",
        "kata",
        "Kami akan membina jambatan baharu pada musim hujan",
        "asserts",
    ),
    (
        "“Semua kerja akan siap bulan depan,” katanya.",
        "direct",
        "nya",
        "katanya",
        "Semua kerja akan siap bulan depan",
        "asserts",
    ),
    (
        "Menteri itu menafikan bahawa beliau telah meletak jawatan.",
        "indirect",
        "Menteri itu",
        "menafikan",
        "beliau telah meletak jawatan",
        "denies",
    ),
    (
        ("Menurut akhbar Berita Pagi, perjanjian itu ditandatangani pada bulan Mei."),
        "according_to",
        "akhbar Berita Pagi",
        "Menurut",
        "perjanjian itu ditandatangani pada bulan Mei",
        "asserts",
    ),
    (
        "Sumber tanpa nama memberitahu bahawa menteri akan meletak jawatan.",
        "indirect",
        "Sumber tanpa nama",
        "memberitahu",
        "menteri akan meletak jawatan",
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
        ("Perjanjian itu ditandatangani pada 3 Mac 2023 di Ipoh.", "3 Mac 2023", "2023-03-03"),
        ("Mesyuarat itu diadakan pada 7 Ogos.", "7 Ogos", "2024-08-07"),
        ("Majlis akan bersidang minggu depan.", "minggu depan", "2024-W47"),
    ],
)
def test_date(check: Checks, text: str, expected: str, value: str) -> None:
    check.date(text, expected, value)


def test_claim_asserted_and_denied(check: Checks) -> None:
    check.call_disputed(
        (
            "Akhbar Berita Pagi melaporkan bahawa Datuk Bandar Ahmad Zaki dan "
            'Gabenor Rahman Ali bercakap melalui telefon pada hari Selasa. "Tiada '
            'perbualan telefon," kata jurucakap Siti Aminah.'
        ),
        {"Rahman Ali", "Ahmad Zaki"},
        "Siti Aminah",
    )


@pytest.mark.parametrize(
    "text",
    [
        (
            "Majlis bandaraya bermesyuarat pada hari Isnin untuk membincangkan "
            "bajet tahun hadapan serta kerja membaiki sekolah di seluruh negeri."
        ),
    ],
)
def test_language_identified(check: Checks, text: str) -> None:
    check.language(text)
