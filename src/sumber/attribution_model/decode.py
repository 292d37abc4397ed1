"""Turn the tagger's BIO tags into attributions (source, cue, content spans).

Within one paragraph unit, each tagged span is a run of tokens with the same
type (``SRC``, ``CUE``, ``CON``). Every content span joins the nearest cue in
the unit (token distance, ties to the cue before it), so ``"A," he said, "B."``
gives one attribution with two content spans. Every source span joins its
nearest cue, and a cue keeps the nearest of its sources. Cues left without
content are dropped, and so are contents in a unit without a cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sumber.attribution_model.features import Prepared
from sumber.model import Span

_SHARED_SOURCE_GAP = 30  # tokens
SOURCE_RIGHT_PENALTY = 3  # tokens added to the distance of a source after its cue
LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")


@dataclass
class RawAttribution:
    """Character spans of one decoded attribution."""

    cue: list[Span]
    content: list[Span]
    source: Span | None = None
    cue_tokens: tuple[int, int] = (0, 0)
    extra: dict[str, object] = field(default_factory=dict)


def tag_spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Runs of tags as ``(type, first token, end token)``; a ``B-`` starts a new run."""
    out: list[tuple[str, int, int]] = []
    cur = ""
    start = 0
    for i, t in enumerate(tags):
        if t == "O":
            if cur:
                out.append((cur, start, i))
                cur = ""
            continue
        typ = t[2:]
        if t[0] == "B" or typ != cur:
            if cur:
                out.append((cur, start, i))
            cur = typ
            start = i
    if cur:
        out.append((cur, start, len(tags)))
    return out


def _src_rank(cue: tuple[int, int], src: tuple[int, int]) -> tuple[int, int]:
    """How well a source run fits a cue: distance, with sources after the cue set back."""
    d, side = _gap(cue, src)
    return (d + SOURCE_RIGHT_PENALTY if side and d else d), side


def _gap(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    """Token distance between two runs, and 0 when ``b`` comes before ``a`` (tie-breaker)."""
    if b[1] <= a[0]:
        return a[0] - b[1], 0
    if a[1] <= b[0]:
        return b[0] - a[1], 1
    return 0, 0


def decode_unit(
    tokens: Sequence[Span],
    tags: Sequence[str],
    according: Sequence[bool] = (),
    cueless_min: int = 0,
) -> list[RawAttribution]:
    """Attributions of one unit from its token spans and tags.

    Args:
        tokens: the unit's token spans.
        tags: one BIO label per token.
        according: per token, whether it starts an "according to" phrase (its
            source follows the cue instead of preceding it).
        cueless_min: in a unit without a cue, keep content spans of at least
            this many tokens as attributions without cue (0: drop them).

    Returns:
        The unit's attributions, in text order.
    """
    spans = tag_spans(tags)
    cues = [(s, e) for t, s, e in spans if t == "CUE"]
    if not cues:
        if not cueless_min:
            return []
        return [
            RawAttribution(cue=[], content=[(tokens[s][0], tokens[e - 1][1])])
            for t, s, e in spans
            if t == "CON" and e - s >= cueless_min
        ]
    contents: dict[int, list[tuple[int, int]]] = {}
    sources: dict[int, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
    all_sources: list[tuple[int, int]] = []
    for t, s, e in spans:
        if t == "CUE":
            continue
        if t == "SRC":
            all_sources.append((s, e))
            # a source right after "according to" belongs to it
            after = [
                c
                for c in range(len(cues))
                if according and according[cues[c][0]] and 0 <= s - cues[c][1] <= 1
            ]
            if after:
                sources.setdefault(after[0], []).append(((0, 0), (s, e)))
                continue
        best = min(range(len(cues)), key=lambda c: _gap(cues[c], (s, e)))
        if t == "CON":
            contents.setdefault(best, []).append((s, e))
        else:
            sources.setdefault(best, []).append((_src_rank(cues[best], (s, e)), (s, e)))
    out: list[RawAttribution] = []
    for ci, cons in contents.items():
        cs, ce = cues[ci]
        src = None
        if ci in sources:
            s, e = min(sources[ci])[1]
            src = (tokens[s][0], tokens[e - 1][1])
        elif all_sources:
            # a source shared with another cue ("X said ... and added ...")
            gap, (s, e) = min((_src_rank((cs, ce), se), se) for se in all_sources)
            if gap[0] <= _SHARED_SOURCE_GAP:
                src = (tokens[s][0], tokens[e - 1][1])
        out.append(
            RawAttribution(
                cue=[(tokens[cs][0], tokens[ce - 1][1])],
                content=[(tokens[s][0], tokens[e - 1][1]) for s, e in sorted(cons)],
                source=src,
                cue_tokens=(cs, ce),
            )
        )
    out.sort(key=lambda a: a.content[0])
    return out


def decode_units(
    prep: Prepared, tags: Sequence[Sequence[str]], cueless_min: int = 0
) -> list[RawAttribution]:
    """Attributions of every unit of ``prep`` from its tags (one list per unit)."""
    out: list[RawAttribution] = []
    pos = 0
    according = prep.according.tolist()
    for (toks, _sids), utags in zip(prep.units, tags, strict=True):
        n = len(toks)
        out.extend(decode_unit(toks, utags, according[pos : pos + n], cueless_min))
        pos += n
    return out
