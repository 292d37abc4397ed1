"""Quotation finding: pairs, nesting, same-mark quotes, unbalanced marks, odd input."""

from __future__ import annotations

import time

import pytest

from sumber.lang.base import QUOTE_PAIRS
from sumber.quotes import find_quotes


def inner_texts(text: str, depth: int | None = 0) -> list[str]:
    return [
        text[q.inner[0] : q.inner[1]]
        for q in find_quotes(text, QUOTE_PAIRS)
        if depth is None or q.depth == depth
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Kami siap,” katanya.", ["Kami siap,"]),
        ('"We are ready," she said.', ["We are ready,"]),
        ("”Kami siap,” katanya. ”Besok kami datang.”", ["Kami siap,", "Besok kami datang."]),
        ("«Nous sommes prêts», a-t-il dit.", ["Nous sommes prêts"]),
        ("Ia berkata, ”Kami siap.” Lalu ia pergi.", ["Kami siap."]),
    ],
)
def test_pairs(text: str, expected: list[str]) -> None:
    assert inner_texts(text) == expected


def test_same_mark_quotes_alternate_in_tokenised_text() -> None:
    text = "Ia pulang . ” Kami siap , ” kata Ani . ” Besok lagi , ” ujarnya ."
    assert inner_texts(text) == ["Kami siap ,", "Besok lagi ,"]


def test_nested_quote_inside_same_mark_quote() -> None:
    text = '"Dia bilang "tidak ada rapat" kemarin," kata Budi.'
    assert inner_texts(text) == ['Dia bilang "tidak ada rapat" kemarin,']
    assert inner_texts(text, depth=1) == ["tidak ada rapat"]


def test_unclosed_quote_ends_at_paragraph_end() -> None:
    text = '"Kami tidak tahu apa-apa, kata warga itu.\nParagraf berikutnya "di sini".'
    quotes = find_quotes(text, QUOTE_PAIRS)
    first = quotes[0]
    assert not first.closed
    assert text[first.inner[0] : first.inner[1]] == "Kami tidak tahu apa-apa, kata warga itu."
    assert [text[q.inner[0] : q.inner[1]] for q in quotes[1:]] == ["di sini"]


def test_unclosed_quote_with_inner_pair_and_later_quote() -> None:
    text = (
        '"Ia meminta agar "jalan rusak" segera diperbaiki, kata sumber itu.\n'
        'Pejabat itu menyebut hasilnya "positif" seperti biasa.'
    )
    tops = inner_texts(text)
    assert tops[0].startswith("Ia meminta agar")
    assert tops[0].endswith("kata sumber itu.")
    assert tops[1] == "positif"


def test_closing_word_after_mark_closes() -> None:
    text = "Pasar sepi. Ini berat, ”keluhnya. ”Besok buka lagi,” ujarnya."
    words = frozenset({"keluhnya", "ujarnya"})
    quotes = find_quotes(text, QUOTE_PAIRS, closing_words=words)
    assert [text[q.inner[0] : q.inner[1]] for q in quotes] == ["Besok buka lagi,"]


@pytest.mark.parametrize("text", ["", "”", "”””", '""', "“", "«»", "\n\n", "a”b”c”"])
def test_odd_input_never_fails(text: str) -> None:
    for q in find_quotes(text, QUOTE_PAIRS):
        assert 0 <= q.start <= q.inner[0] <= q.inner[1] <= q.end <= len(text)


def test_one_megabyte_unclosed_quote_is_linear() -> None:
    text = "”" + "kata dia bahwa semua baik, " * 40_000
    start = time.perf_counter()
    quotes = find_quotes(text, QUOTE_PAIRS)
    assert time.perf_counter() - start < 2.0
    assert len(quotes) == 1 and not quotes[0].closed
    assert quotes[0].end == len(text)


def test_two_character_marks() -> None:
    pairs = (("``", "''"), ("''", "''"))
    text = "''We are ready,'' she said. ``Are you?'' he asked."
    quotes = find_quotes(text, pairs)
    assert [text[q.inner[0] : q.inner[1]] for q in quotes] == ["We are ready,", "Are you?"]
    assert text[quotes[0].start : quotes[0].end] == "''We are ready,''"
