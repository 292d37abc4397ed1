"""Highlighting: spans nest, cut where they cross, and every character is shown once, escaped."""

from __future__ import annotations

import html
import re

from sumber.web.highlight import Mark, marks, render


def _plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_every_character_once_and_escaped() -> None:
    text = 'Ana said <b>"no" & more</b>\n\tto Bob.'
    out = str(render(text, [Mark(0, 3, "source"), Mark(9, 27, "content", ("st-denies",))]))
    assert _plain(out) == text
    assert "<b>" not in out and "&lt;b&gt;" in out


def test_crossing_spans_are_cut_and_nest() -> None:
    text = "abcdefghij"
    out = str(render(text, [Mark(0, 6, "content"), Mark(4, 9, "mention", href="/e/1")]))
    assert out == (
        '<span class="m-content">abcd<a class="m-mention" href="/e/1">ef</a></span>'
        '<a class="m-mention" href="/e/1">ghi</a>j'
    )


def test_no_link_inside_a_link_and_anchor_once() -> None:
    text = "Kremlin spokesman"
    out = str(
        render(
            text,
            [
                Mark(0, 17, "mention", href="/e/1", anchor="x"),
                Mark(0, 7, "mention", href="/e/2"),
            ],
        )
    )
    assert out.count("<a ") == 1 and out.count('id="x"') == 1
    assert _plain(out) == text


def test_pins_mark_the_end_of_a_claim() -> None:
    out = str(render("abc def", [Mark(0, 3, "claim"), Mark(3, 3, "pin", href="/c/1")]))
    assert out == '<span class="m-claim">abc</span><a class="m-pin" href="/c/1"></a> def'


def test_marks_of_a_record_ignore_bad_spans() -> None:
    record = {
        "text": "Peskov denied it.",
        "boilerplate": [{"span": [5, 2], "kind": "ad"}],
        "entities": [
            {
                "id": "e1",
                "name": "Peskov",
                "type": "person",
                "mentions": [{"span": [0, 6]}, {"span": [40, 50]}],
            }
        ],
        "attributions": [
            {
                "id": "a1",
                "source": {"entity": "e1", "span": [0, 6]},
                "cue": {"text": "denied", "span": [7, 13]},
                "content": {"text": "it", "spans": [[14, 16], "bad"]},
                "kind": "indirect",
                "stance": "denies",
            }
        ],
        "claims": [],
    }
    found = marks(record, lambda e: f"/e/{e['id']}")
    kinds = sorted(m.kind for m in found)
    assert kinds == ["content", "cue", "mention", "source"]
    out = str(render(record["text"], found))
    assert 'class="m-content st-denies k-indirect" id="a-a1"' in out
    assert _plain(out) == record["text"]
