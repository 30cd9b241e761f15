"""Single-token slips in English MT (issue 11, h28typo): where MT994 and MT980 score them.

A labelled slip is a one-word span of a labelled pool whose fix is one other word at most two
edits away ("delagations" → "delegations"; a real-word slip such as "county" → "country" is
listed too, though no spelling rule can read it). For each, the best MT994/MT980 confidence
overlapping it (the engine at ``--min-confidence 0``) and, for MT994's fitted English model,
the score of the word itself when no finding reaches the floor. Then every MT994 candidate of
the pools (labelled and precision pools) that an evidence signal would raise: a word of eight
letters or more, below zipf 1, one edit from a word at zipf ``--zipf`` or more (the
correction far commoner), or whose correction the same document writes.

Usage: python bench/eval_slips.py [--pools pool-rec25,pool-caps26,...] [--zipf 3.5]
Measure only; prints words of the pages (never commit the output).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from eval_pool_precision import read_pages
from goldmatch import gold_of, load_jsonl

LABELLED = ("pool-rec25", "pool-caps26", "pool-punct26", "pool-other26")
PRECISION = ("pool-prec25", "pool-prec26", "native-news26")
_WORD = re.compile(r"^[A-Za-z][A-Za-z'-]*$")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        new = [i]
        for j, y in enumerate(b, 1):
            new.append(min(row[j] + 1, new[j - 1] + 1, row[j - 1] + (x != y)))
        row = new
    return row[-1]


def _one_edit(word: str) -> set[str]:
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in cuts if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    out |= {a + c + b[1:] for a, b in cuts if b for c in _LETTERS}
    out |= {a + c + b for a, b in cuts for c in _LETTERS}
    return out - {word}


def _texts(pool: str) -> list[tuple[str, list]]:
    folder = localdata.folder(f"bench/data/{pool}")
    if (folder / "dev.jsonl").is_file():
        return [(line["target"], gold_of(line)) for line in load_jsonl(folder / "dev.jsonl")]
    return [(text, []) for _, text, lang in read_pages(folder) if lang == "en"]


def _slip(text: str, gold) -> bool:
    span, fix = text[gold.start : gold.end].strip(), (gold.fix or "").strip()
    if not (_WORD.match(span) and _WORD.match(fix)) or span.lower() == fix.lower():
        return False
    return _distance(span.lower(), fix.lower()) <= 2


def labelled_slips(pools, check, config) -> None:
    from mtlint.checks.documents.base import Document

    for pool in pools:
        for text, golds in _texts(pool):
            found = check(Document(text=text, language="en"), config).findings
            for gold in golds:
                if not _slip(text, gold):
                    continue
                hits = [
                    f.confidence
                    for f in found
                    if f.code in ("MT994", "MT980") and f.start < gold.end and gold.start < f.end
                ]
                best = f"{max(hits):.2f}" if hits else "none"
                word = text[gold.start : gold.end]
                print(f"  {pool:14} {word!r:18} -> {gold.fix!r:16} best {best}")


def candidates_raised(pools, min_zipf: float) -> None:
    from mtlint.checks.documents.base import Document
    from mtlint.checks.unknown_score import candidates, features, fitted_model, gated, left_out
    from mtlint.checks.wordshape import document_words
    from wordfreq import zipf_frequency

    model = fitted_model("en")
    for pool in pools:
        for text, golds in _texts(pool):
            document = Document(text=text, language="en")
            names = document_words(document)
            for word, start, end, place in candidates(document, "en"):
                found = None if gated(place) else features(word, "en", place, names, False)
                if found is None or left_out(found):
                    continue
                fz, fix = max((zipf_frequency(w, "en"), w) for w in _one_edit(word.lower()))
                in_doc = bool(re.search(rf"\b{re.escape(fix)}\b", text, re.I))
                far = len(word) >= 8 and zipf_frequency(word, "en") < 1 and fz >= min_zipf
                if not (far or (in_doc and fz >= min_zipf)):
                    continue
                gold = [g.fix for g in golds if g.start < end and start < g.end]
                conf = model.confidence(model.score(found))
                print(
                    f"  {pool:14} {word:16} {fix:16} zipf {fz:.2f} in-doc {in_doc!s:5} "
                    f"conf {conf:.2f} labelled {gold[0] if gold else '-'}"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pools", default=",".join(LABELLED + PRECISION))
    parser.add_argument("--zipf", type=float, default=3.5)
    args = parser.parse_args(argv)
    from mtlint.checks.config import Config
    from mtlint.checks.engine import check_document

    pools = [p for p in args.pools.split(",") if p]
    print("labelled single-token slips (best MT994/MT980 confidence):")
    labelled_slips([p for p in pools if p in LABELLED], check_document, Config(min_confidence=0))
    print(f"MT994 candidates an evidence signal would raise (one edit from zipf >= {args.zipf}):")
    candidates_raised(pools, args.zipf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
