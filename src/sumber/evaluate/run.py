"""``sumber eval``: detect the gold format, read it, get predictions, score them.

Predictions come from running the analyzer on each gold text, or from a saved JSONL file of
``sumber/1`` records matched to the gold documents by ``"id"``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from sumber.errors import GoldFormatError, InputError, SumberError
from sumber.evaluate.gold import (
    GoldDocument,
    PredictedDocument,
    predicted_from_article,
    predicted_from_dict,
)
from sumber.evaluate.pfsa import read_pfsa
from sumber.evaluate.polnear import is_polnear_dir, read_polnear
from sumber.evaluate.score import score_documents
from sumber.evaluate.story import evaluate_story, is_story_path
from sumber.evaluate.sumber_gold import is_sumber_gold, read_sumber_gold

FORMATS = ("sumber-gold", "polnear", "pfsa", "story")


def _looks_like_pfsa(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as fh:
            lines = [line for _, line in zip(range(50), fh, strict=False) if line.strip()]
    except (OSError, UnicodeDecodeError):
        return False
    return bool(lines) and all(line.count("\t") == 1 for line in lines)


def detect_format(path: str | Path) -> str:
    """The gold format of ``path``: ``sumber-gold``, ``polnear`` or ``pfsa``.

    Raises:
        InputError: the path does not exist.
        GoldFormatError: the format cannot be recognised.
    """
    p = Path(path)
    if not p.exists():
        raise InputError("no such file or folder", str(p))
    if is_story_path(p):
        return "story"
    if p.is_dir():
        if is_polnear_dir(p):
            return "polnear"
        if any(is_sumber_gold(f) for f in p.glob("*.json")):
            return "sumber-gold"
        raise GoldFormatError(
            "cannot tell the gold format of this folder (PolNeAR needs text/ and attributions/)",
            str(p),
        )
    if is_sumber_gold(p):
        return "sumber-gold"
    if p.suffix.lower() != ".json" and _looks_like_pfsa(p):
        return "pfsa"
    raise GoldFormatError(
        "cannot tell the gold format (expected a sumber-gold/1 .json, a PolNeAR folder or a "
        "token<TAB>tag file); pass --format",
        str(p),
    )


def resolve(path: str | Path, fmt: str = "auto", split: str | None = None) -> tuple[str, Path]:
    """The gold format and the path to read, given a format (or ``auto``) and a split.

    Raises:
        InputError: the path does not exist, or the split does not apply.
        GoldFormatError: the format is unknown or cannot be detected.
    """
    p = Path(path)
    if not p.exists():
        raise InputError("no such file or folder", str(p))
    if fmt in ("auto", "polnear") and split and p.is_dir() and (p / split).is_dir():
        p = p / split
    if fmt == "auto":
        fmt = detect_format(p)
    if fmt not in FORMATS:
        raise GoldFormatError(f"unknown gold format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if split not in (None, "all") and fmt != "pfsa" and p.name != split:
        raise InputError(f"--split {split} does not apply to this {fmt} gold", str(p))
    return fmt, p


def read_gold(
    path: str | Path, fmt: str = "auto", split: str | None = None, *, speakers: str = "public"
) -> list[GoldDocument]:
    """Read gold documents in any supported format.

    Args:
        path: a sumber-gold/1 file (or a folder of them), a PolNeAR folder, or a PFSA-ID file.
        fmt: ``auto``, ``sumber-gold``, ``polnear`` or ``pfsa``.
        split: for PFSA-ID, ``train``/``test``/``all``; for PolNeAR, a sub-folder of ``path``
            (``dev``) when ``path`` is the corpus root.
        speakers: for PFSA-ID, ``public`` (quotations of sources marked ordinary people are not
            scored) or ``all`` (see :func:`~sumber.evaluate.pfsa.read_pfsa`).

    Raises:
        InputError: the path does not exist, or the split does not apply.
        GoldFormatError: the gold is malformed.
    """
    fmt, p = resolve(path, fmt, split)
    if fmt == "pfsa":
        return read_pfsa(p, split, speakers=speakers)
    if fmt == "polnear":
        return read_polnear(p)
    files = sorted(f for f in p.glob("*.json") if is_sumber_gold(f)) if p.is_dir() else [p]
    return [read_sumber_gold(f) for f in files]


def load_predictions(path: str | Path) -> dict[str, PredictedDocument]:
    """Read saved analyzer output (JSONL of ``sumber/1`` records), keyed by ``"id"``.

    Raises:
        InputError: the file is missing, or a line is not a ``sumber/1`` record with an id.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError("no such file", str(p))
    result: dict[str, PredictedDocument] = {}
    try:
        with p.open(encoding="utf-8") as fh:
            for no, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{p}:{no}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"bad JSON: {exc.msg}", where) from None
                if not isinstance(record, dict) or record.get("id") is None:
                    raise InputError('expected a sumber/1 record with an "id"', where)
                try:
                    result[str(record["id"])] = predicted_from_dict(record)
                except (KeyError, TypeError, ValueError, IndexError) as exc:
                    raise InputError(f"not a sumber/1 record ({exc!r})", where) from None
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 ({exc.reason})", str(p)) from None
    return result


def predict(
    docs: list[GoldDocument], *, published: str | None = None, use_model: bool = True
) -> list[PredictedDocument | None]:
    """Run the analyzer on every gold text (``published`` overrides the gold dates)."""
    import sumber

    options = sumber.Options(use_model=use_model)
    result: list[PredictedDocument | None] = []
    for doc in docs:
        try:
            article = sumber.analyze(
                doc.text,
                published=published or doc.published,
                language=doc.language,
                id=doc.id,
                options=options,
            )
        except SumberError as exc:
            raise SumberError(f"the analyzer failed: {exc}", doc.origin or doc.id) from None
        except Exception as exc:  # a bug in a stage: name the document instead of a traceback
            raise SumberError(
                f"the analyzer crashed ({type(exc).__name__}: {exc}); reproduce with "
                f"sumber.analyze on this document",
                doc.origin or doc.id,
            ) from exc
        result.append(predicted_from_article(article))
    return result


def evaluate(
    gold: str | Path,
    *,
    fmt: str = "auto",
    predictions: str | Path | None = None,
    published: str | None = None,
    split: str | None = None,
    use_model: bool = True,
    speakers: str = "public",
) -> dict[str, Any]:
    """Measure accuracy against an annotated corpus.

    Args:
        gold: a sumber-gold/1 file or folder, a PolNeAR folder, or a PFSA-ID file.
        fmt: ``auto`` (detect), ``sumber-gold``, ``polnear`` or ``pfsa``.
        predictions: saved analyzer output (JSONL of ``sumber/1`` records, matched by
            ``"id"``) to score instead of running the analyzer.
        published: publication date to use for every document (overrides the gold's).
        split: the corpus part (PFSA-ID: ``train``, ``test``, ``all``).
        use_model: let the analyzer use trained models.
        speakers: PFSA-ID only: ``public`` (the default; quotations whose source is marked an
            ordinary person are not scored) or ``all``.

    Returns:
        The report: ``corpus``, ``format``, ``split``, ``documents``, the figures of
        :func:`~sumber.evaluate.score.score_documents`, ``seconds`` and ``words_per_second``
        (analysis time, when the analyzer ran) and ``missing_predictions``.

    Raises:
        InputError: a path is missing or a prediction line is malformed.
        GoldFormatError: the gold is malformed.
    """
    name, _ = resolve(gold, fmt, split)
    if name == "story":
        if predictions is not None:
            raise InputError("--predictions does not apply to a story (its articles are linked)")
        return evaluate_story(gold, use_model=use_model)
    docs = read_gold(gold, name, split, speakers=speakers)
    missing = 0
    seconds = None
    if predictions is not None:
        saved = load_predictions(predictions)
        preds: list[PredictedDocument | None] = []
        for doc in docs:
            preds.append(saved.get(doc.id))
            missing += doc.id not in saved
    else:
        start = time.perf_counter()
        preds = predict(docs, published=published, use_model=use_model)
        seconds = time.perf_counter() - start
    report: dict[str, Any] = {"corpus": str(gold), "format": name, "split": split}
    if name == "pfsa":
        report["speakers"] = speakers
    report.update(score_documents(docs, preds, details=name == "sumber-gold"))
    if seconds is not None:
        words = sum(len(d.text.split()) for d in docs)
        report["seconds"] = round(seconds, 3)
        report["words_per_second"] = round(words / seconds) if seconds > 0 else None
    if predictions is not None:
        report["missing_predictions"] = missing
    return report
