"""Turn an evaluation report (the dict from :func:`sumber.evaluate.evaluate`) into a table."""

from __future__ import annotations

from typing import Any

_MAX_UNMATCHED = 10


def _num(x: float | None) -> str:
    return "   n/a" if x is None else f"{x:6.3f}"


def _prf_row(label: str, d: dict[str, Any]) -> str:
    return (
        f"{label:<28}{_num(d['p'])}{_num(d['r'])}{_num(d['f1'])}"
        f"{d['tp']:>7}{d['fp']:>7}{d['fn']:>7}"
    )


def format_report(report: dict[str, Any]) -> str:
    """A human-readable table of the figures in ``report``.

    Args:
        report: the dict returned by :func:`sumber.evaluate.evaluate`.

    Returns:
        Several lines of text (no trailing newline).
    """
    if report.get("format") == "sumber-story-gold":
        from sumber.evaluate.story import format_story

        return format_story(report)
    split = f", split {report['split']}" if report.get("split") else ""
    lines = [
        f"corpus: {report.get('corpus')} ({report.get('format')}{split}), "
        f"{report['documents']} document{'s' if report['documents'] != 1 else ''}",
        "",
        f"{'layer':<28}{'P':>6}{'R':>6}{'F1':>6}{'tp':>7}{'fp':>7}{'fn':>7}",
        _prf_row("attribution content @0.5", report["content@0.5"]),
        _prf_row("attribution content @0.8", report["content@0.8"]),
        _prf_row("attribution + source @0.5", report["attribution+source@0.5"]),
        f"{'entity mentions':<28}"
        + (
            f"{_num(e['p'])}{_num(e['r'])}{_num(e['f1'])}{e['tp']:>7}"
            f"{e['predicted'] - e['tp']:>7}{'':>7}  (gold {e['gold']})"
            if (e := report.get("entity_mentions"))
            else "  (not annotated)"
        ),
        "",
        f"{'source accuracy':<28}{_num(report['source_accuracy'])}"
        f"   on {report['matched@0.5']} matched attributions (@0.5)",
        f"{'cue accuracy':<28}{_num(report['cue_accuracy'])}",
    ]
    if t := report.get("time_values"):
        lines.append(f"{'time values':<28}{_num(t['accuracy'])}   {t['right']}/{t['n']} right")
    if b := report.get("boilerplate"):
        lines.append(
            f"{'boilerplate recall':<28}{_num(b['recall'])}   {b['found']}/{b['n']} found, "
            f"{b['predicted']} predicted"
        )
    if c := report.get("claims"):
        lines.append(
            f"{'claims':<28}{c['found']}/{c['n']} found; stances {c['stances_found']}/"
            f"{c['stances_n']}"
        )
    if report.get("seconds") is not None:
        wps = report.get("words_per_second")
        lines.append(
            f"{'analysis time':<28}{report['seconds']:.2f} s"
            + (f", {wps:,} words/s" if wps else "")
        )
    if report.get("missing_predictions"):
        lines.append(f"{'missing predictions':<28}{report['missing_predictions']} documents")
    unmatched = report.get("unmatched")
    if unmatched:
        for side in ("gold", "predicted"):
            items = unmatched[side]
            if not items:
                continue
            lines += ["", f"unmatched {side} attributions ({len(items)}):"]
            for item in items[:_MAX_UNMATCHED]:
                src = item.get("source") or "-"
                lines.append(f"  [{src}] {item['text']}")
            if len(items) > _MAX_UNMATCHED:
                lines.append(f"  ... {len(items) - _MAX_UNMATCHED} more (see --json)")
    return "\n".join(lines)


def _md(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def format_markdown(report: dict[str, Any]) -> str:
    """The figures in ``report`` as a Markdown table (for ``EVALUATION.md``).

    Args:
        report: the dict returned by :func:`sumber.evaluate.evaluate`.

    Returns:
        A Markdown table, one row per layer (no trailing newline).
    """
    rows = ["| layer | P | R | F1 | tp | fp | fn |", "|---|---|---|---|---|---|---|"]
    for key, label in (
        ("content@0.5", "attribution content @0.5"),
        ("content@0.8", "attribution content @0.8"),
        ("attribution+source@0.5", "attribution + source @0.5"),
    ):
        d = report[key]
        rows.append(
            f"| {label} | {_md(d['p'])} | {_md(d['r'])} | {_md(d['f1'])} | {d['tp']} | "
            f"{d['fp']} | {d['fn']} |"
        )
    if e := report.get("entity_mentions"):
        rows.append(
            f"| entity mentions | {_md(e['p'])} | {_md(e['r'])} | {_md(e['f1'])} | {e['tp']} | "
            f"{e['predicted'] - e['tp']} | (gold {e['gold']}) |"
        )
    n = report["matched@0.5"]
    rows.append(
        f"| source accuracy (on {n} matched) | | | {_md(report['source_accuracy'])} | | | |"
    )
    rows.append(f"| cue accuracy (on {n} matched) | | | {_md(report['cue_accuracy'])} | | | |")
    if t := report.get("time_values"):
        rows.append(f"| time values ({t['right']}/{t['n']}) | | | {_md(t['accuracy'])} | | | |")
    if b := report.get("boilerplate"):
        rows.append(
            f"| boilerplate recall ({b['found']}/{b['n']}) | | | {_md(b['recall'])} | | | |"
        )
    if c := report.get("claims"):
        rows.append(
            f"| claims found {c['found']}/{c['n']}, stances {c['stances_found']}/"
            f"{c['stances_n']} | | | | | | |"
        )
    return "\n".join(rows)
