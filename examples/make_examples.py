"""Regenerate examples/articles.jsonl from the example texts in this folder (all written for sumber)."""

import json
from pathlib import Path

HERE = Path(__file__).parent
ARTICLES = [
    ("id-laporan-telepon", "id", "2025-03-06", "https://example.org/id/laporan-telepon"),
    ("id-bantahan-telepon", "id", "2025-03-07", "https://example.org/id/bantahan-telepon"),
    ("en-report-call", "en", "2025-03-06", "https://example.org/en/report-call"),
    ("en-denial-call", "en", "2025-03-07", "https://example.org/en/denial-call"),
]

with open(HERE / "articles.jsonl", "w", encoding="utf-8") as out:
    for name, language, published, url in ARTICLES:
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        title = text.strip().splitlines()[0].strip()  # the headline, as a feed would give it
        record = {"id": name, "url": url, "title": title, "published": published, "text": text}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
