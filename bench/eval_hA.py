"""Recall and quietness of the spacing, punctuation and repetition families (MT1, MT2, MT4),
per language: the figures of the hA section of BENCHMARKS.md.

Usage: python bench/eval_hA.py [--data /work/shared/data] [--show N] [--families MT1,MT2,MT4]

- synthetic-link-artefacts-ml.jsonl: recall per language of the planted glued words and stray
  ellipses (a gold span counts as found when a finding of these families overlaps it);
- clean-native-dev.jsonl: findings per 1,000 words per language (CJK counted as characters/2);
- English: the `clean` lines of synthetic-link-artefacts.jsonl and DEMETR's clean lines and
  human references (findings per 1,000 words), glued-word recall on the English plants;
- mqm-ted-ende.jsonl.gz: findings on German MT lines no rater marked, per 1,000 words.
Each line is checked as its own document in its declared language.
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

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
MINE = {"glued_word", "stray_ellipsis"}


def load(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def words(text: str) -> float:
    cjk = len(CJK.findall(text))
    return len(CJK.sub(" ", text).split()) + cjk / 2


class Checker:
    def __init__(self, families: tuple[str, ...]) -> None:
        self.config = Config()
        self.families = families
        self.rules: dict[str, list] = {}

    def __call__(self, text: str, language: str) -> list:
        rules = self.rules.get(language)
        if rules is None:
            rules = [
                r for r in rules_for(self.config, language) if r.code.startswith(self.families)
            ]
            self.rules[language] = rules
        document = Document(text=text, language=language)
        return list(check_document(document, self.config, rules=rules).findings)


def overlaps(finding, start: int, end: int) -> bool:
    if finding.start == finding.end:
        return start <= finding.start <= end
    return finding.start < end and start < finding.end


def planted(data: Path, check: Checker, show: int) -> None:
    found: Counter = Counter()
    total: Counter = Counter()
    fixed: Counter = Counter()
    false: Counter = Counter()
    missed: dict[tuple, list[str]] = defaultdict(list)
    for name in ("synthetic-link-artefacts-ml.jsonl", "synthetic-link-artefacts.jsonl"):
        for line in load(data / name):
            lang = line.get("target_lang", "en")
            text = line["target"]
            findings = check(text, lang)
            gold = [e for e in line["errors"] if e["category"] in MINE and e["start"] is not None]
            for error in gold:
                key = (lang, error["category"])
                total[key] += 1
                hits = [f for f in findings if overlaps(f, error["start"], error["end"])]
                if hits:
                    found[key] += 1
                    if any(_fix_gives(text, f, line.get("clean")) for f in hits):
                        fixed[key] += 1
                elif len(missed[key]) < show:
                    missed[key].append(text[max(0, error["start"] - 30) : error["end"] + 30])
            for f in findings:
                if not any(
                    overlaps(f, e["start"], e["end"])
                    for e in line["errors"]
                    if e["start"] is not None
                ):
                    false[(lang, f.code)] += 1
    print("## planted (recall, with the right fix)")
    for key in sorted(total):
        print(f"{key[0]:3} {key[1]:16} {found[key]}/{total[key]} fix {fixed[key]}")
        for example in missed[key]:
            print("    missed:", example.replace("\n", " "))
    print("findings off the gold spans:", dict(false))


def _fix_gives(text: str, finding, clean: str | None) -> bool:
    if clean is None:
        return False
    for fix in finding.fixes:
        out = text
        for edit in sorted(fix.edits, key=lambda e: -e.start):
            out = out[: edit.start] + edit.replacement + out[edit.end :]
        if out == clean or (clean in out or out in clean):
            return True
    return False


def quiet(data: Path, check: Checker, show: int) -> None:
    print("## clean text (findings per 1,000 words)")
    per_lang: dict[str, list] = defaultdict(lambda: [0.0, 0, Counter(), []])
    sets = [("clean-native-dev.jsonl", "target", None)]
    for name, field, _ in sets:
        for line in load(data / name):
            lang = line["target_lang"]
            _tally(per_lang[lang], check, line[field], show, lang)
    english = per_lang["en (link clean + DEMETR clean/ref)"]
    for line in load(data / "synthetic-link-artefacts.jsonl"):
        _tally(english, check, line["clean"], show)
    for line in load(data / "demetr-synthetic.jsonl.gz"):
        if line.get("errors") == [] or line.get("probe") == "clean" or "clean" in line["id"]:
            _tally(english, check, line["target"], show)
            if line.get("reference"):
                _tally(english, check, line["reference"], show)
    german = per_lang["de MT (mqm ende, unmarked lines)"]
    for line in load(data / "mqm-ted-ende.jsonl.gz"):
        if not line["errors"]:
            _tally(german, check, line["target"], show, "de")
    for lang, (count, n, codes, examples) in sorted(per_lang.items()):
        print(
            f"{lang:36} {n:4} in {count:8.0f} words = {1000 * n / max(count, 1):.2f} {dict(codes)}"
        )
        for example in examples:
            print("    ", example.replace("\n", " "))


def _tally(row: list, check: Checker, text: str, show: int, lang: str = "en") -> None:
    row[0] += words(text)
    for f in check(text, lang):
        row[1] += 1
        row[2][f.code] += 1
        if len(row[3]) < show:
            row[3].append(f"{f.code} {text[max(0, f.start - 30) : f.end + 30]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--families", default="MT1,MT2,MT4")
    parser.add_argument("--only", choices=("planted", "quiet"))
    args = parser.parse_args()
    check = Checker(tuple(args.families.split(",")))
    if args.only != "quiet":
        planted(args.data, check, args.show)
    if args.only != "planted":
        quiet(args.data, check, args.show)


if __name__ == "__main__":
    main()
