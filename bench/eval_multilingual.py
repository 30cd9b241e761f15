"""Multilingual dev figures: planted recall per language and mechanism, false alarms on clean text.

Usage: python bench/eval_multilingual.py [--data /work/shared/data] [--json] [--show N]
                                         [--min-confidence X]
                                         [--only synthetic|clean|mqm|realmt|planted]

- synthetic-link-artefacts-ml.jsonl: per language and gold category (the mechanism; stray-ellipsis
  lines also carry the lower-cased word as ``entity_case``), recall = a finding overlaps the gold
  span, and fix = the gold fix is among that finding's suggested fixes;
- clean-native-dev.jsonl: findings per 1,000 words per language (Chinese characters and Japanese
  kana count as half a word each; the output says so);
- mqm-ted-ende.jsonl.gz (real English→German MT of TED talks, human reference excluded): findings
  per 1,000 words on segments no rater marked, and the share of all findings that overlap a
  rater's span (a lower bound on precision: raters mark at most five errors and agree poorly);
- bench/data/realmt-<lang> (lang ≠ en): the eval_realmt report for each set that exists;
- bench/data/planted-ml (pt, nl, uk, ro, sv, tr): the same two figures, by eval_planted_ml.py.
The engine runs with each line's declared target language. Dev figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import localdata
from eval_realmt import run_sets
from finders import Engine
from goldmatch import Tally, count_words, gold_of, load_jsonl, percent
from realmt_build import is_judge, set_language

DATA = Path("/work/shared/data")
REALMT = Path(__file__).resolve().parent / "data"


def planted_tallies(engine: Engine, path: Path) -> dict[str, Tally]:
    """Recall per language on a file of planted records (synthetic-link-artefacts-ml's format)."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for line in load_jsonl(path):
        language = line["target_lang"]
        found = engine.find(line["target"], language)
        tallies[language].score(line["target"], found, gold_of(line), line["id"])
    return dict(sorted(tallies.items()))


def clean_tallies(engine: Engine, path: Path) -> dict[str, Tally]:
    """Findings per language on a file of clean records."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for line in load_jsonl(path):
        language = line["target_lang"]
        found = engine.find(line["target"], language)
        tallies[language].score_clean(line["target"], found, line.get("id", ""))
    return dict(sorted(tallies.items()))


def synthetic(engine: Engine, data: Path) -> dict[str, Tally]:
    return planted_tallies(engine, data / "synthetic-link-artefacts-ml.jsonl")


def clean_native(engine: Engine, data: Path) -> dict[str, Tally]:
    return clean_tallies(engine, data / "clean-native-dev.jsonl")


def mqm_german(engine: Engine, data: Path) -> dict:
    """Segments (same talk, segment, output text) with every rater's target spans merged."""
    segments: dict[tuple, list] = defaultdict(list)
    for line in load_jsonl(data / "mqm-ted-ende.jsonl.gz"):
        if line.get("is_human_translation"):
            continue
        spans = segments[(line.get("doc"), str(line.get("seg_id")), line["target"])]
        spans.extend(g for g in gold_of(line) if g not in spans)
    unmarked_words, unmarked_codes = 0.0, Counter()
    right, total, codes_total, codes_right = 0, 0, Counter(), Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for (_, _, target), golds in segments.items():
        findings = engine.find(target, "de")
        if not golds:
            unmarked_words += count_words(target)
            unmarked_codes.update(f.code for f in findings)
        for found in findings:
            hit = any(g.overlapped_by(found.start, found.end) for g in golds)
            right, total = right + hit, total + 1
            codes_total[found.code] += 1
            codes_right[found.code] += hit
            if not golds and len(examples[found.code]) < 20:
                examples[found.code].append(target[max(0, found.start - 30) : found.end + 30])
    unmarked = sum(unmarked_codes.values())
    return {
        "segments": len(segments),
        "unmarked_segments": sum(not g for g in segments.values()),
        "unmarked_words": unmarked_words,
        "unmarked_findings": unmarked,
        "unmarked_per_1000_words": round(1000 * unmarked / unmarked_words, 3)
        if unmarked_words
        else None,
        "unmarked_codes": dict(unmarked_codes.most_common()),
        "findings": total,
        "overlapping_rater_span": right,
        "precision_lower_bound": round(right / total, 4) if total else None,
        "codes": {c: {"findings": n, "right": codes_right[c]} for c, n in codes_total.items()},
        "examples": examples,
    }


def print_synthetic(tallies: dict[str, Tally], title: str = "synthetic-link-artefacts-ml") -> None:
    print(f"\n{title}: recall per language and mechanism (found / fix right)")
    summaries = {lang: t.summary()["categories"] for lang, t in tallies.items()}
    categories = sorted({c for s in summaries.values() for c, r in s.items() if r["gold"]})
    print(f"{'lang':<6}" + "".join(f" {c[:22]:>24}" for c in categories) + f" {'all':>24}")
    for lang, tally in tallies.items():
        cells = []
        for category in categories:
            row = summaries[lang].get(category)
            cells.append(_recall_cell(row) if row and row["gold"] else "–")
        overall = tally.summary()["overall"]
        cells.append(_recall_cell(overall))
        print(f"{lang:<6}" + "".join(f" {cell:>24}" for cell in cells))


def _recall_cell(row: dict) -> str:
    return f"{row['found']}/{row['gold']} {percent(row['recall']).strip()} ({row['fixed']})"


def print_clean(tallies: dict[str, Tally], show: int, title: str = "clean-native-dev") -> None:
    print(
        f"\n{title}: findings per 1,000 words per language "
        "(words = \\w+ runs; Chinese characters and kana count as half a word)"
    )
    for lang, tally in tallies.items():
        clean = tally.summary()["clean"]
        print(
            f"  {lang:<4} {clean['findings']:4d} findings / {clean['words']:7.0f} words = "
            f"{clean['per_1000_words']:5.2f}  {clean['codes'] or ''}"
        )
        if show:
            for code, contexts in sorted(tally.false_alarms.items()):
                print(f"       {code}: " + " | ".join(contexts[:show]))


def print_mqm(result: dict, show: int) -> None:
    print(
        f"\nmqm-ted-ende (real en→de MT, {result['segments']} segments, "
        f"{result['unmarked_segments']} unmarked): {result['unmarked_findings']} findings on "
        f"unmarked segments in {result['unmarked_words']:.0f} words = "
        f"{result['unmarked_per_1000_words']} per 1,000 words {result['unmarked_codes']}"
    )
    print(
        f"  findings overlapping a rater span: {result['overlapping_rater_span']} / "
        f"{result['findings']} = {percent(result['precision_lower_bound']).strip()} "
        "(a lower bound on precision)"
    )
    if show:
        for code, contexts in sorted(result["examples"].items()):
            print(
                f"  unmarked {code}: " + " | ".join(c.replace("\n", " ") for c in contexts[:show])
            )


def _shared_part(part: str, engine: Engine, args: argparse.Namespace) -> dict:
    """One part read from the shared data folder, printed unless --json: its report entry."""
    if part == "synthetic":
        tallies = synthetic(engine, args.data)
        if not args.json:
            print_synthetic(tallies)
        return {"synthetic": {lang: t.summary() for lang, t in tallies.items()}}
    if part == "clean":
        tallies = clean_native(engine, args.data)
        if not args.json:
            print_clean(tallies, args.show)
        return {"clean": {lang: t.summary()["clean"] for lang, t in tallies.items()}}
    result = mqm_german(engine, args.data)
    if not args.json:
        print_mqm(result, args.show)
    result.pop("examples")
    return {"mqm_ende": result}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show", type=int, default=0, help="print N examples of false alarms")
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument(
        "--only", action="append", choices=("synthetic", "clean", "mqm", "realmt", "planted")
    )
    args = parser.parse_args(argv)
    wanted = args.only or ["synthetic", "clean", "mqm", "realmt", "planted"]
    engine = Engine(args.min_confidence)
    report: dict = {}
    for part in ("synthetic", "clean", "mqm"):
        if part not in wanted:
            continue
        try:  # the shared data folder: one line when a file of it is absent, the rest measured
            report.update(_shared_part(part, engine, args))
        except OSError as error:
            print(f"eval_multilingual: skipped {part}: {error}", file=sys.stderr)
    if "planted" in wanted:
        # pt, nl, uk, ro, sv, tr: bench/data/planted-ml (see eval_planted_ml.py).
        from eval_planted_ml import DATA as PLANTED_DATA
        from eval_planted_ml import report as planted_report

        reason = localdata.missing_reason(PLANTED_DATA, ["planted.jsonl", "clean.jsonl"])
        if reason:
            print(f"eval_multilingual: skipped planted-ml: {reason}", file=sys.stderr)
        else:
            report["planted_ml"] = planted_report(engine, PLANTED_DATA, args.show, args.json)
    if "realmt" in wanted:
        candidates = [
            localdata.folder(folder)
            for folder in sorted(REALMT.glob("realmt-*"))
            # English sets (realmt-en, realmt-en2) have their own harness: eval_realmt.py.
            if set_language(folder) != "en"
            and not folder.name.endswith("-heldout")  # measured only, by eval_realmt --heldout
            and not is_judge(folder)  # unseen by rule work: eval_realmt.py --set measures one
        ]
        folders = localdata.present_only(
            candidates, lambda folder: folder / "dev.jsonl", "eval_multilingual"
        )
        if folders:
            report["realmt"] = run_sets(folders, engine, True, args.show, args.json)
    if not report:
        return 2  # nothing could be measured
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
