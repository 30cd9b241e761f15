"""Locale-format checks (MT95x) on clean dev data: findings per 1,000 target words, per language.

    python bench/eval_locale.py                 # clean-native-dev.jsonl and mqm-ted-ende.jsonl.gz
    python bench/eval_locale.py --show 20       # also print the findings

Each line becomes a one-unit bilingual document (source → target) for MT951 and MT953 (MT952 is
retired into MT946); the targets of one language (clean set) or of one talk and system (TED) are
joined into one text for the monolingual MT955. Reads ../shared/data (see its README.md).
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict
from pathlib import Path

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.registry import all_rules

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
if not DATA.is_dir():
    DATA = Path("/work/shared/data")


def _lines(name: str):
    path = DATA / name
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def evaluate(name: str, group_key, show: int) -> dict[str, tuple[int, int, int]]:
    rules = [r for r in all_rules() if r.code.startswith("MT95")]
    bilingual = [r for r in rules if r.code != "MT955"]
    mono = [r for r in rules if r.code == "MT955"]
    config = Config(min_confidence=0.0)
    words: dict[str, int] = defaultdict(int)
    found: dict[str, int] = defaultdict(int)
    texts: dict[tuple, list[str]] = defaultdict(list)
    shown = 0
    for row in _lines(name):
        language = row["target_lang"]
        target = row["target"]
        words[language] += len(target.split())
        document = Document(text=target, language=language)
        document.units = ((0, len(target), row["source"]),)
        document.source_text = row["source"]
        document.source_language = row["source_lang"]
        result = check_document(document, config, rules=bilingual)
        found[language] += len(result.findings)
        for finding in result.findings:
            if shown < show:
                shown += 1
                print(f"{language} {finding.code}: {finding.message}\n   {target[:160]}")
        texts[(language, group_key(row))].append(target)
    mono_found: dict[str, int] = defaultdict(int)
    for (language, _), parts in texts.items():
        document = Document(text="\n\n".join(parts), language=language)
        result = check_document(document, config, rules=mono)
        mono_found[language] += len(result.findings)
        for finding in result.findings:
            if shown < show:
                shown += 1
                print(f"{language} {finding.code}: {finding.message}")
    return {lang: (words[lang], found[lang], mono_found[lang]) for lang in sorted(words)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    print("| set | language | words | MT951–953 | MT955 | per 1,000 words |")
    print("|---|---|---|---|---|---|")
    for name, key in (
        ("clean-native-dev.jsonl", lambda row: "all"),
        ("mqm-ted-ende.jsonl.gz", lambda row: (row.get("doc"), row.get("system"))),
    ):
        for language, (words, bilingual, mono) in evaluate(name, key, args.show).items():
            rate = 1000.0 * (bilingual + mono) / words if words else 0.0
            print(f"| {name} | {language} | {words:,} | {bilingual} | {mono} | {rate:.2f} |")


if __name__ == "__main__":
    main()
