"""Multilingual dev figures for the casing and language rules (MT3xx, MT5xx).

Usage: python bench/eval_casing_ml.py [--data /work/shared/data] [--show N] [--lang de,fr]

- Recall per language and mechanism on synthetic-link-artefacts-ml.jsonl: a gold error counts
  when a finding overlaps it and one of its fixes yields the gold correction (every default rule
  runs, the language given as the document's language, as a project config would declare it).
- Findings per 1,000 words on clean-native-dev.jsonl per language (all default rules and the
  MT3/MT5 families alone). Words: whitespace tokens for spaced languages; for zh and ja,
  characters / 2 (no segmenter), as the issue allows.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits

MINE = ("MT3", "MT5")


def run(text: str, language: str) -> list:
    return list(check_document(Document(text=text, language=language), Config()).findings)


def word_count(text: str, language: str) -> float:
    if language in ("zh", "ja"):
        return len(re.sub(r"\s", "", text)) / 2
    return len(text.split())


def recall(rows: list[dict], show: int) -> None:
    hits: dict[tuple[str, str], list[int]] = defaultdict(list)
    shown = 0
    for row in rows:
        text, lang = row["target"], row["target_lang"]
        found = run(text, lang)
        for error in row["errors"]:
            gold = text[: error["start"]] + error["fix"] + text[error["end"] :]
            hit = 0
            for finding in found:
                overlaps = finding.start < error["end"] and error["start"] < finding.end
                touches = finding.start == finding.end and finding.start in (
                    error["start"],
                    error["end"],
                )
                if not (overlaps or touches):
                    continue
                if any(apply_edits(text, fix.edits) == gold for fix in finding.fixes):
                    hit = 1
            hits[(lang, error["category"])].append(hit)
            if not hit and shown < show and error["category"] != "stray_ellipsis":
                shown += 1
                print(f"  MISS {lang} {error['category']} {error['text']!r}: {text[:200]!r}")
    categories = sorted({c for _, c in hits})
    print("recall (right fix among the suggestions)")
    print("lang " + " ".join(f"{c[:22]:>24}" for c in categories))
    for lang in sorted({lang for lang, _ in hits}):
        cells = []
        for category in categories:
            got = hits.get((lang, category), [])
            cells.append(f"{sum(got):>3}/{len(got):<3} {100 * sum(got) / max(len(got), 1):5.1f}%")
        print(f"{lang:4} " + " ".join(f"{c:>24}" for c in cells))


def clean(rows: list[dict], show: int) -> None:
    print("clean native text: findings per 1,000 words (all rules | MT3+MT5)")
    by_lang: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_lang[row["target_lang"]].append(row)
    for lang, lang_rows in sorted(by_lang.items()):
        words = 0.0
        codes: Counter[str] = Counter()
        for row in lang_rows:
            text = row["target"]
            words += word_count(text, lang)
            for finding in run(text, lang):
                codes[finding.code] += 1
                if show and finding.code.startswith(MINE):
                    print(
                        f"  FP {lang} {finding.code} "
                        f"{text[finding.start : finding.end]!r}: {text[:160]!r}"
                    )
        total = sum(codes.values())
        mine = sum(n for code, n in codes.items() if code.startswith(MINE))
        print(
            f"{lang:4} words={words:7.0f} all={1000 * total / words:5.2f} "
            f"mine={1000 * mine / words:5.2f} {dict(sorted(codes.items()))}"
        )


def mqm_german(path: Path, show: int) -> None:
    """Real English→German MT (WMT21 TED): findings on lines no rater marked, per 1,000 words."""
    import gzip

    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    lines = sorted({r["target"] for r in rows if not r["errors"]})
    words = 0
    codes: Counter[str] = Counter()
    shown = 0
    for line in lines:
        words += len(line.split())
        for finding in run(line, "de"):
            codes[finding.code] += 1
            if shown < show and finding.code.startswith(MINE):
                shown += 1
                print(
                    f"  FP de-mqm {finding.code} "
                    f"{line[finding.start : finding.end]!r}: {line[:160]!r}"
                )
    total = sum(codes.values())
    mine = sum(n for code, n in codes.items() if code.startswith(MINE))
    print(
        f"mqm-ted-ende unmarked lines={len(lines)} words={words} all={1000 * total / words:.2f} "
        f"mine={1000 * mine / words:.2f} per 1,000 words {dict(sorted(codes.items()))}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--lang", default="")
    args = parser.parse_args()
    wanted = set(filter(None, args.lang.split(",")))

    def load(name: str) -> list[dict]:
        with open(args.data / name, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
        return [r for r in rows if not wanted or r["target_lang"] in wanted]

    recall(load("synthetic-link-artefacts-ml.jsonl"), args.show)
    clean(load("clean-native-dev.jsonl"), args.show)
    if not wanted or "de" in wanted:
        mqm_german(args.data / "mqm-ted-ende.jsonl.gz", args.show)


if __name__ == "__main__":
    main()
