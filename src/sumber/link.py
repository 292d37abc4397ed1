"""Linking across articles: when two entities are one, when two claims are one.

These are pure functions over plain values; :mod:`sumber.store` calls them
while it ingests an article, inside the same transaction, and only ever
compares an article's entities and claims with the few stored ones that
share a *blocking key*, so linking cost grows with the number of articles,
not with its square.

Entities
    Every name is reduced to a *loose key*: transliterated to Latin
    (anyascii), lower-cased, titles and punctuation dropped, and spelled
    loosely (w→v, y/j→i, z→s, doubled letters single, a final -s of a long
    surname dropped) so that "Dmitry Peskov", "Dmitri Peskow", "Песков" and
    "Peskovs" meet. Places use the language pack's PLACE_KEYS so "Rusia" and
    "Russia" meet. Blocking keys: the full loose name, and for people their
    surname, alone or with each given name's initial (see :func:`entity_keys`
    and :func:`lookup_keys`), so a full name's candidates are the few people
    who could be it, not everyone of its surname.

    The rule for people who share a surname: two full names link only when
    every given name of the shorter agrees with one of the longer's: the same
    skeleton, an initial ("J. Biden"), or one consonant apart ("Mikhail",
    "Michael"). "Donald Trump" and "Melania Trump" never link, nor "Joe" and
    "Jill" who share only an initial; "Vladimir Putin" and "Vladimir
    Vladimirovich Putin" do. A surname alone ("Peskov")
    links to the one stored person with that surname; when several share it,
    to the one whose roles or aliases share a word with the mention's roles,
    else to the most-mentioned one; it never creates a duplicate of a known
    full name.

Claims
    The blocking key is the event and the sorted global ids of the
    participants. Two claims with that key are one when their dates are
    compatible: equal, one missing, one containing the other (``2024-11``
    contains ``2024-11-07``; ISO week ``2024-W45`` contains 7 November),
    year-less ``--11-07`` against a full date with the same month and day, or
    two days at most three days apart (articles often date an event by the day
    it was reported). Other dates keep claims apart: a call on 7 November is
    not "seven calls since 2021".

Independence
    Asserting stances are grouped by their *origin*: a named holder is its
    own origin; an anonymous holder's origin is the first conduit it came
    through ("sources cited by the Washington Post"), so outlets relaying the
    same unnamed sources count once.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from anyascii import anyascii

from sumber import lang

DAY_TOLERANCE = 3  # days two dated claims may differ by and still be one event
# names whose keys are remembered: linking compares each new name with stored ones, which
# come back article after article while their story runs (about 30 MB per cache when full)
CACHE = 1 << 17
_NON_WORD = re.compile(r"[^a-z0-9 ]+")


@cache
def _leading() -> frozenset[str]:
    """The words a name may begin with that are not part of it: titles, "the"."""
    words = {"the"}
    for iso in lang.available():
        words.update(t.rstrip(".") for t in lang.get(iso).TITLES)
    return frozenset(words)


def normalize(name: str) -> str:
    """Latin, lower case, no punctuation, no titles, no leading article."""
    text = anyascii(name).lower().replace("'", "").replace("-", " ")
    words = _NON_WORD.sub(" ", text).split()
    leading = _leading()
    start = 0
    while len(words) - start > 1 and words[start] in leading:
        start += 1
    return " ".join(words[start:])


# linking spells every word of every name it compares loosely: the letters that become
# one other letter in one pass, the letter pairs only when the word has them
_LOOSE_LETTERS = str.maketrans({"w": "v", "y": "i", "j": "i", "z": "s"})
_LOOSE_PAIRS = (("kh", "h"), ("ck", "k"), ("x", "ks"), ("ph", "f"), ("ou", "u"))
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=CACHE)
def loose_word(word: str) -> str:
    """One word spelled loosely, so transliteration variants meet (remembered: names are
    new far more often than the words they are made of)."""
    w = word.translate(_LOOSE_LETTERS)
    for pair, one in _LOOSE_PAIRS:
        if pair in w:
            w = w.replace(pair, one)
    if _DOUBLED.search(w):
        w = _DOUBLED.sub(r"\1", w)
    if len(w) > 5 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 4 and w.endswith("e") and w[-2] not in "aeiou":
        w = w[:-1]  # French "Poutine", German "Selenskije"
    return w


# Russian and Ukrainian names decline: "Путиным", "Путина", "Трампом" are all "Путин", "Трамп".
# Endings of oblique cases, longest first; a stem keeps at least four letters.
_SLAVIC_ENDINGS = (
    "ого",
    "ому",
    "ым",
    "им",
    "ом",
    "ем",
    "ой",
    "ою",
    "ею",
    "ів",
    "а",
    "у",
    "ю",
    "я",
    "і",
    "е",
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _unslavic(name: str) -> str:
    if not _CYRILLIC.search(name):
        return name
    words = []
    for word in name.split():
        low = word.lower()
        for ending in _SLAVIC_ENDINGS:
            if low.endswith(ending) and len(low) - len(ending) >= 4:
                word = word[: -len(ending)]
                break
        words.append(word)
    return " ".join(words)


@lru_cache(maxsize=CACHE)
def loose(name: str) -> str:
    """The loose key of a name."""
    return " ".join(loose_word(w) for w in normalize(_unslavic(name)).split())


_NO_VOWELS = str.maketrans("", "", "aeiou")


@lru_cache(maxsize=CACHE)
def skeleton(word: str) -> str:
    """A loose word's first letter and its consonants ("trump", "tramp" -> "trmp")."""
    return word[:1] + word[1:].translate(_NO_VOWELS)


@lru_cache(maxsize=CACHE)
def person_key(name: str) -> str:
    """The key people's names are compared by: each word's skeleton, so that
    transliterations meet ("Трамп"/"Trump", "Volodymyr"/"Vladimir", "Dmitri"/"Dmitry")."""
    return " ".join(skeleton(w) for w in loose(name).split())


def place_key(name: str, language: str | None) -> str:
    """A language-neutral key for a place name ("Rusia" and "Russia" -> "rusia")."""
    if language in lang.available():
        keys = lang.get(language).extra.get("PLACE_KEYS", {})
        name = keys.get(name, name)
    return loose(name)


def entity_keys(name: str, etype: str, language: str | None = None) -> list[str]:
    """Blocking keys under which an entity is stored.

    Every entity: ``name:`` its loose key (places: ``place:``). People also: ``surname:``
    their last word's skeleton; a full name ``given:`` each given name's initial with the
    surname ("given:v ptn"), a surname alone ``lone:`` the surname.
    """
    return list(_keys(name, etype, language, False))


def lookup_keys(name: str, etype: str, language: str | None = None) -> list[str]:
    """Blocking keys under which the stored entities an entity may be are found.

    A full name looks where another full name sharing a given name's initial and the
    surname is (``given:``), and where a surname alone is (``lone:``), never under the
    bare surname: that block holds every person of the surname, and grows with the store.
    A surname alone looks under ``surname:``, as it may be any of them.
    """
    return list(_keys(name, etype, language, True))


@lru_cache(maxsize=CACHE)
def _keys(name: str, etype: str, language: str | None, lookup: bool) -> tuple[str, ...]:
    if etype == "place":
        return (f"place:{place_key(name, language)}",)
    key = person_key(name) if etype == "person" else loose(name)
    if not key:
        return ()
    if etype != "person":
        return (f"name:{key}",)
    words = key.split()
    surname = words[-1]
    if len(words) == 1:
        return (f"name:{key}", f"surname:{key}") + (() if lookup else (f"lone:{key}",))
    given = tuple(dict.fromkeys(f"given:{w[0]} {surname}" for w in words[:-1]))
    if lookup:
        return (f"name:{key}", *given, f"lone:{surname}")
    return (f"name:{key}", f"surname:{surname}", *given)


@dataclass(slots=True)
class Candidate:
    """A stored entity as linking sees it."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    keys: set[str] = field(default_factory=set)  # stored blocking keys it was found under
    # :func:`loose` of its name: the store keeps it, so that a candidate's name is not
    # transliterated again in every batch that reads it; worked out here when not given
    loose: str | None = None
    parts: tuple[tuple[str, ...], tuple[str, ...]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.loose is None:
            self.loose = loose(self.name)

    def rename(self, name: str) -> None:
        """Give it another name (and the loose key that goes with it)."""
        self.name, self.loose, self.parts = name, loose(name), None

    def name_parts(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Its name's loose words and their skeletons (see :func:`_parts`), worked out once."""
        if self.parts is None:
            self.parts = _split(self.loose or "")
        return self.parts


def _edits_at_most_one(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one insertion, deletion or substitution at most."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _given_agree(a: str, sa: str, b: str, sb: str) -> bool:
    """Whether two given names (loose words ``a``, ``b`` and their skeletons ``sa``, ``sb``)
    may be one person's: the same skeleton ("Dmitry"/"Dmitri"), an initial and a name it
    begins ("J."/"Joko"), or skeletons one letter apart ("Mikhail"/"Michael"). Names that
    only share an initial ("Jill"/"Joe", "Helen"/"Henry") do not agree."""
    # every case needs the same first letter (a skeleton keeps a word's); linking compares
    # a name with every namesake in its blocks, so the cheap tests come first
    if a[0] != b[0]:
        return False
    if len(a) == 1 or len(b) == 1 or sa == sb:
        return True
    n, m = len(sa), len(sb)
    return -1 <= n - m <= 1 and min(n, m) >= 3 and _edits_at_most_one(sa, sb)


@lru_cache(maxsize=CACHE)
def _split(key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A loose key's words and their skeletons (kept: a stored entity is read again by
    every batch that looks in its blocks)."""
    words = tuple(key.split())
    return words, tuple(skeleton(w) for w in words)


@lru_cache(maxsize=CACHE)
def _parts(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A name's loose words and their skeletons."""
    return _split(loose(name))


def _parts_agree(
    pa: tuple[tuple[str, ...], tuple[str, ...]], pb: tuple[tuple[str, ...], tuple[str, ...]]
) -> bool:
    """Whether two names (their :func:`_parts`) may be one person's: the same surname, and
    every other word of the shorter name agrees with one of the longer name's (see
    :func:`_given_agree`)."""
    (wa, sa), (wb, sb) = pa, pb
    if not wa or not wb or sa[-1] != sb[-1]:
        return False
    if len(wa) > len(wb):
        wa, sa, wb, sb = wb, sb, wa, sa
    last = len(wb) - 1
    for i in range(len(wa) - 1):  # loops, not all() of any(): this runs per namesake
        w, s = wa[i], sa[i]
        for j in range(last):
            if _given_agree(w, s, wb[j], sb[j]):
                break
        else:
            return False
    return True


def _type_family(t: str) -> str:
    return "actor" if t in ("organization", "media", "group", "other") else t


def choose_entity(
    name: str,
    etype: str,
    roles: Sequence[str],
    candidates: Iterable[Candidate],
    language: str | None = None,
) -> Candidate | None:
    """The stored entity a new entity is, among candidates sharing a blocking key, or None.

    Args:
        name: the entity's canonical name in its article.
        etype: its type.
        roles: its roles in the article ("juru bicara Kremlin").
        candidates: stored entities found under its blocking keys.
        language: the article's language (for place keys).

    Returns:
        The matching candidate, or None when the entity is new.
    """
    family = _type_family(etype)
    cands = [c for c in candidates if _type_family(c.type) == family]
    if etype == "place":
        key = place_key(name, language)
        return next(
            (
                c
                for c in cands
                if f"place:{key}" in c.keys  # stored under the key in its own language
                or c.loose == key  # place_key(c.name, None)
                or key in {place_key(a, None) for a in c.aliases}
            ),
            None,
        )
    if etype != "person":
        key = loose(name)
        return next(
            (
                c
                for c in cands
                if f"name:{key}" in c.keys or c.loose == key or key in {loose(a) for a in c.aliases}
            ),
            None,
        )
    words = person_key(name).split()
    if len(words) > 1:
        mine = _parts(name)
        agreeing = [c for c in cands if _parts_agree(mine, c.parts or c.name_parts())]
        if not agreeing:
            return None
        # a stored surname-only entity is upgraded by the caller when it is the match
        return max(agreeing, key=lambda c: (len(c.name_parts()[0]) > 1, c.mentions))
    surname = words[0] if words else ""
    same = [c for c in cands if c.name_parts()[1][-1:] == (surname,)]
    if len(same) <= 1:
        return same[0] if same else None
    role_words = {w for r in roles for w in loose(r).split()}
    if role_words:
        with_roles = [
            c for c in same if role_words & {w for r in c.roles for w in loose(r).split()}
        ]
        if len(with_roles) == 1:
            return with_roles[0]
    return max(same, key=lambda c: c.mentions)


def claim_key(event: str, participants: Iterable[str]) -> str:
    """The blocking key of a claim: its event and sorted participant ids."""
    return event + "|" + ",".join(sorted(set(participants)))


def _parse(value: str) -> tuple[_dt.date, _dt.date] | None:
    """The first and last day a date value covers, when it has a year."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = _dt.date.fromisoformat(value)
            return d, d
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            d = _dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return d, d + _dt.timedelta(days=6)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            first = _dt.date(int(value[:4]), int(value[5:]), 1)
            nxt = _dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - _dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return _dt.date(int(value), 1, 1), _dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Whether two claim dates can be the same event's (see the module docstring)."""
    if not a or not b or a == b:
        return True
    if a.startswith("--") or b.startswith("--"):
        # a year-less date meets a full date with the same month and day
        def month_day(v: str) -> str:
            return v[2:7] if v.startswith("--") else v[5:10]

        return len(month_day(a)) == 5 and month_day(a) == month_day(b)
    ra, rb = _parse(a), _parse(b)
    if ra is None or rb is None:
        return False
    (a0, a1), (b0, b1) = ra, rb
    if (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1):
        return True
    # two days a few days apart: reports date an event by when it was reported
    return a0 == a1 and b0 == b1 and abs((a0 - b0).days) <= DAY_TOLERANCE


def origin(holder: str, holder_kind: str, via: Sequence[str]) -> str:
    """Where a stance comes from, for counting independent confirmations."""
    if holder_kind == "anonymous":
        return "anonymous via " + (via[0] if via else "?")
    return holder


def independent_confirmations(stances: Iterable[tuple[str, str, Sequence[str], str]]) -> int:
    """How many independent origins assert or report a claim.

    Args:
        stances: (holder, holder_kind, via, stance) for each stance.
    """
    return len({origin(h, k, v) for h, k, v, s in stances if s in ("asserts", "reports", "hedges")})
