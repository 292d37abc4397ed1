"""Source repairs after the attribution model: who really speaks in each attribution.

A tagger's source is often a near miss: the hearer after "told" ("Ana told CBS, …"), a date
("told reporters Thursday"), a function word, the patient of a passive ("X was accused of
…", who is spoken about), or nothing at all for a participle cue ("X spoke on Friday,
promising …"). :func:`fix_sources` runs the repairs in order; each reads its words from the
language pack (``ADDRESSEE_CUES``, ``NOT_SOURCES``, ``PASSIVE_AUXILIARIES``,
``PATIENT_PARTICIPLES``, ``SUBJECT_PRONOUNS``), so a language without them is left as it is.
Run by :mod:`sumber.attributions` when a model found attributions. Checked on the held-out
tenth of PolNeAR train (``--tune`` model): source accuracy 0.813 -> 0.834, content unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from sumber import lang
from sumber.model import Article, Attribution, Source, Span
from sumber.spans import SpanSet


def fix_sources(article: Article, found: list[Attribution]) -> list[Attribution]:
    """The source repairs run after a model: the hearer of "told", dates and function words
    taken for speakers, the patient subject of "was accused of", and the sentence subject for
    a cue left without a source (each function says more)."""
    found = addressees(article, found)
    non_sources(article, found)
    patient_subjects(article, found)
    subject_sources(article, found)
    return found


_AUXILIARIES = frozenset(
    {"is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "got", "get"}
)


def addressees(article: Article, found: list[Attribution]) -> list[Attribution]:
    """After a cue such as "told", the next words are the hearer: a "content" that is only
    those words ("told me", "told CNBC in August") is dropped, and a source found there
    ("Mook told CBS, …") is removed so that the sentence subject is taken instead."""
    cues = set(lang.get(article.language or "").ADDRESSEE_CUES)
    if not cues:
        return found
    text = article.text
    starts = [s for s, _ in article.sentences]
    pronouns = set(lang.get(article.language or "").SUBJECT_PRONOUNS)
    out = []
    for a in found:
        if (
            a.cue is None
            or a.cue.text.split()[-1:] == []
            or a.cue.text.split()[-1].lower() not in cues
        ):
            out.append(a)
            continue
        end = a.cue.span[1]
        cs, ce = a.content_span
        rest = text[ce : ce + 2]
        if (
            a.kind != "direct"
            and 0 <= cs - end <= 1
            and len(text[cs:ce].split()) <= _MAX_ADDRESSEE_WORDS
            and (not rest.strip() or rest.lstrip()[:1] in ".,;:")
        ):
            continue  # the hearer, not a content
        if a.source is not None and a.source.span is not None and a.source.span[0] >= end:
            # "Mook told CBS, …": the word right before the cue, else the sentence subject
            sent_start = starts[bisect_right(starts, a.cue.span[0]) - 1] if starts else 0
            before = _word_before(text, a.cue.span[0], sent_start, pronouns)
            a.source = Source(text[before[0] : before[1]], before) if before else None
        out.append(a)
    return out


_MAX_ADDRESSEE_WORDS = 4


def non_sources(article: Article, found: list[Attribution]) -> None:
    """A date is no speaker ("Priebus told reporters Thursday"), nor is a word of the pack's
    ``NOT_SOURCES`` ("by", "the following"): such a source is dropped, and the sentence
    subject is taken instead. (A place may be one: "Mexico said".)"""
    times = SpanSet(t.span for t in article.times)
    text = article.text
    never = set(lang.get(article.language or "").NOT_SOURCES)
    for a in found:
        src = a.source
        if src is None or src.span is None or src.anonymous:
            continue
        if " ".join(src.text.lower().strip(" ,;:").split()) in never:
            a.source = None
            continue
        s, e = src.span
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        if e > s and all(times.contains(i) for i in range(s, e) if text[i].isalnum()):
            a.source = None


_PASSIVE_ADVERBS = frozenset({"also", "once", "not", "never", "often", "been"})
_PERFECT = frozenset({"has", "have", "had"})


def patient_subjects(article: Article, found: list[Attribution]) -> None:
    """ "Pence was dubbed the winner", "X is expected to …": the subject before a passive cue
    of this kind is spoken about; with no "by" phrase after it the statement has no source."""
    pack = lang.get(article.language or "")
    aux, participles = set(pack.PASSIVE_AUXILIARIES), set(pack.PATIENT_PARTICIPLES)
    if not aux or not participles:
        return
    text = article.text
    for a in found:
        if a.cue is None or a.source is None or a.source.span is None:
            continue
        words = a.cue.text.lower().split()
        before = text[max(0, a.cue.span[0] - 30) : a.cue.span[0]].lower().split()
        if words[:1] and words[0] in _PERFECT and words[1:2] == ["been"]:
            words = words[2:]  # "has been mentioned as"
        elif words and words[0] in aux:
            words = words[1:]
        elif not (before and before[-1] in aux or before[-2:-1] and before[-2] in aux):
            continue
        words = [w for w in words if not w.endswith("ly") and w not in _PASSIVE_ADVERBS]
        if not words or words[0] not in participles:
            continue
        if a.source.span[1] > a.cue.span[0]:
            continue  # "… was accused by X": a source after the cue is the agent
        a.source = None


def subject_sources(article: Article, found: list[Attribution]) -> None:
    """A cue without a source ("…, promising to …", "arguing that …") takes the subject of
    its sentence: the source of the attribution before it in the sentence, else the nearest
    person or organisation named before the cue there (outside every content). Passive cues
    ("was accused of", "is expected") keep no source."""
    text = article.text
    sentences = article.sentences
    if not sentences:
        return
    starts = [s for s, _ in sentences]
    names = sorted(
        (m.span, e.type)
        for e in article.entities
        if e.type in ("person", "organization", "group")
        for m in e.mentions
        if m.kind in ("name", "role", "title")
    )
    contents = SpanSet(sp for a in found for sp in a.content_spans)
    subject_pronouns = lang.get(article.language or "").SUBJECT_PRONOUNS
    pronoun_re = (
        re.compile(
            r"(?i)(?<![\w-])(?:" + "|".join(map(re.escape, subject_pronouns)) + r")(?![\w-])"
        )
        if subject_pronouns
        else None
    )
    ordered = sorted((a for a in found if a.cue is not None), key=lambda a: a.cue.span[0])  # type: ignore[union-attr]
    for k, a in enumerate(ordered):
        if a.source is not None or a.cue is None:
            continue
        cs = a.cue.span[0]
        first = a.cue.text.split()[0].lower() if a.cue.text.split() else ""
        prev_word = text[max(0, cs - 12) : cs].split()[-1:] or [""]
        if first in _AUXILIARIES or prev_word[0].lower() in _AUXILIARIES:
            continue
        sent_start = starts[bisect_right(starts, cs) - 1]
        donor = next(
            (
                b
                for b in reversed(ordered[:k])
                if b.source is not None
                and b.cue is not None
                and sent_start <= b.cue.span[0] < cs
                and not b.source.anonymous
            ),
            None,
        )
        if donor is not None and donor.source is not None:
            a.source = donor.source
            continue
        best = None
        for (ms, me), _ in names:
            if ms < sent_start or me > cs:
                continue
            if contents.contains(ms):
                continue
            best = (ms, me)
        if pronoun_re is not None:
            for m in pronoun_re.finditer(text, sent_start, cs):
                if not contents.contains(m.start()) and (best is None or m.start() > best[1]):
                    best = m.span()
        if best is not None:
            a.source = Source(text[best[0] : best[1]], best)


_WORD_BEFORE = re.compile(r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*|\w+)[ \t]+$")


def _word_before(text: str, cue: int, floor: int, pronouns: set[str]) -> Span | None:
    """A pronoun or a capitalised name right before the cue, in its sentence."""
    m = _WORD_BEFORE.search(text, max(floor, cue - 60), cue)
    if m is None:
        return None
    word = m.group(1)
    if word.lower() in pronouns or word[:1].isupper():
        return m.span(1)
    return None
