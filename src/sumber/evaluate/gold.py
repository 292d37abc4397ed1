"""The normalised forms the scorer works on: gold documents and predicted documents.

Every gold reader (:mod:`~sumber.evaluate.polnear`, :mod:`~sumber.evaluate.pfsa`,
:mod:`~sumber.evaluate.sumber_gold`) returns :class:`GoldDocument` objects; an analysed
:class:`~sumber.model.Article` and its ``sumber/1`` JSON form are both turned into one
:class:`PredictedDocument` (:func:`predicted_from_article`, :func:`predicted_from_dict`),
so the scorer has one code path whatever the source of the predictions.

Spans are ``(start, end)`` character ranges into the document text; a discontinuous span is a
list of such ranges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sumber.model import Article

Span = tuple[int, int]


@dataclass(slots=True)
class GoldAttribution:
    """One annotated attribution.

    Attributes:
        content: the content span(s).
        source: the source mention span(s); several when any of them is acceptable
            (PFSA-ID: a role and the person name beside it). Empty when the gold gives no span.
        source_names: for gold that names sources instead of giving spans (sumber-gold/1): the
            entity name and its listed mentions, any of which identifies the source.
        anonymous: the gold source is an anonymous one ("sumber anonim", "sources").
        has_source: False when the attribution has no source at all.
        cue: the cue span(s); empty when there is none.
        kind: direct, indirect, mixed, according_to, when the gold says.
        text: the content text (for reports).
        source_text: the source as written or named (for reports).
    """

    content: list[Span]
    source: list[Span] = field(default_factory=list)
    source_names: list[str] = field(default_factory=list)
    anonymous: bool = False
    has_source: bool = True
    cue: list[Span] = field(default_factory=list)
    kind: str | None = None
    text: str = ""
    source_text: str | None = None


@dataclass(slots=True)
class GoldTime:
    """A located gold time expression and its ISO value."""

    span: Span
    text: str
    value: str | None


@dataclass(slots=True)
class GoldStance:
    """One holder's stance on a gold claim; ``holder_names`` empty for author/anonymous."""

    holder: str
    stance: str
    holder_names: list[str] = field(default_factory=list)
    via: list[list[str]] = field(default_factory=list)


@dataclass(slots=True)
class GoldClaim:
    """A gold claim: the event, its participants (each a list of acceptable names), stances."""

    event: str
    participants: list[list[str]]
    stances: list[GoldStance] = field(default_factory=list)


@dataclass(slots=True)
class GoldDocument:
    """One annotated document.

    Layers a corpus does not annotate are None (not scored); an empty list means "annotated,
    and there is nothing".

    Attributes:
        id: the document id (file stem, or ``pfsa-0001`` for PFSA-ID articles).
        text: the text every span indexes into.
        attributions: the gold attributions.
        language: ISO code, when known.
        published: ISO publication date, when known.
        scored_kinds: only predicted attributions of these kinds are scored (PFSA-ID: direct and
            mixed); None scores all.
        public_only: predicted attributions whose source is marked an ordinary person
            (``source.public`` false) are not scored (PFSA-ID annotates public figures only).
        entity_mentions: gold entity mention spans (all occurrences), or None.
        times: gold times, or None.
        boilerplate: gold boilerplate spans, or None.
        claims: gold claims, or None.
        origin: the file the document came from (for messages).
    """

    id: str
    text: str
    attributions: list[GoldAttribution]
    language: str | None = None
    published: str | None = None
    scored_kinds: frozenset[str] | None = None
    public_only: bool = False
    entity_mentions: list[Span] | None = None
    times: list[GoldTime] | None = None
    boilerplate: list[Span] | None = None
    claims: list[GoldClaim] | None = None
    origin: str = ""


@dataclass(slots=True)
class PredictedAttribution:
    """One system attribution, in the form the scorer compares."""

    content: list[Span]
    kind: str
    source_span: Span | None = None
    source_text: str | None = None
    source_name: str | None = None
    anonymous: bool = False
    has_source: bool = False
    cue: Span | None = None
    text: str = ""
    public: bool | None = None


@dataclass(slots=True)
class PredictedClaim:
    """A system claim with entity ids resolved to names."""

    event: str
    participants: list[str]
    stances: list[tuple[str, str, list[str]]]  # (holder name|author|anonymous, stance, via names)


@dataclass(slots=True)
class PredictedDocument:
    """Everything the scorer needs from one analysed article."""

    id: str | None
    attributions: list[PredictedAttribution] = field(default_factory=list)
    entity_mentions: list[Span] = field(default_factory=list)
    times: list[tuple[Span, str | None]] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    claims: list[PredictedClaim] = field(default_factory=list)


def predicted_from_article(article: Article) -> PredictedDocument:
    """Normalise an analysed :class:`~sumber.model.Article` for scoring."""
    return predicted_from_dict(article.to_dict())


def _pair(value: Any) -> Span:
    return (int(value[0]), int(value[1]))


def predicted_from_dict(record: dict[str, Any]) -> PredictedDocument:
    """Normalise a ``sumber/1`` JSON record (``Article.to_dict()``) for scoring.

    Raises:
        KeyError, TypeError, ValueError: the record does not have the ``sumber/1`` shape.
    """
    names = {e["id"]: e.get("name") or e["id"] for e in record.get("entities") or []}
    doc = PredictedDocument(id=record.get("id"))
    for a in record.get("attributions") or []:
        content = a.get("content") or {}
        spans = [_pair(s) for s in content.get("spans") or []]
        src = a.get("source")
        cue = a.get("cue")
        name = None
        if src:
            name = src.get("name") or (names.get(src["entity"]) if src.get("entity") else None)
        doc.attributions.append(
            PredictedAttribution(
                content=spans,
                kind=a.get("kind") or "",
                source_span=_pair(src["span"]) if src and src.get("span") else None,
                source_text=src.get("text") if src else None,
                source_name=name,
                anonymous=bool(src and src.get("anonymous")),
                has_source=bool(src),
                cue=_pair(cue["span"]) if cue and cue.get("span") else None,
                text=content.get("text") or "",
                public=src.get("public") if src else None,
            )
        )
    for e in record.get("entities") or []:
        doc.entity_mentions.extend(_pair(m["span"]) for m in e.get("mentions") or [])
    doc.times = [(_pair(t["span"]), t.get("value")) for t in record.get("times") or []]
    doc.boilerplate = [_pair(b["span"]) for b in record.get("boilerplate") or []]
    for c in record.get("claims") or []:
        stances = [
            (
                names.get(s["holder"], s["holder"]),
                s.get("stance") or "",
                [names.get(v, v) for v in s.get("via") or []],
            )
            for s in c.get("stances") or []
        ]
        doc.claims.append(
            PredictedClaim(
                event=c.get("event") or "",
                participants=[names.get(p, p) for p in c.get("participants") or []],
                stances=stances,
            )
        )
    return doc
