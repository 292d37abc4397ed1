"""The record sumber builds for one article (output contract ``sumber/1``).

Every extracted thing carries ``[start, end)`` character offsets into
``Article.text``; no stage rewrites the text. Stages fill the lists of one
``Article`` in turn (see :mod:`sumber.pipeline`), and ``Article.to_dict``
gives the JSON form described by ``schema/sumber-1.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "sumber/1"

Span = tuple[int, int]

ENTITY_TYPES = ("person", "organization", "media", "place", "group", "other")
ATTRIBUTION_KINDS = ("direct", "indirect", "mixed", "according_to")
STANCES = ("asserts", "reports", "hedges", "denies", "no_comment")


def _span(s: Span) -> list[int]:
    return [s[0], s[1]]


@dataclass(slots=True)
class Boilerplate:
    """Non-article text inside ``Article.text`` (ads, widgets, credits...)."""

    span: Span
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"span": _span(self.span), "kind": self.kind}


@dataclass(slots=True)
class Mention:
    """One place in the text where an entity is named or referred to."""

    span: Span
    text: str
    kind: str = "name"  # name, title, role, pronoun, alias

    def to_dict(self) -> dict[str, Any]:
        return {"span": _span(self.span), "text": self.text, "kind": self.kind}


@dataclass(slots=True)
class Entity:
    """A person, organisation, medium, place or group, with all its mentions."""

    id: str
    name: str
    type: str
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "roles": list(self.roles),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class Source:
    """Who an attribution is attributed to, as mentioned in this attribution."""

    text: str
    span: Span | None
    entity: str | None = None
    name: str | None = None
    anonymous: bool = False
    public: bool | None = None  # a public figure (has a public role), a private person, unknown
    role: str | None = None  # the role phrase next to a mention ("Kepala Dinas X", "warga Y")

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "name": self.name,
            "text": self.text,
            "span": _span(self.span) if self.span else None,
            "anonymous": self.anonymous,
            "public": self.public,
            "role": self.role,
        }


@dataclass(slots=True)
class Cue:
    """The words that signal the attribution (said, kata, menurut, according to)."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": _span(self.span)}


@dataclass(slots=True)
class Conduit:
    """A medium or person an attribution passed through (Sputnik, radio Rossiya 1)."""

    name: str
    span: Span | None
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "name": self.name,
            "span": _span(self.span) if self.span else None,
        }


@dataclass(slots=True)
class Attribution:
    """Source, cue and content of one reported statement."""

    id: str
    source: Source | None
    cue: Cue | None
    content_spans: list[Span]
    kind: str
    via: list[Conduit] = field(default_factory=list)
    date: str | None = None
    stance: str = "asserts"  # the stance the cue expresses toward the content
    text: str = ""  # the content text (filled by the pipeline)

    @property
    def content_span(self) -> Span:
        """The outer span of the content."""
        return (self.content_spans[0][0], self.content_spans[-1][1])

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": {"text": self.text, "spans": [_span(s) for s in self.content_spans]},
            "kind": self.kind,
            "stance": self.stance,
            "via": [c.to_dict() for c in self.via],
            "date": self.date,
        }


@dataclass(slots=True)
class Stance:
    """One holder's position on a claim."""

    holder: str  # an entity id, "author" or "anonymous"
    stance: str
    attribution: str | None = None
    hedged: bool = False
    via: list[str] = field(default_factory=list)  # entity ids of conduits

    def to_dict(self) -> dict[str, Any]:
        return {
            "holder": self.holder,
            "stance": self.stance,
            "attribution": self.attribution,
            "hedged": self.hedged,
            "via": list(self.via),
        }


@dataclass(slots=True)
class Claim:
    """Something said to have happened, with every holder's stance on it."""

    id: str
    event: str
    participants: list[str]
    text: str
    span: Span
    date: str | None = None
    place: str | None = None
    stances: list[Stance] = field(default_factory=list)

    @property
    def status(self) -> str:
        """``disputed`` when some holder asserts or reports and another denies."""
        kinds = {s.stance for s in self.stances}
        positive = bool(kinds & {"asserts", "reports", "hedges"})
        if positive and "denies" in kinds:
            return "disputed"
        if "denies" in kinds:
            return "denied"
        return "asserted" if positive else "unclear"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "participants": list(self.participants),
            "date": self.date,
            "place": self.place,
            "text": self.text,
            "span": _span(self.span),
            "status": self.status,
            "stances": [s.to_dict() for s in self.stances],
        }


@dataclass(slots=True)
class Time:
    """A time expression, normalised to ISO 8601 against the publication date."""

    text: str
    span: Span
    value: str | None
    grain: str  # day, month, year, week, duration, time, partial

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": _span(self.span),
            "value": self.value,
            "grain": self.grain,
        }


@dataclass(slots=True)
class Article:
    """One article and everything sumber found in it.

    ``text`` is what every span indexes into. ``tokens`` and ``sentences`` are
    filled by :func:`sumber.segment.segment`; ``tokens`` is internal and not
    part of the output.
    """

    text: str
    id: str | None = None
    url: str | None = None
    source_url: str | None = None
    language: str | None = None
    published: str | None = None
    title: str | None = None
    boilerplate: list[Boilerplate] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # internal scratch space between stages

    def is_boilerplate(self, start: int, end: int | None = None) -> bool:
        """Whether ``[start, end)`` lies inside a boilerplate span."""
        end = start + 1 if end is None else end
        return any(b.span[0] <= start and end <= b.span[1] for b in self.boilerplate)

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None."""
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_dict(self) -> dict[str, Any]:
        """The ``sumber/1`` JSON object for this article."""
        return {
            "schema": SCHEMA,
            "id": self.id,
            "url": self.url,
            "source_url": self.source_url,
            "language": self.language,
            "published": self.published,
            "title": self.title,
            "text": self.text,
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "sentences": [_span(s) for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "attributions": [a.to_dict() for a in self.attributions],
            "claims": [c.to_dict() for c in self.claims],
            "times": [t.to_dict() for t in self.times],
        }
