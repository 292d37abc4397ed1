"""One language's cue lexicon: the pack's word lists as lookup tables, built once.

:func:`lexicon` turns a language pack's word lists (reporting verbs, "according to" phrases,
citing verbs, titles, role nouns, pronouns, anonymous phrases, media, separable verbs) into
the tables :mod:`sumber.attribution_lexicon` and the attribution rules read. Nothing here
names a language: everything comes from the pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sumber import lang

Phrases = dict[str, tuple[tuple[str, ...], ...]]


def _phrases(items: tuple[str, ...] | list[str]) -> Phrases:
    table: dict[str, list[tuple[str, ...]]] = {}
    for item in items:
        words = (
            tuple(item.replace(".", " . ").split()) if item.endswith(".") else tuple(item.split())
        )
        if words:
            table.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


@dataclass(frozen=True)
class Lexicon:
    """Lookup tables built from one language pack."""

    verbs: dict[str, str]  # cue word -> stance
    verb_phrases: Phrases
    phrase_stances: dict[str, str]
    according: Phrases
    according_clitic: frozenset[str]  # "menurutnya": according to him
    citing: Phrases
    citing_words: frozenset[str]  # the citing verbs as written ("citing", "mengutip")
    suffixes: tuple[str, ...]  # clitic pronouns on cues: "nya" in "katanya"
    titles: frozenset[str]
    roles: Phrases
    anonymous: Phrases
    media: Phrases
    orgs: Phrases  # KNOWN_ORGS: "Bộ Ngoại giao", "White House" (written with a capital)
    media_words: Phrases
    pronouns: frozenset[str]
    stop_capitalised: frozenset[str]
    particles: frozenset[str]
    adverbs: frozenset[str]
    complementizers: frozenset[str]
    relativizers: frozenset[str]
    clause_starters: frozenset[str]
    adjunct_starters: frozenset[str]
    anaphoric: frozenset[str]
    passive: frozenset[str]  # cues whose subject is not the source ("dikatakan")
    determiners: frozenset[str]  # open a common-noun source ("the bank", "para pejabat")
    bare_clause: bool  # a cue may take a clause with no complementizer, whatever its start
    # "laporan", "reports": "membantah laporan X ..." = denies that X ...
    report_nouns: frozenset[str]
    breakers: frozenset[str]  # words a common-noun source never contains ("and", "of")
    title_markers: frozenset[str]  # words before a quoted title ("bertajuk", "titled")
    role_modifiers: frozenset[str]  # lower-case words inside role phrases ("российского")
    conjunctions: frozenset[str]  # join two sources of one cue: "X dan Y melaporkan"
    back_references: Phrases  # open a sentence whose content is the one before: "Об этом"
    separable: dict[str, frozenset[str]]  # split verbs: "wies" -> {"zurück"} ("wies … zurück")
    first_words: frozenset[str]  # every word that can begin a cue
    cue_words: frozenset[str]  # words that are a cue on their own (not "bình" of "bình luận")
    first_regex: re.Pattern[str]  # finds those words in lower-cased text

    def cue_stance(self, word: str) -> str | None:
        """The stance of a one-word cue (clitic forms included), or None."""
        w = word.lower()
        stance = self.verbs.get(w)
        if stance is None:
            for suf in self.suffixes:
                if w.endswith(suf) and w[: -len(suf)] in self.verbs:
                    return self.verbs[w[: -len(suf)]]
        return stance

    def clitic_of(self, word: str) -> int:
        """Length of any clitic pronoun ending ``word`` (0 if none)."""
        w = word.lower()
        return next((len(s) for s in self.suffixes if len(w) > len(s) + 2 and w.endswith(s)), 0)

    def clitic(self, word: str) -> int:
        """Length of a clitic pronoun ending a cue word ("nya" in "ujarnya"), else 0."""
        w = word.lower()
        for suf in self.suffixes:
            if len(w) > len(suf) + 2 and w.endswith(suf) and w[: -len(suf)] in self.verbs:
                return len(suf)
        return 0


def _extra(pack: lang.LanguagePack, name: str) -> tuple[str, ...]:
    value = getattr(pack, name, None)
    if value is None:
        value = pack.extra.get(name, ())
    return tuple(str(v).lower() for v in value)


def _separable(pack: lang.LanguagePack) -> dict[str, frozenset[str]]:
    """Separable cue verbs: the two-word REPORTING_VERBS whose words split in a clause
    ("teilte mit": "Das teilte die Polizei am Montag mit"), listed by SEPARABLE_CUES."""
    out: dict[str, set[str]] = {}
    for phrase in _extra(pack, "SEPARABLE_CUES"):
        verb, _, particle = phrase.partition(" ")
        if particle:
            out.setdefault(verb, set()).add(particle)
    return {v: frozenset(p) for v, p in out.items()}


@cache
def lexicon(iso: str) -> Lexicon:
    """The cue lexicon of a language (built once)."""
    pack = lang.get(iso)
    verbs = {k: v for k, v in pack.REPORTING_VERBS.items() if " " not in k}
    verb_phrases = _phrases([k for k in pack.REPORTING_VERBS if " " in k])
    according = _phrases(pack.ACCORDING_TO)
    citing = _phrases(pack.CITING_VERBS)
    suffixes = _extra(pack, "CUE_CLITICS")
    first = set(verbs) | set(verb_phrases) | set(according)
    first |= {v + s for v in verbs for s in suffixes}
    according_clitic = frozenset(
        a + s for a in according if len(according[a][-1]) == 1 for s in suffixes
    )
    first |= according_clitic
    return Lexicon(
        verbs=verbs,
        verb_phrases=verb_phrases,
        phrase_stances={k: v for k, v in pack.REPORTING_VERBS.items() if " " in k},
        according=according,
        according_clitic=according_clitic,
        citing=citing,
        citing_words=frozenset(pack.CITING_VERBS),
        suffixes=suffixes,
        titles=frozenset(t.rstrip(".") for t in pack.TITLES),
        roles=_phrases(pack.ROLE_NOUNS),
        anonymous=_phrases(pack.ANONYMOUS_SOURCES),
        media=_phrases(pack.KNOWN_MEDIA),
        orgs=_phrases(pack.KNOWN_ORGS),
        media_words=_phrases(pack.MEDIA_WORDS),
        pronouns=frozenset(p for p in pack.PRONOUNS if not p.startswith("-")),
        stop_capitalised=frozenset(w.lower() for w in pack.STOP_CAPITALISED),
        particles=frozenset(_extra(pack, "NAME_PARTICLES")),
        adverbs=frozenset(_extra(pack, "PRE_CUE_ADVERBS")),
        complementizers=frozenset(_extra(pack, "COMPLEMENTIZERS")),
        relativizers=frozenset(_extra(pack, "RELATIVIZERS")),
        clause_starters=frozenset(_extra(pack, "CLAUSE_STARTERS")),
        adjunct_starters=frozenset(_extra(pack, "ADJUNCT_STARTERS")),
        anaphoric=frozenset(_extra(pack, "ANAPHORIC_MARKERS")),
        passive=frozenset(_extra(pack, "PASSIVE_CUES")),
        determiners=frozenset(_extra(pack, "SUBJECT_DETERMINERS")),
        bare_clause=bool(pack.extra.get("BARE_CLAUSE_AFTER_CUE", False)),
        report_nouns=frozenset(w for w in pack.CLAIM_ANAPHORA if " " not in w),
        breakers=frozenset(_extra(pack, "SOURCE_BREAKERS")),
        title_markers=frozenset(_extra(pack, "TITLE_MARKERS")),
        role_modifiers=frozenset(pack.ROLE_MODIFIERS),
        conjunctions=frozenset(_extra(pack, "CONJUNCTIONS")),
        back_references=_phrases(_extra(pack, "BACK_REFERENCES")),
        separable=_separable(pack),
        first_words=frozenset(first),
        cue_words=frozenset(
            set(verbs)
            | {v + s for v in verbs for s in suffixes}
            | {a for a, phrases in according.items() if any(len(p) == 1 for p in phrases)}
            | according_clitic
        ),
        first_regex=re.compile(
            r"(?<![^\W_])(?<![-'’])" + _trie_regex(first) + r"(?![^\W_])(?![-'’][^\W_])"
        ),
    )


def _trie_regex(words: set[str]) -> str:
    """One regex alternation for many words, as a prefix tree (fast to match)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(trie) or "(?!)"
