"""Precision on MT pages nobody labelled: every finding read and judged (h24prec, issue 11).

Labelling every span of a page is slow; judging the engine's **findings** is fast: a reader says
of each one right / wrong / unsure. That measures precision (not recall) on fresh text the rules
were never tuned on. The pool is ``bench/data/pool-prec24`` (machine-translated English pages of
n–z outlets, excerpts of the search tool's pages corpus; the text lives in the local store, the
URLs in its manifest). Each document is a blank-line block whose first line is ``# <url>``; the
engine reads the rest in English, or in the language the line names after the URL
(``# <url> <lang>``: ``pool-ml25``, h25ml's pages in de, fr, es, it, pl, cs, ru …, n–z outlets,
judged in ``bench/pool-ml25-judged.json``; such a pool also gets a table per language).

The judgements are ``bench/pool-prec24-judged.json``: per finding the page's URL, the code,
the offset, the sha1 of the flagged text (first 16 hex digits) and the verdict — no text of the
pages. A finding is matched by (url, code, offset, key), else by (url, code, key) when that is
unique, so a rule that moves its span by a character still meets its judgement.

This reruns the engine at ``--min-confidence`` (default 0.2) and reports, at the bar (0.5) and
in the doubtful tier (0.2–0.5): findings, judged, right, wrong, unsure and precision
(right / (right + wrong)) per code and per stated confidence band, with the band's mean stated
confidence beside the measured precision (is a 0.9 band ~0.9?). Findings nobody judged are
counted as unjudged and listed with ``--unjudged``.

Usage::

    python bench/eval_pool_precision.py                  # tables per code and per band
    python bench/eval_pool_precision.py --unjudged       # + the findings without a judgement
    python bench/eval_pool_precision.py --dump FILE      # every finding with context (local
                                                         # file for reading; never commit it)
    python bench/eval_pool_precision.py --pool pool-prec25   # another pool: its folder under
                                                         # bench/data and bench/<pool>-judged.json
    python bench/eval_pool_precision.py --pool pool-ml25     # pages in other languages, + a
                                                         # table per language
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata

HERE = Path(__file__).resolve().parent
POOL = HERE / "data" / "pool-prec24"
JUDGED = HERE / "pool-prec24-judged.json"
BAR = 0.5
VERDICTS = ("right", "wrong", "unsure")


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def read_pages(folder: Path) -> list[tuple[str, str, str]]:
    """(url, text, language) per blank-line block of ``pages.txt``; the ``# <url> [<lang>]``
    line is not text, and a page without a language is English."""
    path = folder / "pages.txt"
    pages = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        block = block.strip("\n")
        if not block.strip():
            continue
        first, _, rest = block.partition("\n")
        url, _, language = first[1:].strip().partition(" ")
        pages.append((url, rest, language.strip() or "en"))
    return pages


def read_judged(path: Path = JUDGED) -> list[dict]:
    if not path.is_file():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["judged"]


def findings_of(pages: list[tuple[str, str, str]], floor: float) -> list[dict]:
    """Every finding at ``floor`` or above on the pool, as plain records (no text but context)."""
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import check_document

    config = Config(min_confidence=0.0)
    records = []
    for url, text, language in pages:
        for finding in check_document(Document(text=text, language=language), config).findings:
            if finding.confidence < floor:
                continue
            flagged = text[finding.start : finding.end]
            records.append(
                {
                    "url": url,
                    "language": language,
                    "code": finding.code,
                    "start": finding.start,
                    "key": text_key(flagged),
                    "confidence": round(finding.confidence, 2),
                    "context": _context(text, finding.start, finding.end),
                    "message": finding.message,
                }
            )
    return records


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left, right = text[max(0, start - width) : start], text[end : end + width]
    return f"{left}[{text[start:end]}]{right}".replace("\n", "⏎")


def match(records: list[dict], judged: list[dict]) -> list[str | None]:
    """The verdict of each record, or None when nobody judged it."""
    exact = {(j["url"], j["code"], j["start"], j["key"]): j["verdict"] for j in judged}
    loose: dict = defaultdict(list)
    for j in judged:
        loose[(j["url"], j["code"], j["key"])].append(j["verdict"])
    verdicts = []
    for r in records:
        verdict = exact.get((r["url"], r["code"], r["start"], r["key"]))
        if verdict is None:
            near = loose.get((r["url"], r["code"], r["key"]), [])
            verdict = near[0] if len(near) == 1 else None
        verdicts.append(verdict)
    return verdicts


def tabulate(records: list[dict], verdicts: list[str | None], by: str) -> dict:
    """rows[(tier, group)] = counts; tier 'bar' (>= 0.5) or 'doubtful' (0.2-0.5)."""
    rows: dict = defaultdict(lambda: {"n": 0, "right": 0, "wrong": 0, "unsure": 0, "conf": 0.0})
    for record, verdict in zip(records, verdicts, strict=True):
        tier = "bar" if record["confidence"] >= BAR else "doubtful"
        group = record["code"] if by == "code" else f"{record['confidence']:.2f}"
        for key in ((tier, group), (tier, "ALL")):
            row = rows[key]
            row["n"] += 1
            row["conf"] += record["confidence"]
            if verdict in VERDICTS:
                row[verdict] += 1
    return rows


def precision(row: dict) -> float | None:
    decided = row["right"] + row["wrong"]
    return row["right"] / decided if decided else None


def render(rows: dict, title: str) -> list[str]:
    out = [f"{title}: tier group  findings judged right wrong unsure  precision  stated"]
    for (tier, group), row in sorted(
        rows.items(), key=lambda kv: (kv[0][0], kv[0][1] == "ALL", kv[0][1])
    ):
        judged = row["right"] + row["wrong"] + row["unsure"]
        value = precision(row)
        shown = "  -  " if value is None else f"{value:5.2f}"
        out.append(
            f"  {tier:8s} {group:8s} {row['n']:4d} {judged:4d} {row['right']:4d} {row['wrong']:4d}"
            f" {row['unsure']:4d}   {shown}   {row['conf'] / row['n']:.2f}"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--min-confidence", type=float, default=0.2)
    parser.add_argument("--unjudged", action="store_true", help="list findings without a verdict")
    parser.add_argument("--dump", type=Path, help="write every finding (JSON lines) to this file")
    parser.add_argument("--pool", default=POOL.name, help="the pool's folder name under bench/data")
    args = parser.parse_args(argv)
    pool = HERE / "data" / args.pool
    folder = localdata.folder(pool)
    reason = localdata.missing_reason(pool)
    if reason or not (folder / "pages.txt").is_file():
        print(f"eval_pool_precision: {reason or f'{args.pool} is not on this machine'}")
        return 0
    pages = read_pages(folder)
    records = findings_of(pages, args.min_confidence)
    verdicts = match(records, read_judged(HERE / f"{args.pool}-judged.json"))
    words = sum(len(text.split()) for _, text, _ in pages)
    print(f"{args.pool}: {len(pages)} pages, {words} words, {len(records)} findings")
    for line in render(tabulate(records, verdicts, "code"), "per code") + render(
        tabulate(records, verdicts, "band"), "per band"
    ):
        print(line)
    if {language for _, _, language in pages} != {"en"}:
        by_language = [dict(r, code=r["language"]) for r in records]
        for line in render(tabulate(by_language, verdicts, "code"), "per language"):
            print(line)
    unjudged = [r for r, v in zip(records, verdicts, strict=True) if v is None]
    print(f"unjudged: {len(unjudged)}")
    if args.unjudged:
        for r in unjudged:
            print(f"  ? {r['code']} {r['confidence']:.2f} {r['url']} @{r['start']}: {r['context']}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as handle:
            for r, v in zip(records, verdicts, strict=True):
                handle.write(json.dumps({**r, "verdict": v}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
