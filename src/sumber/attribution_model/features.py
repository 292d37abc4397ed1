"""Token features for the attribution tagger, shared by training and prediction.

A *unit* is one paragraph of article text (sentences between line breaks,
boilerplate left out): PolNeAR contents often run over several sentences but
almost never over a paragraph break. Each token gets binary features:

* word-type features (:meth:`Lexicon.word_features`), computed once per
  distinct token string and cached: lower-cased word, suffix, crude stem,
  shape, optional word cluster, optional semantic word class
  (:func:`word_classes`: verbs and nouns of communication, cognition, feeling
  and the like, which generalises to cue words too rare to be learned one by
  one) and lexicon classes (reporting verb and its stance, learned cue word,
  "according to", pronoun, title, role noun, media, anonymous-source word),
  for the token and its neighbours at -2..+2;
* optional word pairs (previous+current, current+next);
* context codes (:func:`prepare`, one small integer per slot of
  :data:`SLOTS`): quotation state, sentence start/end and index in the
  paragraph, direction, distance and identity of the nearest cue word in the
  sentence, quotation/colon/cue in the sentence, cue words in other sentences
  of the paragraph; with :attr:`Lexicon.class_context` also the distance and
  class of the nearest word of speech or thought (by word class, the known cue
  words left out) on either side in the sentence, and a word's class with the
  function word that follows it ("criticism" + "of") or precedes it.

Training turns all of these into feature strings (:func:`unit_features`);
prediction looks the same weights up by word and by code
(:mod:`sumber.attribution_model.crf`), so per-token Python work stays small.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from sumber.lang import LanguagePack
from sumber.model import Span

OPEN_QUOTES = frozenset("\u201c\u00ab\u201e\u2018")
CLOSE_QUOTES = frozenset("\u201d\u00bb\u2019")
SYMMETRIC_QUOTES = frozenset('"')
_OFFSETS = (-2, -1, 1, 2)
_MAX_CACHE = 200_000


@dataclass
class Lexicon:
    """Word classes the features look up, built from a language pack."""

    classes: dict[str, str]  # lower-cased word -> short class code
    starts: dict[str, list[tuple[tuple[str, ...], str]]]  # first word -> (phrase, class)
    cues: frozenset[str]  # words that are often cues (pack verbs + learned)
    cue_ids: dict[str, int]  # cue word -> code (2...; 1 is "according to")
    phrase_codes: dict[str, int]  # class code -> code of a phrase's first word (+1: later words)
    cache: dict[str, tuple[list[str], ...]] = field(default_factory=dict)
    info: dict[str, int] = field(default_factory=dict)  # token -> cue id and mark kind
    bigrams: bool = False  # word-pair features ("^a b" at b, "$a b" at a)
    clusters: dict[str, str] = field(default_factory=dict)  # lower word -> "coarse fine" ids
    word_classes: dict[str, str] = field(default_factory=dict)  # lower word -> "vcom ncog"
    class_context: bool = False  # word-class context slots (Gl, Gr, Gn, Gp)

    @classmethod
    def from_pack(cls, pack: LanguagePack, learned_cues: Iterable[str] = ()) -> Lexicon:
        """Collect the word lists of ``pack`` (and cue words learned from data)."""
        classes: dict[str, str] = {}
        starts: dict[str, list[tuple[tuple[str, ...], str]]] = {}

        def add(words: Iterable[str], code: str) -> None:
            for w in words:
                parts = tuple(w.lower().split())
                if not parts:
                    continue
                if len(parts) == 1:
                    classes.setdefault(parts[0], code)
                else:
                    starts.setdefault(parts[0], []).append((parts, code))

        add([w for w, s in pack.REPORTING_VERBS.items() if s == "denies"], "vd")
        add([w for w, s in pack.REPORTING_VERBS.items() if s == "hedges"], "vh")
        add(pack.REPORTING_VERBS, "v")
        add(pack.ACCORDING_TO, "at")
        add(pack.CITING_VERBS, "ci")
        add(pack.ANONYMOUS_SOURCES, "an")
        add(pack.PRONOUNS, "pr")
        add(pack.TITLES, "ti")
        add(pack.ROLE_NOUNS, "ro")
        add(pack.KNOWN_MEDIA, "me")
        add(pack.MEDIA_WORDS, "mw")
        add(pack.ORG_WORDS, "or")
        add(pack.HEDGE_MARKERS, "hm")
        add(pack.NEGATIONS, "ng")
        for v in starts.values():
            v.sort(key=lambda pc: -len(pc[0]))
        cues = {w for w in pack.REPORTING_VERBS if " " not in w}
        cues.update(learned_cues)
        phrase_codes = {"at": 1}
        for v in starts.values():
            for _parts, code in v:
                phrase_codes.setdefault(code, 2 * len(phrase_codes) + 1)
        cue_ids = {w: i for i, w in enumerate(sorted(cues), 2)}
        return cls(classes, starts, frozenset(cues), cue_ids, phrase_codes)

    def word_features(self, tok: str) -> tuple[list[str], ...]:
        """Features of one token string: (own, at -2, at -1, at +1, at +2)."""
        hit = self.cache.get(tok)
        if hit is not None:
            return hit
        low = tok.lower()
        cls = self.classes.get(low)
        c = tok[0]
        if c.isalpha():
            if tok.isupper() and len(tok) > 1:
                shape = "X"
            elif c.isupper():
                shape = "Xx"
            else:
                shape = "x"
        elif c.isdigit():
            shape = "d"
        elif c in OPEN_QUOTES:
            shape = "qo"
        elif c in CLOSE_QUOTES:
            shape = "qc"
        elif c in SYMMETRIC_QUOTES:
            shape = "qs"
        else:
            shape = c
        cue = "1" if low in self.cues else "0"
        stem = low
        if len(low) > 4:
            for suf in ("ing", "ed", "es", "s"):
                if low.endswith(suf):
                    stem = low[: -len(suf)]
                    break
        own = ["w" + low, "s" + low[-3:], "h" + shape, "c" + cue, "t" + stem]
        if cls:
            own.append("l" + cls)
        kl = self.clusters.get(low)
        ks = kl.split() if kl else ()
        for i, kid in enumerate(ks):
            own.append("k" + str(i) + kid)
        wc = self.word_classes.get(low)
        gs = ["g" + g for g in wc.split()] if wc else []
        own += gs
        out: list[list[str]] = [own]
        for k in _OFFSETS:
            p = str(k)
            f = [p + "w" + low, p + "h" + shape]
            if k in (-1, 1):
                f.append(p + "t" + stem)
            if cue == "1":
                f.append(p + "c")
            if cls:
                f.append(p + "l" + cls)
            if ks and k in (-1, 1):
                f.append(p + "k" + ks[0])
            f += [p + g for g in gs]
            out.append(f)
        res = tuple(out)
        if len(self.cache) > _MAX_CACHE:
            self.cache.clear()
        self.cache[tok] = res
        return res


# distance (tokens) -> bucket code: 1, 2-3, 4-7, 8-15, more
_BUCKET = [1, 1, 2, 2, 3, 3, 3, 3] + [4] * 8


# context slots: each token has one integer code per slot; the feature is slot + code
SLOTS = tuple("q S I L R b u p Q Lc Rc A X N Gl Gr Gn Gp".split())

# word classes (see :func:`word_classes`): verb and noun class -> index (0: none)
_VERB_CLASSES = {"vcom": 1, "vcog": 2, "vemo": 3, "vper": 4, "vsoc": 5}
_NOUN_CLASSES = {"ncom": 1, "ncog": 2, "nfee": 3, "nmot": 4, "nact": 5}
# classes of a speech or thought word: the nearest such word is a possible cue
_CUE_CLASSES = ("vcom", "ncom", "vcog", "ncog")
# words that follow a cue and open its content (function word id, 1...)
_FUNCTION_WORDS = {
    w: i
    for i, w in enumerate(
        "of for about on that to whether with over against from in by as if at into toward "
        "towards how what : , - \u2014".split(),
        1,
    )
}
_QUOTE_FUNCTION = len(_FUNCTION_WORDS) + 1


@dataclass
class Prepared:
    """The units of one text with every token's context codes, ready to tag."""

    units: list[tuple[list[Span], list[int]]]  # per unit: token spans, sentence index
    strs: list[str]  # token strings, all units in order
    lengths: list[int]  # tokens per unit
    codes: np.ndarray  # (len(SLOTS), tokens) context codes
    according: np.ndarray  # (tokens,) True where an "according to" phrase starts


@cache
def word_classes(iso: str) -> dict[str, str]:
    """Semantic classes of words for ``iso`` (``sumber/lang/<iso>/word_classes.txt``).

    Each line is a lower-cased word form, a tab and its class codes separated by spaces
    (lines starting with ``#`` are comments: the file's origin and licence)
    (for English: the WordNet lexicographer file of the word's most frequent sense, such as
    ``vcom`` for verbs of communication or ``ncog`` for nouns of cognition; see
    ``scripts/train_attribution_model.py --build-word-classes``). Empty when there is no file.

    Args:
        iso: ISO 639-1 code.

    Returns:
        word -> class codes.
    """
    path = Path(__file__).resolve().parent.parent / "lang" / iso / "word_classes.txt"
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, codes = line.partition("\t")
        if codes and not word.startswith("#"):
            out[word] = codes
    return out


_FID_SHIFT = 14  # info bits: mark kind 0-2, cue id 3-13, function word 14-18,
_PRIM_SHIFT = 19  # cue-like word class 19-21, word class 22-
_GID_SHIFT = 22


def _info(lex: Lexicon, tok: str) -> int:
    """Cue id * 8 + mark kind (1 opening quote, 2 closing, 3 symmetric, 4 colon).

    With ``lex.class_context`` also the function word id, cue-like class and word class
    (bits from :data:`_FID_SHIFT`, :data:`_PRIM_SHIFT`, :data:`_GID_SHIFT`).
    """
    c = tok[0]
    if c in OPEN_QUOTES and len(tok) == 1:
        kind = 1
    elif c in CLOSE_QUOTES and len(tok) == 1:
        kind = 2
    elif c in SYMMETRIC_QUOTES:
        kind = 3
    elif tok == ":":
        kind = 4
    else:
        kind = 0
    low = tok.lower()
    v = lex.cue_ids.get(low, 0) * 8 + kind
    if lex.class_context:
        fid = _FUNCTION_WORDS.get(low, _QUOTE_FUNCTION if 1 <= kind <= 3 else 0)
        gid = prim = 0
        wc = lex.word_classes.get(low)
        if wc:
            codes = wc.split()
            vc = max((_VERB_CLASSES.get(c, 0) for c in codes), default=0)
            nc = max((_NOUN_CLASSES.get(c, 0) for c in codes), default=0)
            gid = vc * 6 + nc
            prim = next((i for i, c in enumerate(_CUE_CLASSES, 1) if c in codes), 0)
        v += (fid << _FID_SHIFT) + (prim << _PRIM_SHIFT) + (gid << _GID_SHIFT)
    if len(lex.info) > _MAX_CACHE:
        lex.info.clear()
    lex.info[tok] = v
    return v


def _shift_prev(a: np.ndarray, fill: int) -> np.ndarray:
    out = np.empty_like(a)
    out[0] = fill
    out[1:] = a[:-1]
    return out


def _shift_next(a: np.ndarray, fill: int) -> np.ndarray:
    out = np.empty_like(a)
    out[-1] = fill
    out[:-1] = a[1:]
    return out


def _nearest(flag: np.ndarray, sent: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Index of the nearest flagged token strictly before / after each token in its sentence.

    Returns -1 where there is none.
    """
    n = len(flag)
    idx = np.arange(n)
    big = n + 1
    last = _shift_prev(np.maximum.accumulate(np.where(flag, idx, -1)), -1)
    left = np.where((last >= 0) & (sent[np.maximum(last, 0)] == sent), last, -1)
    nxt = _shift_next(np.minimum.accumulate(np.where(flag, idx, big)[::-1])[::-1], big)
    ok = nxt < big
    right = np.where(ok & (sent[np.minimum(nxt, n - 1)] == sent), nxt, -1)
    return left, right


_BUCKET_ARR = np.array([0] + _BUCKET[1:] + [5], dtype=np.int64)


def prepare(text: str, units_: list[tuple[list[Span], list[int]]], lex: Lexicon) -> Prepared:
    """Context codes for every token of ``units_`` (see :data:`SLOTS`).

    Codes: quotation state (q: 0 outside, 1 inside, 2 opening mark, 3 closing
    mark), sentence facts bit mask (S: quotation, colon, cue word), sentence
    index in the unit (I), distance bucket to the nearest cue word on the left
    (L) and right (R) in the sentence, sentence start/end (b), unit start/end
    (u), multi-word lexicon phrase (p), quotation state crossed with sentence
    facts (Q), the nearest cue word itself on the left (Lc) and right (Rc), a
    quotation closed before / opened after the token in its sentence (A), L
    crossed with R (X), and a cue word in a later / earlier sentence of the
    unit (N). With ``lex.class_context``: distance bucket * 5 + class (1 verb
    of communication, 2 noun of communication, 3 verb of cognition, 4 noun of
    cognition) of the nearest such word that is not a cue word, on the left
    (Gl) and right (Gr) in the sentence; the token's word class (verb class *
    6 + noun class) * 32 + the next token's function word id (Gn) and the
    previous token's word class * 32 + the token's own function word id (Gp);
    otherwise these are 0 (and :func:`unit_features` leaves them out).

    Args:
        text: the article text.
        units_: the units (from :func:`units`).
        lex: the lexicon.

    Returns:
        The prepared units.
    """
    strs = [text[s:e] for toks, _sids in units_ for s, e in toks]
    lengths = [len(toks) for toks, _sids in units_]
    n = len(strs)
    if n == 0:
        empty = np.zeros((len(SLOTS), 0), dtype=np.int64)
        return Prepared(units_, strs, lengths, empty, np.zeros(0, dtype=bool))
    # global sentence and unit numbers
    sent_l: list[int] = []
    base = 0
    for _toks, sids in units_:
        sent_l += [base + x for x in sids]
        base += sids[-1] + 1 if sids else 0
    sent = np.array(sent_l, dtype=np.int64)
    unit = np.repeat(np.arange(len(lengths)), lengths)
    ufirst = sent[np.cumsum([0] + lengths[:-1])]
    info_get = lex.info.get
    info = np.array(
        [v if (v := info_get(t)) is not None else _info(lex, t) for t in strs], dtype=np.int64
    )
    kind = info & 7
    cid = (info >> 3) & 2047
    # two adjacent apostrophes are one symmetric quotation mark ('' as some papers write it)
    apos = [i for i, t in enumerate(strs) if t == "'"]
    if len(apos) > 1:
        spans = [sp for toks, _sids in units_ for sp in toks]
        for i, j in zip(apos, apos[1:], strict=False):
            if j == i + 1 and spans[i][1] == spans[j][0] and kind[i] != 3:
                kind[i] = 3
    # multi-word lexicon phrases ("according to", "people familiar")
    phrase = np.zeros(n, dtype=np.int64)
    starts = lex.starts
    pcodes = lex.phrase_codes
    lows = [x.lower() for x in strs]
    for i in [i for i, w in enumerate(lows) if w in starts]:
        for parts, code in starts[lows[i]]:
            m = len(parts)
            if tuple(lows[i : i + m]) == parts:
                c = pcodes[code]
                phrase[i] = c
                phrase[i + 1 : i + m] = c + 1
                break
    at_b = pcodes["at"]
    according = phrase == at_b
    cid[according] = 1
    # quotation state, from the start of each unit
    idx = np.arange(n)
    first = np.cumsum([0] + lengths[:-1])
    if (kind == 3).any() and ((kind == 1) | (kind == 2)).any():
        inq_l = [0] * n
        state = 0
        starts_set = set(first.tolist())
        for i, k in enumerate(kind.tolist()):
            if i in starts_set:
                state = 0
            if k == 1:
                state = 1
                inq_l[i] = 2
            elif k == 2:
                state = 0
                inq_l[i] = 3
            elif k == 3:
                state = 1 - state
                inq_l[i] = 2 if state else 3
            else:
                inq_l[i] = state
        inq = np.array(inq_l, dtype=np.int64)
    elif (kind == 3).any():
        cum = np.cumsum(kind == 3)
        before = cum[first] - (kind[first] == 3)
        par = (cum - before[unit]) & 1
        inq = np.where(kind == 3, np.where(par == 1, 2, 3), par)
    else:
        ev = np.where(kind == 1, 1, np.where(kind == 2, 0, -1))
        ev[first[ev[first] < 0]] = 0  # a unit starts outside quotation
        last = np.maximum.accumulate(np.where(ev >= 0, idx, -1))
        qstate = np.where(last >= 0, ev[np.maximum(last, 0)], 0)
        inq = np.where(kind == 1, 2, np.where(kind == 2, 3, qstate))
    nsent = int(sent[-1]) + 1
    has_cue = np.bincount(sent, weights=cid > 0, minlength=nsent) > 0
    has_q = np.bincount(sent, weights=inq >= 2, minlength=nsent) > 0
    has_colon = np.bincount(sent, weights=kind == 4, minlength=nsent) > 0
    sfacts = (has_cue * 4 + has_q * 1 + has_colon * 2)[sent]
    sidx = np.minimum(sent - ufirst[unit], 3)
    lpos, rpos = _nearest(cid > 0, sent)
    left = np.where(lpos >= 0, _BUCKET_ARR[np.minimum(idx - lpos, 16)], 0)
    right = np.where(rpos >= 0, _BUCKET_ARR[np.clip(rpos - idx, 0, 16)], 0)
    lcue = np.where(lpos >= 0, cid[lpos], 0)
    rcue = np.where(rpos >= 0, cid[rpos], 0)
    cpos, _ = _nearest(inq == 3, sent)
    _, opos = _nearest(inq == 2, sent)
    aq = (cpos >= 0) * 1 + (opos >= 0) * 2
    bound = (sent != _shift_prev(sent, -1)) * 1 + (sent != _shift_next(sent, -1)) * 2
    ubound = (unit != _shift_prev(unit, -1)) * 1 + (unit != _shift_next(unit, -1)) * 2
    # a cue word in a later / earlier sentence of the same unit
    sidx_all = np.arange(nsent)
    sunit = np.zeros(nsent, dtype=np.int64)
    sunit[sent] = unit
    later = _shift_next(
        np.minimum.accumulate(np.where(has_cue, sidx_all, nsent + 1)[::-1])[::-1], nsent + 1
    )
    earlier = _shift_prev(np.maximum.accumulate(np.where(has_cue, sidx_all, -1)), -1)
    near_s = ((later <= nsent - 1) & (sunit[np.minimum(later, nsent - 1)] == sunit)) * 1 + (
        (earlier >= 0) & (sunit[np.maximum(earlier, 0)] == sunit)
    ) * 2
    near = near_s[sent]
    if lex.class_context:
        fid = (info >> _FID_SHIFT) & 31
        prim = (info >> _PRIM_SHIFT) & 7
        gid = info >> _GID_SHIFT
        prim = np.where(cid > 0, 0, prim)  # known cue words have their own slots
        glpos, grpos = _nearest(prim > 0, sent)
        gleft = np.where(glpos >= 0, _BUCKET_ARR[np.minimum(idx - glpos, 16)] * 5 + prim[glpos], 0)
        gright = np.where(grpos >= 0, _BUCKET_ARR[np.clip(grpos - idx, 0, 16)] * 5 + prim[grpos], 0)
        same_next = unit == _shift_next(unit, -1)
        same_prev = unit == _shift_prev(unit, -1)
        # own word class x next function word; previous word class x own function word
        gnext = np.where(same_next, gid * 32 + _shift_next(fid, 0), gid * 32)
        gprev = np.where(same_prev, _shift_prev(gid, 0) * 32 + fid, fid)
    else:
        gleft = gright = gnext = gprev = np.zeros(n, dtype=np.int64)
    codes = np.stack(
        [
            inq,
            sfacts,
            sidx,
            left,
            right,
            bound,
            ubound,
            phrase,
            inq * 8 + sfacts,
            lcue,
            rcue,
            aq,
            left * 6 + right,
            near,
            gleft,
            gright,
            gnext,
            gprev,
        ]
    ).astype(np.int64)
    return Prepared(units_, strs, lengths, codes, according)


def unit_features(prep: Prepared, lex: Lexicon) -> list[list[list[str]]]:
    """Feature strings of every token, per unit (what the CRF is trained on).

    Args:
        prep: the prepared units of one text.
        lex: the lexicon.

    Returns:
        Per unit, one list of feature strings per token.
    """
    cols = [[s + str(c) for c in col] for s, col in zip(SLOTS, prep.codes.tolist(), strict=True)]
    if not lex.class_context:
        cols = cols[: SLOTS.index("Gl")]
    out: list[list[list[str]]] = []
    pos = 0
    for n in prep.lengths:
        wf = [lex.word_features(t) for t in prep.strs[pos : pos + n]]
        lows = [t.lower() for t in prep.strs[pos : pos + n]]
        feats: list[list[str]] = []
        for k in range(n):
            f = wf[k][0] + [col[pos + k] for col in cols]
            if k >= 2:
                f += wf[k - 2][1]
            if k >= 1:
                f += wf[k - 1][2]
            if k + 1 < n:
                f += wf[k + 1][3]
            if k + 2 < n:
                f += wf[k + 2][4]
            if lex.bigrams:
                if k >= 1:
                    f.append("^" + lows[k - 1] + " " + lows[k])
                if k + 1 < n:
                    f.append("$" + lows[k] + " " + lows[k + 1])
            feats.append(f)
        out.append(feats)
        pos += n
    return out


def units(
    text: str,
    sentences: Sequence[Span],
    tokens: Sequence[Span],
    skip: Sequence[Span] = (),
) -> list[tuple[list[Span], list[int]]]:
    """Group tokens into paragraph units.

    Args:
        text: the article text.
        sentences: sentence spans, in order.
        tokens: token spans, in order.
        skip: spans (boilerplate) whose sentences are left out.

    Returns:
        For each unit, its token spans and each token's sentence index in the unit.
    """
    out: list[tuple[list[Span], list[int]]] = []
    cur_toks: list[Span] = []
    cur_sids: list[int] = []
    sid = -1
    prev_end = 0
    ti = 0
    nt = len(tokens)
    skip = sorted(skip)
    for s, e in sentences:
        if skip and any(bs <= s and e <= be for bs, be in skip):
            continue
        if cur_toks and "\n" in text[prev_end:s]:
            out.append((cur_toks, cur_sids))
            cur_toks, cur_sids, sid = [], [], -1
        sid += 1
        while ti < nt and tokens[ti][0] < s:
            ti += 1
        while ti < nt and tokens[ti][1] <= e:
            cur_toks.append(tokens[ti])
            cur_sids.append(sid)
            ti += 1
        prev_end = e
    if cur_toks:
        out.append((cur_toks, cur_sids))
    return out
