"""Speed benchmark: words per second of ``sumber.analyze`` on one core, and peak memory.

The texts: the 22 story articles, the PolNeAR dev texts and the PFSA-ID dev
articles from ``../shared`` (beside the repository) when it is there, else the
repository's ``examples/``. Words are white-space separated tokens.

Each measurement runs in a fresh subprocess pinned to CPU 0: it loads the
texts, warms up (one small analysis, so language packs and regexes are
compiled), then analyses every text ``--repeat`` times and reports the best
and the median pass, and the process's peak resident memory (``ru_maxrss``).
The same texts go through spaCy's blank English tokenizer as a reference
(skipped with a note when spaCy is not installed).

Usage::

    python scripts/benchmark.py                 # table on stdout
    python scripts/benchmark.py --repeat 5 --json
    python scripts/benchmark.py --write BENCHMARKS.md
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Record = dict[str, Any]
SHARED = ROOT.parent / "shared"
#: a linking run reports its pace on stderr every this many articles (rounded to whole
#: store groups), so an hours-long run shows where it is and how fast it goes
PROGRESS = 25_000


# --- texts --------------------------------------------------------------------------


def _pfsa_articles(path: Path) -> list[str]:
    """PFSA-ID token-per-line articles, tokens joined by spaces, one sentence per line."""
    articles: list[list[str]] = []
    sentence: list[str] = []

    def close() -> None:
        if not sentence:
            return
        head = sentence[:8]
        dateline = "KOMPAS" in head and head.index("KOMPAS") + 1 < len(head)
        if dateline:
            i = head.index("KOMPAS")
            dateline = head[i - 1] == "," and head[i + 1] in ("—", "–", "-")
        if dateline or not articles:
            articles.append([])
        articles[-1].append(" ".join(sentence))
        sentence.clear()

    with path.open(encoding="utf-8") as f:
        for line in f:
            token = line.split("\t", 1)[0].strip()
            if token:
                sentence.append(token)
            else:
                close()
    close()
    return ["\n".join(a) for a in articles]


def load_texts(shared: Path) -> tuple[list[tuple[str, str | None]], list[str]]:
    """The benchmark texts as (text, published) pairs, and a description of the sets."""
    texts: list[tuple[str, str | None]] = []
    sets: list[str] = []
    story = shared / "corpus/stories/kremlin-trump-putin-call/articles.jsonl"
    if story.is_file():
        rows = [json.loads(line) for line in story.open(encoding="utf-8") if line.strip()]
        texts += [(r["text"], r.get("published")) for r in rows]
        sets.append(f"{len(rows)} story articles")
    polnear = shared / "data/polnear/dev/text"
    if polnear.is_dir():
        files = sorted(polnear.glob("*.txt"))
        texts += [(p.read_text(encoding="utf-8"), None) for p in files]
        sets.append(f"{len(files)} PolNeAR dev texts")
    pfsa = shared / "data/pfsa-id/dev-40.txt"
    if pfsa.is_file():
        arts = _pfsa_articles(pfsa)
        texts += [(a, None) for a in arts]
        sets.append(f"{len(arts)} PFSA-ID dev articles (tokens joined by spaces)")
    if not texts:
        examples = ROOT / "examples/articles.jsonl"
        rows = [json.loads(line) for line in examples.open(encoding="utf-8") if line.strip()]
        texts += [(r["text"], r.get("published")) for r in rows]
        sets.append(f"{len(rows)} example articles (../shared not found)")
    return texts, sets


# --- one measurement, in its own process --------------------------------------------


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {0})
        except OSError:
            pass


def worker(engine: str, repeat: int, shared: Path) -> dict[str, Any]:
    """Time one engine on the texts in this process and return the figures."""
    _pin()
    texts, _ = load_texts(shared)
    words = sum(len(t.split()) for t, _ in texts)
    t0 = time.perf_counter()
    failures: list[str] = []
    if engine == "sumber":
        import sumber

        def one(text: str, published: str | None) -> None:
            try:
                sumber.analyze(text, published=published)
            except Exception as exc:  # counted, not fatal: the stages are in progress
                failures.append(f"{type(exc).__name__}: {exc}")

        one("The minister said on Monday that it was over.", "2024-01-01")
        one("Menteri itu mengatakan pada Senin bahwa rapat ditunda.", "2024-01-01")
    elif engine == "cli":
        import tempfile

        from sumber.inputs import analyze_inputs

        tmp = Path(tempfile.mkdtemp()) / "bench.jsonl"
        with tmp.open("w", encoding="utf-8") as f:
            for text, published in texts:
                f.write(json.dumps({"text": text, "published": published}) + "\n")
        sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - open for the run

        def run_cli(path: Path) -> None:
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                if analyze_inputs([str(path)], fmt="jsonl") != 0:
                    failures.append("some inputs failed")

        warm = tmp.with_name("warm.jsonl")
        warm.write_text(json.dumps({"text": "The minister said it was over."}) + "\n")
        run_cli(warm)

        def one(text: str, published: str | None) -> None:
            raise AssertionError("unused")

    elif engine == "spacy":
        import spacy

        nlp = spacy.blank("en")

        def one(text: str, published: str | None) -> None:
            nlp.tokenizer(text)

        one("The minister said on Monday that it was over.", None)
    else:
        raise SystemExit(f"unknown engine {engine}")
    warmup_s = time.perf_counter() - t0
    failures.clear()
    passes = []
    for _ in range(repeat):
        start = time.perf_counter()
        if engine == "cli":
            run_cli(tmp)
        else:
            for text, published in texts:
                one(text, published)
        passes.append(time.perf_counter() - start)
    best, median = min(passes), statistics.median(passes)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stages = _stage_times(texts) if engine == "sumber" else None
    return {
        "engine": engine,
        "texts": len(texts),
        "words": words,
        "repeat": repeat,
        "best_s": round(best, 4),
        "median_s": round(median, 4),
        "words_per_s_best": round(words / best),
        "words_per_s_median": round(words / median),
        "import_and_warmup_s": round(warmup_s, 3),
        "peak_rss_mb": round(peak, 1),
        "failures": len(failures) // max(repeat, 1),
        "first_failure": failures[0] if failures else None,
        "stage_seconds": stages,
    }


def _stage_times(texts: list[tuple[str, str | None]]) -> dict[str, float]:
    """Seconds per pipeline stage over one more pass (the stages wrapped with timers)."""
    import sumber
    from sumber import pipeline

    spent: dict[str, float] = {}
    real = pipeline.STAGES

    def timed(stage: Any) -> Any:
        name = f"{stage.__module__.removeprefix('sumber.')}.{stage.__name__}"

        def wrapper(article: Any) -> Any:
            t = time.perf_counter()
            try:
                return stage(article)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t

        return wrapper

    pipeline.STAGES = tuple(timed(st) for st in real)
    try:
        for text, published in texts:
            try:
                sumber.analyze(text, published=published)
            except Exception:
                pass
    finally:
        pipeline.STAGES = real
    return {k: round(v, 3) for k, v in spent.items()}


def measure(engine: str, repeat: int, shared: Path) -> dict[str, Any]:
    """Run :func:`worker` in a fresh subprocess (so peak memory is this engine's alone)."""
    cmd = [sys.executable, __file__, "--worker", engine, "--repeat", str(repeat)]
    cmd += ["--shared", str(shared)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"engine": engine, "skipped": tail}
    return json.loads(proc.stdout)


# --- corpus scale: the batch runner, ingest, linking ---------------------------------------


def _peak_rss_mb() -> float:
    """This process's peak resident memory in MB (run on each Dask worker)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _html_page(text: str) -> str:
    """An article as a news page: headline, paragraphs, and the usual menus and footer."""
    import html as _html

    lines = [x.strip() for x in text.splitlines() if x.strip()]
    title, body = (lines[0], lines[1:]) if len(lines) > 1 else ("News", lines)
    paras = "\n".join(f"<p>{_html.escape(x)}</p>" for x in body)
    nav = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(12))
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{_html.escape(title)}</title>"
        f"</head><body><nav><ul>{nav}</ul></nav><main><article><h1>{_html.escape(title)}</h1>"
        f"{paras}</article></main><footer><p>About us</p><p>Contact</p><p>Privacy</p>"
        f"</footer></body></html>"
    )


def _write_inputs(texts: list[tuple[str, str | None]], kind: str, folder: Path) -> str:
    """The texts as a batch input of one kind: JSONL of text, a folder of HTML, a WARC.gz."""
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "text":
        path = folder / "texts.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for i, (text, published) in enumerate(texts):
                f.write(json.dumps({"id": f"t{i}", "text": text, "published": published}) + "\n")
        return str(path)
    if kind == "html":
        for i, (text, _) in enumerate(texts):
            (folder / f"{i:06d}.html").write_text(_html_page(text), encoding="utf-8")
        return str(folder)
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = folder / "news.warc.gz"
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i, (text, _) in enumerate(texts):
            body = _html_page(text).encode("utf-8")
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            rec = writer.create_warc_record(
                f"https://news.example/{i}",
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-11-12T08:00:00Z"},
            )
            writer.write_record(rec)
    return str(path)


@contextlib.contextmanager
def _local_cluster(workers: int) -> Iterator[tuple[Any, Any, float]]:
    """A local Dask cluster of ``workers`` processes (one thread each) and its client, after
    every worker loaded the language packs and models on a first article (seconds)."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        t0 = time.perf_counter()
        client.run(lambda: __import__("sumber").analyze("The minister said it was over."))
        yield cluster, client, time.perf_counter() - t0


def bench_batch(
    texts: list[tuple[str, str | None]], kind: str, workers: int, tmp: Path
) -> dict[str, Any]:
    """``sumber batch`` on a local Dask cluster of ``workers`` processes: words/s, memory."""
    from sumber.batch import batch

    source = _write_inputs(texts, kind, tmp / f"in-{kind}")
    out = tmp / f"out-{kind}-{workers}"
    with _local_cluster(workers) as (cluster, client, warm):
        summary = batch([source], out, scheduler=cluster.scheduler_address, shard_size=100)
        peaks = client.run(_peak_rss_mb)
    return {
        "kind": kind,
        "workers": workers,
        "articles": summary.articles,
        "errors": summary.errors,
        "words": summary.words,
        "seconds": round(summary.seconds, 2),
        "warmup_s": round(warm, 2),
        "words_per_s": round(summary.words / summary.seconds),
        "articles_per_s": round(summary.articles / summary.seconds, 1),
        "peak_rss_mb_per_worker": round(max(peaks.values()), 1),
        "out": str(out),
    }


def batch_records(out: str) -> list[dict[str, Any]]:
    """The sumber/1 records a batch wrote, in plan order."""
    from sumber.batch import results

    return [r for f in results.files(Path(out)) for r in results.records(f)]


_CONSONANTS = "bcdfghjklmnprstvwz"
_VOWELS = "aeiou"


def _fake(word: str, rng: Any) -> str:
    """A made-up name as long as ``word`` (so every span of the text stays right), spelled
    like a name: consonants and vowels mostly alternate, so names differ in their consonant
    skeletons as real names do (all-vowel words would all share one blocking key)."""
    out = []
    for i in range(len(word)):
        consonant = (i % 2 == 0) if rng.random() < 0.85 else rng.random() < 0.5
        out.append(rng.choice(_CONSONANTS if consonant else _VOWELS))
    return out[0].upper() + "".join(out[1:])


def synthetic(records: list[dict[str, Any]], n: int, seed: str = "sumber") -> list[dict[str, Any]]:
    """``n`` records made from ``records`` with fresh names (see :func:`iter_synthetic`)."""
    return list(iter_synthetic(records, n, seed))


def iter_synthetic(
    records: list[dict[str, Any]], n: int, seed: str = "sumber", start: int = 0
) -> Iterator[dict[str, Any]]:
    """``n`` records made from ``records`` with fresh names, so linking has work to do; made
    one at a time, so that 100,000 of them need no more memory than one.

    Copy ``k`` of the set replaces every capitalised word of its people's, organisations'
    and media's names, in any script (in the text and the record alike), with a made-up
    word of the same length,
    the same for all records of the copy: the articles of one copy still tell one story
    (and dispute it), copies tell different stories about different people; places and
    events are shared. Ids and URLs get the copy number. ``start``: begin at that record of
    the ``n``, without making the ones before it (a kept run going on).
    """
    import random
    import re

    words: set[str] = set()
    for r in records:
        for e in r.get("entities") or []:
            if e.get("type") in ("person", "organization", "media"):
                names = [e.get("name") or ""] + [
                    m["text"] for m in e.get("mentions") or [] if m.get("kind") == "name"
                ]
                for name in names:
                    words.update(w for w in re.findall(r"\b[^\W\d_]{2,}\b", name) if w[0].isupper())
    # each record's JSON cut once, around its name words, so that a copy only joins the
    # pieces with its made-up words (a scan per copy, or an alternation of thousands of
    # names, would cost milliseconds per record: more than storing it)
    pattern = re.compile(r"\b([^\W\d_]{2,})\b")
    cut: list[list[str]] = []  # text, name word, text, ..., text
    for r in records:
        pieces = [""]
        for i, piece in enumerate(pattern.split(json.dumps(r, ensure_ascii=False))):
            if i % 2 and piece in words:
                pieces += [piece, ""]
            else:
                pieces[-1] += piece
        cut.append(pieces)
    k, skip = divmod(start, len(cut)) if cut else (0, 0)
    made = start
    while made < n:
        rng = random.Random(f"{seed}-{k}")
        fake = {w: _fake(w, rng) for w in sorted(words)}
        for pieces in cut[skip:]:
            if made >= n:
                break
            r = json.loads("".join(fake[p] if i % 2 else p for i, p in enumerate(pieces)))
            r["id"] = f"{r.get('id') or 'a'}~{k}"
            if r.get("url"):
                r["url"] = f"{r['url']}~{k}"
            made += 1
            yield r
        k, skip = k + 1, 0


def _fresh_sqlite(tmp: Path, name: str) -> str:
    path = tmp / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{path}"


def _fresh_postgres(url: str) -> tuple[str, Any]:
    """A URL to an empty schema of its own on the server, and a function dropping it."""
    import uuid
    from urllib.parse import quote

    from sqlalchemy import create_engine, text

    from sumber.store import _resolve

    engine = create_engine(_resolve(url))
    schema = "bench_" + uuid.uuid4().hex[:10]
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))

    def drop() -> None:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()

    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote('-csearch_path=' + schema)}", drop


def bench_ingest(records: list[dict[str, Any]], url: str) -> dict[str, Any]:
    """Articles/s of ``Store.ingest_many`` (store and link) beside a plain bulk insert."""
    from sqlalchemy import Column, MetaData, Table, Text, create_engine, insert

    from sumber.store import Store, _resolve

    store = Store(url)
    t0 = time.perf_counter()
    store.ingest_many(records)
    linked = time.perf_counter() - t0
    dialect = store.engine.dialect.name
    server = ""
    if dialect == "postgresql":
        from sqlalchemy import text

        with store.engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            fsync = conn.execute(text("SHOW fsync")).scalar()
        server = f"PostgreSQL {str(version).split()[0]}, fsync {fsync}"
    store.close()
    # the reference: the same records, one row each (id, JSON), in one executemany
    engine = create_engine(_resolve(url))
    meta = MetaData()
    plain = Table("bench_plain", meta, Column("id", Text, primary_key=True), Column("record", Text))
    meta.drop_all(engine)
    meta.create_all(engine)
    rows = [{"id": r["id"], "record": json.dumps(r, ensure_ascii=False)} for r in records]
    t0 = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(insert(plain), rows)
    bulk = time.perf_counter() - t0
    engine.dispose()
    return {
        "database": dialect,
        "server": server,
        "articles": len(records),
        "store_s": round(linked, 2),
        "store_per_s": round(len(records) / linked, 1),
        "bulk_s": round(bulk, 2),
        "bulk_per_s": round(len(records) / bulk, 1),
    }


def bench_link(
    records: list[dict[str, Any]], sizes: list[int], tmp: Path, keep: Path | None = None
) -> list[dict[str, Any]]:
    """Seconds to store and link the first ``n`` synthetic articles into a fresh SQLite
    file, per size ``n``, and the marginal cost: milliseconds per article over the last
    tenth of them, when the store already holds nine tenths: what the next article costs at
    that size (whole groups of writes; for sizes whose tenth is under four groups, the
    average).

    One store grows through the sizes, smallest first: the first ``n`` articles are the same
    whatever follows them, and each size ends with its last group written, so the time at
    ``n`` is that of a run of ``n`` articles alone, and a larger size costs only the articles
    it adds. Making the records and counting the disputes at each size are not timed.

    With ``keep`` (a folder) the store and its timings stay there (:class:`KeptRun`), and a
    run given the same folder and records goes on where an earlier one stopped, so that a
    run to a million articles can span several sittings."""
    from sumber.store import GROUP, Store

    sizes = sorted(set(sizes))
    kept = None
    if keep is not None:
        import sqlite3

        try:
            kept = KeptRun(keep, records)
        except (OSError, sqlite3.DatabaseError) as exc:
            sys.exit(f"benchmark: {keep}: cannot keep a linking run there: {exc}")
    store = Store(kept.url if kept else _fresh_sqlite(tmp, "link.db"))
    # when the store asked for each article, on the timed clock
    stamps: list[float] = kept.stamps if kept else []
    out = kept.sizes(sizes) if kept else []
    source = iter_synthetic(records, sizes[-1], start=len(stamps))
    untimed = [0.0]  # seconds not counted: making records, counting disputes
    start = kept.clock if kept else 0.0  # the timed clock when this run starts

    def clock() -> float:
        return start + time.perf_counter() - t0 - untimed[0]

    def timed(count: int) -> Iterator[Record]:
        for _ in range(count):
            t = time.perf_counter()
            item = next(source, None)
            untimed[0] += time.perf_counter() - t
            if item is None:
                return
            stamps.append(clock())
            yield item

    every = max(PROGRESS // GROUP, 1) * GROUP
    written = [len(stamps)]

    def stored(_: Any) -> None:
        if kept:
            kept.stored(clock())
        written[0] += 1
        k = written[0]
        if k % every == 0 and k > every:
            # whole groups apart, as the marginal cost below
            ms = 1000 * (stamps[k - 1] - stamps[k - 1 - every]) / every
            print(
                f"linking: {k:,} articles, {ms:.2f} ms per article over the last {every:,}",
                file=sys.stderr,
                flush=True,
            )

    t0 = time.perf_counter()
    for n in sizes:
        if any(r["articles"] == n for r in out):
            continue  # measured by an earlier run (:meth:`KeptRun.sizes`)
        store.ingest_many(timed(n - len(stamps)), progress=stored)
        seconds = clock()
        t = time.perf_counter()
        disputes = len(store.disputes())
        untimed[0] += time.perf_counter() - t
        tail = n // 10 // GROUP * GROUP
        marginal = 1000 * seconds / n  # a small size: its average
        if tail >= 4 * GROUP and len(stamps) > tail:
            # between two requests for articles, whole groups apart (a group is written when
            # it is full, so both ends are at the same point of a group)
            marginal = 1000 * (stamps[n - 1] - stamps[n - 1 - tail]) / tail
        out.append(
            {
                "articles": n,
                "seconds": round(seconds, 1),
                "per_s": round(n / seconds, 1),
                "ms_per_article": round(1000 * seconds / n, 2),
                "marginal_ms": round(marginal, 2),
                "disputes": disputes,
            }
        )
        if kept:
            kept.measured(out)
        print(f"linking {n}: {seconds:.1f} s", file=sys.stderr, flush=True)
    store.close()
    if kept:
        kept.close()
    fit = growth_fit(stamps, sizes[-1], GROUP)
    if fit:
        out[-1]["fit"] = fit
    return out


class KeptRun:
    """A linking run kept in a folder: ``link.db`` (the store), ``stamps.txt`` (one line per
    stored article: when the store asked for it and when its group was written, on the
    run's timed clock), ``sizes.json`` (the sizes measured) and ``records.sha`` (the
    records the synthetic articles are made from: a run on other records, from another
    analysis, cannot go on from this one)."""

    def __init__(self, folder: Path, records: list[dict[str, Any]]) -> None:
        import hashlib
        import sqlite3

        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.url = f"sqlite:///{folder / 'link.db'}"
        digest = hashlib.sha256(json.dumps(records, sort_keys=True).encode()).hexdigest()
        sha = folder / "records.sha"
        if sha.exists() and sha.read_text().strip() != digest:
            sys.exit(f"benchmark: {folder}: kept from other records; delete it to start again")
        sha.write_text(digest + "\n")
        count = 0
        if (folder / "link.db").exists():
            con = sqlite3.connect(folder / "link.db")
            try:
                count = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:  # no tables yet
                count = 0
            finally:
                con.close()
        log = folder / "stamps.txt"
        pairs: list[tuple[float, float]] = []
        if log.exists():
            for line in log.read_text(encoding="utf-8").splitlines():
                try:
                    asked, written = (float(x) for x in line.split())
                except ValueError:  # a line cut short by a kill
                    break
                pairs.append((asked, written))
        if len(pairs) < count:
            sys.exit(
                f"benchmark: {folder}: the store holds {count:,} articles but only "
                f"{len(pairs):,} are timed; delete it to start again"
            )
        if len(pairs) > count or not log.exists():  # asked for, never stored: timed again
            part = folder / "stamps.txt.part"
            part.write_text("".join(f"{a!r} {b!r}\n" for a, b in pairs[:count]))
            os.replace(part, log)
        self.stamps = [a for a, _ in pairs[:count]]
        self.clock = pairs[count - 1][1] if count else 0.0
        self._done: list[dict[str, Any]] = []
        if (folder / "sizes.json").exists():
            self._done = json.loads((folder / "sizes.json").read_text(encoding="utf-8"))
        self._log = log.open("a", encoding="utf-8")
        self._written = count

    def sizes(self, sizes: list[int]) -> list[dict[str, Any]]:
        """The results of the sizes an earlier run measured (each size the store has passed
        must be one of them)."""
        done = {r["articles"]: r for r in self._done}
        for n in sizes:
            if n < len(self.stamps) and n not in done:
                sys.exit(
                    f"benchmark: {self.folder}: the store is past {n:,} articles, a size it "
                    "did not measure; leave that size out or delete the folder"
                )
        return [done[n] for n in sizes if n in done and n <= len(self.stamps)]

    def stored(self, clock: float) -> None:
        """One more article is stored; ``clock``: now, on the timed clock."""
        self._log.write(f"{self.stamps[self._written]!r} {clock!r}\n")
        self._log.flush()
        self._written += 1

    def measured(self, out: list[dict[str, Any]]) -> None:
        """Keep the results of the sizes measured so far."""
        (self.folder / "sizes.json").write_text(json.dumps(out, indent=1) + "\n")

    def close(self) -> None:
        self._log.close()


def growth_fit(stamps: list[float], n: int, group: int, windows: int = 36) -> dict[str, Any]:
    """How the marginal cost grows per tenfold of the store over the last decade of a run
    of ``n`` articles (from ``n / 10`` to ``n``): a least-squares line through the log of
    the milliseconds per article of ``windows`` (or more) consecutive windows (each whole
    groups, from one request for an article to another at the same point of a group)
    against the log of the store's size at their middle. Two windows of a tenth each, one
    at the largest size and one at the next, swing with whatever else the machine does at
    those minutes; a line through every window of the decade does not. Empty when the run
    is too small. ``points`` are the windows (the store's size at the middle, milliseconds
    per article), so a report can show the curve the line is fitted to."""
    first = (n // 10) // group * group
    width = (n - first) // windows // group * group
    if width < group or len(stamps) < n:
        return {}
    windows = (n - first) // width  # as many as cover the decade, when groups round width down
    xs, ys, points = [], [], []
    for j in range(windows):
        a = first - 1 + j * width
        b = a + width
        middle = first + j * width + width // 2
        ms = 1000 * (stamps[b] - stamps[a]) / width
        xs.append(math.log10(middle))
        ys.append(math.log10(ms))
        points.append([middle, round(ms, 3)])
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    rest = [y - my - slope * (x - mx) for x, y in zip(xs, ys, strict=True)]
    # the slope's standard error, as if the windows' deviations were independent (neighbours
    # share slow drifts of the machine, so the true range is somewhat wider)
    se = math.sqrt(sum(r * r for r in rest) / (len(xs) - 2) / sxx)
    return {
        "from": first,
        "to": n,
        "windows": windows,
        "window": width,
        "growth_per_tenfold": round(10**slope, 3),
        "low": round(10 ** (slope - 2 * se), 3),
        "high": round(10 ** (slope + 2 * se), 3),
        "points": points,
    }


def bench_pipelined(
    records: list[dict[str, Any]], n: int, workers: int, tmp: Path
) -> dict[str, Any]:
    """``sumber batch`` on ``n`` synthetic texts, then ``sumber ingest results/``, one after
    the other; and the same job pipelined (``sumber batch --db``: the client stores and
    links the finished shards, in whole groups, as the workers analyse the next ones).
    Seconds of each, on one local Dask cluster of ``workers`` processes, into fresh SQLite
    files."""
    from sumber.batch import batch, results
    from sumber.batch.run import SHARD_SIZE
    from sumber.store import GROUP, Store

    texts = [(r["text"], r.get("published")) for r in iter_synthetic(records, n, "pipelined")]
    source = _write_inputs(texts, "text", tmp / "in-pipelined")
    out: dict[str, Any] = {"articles": n, "workers": workers}
    with _local_cluster(workers) as (cluster, _, _):
        address = cluster.scheduler_address
        # shards of the default size; ``sumber ingest results/`` reads them as one stream,
        # ``--db`` stores them as they are handed over, in whole groups
        summary = batch([source], tmp / "out-serial", scheduler=address, shard_size=SHARD_SIZE)
        out["words"] = summary.words
        out["analyse_s"] = round(summary.seconds, 1)
        store = Store(_fresh_sqlite(tmp, "serial.db"))
        t0 = time.perf_counter()
        files = results.files(tmp / "out-serial")
        store.ingest_many(r for path in files for r in results.records(path))
        out["link_s"] = round(time.perf_counter() - t0, 1)
        store.close()
        out["serial_s"] = round(out["analyse_s"] + out["link_s"], 1)
        store = Store(_fresh_sqlite(tmp, "pipelined.db"))
        groups = results.Groups(GROUP)

        def hand_over(path: Path) -> None:
            groups.add(path)
            store.ingest_many(groups.whole())

        t0 = time.perf_counter()
        batch(
            [source],
            tmp / "out-pipelined",
            scheduler=address,
            shard_size=SHARD_SIZE,
            store=hand_over,
        )
        store.ingest_many(groups.rest())
        out["pipelined_s"] = round(time.perf_counter() - t0, 1)
        store.close()
    print(f"pipelined {n}: {out}", file=sys.stderr, flush=True)
    return out


def pipelined_hours(
    analyse_core_s: float, link_s: float, cores: int, last_wave_s: float = 0.0
) -> float:
    """The least time analysing and linking can take together when linking runs on one core
    beside the analysing workers: linking's own time, or all the work spread on every core
    and then the linking of the last wave of shards (each worker's last one), which cannot
    start before they are analysed (``last_wave_s``: its seconds)."""
    return max(link_s, (analyse_core_s + link_s - last_wave_s) / cores + last_wave_s) / 3600


def last_wave(link_s: float, articles: int, workers: int, shard: int, group: int = 1) -> float:
    """Seconds of linking ``articles`` spent once the last wave of shards is analysed: on that
    wave (the last shard of each worker, ``shard`` articles each, analysed together at the
    end of the run) and on the articles before it still waiting to fill a store group of
    ``group`` (``sumber batch --db`` stores whole groups)."""
    if articles <= 0:
        return 0.0
    shards = max(math.ceil(articles / shard), 1)
    before = max(articles - min(workers, shards) * shard, 0)
    return link_s * (articles - before // group * group) / articles


def growth_between(smaller: dict[str, Any], larger: dict[str, Any]) -> float | None:
    """How much the marginal cost grew per tenfold of the store from one linking size to a
    larger one (None when it cannot tell: equal sizes, no cost at the smaller one)."""
    if smaller["marginal_ms"] <= 0 or larger["articles"] <= smaller["articles"]:
        return None
    decades = math.log10(larger["articles"] / smaller["articles"])
    return float((larger["marginal_ms"] / smaller["marginal_ms"]) ** (1 / decades))


def project_linking(link: list[dict[str, Any]], target: int = 1_000_000) -> dict[str, float]:
    """Seconds to store and link ``target`` articles, from the linking runs.

    The measured run at the largest size counts as is; the rest is costed at the marginal
    cost, which is assumed to keep growing per tenfold of the store as it did over the
    largest size's last decade (:func:`growth_fit`; without one, between the two largest
    sizes), never assumed to shrink: the average of the marginal cost at the largest size
    and the one extrapolated to ``target``.
    """
    last = link[-1]
    growth = 1.0
    if "fit" in last:
        growth = max(last["fit"]["growth_per_tenfold"], 1.0)
    elif len(link) > 1 and (pair := growth_between(link[-2], last)) is not None:
        growth = max(pair, 1.0)
    rest = max(target - last["articles"], 0)
    at_target = last["marginal_ms"] * growth ** math.log10(max(target / last["articles"], 1.0))
    seconds = last["seconds"] + rest * (last["marginal_ms"] + at_target) / 2 / 1000
    return {
        "growth_per_tenfold": round(growth, 3),
        "marginal_ms_at_target": round(at_target, 2),
        "seconds": seconds,
    }


def corpus_scale(
    texts: list[tuple[str, str | None]],
    copies: int,
    link_sizes: list[int],
    ingest_n: int,
    postgres: str | None,
    pipelined_n: int = 10_000,
    keep: Path | None = None,
) -> dict[str, Any]:
    """Every corpus-scale figure: the batch runner on 1 and all cores, HTML and WARC input,
    ingest into SQLite (and PostgreSQL), linking at growing sizes (its store and timings
    kept in ``keep``, see :func:`bench_link`), analysis and linking one after the other and
    pipelined, and the 1M projection."""
    import tempfile

    from sumber.batch.run import SHARD_SIZE
    from sumber.store import GROUP

    cores = os.cpu_count() or 1
    many = texts * copies
    with tempfile.TemporaryDirectory(prefix="sumber-bench-") as d:
        tmp = Path(d)
        runs = []
        for kind, workers in (("text", 1), ("text", cores), ("html", cores), ("warc", cores)):
            print(f"batch {kind} on {workers} worker(s)", file=sys.stderr, flush=True)
            runs.append(bench_batch(many if kind == "text" else texts, kind, workers, tmp))
        analysed = batch_records(runs[1]["out"])[: len(texts)]
        ingest = []
        corpus_records = synthetic(analysed, ingest_n, seed="ingest")
        ingest.append(bench_ingest(corpus_records, _fresh_sqlite(tmp, "ingest.db")))
        if postgres:
            url, drop = _fresh_postgres(postgres)
            try:
                ingest.append(bench_ingest(corpus_records, url))
            finally:
                drop()
        pipelined = bench_pipelined(analysed, pipelined_n, cores, tmp) if pipelined_n else None
        link = bench_link(analysed, link_sizes, tmp, keep)
    words_per_article = sum(len(r["text"].split()) for r in analysed) / max(len(analysed), 1)
    all_cores = runs[1]["words_per_s"]
    analyse_h = 1_000_000 * 500 / all_cores / 3600
    # linking cost per article grows with what the article holds; scale the projected time
    # (real news, ``words_per_article`` words per article) to 500 words
    projected = project_linking(link)
    link_s = projected["seconds"] * 500 / words_per_article
    # pipelined (``sumber batch --db``): linking on one core beside the workers. Analysing
    # costs core-seconds at the one-worker rate; the least time is that of the busier of
    # linking and all the work spread on the cores then the last wave's linking, times what
    # the measured pipelined run took beyond its own least time (Dask, the client, Parquet
    # read back, processes sharing the cores)
    one_core = runs[0]["words_per_s"]
    pipe = None
    if pipelined:
        wave = last_wave(pipelined["link_s"], pipelined["articles"], cores, SHARD_SIZE, GROUP)
        least = pipelined_hours(pipelined["words"] / one_core, pipelined["link_s"], cores, wave)
        overhead = max(pipelined["pipelined_s"] / 3600 / least, 1.0)
        least_1m = pipelined_hours(
            1_000_000 * 500 / one_core,
            link_s,
            cores,
            last_wave(link_s, 1_000_000, cores, SHARD_SIZE, GROUP),
        )
        pipe = {
            "analyse_core_hours": round(1_000_000 * 500 / one_core / 3600, 2),
            "least_hours": round(least_1m, 2),
            "overhead": round(overhead, 3),
            "last_wave_s": round(wave, 1),
        }
        pipe["hours"] = round(pipe["least_hours"] * overhead, 2)
    return {
        "cores": cores,
        "batch": [{k: v for k, v in r.items() if k != "out"} for r in runs],
        "ingest": ingest,
        "link": link,
        "corpus_words_per_article": round(words_per_article),
        "projection": {
            "growth_per_tenfold": projected["growth_per_tenfold"],
            "marginal_ms_at_1m": projected["marginal_ms_at_target"],
            "analyse_hours": round(analyse_h, 2),
            "link_hours": round(link_s / 3600, 2),
            "total_hours": round(analyse_h + link_s / 3600, 2),
            "pipelined": pipe,
        },
        "pipelined": pipelined,
    }


def link_only(
    texts: list[tuple[str, str | None]], link_sizes: list[int], keep: Path | None
) -> dict[str, Any]:
    """Linking alone (``--link-only``): the texts analysed on every core, then
    :func:`bench_link`."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="sumber-bench-") as d:
        tmp = Path(d)
        run = bench_batch(texts, "text", os.cpu_count() or 1, tmp)
        analysed = batch_records(run["out"])
        link = bench_link(analysed, link_sizes, tmp, keep)
    words = sum(len(r["text"].split()) for r in analysed) / max(len(analysed), 1)
    return {"link": link, "corpus_words_per_article": round(words)}


def link_markdown(link: list[dict[str, Any]], words_per_article: int) -> list[str]:
    """The linking section of BENCHMARKS.md: how the runs were made, the sizes, and how the
    cost per article grows with the store."""
    lines: list[str] = []
    lines += [
        "",
        "Linking: the analysed benchmark texts (real news, about "
        f"{words_per_article} words per article) multiplied, each copy with",
        "made-up names of the same length (so a copy is a new story about new people), stored",
        "and linked into a fresh SQLite file by `Store.ingest_many`. One store grows through",
        "the sizes: the time at a size is that of its first articles alone, which are the same",
        "whatever follows them. The marginal cost is the time per article over the last tenth",
        "of each size, when the store already holds nine tenths of its articles.",
        "",
        "| articles | seconds | articles/s | ms per article | marginal ms per article "
        "| disputes found |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in link:
        lines.append(
            f"| {r['articles']:,} | {r['seconds']} | {r['per_s']:,} | {r['ms_per_article']} "
            f"| {r['marginal_ms']} | {r['disputes']:,} |"
        )
    tenfold = project_linking(link)["growth_per_tenfold"]
    if len(link) > 1:
        growth = link[-1]["marginal_ms"] / link[0]["marginal_ms"]
        fit = link[-1].get("fit")
        where = f"between the two largest sizes it grows {tenfold}× per tenfold of the store"
        if fit:
            pair = growth_between(link[-2], link[-1])
            where = (
                f"fitted over the last decade of the largest size ({fit['windows']} windows of "
                f"{fit['window']:,} articles from {fit['from']:,} to {fit['to']:,}; the slope's "
                f"range of two standard errors is {fit['low']}×–{fit['high']}×), it grows "
                f"{fit['growth_per_tenfold']}× per tenfold of the store"
                + (f" (the two largest sizes' marginal costs alone: {pair:.3f}×)" if pair else "")
            )
            # every fourth window and the last: the shape the line is fitted to (still rising,
            # or levelling)
            if points := fit.get("points"):
                shown = points[::4] + ([points[-1]] if (len(points) - 1) % 4 else [])
                curve = ", ".join(f"{size:,}: {ms}" for size, ms in shown)
                where += f"; the marginal ms per article along the decade, at store sizes: {curve}"
        # near-linear: the marginal cost rising at most 1.5x per tenfold of the store at the
        # largest sizes, a total time growing as n^1.18 at most (n log n is about n^1.1 at
        # these sizes)
        lines += [
            "",
            f"From {link[0]['articles']:,} to {link[-1]['articles']:,} articles "
            f"({link[-1]['articles'] // link[0]['articles']}× as many) the marginal cost per "
            f"article changes {growth:.2f}×; {where}, so the total time grows as "
            f"n^{1 + math.log10(tenfold):.2f} there: "
            + (
                "near-linear (candidates come from indexed blocking keys, never a scan, and "
                "each block read is capped)."
                if tenfold < 1.5
                else "the time per article still rises with the store."
            ),
        ]
    return lines


def scale_markdown(scale: dict[str, Any], spacy_one_core: int | None) -> list[str]:
    """The corpus-scale sections of BENCHMARKS.md."""
    from sumber.batch.run import SHARD_SIZE
    from sumber.store import GROUP

    cores = scale["cores"]
    lines = [
        "",
        "## Corpus scale: `sumber batch`, ingest, linking",
        "",
        "`sumber batch` on a local Dask cluster (worker processes, one thread each), shards of",
        "100 records; the time is the whole run (planning, scheduling, reading, analysing,",
        "writing Parquet), after the workers loaded the language packs and models (that",
        "warm-up, seconds, is beside it). Peak memory is the largest worker's `ru_maxrss`.",
        "Words are those of the analysed text (for HTML and WARC: the extracted text).",
        "HTML and WARC inputs are the benchmark texts wrapped in a news page (headline,",
        "paragraphs, menu, footer); WARC as gzip-compressed response records.",
        "",
        "| input | workers | articles | words | seconds | words/s | articles/s "
        "| peak RSS per worker (MB) | warm-up (s) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in scale["batch"]:
        label = {"text": "text (JSONL)", "html": "HTML files", "warc": "WARC.gz"}[r["kind"]]
        lines.append(
            f"| {label} | {r['workers']} | {r['articles']:,} | {r['words']:,} | {r['seconds']} "
            f"| {r['words_per_s']:,} | {r['articles_per_s']} | {r['peak_rss_mb_per_worker']} "
            f"| {r['warmup_s']} |"
        )
    if spacy_one_core:
        lines += [
            "",
            f"Reference: spaCy's blank tokenizer, one core, same texts: {spacy_one_core:,} words/s "
            f"(table above); on {cores} cores at best {spacy_one_core * cores:,} words/s.",
        ]
    lines += [
        "",
        "Ingest: `Store.ingest_many` storing and linking analysed records (real news from the",
        "benchmark texts, names varied per copy), beside a plain bulk insert of the same",
        "records (one row of id and JSON each, one `executemany`) into the same database.",
        "",
        "| database | articles | store + link (s) | articles/s | plain bulk insert (s) "
        "| articles/s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in scale["ingest"]:
        lines.append(
            f"| {r['database']} | {r['articles']:,} | {r['store_s']} | {r['store_per_s']:,} "
            f"| {r['bulk_s']} | {r['bulk_per_s']:,} |"
        )
    if len(scale["ingest"]) == 1:
        lines += ["", "PostgreSQL: not measured (no `--postgres` URL or `$SUMBER_BENCH_POSTGRES`)."]
    for r in scale["ingest"]:
        if r.get("server"):
            lines += [
                "",
                f"PostgreSQL: {r['server']}, a local server on the same machine (started like "
                "`.ci/run` does, in a temporary folder).",
            ]
    lines += link_markdown(scale["link"], scale["corpus_words_per_article"])
    p = scale["projection"]
    pr = scale.get("pipelined")
    if pr:
        lines += [
            "",
            f"Analysing and linking, one after the other and pipelined: {pr['articles']:,} "
            f"synthetic articles ({pr['words']:,} words; texts of the copies above) on "
            f"{pr['workers']} workers, shards of {SHARD_SIZE:,} (the default). One after the "
            "other: `sumber batch`, then "
            "`sumber ingest results/` into a fresh SQLite file. Pipelined: `sumber batch --db` "
            "(the client stores and links the finished shards, in groups of "
            f"{GROUP:,} articles, while the workers analyse).",
            "",
            "| articles | analyse (s) | then store + link (s) | one after the other (s) "
            "| pipelined (s) |",
            "|---:|---:|---:|---:|---:|",
            f"| {pr['articles']:,} | {pr['analyse_s']} | {pr['link_s']} | {pr['serial_s']} "
            f"| {pr['pipelined_s']} |",
        ]
    serial = "meets" if p["total_hours"] < 4 else "misses"
    lines += [
        "",
        f"Projection for 1,000,000 articles of 500 words (text input) on this {cores}-core "
        "machine: analysing at the all-core rate above takes "
        f"{p['analyse_hours']} h. Storing and linking: the largest run as measured, the rest "
        f"at its marginal cost growing {p['growth_per_tenfold']}× per tenfold (to "
        f"{p['marginal_ms_at_1m']} ms per article at 1,000,000), scaled from "
        f"{scale['corpus_words_per_article']} to 500 words per article: {p['link_hours']} h. "
        f"One after the other {p['total_hours']} h: this {serial} the target of 4 hours.",
    ]
    pp = p.get("pipelined")
    if pp:
        verdict = "meets" if pp["hours"] < 4 else "misses"
        lines += [
            "",
            "Pipelined (`sumber batch --db`), linking on one core beside the workers: "
            f"analysing costs {pp['analyse_core_hours']} core-hours at the one-worker rate; "
            f"with {p['link_hours']} h of linking the least time is the longer of linking "
            f"alone and all the work spread on {cores} cores followed by the linking of the "
            "last wave of shards (each worker's last one, which can start only once they "
            f"are analysed: {cores} of {1_000_000 // SHARD_SIZE:,} shards, with the articles "
            f"before them still waiting to fill a group of {GROUP:,}), {pp['least_hours']} h. "
            "The measured "
            f"pipelined run took {pp['overhead']}× its own least time (whose last wave, "
            f"{cores} of its {math.ceil(pr['articles'] / SHARD_SIZE)} shards and the articles "
            f"waiting, is {pp['last_wave_s']} s of its linking), so {pp['hours']} h: this "
            f"{verdict} the "
            "target of 4 hours.",
        ]
    return lines


# --- report ---------------------------------------------------------------------------


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def git(*args: str) -> str:
        try:
            out = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
            return out.stdout.strip()
        except OSError:
            return ""

    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.0f} GB RAM"
                break
    except (OSError, ValueError):
        pass
    commit = git("rev-parse", "--short", "HEAD") or "?"
    if git("status", "--porcelain", "--untracked-files=no"):
        commit += " + uncommitted changes"
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "cpu": cpu,
        "nproc": str(os.cpu_count() or "?"),
        "python": platform.python_version(),
        "ram": ram,
        "load": " / ".join(f"{x:.1f}" for x in os.getloadavg())
        if hasattr(os, "getloadavg")
        else "?",
    }


def markdown(results: list[dict[str, Any]], sets: list[str], info: dict[str, str], cmd: str) -> str:
    """BENCHMARKS.md: method, machine and the table."""
    lines = [
        "# Benchmarks",
        "",
        "Speed of `sumber.analyze` (the whole pipeline, language detection included) on one",
        "CPU core, with spaCy's blank English tokenizer on the same texts as a reference for",
        'what "fast" means in Python. Words are white-space separated tokens. Each engine',
        "runs in a fresh process pinned to CPU 0; the figure is the best of the passes",
        "(the machine is shared), the median beside it. Peak memory is the process's",
        "`ru_maxrss` (Python, libraries, texts and results). Produced by",
        "`scripts/benchmark.py`; no test asserts timings. The load average says how busy the",
        "machine was: above 1, other processes competed for the core and the figures are low.",
        "",
        f"- Texts: {'; '.join(sets)}",
        f"- Date: {info['date']}",
        f"- Commit: {info['commit']}",
        f"- Machine: {info['cpu']}, {info['nproc']} cores (1 used), {info['ram']}, "
        f"{platform.system()} {platform.release()}, Python {info['python']}; "
        f"load average when the run ended (1 / 5 / 15 min): {info['load']}",
        f"- Command: `{cmd}`",
        "",
        "| engine | texts | words | words/s (best) | words/s (median) | peak RSS (MB) "
        "| start-up + warm-up (s) | failures |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        if "skipped" in r:
            lines.append(f"| {r['engine']} | skipped: {r['skipped']} | | | | | | |")
            continue
        label = {
            "sumber": "sumber.analyze",
            "cli": "sumber analyze x.jsonl (read + analyse + write JSONL)",
            "spacy": "spaCy blank('en') tokenizer",
        }[r["engine"]]
        lines.append(
            f"| {label} | {r['texts']} | {r['words']:,} | {r['words_per_s_best']:,} "
            f"| {r['words_per_s_median']:,} | {r['peak_rss_mb']} | {r['import_and_warmup_s']} "
            f"| {r['failures']} |"
        )
    for r in results:
        if r.get("stage_seconds"):
            total = sum(r["stage_seconds"].values()) or 1.0
            lines += ["", "Time per pipeline stage (one extra pass of `sumber.analyze`):", ""]
            lines += ["| stage | seconds | share |", "|---|---:|---:|"]
            for name, sec in sorted(r["stage_seconds"].items(), key=lambda kv: -kv[1]):
                lines.append(f"| {name} | {sec} | {100 * sec / total:.0f} % |")
    failures = [r for r in results if r.get("first_failure")]
    for r in failures:
        lines += ["", f"First {r['engine']} failure: `{r['first_failure']}`"]
    lines += [
        "",
        "Target: at least 50,000 words/s on one core for the whole pipeline.",
        "",
    ]
    return "\n".join(lines)


def _sizes(value: str) -> list[int]:
    """``--link-sizes``: comma-separated positive article counts."""
    try:
        sizes = [int(x) for x in value.split(",") if x.strip()]
    except ValueError:
        sizes = []
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"not positive article counts: {value!r}")
    return sizes


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the measurements, print or write the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the texts (default 3)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--write", metavar="PATH", help="also write the report (BENCHMARKS.md)")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy reference")
    parser.add_argument(
        "--no-cli", action="store_true", help="skip timing `sumber analyze` on a JSONL file"
    )
    parser.add_argument(
        "--scale",
        action="store_true",
        help="also measure corpus scale: sumber batch on all cores, HTML and WARC input, "
        "ingest, linking at --link-sizes, and the 1M-article projection",
    )
    parser.add_argument(
        "--copies", type=int, default=3, help="copies of the texts for the batch runs (default 3)"
    )
    parser.add_argument(
        "--link-sizes",
        type=_sizes,
        default="1000,10000,100000,200000",
        help="article counts for the linking benchmark, one store growing through them "
        "(default 1000,10000,100000,200000)",
    )
    parser.add_argument(
        "--link-only",
        action="store_true",
        help="measure linking alone, at --link-sizes (the texts analysed first, not timed)",
    )
    parser.add_argument(
        "--link-keep",
        type=Path,
        metavar="FOLDER",
        help="keep the linking store and its timings in FOLDER; a run given the same FOLDER "
        "goes on where an earlier one stopped",
    )
    parser.add_argument(
        "--ingest-n", type=int, default=5000, help="articles for the ingest benchmark (5000)"
    )
    parser.add_argument(
        "--pipelined-n",
        type=int,
        default=10_000,
        help="articles analysed and linked one after the other and pipelined (10000; 0 skips)",
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get("SUMBER_BENCH_POSTGRES"),
        metavar="URL",
        help="a PostgreSQL server for the ingest benchmark (default $SUMBER_BENCH_POSTGRES)",
    )
    parser.add_argument("--shared", type=Path, default=SHARED, help=argparse.SUPPRESS)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.worker:
        print(json.dumps(worker(args.worker, args.repeat, args.shared)))
        return 0
    if args.link_only:
        if args.write:
            parser.error("--write writes the whole report: not with --link-only")
        texts, _ = load_texts(args.shared)
        linking = link_only(texts, args.link_sizes, args.link_keep)
        if args.json:
            print(json.dumps({"machine": machine(), **linking}, indent=2))
        else:
            print("\n".join(link_markdown(linking["link"], linking["corpus_words_per_article"])))
        return 0
    _, sets = load_texts(args.shared)
    results = [measure("sumber", args.repeat, args.shared)]
    if not args.no_cli:
        results.append(measure("cli", args.repeat, args.shared))
    if not args.no_spacy:
        results.append(measure("spacy", args.repeat, args.shared))
    scale = None
    if args.scale:
        texts, _ = load_texts(args.shared)
        scale = corpus_scale(
            texts,
            args.copies,
            args.link_sizes,
            args.ingest_n,
            args.postgres,
            args.pipelined_n,
            args.link_keep,
        )
    info = machine()
    argv_ = [a for a in (argv if argv is not None else sys.argv[1:])]
    if "--postgres" in argv_:  # never write a server address (or password) to the report
        argv_[argv_.index("--postgres") + 1 : argv_.index("--postgres") + 2] = ["URL"]
    cmd = "python scripts/benchmark.py " + " ".join(argv_)
    report = markdown(results, sets, info, cmd.strip())
    if scale is not None:
        spacy = next(
            (r for r in results if r.get("engine") == "spacy" and "skipped" not in r), None
        )
        extra = scale_markdown(scale, spacy["words_per_s_best"] if spacy else None)
        report = report.rstrip("\n") + "\n" + "\n".join(extra) + "\n"
    if args.json:
        print(
            json.dumps(
                {"machine": info, "texts": sets, "results": results, "scale": scale}, indent=2
            )
        )
    else:
        print(report)
    if args.write:
        Path(args.write).write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
