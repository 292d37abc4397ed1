"""The store commands as a user runs them: ingest, disputes, claims, entity, articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sumber.cli import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles.jsonl"


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def corpus(tmp_path: Path, texts: dict[str, str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [
        {"id": "id-report", "text": texts["id_report"], "published": "2025-03-05"},
        {"id": "en-denial", "text": texts["en_denial"], "published": "2025-03-06"},
    ]
    (folder / "a.jsonl").write_text(
        "\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8"
    )
    (folder / "other.txt").write_text(texts["id_other_call"], encoding="utf-8")
    return folder


def test_ingest_then_query_every_command(store_url: str, corpus: Path) -> None:
    code, out, err = run("ingest", str(corpus), "--db", store_url, "--published", "2025-08-22")
    assert code == 0, err
    assert out.strip() == "3 articles: 3 inserted, 0 replaced, 0 unchanged"
    code, out, _ = run("ingest", str(corpus / "a.jsonl"), "--db", store_url, "--json")
    assert code == 0
    assert [r["status"] for r in json.loads(out)["results"]] == ["unchanged", "unchanged"]

    code, out, _ = run("disputes", "--db", store_url, "--json")
    assert code == 0
    disputes = json.loads(out)
    assert len(disputes) == 1
    d = disputes[0]
    assert set(d) >= {"claim", "status", "stances", "independent_confirmations"}
    assert set(d["claim"]) >= {"id", "event", "participants", "date", "summary"}
    for st in d["stances"]:
        assert set(st) >= {"holder", "stance", "via", "article", "quote", "span"}
        assert set(st["holder"]) >= {"name", "type"}
        assert set(st["article"]) >= {"id", "url", "language", "published"}

    code, out, _ = run("disputes", "--db", store_url)
    assert code == 0
    assert "phone_call: " in out and "✔ Harian Suara Timur reports" in out
    assert "✘ Nina Wulan denies" in out
    assert out.index("for:") < out.index("against:")

    code, out, _ = run("claims", "--db", store_url, "--about", "Rudi Hartawan", "--json")
    assert code == 0 and len(json.loads(out)) == 2
    code, out, _ = run("claims", "--db", store_url, "--event", "meeting")
    assert code == 0 and out.strip() == "No claims."

    code, out, _ = run("entity", "Nina Wulan", "--db", store_url, "--json")
    assert code == 0
    view = json.loads(out)
    assert view["name"] == "Nina Wulan" and view["said"]
    code, out, _ = run("entity", "Bima Santoso", "--db", store_url)
    assert code == 0
    assert "aliases: " in out and "What others said about Bima Santoso:" in out
    code, _, err = run("entity", "Nobody Here", "--db", store_url)
    assert code == 1 and err.startswith("sumber: error:") and len(err.splitlines()) == 1

    code, out, _ = run("articles", "--db", store_url, "--json")
    assert code == 0
    assert sorted(a["id"] for a in json.loads(out)) == ["en-denial", "id-report", "other.txt"]
    code, out, _ = run("articles", "--db", store_url)
    assert code == 0 and len(out.splitlines()) == 3


def test_ingest_stores_sumber1_records_without_reanalysing(
    store_url: str, tmp_path: Path, make_record: Any
) -> None:
    rec = make_record(
        "pre",
        "A text that the analyser would read differently.",
        entities=[("e1", "Ana Lima", "person", [], ["Ana Lima"])],
    )
    path = tmp_path / "out.jsonl"
    path.write_text(
        json.dumps(rec) + "\n\n" + '{"text": "Ana Lima said it rained."}\n' + "not json\n",
        encoding="utf-8",
    )
    code, out, err = run("ingest", str(path), "--db", store_url)
    assert code == 1  # the bad line is reported, the others stored
    assert len(err.splitlines()) == 1
    assert err.startswith(f"sumber: error: {path}:4: malformed JSON line")
    assert out.strip() == "2 articles: 2 inserted, 0 replaced, 0 unchanged; 1 failed"
    code, out, _ = run("articles", "--db", store_url, "--json")
    ids = sorted(a["id"] for a in json.loads(out))
    assert ids == sorted(["pre", f"{path}:3"])
    code, out, _ = run("entity", "Ana Lima", "--db", store_url, "--json")
    assert code == 0 and "pre" in json.loads(out)["articles"]


@pytest.mark.parametrize(
    "url",
    ["nosuchdriver://x/y", "sqlite:////no/such/dir/s.db", "postgresql://nobody@127.0.0.1:1/none"],
)
def test_bad_db_url_is_one_line(url: str) -> None:
    for args in (["disputes"], ["articles", "--json"], ["entity", "x"]):
        code, out, err = run(*args, "--db", url)
        assert code == 1 and out == ""
        assert len(err.splitlines()) == 1 and err.startswith("sumber: error:")


def test_default_db_is_sumber_db_in_working_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, texts: dict[str, str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SUMBER_DB", raising=False)
    (tmp_path / "a.txt").write_text(texts["en_denial"], encoding="utf-8")
    code, _, err = run("ingest", "a.txt")
    assert code == 0, err
    assert (tmp_path / "sumber.db").exists()
    monkeypatch.setenv("SUMBER_DB", str(tmp_path / "env.db"))
    code, out, _ = run("articles", "--json")
    assert code == 0 and json.loads(out) == []


def test_examples_show_a_dispute(tmp_path: Path) -> None:
    db = str(tmp_path / "ex.db")
    code, _, err = run("ingest", str(EXAMPLES), "--db", db)
    assert code == 0, err
    code, out, _ = run("disputes", "--db", db, "--json")
    assert code == 0
    disputes = json.loads(out)
    assert disputes, "the bundled examples should show at least one disputed claim"
    assert all(d["status"] == "disputed" for d in disputes)


def test_a_malformed_record_is_reported_and_skipped(tmp_path: Path, make_record: Any) -> None:
    good = make_record("good", "Fine text.")
    bad = make_record(
        "bad", "Text.", entities=[("e1", "A B", "person", [], []), ("e1", "C D", "person", [], [])]
    )
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(bad) + "\n" + json.dumps(good) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    code, out, err = run("ingest", str(path), "--db", db)
    assert code == 1
    assert (
        err.strip() == 'sumber: error: bad: malformed sumber/1 record: "entities" has duplicate ids'
    )
    assert out.strip() == "1 article: 1 inserted, 0 replaced, 0 unchanged; 1 failed"
