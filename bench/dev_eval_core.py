"""Dev-data figures for the core rules (spacing MT1, punctuation MT2, casing MT3).

Usage: python bench/dev_eval_core.py [--data /work/shared/data] [--show N] [--speed-mb 4]

Reports, at the default confidence threshold:
- false positives per 1,000 words on clean English (DEMETR clean MT, the `clean` lines of the
  synthetic link artefacts, MQM lines no rater marked);
- recall and precision on synthetic-link-artefacts.jsonl (a gold error counts as found when a
  finding overlaps it and one of its fixes yields the gold correction);
- recall on the DEMETR casing and spacing probes (a gold span counts when a finding overlaps it);
- throughput of the core rules (and of every default rule) in MB/s on concatenated dev text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document, rules_for
from mtlint.checks.fixes import apply_edits

CORE = ("MT1", "MT2", "MT3")


def core_rules():
    return [r for r in rules_for(Config(), "en") if r.code.startswith(CORE)]


def run(text: str, rules) -> list:
    return list(check_document(Document(text=text, language="en"), Config(), rules=rules).findings)


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def load(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--show", type=int, default=0, help="print up to N false positives")
    parser.add_argument("--speed-mb", type=float, default=4.0)
    args = parser.parse_args()
    rules = core_rules()
    synthetic = load(args.data / "synthetic-link-artefacts.jsonl")
    demetr = load(args.data / "demetr-synthetic.jsonl.gz")
    mqm = load(args.data / "mqm-ted21-zhen.jsonl")

    clean_sets = {
        "demetr-clean-mt": sorted(
            {r["target"] for r in demetr if r["dataset"] == "demetr-clean-mt"}
        ),
        "synthetic clean": sorted({r["clean"] for r in synthetic}),
        "mqm unmarked": sorted({r["target"] for r in mqm if not r["errors"]}),
    }
    false_positives(clean_sets, rules, args.show)
    synthetic_recall(synthetic, rules)
    demetr_recall(demetr, rules)
    speed(mqm, demetr, rules, args.speed_mb)


def false_positives(clean_sets: dict[str, list[str]], rules: list, show: int) -> None:
    """Findings per 1,000 words on text with no planted error."""
    shown = 0
    print("False positives on clean text (default threshold)")
    for name, lines in clean_sets.items():
        count, total_words, codes = 0, 0, Counter()
        for line in lines:
            found = run(line, rules)
            total_words += words(line)
            count += len(found)
            for finding in found:
                codes[finding.code] += 1
                if shown < show:
                    shown += 1
                    print(
                        f"  FP {finding.code} {line[finding.start : finding.end]!r}: {line[:160]!r}"
                    )
        rate = 1000 * count / max(total_words, 1)
        print(
            f"  {name:16} lines={len(lines):5} words={total_words:7} findings={count:4} "
            f"per1k={rate:.3f} {dict(codes)}"
        )


def synthetic_recall(synthetic: list[dict], rules: list) -> None:
    """Recall per category (found with the gold fix) and precision on the synthetic set."""
    print("Synthetic link artefacts: recall (found with the gold fix) and precision")
    per_category: dict[str, list[int]] = {}
    true_positive = false_positive = 0
    for row in synthetic:
        text = row["target"]
        found = run(text, rules)
        matched_findings = set()
        for error in row["errors"]:
            gold_text = text[: error["start"]] + error["fix"] + text[error["end"] :]
            hit = 0
            for index, finding in enumerate(found):
                overlaps = finding.start < error["end"] and error["start"] < finding.end
                touches = finding.start == error["end"] or finding.end == error["start"]
                if not (overlaps or (touches and finding.start == finding.end)):
                    continue
                matched_findings.add(index)
                if any(apply_edits(text, fix.edits) == gold_text for fix in finding.fixes):
                    hit = 1
            per_category.setdefault(error["category"], []).append(hit)
        true_positive += len(matched_findings)
        false_positive += len(found) - len(matched_findings)
    for category, hits in sorted(per_category.items()):
        print(f"  {category:24} recall={sum(hits) / len(hits):.3f} ({sum(hits)}/{len(hits)})")
    precision = true_positive / max(true_positive + false_positive, 1)
    print(
        f"  precision={precision:.3f} (findings on a gold span {true_positive}, "
        f"elsewhere {false_positive})"
    )


def demetr_recall(demetr: list[dict], rules: list) -> None:
    """Recall on DEMETR's perturbation probes (a finding overlaps the gold span)."""
    print("DEMETR probes: recall (a finding overlaps the gold span)")
    for dataset in (
        "demetr-minor_id32_first_lower",
        "demetr-minor_id31_full_lower",
        "demetr-minor_id30_tokenized",
        "demetr-minor_id28_final_punc_removed",
        "demetr-minor_id29_punc_addition",
    ):
        rows = [r for r in demetr if r["dataset"] == dataset]
        hits = total = 0
        for row in rows:
            found = run(row["target"], rules)
            for error in row["errors"]:
                if error["start"] is None:
                    continue
                total += 1
                hits += any(f.start < error["end"] and error["start"] < f.end for f in found)
        print(f"  {dataset:38} recall={hits / max(total, 1):.3f} ({hits}/{total})")


def speed(mqm: list[dict], demetr: list[dict], rules: list, speed_mb: float) -> None:
    """Throughput of the core rules and all default rules on natural MT English."""
    # Natural MT English: every MQM target plus DEMETR's unperturbed MT lines (no planted errors).
    corpus_lines = [r["target"] for r in mqm] + sorted(
        {r["unperturbed_mt"] for r in demetr if r.get("unperturbed_mt")}
    )
    corpus = "\n".join(corpus_lines)
    target = int(speed_mb * 1_000_000)
    while len(corpus.encode()) < target:
        corpus += "\n" + corpus
    corpus = corpus[:target]
    size = len(corpus.encode()) / 1e6
    # Warm the one-time caches (word frequencies, gazetteer) so the figure is the steady state.
    run("Warm up the caches: Putinwho went to north korea.", rules)
    for label, chosen in (("core rules", rules), ("all default rules", rules_for(Config(), "en"))):
        document = Document(text=corpus, language="en")
        started, cpu_started = time.perf_counter(), time.process_time()
        result = check_document(document, Config(), rules=chosen)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        print(
            f"Speed, {label}: {size:.1f} MB in {elapsed:.2f}s wall = {size / elapsed:.1f} MB/s; "
            f"CPU {cpu:.2f}s = {size / cpu:.1f} MB/s ({len(result.findings)} findings)"
        )


if __name__ == "__main__":
    main()
