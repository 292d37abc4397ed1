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
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


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
        import contextlib
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

    commit = git("rev-parse", "--short", "HEAD") or "?"
    if git("status", "--porcelain", "--untracked-files=no"):
        commit += " + uncommitted changes"
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "cpu": cpu,
        "nproc": str(os.cpu_count() or "?"),
        "python": platform.python_version(),
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
        f"- Machine: {info['cpu']}, {info['nproc']} cores (1 used), Python {info['python']}; "
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
    parser.add_argument("--shared", type=Path, default=SHARED, help=argparse.SUPPRESS)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.worker:
        print(json.dumps(worker(args.worker, args.repeat, args.shared)))
        return 0
    _, sets = load_texts(args.shared)
    results = [measure("sumber", args.repeat, args.shared)]
    if not args.no_cli:
        results.append(measure("cli", args.repeat, args.shared))
    if not args.no_spacy:
        results.append(measure("spacy", args.repeat, args.shared))
    info = machine()
    cmd = "python scripts/benchmark.py " + " ".join(argv if argv is not None else sys.argv[1:])
    report = markdown(results, sets, info, cmd.strip())
    if args.json:
        print(json.dumps({"machine": info, "texts": sets, "results": results}, indent=2))
    else:
        print(report)
    if args.write:
        Path(args.write).write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
