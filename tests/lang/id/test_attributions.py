"""Indonesian attributions: each kind, cue before/after, same-mark quotes, conduits, stance.

Every sentence here is written for these tests. The seed article regression at the end reads
``../shared`` and is skipped when it is absent.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sumber import boilerplate, segment, times
from sumber.attributions import find_attributions
from sumber.model import Article, Attribution, Time
from sumber.options import Options


def analyse(text: str, published: str | None = None) -> list[Attribution]:
    article = Article(text=text, language="id", published=published)
    article.meta["options"] = Options(use_model=False)
    for stage in (boilerplate.mark, segment.segment, times.find_times, find_attributions):
        article = stage(article)
    return article.attributions


def only(text: str) -> Attribution:
    found = analyse(text)
    assert len(found) == 1, [(a.kind, a.text) for a in found]
    return found[0]


# text, kind, source text, cue text, content
CASES = [
    # direct, cue after, same-mark quotes as in much Indonesian copy
    (
        "”Kami akan membangun jembatan baru,” kata Budi Santoso.",
        "direct",
        "Budi Santoso",
        "kata",
        "Kami akan membangun jembatan baru",
    ),
    (
        "“Jalan itu ditutup,” ujar Kepala Dinas Perhubungan Rina Wati.",
        "direct",
        "Kepala Dinas Perhubungan Rina Wati",
        "ujar",
        "Jalan itu ditutup",
    ),
    (
        '"Kami siap bekerja," tambah Gubernur Ani.',
        "direct",
        "Gubernur Ani",
        "tambah",
        "Kami siap bekerja",
    ),
    # the clitic pronoun is the source mention
    ("”Harga beras naik lagi,” ujarnya.", "direct", "nya", "ujarnya", "Harga beras naik lagi"),
    # source before the cue, after the quote
    (
        "”Itu keputusan bersama.” Dewi menambahkan.",
        "direct",
        "Dewi",
        "menambahkan",
        "Itu keputusan bersama.",
    ),
    # cue before the quote
    (
        "Gubernur Ani Wijaya mengatakan, ”Sekolah dibuka pekan depan.”",
        "direct",
        "Gubernur Ani Wijaya",
        "mengatakan",
        "Sekolah dibuka pekan depan.",
    ),
    ("Menurut Rudi, ”anggaran sudah cukup.”", "direct", "Rudi", "Menurut", "anggaran sudah cukup."),
    # indirect
    (
        "Menteri Keuangan Sri Lestari mengatakan bahwa pajak tidak akan naik.",
        "indirect",
        "Menteri Keuangan Sri Lestari",
        "mengatakan",
        "pajak tidak akan naik",
    ),
    (
        "Bupati Joko menegaskan, sekolah tetap dibuka.",
        "indirect",
        "Bupati Joko",
        "menegaskan",
        "sekolah tetap dibuka",
    ),
    (
        "Partai Hijau, yang kini memimpin koalisi, menyatakan akan menolak usulan itu.",
        "indirect",
        "Partai Hijau",
        "menyatakan",
        "akan menolak usulan itu",
    ),
    (
        "Harga gabah akan turun, kata Kepala Dinas Pertanian Bambang.",
        "indirect",
        "Kepala Dinas Pertanian Bambang",
        "kata",
        "Harga gabah akan turun",
    ),
    # according_to, at the start and inside the sentence
    (
        "Menurut Kapolres Joko Susilo, pelaku sudah ditangkap.",
        "according_to",
        "Kapolres Joko Susilo",
        "Menurut",
        "pelaku sudah ditangkap",
    ),
    (
        "Kebijakan itu, menurut Sinta, akan berlaku tahun depan.",
        "according_to",
        "Sinta",
        "menurut",
        "Kebijakan itu … akan berlaku tahun depan",
    ),
    (
        "Menurutnya, harga cabai akan turun.",
        "according_to",
        "nya",
        "Menurutnya",
        "harga cabai akan turun",
    ),
    # mixed: indirect content with a quoted fragment
    (
        "Menteri Agus menyatakan bahwa proyek itu selesai “dalam waktu dua bulan,” tetapi tidak "
        "merinci biayanya.",
        "mixed",
        "Menteri Agus",
        "menyatakan",
        "proyek itu selesai “dalam waktu dua bulan,”",
    ),
]


@pytest.mark.parametrize(("text", "kind", "source", "cue", "content"), CASES)
def test_kinds_sources_cues(text: str, kind: str, source: str, cue: str, content: str) -> None:
    a = only(text)
    assert a.kind == kind
    assert a.source is not None and a.source.text == source
    assert a.cue is not None and a.cue.text == cue
    assert a.text == content
    assert a.id == "a1"


def test_spans_index_the_text() -> None:
    text = "Awalnya sepi. ”Kami siap,” kata Sari."
    a = only(text)
    assert a.source is not None and a.cue is not None
    assert text[slice(*a.source.span)] == "Sari"
    assert text[slice(*a.cue.span)] == "kata"
    assert [text[s:e] for s, e in a.content_spans] == ["Kami siap"]


def test_cue_between_two_quotes_gives_two_spans() -> None:
    a = only("”Kami siap,” kata Sari, ”tetapi dananya belum turun.”")
    assert a.kind == "direct"
    assert a.text == "Kami siap … tetapi dananya belum turun."
    assert len(a.content_spans) == 2


def test_quote_with_no_cue_continues_the_previous_one() -> None:
    found = analyse(
        "”Kami tidak takut,” kata Dewi di radio Suara Rakyat. ”Kami akan terus bekerja untuk "
        "warga.”"
    )
    assert [a.kind for a in found] == ["direct", "direct"]
    first, second = found
    assert [c.name for c in first.via] == ["radio Suara Rakyat"]
    assert second.cue is None
    assert second.source is not None and second.source.text == "Dewi"
    assert [c.name for c in second.via] == ["radio Suara Rakyat"]
    assert [a.id for a in found] == ["a1", "a2"]


def test_unclosed_quote_ends_at_the_cue() -> None:
    a = only(
        '"Warga meminta agar "jalan desa yang rusak" segera diperbaiki, kata sumber tersebut.\n'
        "Hujan turun sepanjang hari."
    )
    assert a.kind == "direct"
    assert a.text == 'Warga meminta agar "jalan desa yang rusak" segera diperbaiki'
    assert a.source is not None and a.source.anonymous


def test_via_chain_with_citing_verb() -> None:
    a = only(
        "Harian Pagi mengutip Menteri Keuangan Sri Lestari yang mengatakan bahwa pajak tidak "
        "akan naik."
    )
    assert a.source is not None and a.source.text == "Menteri Keuangan Sri Lestari"
    assert [c.name for c in a.via] == ["Harian Pagi"]
    assert a.kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "Seperti dikutip dari Harian Pagi, Menteri Agus mengatakan bahwa harga akan stabil.",
        "Dilansir Harian Pagi, Menteri Agus mengatakan bahwa harga akan stabil.",
    ],
)
def test_quoted_from_a_medium_is_a_conduit(text: str) -> None:
    a = only(text)
    assert a.source is not None and a.source.text == "Menteri Agus"
    assert [c.name for c in a.via] == ["Harian Pagi"]


def test_conduit_after_the_cue() -> None:
    a = only("”Harga akan stabil,” kata Menteri Agus kepada Harian Pagi.")
    assert [c.name for c in a.via] == ["Harian Pagi"]


def test_anonymous_source_keeps_its_conduit() -> None:
    found = analyse(
        "Harian Pagi mengutip sumber anonim yang mengatakan bahwa rapat itu batal. ”Semua sudah "
        "diputuskan,” kata sumber tersebut."
    )
    assert len(found) == 2
    for a in found:
        assert a.source is not None and a.source.anonymous
        assert [c.name for c in a.via] == ["Harian Pagi"]
    assert found[1].source is not None and found[1].source.text == "sumber tersebut"


def test_anonymous_source_with_modifiers() -> None:
    a = only("Seorang sumber yang enggan disebutkan namanya mengatakan bahwa rapat itu batal.")
    assert a.source is not None and a.source.anonymous
    assert a.source.text == "Seorang sumber yang enggan disebutkan namanya"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Juru bicara Partai Maju membantah bahwa dana kampanye disalahgunakan.", "denies"),
        ("Kementerian Luar Negeri menepis bahwa duta besar itu dipanggil pulang.", "denies"),
        ("Kantor berita Nusantara melaporkan bahwa gempa terasa hingga ke kota.", "reports"),
        ("Bupati Joko mengatakan bahwa jalan itu sudah diperbaiki.", "asserts"),
    ],
)
def test_stance_from_the_cue(text: str, stance: str) -> None:
    assert only(text).stance == stance


def test_passive_cue_takes_no_subject_as_source() -> None:
    assert analyse("Proyek itu dikatakan sudah selesai.") == []


def test_date_of_the_statement_from_times() -> None:
    text = "Pada tanggal 3 Maret, Menteri Agus menyatakan bahwa harga akan stabil."
    article = Article(text=text, language="id")
    article.meta["options"] = Options(use_model=False)
    article = segment.segment(boilerplate.mark(article))
    start = text.index("3 Maret")
    article.times = [Time("3 Maret", (start, start + 7), "2025-03-03", "day")]
    a = find_attributions(article).attributions[0]
    assert a.date == "2025-03-03"


def test_a_time_inside_the_content_does_not_date_the_statement() -> None:
    text = "Menteri Agus menyatakan bahwa harga naik pada 3 Maret."
    article = Article(text=text, language="id")
    article = segment.segment(boilerplate.mark(article))
    start = text.index("3 Maret")
    article.times = [Time("3 Maret", (start, start + 7), "2025-03-03", "day")]
    assert find_attributions(article).attributions[0].date is None


def test_boilerplate_is_not_analysed() -> None:
    assert analyse("[iklan_2]\nSumber: kata Budi bahwa semua baik\nKomentar (0)") == []


@pytest.mark.parametrize("text", ["", "”", "”””", "“”", "kata", "menurut ,", "” kata ”"])
def test_odd_input_never_fails(text: str) -> None:
    article = Article(text=text, language="id")
    article = segment.segment(boilerplate.mark(article))
    find_attributions(article)


# ---------------------------------------------------------------- the seed article
SEED = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "seed"
SEED_TEXT = SEED / "kremlin-denies-call.id.txt"
SEED_GOLD = SEED / "kremlin-denies-call.id.gold.json"


def _words(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.lower()))


@pytest.fixture(scope="module")
def seed() -> tuple[dict, list[Attribution]]:
    if not SEED_TEXT.exists() or not SEED_GOLD.exists():
        pytest.skip("../shared (the seed article) is not present")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    found = analyse(SEED_TEXT.read_text(encoding="utf-8"), published=gold["anchor_date"])
    return gold, found


def test_seed_attributions(seed: tuple[dict, list[Attribution]]) -> None:
    gold, found = seed
    mentions = {e["name"]: [e["name"], *e["mentions"]] for e in gold["entities"]}
    assert len(found) == len(gold["attributions"]) == 13
    for g in gold["attributions"]:
        gw = _words(g["content"])
        a = max(found, key=lambda x: len(gw & _words(x.text)) / len(gw | _words(x.text)))
        where = g["content"][:40]
        assert len(gw & _words(a.text)) / len(gw | _words(a.text)) > 0.9, where
        assert a.kind == g["kind"], where
        assert (a.cue.text.lower() if a.cue else None) == (g["cue"].lower() if g["cue"] else None)
        assert a.source is not None, where
        if g["source"] == "anonymous":
            assert a.source.anonymous and a.source.text == g["source_text"], where
        else:
            names = [m.lower() for m in mentions.get(g["source"], [g["source"]])]
            assert a.source.text.lower() in names, where
            if g.get("source_text"):
                assert a.source.text == g["source_text"], where
        for v in g.get("via", []):
            assert any(v in c.name for c in a.via), where
        assert len(a.via) == len(g.get("via", [])), where
        assert a.date == g.get("date"), where
