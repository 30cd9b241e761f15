"""Precision per confidence band of the broad detectors, to set each band's confidence.

The broad detectors (checks/context.py ``BROAD``: MT994, MT346, MT347, MT522, MT523) and MT242
sort their findings into bands (a reading, a shape, an evidence kind); each band's confidence is
meant to be the precision it measures. This runs the engine with no bar on labelled data and
prints, per code and band, the findings, how many overlap a labelled span, the precision and its
Wilson lower bound (95 %): the honest value for a band with few findings. Clean text (a clean
excerpt, a line with no labelled error from ``--clean``) makes every finding wrong; the findings
per 1,000 clean words are printed per language.

``--codes all`` measures every rule: a rule without a named band is banded by its confidence
value, so each constant a rule sets (a prior written beside a real case) is one row. ``--english``
adds the English tuning sets that are not named realmt-* (case-, numbers-, quotes-, spacing-,
names-, residue-, confuse-real-en, typos-gum-en). ``--pool FILE`` adds unlabelled real MT text
(JSON lines with "id" and "target", or plain text: one document per blank-line block): its
findings are not scored by labels but listed for reading (``--list-pool``: one line per firing
with a key and the words around it); a verdict file (``--verdicts FILE``: lines ``+ KEY`` for a
right finding, ``- KEY`` for a wrong one, ``#`` comments) turns the read firings into the pool
columns of the table (read, right). Bands whose pool firings are not all read show ``read < fired``.

Usage: python bench/eval_bands.py [--set realmt-en ...] [--english] [--jsonl FILE ...]
       [--clean FILE ...] [--pool FILE ...] [--verdicts FILE] [--list-pool]
       [--codes MT994,MT346|all] [--examples N] [--json]
(default: every real-MT dev set on this machine, no judge and no held-out set)
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from eval_confidence import dev_folders
from goldmatch import gold_of, load_jsonl
from realmt_build import DATA, built_path, is_heldout, is_judge, set_language

CODES = ("MT994", "MT346", "MT347", "MT522", "MT523", "MT242")
BAND_KEYS = ("reading", "shape", "band")
# English tuning sets outside the realmt-* names (labelled the same way; none is a judge).
ENGLISH_SETS = (
    "case-real-en",
    "numbers-real-en",
    "quotes-real-en",
    "spacing-real-en",
    "names-real-en",
    "residue-real-en",
    "confuse-real-en",
    "typos-gum-en",
)
POOL = "pool"  # the label of unlabelled text: its findings are read, not scored by spans


def wilson_lower(right: int, total: int, z: float = 1.96) -> float:
    """The Wilson score interval's lower bound of ``right`` / ``total`` (0 when empty)."""
    if not total:
        return 0.0
    p = right / total
    centre = p + z * z / (2 * total)
    margin = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return (centre - margin) / (1 + z * z / total)


def band_of(finding) -> str:
    data = dict(finding.data)
    for key in BAND_KEYS:
        if key in data:
            return str(data[key])
    return f"{finding.confidence:.2f}"


def pool_key(doc_id: str, finding, text: str) -> str:
    """A firing's stable name in a verdict file: document, code, offset and the words found."""
    word = text[finding.start : finding.end].replace("\n", " ").replace(" ", "_")[:40]
    return f"{doc_id}:{finding.code}:{finding.start}:{word}"


def read_verdicts(path: Path | None) -> dict[str, bool]:
    """``+ KEY`` / ``- KEY`` lines (``#`` starts a comment) → {key: right}."""
    verdicts: dict[str, bool] = {}
    if path is None:
        return verdicts
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if len(line) > 2 and line[0] in "+-" and line[1] == " ":
            verdicts[line[2:].strip()] = line[0] == "+"
    return verdicts


def read_pool(path: Path) -> list[dict]:
    """Unlabelled documents: JSON lines (``id``, ``target``) or plain text in blank-line blocks."""
    if path.suffix in (".jsonl", ".gz"):
        return [
            {"id": r.get("id", f"{path.stem}-{i}"), **r} for i, r in enumerate(_read_jsonl(path))
        ]
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return [{"id": f"{path.stem}-{i:03d}", "target": b} for i, b in enumerate(blocks)]


def _read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(raw) for raw in handle if raw.strip()]


def measure(
    named: Iterable[tuple[str, list[dict], str | None, bool]],
    codes: Sequence[str],
    verdicts: dict[str, bool] | None = None,
) -> tuple[dict, dict]:
    """(rows, clean): rows[(code, band)] = [findings, right, examples, pool fired, pool read,
    pool right, pool firings]; clean[lang] = [words, findings of ``codes``]. ``named``: (label,
    lines, language or None for the line's own, every line clean); a label of ``POOL`` marks
    unlabelled text, scored by ``verdicts`` only. ``codes`` empty: every code."""
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import check_document

    config = Config(min_confidence=0.0)
    verdicts = verdicts or {}
    rows: dict = defaultdict(lambda: [0, 0, [], 0, 0, 0, []])
    clean: dict = defaultdict(lambda: [0, 0])
    for label, lines, language, all_clean in named:
        for line in lines:
            lang = language or _line_language(line)
            text = line["target"]
            findings = check_document(Document(text=text, language=lang), config).findings
            is_clean = all_clean or line.get("kind") == "clean"
            golds = [] if is_clean else gold_of(line)
            if is_clean:
                clean[lang][0] += len(text.split())
            for finding in findings:
                if codes and finding.code not in codes:
                    continue
                if label == POOL:
                    _count_pool(rows[(finding.code, band_of(finding))], line, finding, verdicts)
                    continue
                right = any(g.overlapped_by(finding.start, finding.end) for g in golds)
                row = rows[(finding.code, band_of(finding))]
                row[0] += 1
                row[1] += right
                row[2].append(f"{'+' if right else '-'}{label}:{_in_context(text, finding)}")
                if is_clean:
                    clean[lang][1] += 1
    return rows, clean


def _count_pool(row: list, line: dict, finding, verdicts: dict[str, bool]) -> None:
    text = line["target"]
    key = pool_key(str(line.get("id", "?")), finding, text)
    row[3] += 1
    if key in verdicts:
        row[4] += 1
        row[5] += verdicts[key]
    mark = {True: "+", False: "-"}.get(verdicts.get(key), "?")
    row[6].append(f"{mark} {key}\n      {_in_context(text, finding, 50)}")


def _in_context(text: str, finding, width: int = 30) -> str:
    """The words found, in brackets, with ``width`` characters either side (lines as ⏎)."""
    left = text[max(0, finding.start - width) : finding.start]
    word = text[finding.start : finding.end]
    return f"{left}[{word}]{text[finding.end : finding.end + width]}".replace("\n", "⏎")


def _sources(args: argparse.Namespace) -> list[tuple[str, list[dict], str | None, bool]]:
    folders = [localdata.folder(DATA / name) for name in args.set] if args.set else dev_folders()
    if args.english:
        folders += [localdata.folder(DATA / name) for name in ENGLISH_SETS]
    sources = []
    for folder in folders:
        path = built_path(folder)
        if not path.is_file():
            print(f"eval_bands: {folder.name} is not on this machine; left out", file=sys.stderr)
            continue
        language = _set_language(folder)
        lines = load_jsonl(path)
        for line in lines:  # typos-gum-en's spans carry a kind, not a category
            for error in line.get("errors", ()):
                error.setdefault("category", error.get("kind", "other"))
        sources.append((folder.name, lines, language, False))
    for name in args.jsonl or []:
        sources.append((Path(name).name, _read_jsonl(Path(name)), None, False))
    for name in args.clean or []:
        sources.append((Path(name).name, _read_jsonl(Path(name)), None, True))
    for name in args.pool or []:
        sources.append((POOL, read_pool(Path(name)), None, False))
    return sources


def _set_language(folder: Path) -> str | None:
    """English for the English tuning sets (``*-real-en``), the set's language for realmt-*,
    else None: a multilingual tuning set (``*-real-ml``) gives each line's own language."""
    if folder.name in ENGLISH_SETS or folder.name.endswith("-real-en"):
        return "en"
    if folder.name.startswith("realmt-"):
        return set_language(folder)
    return None


def _line_language(line: dict) -> str:
    """A line's ``target_lang``, else its id's prefix (``pt-mt-001``), else English."""
    lang = str(line.get("target_lang") or "")
    if len(lang) == 2:
        return lang
    prefix = str(line.get("id", "")).split("-", 1)[0]
    return prefix if len(prefix) == 2 else "en"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", action="append", help="a realmt-<lang> dev folder (repeatable)")
    parser.add_argument("--jsonl", action="append", help="labelled JSON lines (gold spans)")
    parser.add_argument("--clean", action="append", help="JSON lines of clean text")
    parser.add_argument("--english", action="store_true", help="add the other English sets")
    parser.add_argument("--pool", action="append", help="unlabelled real MT (read, not scored)")
    parser.add_argument("--verdicts", type=Path, help="+/- KEY lines: the pool firings read")
    parser.add_argument("--list-pool", action="store_true", help="print every pool firing")
    parser.add_argument("--codes", default=",".join(CODES), help="codes, or all")
    parser.add_argument("--examples", type=int, default=0, help="print N findings per band")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if any(is_heldout(DATA / name) or is_judge(DATA / name) for name in args.set or ()):
        parser.error("held-out and judge sets are measured by eval_realmt.py, not tuned here")
    codes = () if args.codes == "all" else tuple(args.codes.split(","))
    rows, clean = measure(_sources(args), codes, read_verdicts(args.verdicts))
    if args.json:
        report = {
            "bands": [
                {
                    "code": c,
                    "band": b,
                    "findings": row[0],
                    "right": row[1],
                    "wilson": wilson_lower(row[1], row[0]),
                    "pool": {"fired": row[3], "read": row[4], "right": row[5]},
                }
                for (c, b), row in sorted(rows.items())
            ],
            "clean": {lang: {"words": w, "findings": f} for lang, (w, f) in clean.items()},
        }
        print(json.dumps(report, indent=1))
        return 0
    _print_table(rows, args)
    for lang, (words, found) in sorted(clean.items()):
        rate = 1000 * found / words if words else 0.0
        print(f"clean {lang}: {found} findings in {words} words = {rate:.2f} per 1,000")
    return 0


def _print_table(rows: dict, args: argparse.Namespace) -> None:
    """Labelled columns (findings, right, precision, Wilson), then the pool's fired/read/right
    and the precision of labelled and read firings together."""
    print(
        "code   band            findings right precision wilson-low | pool fired read right | all"
    )
    for (code, band), row in sorted(rows.items()):
        total, right, examples, fired, read, pool_right, firings = row
        labelled = f"{100 * right / total:>8.1f} %" if total else "       – "
        together = read + total
        both = f"{100 * (right + pool_right) / together:.1f} %" if together else "–"
        print(
            f"{code:<6} {band:<15} {total:>8} {right:>5} {labelled}"
            f" {100 * wilson_lower(right, total):>8.1f} % | {fired:>10} {read:>4} {pool_right:>5}"
            f" | {both}"
        )
        for example in examples[: args.examples]:
            print(f"         {example}")
        if args.list_pool:
            for firing in firings:
                print(f"    {firing}")


if __name__ == "__main__":
    sys.exit(main())
