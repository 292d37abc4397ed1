"""Malay (ms): attributions, denials, dates, claims and language identification.

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

ISO = "ms"
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
        ("Perjanjian itu ditandatangani pada 3 Mac 2023 di Ipoh.", "3 Mac 2023", "2023-03-03"),
        ("Mesyuarat itu diadakan pada 7 Ogos.", "7 Ogos", "2024-08-07"),
        ("Majlis akan bersidang minggu depan.", "minggu depan", "2024-W47"),
    ],
)
def test_date(text: str, expected: str, value: str) -> None:
    article = times.find_times(Article(text=text, language=ISO, published=PUB))
    assert [(t.text, t.value) for t in article.times][:1] == [(expected, value)]


def test_claim_asserted_and_denied() -> None:
    article = sumber.analyze(
        (
            "Akhbar Berita Pagi melaporkan bahawa Datuk Bandar Ahmad Zaki dan "
            'Gabenor Rahman Ali bercakap melalui telefon pada hari Selasa. "Tiada '
            'perbualan telefon," kata jurucakap Siti Aminah.'
        ),
        published=PUB,
        options=Options(use_model=False),
    )
    assert article.language == ISO
    names = {e.id: e.name for e in article.entities}
    calls = [c for c in article.claims if c.event == "phone_call"]
    assert calls, [(c.event, c.participants) for c in article.claims]
    call = calls[0]
    assert {names[p] for p in call.participants} == {"Rahman Ali", "Ahmad Zaki"}
    stances = {(names.get(s.holder, s.holder), s.stance) for s in call.stances}
    assert ("Siti Aminah", "denies") in stances, stances
    assert call.status == "disputed", stances


@pytest.mark.parametrize(
    "text",
    [
        (
            "Majlis bandaraya bermesyuarat pada hari Isnin untuk membincangkan "
            "bajet tahun hadapan serta kerja membaiki sekolah di seluruh negeri."
        ),
    ],
)
def test_language_identified(text: str) -> None:
    assert detect_language(text) == ISO
