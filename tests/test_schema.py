"""The sumber/1 JSON Schema: it is valid, and every record sumber writes conforms to it.

Beyond the schema, records are checked for what a schema cannot say: spans lie
inside the text, in order, and the text fields of mentions, cues and times are
the text at their span; ids that records refer to exist.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import sumber
from sumber.cli import cli
from sumber.model import ATTRIBUTION_KINDS, ENTITY_TYPES, STANCES

jsonschema = pytest.importorskip("jsonschema")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

TEXTS = [
    (
        "en",
        "The finance minister said on Monday that the budget would be cut. “We have no "
        "choice,” she told reporters in Jakarta. The opposition denied that any cuts "
        "were needed, according to a statement.",
    ),
    (
        "id",
        "Menteri Keuangan mengatakan pada Senin bahwa anggaran akan dipangkas. “Kami tidak "
        "punya pilihan,” katanya kepada wartawan. Juru bicara partai oposisi membantah "
        "kabar itu, menurut kantor berita Antara.",
    ),
    (
        "en",
        "Officials declined to comment. A person familiar with the matter said the deal "
        "was close, The Daily Planet reported, citing two sources.",
    ),
    (
        "en",
        "“It is pure fiction,” the spokesman said of the report of the call, which "
        "reportedly took place last Thursday.",
    ),
    (
        "id",
        "Presiden Joko Widodo menyebut rapat itu “berjalan lancar”. Namun, kata dia, "
        "belum ada keputusan.",
    ),
    ("en", "No quotes here, only a line of text\nand [ 12, 3 ] brackets."),
]


def schema() -> dict[str, Any]:
    text = resources.files("sumber").joinpath("schema/sumber-1.json").read_text("utf-8")
    return json.loads(text)


@pytest.fixture(scope="module")
def validator() -> Any:
    s = schema()
    jsonschema.Draft202012Validator.check_schema(s)
    return jsonschema.Draft202012Validator(s)


def check_offsets(record: dict[str, Any]) -> None:
    text = record["text"]
    n = len(text)

    def ok(span: list[int] | None, what: str) -> None:
        if span is None:
            return
        assert 0 <= span[0] <= span[1] <= n, f"{what} span {span} outside text of {n}"

    for b in record["boilerplate"]:
        ok(b["span"], "boilerplate")
    for s in record["sentences"]:
        ok(s, "sentence")
    assert record["sentences"] == sorted(record["sentences"])
    ids = {e["id"] for e in record["entities"]}
    assert len(ids) == len(record["entities"]), "entity ids are not unique"
    for e in record["entities"]:
        for m in e["mentions"]:
            ok(m["span"], "mention")
            assert text[m["span"][0] : m["span"][1]] == m["text"], m
    att_ids = {a["id"] for a in record["attributions"]}
    for a in record["attributions"]:
        if a["source"]:
            ok(a["source"]["span"], "source")
            assert a["source"]["entity"] is None or a["source"]["entity"] in ids
        if a["cue"]:
            ok(a["cue"]["span"], "cue")
            assert text[a["cue"]["span"][0] : a["cue"]["span"][1]] == a["cue"]["text"], a["cue"]
        for s in a["content"]["spans"]:
            ok(s, "content")
        for c in a["via"]:
            ok(c["span"], "conduit")
            assert c["entity"] is None or c["entity"] in ids
    for c in record["claims"]:
        ok(c["span"], "claim")
        for p in c["participants"]:
            assert p in ids, f"claim participant {p} is no entity"
        for s in c["stances"]:
            assert s["holder"] in ids | {"author", "anonymous"}, s
            assert s["attribution"] is None or s["attribution"] in att_ids, s
    for t in record["times"]:
        ok(t["span"], "time")
        assert text[t["span"][0] : t["span"][1]] == t["text"], t


def test_schema_enums_match_the_model() -> None:
    defs = schema()["$defs"]
    assert tuple(defs["entity"]["properties"]["type"]["enum"]) == ENTITY_TYPES
    assert tuple(defs["attribution"]["properties"]["kind"]["enum"]) == ATTRIBUTION_KINDS
    assert tuple(defs["stance"]["enum"]) == STANCES


def test_schema_lists_every_field_to_dict_writes() -> None:
    record = sumber.Article(text="x").to_dict()
    assert set(schema()["required"]) == set(record)
    assert set(schema()["properties"]) == set(record)


@pytest.mark.parametrize(("language", "text"), TEXTS)
def test_analyze_output_conforms(validator: Any, language: str, text: str) -> None:
    for lang in (language, None):
        record = sumber.analyze(text, published="2024-11-12", language=lang, id="t").to_dict()
        validator.validate(record)
        check_offsets(record)


def test_a_hand_built_record_with_everything_conforms(validator: Any) -> None:
    from sumber.model import (
        Article,
        Attribution,
        Boilerplate,
        Claim,
        Conduit,
        Cue,
        Entity,
        Mention,
        Source,
        Stance,
        Time,
    )

    text = "Radio One said Ann denied it. [ad]"
    art = Article(
        text=text,
        id="x",
        url="https://example.org/x",
        language="en",
        published="2024-01-01",
        title="T",
        boilerplate=[Boilerplate((30, 34), "ad")],
        sentences=[(0, 29)],
        entities=[
            Entity("e1", "Ann", "person", ["spokeswoman"], [Mention((15, 18), "Ann")]),
            Entity("e2", "Radio One", "media", [], [Mention((0, 9), "Radio One")]),
        ],
        attributions=[
            Attribution(
                "a1",
                Source("Ann", (15, 18), "e1", "Ann"),
                Cue("denied", (19, 25)),
                [(26, 28)],
                "indirect",
                [Conduit("Radio One", (0, 9), "e2")],
                "2024-01-01",
                "denies",
                "it",
            ),
            Attribution("a2", None, None, [(0, 5), (6, 9)], "according_to"),
        ],
        claims=[
            Claim(
                "c1",
                "say",
                ["e1"],
                "it",
                (26, 28),
                None,
                None,
                [
                    Stance("e1", "denies", "a1", False, ["e2"]),
                    Stance("author", "reports", None, True),
                ],
            )
        ],
        times=[Time("2024", (0, 0), "2024", "year")],
    )
    record = art.to_dict()
    validator.validate(record)
    assert record["claims"][0]["status"] == "disputed"
    bad = json.loads(json.dumps(record))
    bad["attributions"][0]["stance"] = "claims"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)
    bad = json.loads(json.dumps(record))
    bad["entities"][0]["extra"] = 1
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)


def example_files() -> list[Path]:
    if not EXAMPLES.is_dir():
        return []
    return sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))


def test_examples_conform(validator: Any) -> None:
    files = example_files()
    if not files:
        pytest.skip("no examples/ folder with articles")
    result = CliRunner().invoke(cli, ["analyze", *map(str, files), "--format", "jsonl"])
    assert "Traceback" not in result.stderr
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for record in records:
        validator.validate(record)
        check_offsets(record)
