"""Learned attribution tagger: a linear-chain CRF over tokens, per paragraph.

For a language with a model file (``sumber/models/attribution-<iso>.crfsuite``,
trained by ``scripts/train_attribution_model.py``; English is trained on
PolNeAR, see ``sumber/models/MODEL_CARD.md``), :func:`predict` tags every
token of the article's non-boilerplate paragraphs as source, cue, content or
none (BIO), and :mod:`~sumber.attribution_model.decode` groups the tagged
spans into :class:`~sumber.model.Attribution` objects. It covers direct and
indirect speech, beliefs and "according to" alike.

``Attribution.text`` is the content text: the text of each content span,
joined with " … " when the content is discontinuous.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from sumber import lang
from sumber.attribution_model.crf import CRFModel
from sumber.attribution_model.decode import RawAttribution, Words, decode_units
from sumber.attribution_model.features import Lexicon, prepare, units, word_classes
from sumber.model import Article, Attribution, Cue, Source
from sumber.segment import split_sentences, tokenize

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


def model_path(language: str) -> Path:
    """Where the CRF model file for ``language`` lives."""
    return MODELS_DIR / f"attribution-{language}.crfsuite"


def available(language: str) -> bool:
    """Whether a model file exists for ``language``.

    Args:
        language: ISO 639-1 code ("en").

    Returns:
        True when :func:`predict` can tag articles in this language.
    """
    return bool(language) and model_path(language).is_file()


def _meta(language: str) -> dict[str, Any]:
    side = MODELS_DIR / f"attribution-{language}.json"
    if side.is_file():
        data: dict[str, Any] = json.loads(side.read_text(encoding="utf-8"))
        return data
    return {}


@cache
def lexicon(language: str) -> Lexicon:
    """The feature lexicon for ``language``: its pack plus the model's learned cue words."""
    return lexicon_from_meta(language, _meta(language))


def lexicon_from_meta(language: str, meta: dict[str, Any]) -> Lexicon:
    """The feature lexicon a model's sidecar ``meta`` describes (cue words, feature set)."""
    lex = Lexicon.from_pack(lang.get(language), meta.get("cues", ()))
    lex.bigrams = bool(meta.get("bigrams", False))
    lex.clusters = dict(meta.get("clusters") or {})
    if meta.get("word_classes"):
        lex.word_classes = word_classes(language)
        lex.class_context = bool(meta.get("class_context", False))
    return lex


@cache
def _model(language: str) -> CRFModel:
    model = CRFModel(str(model_path(language)), lexicon(language))
    model.o_bias = float(_meta(language).get("o_bias", 0.0))
    return model


@cache
def _anonymous_re(language: str) -> re.Pattern[str]:
    words = sorted(lang.get(language).ANONYMOUS_SOURCES, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def tag_article(
    text: str,
    sentences: list[tuple[int, int]],
    tokens: list[tuple[int, int]],
    language: str,
    skip: list[tuple[int, int]] | None = None,
) -> list[RawAttribution]:
    """Tag and decode one text; the raw spans, before building model objects.

    Args:
        text: the article text.
        sentences: its sentence spans.
        tokens: its token spans.
        language: ISO code of a language with a model.
        skip: spans (boilerplate) to leave out.

    Returns:
        The decoded attributions, in text order.
    """
    model = _model(language)
    prep = prepare(text, units(text, sentences, tokens, skip or ()), model.lex)
    return decode_units(prep, model.tag(prep), decode_words(language))


@cache
def decode_words(language: str) -> Words:
    """The words of ``language`` that the decoder's content repairs look for."""
    pack = lang.get(language)

    def words(items: Iterable[str]) -> frozenset[str]:
        return frozenset(w.lower() for w in items)

    return Words(
        verbs=words(w for w in pack.REPORTING_VERBS if " " not in w),
        coordinators=words(pack.COORDINATORS),
        openers=words(pack.CONTENT_OPENERS),
        adjuncts=words(pack.ADJUNCT_OPENERS),
        comma_adjuncts=words(pack.COMMA_ADJUNCT_OPENERS),
    )


_QUOTE_RE = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]|''")


def _kind(text: str, spans: list[tuple[int, int]], cue: str, according: tuple[str, ...]) -> str:
    """direct (all quoted), mixed (partly quoted), according_to or indirect."""
    low = cue.lower()
    if any(low.startswith(a) for a in according):
        return "according_to"
    quoted = 0
    partly = False
    for s, e in spans:
        seg = text[max(0, s - 2) : e + 2].strip()
        marks = [m.start() for m in _QUOTE_RE.finditer(seg)]
        if not marks:
            continue
        # a quotation mark at (or just outside) both ends and none inside
        inner = [m for m in marks if 2 < m < len(seg) - 4]
        if marks[0] <= 2 and marks[-1] >= len(seg) - 4 and not inner:
            quoted += 1
        else:
            partly = True
    if quoted == len(spans):
        return "direct"
    return "mixed" if quoted or partly else "indirect"


def _stance(cue: str, verbs: dict[str, str]) -> str:
    low = " ".join(cue.lower().split())
    if low in verbs:
        return verbs[low]
    for w in reversed(low.split()):
        if w in verbs:
            return verbs[w]
    return "asserts"


def predict(article: Article) -> list[Attribution]:
    """Attributions of ``article`` found by the language's model.

    Uses ``article.text``, ``article.sentences`` and ``article.tokens`` (both
    filled here when empty) and leaves out boilerplate.

    Args:
        article: an article whose ``language`` has a model (see :func:`available`).

    Returns:
        Attributions in text order, ids ``m1``, ``m2``, ... (the pipeline renumbers).
    """
    language = article.language or "en"
    text = article.text
    sentences = article.sentences or split_sentences(text, language)
    tokens = article.tokens or tokenize(text)
    raws = tag_article(text, sentences, tokens, language, [b.span for b in article.boilerplate])
    pack = lang.get(language)
    anon = _anonymous_re(language)
    out: list[Attribution] = []
    for i, r in enumerate(raws, 1):
        cs, ce = r.cue[0]
        cue_text = text[cs:ce]
        source = None
        if r.source is not None:
            ss, se = r.source
            stext = text[ss:se]
            words = stext.split()
            named = any(w[:1].isupper() for w in words[1:])
            anonymous = bool(anon.search(stext)) and not named
            source = Source(text=stext, span=r.source, anonymous=anonymous)
        out.append(
            Attribution(
                id=f"m{i}",
                source=source,
                cue=Cue(text=cue_text, span=(cs, ce)),
                content_spans=list(r.content),
                kind=_kind(text, r.content, cue_text, pack.ACCORDING_TO),
                stance=_stance(cue_text, pack.REPORTING_VERBS),
                text=" \u2026 ".join(text[s:e] for s, e in r.content),
            )
        )
    return out


MIN_UNKNOWN_CUE_CONTENT = 20  # letters and digits; see keep_supported


def known_cue(language: str, cue: str) -> bool:
    """Whether ``cue`` holds a word the model knows as a cue word.

    Args:
        language: ISO code of a language with a model.
        cue: the cue text ("has repeatedly said").

    Returns:
        True when one of its words is a reporting verb of the language pack or a cue word
        learned from the training data.
    """
    cues = lexicon(language).cues
    return any(w in cues for w in cue.lower().split())


def keep_supported(language: str, found: list[Attribution]) -> list[Attribution]:
    """Drop the attributions the evidence does not support: with a cue that holds no known
    cue word, those whose content is short (fewer than :data:`MIN_UNKNOWN_CUE_CONTENT`
    letters and digits: "the jokes", "her") or that have no source.

    On the held-out tenth of PolNeAR train (``--tune`` models) fewer than a third of such
    attributions are right, so dropping them raises content F1 (0.703 -> 0.707).

    Args:
        language: ISO code of a language with a model.
        found: the article's attributions (model and rules, sources repaired).

    Returns:
        The attributions kept, in the same order.
    """
    out = []
    for a in found:
        if a.cue is None or not known_cue(language, a.cue.text):
            size = sum(ch.isalnum() for ch in a.text)
            if size < MIN_UNKNOWN_CUE_CONTENT or a.source is None:
                continue
        out.append(a)
    return out


__all__ = ["available", "keep_supported", "known_cue", "model_path", "predict", "tag_article"]
