"""Train the CRF attribution tagger on PolNeAR and report dev scores.

Usage::

    .venv/bin/python scripts/train_attribution_model.py \\
        --train ../shared/data/polnear/train --dev ../shared/data/polnear/dev \\
        --out src/sumber/models/attribution-en.crfsuite \\
        --bigrams --every-annotator --word-classes --class-context --c1 0.2

Writes the model and its sidecar ``attribution-en.json`` (learned cue words,
training settings, dev scores). ``--tune`` trains on 90% of TRAIN and scores
the other 10% instead of DEV (for choosing c1/c2 and features).

``--word-classes`` reads ``sumber/lang/en/word_classes.txt``, which
``--build-word-classes /usr/share/wordnet`` writes from a WordNet 3.0 database
(Debian package ``wordnet-base``) and exits.

Scoring (the project's definitions): content overlap is the Dice coefficient
over alphanumeric character offsets; predicted and gold attributions are
matched one to one, greedily by overlap, above a threshold; a matched source
(cue) is right when its span shares an alphanumeric character with the gold one;
where the gold has no source, the source is right when none is predicted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from sumber import lang
from sumber.attribution_model import lexicon_from_meta
from sumber.attribution_model.crf import CRFModel
from sumber.attribution_model.decode import decode_units
from sumber.attribution_model.features import (
    Lexicon,
    prepare,
    unit_features,
    units,
    word_classes,
)
from sumber.segment import split_sentences, tokenize

Spans = list[tuple[int, int]]
DEFAULT_O_BIAS = 0.2  # chosen with --tune (every tenth TRAIN text held out)


def read_polnear(directory: Path, every_annotator: bool = False) -> list[dict]:
    """Documents of a PolNeAR split: text and attributions.

    Args:
        directory: the split's folder (``text/``, ``attributions/``).
        every_annotator: one document per annotation file; otherwise only the
            lexicographically first annotation file of each text.
    """
    ann_dir = directory / "attributions"
    by_text: dict[str, list[Path]] = {}
    for p in sorted(ann_dir.glob("*.ann")):
        by_text.setdefault(p.stem.rsplit("_", 1)[0], []).append(p)
    pairs = [
        (base, ann)
        for base, anns in sorted(by_text.items())
        for ann in (anns if every_annotator else anns[:1])
    ]
    docs = []
    for base, ann in pairs:
        text = (directory / "text" / f"{base}.txt").read_text(encoding="utf-8")
        spans: dict[str, Spans] = {}
        attrs = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if re.fullmatch(r"T\d+", parts[0]) and len(parts) >= 2:
                _label, _, offs = parts[1].partition(" ")
                spans[parts[0]] = [
                    (int(a), int(b)) for a, b in (x.split() for x in offs.split(";"))
                ]
            elif re.fullmatch(r"E\d+", parts[0]) and len(parts) >= 2:
                roles = dict(x.split(":", 1) for x in parts[1].split())
                content: Spans = []
                for key in ("Content", "Content2"):
                    content += spans.get(roles.get(key, ""), [])
                if not content:
                    continue
                attrs.append(
                    {
                        "content": sorted(content),
                        "cue": spans.get(roles.get("Cue", ""), []),
                        "source": spans.get(roles.get("Source", ""), []),
                    }
                )
        docs.append({"name": base, "text": text, "attrs": attrs})
    return docs


def doc_preds_source(pred: dict) -> bool:
    """Whether a predicted attribution names a source."""
    return bool(pred["source"])


def alnum_set(text: str, spans: Spans) -> set[int]:
    """Offsets of alphanumeric characters inside ``spans``."""
    return {i for s, e in spans for i in range(s, e) if text[i].isalnum()}


def score(docs: list[dict], preds: list[list[dict]], threshold: float) -> dict[str, float]:
    """Content P/R/F1 at ``threshold`` and source/cue accuracy over matched pairs."""
    tp = npred = ngold = 0
    src_ok = src_n = cue_ok = 0
    for doc, pred in zip(docs, preds, strict=True):
        text = doc["text"]
        gold = [
            (alnum_set(text, a["content"]), alnum_set(text, a["source"]), alnum_set(text, a["cue"]))
            for a in doc["attrs"]
        ]
        pr = [
            (alnum_set(text, a["content"]), alnum_set(text, a["source"]), alnum_set(text, a["cue"]))
            for a in pred
        ]
        npred += len(pr)
        ngold += len(gold)
        pairs = []
        for i, g in enumerate(gold):
            for j, q in enumerate(pr):
                inter = len(g[0] & q[0])
                if not inter:
                    continue
                d = 2 * inter / (len(g[0]) + len(q[0]))
                if d >= threshold:
                    pairs.append((d, i, j))
        pairs.sort(reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _d, i, j in pairs:
            if i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            tp += 1
            src_n += 1
            if gold[i][1]:
                src_ok += bool(gold[i][1] & pr[j][1])
            else:  # no source in the gold: right when none is predicted
                src_ok += not doc_preds_source(pred[j])
            cue_ok += bool(gold[i][2] & pr[j][2])
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": f,
        "source_acc": src_ok / src_n if src_n else 0.0,
        "cue_acc": cue_ok / tp if tp else 0.0,
        "matched": tp,
        "gold": ngold,
        "predicted": npred,
    }


def learn_cues(docs: list[dict], min_count: int, min_ratio: float) -> list[str]:
    """Words that are part of a cue often enough to count as cue words."""
    cue_c: Counter[str] = Counter()
    all_c: Counter[str] = Counter()
    for doc in docs:
        text = doc["text"]
        cue_starts = set()
        for a in doc["attrs"]:
            for s, e in a["cue"]:
                for ts, _te in tokenize(text, s, e):
                    cue_starts.add(ts)
        for s, e in tokenize(text):
            w = text[s:e].lower()
            all_c[w] += 1
            if s in cue_starts:
                cue_c[w] += 1
    return sorted(
        w
        for w, c in cue_c.items()
        if c >= min_count and c / all_c[w] >= min_ratio and any(ch.isalpha() for ch in w)
    )


def word_clusters(
    docs: list[dict], sizes: tuple[int, ...] = (64, 512), min_count: int = 3, seed: int = 0
) -> dict[str, str]:
    """Distributional word clusters of the training text (no labels used).

    Each word of at least ``min_count`` occurrences is described by counts of
    its left and right neighbours among the 600 most frequent words, reduced to
    40 dimensions by SVD and clustered by k-means once per size.

    Returns:
        lower-cased word -> cluster ids, one per size, joined by spaces.
    """
    import numpy as np

    seqs = []
    counts: Counter[str] = Counter()
    for doc in docs:
        text = doc["text"]
        words = [text[s:e].lower() for s, e in tokenize(text)]
        seqs.append(words)
        counts.update(words)
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    vid = {w: i for i, w in enumerate(vocab)}
    nctx = 600
    mat = np.zeros((len(vocab), 2 * nctx), dtype=np.float32)
    for words in seqs:
        ids = [vid.get(w, -1) for w in words]
        for a, b in zip(ids, ids[1:], strict=False):
            if a >= 0 and 0 <= b < nctx:
                mat[a, nctx + b] += 1  # b follows a
            if b >= 0 and 0 <= a < nctx:
                mat[b, a] += 1  # a precedes b
    mat = np.log1p(mat)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True) + 1e-9
    u, sv, _vt = np.linalg.svd(mat - mat.mean(axis=0), full_matrices=False)
    emb = u[:, :40] * sv[:40]
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(seed)
    labels = []
    for k in sizes:
        cent = emb[rng.choice(len(emb), k, replace=False)]
        for _ in range(25):
            assign = (emb @ cent.T).argmax(axis=1)
            sums = np.zeros_like(cent)
            np.add.at(sums, assign, emb)
            norms = np.linalg.norm(sums, axis=1, keepdims=True)
            cent = np.where(norms > 0, sums / np.maximum(norms, 1e-9), cent)
        labels.append((emb @ cent.T).argmax(axis=1))
    return {w: " ".join(str(int(lab[i])) for lab in labels) for i, w in enumerate(vocab)}


def doc_units(doc: dict) -> list[tuple[list[tuple[int, int]], list[int]]]:
    text = doc["text"]
    if "units" not in doc:
        doc["units"] = units(text, split_sentences(text, "en"), tokenize(text))
    return doc["units"]


def labels(doc: dict, toks: list[tuple[int, int]]) -> list[str]:
    """BIO labels of the tokens of one unit from the gold spans."""
    marks: list[tuple[int, int, str]] = []
    for a in doc["attrs"]:
        for role, key in (("CON", "content"), ("CUE", "cue"), ("SRC", "source")):
            marks += [(s, e, role) for s, e in a[key]]
    marks.sort()
    out = ["O"] * len(toks)
    import bisect

    starts = [m[0] for m in marks]
    for k, (ts, te) in enumerate(toks):
        i = bisect.bisect_right(starts, ts) - 1
        # look back a little for an enclosing span (spans do not nest much)
        for j in range(i, max(-1, i - 40), -1):
            s, e, role = marks[j]
            if s <= ts < e or (ts < e and te > s):
                prev_in = k > 0 and s <= toks[k - 1][0] < e
                out[k] = ("I-" if prev_in else "B-") + role
                break
    return out


def predict_doc(doc: dict, model: CRFModel) -> list[dict]:
    """Predicted attributions of one document, as character spans."""
    prep = prepare(doc["text"], doc_units(doc), model.lex)
    return [
        {"content": r.content, "cue": r.cue, "source": [r.source] if r.source else []}
        for r in decode_units(prep, model.tag(prep))
    ]


def check_tagger(docs: list[dict], model: CRFModel, path: str) -> None:
    """Warn when the numpy tagger disagrees with crfsuite's own on ``docs``."""
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    diff = total = 0
    for doc in docs:
        prep = prepare(doc["text"], doc_units(doc), model.lex)
        feats = unit_features(prep, model.lex)
        for xseq, tags in zip(feats, model.tag(prep), strict=True):
            ref = tagger.tag(xseq)
            diff += sum(a != b for a, b in zip(ref, tags, strict=True))
            total += len(tags)
    print(f"numpy tagger vs crfsuite: {diff} of {total} tags differ")


def train_model(args: argparse.Namespace, train: list[dict]) -> tuple[Lexicon, dict, float]:
    """Train the CRF on ``train`` into ``args.out``; the lexicon, sidecar data and seconds."""
    t0 = time.time()
    cues = learn_cues(train, min_count=args.cue_min_count, min_ratio=args.cue_ratio)
    lex = Lexicon.from_pack(lang.get("en"), cues)
    lex.bigrams = args.bigrams
    if args.word_classes:
        lex.word_classes = word_classes("en")
        print(f"word classes: {len(lex.word_classes)} words")
        lex.class_context = args.class_context
    clusters: dict[str, str] = {}
    if args.clusters:
        clusters = word_clusters(train)
        lex.clusters = clusters
        print(f"word clusters: {len(clusters)} words")
    trainer = pycrfsuite.Trainer(verbose=False)
    n_tok = 0
    for doc in train:
        prep = prepare(doc["text"], doc_units(doc), lex)
        for (toks, _sids), xseq in zip(prep.units, unit_features(prep, lex), strict=True):
            trainer.append(xseq, labels(doc, toks))
            n_tok += len(toks)
    print(f"features: {time.time() - t0:.1f}s, {n_tok} tokens, {len(cues)} cue words")
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.minfreq": args.min_freq,
            "feature.possible_transitions": True,
        }
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    t1 = time.time()
    trainer.train(str(args.out))
    train_s = time.time() - t1
    print(f"trained in {train_s:.1f}s -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    lex.cache.clear()
    meta = {
        "language": "en",
        "cues": cues,
        "bigrams": args.bigrams,
        "word_classes": bool(args.word_classes),
        "class_context": bool(args.word_classes and args.class_context),
        "clusters": clusters,
        "trained_on": str(args.train.name),
        "params": {
            "c1": args.c1,
            "c2": args.c2,
            "iterations": args.iterations,
            "min_freq": args.min_freq,
            "every_annotator": args.every_annotator,
            "cue_ratio": args.cue_ratio,
            "cue_min_count": args.cue_min_count,
        },
    }
    return lex, meta, time.time() - t0


def evaluate(model: CRFModel, dev: list[dict]) -> dict[str, object]:
    """Score ``model`` on ``dev`` at overlap 0.5 and 0.8, printing the figures."""
    t2 = time.process_time()
    preds = [predict_doc(d, model) for d in dev]
    tag_s = time.process_time() - t2
    words = sum(len(d["text"].split()) for d in dev)
    results: dict[str, object] = {"words_per_s_first_pass": round(words / tag_s)}
    for th in (0.5, 0.8):
        r = score(dev, preds, th)
        results[f"at_{th}"] = {k: round(v, 4) for k, v in r.items()}
        print(
            f"@{th}: P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f} "
            f"source {r['source_acc']:.3f} cue {r['cue_acc']:.3f} "
            f"({r['matched']}/{r['gold']} gold, {r['predicted']} predicted)"
        )
    print(f"tagging (first pass, cold word cache): {words / tag_s:,.0f} words/s")
    return results


def choose_o_bias(model: CRFModel, dev: list[dict]) -> float:
    """The O-label bias with the best content F1 at 0.5 on ``dev``."""
    best = (0.0, -1.0)
    for bias in (0.0, 0.2, 0.4, 0.6, 0.8):
        model.o_bias = bias
        r = score(dev, [predict_doc(d, model) for d in dev], 0.5)
        print(f"o_bias {bias}: F1 {r['f1']:.3f} source {r['source_acc']:.3f}")
        if r["f1"] > best[1]:
            best = (bias, r["f1"])
    return best[0]


# WordNet lexicographer files kept as word classes (number in WordNet's lexnames -> code)
WORDNET_CLASSES = {
    4: "nact",  # noun.act
    9: "ncog",  # noun.cognition
    10: "ncom",  # noun.communication
    12: "nfee",  # noun.feeling
    16: "nmot",  # noun.motive
    31: "vcog",  # verb.cognition
    32: "vcom",  # verb.communication
    37: "vemo",  # verb.emotion
    39: "vper",  # verb.perception
    41: "vsoc",  # verb.social
}


WORDNET_NOTICE = """\
Semantic classes of English words for sumber's attribution tagger: a word form, a tab,
its class codes (the WordNet lexicographer file of its most frequent verb or noun sense:
vcom verb.communication, vcog verb.cognition, vemo verb.emotion, vper verb.perception,
vsoc verb.social, ncom noun.communication, ncog noun.cognition, nfee noun.feeling,
nmot noun.motive, nact noun.act). Derived from WordNet 3.0 by
scripts/train_attribution_model.py --build-word-classes.

WordNet Release 3.0. This software and database is being provided to you, the LICENSEE,
by Princeton University under the following license. By obtaining, using and/or copying
this software and database, you agree that you have read, understood, and will comply
with these terms and conditions.:

Permission to use, copy, modify and distribute this software and database and its
documentation for any purpose and without fee or royalty is hereby granted, provided
that you agree to comply with the following copyright notice and statements, including
the disclaimer, and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal use or for
distribution.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.

THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT
LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE,
DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
TRADEMARKS OR OTHER RIGHTS.

The name of Princeton University or Princeton may not be used in advertising or
publicity pertaining to distribution of the software and/or database. Title to
copyright in this software, database and any associated documentation shall at all
times remain with Princeton University and LICENSEE agrees to preserve same.
"""


def _verb_forms(verb: str, irregular: dict[str, set[str]]) -> set[str]:
    """A verb's inflected forms: regular -s/-ed/-ing spelling rules plus WordNet's exceptions."""
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", verb):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif re.search(r"(s|x|z|ch|sh)$", verb):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", verb):
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms | irregular.get(verb, set())


def build_word_classes(wordnet: Path, out: Path) -> int:
    """Write ``out`` (``word<TAB>codes`` lines) from a WordNet 3.0 database folder.

    A single-word verb or noun whose most frequent sense is in one of
    :data:`WORDNET_CLASSES` gets that class; verbs with their inflected forms, nouns with
    their plural. (Debian's ``wordnet-base`` installs the database in
    ``/usr/share/wordnet``; WordNet 3.0 licence, Princeton University.)

    Returns:
        The number of word forms written.
    """
    table: dict[str, set[str]] = {}
    irregular: dict[str, set[str]] = {}
    for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            irregular.setdefault(parts[1], set()).add(parts[0])
    for pos in ("verb", "noun"):
        lexfile: dict[str, int] = {}
        for line in (wordnet / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                f = line.split()
                lexfile[f[0]] = int(f[1])
        for line in (wordnet / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            f = line.split()
            lemma = f[0]
            if not lemma.isalpha():
                continue
            first_sense = f[4 + int(f[3]) + 2]
            code = WORDNET_CLASSES.get(lexfile[first_sense])
            if code is None:
                continue
            if pos == "verb":
                forms = _verb_forms(lemma, irregular)
            else:
                forms = {lemma, lemma + ("es" if re.search(r"(s|x|z|ch|sh)$", lemma) else "s")}
            for w in forms:
                table.setdefault(w, set()).add(code)
    header = ["# " + x if x else "#" for x in WORDNET_NOTICE.splitlines()]
    lines = [f"{w}\t{' '.join(sorted(c))}" for w, c in sorted(table.items())]
    out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path)
    ap.add_argument("--dev", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--min-freq", type=float, default=2)
    ap.add_argument(
        "--every-annotator",
        action="store_true",
        help="train on every annotation file of a text, not only the first",
    )
    ap.add_argument(
        "--cue-ratio",
        type=float,
        default=0.2,
        help="a word is a cue word when at least this share of its occurrences are in cues",
    )
    ap.add_argument(
        "--cue-min-count",
        type=int,
        default=5,
        help="a word is a cue word only when it is in cues at least this often",
    )
    ap.add_argument("--clusters", action="store_true", help="add word-cluster features")
    ap.add_argument("--bigrams", action="store_true", help="add word-pair features")
    ap.add_argument(
        "--word-classes",
        action="store_true",
        help="add semantic word-class features (sumber/lang/en/word_classes.txt)",
    )
    ap.add_argument(
        "--class-context",
        action="store_true",
        help="with --word-classes: add word-class context features (nearest speech or "
        "thought word, word class x next function word)",
    )
    ap.add_argument(
        "--o-bias",
        type=float,
        default=None,
        help=f"O-label bias (default {DEFAULT_O_BIAS}; with --tune: chosen)",
    )
    ap.add_argument("--tune", action="store_true", help="score 10%% of TRAIN instead of DEV")
    ap.add_argument(
        "--eval-only",
        action="store_true",
        help="score the existing --out model on DEV without training",
    )
    ap.add_argument(
        "--build-word-classes",
        type=Path,
        metavar="WORDNET_DIR",
        help="write sumber/lang/en/word_classes.txt from a WordNet 3.0 database and exit",
    )
    args = ap.parse_args(argv)
    if args.build_word_classes:
        target = Path(lang.__file__).resolve().parent / "en" / "word_classes.txt"
        n = build_word_classes(args.build_word_classes, target)
        print(f"{n} word forms -> {target}")
        return 0
    if args.train is None or args.dev is None or args.out is None:
        ap.error("--train, --dev and --out are required")
    if not args.train.is_dir() or not args.dev.is_dir():
        print("PolNeAR folders not found (give --train and --dev)", file=sys.stderr)
        return 2
    side = args.out.with_suffix(".json")
    if args.eval_only:
        meta = json.loads(side.read_text(encoding="utf-8"))
        model = CRFModel(str(args.out), lexicon_from_meta("en", meta))
        model.o_bias = float(meta.get("o_bias", 0.0))
        meta["scores"] = evaluate(model, read_polnear(args.dev))
        side.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        return 0
    train = read_polnear(args.train, every_annotator=args.every_annotator)
    if args.tune:
        # hold out every tenth text (all its annotation files)
        held = set(sorted({d["name"] for d in train})[::10])
        dev = [d for d in read_polnear(args.train) if d["name"] in held]
        train = [d for d in train if d["name"] not in held]
    else:
        dev = read_polnear(args.dev)
    lex, meta, seconds = train_model(args, train)
    model = CRFModel(str(args.out), lex)
    check_tagger(dev[:10], model, str(args.out))
    if args.o_bias is None:
        args.o_bias = choose_o_bias(model, dev) if args.tune else DEFAULT_O_BIAS
    model.o_bias = args.o_bias
    print(f"o_bias {model.o_bias}")
    meta["o_bias"] = model.o_bias
    meta["scored_on"] = "train-holdout" if args.tune else "dev"
    meta["scores"] = evaluate(model, dev)
    meta["train_seconds"] = round(seconds, 1)
    side.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
