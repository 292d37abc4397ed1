"""Pipeline stage: claims (events said to have happened) and every holder's stance on them.

A claim is found in a *unit*: the content of an attribution (held by its
source) or a sentence of the author's own (held by "author"). In a unit:

- an **event trigger** from the pack's EVENTS ("panggilan telepon", "phone
  call", "pertemuan") names the event; a plan word before it in the same
  clause ("rencana", "plans") makes it ``<event>_planned``;
- the **participants** are the people mentioned in the unit (or, when there
  are none, the organisations and places); interaction events (calls,
  meetings, talks) need two;
- the **date** is the first calendar time inside the unit (never the date of
  the statement itself);
- the **stance** is the cue's (asserts, reports, hedges, denies), turned to
  ``denies`` when the clause negates the event ("tidak ada panggilan",
  "did not speak") or calls it untrue (DENIAL_MARKERS); hedge markers
  ("dikatakan", "reportedly") set ``hedged``.

A unit that denies without naming an event but points back at one
("informasi di atas tidak benar", "the reports are pure fiction") is a
denial of the claim mentioned last. Units about the same event with the same
participants and compatible dates are one claim holding all stances.

The event vocabulary is open: an event is any key of a pack's EVENTS; a
language adds triggers for the same keys so claims link across languages.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from sumber import lang
from sumber.model import Article, Attribution, Claim, Entity, Span, Stance
from sumber.spans import SpanSet

# events that need two participants (someone calls or meets someone)
INTERACTIONS = frozenset({"phone_call", "meeting", "talks"})
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2014]|\s(?:tetapi|namun|but|however|although|meskipun)\s", re.I
)


@dataclass
class _Lexicon:
    trigger: re.Pattern[str]
    event_of: dict[str, str]
    negation: re.Pattern[str]
    denial: re.Pattern[str]
    hedge: re.Pattern[str]
    anaphora: re.Pattern[str]
    plan: re.Pattern[str]
    citing_anonymous: re.Pattern[str]  # "citing people familiar with", "mengutip sumber anonim"
    determiners: frozenset[str]
    no_comment: re.Pattern[str]


def _words_re(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    alternation = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True) if w
    )
    return re.compile(rf"(?<![\w-])(?:{alternation or '(?!)'})(?![\w-])", re.I)


@cache
def _lexicon(iso: str) -> _Lexicon:
    pack = lang.get(iso)
    event_of: dict[str, str] = {}
    for event, triggers in pack.EVENTS.items():
        for t in triggers:
            event_of.setdefault(" ".join(t.lower().split()), event)
    return _Lexicon(
        trigger=_words_re(list(event_of)),
        event_of=event_of,
        negation=_words_re(list(pack.NEGATIONS) + ["n't"]),
        denial=_words_re(pack.DENIAL_MARKERS),
        hedge=_words_re(pack.HEDGE_MARKERS),
        anaphora=_words_re(pack.CLAIM_ANAPHORA),
        plan=_words_re(pack.PLAN_WORDS),
        citing_anonymous=re.compile(
            _words_re(pack.CITING_VERBS).pattern
            + r"\s+(?:[\w-]+\s+){0,3}?"
            + _words_re(pack.ANONYMOUS_SOURCES).pattern,
            re.I,
        ),
        determiners=frozenset(pack.DETERMINERS),
        no_comment=_words_re(pack.extra.get("NO_COMMENT_MARKERS", ())),
    )


@dataclass
class _Unit:
    spans: list[Span]
    holder: str
    stance: str
    attribution: Attribution | None

    @property
    def start(self) -> int:
        return self.spans[0][0]


def _units(article: Article) -> list[_Unit]:
    units: list[_Unit] = []
    covered: list[Span] = []
    for att in article.attributions:
        src = att.source
        if src is None:
            holder = "author"
        elif src.anonymous:
            holder = "anonymous"
        else:
            holder = src.entity or "author"
        units.append(_Unit(list(att.content_spans), holder, att.stance, att))
        covered.extend(att.content_spans)
        if att.cue:
            covered.append(att.cue.span)
        if src and src.span:
            covered.append(src.span)
    taken = SpanSet(covered)
    for s, e in article.sentences:
        if article.is_boilerplate(s, e) or taken.overlaps(s, e):
            continue
        units.append(_Unit([(s, e)], "author", "asserts", None))
    units.sort(key=lambda u: u.start)
    return units


class _MentionIndex:
    def __init__(self, entities: list[Entity]) -> None:
        self.items = sorted(
            ((m.span[0], m.span[1], e) for e in entities for m in e.mentions), key=lambda t: t[:2]
        )
        self.starts = [t[0] for t in self.items]

    def within(self, span: Span) -> list[tuple[int, int, Entity]]:
        i = bisect.bisect_left(self.starts, span[0])
        out = []
        while i < len(self.items) and self.items[i][0] < span[1]:
            if self.items[i][1] <= span[1]:
                out.append(self.items[i])
            i += 1
        return out


def _clause(text: str, start: int, end: int, t0: int, t1: int) -> Span:
    """The clause around a trigger at ``[t0, t1)`` inside ``[start, end)``."""
    s = _clause_start(text, start, t0)
    m = _CLAUSE_BREAK.search(text, t1, end)
    return (s, m.start() if m else end)


def _clause_start(text: str, start: int, pos: int) -> int:
    last = start
    for m in _CLAUSE_BREAK.finditer(text, start, pos):
        last = m.end()
    return last


def _participants(
    mentions: list[tuple[int, int, Entity]], event: str, trigger: Span
) -> list[Entity]:
    """The entities taking part in the event, nearest to its trigger first.

    Interactions (a call, a meeting) take the two people nearest the trigger
    (organisations and places when there are no people); "informed" takes the
    entity just before the trigger (who was informed); other events the people
    in the unit, or its organisations and places.
    """

    def distance(t: tuple[int, int, Entity]) -> int:
        return trigger[0] - t[1] if t[1] <= trigger[0] else t[0] - trigger[1]

    ranked = sorted((t for t in mentions if t[2].type != "media"), key=distance)
    if event == "informed":
        before = [t for t in ranked if t[1] <= trigger[0]]
        return [before[0][2]] if before else []
    persons: list[Entity] = []
    others: list[Entity] = []
    for _, _, ent in ranked:
        bucket = persons if ent.type == "person" else others
        if ent not in bucket:
            bucket.append(ent)
    chosen = persons or others
    if event in INTERACTIONS:
        chosen = chosen[:2]
    # keep text order for readability
    order = {e.id: min(t[0] for t in mentions if t[2] is e) for e in chosen}
    return sorted(chosen, key=lambda e: order[e.id])


def find_claims(article: Article) -> Article:
    """Fill ``article.claims`` with claims and their stances."""
    iso = article.language or "en"
    if iso not in lang.available():
        return article
    lex = _lexicon(iso)
    text = article.text
    index = _MentionIndex(article.entities)
    salient = _protagonists(article)
    claims: list[Claim] = []
    for unit in _units(article):
        found = False
        first = True
        for us, ue in unit.spans:
            for m in _triggers(lex, text, us, ue):
                event = lex.event_of.get(" ".join(m.group().lower().split()))
                if event is None:
                    continue
                clause = _clause_start(text, us, m.start())
                if lex.plan.search(text, clause, m.start()):
                    event = f"{event}_planned"
                base = event.removesuffix("_planned")
                # who takes part is named in the trigger's clause; the whole unit only when
                # the clause names too few and no earlier claim fits
                cs_, ce_ = _clause(text, us, ue, m.start(), m.end())
                parts = _participants(index.within((cs_, ce_)), base, m.span())
                if base in COMPLEMENT_TAKING and not parts:
                    # "the ministry says it was never informed": the holder itself
                    holder = article.entity(unit.holder)
                    parts = [holder] if holder is not None and holder.type != "person" else []
                    if not parts:
                        break  # the event it takes ("informed of the call") is no claim here
                enough = len(parts) >= (2 if base in INTERACTIONS else 1)
                if not enough and _earlier_claim(claims, event, parts, m.start()) is None:
                    parts = _participants(index.within((us, ue)), base, m.span())
                if (base in INTERACTIONS and len(parts) < 2) or not parts:
                    # "the call", "panggilan telepon itu", "during the call, he ...": the
                    # event mentioned before, when what is named here fits it (only the
                    # unit's first event: "informed of the call" is no stance on the call)
                    definite = first and bool(
                        _definite(text, m.start(), m.end(), lex)
                        or lex.negation.search(text, max(us, m.start() - 12), m.start())
                    )
                    first = False
                    earlier = _earlier_claim(claims, event, parts, m.start()) if definite else None
                    if earlier is not None:
                        parts = index_entities(article, earlier.participants)
                    elif definite and base in INTERACTIONS and salient:
                        # "the call" before any call was described: the article's protagonists
                        parts = salient
                    else:
                        continue
                if lex.no_comment.search(text, us, ue):
                    # "we do not comment on private calls": no stance either way
                    target = _main_claim(claims, base)
                    if target is not None:
                        target.stances.append(_make_stance(unit, "no_comment", False))
                    found = True
                    break
                negated = bool(lex.negation.search(text, clause, m.start()))
                denial = bool(lex.denial.search(text, us, ue))
                if unit.attribution is None and (negated or denial):
                    continue  # a negated sentence of the author's is most often reported denial
                stance = _stance(unit.stance, negated or denial)
                hedged = unit.stance == "hedges" or bool(lex.hedge.search(text, us, ue))
                said_on = unit.attribution.date if unit.attribution else None
                date = _date_in(article, (us, ue), m.span(), said_on)
                claim = _add_stance(
                    claims, event, parts, date, (us, ue), text, unit, stance, hedged
                )
                if _relays_anonymous(article, unit, lex):
                    # "X, citing people familiar with the matter, reported ...": the unnamed
                    # sources hold the claim too, through X
                    relayed = _make_stance(unit, stance, hedged)
                    relayed.holder = "anonymous"
                    src = unit.attribution.source if unit.attribution else None
                    if src is not None and src.entity:
                        relayed.via = [src.entity, *relayed.via]
                    claim.stances.append(relayed)
                found = True
                break
            if found:
                break
        if not found and claims and unit.attribution is not None:
            # "the information above is not true": a denial pointing back at the last claim;
            # "will not comment on the report": no position on it
            span = (unit.spans[0][0], unit.spans[-1][1])
            if lex.no_comment.search(text, *span) and lex.anaphora.search(text, *span):
                target = _main_claim(claims, "") or max(claims, key=lambda c: len(c.stances))
                target.stances.append(_make_stance(unit, "no_comment", False))
                continue
            denies = unit.stance == "denies" or lex.denial.search(text, *span)
            if denies and lex.anaphora.search(text, *span):
                target = max(
                    (c for c in claims if c.span[0] < span[0]),
                    key=lambda c: c.span[0],
                    default=None,
                )
                if target is not None:
                    target.stances.append(_make_stance(unit, "denies", False))
    for i, claim in enumerate(claims, 1):
        claim.id = f"c{i}"
    article.claims = claims
    return article


# events whose complement names another event ("informed of the call"): read them first
COMPLEMENT_TAKING = frozenset({"informed"})


def _triggers(lex: _Lexicon, text: str, start: int, end: int) -> list[re.Match[str]]:
    """The event triggers in ``[start, end)``; complement-taking events first, then text order."""
    found = list(lex.trigger.finditer(text, start, end))

    def event(m: re.Match[str]) -> str:
        return lex.event_of.get(" ".join(m.group().lower().split()), "")

    return sorted(found, key=lambda m: (event(m) not in COMPLEMENT_TAKING, m.start()))


def _main_claim(claims: list[Claim], event: str) -> Claim | None:
    """The article's claim of this event with the most stances, if any."""
    same = [c for c in claims if c.event.removesuffix("_planned") == event]
    return max(same, key=lambda c: len(c.stances), default=None)


def _protagonists(article: Article) -> list[Entity]:
    """The two people an article mentions most (three mentions each at least) who are not
    its speakers, or none."""
    speakers = {a.source.entity for a in article.attributions if a.source}
    people = sorted(
        (
            e
            for e in article.entities
            if e.type == "person" and len(e.mentions) >= 3 and e.id not in speakers
        ),
        key=lambda e: -len(e.mentions),
    )
    return people[:2] if len(people) >= 2 else []


def _definite(text: str, start: int, end: int, lex: _Lexicon) -> bool:
    """A determiner just before or after the trigger: "the call", "panggilan telepon itu"."""
    before = text[max(0, start - 30) : start].split()[-3:]
    after = text[end : end + 20].split()[:2]
    return any(w.lower().strip(",.") in lex.determiners for w in before + after)


def _earlier_claim(claims: list[Claim], event: str, parts: list[Entity], pos: int) -> Claim | None:
    """The latest claim before ``pos`` of this event whose participants include ``parts``."""
    ids = {e.id for e in parts}
    for claim in sorted(claims, key=lambda c: c.span[0], reverse=True):
        if claim.span[0] < pos and claim.event == event and ids <= set(claim.participants):
            return claim
    return None


def index_entities(article: Article, ids: list[str]) -> list[Entity]:
    """The entities with these ids, in this order."""
    by_id = {e.id: e for e in article.entities}
    return [by_id[i] for i in ids if i in by_id]


def _stance(cue_stance: str, negated: bool) -> str:
    if not negated:
        return cue_stance
    return "denies" if cue_stance in ("asserts", "reports", "hedges") else cue_stance


def _date_in(article: Article, span: Span, trigger: Span, said_on: str | None = None) -> str | None:
    """The calendar date inside ``span`` nearest the trigger (after it preferred).

    The date the statement was made (``said_on``) and the publication date are the
    report's, not the event's: they are taken only when nothing else is there.
    """
    best: tuple[int, str] | None = None
    report_dates = {d for d in (said_on, (article.published or "")[:10]) if d}
    for t in article.times:
        if not (span[0] <= t.span[0] and t.span[1] <= span[1]) or not t.value:
            continue
        if t.grain in ("duration", "time") or t.value.startswith(("P", "T")):
            continue
        if t.value[:10] in report_dates:
            continue
        if t.span[0] >= trigger[1]:
            dist = t.span[0] - trigger[1]
        else:
            dist = 2 * (trigger[0] - t.span[1])  # dates after the trigger are likelier its own
        if best is None or dist < best[0]:
            best = (dist, t.value)
    return best[1] if best else None


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a) or a[-5:] == b[-5:]


def _make_stance(unit: _Unit, stance: str, hedged: bool) -> Stance:
    att = unit.attribution
    return Stance(
        holder=unit.holder,
        stance=stance,
        attribution=att.id if att else None,
        hedged=hedged,
        via=[v.entity for v in att.via if v.entity] if att else [],
    )


def _add_stance(
    claims: list[Claim],
    event: str,
    parts: list[Entity],
    date: str | None,
    span: Span,
    text: str,
    unit: _Unit,
    stance: str,
    hedged: bool,
) -> Claim:
    ids = [e.id for e in parts]
    for claim in claims:
        if (
            claim.event == event
            and set(claim.participants) == set(ids)
            and _compatible(claim.date, date)
        ):
            if claim.date is None or (date and len(date) > len(claim.date)):
                claim.date = date
            claim.stances.append(_make_stance(unit, stance, hedged))
            return claim
    claim = Claim(
        id="",
        event=event,
        participants=ids,
        text=text[span[0] : span[1]],
        span=span,
        date=date,
        stances=[_make_stance(unit, stance, hedged)],
    )
    claims.append(claim)
    return claim


def _relays_anonymous(article: Article, unit: _Unit, lex: _Lexicon) -> bool:
    """Whether the attribution's sentence cites unnamed sources ("citing people familiar")."""
    att = unit.attribution
    if att is None or att.source is None or att.source.anonymous or att.cue is None:
        return False
    pos = att.cue.span[0]
    for s, e in article.sentences:
        if s <= pos < e:
            return lex.citing_anonymous.search(article.text, s, e) is not None
    return False
