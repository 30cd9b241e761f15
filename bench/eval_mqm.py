"""Precision and recall of the default rules on the dev data, per family, rule and error category.

Usage: python bench/eval_mqm.py [--data /work/shared/data] [--family MT4] [--show N]

- MQM (mqm-ted21-zhen.jsonl): rater lines are grouped by segment (same talk, segment and target
  text: identical outputs of different systems share their raters' spans). A finding is right when
  it overlaps any rater's target span on that segment. Precision per family and rule; recall per
  MQM category (the share of rater spans some finding overlaps), and which families made the hits.
- synthetic-link-artefacts.jsonl: the same overlap test against the planted gold spans.
- DEMETR (demetr-synthetic.jsonl.gz): recall per probe; on the clean lines every finding is a false
  positive (reported per 1,000 words); precision over all probe lines.
- encoding: mojibake, HTML entities/tags, template debris and invisible characters planted one per
  line into the clean DEMETR lines (seeded), since the dev data has none: recall per kind, and
  precision (any finding elsewhere on the line counts against it).
These are dev figures: MQM raters mark at most five errors per segment and unmarked text is not
certainly correct, so MQM precision is a lower bound.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document, rules_for


def load(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


class Evaluator:
    def __init__(self, family: str | None) -> None:
        self.config = Config()
        rules = rules_for(self.config, "en")
        self.rules = [r for r in rules if not family or r.code.startswith(family)]

    def findings(self, text: str) -> list:
        document = Document(text=text, language="en")
        return list(check_document(document, self.config, rules=self.rules).findings)


def overlaps(finding, span: tuple[int, int]) -> bool:
    start, end = span
    if finding.start == finding.end:  # an insertion point
        return start <= finding.start <= end
    return finding.start < end and start < finding.end


class Tally:
    """Right/total findings per key, found/total gold spans per key."""

    def __init__(self) -> None:
        self.right: Counter[str] = Counter()
        self.total: Counter[str] = Counter()
        self.gold_found: Counter[str] = Counter()
        self.gold_total: Counter[str] = Counter()
        self.hits_by: dict[str, Counter[str]] = defaultdict(Counter)
        self.examples: dict[str, list[str]] = defaultdict(list)

    def score(self, text: str, findings: list, gold: list[tuple[int, int, str]]) -> None:
        for finding in findings:
            right = any(overlaps(finding, (s, e)) for s, e, _ in gold)
            for key in (finding.family, finding.code, "all"):
                self.total[key] += 1
                self.right[key] += right
            if not right and len(self.examples[finding.code]) < 50:
                self.examples[finding.code].append(
                    text[max(0, finding.start - 30) : finding.end + 30].replace("\n", " ")
                )
        for start, end, category in gold:
            self.gold_total[category] += 1
            self.gold_total["all"] += 1
            hitting = [f for f in findings if overlaps(f, (start, end))]
            if hitting:
                self.gold_found[category] += 1
                self.gold_found["all"] += 1
                for family in {f.family for f in hitting}:
                    self.hits_by[category][family] += 1

    def print_precision(self, title: str) -> None:
        print(f"\n{title}: precision (finding overlaps a gold span)")
        keys = sorted(k for k in self.total if k != "all")
        families = [k for k in keys if not k.startswith("MT")]
        codes = [k for k in keys if k.startswith("MT")]
        for key in [*families, *codes, "all"]:
            if self.total[key]:
                print(
                    f"  {key:<16} {self.right[key]:6d} / {self.total[key]:<6d} "
                    f"{100 * self.right[key] / self.total[key]:6.1f} %"
                )

    def print_recall(self, title: str, minimum: int = 1) -> None:
        print(f"\n{title}: recall (gold span overlapped by any finding)")
        for category, total in self.gold_total.most_common():
            if category == "all" or total < minimum:
                continue
            found = self.gold_found[category]
            by = ", ".join(f"{fam} {n}" for fam, n in self.hits_by[category].most_common(4))
            print(f"  {category:<42} {found:5d} / {total:<5d} {100 * found / total:6.1f} %  {by}")
        total = self.gold_total["all"]
        if total:
            print(
                f"  {'all':<42} {self.gold_found['all']:5d} / {total:<5d} "
                f"{100 * self.gold_found['all'] / total:6.1f} %"
            )


def evaluate_mqm(evaluator: Evaluator, data: Path) -> Tally:
    segments: dict[tuple[str, str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for line in load(data / "mqm-ted21-zhen.jsonl"):
        key = (line.get("doc", ""), str(line.get("seg_id", "")), line["target"])
        spans = segments[key]
        for error in line["errors"]:
            if error.get("start") is None or error.get("side", "target") != "target":
                continue
            span = (error["start"], error["end"], error["category"])
            if span not in spans:
                spans.append(span)
    tally = Tally()
    for (_, _, target), gold in segments.items():
        tally.score(target, evaluator.findings(target), gold)
    print(f"\nMQM TED zh→en: {len(segments)} segments (rater lines grouped by segment)")
    return tally


def evaluate_synthetic(evaluator: Evaluator, data: Path) -> Tally:
    tally = Tally()
    lines = load(data / "synthetic-link-artefacts.jsonl")
    for line in lines:
        gold = [(e["start"], e["end"], e["category"]) for e in line["errors"]]
        tally.score(line["target"], evaluator.findings(line["target"]), gold)
    print(f"\nsynthetic link artefacts: {len(lines)} lines")
    return tally


def evaluate_demetr(evaluator: Evaluator, data: Path) -> Tally:
    tally = Tally()
    clean_words = 0
    clean_findings: Counter[str] = Counter()
    for line in load(data / "demetr-synthetic.jsonl.gz"):
        findings = evaluator.findings(line["target"])
        probe = line["dataset"].removeprefix("demetr-")
        gold = [(e["start"], e["end"], probe) for e in line["errors"] if e.get("start") is not None]
        if probe == "clean-mt":
            clean_words += len(re.findall(r"\w+", line["target"]))
            clean_findings.update(f.code for f in findings)
        tally.score(line["target"], findings, gold)
    total = sum(clean_findings.values())
    print(
        f"\nDEMETR clean MT: {total} findings in {clean_words:,} words = "
        f"{1000 * total / max(clean_words, 1):.2f} per 1,000 words  {dict(clean_findings)}"
    )
    return tally


# Encoding damage planted into clean DEMETR lines (the dev data has none): one per line, each
# with its gold span, so the MT6 rules get a recall and a false-positive figure.
_PLANTS = (
    ("mojibake", lambda: "naïve".encode().decode("cp1252")),
    ("mojibake", lambda: "’s".encode().decode("cp1252")),
    ("html-entity", lambda: "&amp;"),
    ("html-entity", lambda: "&#8217;"),
    ("html-tag", lambda: "<br>"),
    ("template", lambda: "[ad_1]"),
    ("template", lambda: "{{name}}"),
    ("invisible", lambda: "\u200b"),
    ("invisible", lambda: "\u00ad"),
)


def evaluate_encoding(evaluator: Evaluator, data: Path) -> Tally:
    import random

    generator = random.Random(7)
    tally = Tally()
    clean = [
        line["target"]
        for line in load(data / "demetr-synthetic.jsonl.gz")
        if line["dataset"] == "demetr-clean-mt"
    ]
    for index, text in enumerate(clean):
        category, make = _PLANTS[index % len(_PLANTS)]
        spaces = [m.start() for m in re.finditer(" ", text)] or [len(text)]
        at = generator.choice(spaces)
        piece = make()
        if category == "invisible":
            # Inside a word, where it does harm (and no word break is lost).
            word = re.search(r"[a-z]{4,}", text)
            at = word.start() + 2 if word else at
            planted = text[:at] + piece + text[at:]
            gold = [(at, at + len(piece), category)]
        else:
            planted = text[:at] + " " + piece + text[at:]
            gold = [(at + 1, at + 1 + len(piece), category)]
        tally.score(planted, evaluator.findings(planted), gold)
    print(f"\nencoding damage planted into {len(clean)} clean DEMETR lines")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--family", help="only rules whose code starts with this (MT4, MT501 …)")
    parser.add_argument("--show", type=int, default=0, help="print N unmatched findings per rule")
    parser.add_argument(
        "--only", choices=("mqm", "synthetic", "demetr", "encoding"), action="append"
    )
    args = parser.parse_args()
    evaluator = Evaluator(args.family)
    print(f"rules: {' '.join(r.code for r in evaluator.rules)}")
    wanted = args.only or ["mqm", "synthetic", "demetr", "encoding"]
    runs = {
        "mqm": evaluate_mqm,
        "synthetic": evaluate_synthetic,
        "demetr": evaluate_demetr,
        "encoding": evaluate_encoding,
    }
    for name in wanted:
        tally = runs[name](evaluator, args.data)
        tally.print_precision(name)
        tally.print_recall(name, minimum=5 if name == "mqm" else 1)
        if args.show:
            for code, examples in sorted(tally.examples.items()):
                print(f"  unmatched {code}:")
                for example in examples[: args.show]:
                    print(f"    … {example} …")


if __name__ == "__main__":
    main()
