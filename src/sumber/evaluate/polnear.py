"""Read PolNeAR (brat standoff) into gold documents.

Layout: ``<dir>/text/<name>.txt`` and ``<dir>/attributions/<name>_<annotator>.ann``. Some texts
were annotated by several annotators; the file with the lexicographically first annotator code
is used, always. Each ``E`` line (``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``) is one
attribution; roles may be missing or repeated (``Content2``), and ``T`` lines may be
discontinuous (``Content 10 20;25 30``). Publication dates come from ``<dir>/../metadata.tsv``
(column ``publication_date``, joined on ``filename``) when that file exists.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from sumber.errors import GoldFormatError, InputError
from sumber.evaluate.gold import GoldAttribution, GoldDocument, Span

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$")
_ID_LINE = re.compile(r"^(?:[TEARNM]\d+|#\d*|\*)\t")


def is_polnear_dir(path: Path) -> bool:
    """Whether ``path`` is a folder holding ``text/`` and ``attributions/``."""
    return path.is_dir() and (path / "text").is_dir() and (path / "attributions").is_dir()


def _read_metadata(path: Path) -> dict[str, str]:
    meta = path.parent / "metadata.tsv"
    if not meta.is_file():
        return {}
    dates: dict[str, str] = {}
    try:
        with meta.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                name, date = row.get("filename"), row.get("publication_date")
                if name and date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                    dates[name] = date
    except (OSError, csv.Error, UnicodeDecodeError):
        return {}
    return dates


def _pick_annotations(ann_dir: Path, stems: set[str]) -> dict[str, Path]:
    """Map each text stem to one .ann file (the lexicographically first annotator)."""
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        stem = ann.stem
        if stem not in stems:
            base, sep, _code = stem.rpartition("_")
            if not sep or base not in stems:
                raise GoldFormatError("annotation file without a matching text/*.txt", str(ann))
            stem = base
        if stem not in chosen or ann.name < chosen[stem].name:
            chosen[stem] = ann
    return chosen


def parse_ann(text: str, ann: Path) -> list[GoldAttribution]:
    """Parse one brat ``.ann`` file against its text.

    Raises:
        GoldFormatError: a line does not parse, an offset is out of range, or an event names an
            unknown text-bound id.
    """
    spans: dict[str, tuple[str, list[Span]]] = {}
    events: list[tuple[int, str, list[tuple[str, str]]]] = []
    try:
        lines = ann.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"not UTF-8 ({exc.reason})", str(ann)) from None
    after_t = False  # a T line's text may run over several lines (it spans a newline)
    for no, line in enumerate(lines, 1):
        where = f"{ann}:{no}"
        if not _ID_LINE.match(line):
            if after_t or not line.strip():
                continue
            raise GoldFormatError("cannot parse annotation line", where)
        after_t = False
        if line.startswith("T"):
            after_t = True
            m = _T_LINE.match(line)
            if not m:
                raise GoldFormatError("cannot parse text-bound annotation line", where)
            ranges = []
            for part in m.group(3).split(";"):
                s, e = (int(x) for x in part.split())
                if not 0 <= s <= e <= len(text):
                    raise GoldFormatError(f"offsets {s}-{e} outside the text", where)
                ranges.append((s, e))
            spans[m.group(1)] = (m.group(2), ranges)
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2 or not parts[1].strip():
                raise GoldFormatError("cannot parse event line", where)
            args = []
            for item in parts[1].split():
                role, sep, ref = item.partition(":")
                if not sep or not ref:
                    raise GoldFormatError(f"cannot parse event argument {item!r}", where)
                args.append((role, ref))
            events.append((no, args[0][0], args[1:]))
    result = []
    for no, etype, args in events:
        roles: dict[str, list[Span]] = {"Content": [], "Cue": [], "Source": []}
        for role, ref in args:
            if ref not in spans:
                raise GoldFormatError(f"event refers to unknown id {ref}", f"{ann}:{no}")
            base = role.rstrip("0123456789")
            if base in roles:
                roles[base].extend(spans[ref][1])
        if not roles["Content"]:
            continue
        content = sorted(roles["Content"])
        source = sorted(roles["Source"])
        result.append(
            GoldAttribution(
                content=content,
                source=source,
                has_source=bool(source) or etype == "Attribution",
                cue=sorted(roles["Cue"]),
                text=" ".join(text[s:e] for s, e in content),
                source_text=" ".join(text[s:e] for s, e in source) or None,
            )
        )
    return result


def read_polnear(path: str | Path) -> list[GoldDocument]:
    """Read a PolNeAR folder (``dev/``, ``train/``) into gold documents, sorted by name.

    Args:
        path: a folder holding ``text/*.txt`` and ``attributions/*.ann``.

    Returns:
        One :class:`GoldDocument` per text that has an annotation file (language "en",
        ``published`` from ``../metadata.tsv`` when present).

    Raises:
        InputError: the folder does not exist.
        GoldFormatError: the layout or an annotation file is malformed.
    """
    root = Path(path)
    if not root.exists():
        raise InputError("no such file or folder", str(root))
    if not is_polnear_dir(root):
        raise GoldFormatError("not a PolNeAR folder (needs text/ and attributions/)", str(root))
    texts = {p.stem: p for p in (root / "text").glob("*.txt")}
    dates = _read_metadata(root)
    docs = []
    for stem, ann in sorted(_pick_annotations(root / "attributions", set(texts)).items()):
        try:
            with texts[stem].open(encoding="utf-8", newline="") as fh:
                text = fh.read()
        except UnicodeDecodeError as exc:
            raise GoldFormatError(f"not UTF-8 ({exc.reason})", str(texts[stem])) from None
        docs.append(
            GoldDocument(
                id=stem,
                text=text,
                attributions=parse_ann(text, ann),
                language="en",
                published=dates.get(stem),
                origin=str(ann),
            )
        )
    return docs
