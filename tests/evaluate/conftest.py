"""Tiny gold samples in each supported format, written into tmp_path (our own sentences)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

BRAT_TEXT = "Budi said the road is broken.\nThe mayor, officials said, will fix it soon.\n"

BRAT_ANN = """T1\tSource 0 4\tBudi
T2\tCue 5 9\tsaid
T3\tContent 10 28\tthe road is broken
T4\tAttribution 5 9\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tContent 30 39;57 73\tThe mayor will fix it soon
T6\tSource 41 50\tofficials
T7\tCue 51 55\tsaid
T8\tAttribution 51 55\tsaid
E2\tAttribution:T8 Source:T6 Cue:T7 Content:T5
#1\tAnnotatorNotes T5\ta note
"""

PFSA = """BANDUNG\tO
,\tO
KOMPAS\tO
—\tO
Warga\tO
mengeluh\tO
.\tO

”\tB-STATEMENT
Jalan\tI-STATEMENT
rusak\tI-STATEMENT
parah\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
kata\tU-CUE
Ketua\tB-ROLE
RT\tL-ROLE
,\tO
Sari\tB-PERSON
Dewi\tL-PERSON
.\tO

SURABAYA\tO
,\tO
KOMPAS\tO
—\tO
Hujan\tO
turun\tO
.\tO

”\tB-STATEMENT
Kami\tI-STATEMENT
siap\tI-STATEMENT
.\tI-STATEMENT

Pompa\tI-STATEMENT
sudah\tI-STATEMENT
menyala\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
ujarnya\tU-CUECOREF
.\tO
"""

GOLD_TEXT = (
    "JAKARTA - Menteri Sari Wulandari mengatakan jembatan baru dibuka pada 3 Mei. "
    '"Kami sudah siap," kata Sari. Pada 3 Mei jalan ditutup.\n[iklan]\n'
)

GOLD = {
    "format": "sumber-gold/1",
    "document": "jembatan.id.txt",
    "language": "id",
    "published": None,
    "anchor_date": "2024-04-20",
    "boilerplate": ["[iklan]"],
    "entities": [
        {"name": "Sari Wulandari", "type": "person", "mentions": ["Menteri Sari Wulandari", "Sari"]}
    ],
    "attributions": [
        {
            "source": "Sari Wulandari",
            "cue": "mengatakan",
            "kind": "indirect",
            "content": "jembatan baru dibuka pada 3 Mei",
        },
        {"source": "Sari Wulandari", "cue": "kata", "kind": "direct", "content": "Kami sudah siap"},
    ],
    "claims": [],
    "times": [{"text": "3 Mei", "value": "2024-05-03"}, {"text": "3 Mei", "value": "2024-05-03"}],
}


@pytest.fixture
def polnear_dir(tmp_path: Path) -> Path:
    root = tmp_path / "polnear"
    dev = root / "dev"
    (dev / "text").mkdir(parents=True)
    (dev / "attributions").mkdir()
    (dev / "text" / "doc.txt").write_text(BRAT_TEXT, encoding="utf-8")
    (dev / "attributions" / "doc_a1.ann").write_text(BRAT_ANN, encoding="utf-8")
    (dev / "attributions" / "doc_b2.ann").write_text("", encoding="utf-8")
    (root / "metadata.tsv").write_text(
        "filename\tpublication_date\ttitle\ndoc\t2016-10-01\tA title\n", encoding="utf-8"
    )
    return dev


@pytest.fixture
def pfsa_file(tmp_path: Path) -> Path:
    path = tmp_path / "pfsa.txt"
    path.write_text(PFSA, encoding="utf-8")
    return path


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    (tmp_path / "jembatan.id.txt").write_text(GOLD_TEXT, encoding="utf-8")
    path = tmp_path / "jembatan.id.gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return path
