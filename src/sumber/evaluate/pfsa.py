"""Read PFSA-ID (token-per-line BILOU) into gold documents, articles rebuilt as plain text.

The file has one ``token<TAB>tag`` per line and a blank line between sentences. An article
starts at a dateline sentence (``JAKARTA , KOMPAS —``: ``KOMPAS`` next to a comma within its
first tokens, followed by a dash). Each article's text is rebuilt from its tokens by
:func:`detokenize` (deterministic; offsets exact), and every STATEMENT chunk becomes one gold
attribution: its content is the chunk without the surrounding quote marks; its cue is the
CUE/CUECOREF chunk nearest to it in the same or an adjacent sentence; its source the PERSON,
PERSONCOREF, ROLE or AFFILIATION chunk nearest that cue in the cue's sentence (nearest the
statement, in its own sentences, when there is no cue), together with the source chunks
joined to it by nothing or only punctuation ("Kepala Dusun X , Wahyu Wibowo"), any of which is
accepted. When no source chunk is found and the cue is a CUECOREF ("katanya"), the source is
the clitic pronoun: a predicted source on the cue word, or on the source chunk group nearest
before the statement (its likely antecedent), is accepted.

Only ``direct`` and ``mixed`` predictions are scored, and (``speakers="public"``, the default)
not those whose source the analyzer marks an ordinary person (``source.public`` false): the
corpus annotates public figures' statements only.

``split``: articles in file order; ``"train"`` is the first 80% (``int(0.8 * n)``), ``"test"``
the rest, None (or ``"all"``) every article. Tune on train; report test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sumber.errors import GoldFormatError, InputError
from sumber.evaluate.gold import GoldAttribution, GoldDocument, Span

SPLITS = ("train", "test", "all")
SPEAKERS = ("public", "all")  # whose quotations are scored (see read_pfsa)
TRAIN_FRACTION = 0.8
SCORED_KINDS = frozenset({"direct", "mixed"})
SOURCE_LABELS = frozenset({"PERSON", "PERSONCOREF", "ROLE", "AFFILIATION"})
CUE_LABELS = frozenset({"CUE", "CUECOREF"})
QUOTES = frozenset({"”", "“", '"', "„", "«", "»"})
_QUOTE_CHARS = '”“"„«»'
_NO_SPACE_BEFORE = frozenset({".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "…"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{"})
_DASHES = frozenset({"—", "–", "-"})
_JOINERS = frozenset({",", "(", ")", "-", "/"})


@dataclass(slots=True)
class Chunk:
    """A BILOU chunk: label and token range ``[start, end)`` within the article."""

    label: str
    start: int
    end: int


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """The file's sentences as lists of ``(token, tag)``.

    Raises:
        GoldFormatError: a non-blank line without a tab, or a tag that is not ``O`` or
            ``B-``/``I-``/``L-``/``U-`` plus a label.
    """
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read", str(path)) from None
    with fh:
        try:
            for no, line in enumerate(fh, 1):
                line = line.rstrip("\r\n")
                if not line.strip():
                    if current:
                        sentences.append(current)
                        current = []
                    continue
                token, sep, tag = line.partition("\t")
                tag = tag.strip()
                if not sep or not token:
                    raise GoldFormatError("expected token<TAB>tag", f"{path}:{no}")
                if tag != "O" and (len(tag) < 3 or tag[0] not in "BILU" or tag[1] != "-"):
                    raise GoldFormatError(f"bad BILOU tag {tag!r}", f"{path}:{no}")
                current.append((token, tag))
        except UnicodeDecodeError as exc:
            raise GoldFormatError(f"not UTF-8 ({exc.reason})", str(path)) from None
    if current:
        sentences.append(current)
    return sentences


def is_dateline(tokens: list[str]) -> bool:
    """Whether a sentence opens an article (``CITY , KOMPAS —`` or ``KOMPAS , CITY —``)."""
    head = tokens[:5]
    if "KOMPAS" not in head:
        return False
    k = head.index("KOMPAS")
    comma = (k > 0 and tokens[k - 1] == ",") or (k + 1 < len(tokens) and tokens[k + 1] == ",")
    return comma and any(t in _DASHES for t in tokens[: k + 4])


def split_articles(sentences: list[list[tuple[str, str]]]) -> list[list[list[tuple[str, str]]]]:
    """Group sentences into articles at datelines (leading sentences join the first one)."""
    articles: list[list[list[tuple[str, str]]]] = []
    for sent in sentences:
        if not articles or is_dateline([t for t, _ in sent]):
            articles.append([])
        articles[-1].append(sent)
    return articles


def detokenize(tokens: list[str], tags: list[str]) -> tuple[str, list[Span]]:
    """Join tokens into readable text and give each token's character span.

    Tokens are joined with one space, except: none before ``. , ; : ! ? ) ] %`` or a closing
    quote, none after ``( [`` or an opening quote, none around ``-`` between two letters or
    digits (``Covid-19``, but not the dateline dash) and around ``/`` between digits
    (``13/04/2020``). Quote marks that look alike (``”``, ``"``) open or close by turns; a
    quote that begins a STATEMENT chunk opens and one that ends it closes.
    """
    kinds: list[str] = []  # "open", "close" or "" per token
    is_open = False
    for tok, tag in zip(tokens, tags, strict=True):
        if tok not in QUOTES:
            kinds.append("")
            continue
        if tok in "“„«" or tag.startswith("B-"):
            kind = "open"
        elif tag.startswith("L-"):
            kind = "close"
        else:
            kind = "close" if is_open else "open"
        is_open = kind == "open"
        kinds.append(kind)
    # the dateline dash (the first dash among the first tokens) keeps its spaces
    keep = next((i for i, t in enumerate(tokens[:8]) if t in _DASHES), -1)
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for i, tok in enumerate(tokens):
        if i:
            prev = tokens[i - 1]
            glue = (
                tok in _NO_SPACE_BEFORE
                or kinds[i] == "close"
                or prev in _NO_SPACE_AFTER
                or kinds[i - 1] == "open"
                or _joins(tokens, i, "-", str.isalnum, keep)
                or _joins(tokens, i - 1, "-", str.isalnum, keep)
                or _joins(tokens, i, "/", str.isdigit, keep)
                or _joins(tokens, i - 1, "/", str.isdigit, keep)
            )
            if not glue:
                parts.append(" ")
                pos += 1
        spans.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
    return "".join(parts), spans


def _joins(tokens: list[str], i: int, mark: str, test: Callable[[str], bool], keep: int) -> bool:
    """Whether token ``i`` is ``mark`` between two tokens whose facing characters pass ``test``."""
    if i <= 0 or i + 1 >= len(tokens) or i == keep or tokens[i] != mark:
        return False
    left, right = tokens[i - 1][-1:], tokens[i + 1][:1]
    return bool(left and right) and test(left) and test(right)


def chunks(tags: list[str]) -> list[Chunk]:
    """Decode BILOU tags into chunks (lenient: a stray I- or L- starts a chunk)."""
    result: list[Chunk] = []
    open_chunk: Chunk | None = None
    for i, tag in enumerate(tags):
        if tag == "O":
            open_chunk = None
            continue
        prefix, label = tag[0], tag[2:]
        if prefix in "IL" and open_chunk is not None and open_chunk.label == label:
            open_chunk.end = i + 1
        else:
            open_chunk = Chunk(label, i, i + 1)
            result.append(open_chunk)
        if prefix in "LU":
            open_chunk = None
    return result


def _gap(a: Chunk, b: Chunk) -> int:
    """Tokens between two chunks (0 when adjacent or overlapping)."""
    return max(a.start - b.end, b.start - a.end, 0)


def _nearest(target: Chunk, candidates: list[Chunk]) -> Chunk | None:
    """The candidate nearest ``target`` (ties: the one after it)."""
    if not candidates:
        return None
    return min(candidates, key=lambda c: (_gap(target, c), c.start < target.start, c.start))


def _source_group(
    seed: Chunk, sources: list[Chunk], tokens: list[str], sent: list[int]
) -> list[Chunk]:
    """``seed`` and the source chunks joined to it by nothing or only punctuation."""
    ordered = sorted(sources, key=lambda c: c.start)
    group = [seed]
    i = ordered.index(seed)
    for step in (-1, 1):
        j, edge = i + step, seed
        while 0 <= j < len(ordered):
            c = ordered[j]
            lo, hi = (c.end, edge.start) if step < 0 else (edge.end, c.start)
            between = tokens[lo:hi]
            if sent[c.start] != sent[seed.start] or len(between) > 2:
                break
            if any(t not in _JOINERS for t in between):
                break
            group.append(c)
            edge, j = c, j + step
    return sorted(group, key=lambda c: c.start)


def article_document(
    article: list[list[tuple[str, str]]], doc_id: str, origin: str
) -> GoldDocument:
    """Build one gold document from an article's sentences."""
    tokens = [t for s in article for t, _ in s]
    tags = [g for s in article for _, g in s]
    sent = [k for k, s in enumerate(article) for _ in s]
    text, tok_spans = detokenize(tokens, tags)
    all_chunks = chunks(tags)
    statements = [c for c in all_chunks if c.label == "STATEMENT"]

    def inside_statement(c: Chunk) -> bool:
        return any(s.start <= c.start and c.end <= s.end for s in statements)

    cues = [c for c in all_chunks if c.label in CUE_LABELS and not inside_statement(c)]
    sources = [c for c in all_chunks if c.label in SOURCE_LABELS and not inside_statement(c)]

    def char_span(c: Chunk) -> Span:
        return (tok_spans[c.start][0], tok_spans[c.end - 1][1])

    golds = []
    for st in statements:
        lo, hi = st.start, st.end
        while lo < hi and tokens[lo] in QUOTES:
            lo += 1
        while hi > lo and tokens[hi - 1] in QUOTES:
            hi -= 1
        if lo == hi:
            continue
        first, last = sent[st.start], sent[st.end - 1]
        cue = _nearest(st, [c for c in cues if first - 1 <= sent[c.start] <= last + 1])
        if cue is not None:
            seed = _nearest(cue, [c for c in sources if sent[c.start] == sent[cue.start]])
        else:
            seed = _nearest(st, [c for c in sources if first <= sent[c.start] <= last])
        group = _source_group(seed, sources, tokens, sent) if seed else []
        src = [char_span(c) for c in group]
        if not src and cue is not None and cue.label == "CUECOREF":
            before = [c for c in sources if c.end <= st.start]
            antecedent = max(before, key=lambda c: c.start) if before else None
            if antecedent is not None:
                src = [char_span(c) for c in _source_group(antecedent, sources, tokens, sent)]
            src.append(char_span(cue))
        c_start, c_end = tok_spans[lo][0], tok_spans[hi - 1][1]
        while c_start < c_end and text[c_start] in _QUOTE_CHARS:  # a fused token: ”Di
            c_start += 1
        while c_end > c_start and text[c_end - 1] in _QUOTE_CHARS:
            c_end -= 1
        content = (c_start, c_end)
        golds.append(
            GoldAttribution(
                content=[content],
                source=src,
                has_source=bool(src),
                cue=[char_span(cue)] if cue else [],
                kind="direct",
                text=text[content[0] : content[1]],
                source_text=" / ".join(text[a:b] for a, b in src) or None,
            )
        )
    return GoldDocument(
        id=doc_id,
        text=text,
        attributions=golds,
        language="id",
        published=None,
        scored_kinds=SCORED_KINDS,
        public_only=True,
        origin=origin,
    )


def split_range(n: int, split: str | None) -> range:
    """The article indices of ``split`` among ``n`` articles (see the module docstring)."""
    if split in (None, "all"):
        return range(n)
    cut = int(TRAIN_FRACTION * n)
    if split == "train":
        return range(cut)
    if split == "test":
        return range(cut, n)
    raise InputError(f"unknown split {split!r} (expected one of {', '.join(SPLITS)})")


def read_pfsa(
    path: str | Path, split: str | None = None, *, speakers: str = "public"
) -> list[GoldDocument]:
    """Read a PFSA-ID file into one gold document per article.

    Args:
        path: the token-per-line file (``dev-40.txt``).
        split: ``"train"`` (first 80% of articles), ``"test"`` (the rest) or None / ``"all"``.
        speakers: ``"public"`` (the default): predictions whose source the analyzer marks an
            ordinary person (``source.public`` false) are not scored, as PFSA-ID annotates
            public figures' statements only; ``"all"``: every direct quotation is scored.

    Returns:
        Gold documents with ids ``pfsa-0001``... numbered over the whole file (so an article
        keeps its id whatever the split), language "id", no publication date, and only
        ``direct`` and ``mixed`` predictions scored against them.

    Raises:
        InputError: the file does not exist, or ``split`` is unknown.
        GoldFormatError: a line is malformed.
    """
    if speakers not in SPEAKERS:
        raise InputError(f"unknown speakers {speakers!r} (expected one of {', '.join(SPEAKERS)})")
    p = Path(path)
    if not p.is_file():
        raise InputError("no such file", str(p))
    articles = split_articles(read_sentences(p))
    docs = [
        article_document(articles[i], f"pfsa-{i + 1:04d}", f"{p}#{i + 1}")
        for i in split_range(len(articles), split)
    ]
    for d in docs:
        d.public_only = speakers == "public"
    return docs
