"""``sumber batch`` end to end: every input kind, errors, resuming, a real Dask cluster, ingest.

The articles are written for these tests. One local run (worker processes on
this machine) and runs on a separate ``distributed.LocalCluster`` of two worker
processes (through ``--scheduler``) are compared table by table, row by row.
"""

from __future__ import annotations

import gzip
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

pytest.importorskip("pyarrow")
pytest.importorskip("distributed")
pytest.importorskip("warcio")

import pyarrow.parquet as pq  # noqa: E402

from sumber.batch import tables  # noqa: E402
from sumber.cli import cli  # noqa: E402

REPORT = (
    "Harbour deal: mayor called developer, paper says\n\n"
    "The Coastal Herald reported on Tuesday that Mayor Clara Benton had a phone call with "
    "developer Owen Fisk on June 4, two days before the harbour contract was signed.\n"
)
DENIAL = (
    "City Hall denies mayor's call with developer\n\n"
    "The mayor's spokesperson, Ravi Menon, denied that Clara Benton had a phone call with "
    'Owen Fisk on June 4. "No such call took place," Menon said.\n'
)
BRIDGE = (
    "Bridge repairs to start in July\n\n"
    "Works director Hana Sato said the old river bridge will close for repairs in July. "
    '"We expect the work to take six weeks," she told reporters.\n'
)
MARKET = (
    "Pasar ikan baru dibuka\n\n"
    "Kepala dinas perikanan Agus Salim mengatakan pasar ikan baru di pelabuhan dibuka pada "
    'Senin. "Pedagang bisa mulai berjualan pekan ini," ujarnya.\n'
)


def _page(title: str, body: str, date: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (
        f"<!doctype html><html><head><title>{title}</title>{meta}</head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        writer.write_record(writer.create_warcinfo_record("news.warc.gz", {"software": "test"}))

        def response(url: str, status: str, ctype: str, body: bytes, date: str) -> None:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(rec)

        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record("https://news.example/bridge", "request", http_headers=req)
        )
        response(
            "https://news.example/bridge",
            "200 OK",
            "text/html; charset=utf-8",
            _page("Bridge repairs to start in July", BRIDGE.split("\n\n", 1)[1]),
            "2025-06-20T08:00:00Z",
        )
        response(
            "https://news.example/logo.png",
            "200 OK",
            "image/png",
            b"\x89PNG...",
            "2025-06-20T08:00:01Z",
        )
        response(
            "https://news.example/gone",
            "404 Not Found",
            "text/html",
            b"<html>gone</html>",
            "2025-06-20T08:00:02Z",
        )
        response(
            "https://news.example/empty",
            "200 OK",
            "text/html",
            b"<!doctype html><html><body><script>var x;</script></body></html>",
            "2025-06-20T08:00:03Z",
        )
        response(
            "https://news.example/pasar",
            "200 OK",
            "text/html",
            _page("Pasar ikan baru dibuka", MARKET.split("\n\n", 1)[1], "2025-06-16"),
            "2025-06-21T09:00:00Z",
        )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("inputs")
    lines = [
        {"id": "harbour-report", "published": "2025-06-05", "text": REPORT},
        {"id": "harbour-denial", "published": "2025-06-06", "text": DENIAL},
        {"id": "blank", "text": "   "},
    ]
    jsonl = root / "feed.jsonl"
    jsonl.write_text(
        "\n".join(json.dumps(x) for x in lines) + "\nthis is not JSON\n", encoding="utf-8"
    )
    gz = root / "more.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "bridge-gz", "text": BRIDGE, "published": "2025-06-19"}) + "\n")
        f.write("\n")
        f.write(json.dumps({"id": "market-gz", "text": MARKET}) + "\n")
    warc = root / "news.warc.gz"
    _warc(warc)
    folder = root / "folder"
    (folder / "sub").mkdir(parents=True)
    (folder / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (folder / "sub" / "market.html").write_bytes(_page("Pasar ikan", MARKET, "2025-06-16"))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    return {"jsonl": jsonl, "gz": gz, "warc": warc, "folder": folder}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.stderr, result.stderr
    return result.exit_code, result.stdout, result.stderr


def all_inputs(inputs: dict[str, Path]) -> list[str]:
    return [str(inputs[k]) for k in ("jsonl", "gz", "warc", "folder")]


@pytest.fixture(scope="module")
def local_out(inputs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local") / "results"
    code, stdout, stderr = run(
        "batch", *all_inputs(inputs), "--out", str(out), "--workers", "2", "--shard-size", "2"
    )
    assert code == 0, stderr
    assert "skipped 1 file" in stderr  # notes.pdf
    assert stdout.startswith("8 articles; 3 errors; ")
    return out


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as c:
        yield c


def plan_ids(out: Path) -> list[str]:
    return [s["id"] for s in json.loads((out / "_batch.json").read_text())["shards"]]


def rows(out: Path, table: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for sid in plan_ids(out):
        found.extend(pq.read_table(tables.table_path(out, table, sid)).to_pylist())
    return found


def test_every_input_kind_becomes_rows(local_out: Path, inputs: dict[str, Path]) -> None:
    articles = rows(local_out, "articles")
    ids = [a["article_id"] for a in articles]
    assert ids[:4] == ["harbour-report", "harbour-denial", "bridge-gz", "market-gz"]
    assert ids[-2:] == ["bridge.txt", "sub/market.html"]
    warc = [a for a in articles if a["input"] == str(inputs["warc"])]
    assert [(a["url"], a["position"], a["published"]) for a in warc] == [
        ("https://news.example/bridge", 1, "2025-06-20"),  # WARC-Date: the page gives none
        ("https://news.example/pasar", 3, "2025-06-16"),  # the page's own date wins
    ]
    assert [a["position"] for a in articles if a["input"] == str(inputs["gz"])] == [1, 3]
    report = json.loads(articles[0]["record"])
    assert report["schema"] == "sumber/1" and report["text"] == REPORT
    # rows carry spans into the record's text
    for m in rows(local_out, "mentions"):
        if m["article_id"] == "harbour-report":
            assert REPORT[m["start"] : m["end"]] == m["text"]
    atts = [a for a in rows(local_out, "attributions") if a["article_id"] == "harbour-denial"]
    assert any(a["stance"] == "denies" and a["source_name"] == "Ravi Menon" for a in atts)
    claims = [c for c in rows(local_out, "claims") if c["event"] == "phone_call"]
    assert {c["article_id"] for c in claims} == {"harbour-report", "harbour-denial"}
    stances = {(s["article_id"], s["stance"]) for s in rows(local_out, "stances")}
    assert ("harbour-denial", "denies") in stances
    ents = rows(local_out, "entities")
    assert {"Clara Benton", "Owen Fisk"} <= {e["name"] for e in ents}


def test_bad_records_go_to_the_errors_file(local_out: Path, inputs: dict[str, Path]) -> None:
    errors = [
        json.loads(line)
        for path in sorted((local_out / "errors").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    found = sorted((Path(e["input"]).name, e["position"], e["reason"]) for e in errors)
    assert found == [
        ("feed.jsonl", 3, '"text" is empty'),
        ("feed.jsonl", 4, "malformed JSON line: Expecting value at column 1"),
        ("news.warc.gz", 2, "no article text found in HTML"),
    ]


def test_rerun_skips_finished_shards_and_redoes_a_deleted_one(
    local_out: Path, inputs: dict[str, Path]
) -> None:
    before = rows(local_out, "entities")
    code, stdout, _ = run(
        "batch", *all_inputs(inputs), "--out", str(local_out), "--workers", "1", "--shard-size", "2"
    )
    assert code == 0
    n = len(plan_ids(local_out))
    assert f"{n} shards (0 run, {n} already done)" in stdout
    victim = plan_ids(local_out)[1]
    tables.table_path(local_out, "entities", victim).unlink()
    code, stdout, _ = run(
        "batch", *all_inputs(inputs), "--out", str(local_out), "--workers", "1", "--shard-size", "2"
    )
    assert code == 0
    assert f"(1 run, {n - 1} already done)" in stdout
    assert rows(local_out, "entities") == before


def test_cluster_run_is_identical_to_the_local_run(
    local_out: Path, inputs: dict[str, Path], cluster: Any, tmp_path: Path
) -> None:
    out = tmp_path / "cluster"
    code, stdout, stderr = run(
        "batch",
        *all_inputs(inputs),
        "--out",
        str(out),
        "--shard-size",
        "2",
        "--scheduler",
        cluster.scheduler_address,
    )
    assert code == 0, stderr
    assert plan_ids(out) == plan_ids(local_out)
    for table in tables.TABLES:
        assert rows(out, table) == rows(local_out, table), table


def test_ingest_results_gives_the_same_disputes_as_the_jsonl(
    inputs: dict[str, Path], cluster: Any, tmp_path: Path
) -> None:
    out = tmp_path / "results"
    code, _, stderr = run(
        "batch", str(inputs["jsonl"]), "--out", str(out), "--scheduler", cluster.scheduler_address
    )
    assert code == 0, stderr
    from_batch, direct = tmp_path / "batch.db", tmp_path / "direct.db"
    code, stdout, _ = run("ingest", str(out), "--db", str(from_batch))
    assert code == 0 and stdout.startswith("2 articles: 2 inserted")
    run("ingest", str(inputs["jsonl"]), "--db", str(direct))
    disputes = [
        json.loads(run("disputes", "--db", str(db), "--json")[1]) for db in (from_batch, direct)
    ]
    assert disputes[0] == disputes[1]
    assert len(disputes[0]) == 1 and disputes[0][0]["claim"]["event"] == "phone_call"


def stored(db: Path) -> dict[str, list[str]]:
    """Every row of an SQLite store but the ingest times, table by table, in a stable order."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        names = [
            n
            for (n,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        found: dict[str, list[str]] = {}
        for name in names:
            cols = [
                f'"{c[1]}"'
                for c in con.execute(f'PRAGMA table_info("{name}")')
                if c[1] not in ("ingested_at", "applied_at")
            ]
            rows = con.execute(f'SELECT {", ".join(cols)} FROM "{name}"')
            found[name] = sorted(repr(r) for r in rows)
        # and the articles in the order they were stored
        found["articles by rowid"] = [
            i for (i,) in con.execute("SELECT id FROM articles ORDER BY rowid")
        ]
    finally:
        con.close()
    return found


def batch_db(inputs: dict[str, Path], out: Path, cluster: Any, db: str, size: int = 2) -> Any:
    """``sumber batch`` of every input into ``out`` on the test cluster, storing into ``db``."""
    return run(
        "batch",
        *all_inputs(inputs),
        "--out",
        str(out),
        "--shard-size",
        str(size),
        "--scheduler",
        cluster.scheduler_address,
        "--db",
        db,
    )


def test_batch_db_stores_what_ingesting_the_results_stores(
    inputs: dict[str, Path], cluster: Any, tmp_path: Path
) -> None:
    """One shard per record on two workers: the shards finish in any order, the store
    gets them in plan order."""
    out, piped, after = tmp_path / "results", tmp_path / "piped.db", tmp_path / "after.db"
    code, stdout, stderr = batch_db(inputs, out, cluster, f"sqlite:///{piped}", size=1)
    assert code == 0, stderr
    assert stdout.startswith("8 articles; 3 errors; ")
    code, ingested, stderr = run("ingest", str(out), "--db", str(after))
    assert code == 0, stderr
    assert ingested.startswith("8 articles: ")
    assert stdout.rstrip().endswith(f"; stored {ingested.strip()}")
    rows = stored(piped)
    assert rows == stored(after)
    assert rows["articles by rowid"][:2] == ["harbour-report", "harbour-denial"]


def test_a_resumed_batch_db_stores_the_shards_done_before(
    local_out: Path, inputs: dict[str, Path], cluster: Any, tmp_path: Path
) -> None:
    out = tmp_path / "results"
    shutil.copytree(local_out, out)
    ids = plan_ids(out)
    tables.table_path(out, "articles", ids[2]).unlink()
    code, stdout, stderr = batch_db(inputs, out, cluster, str(tmp_path / "resumed.db"))
    assert code == 0, stderr
    assert f"(1 run, {len(ids) - 1} already done)" in stdout
    assert "; stored 8 articles: " in stdout
    code, _, stderr = run("ingest", str(out), "--db", str(tmp_path / "after.db"))
    assert code == 0, stderr
    assert stored(tmp_path / "resumed.db") == stored(tmp_path / "after.db")


def test_batch_db_reports_an_unreadable_shard_in_one_line_and_stores_the_rest(
    local_out: Path, inputs: dict[str, Path], cluster: Any, tmp_path: Path
) -> None:
    out = tmp_path / "results"
    shutil.copytree(local_out, out)
    broken = tables.table_path(out, "articles", plan_ids(out)[0])
    broken.write_bytes(b"not parquet at all")
    code, stdout, stderr = batch_db(inputs, out, cluster, str(tmp_path / "store.db"))
    assert code == 1
    errors = [line for line in stderr.splitlines() if line.startswith("sumber: error:")]
    assert len(errors) == 1 and errors[0].startswith(f"sumber: error: {broken}: not a Parquet file")
    assert stdout.rstrip().endswith(
        "; stored 6 articles: 5 inserted, 0 replaced, 1 unchanged, 1 failed"  # 1: bridge.txt
    )


def test_batch_db_stores_whole_groups_across_shards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shards smaller than the store's group wait for the next ones to fill it; the rest
    is stored at the end, and an unreadable file is one error between the others."""
    import pyarrow as pa

    from sumber import cli_batch, store

    class Recording:
        def __init__(self) -> None:
            self.calls: list[list[str]] = []

        def ingest_many(self, items: Any, progress: Any, options: Any, on_error: Any) -> None:
            ids = [r["id"] for r in items]
            if ids:
                self.calls.append(ids)
            for _ in ids:
                progress(type("Result", (), {"status": "inserted"}))

        def close(self) -> None:
            pass

    shop = Recording()
    monkeypatch.setattr(cli_batch, "_open", lambda db: shop)
    monkeypatch.setattr(store, "GROUP", 4)
    paths = []
    for name in "abc":
        path = tmp_path / f"{name}.parquet"
        records = [json.dumps({"id": f"{name}{i}"}) for i in range(3)]
        pq.write_table(pa.table({"record": records}), path)
        paths.append(path)
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"not parquet")
    storing = cli_batch._Storing("unused", None)
    storing(paths[0])
    assert shop.calls == []  # 3 records: less than a group
    storing(paths[1])
    assert shop.calls == [["a0", "a1", "a2", "b0"]]
    storing(broken)
    storing(paths[2])
    assert shop.calls[1:] == [["b1", "b2", "c0", "c1"]]
    storing.finish()
    assert shop.calls[2:] == [["c2"]]
    assert storing.tally["inserted"] == 9
    assert storing.failed == 1 and storing.messages[0][0] == str(broken)
    assert storing.line() == "stored 9 articles: 9 inserted, 0 replaced, 0 unchanged, 1 failed"


def test_groups_read_files_as_their_records_are_let_out(tmp_path: Path) -> None:
    import pyarrow as pa

    from sumber.batch.results import Groups

    groups = Groups(5)
    for name, n in (("a", 4), ("b", 4), ("c", 3)):
        records = [json.dumps({"id": f"{name}{i}"}) for i in range(n)]
        pq.write_table(pa.table({"record": records}), tmp_path / f"{name}.parquet")
        groups.add(tmp_path / f"{name}.parquet")
    whole = groups.whole()
    assert groups.count == 1  # 11 wait: 10 are let out, 1 keeps waiting
    assert [r["id"] for r in whole] == ["a0", "a1", "a2", "a3", "b0", "b1", "b2", "b3", "c0", "c1"]
    assert [r["id"] for r in groups.whole()] == []
    assert [r["id"] for r in groups.rest()] == ["c2"]
    assert groups.count == 0 and not groups.waiting


def test_shards_are_handed_over_in_plan_order(tmp_path: Path) -> None:
    from sumber.batch.run import InOrder

    got: list[str] = []
    order = InOrder(tmp_path, ["a", "b", "c", "d", "e", "a"], lambda p: got.append(p.stem))
    order.resolve("c", True)
    assert got == []  # a and b still running
    order.resolve("a", True)
    assert got == ["a"]
    order.resolve("b", False)  # failed: left out
    assert got == ["a", "c"]
    order.resolve("e", True)
    assert got == ["a", "c"]
    order.resolve("d", True)
    assert got == ["a", "c", "d", "e", "a"]  # an input given twice is read twice
    assert tables.table_path(tmp_path, "articles", "a") == tmp_path / "articles" / "a.parquet"


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("nosuch://host/db", "unsupported database URL"),
        ("{tmp}/no/such/folder/store.db", "cannot open database"),
    ],
)
def test_an_unusable_db_is_one_line_before_anything_runs(
    db: str, message: str, inputs: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    code, stdout, stderr = run(
        "batch", str(inputs["jsonl"]), "--out", str(out), "--db", db.format(tmp=tmp_path)
    )
    assert code == 1 and stdout == ""
    assert stderr.startswith("sumber: error:") and message in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert not out.exists()  # nothing planned, nothing analysed


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.jsonl", "--out", "{tmp}/out"], "missing.jsonl: no such file or directory"),
        (["{feed}", "--out", "{feed}"], "--out must be a folder, and this is a file"),
        (["https://example.org/feed.jsonl", "--out", "{tmp}/out"], "local files and folders"),
        (
            ["{feed}", "--out", "{tmp}/out", "--scheduler", "tcp://127.0.0.1:1"],
            "cannot reach the Dask scheduler",
        ),
    ],
)
def test_unusable_arguments_are_one_line(
    args: list[str], message: str, inputs: dict[str, Path], tmp_path: Path
) -> None:
    filled = [a.format(tmp=tmp_path, feed=inputs["jsonl"]) for a in args]
    code, _, stderr = run("batch", *filled)
    assert code == 1
    assert stderr.startswith("sumber: error:") and message in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_missing_extras_are_named_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from sumber.batch import run as batch_run
    from sumber.errors import SumberError

    real = builtins.__import__

    def no_warcio(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "warcio":
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_warcio)
    with pytest.raises(SumberError, match=r"needs warcio: pip install 'sumber\[batch\]'"):
        batch_run.require()
