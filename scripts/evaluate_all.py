"""Evaluate sumber on every corpus in ../shared and write EVALUATION.md at the repo root.

Corpora: the seed article (sumber-gold/1), PolNeAR dev, PFSA-ID test split (the held-out 20%)
and, for reference, the PFSA-ID train split (the part other developers tune on), both scored
on public figures' quotations (the default) and on every direct quotation, and the
22-article story in nine languages (languages, article stances, claims linked across articles).
Skips with a message when ../shared is absent (a user's checkout does not have it).

Usage: ``python scripts/evaluate_all.py [--no-model] [--output EVALUATION.md]`` (or ``make eval``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

from sumber.errors import SumberError
from sumber.evaluate import evaluate, format_markdown

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

CORPORA = (
    ("Seed article (sumber-gold/1)", "corpus/seed/kremlin-denies-call.id.gold.json", None, None),
    ("PolNeAR dev (en, all attribution kinds)", "data/polnear/dev", None, None),
    (
        "PFSA-ID test split (id, direct quotes of public figures; held out)",
        "data/pfsa-id/dev-40.txt",
        "test",
        "public",
    ),
    (
        "PFSA-ID train split (id, direct quotes of public figures; tuned on, for reference)",
        "data/pfsa-id/dev-40.txt",
        "train",
        "public",
    ),
    (
        "PFSA-ID test split, every direct quote scored (id; held out)",
        "data/pfsa-id/dev-40.txt",
        "test",
        "all",
    ),
    (
        "PFSA-ID train split, every direct quote scored (id; for reference)",
        "data/pfsa-id/dev-40.txt",
        "train",
        "all",
    ),
)


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


STORY = "corpus/stories/kremlin-trump-putin-call"


def _story_section(report: dict, took: float, flag: str) -> str:  # type: ignore[type-arg]
    """The Markdown section for a story: per-language table and linked claims."""
    st = report["article_stances"]
    lines = [
        "## Story: kremlin-trump-putin-call (22 articles, 9 languages)",
        "",
        f"`sumber eval ../shared/{STORY}{flag}`: {took:.1f} s. Language identified right: "
        f"{report['language_accuracy']:.3f}; gold article stances found: {st['found']}/{st['n']}"
        f" ({st['recall']:.3f}); distractors taken as stances: {report['distractors_violated']}.",
        "",
        "| language | articles | language right | attributions | denials | gold stances found |",
        "|---|---|---|---|---|---|",
    ]
    for lang_, t in report["per_language"].items():
        lines.append(
            f"| {lang_} | {t['articles']} | {t['language_right']} | {t['attributions']} | "
            f"{t['denials']} | {t['stances_found']}/{t['stances_gold']} |"
        )
    lines += ["", "Claims linked across all articles (a temporary SQLite store):", ""]
    for cid, r in (report.get("story_claims") or {}).items():
        if not r.get("found"):
            lines.append(f"- **{cid}**: not found")
            continue
        langs = ", ".join(f"{k} ({len(v)})" for k, v in r["languages"].items())
        lines.append(
            f"- **{cid}**: {r['status']}; asserted by {r['asserted_by_found']} "
            f"(missed {r['asserted_by_missed']}); denied by {r['denied_by_found']} "
            f"(missed {r['denied_by_missed']}); {len(r['languages'])} languages "
            f"(needs {r['min_languages']}): {langs}"
        )
        for lang_, ids in r["languages"].items():
            lines.append(f"  - {lang_}: {', '.join(ids)}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run every evaluation and write the Markdown report; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--output", type=Path, default=ROOT / "EVALUATION.md")
    parser.add_argument("--no-model", action="store_true", help="rules only")
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"evaluate_all: {args.shared} not found; nothing to evaluate (skipped)")
        return 0
    flag = " --no-model" if args.no_model else ""
    sections = []
    for title, rel, split, speakers in CORPORA:
        path = args.shared / rel
        if not path.exists():
            print(f"evaluate_all: {rel} not found, skipped")
            continue
        start = time.perf_counter()
        try:
            report = evaluate(
                path, split=split, use_model=not args.no_model, speakers=speakers or "public"
            )
        except SumberError as exc:
            print(f"evaluate_all: {rel}: {exc}", file=sys.stderr)
            return 1
        took = time.perf_counter() - start
        cmd = f"sumber eval ../shared/{rel}" + (f" --split {split}" if split else "") + flag
        if speakers == "all":
            cmd = (
                f'sumber.evaluate.evaluate("../shared/{rel}", split="{split}", speakers="all"'
                + (", use_model=False" if args.no_model else "")
                + ")"
            )
        wps = report.get("words_per_second")
        speed = f", {wps:,} words/s" if wps else ""
        sections.append(
            f"## {title}\n\n`{cmd}`: {report['documents']} document(s), {took:.1f} s{speed}\n\n"
            f"{format_markdown(report)}\n"
        )
        print(
            f"evaluate_all: {rel}{' ' + split if split else ''}"
            f"{' (all speakers)' if speakers == 'all' else ''}: "
            f"content@0.5 F1 {report['content@0.5']['f1']:.3f} ({took:.1f} s)"
        )
    story = args.shared / STORY
    if story.exists():
        start = time.perf_counter()
        try:
            report = evaluate(story, use_model=not args.no_model)
        except SumberError as exc:
            print(f"evaluate_all: {STORY}: {exc}", file=sys.stderr)
            return 1
        took = time.perf_counter() - start
        sections.append(_story_section(report, took, flag))
        print(
            f"evaluate_all: {STORY}: article stances {report['article_stances']['found']}/"
            f"{report['article_stances']['n']} ({took:.1f} s)"
        )
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = (
        "# sumber evaluation\n\n"
        f"Commit `{_commit()}`, {now}{' (rules only)' if args.no_model else ''}. "
        f"Regenerate with `make eval` (`python scripts/evaluate_all.py{flag}`). "
        "Definitions of every figure: [docs/evaluation.md](docs/evaluation.md).\n"
    )
    args.output.write_text(header + "\n" + "\n".join(sections), encoding="utf-8")
    print(f"evaluate_all: wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
