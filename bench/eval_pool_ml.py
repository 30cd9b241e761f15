"""Precision on real pages in other languages nobody labelled: every finding judged (h25ml).

The pool is ``bench/data/pool-ml25`` (excerpts of the search tool's pages corpus, n–z outlets
only: machine-translated pages and native pages in de, fr, es, it, pl, cs, ru …; the text lives
in the local store, the URLs in its manifest). Each document is a blank-line block whose first
line is ``# <url> <lang>``; the engine reads the rest with that target language.

The judgements are ``bench/pool-ml25-judged.json`` in the format of
``eval_pool_precision.py`` (URL, code, offset, sha1 of the flagged text, right / wrong /
unsure), matched the same way. This reports, at the bar (0.5) and in the doubtful tier
(0.2–0.5), findings, judged, right, wrong, unsure and precision per code and per language.

Usage::

    python bench/eval_pool_ml.py                  # tables per code and per language
    python bench/eval_pool_ml.py --unjudged       # + the findings without a judgement
    python bench/eval_pool_ml.py --pool pool-ml26 # session 22's pool (h26ml), its own verdicts

Each pool ``bench/data/<pool>`` has its verdicts in ``bench/<pool>-judged.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from eval_pool_precision import _context, match, read_judged, render, tabulate, text_key

HERE = Path(__file__).resolve().parent
POOLS = ("pool-ml25", "pool-ml26")


def read_pages(folder: Path) -> list[tuple[str, str, str]]:
    """(language, url, text) per blank-line block of ``pages.txt``."""
    pages = []
    for block in (folder / "pages.txt").read_text(encoding="utf-8").split("\n\n"):
        block = block.strip("\n")
        if not block.strip():
            continue
        first, _, rest = block.partition("\n")
        url, _, language = first[1:].strip().partition(" ")
        pages.append((language.strip(), url, rest))
    return pages


def findings_of(pages: list[tuple[str, str, str]], floor: float) -> list[dict]:
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import check_document

    config = Config(min_confidence=0.0)
    records = []
    for language, url, text in pages:
        document = Document(text=text, language=language)
        for finding in check_document(document, config).findings:
            if finding.confidence < floor:
                continue
            records.append(
                {
                    "url": url,
                    "language": language,
                    "code": finding.code,
                    "start": finding.start,
                    "key": text_key(text[finding.start : finding.end]),
                    "confidence": round(finding.confidence, 2),
                    "context": _context(text, finding.start, finding.end),
                    "message": finding.message,
                }
            )
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--min-confidence", type=float, default=0.2)
    parser.add_argument("--unjudged", action="store_true", help="list findings without a verdict")
    parser.add_argument("--pool", choices=POOLS, default="pool-ml25")
    args = parser.parse_args(argv)
    pool = f"bench/data/{args.pool}"
    folder = localdata.folder(pool)
    if not (folder / "pages.txt").is_file():
        print(localdata.restore_hint(pool))
        return 2
    pages = read_pages(folder)
    records = findings_of(pages, args.min_confidence)
    verdicts = match(records, read_judged(HERE / f"{args.pool}-judged.json"))
    words = sum(len(text.split()) for _, _, text in pages)
    print(f"{args.pool}: {len(pages)} pages, {words} words, {len(records)} findings")
    for line in render(tabulate(records, verdicts, "code"), "per code"):
        print(line)
    by_language = [dict(r, code=r["language"]) for r in records]
    for line in render(tabulate(by_language, verdicts, "code"), "per language"):
        print(line)
    if args.unjudged:
        for record, verdict in zip(records, verdicts, strict=True):
            if verdict is None:
                print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
