"""The scoring core: span overlap, one-to-one matching, and the figures per layer.

:func:`score_documents` takes gold documents and the normalised predictions for them (see
:mod:`sumber.evaluate.gold`) and returns the report as a plain dict. The definitions are in
``docs/evaluation.md``; in short:

* overlap of two spans is Dice over their letter-and-digit character offsets;
* predicted and gold attributions are matched one to one, greedily by overlap, keeping pairs
  at or above a threshold (0.5 and 0.8 are reported);
* a source is right when the predicted source span shares a character with a gold source span
  (or, for gold that names sources, when the names match); a cue likewise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sumber.evaluate.gold import (
    GoldAttribution,
    GoldClaim,
    GoldDocument,
    PredictedAttribution,
    PredictedClaim,
    PredictedDocument,
    Span,
)

THRESHOLDS = (0.5, 0.8)
_WORD = re.compile(r"\w+")


def alnum_offsets(text: str, spans: Sequence[Span]) -> frozenset[int]:
    """Offsets inside ``spans`` whose character is a letter or a digit.

    A span with no letter or digit at all falls back to all of its offsets, so that it can
    still be compared.
    """
    offsets = frozenset(i for s, e in spans for i in range(s, e) if text[i : i + 1].isalnum())
    if offsets:
        return offsets
    return frozenset(i for s, e in spans for i in range(s, e))


def dice(a: frozenset[int], b: frozenset[int]) -> float:
    """Dice coefficient ``2|A∩B| / (|A|+|B|)`` of two offset sets (0.0 when both are empty)."""
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 0.0


def overlap(text: str, a: Sequence[Span], b: Sequence[Span]) -> float:
    """Dice overlap of two (possibly discontinuous) spans over their alphanumeric characters."""
    return dice(alnum_offsets(text, a), alnum_offsets(text, b))


def spans_touch(a: Span, b: Span) -> bool:
    """Whether two ``[start, end)`` ranges share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def match(
    text: str,
    gold: Sequence[Sequence[Span]],
    predicted: Sequence[Sequence[Span]],
    threshold: float,
) -> list[tuple[int, int, float]]:
    """Match gold and predicted spans one to one, greedily by overlap.

    Args:
        text: the document text.
        gold: one (possibly discontinuous) span per gold item.
        predicted: one span per predicted item.
        threshold: pairs with an overlap below this are never matched.

    Returns:
        ``(gold index, predicted index, overlap)`` triples, best overlap first; ties are broken
        by gold index, then predicted index.
    """
    g_sets = [alnum_offsets(text, s) for s in gold]
    p_sets = [alnum_offsets(text, s) for s in predicted]
    g_outer = [(min(s[0] for s in sp), max(s[1] for s in sp)) if sp else (0, 0) for sp in gold]
    p_outer = [(min(s[0] for s in sp), max(s[1] for s in sp)) if sp else (0, 0) for sp in predicted]
    pairs = []
    for gi, gs in enumerate(g_sets):
        for pi, ps in enumerate(p_sets):
            if not spans_touch(g_outer[gi], p_outer[pi]):
                continue
            d = dice(gs, ps)
            if d > 0 and d >= threshold:
                pairs.append((-d, gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    result = []
    for neg, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        result.append((gi, pi, -neg))
    return result


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1 (0.0 when undefined) with the counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn}


def _words(s: str) -> str:
    return " ".join(_WORD.findall(s.casefold()))


def _contains(hay: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {hay} "


def names_match(gold_names: Sequence[str], predicted: str | None) -> bool:
    """Whether a predicted source or holder names the gold entity.

    ``gold_names[0]`` is the entity's name, the rest its mentions. The prediction matches when
    the name or a mention occurs in it as whole words (case-insensitive; so titles around it
    do not matter), or when it occurs as whole words in the entity's name ("Peskov" for
    "Dmitry Peskov").
    """
    if not predicted or not gold_names:
        return False
    pred = _words(predicted)
    if not pred:
        return False
    if any(_contains(pred, _words(n)) for n in gold_names):
        return True
    return _contains(_words(gold_names[0]), pred)


def source_right(text: str, gold: GoldAttribution, pred: PredictedAttribution) -> bool:
    """Whether the predicted source is the gold one (see the module docstring)."""
    if not gold.has_source:
        return not pred.has_source
    if gold.anonymous:
        return pred.anonymous
    if gold.source and pred.source_span is not None:
        if any(spans_touch(pred.source_span, s) for s in gold.source):
            return True
    if gold.source_names:
        return names_match(gold.source_names, pred.source_name or pred.source_text)
    return False


def cue_right(gold: GoldAttribution, pred: PredictedAttribution) -> bool:
    """Whether the predicted cue shares a character with the gold cue (or both have none)."""
    if not gold.cue:
        return pred.cue is None
    return pred.cue is not None and any(spans_touch(pred.cue, s) for s in gold.cue)


def _short(s: str, n: int = 100) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _claim_found(gold: GoldClaim, pred: PredictedClaim) -> bool:
    if gold.event != pred.event or len(gold.participants) != len(pred.participants):
        return False
    left = list(pred.participants)
    for names in gold.participants:
        hit = next((p for p in left if names_match(names, p)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def score_claims(gold: Sequence[GoldClaim], predicted: Sequence[PredictedClaim]) -> dict[str, int]:
    """Count gold claims found (same event and participants) and gold stances found in them.

    A gold stance is found when a found claim has a stance with the same value whose holder
    names the gold holder ("author" and "anonymous" literally) and whose conduits include each
    gold conduit; stances are matched one to one, those with conduits first.
    """
    found = stances_found = stances_n = 0
    for claim in gold:
        stances_n += len(claim.stances)
        candidates = [p for p in predicted if _claim_found(claim, p)]
        if not candidates:
            continue
        found += 1
        pool = [s for p in candidates for s in p.stances]
        for st in sorted(claim.stances, key=lambda s: -len(s.via)):
            for k, (holder, stance, via) in enumerate(pool):
                if stance != st.stance:
                    continue
                if st.holder_names:
                    if not names_match(st.holder_names, holder):
                        continue
                elif holder != st.holder:
                    continue
                if not all(any(names_match(v, pv) for pv in via) for v in st.via):
                    continue
                stances_found += 1
                del pool[k]
                break
    return {"found": found, "n": len(gold), "stances_found": stances_found, "stances_n": stances_n}


def _ratio(right: int, n: int) -> float | None:
    return round(right / n, 4) if n else None


def score_documents(
    gold_docs: Sequence[GoldDocument],
    predicted_docs: Sequence[PredictedDocument | None],
    *,
    details: bool = False,
) -> dict[str, Any]:
    """Score predictions against gold documents.

    Args:
        gold_docs: the gold documents.
        predicted_docs: the predictions, in the same order as ``gold_docs`` (None for a
            document without a prediction, scored as an empty one).
        details: also list the unmatched gold and predicted attributions (``"unmatched"``).

    Returns:
        A dict with ``documents``, ``content@0.5``, ``content@0.8`` (P/R/F1 and counts),
        ``matched@0.5``, ``source_accuracy``, ``cue_accuracy``, ``attribution+source@0.5``,
        ``entity_mentions``, ``time_values``, ``boilerplate`` and ``claims`` (the last four
        only when some gold document has that layer), and ``per_document``.
    """
    if len(gold_docs) != len(predicted_docs):
        raise ValueError("gold_docs and predicted_docs must have the same length")
    counts = {t: [0, 0, 0] for t in THRESHOLDS}
    src_right = cue_ok = matched = 0
    ent = [0, 0, 0]  # tp against all gold mentions, n predicted, n required gold
    ent_req_tp = 0
    has_ent = has_times = has_bp = has_claims = False
    times_right = times_n = 0
    bp_found = bp_n = bp_pred = 0
    claims = {"found": 0, "n": 0, "stances_found": 0, "stances_n": 0}
    per_doc = []
    unmatched: dict[str, list[dict[str, Any]]] = {"gold": [], "predicted": []}
    for gdoc, pdoc in zip(gold_docs, predicted_docs, strict=True):
        pdoc = pdoc or PredictedDocument(id=gdoc.id)
        text = gdoc.text
        preds = [
            p
            for p in pdoc.attributions
            if p.content
            and (gdoc.scored_kinds is None or p.kind in gdoc.scored_kinds)
            and not (gdoc.public_only and p.public is False)
        ]
        g_spans = [g.content for g in gdoc.attributions]
        p_spans = [p.content for p in preds]
        doc_tp = 0
        for t in THRESHOLDS:
            pairs = match(text, g_spans, p_spans, t)
            tp = len(pairs)
            counts[t][0] += tp
            counts[t][1] += len(preds) - tp
            counts[t][2] += len(g_spans) - tp
            if t == 0.5:
                doc_tp = tp
                for gi, pi, _ in pairs:
                    matched += 1
                    if source_right(text, gdoc.attributions[gi], preds[pi]):
                        src_right += 1
                    if cue_right(gdoc.attributions[gi], preds[pi]):
                        cue_ok += 1
                if details:
                    mg = {gi for gi, _, _ in pairs}
                    mp = {pi for _, pi, _ in pairs}
                    for gi, g in enumerate(gdoc.attributions):
                        if gi not in mg:
                            unmatched["gold"].append(
                                {
                                    "document": gdoc.id,
                                    "source": g.source_text,
                                    "text": _short(g.text),
                                }
                            )
                    for pi, p in enumerate(preds):
                        if pi not in mp:
                            unmatched["predicted"].append(
                                {
                                    "document": gdoc.id,
                                    "source": p.source_name or p.source_text,
                                    "text": _short(
                                        p.text or " ".join(text[s:e] for s, e in p.content)
                                    ),
                                }
                            )
        per_doc.append(
            {
                "id": gdoc.id,
                "gold": len(g_spans),
                "predicted": len(preds),
                "tp": doc_tp,
                "fp": len(preds) - doc_tp,
                "fn": len(g_spans) - doc_tp,
            }
        )
        if gdoc.entity_mentions is not None:
            has_ent = True
            gold_all = set(gdoc.entity_mentions)
            required = {
                s
                for s in gold_all
                if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in gold_all)
            }
            pred_set = set(pdoc.entity_mentions)
            ent[0] += len(pred_set & gold_all)
            ent[1] += len(pred_set)
            ent[2] += len(required)
            ent_req_tp += len(pred_set & required)
        if gdoc.times is not None:
            has_times = True
            times_n += len(gdoc.times)
            for gt in gdoc.times:
                if any(spans_touch(gt.span, sp) and v == gt.value for sp, v in pdoc.times):
                    times_right += 1
        if gdoc.boilerplate is not None:
            has_bp = True
            bp_n += len(gdoc.boilerplate)
            bp_pred += len(pdoc.boilerplate)
            for s, e in gdoc.boilerplate:
                need = {i for i in range(s, e) if not text[i].isspace()}
                covered = {i for ps, pe in pdoc.boilerplate for i in range(max(s, ps), min(e, pe))}
                if need <= covered:
                    bp_found += 1
        if gdoc.claims is not None:
            has_claims = True
            for k, v in score_claims(gdoc.claims, pdoc.claims).items():
                claims[k] += v
    report: dict[str, Any] = {"documents": len(gold_docs)}
    for t in THRESHOLDS:
        report[f"content@{t}"] = prf(*counts[t])
    report["matched@0.5"] = matched
    report["source_accuracy"] = _ratio(src_right, matched)
    report["cue_accuracy"] = _ratio(cue_ok, matched)
    n_pred = counts[0.5][0] + counts[0.5][1]
    n_gold = counts[0.5][0] + counts[0.5][2]
    report["attribution+source@0.5"] = prf(src_right, n_pred - src_right, n_gold - src_right)
    if has_ent:
        ep = ent[0] / ent[1] if ent[1] else 0.0
        er = ent_req_tp / ent[2] if ent[2] else 0.0
        ef1 = 2 * ep * er / (ep + er) if ep + er else 0.0
        report["entity_mentions"] = {
            "p": round(ep, 4),
            "r": round(er, 4),
            "f1": round(ef1, 4),
            "predicted": ent[1],
            "gold": ent[2],
            "tp": ent[0],
        }
    if has_times:
        report["time_values"] = {
            "accuracy": _ratio(times_right, times_n),
            "right": times_right,
            "n": times_n,
        }
    if has_bp:
        report["boilerplate"] = {
            "recall": _ratio(bp_found, bp_n),
            "found": bp_found,
            "n": bp_n,
            "predicted": bp_pred,
        }
    if has_claims:
        report["claims"] = claims
    report["per_document"] = per_doc
    if details:
        report["unmatched"] = unmatched
    return report
