"""A killed ingest leaves a consistent store, and a re-run finishes the job without duplicates.

``sumber ingest`` runs in a subprocess on 300 small generated articles and is
killed with SIGKILL part-way; the SQLite file must pass ``PRAGMA
integrity_check``, every stored article must have all its rows, and a second
run must store the rest, each article once.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sumber.store import GROUP

FIRST = [
    "Ayu",
    "Budi",
    "Citra",
    "Dedi",
    "Eka",
    "Fajar",
    "Gita",
    "Hadi",
    "Indah",
    "Joko",
    "Kartika",
    "Lestari",
    "Maya",
    "Nanda",
    "Oki",
]
LAST = [
    "Pratama",
    "Wibowo",
    "Saputra",
    "Halim",
    "Nugroho",
    "Siregar",
    "Lubis",
    "Tanjung",
    "Gunawan",
    "Kusuma",
    "Hidayat",
    "Rahman",
    "Setiadi",
    "Wijaya",
    "Purnomo",
    "Susanto",
    "Irawan",
    "Hakim",
    "Permana",
    "Sitorus",
]
N = GROUP + 200  # two groups: the kill comes after the first is written, before the second


def _articles() -> list[dict[str, str]]:
    out = []
    for i in range(N):
        a = f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}"
        b = f"{FIRST[(i * 7 + 3) % len(FIRST)]} {LAST[(i * 3 + 5) % len(LAST)]}"
        day = i % 28 + 1
        if i % 2:
            text = (
                f"Harian Warta Kota melaporkan bahwa Gubernur Bima Santoso melakukan "
                f"panggilan telepon dengan {a} pada {day} Maret. Menurut {b}, pertemuan "
                f"lanjutan dijadwalkan pekan depan.\n"
            )
            lang = "id"
        else:
            text = (
                f"The governor's spokesperson, {b}, denied that Bima Santoso had a phone "
                f'call with {a} on March {day}. "That is not true," {b} said.\n'
            )
            lang = "en"
        text = text.replace(".\n", f". ({i})\n")  # every text differs (same text, same article)
        out.append(
            {"id": f"gen-{i:04d}", "text": text, "language": lang, "published": "2025-03-30"}
        )
    return out


def _ingest(jsonl: Path, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "sumber", "ingest", str(jsonl), "--db", str(db), "--no-model"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:  # the tables are not there yet
        return 0


def _check_consistent(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = con.execute("SELECT id, record FROM articles").fetchall()
        for aid, raw in rows:
            rec = json.loads(raw)

            def n(table: str, aid: str = aid) -> int:
                return con.execute(
                    f"SELECT count(*) FROM {table} WHERE article_id = ?", (aid,)
                ).fetchone()[0]

            assert n("article_entities") == len(rec["entities"]), aid
            assert n("attributions") == len(rec["attributions"]), aid
            assert n("article_claims") == len(rec["claims"]), aid
            assert n("stances") == sum(len(c["stances"]) for c in rec["claims"]), aid
        # nothing refers to an article that is not there
        for table in ("article_entities", "attributions", "article_claims", "stances"):
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
            ).fetchone()[0]
            assert orphans == 0, table
    finally:
        con.close()
    from sumber.store import Store

    with Store(str(db)) as store:
        assert store.check() == []
    return len(rows)


def test_kill_mid_ingest_then_rerun(tmp_path: Path) -> None:
    jsonl = tmp_path / "many.jsonl"
    jsonl.write_text("".join(json.dumps(a) + "\n" for a in _articles()), encoding="utf-8")
    db = tmp_path / "crash.db"

    proc = _ingest(jsonl, db)
    deadline = time.monotonic() + 120
    while _stored(db) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = _check_consistent(db)
    if killed:
        assert partial < N, "ingest finished before it could be killed"

    proc = _ingest(jsonl, db)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert f"{N} articles:" in out.decode()
    assert f"{partial} unchanged" in out.decode()
    assert _check_consistent(db) == N

    con = sqlite3.connect(db)
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM articles")]
        assert sorted(ids) == [f"gen-{i:04d}" for i in range(N)]
        names = [r[0] for r in con.execute("SELECT name FROM entities WHERE type = 'person'")]
        assert names.count("Bima Santoso") == 1
        assert len(names) == len(set(names)), "an entity was stored twice"
        dup = con.execute(
            "SELECT article_id, local_claim_id, position, count(*) FROM stances "
            "GROUP BY 1, 2, 3 HAVING count(*) > 1"
        ).fetchall()
        assert dup == []
    finally:
        con.close()


def test_two_ingests_at_once_store_each_article_once(tmp_path: Path) -> None:
    articles = _articles()[:120]
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(json.dumps(a) + "\n" for a in articles[:80]), encoding="utf-8")
    second.write_text("".join(json.dumps(a) + "\n" for a in articles[40:]), encoding="utf-8")
    db = tmp_path / "both.db"
    procs = [_ingest(first, db), _ingest(second, db)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    assert _check_consistent(db) == 120
    con = sqlite3.connect(db)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM entities WHERE type = 'person'")]
    finally:
        con.close()
    assert len(names) == len(set(names)), "an entity was stored twice"


def test_opening_waits_for_another_writer_to_switch_to_wal(tmp_path: Path) -> None:
    """A fresh file another process is writing to: opening the store waits, never fails."""
    import sqlite3
    import threading

    from sumber.store import Store

    db = tmp_path / "busy.db"
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE scratch (x)")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO scratch VALUES (1)")
    timer = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    timer.start()
    try:
        with Store(f"sqlite:///{db}") as store:
            assert store.articles() == []
    finally:
        timer.join()
        other.close()
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
