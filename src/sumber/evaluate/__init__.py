"""Accuracy measurement: ``sumber eval`` and the functions behind it.

Readers turn annotated corpora into :class:`GoldDocument` objects (:func:`read_sumber_gold`,
:func:`read_polnear`, :func:`read_pfsa`, or :func:`read_gold` for any of them); analyzer output
is normalised into :class:`PredictedDocument` (:func:`predicted_from_article`,
:func:`predicted_from_dict`); :func:`score_documents` compares the two. :func:`evaluate` does
all of it for one gold path and :func:`format_report` prints the result. The definitions are
in ``docs/evaluation.md``.
"""

from sumber.evaluate.gold import (
    GoldAttribution,
    GoldDocument,
    PredictedAttribution,
    PredictedDocument,
    predicted_from_article,
    predicted_from_dict,
)
from sumber.evaluate.pfsa import read_pfsa
from sumber.evaluate.polnear import read_polnear
from sumber.evaluate.report import format_markdown, format_report
from sumber.evaluate.run import detect_format, evaluate, load_predictions, read_gold
from sumber.evaluate.score import match, overlap, score_documents
from sumber.evaluate.sumber_gold import read_sumber_gold

__all__ = [
    "GoldAttribution",
    "GoldDocument",
    "PredictedAttribution",
    "PredictedDocument",
    "detect_format",
    "evaluate",
    "format_markdown",
    "format_report",
    "load_predictions",
    "match",
    "overlap",
    "predicted_from_article",
    "predicted_from_dict",
    "read_gold",
    "read_pfsa",
    "read_polnear",
    "read_sumber_gold",
    "score_documents",
]
