"""``sumber eval`` through click's CliRunner: JSON figures, saved predictions, bad gold."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sumber.cli import cli
from sumber.evaluate import evaluate, format_report


def _prediction(text: str, content: str, source: str, cue: str) -> dict:
    def span(s: str) -> list[int]:
        start = text.index(s)
        return [start, start + len(s)]

    return {
        "id": "a",
        "kind": "indirect",
        "stance": "asserts",
        "via": [],
        "date": None,
        "content": {"text": content, "spans": [span(content)]},
        "source": {
            "entity": None,
            "name": None,
            "text": source,
            "span": span(source),
            "anonymous": False,
        },
        "cue": {"text": cue, "span": span(cue)},
    }


def test_eval_json_runs_the_analyzer(gold_file: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(gold_file), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["format"] == "sumber-gold" and report["documents"] == 1
    assert set(report["content@0.5"]) == {"p", "r", "f1", "tp", "fp", "fn"}
    assert report["content@0.5"]["tp"] + report["content@0.5"]["fn"] == 2
    assert report["time_values"]["n"] == 2
    assert "unmatched" in report and "per_document" in report


def test_eval_saved_predictions(gold_file: Path, tmp_path: Path) -> None:
    text = (gold_file.parent / "jembatan.id.txt").read_text(encoding="utf-8")
    record = {
        "schema": "sumber/1",
        "id": "jembatan.id",
        "text": text,
        "attributions": [
            _prediction(
                text, "jembatan baru dibuka pada 3 Mei", "Menteri Sari Wulandari", "mengatakan"
            ),
            _prediction(text, "JAKARTA", "Sari", "kata"),
        ],
    }
    preds = tmp_path / "out.jsonl"
    preds.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = evaluate(gold_file, predictions=preds)
    assert report["content@0.5"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    assert report["source_accuracy"] == 1.0 and report["cue_accuracy"] == 1.0
    assert report["missing_predictions"] == 0
    text = format_report(report)
    assert "attribution content @0.5" in text and "unmatched gold attributions (1)" in text
    result = CliRunner().invoke(cli, ["eval", str(gold_file), "--predictions", str(preds)])
    assert result.exit_code == 0 and "source accuracy" in result.stdout


def test_eval_pfsa_split_and_polnear(pfsa_file: Path, polnear_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(pfsa_file), "--split", "test", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == 1
    result = CliRunner().invoke(cli, ["eval", str(polnear_dir), "--json"])
    assert result.exit_code == 0, result.output
    assert (
        json.loads(result.stdout)["content@0.5"]["fn"]
        + json.loads(result.stdout)["content@0.5"]["tp"]
        == 2
    )


def test_eval_bad_gold_is_one_line(gold_file: Path) -> None:
    gold_file.write_text('{"format": "sumber-gold/1", "document": ', encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold_file)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "jembatan.id.gold.json:1" in lines[0]
    assert "Traceback" not in result.output


def test_eval_missing_path(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "absent.json")])
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_eval_speakers_option(pfsa_file: Path) -> None:
    for speakers in ("public", "all"):
        result = CliRunner().invoke(cli, ["eval", str(pfsa_file), "--speakers", speakers, "--json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["speakers"] == speakers
    bad = CliRunner().invoke(cli, ["eval", str(pfsa_file), "--speakers", "private"])
    assert bad.exit_code == 2
