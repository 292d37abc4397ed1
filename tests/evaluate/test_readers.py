"""Gold readers on tiny samples: brat (PolNeAR), BILOU (PFSA-ID), sumber-gold/1; bad gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sumber.errors import GoldFormatError, InputError
from sumber.evaluate import detect_format, read_gold, read_pfsa, read_polnear, read_sumber_gold
from sumber.evaluate.pfsa import detokenize


def spans_text(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_read_polnear(polnear_dir: Path) -> None:
    (doc,) = read_polnear(polnear_dir)
    assert doc.id == "doc" and doc.language == "en" and doc.published == "2016-10-01"
    first, second = doc.attributions  # from doc_a1.ann, not the empty doc_b2.ann
    assert spans_text(doc.text, first.content) == ["the road is broken"]
    assert spans_text(doc.text, first.source) == ["Budi"]
    assert spans_text(doc.text, first.cue) == ["said"]
    assert spans_text(doc.text, second.content) == ["The mayor", "will fix it soon"]
    assert second.source_text == "officials"


@pytest.mark.parametrize(
    "line",
    [
        "T1\tSource x 4\tBudi",
        "E1\tAttribution:T9 Content:T9",
        "garbage line",
        "T1\tSource 0 999\tx",
    ],
)
def test_malformed_ann(polnear_dir: Path, line: str) -> None:
    (polnear_dir / "attributions" / "doc_a1.ann").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="doc_a1.ann"):
        read_polnear(polnear_dir)


def test_polnear_needs_text_folder(tmp_path: Path) -> None:
    (tmp_path / "attributions").mkdir()
    with pytest.raises(GoldFormatError):
        read_polnear(tmp_path)
    with pytest.raises(InputError):
        read_polnear(tmp_path / "absent")


def test_read_pfsa(pfsa_file: Path) -> None:
    first, second = read_pfsa(pfsa_file)
    assert first.id == "pfsa-0001" and first.language == "id" and first.published is None
    assert (
        first.text
        == "BANDUNG, KOMPAS — Warga mengeluh. ”Jalan rusak parah,” kata Ketua RT, Sari Dewi."
    )
    (att,) = first.attributions
    assert spans_text(first.text, att.content) == ["Jalan rusak parah,"]
    assert spans_text(first.text, att.cue) == ["kata"]
    assert spans_text(first.text, att.source) == ["Ketua RT", "Sari Dewi"]
    assert first.scored_kinds == frozenset({"direct", "mixed"})
    (att2,) = second.attributions
    assert second.text.endswith("”Kami siap. Pompa sudah menyala,” ujarnya.")
    assert spans_text(second.text, att2.content) == ["Kami siap. Pompa sudah menyala,"]
    assert spans_text(second.text, att2.source) == ["ujarnya"]  # the clitic; no name before it


def test_pfsa_split(pfsa_file: Path) -> None:
    assert [d.id for d in read_pfsa(pfsa_file, "train")] == ["pfsa-0001"]  # int(0.8 * 2) == 1
    assert [d.id for d in read_pfsa(pfsa_file, "test")] == ["pfsa-0002"]
    assert len(read_pfsa(pfsa_file, "all")) == 2
    with pytest.raises(InputError, match="split"):
        read_pfsa(pfsa_file, "dev")


def test_pfsa_line_without_tab(pfsa_file: Path) -> None:
    pfsa_file.write_text("JAKARTA\tO\nrusak\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"pfsa.txt:2"):
        read_pfsa(pfsa_file)


def test_detokenize_offsets_are_exact() -> None:
    tokens = ["Harga", "naik", "10", "%", "(", "kata", "BPS", ")", "pada", "13", "/", "4", "."]
    text, spans = detokenize(tokens, ["O"] * len(tokens))
    assert text == "Harga naik 10% (kata BPS) pada 13/4."
    assert [text[s:e] for s, e in spans] == tokens


def test_read_sumber_gold(gold_file: Path) -> None:
    doc = read_sumber_gold(gold_file)
    assert doc.id == "jembatan.id" and doc.published == "2024-04-20"
    a, b = doc.attributions
    assert spans_text(doc.text, a.content) == ["jembatan baru dibuka pada 3 Mei"]
    assert spans_text(doc.text, a.cue) == ["mengatakan"]
    assert a.source_names[:2] == ["Sari Wulandari", "Menteri Sari Wulandari"]
    assert spans_text(doc.text, b.content) == ["Kami sudah siap"]
    assert spans_text(doc.text, b.cue) == ["kata"]
    first, second = doc.times
    assert first.span < second.span and doc.text[second.span[0] - 5 : second.span[0]] == "Pada "
    assert spans_text(doc.text, doc.boilerplate or []) == ["[iklan]"]
    # every whole-word occurrence of every listed mention, nested ones included
    assert spans_text(doc.text, doc.entity_mentions or []) == [
        "Menteri Sari Wulandari",
        "Sari",
        "Sari",
    ]


def test_sumber_gold_finds_interrupted_content(gold_file: Path) -> None:
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    data["text"] = "Jalan itu, kata Sari, akan dibuka besok."
    data["attributions"] = [
        {"source": "Sari Wulandari", "cue": "kata", "content": "Jalan itu akan dibuka besok"}
    ]
    data.pop("times")
    data.pop("boilerplate")
    gold_file.write_text(json.dumps(data), encoding="utf-8")
    doc = read_sumber_gold(gold_file)
    assert spans_text(doc.text, doc.attributions[0].content) == ["Jalan itu", "akan dibuka besok"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("attributions"), "missing key 'attributions'"),
        (lambda d: d["attributions"][0].update(content="tidak ada di teks"), "content not found"),
        (lambda d: d.update(document="absent.txt"), "absent.txt"),
        (lambda d: d["times"].append({"text": "3 Mei", "value": "x"}), "occurrence 3"),
    ],
)
def test_malformed_sumber_gold(gold_file: Path, change: object, message: str) -> None:
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    gold_file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message):
        read_sumber_gold(gold_file)


def test_bad_json_names_file_and_line(gold_file: Path) -> None:
    gold_file.write_text('{"format": "sumber-gold/1",\n "document": }', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"jembatan.id.gold.json:2"):
        read_sumber_gold(gold_file)


def test_detect_format(gold_file: Path, polnear_dir: Path, pfsa_file: Path, tmp_path: Path) -> None:
    assert detect_format(gold_file) == "sumber-gold"
    assert detect_format(polnear_dir) == "polnear"
    assert detect_format(pfsa_file) == "pfsa"
    assert len(read_gold(polnear_dir.parent, split="dev")) == 1
    other = tmp_path / "notes.md"
    other.write_text("# just notes\n", encoding="utf-8")
    with pytest.raises(GoldFormatError):
        detect_format(other)
    with pytest.raises(InputError):
        detect_format(tmp_path / "absent.json")


def test_pfsa_clitic_cue_accepts_the_antecedent(tmp_path: Path) -> None:
    sentences = [
        "JAKARTA , KOMPAS — Budi/U-PERSON datang .",
        "”/B-STATEMENT Aman/I-STATEMENT ,/I-STATEMENT ”/L-STATEMENT katanya/U-CUECOREF .",
    ]
    lines = []
    for sentence in sentences:
        for tok in sentence.split():
            word, _, tag = tok.partition("/")
            lines.append(f"{word}\t{tag or 'O'}")
        lines.append("")
    path = tmp_path / "clitic.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    (doc,) = read_pfsa(path)
    assert doc.text == "JAKARTA, KOMPAS — Budi datang. ”Aman,” katanya."
    assert spans_text(doc.text, doc.attributions[0].source) == ["Budi", "katanya"]


def test_pfsa_speakers(pfsa_file: Path) -> None:
    assert all(d.public_only for d in read_pfsa(pfsa_file))
    assert not any(d.public_only for d in read_pfsa(pfsa_file, speakers="all"))
    with pytest.raises(InputError, match="speakers"):
        read_pfsa(pfsa_file, speakers="private")
