"""Real files (tests/realfiles): false alarms on clean prose, flagged units against pofilter on
translators' files, and recall on artefacts planted into copies (issue 10).

For each clean prose file: words, findings per 1,000 words (all, and without two spaces after a
sentence end, the convention hA's MT106 change stops flagging), and safe fixes among them.

For each .po / XLIFF file: units flagged by mtlint and by pofilter (translate-toolkit, default
checks; and without its ``isfuzzy`` check, which flags every XLIFF unit that lacks an approved
state), then recall: artefacts planted into a copy, each in its own unit, among units neither
tool flagged before — a changed number, a dropped placeholder, the source copied as the target
(long sources only) — and whether each tool flags the planted unit.

Prose recall: one glued word per copy (a capitalised word that appears on its own elsewhere,
glued to the next word, the seed's link-text artefact) and one lower-cased country name per copy.

Usage::

    python bench/bench_realfiles.py            # prints the tables recorded in BENCHMARKS.md
    python bench/bench_realfiles.py --plants 30
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mtlint.checks.config import Config
from mtlint.checks.documents import load_document
from mtlint.checks.model import Applicability
from mtlint.checks.segment import word_count

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from realfiles_corpus import BILINGUAL, CORPUS, MISSING, PROSE, check_file, localdata

# translate-toolkit's tools run as modules of this interpreter: a worktree's venv that borrows
# another environment's packages has no console scripts of its own.
POFILTER = [sys.executable, "-m", "translate.filters.pofilter"]
TS2PO = [sys.executable, "-m", "translate.convert.ts2po"]
_PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sdr]|%\w+%|\{\{ ?\w+ ?\}\}|\{\w*\}")
_NUMBER = re.compile(r"(?<![\w.])\d+(?![\w.]\d)")


# --- prose ----------------------------------------------------------------------------------
# The configuration every prose file is checked with (--min-confidence sets its bar).
CONFIG = Config()


def prose_row(name: str) -> dict:
    document, findings = check_file(CORPUS / name, CONFIG)
    text = document.text
    words = word_count(text)
    convention = [
        f for f in findings if f.code == "MT106" and text[max(0, f.start - 1) : f.start] in ".?!:"
    ]
    rest = [f for f in findings if f not in convention]
    safe = [f for f in rest if f.fixes and f.fixes[0].applicability is Applicability.SAFE]
    return {
        "file": name,
        "words": words,
        "findings": len(findings),
        "per_k": 1000 * len(findings) / words,
        "without_convention": len(rest),
        "per_k_without": 1000 * len(rest) / words,
        "safe": len(safe),
        "codes": sorted({f.code for f in rest}),
    }


def _glue_sites(text: str) -> list[re.Match[str]]:
    """A capitalised word (not starting a sentence) that appears on its own elsewhere, then a
    space and a lower-case word: where MT glues link text to the next word."""
    sites = []
    for match in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]{3,}) ([a-z]{2,})\b", text):
        if len(re.findall(rf"\b{match.group(1)}\b", text)) >= 2:
            sites.append(match)
    return sites


def _countries() -> list[str]:
    import pycountry

    return sorted(
        {getattr(c, "common_name", c.name) for c in pycountry.countries if " " not in c.name}
    )


def prose_recall(plants: int, rng: random.Random, work: Path) -> dict[str, tuple[int, int]]:
    found = {"glued word (MT101)": [0, 0], "lower-cased country (MT303)": [0, 0]}
    countries = _countries()
    for name in PROSE:
        text = (CORPUS / name).read_text(encoding="utf-8")
        sites = _glue_sites(text)
        for match in rng.sample(sites, min(plants, len(sites))):
            planted = text[: match.start()] + match.group(1) + match.group(2) + text[match.end() :]
            found["glued word (MT101)"][1] += 1
            found["glued word (MT101)"][0] += _found_at(
                work / name, planted, match.start(), "MT101"
            )
        for country in countries:
            for match in re.finditer(rf"(?<=[a-z] ){country}\b", text):
                planted = text[: match.start()] + country.lower() + text[match.end() :]
                found["lower-cased country (MT303)"][1] += 1
                found["lower-cased country (MT303)"][0] += _found_at(
                    work / name, planted, match.start(), "MT303"
                )
    return {kind: (hit, total) for kind, (hit, total) in found.items()}


def _found_at(path: Path, text: str, at: int, code: str) -> int:
    path.write_text(text, encoding="utf-8")
    document, findings = check_file(path)
    return int(
        any(
            f.code == code
            and document.to_file_offset(f.start) <= at + 1
            and at <= document.to_file_offset(f.end, is_end=True)
            for f in findings
        )
    )


# --- bilingual ------------------------------------------------------------------------------
def _unit_key(source: str) -> str:
    return re.sub(r"\s+", " ", source).strip()


def mtlint_flagged(path: Path) -> set[str]:
    return mtlint_counts(path)[0]


def mtlint_counts(path: Path) -> tuple[set[str], int, int]:
    """Units flagged (by source), findings, and the target's words."""
    document, findings = check_file(path)
    starts = [unit[0] for unit in document.units]
    flagged = set()
    for finding in findings:
        index = max((i for i, s in enumerate(starts) if s <= finding.start), default=0)
        flagged.add(_unit_key(document.units[index][2]))
    return flagged, len(findings), word_count(document.text)


def pofilter_flagged(path: Path, *extra: str) -> set[str]:
    from translate.storage import factory

    with tempfile.TemporaryDirectory() as folder:
        if path.suffix == ".ts":
            # pofilter writes no notes into a Qt .ts: it checks the PO that ts2po makes of it.
            converted = Path(folder) / "converted.po"
            subprocess.run(
                [*TS2PO, str(path), str(converted)],
                check=True,
                capture_output=True,
            )
            path = converted
        out = Path(folder) / f"out{path.suffix}"
        subprocess.run(
            [*POFILTER, *extra, str(path), "-o", str(out)], check=True, capture_output=True
        )
        if not out.exists():
            return set()
        store = factory.getobject(str(out))
        flagged = set()
        for unit in store.units:
            if unit.isheader() or not unit.source:
                continue
            notes = unit.getnotes()
            if "pofilter" in notes or (hasattr(unit, "getnotes") and unit.getnotes("pofilter")):
                flagged.add(_unit_key(str(unit.source)))
        return flagged


def _plant(kind: str, source: str, target: str) -> str | None:
    if kind == "changed number":
        numbers = [m for m in _NUMBER.finditer(target) if m.group() in source]
        if not numbers:
            return None
        m = numbers[0]
        return target[: m.start()] + str(int(m.group()) + 1) + target[m.end() :]
    if kind == "dropped placeholder":
        found = [m for m in _PLACEHOLDER.finditer(target) if m.group() in source]
        if not found:
            return None
        m = found[-1]
        return (target[: m.start()].rstrip() + " " + target[m.end() :].lstrip()).strip()
    if kind == "untranslated copy":
        return source if len(source) >= 40 and source != target else None
    words = list(_LONG_WORD.finditer(target))
    if len(words) < 6 or "\n" in target:
        return None  # a label or a list: doubled and glued words are sentence artefacts
    middle = words[len(words) // 2]
    if kind == "doubled word":
        return target[: middle.end()] + " " + middle.group() + target[middle.end() :]
    if kind == "glued words":
        gap = target[middle.end() : middle.end() + 1]
        following = target[middle.end() + 1 : middle.end() + 2]
        if gap != " " or not following.isalpha():
            return None
        return target[: middle.end()] + target[middle.end() + 1 :]
    raise ValueError(kind)


_LONG_WORD = re.compile(r"(?<![\w%{<&])[^\W\d_]{4,}(?![\w}>])")
KINDS = (
    "changed number",
    "dropped placeholder",
    "untranslated copy",
    "doubled word",
    "glued words",
)


def bilingual_rows(plants: int, rng: random.Random, work: Path) -> tuple[list[dict], dict]:
    from translate.storage import factory

    rows = []
    recall: dict[str, dict[str, list[int]]] = {
        k: {"mtlint": [0, 0], "pofilter": [0, 0]} for k in KINDS
    }
    for name in BILINGUAL:
        path = CORPUS / name
        ours, found, words = mtlint_counts(path)
        theirs = pofilter_flagged(path)
        theirs_no_fuzzy = pofilter_flagged(path, "--excludefilter=isfuzzy")
        document = load_document(path)
        rows.append(
            {
                "file": name,
                "units": len(document.units),
                "words": words,
                "findings": found,
                "mtlint": len(ours),
                "pofilter": len(theirs),
                "pofilter_no_fuzzy": len(theirs_no_fuzzy),
            }
        )
        for kind in KINDS:
            store = factory.getobject(str(path))
            candidates = []
            for unit in store.units:
                if unit.isheader() or not unit.target or unit.hasplural():
                    continue
                if unit.isobsolete() or (path.suffix == ".po" and unit.isfuzzy()):
                    continue  # not translations in use: never checked unless asked for
                key = _unit_key(str(unit.source))
                if key in ours or key in theirs_no_fuzzy:
                    continue
                planted = _plant(kind, str(unit.source), str(unit.target))
                if planted is not None:
                    candidates.append((unit, planted))
            chosen = rng.sample(candidates, min(plants, len(candidates)))
            if not chosen:
                continue
            for unit, planted in chosen:
                unit.target = planted
            copy = work / f"planted-{kind.replace(' ', '-')}-{Path(name).name}"
            copy.write_bytes(bytes(store))
            keys = {_unit_key(str(unit.source)) for unit, _ in chosen}
            ours_after = mtlint_flagged(copy)
            theirs_after = pofilter_flagged(copy, "--excludefilter=isfuzzy")
            for tool, flagged in (("mtlint", ours_after), ("pofilter", theirs_after)):
                recall[kind][tool][0] += len(keys & flagged)
                recall[kind][tool][1] += len(keys)
    return rows, recall


def _present_files() -> bool:
    """Leave out of PROSE and BILINGUAL the files this machine lacks, one line each on stderr;
    True when any file is left to measure."""
    for names in (PROSE, BILINGUAL):
        for name in [name for name in names if not (CORPUS / name).is_file()]:
            hint = localdata.restore_hint(f"tests/realfiles/{name}")
            print(f"bench_realfiles: skipped {name}: {hint}", file=sys.stderr)
            names.remove(name)
    return bool(PROSE or BILINGUAL)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plants", type=int, default=20, help="plants per kind and file")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument(
        "--min-confidence",
        type=float,
        default=None,
        help="the prose files' bar (0.2: with the doubtful tier); default 0.5",
    )
    parser.add_argument(
        "--bilingual",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="other .po/XLIFF files instead of the corpus's (e.g. from a fetched repository)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    global CONFIG
    if args.min_confidence is not None:
        CONFIG = Config(min_confidence=args.min_confidence)
    if args.bilingual:
        BILINGUAL[:] = [str(path.resolve()) for path in args.bilingual]
    if MISSING and not _present_files():
        sys.exit(2)  # nothing could be measured
    rng = random.Random(args.seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print("Clean prose (findings per 1,000 words)")
        print(
            "| file | words | findings | per 1k | without MT106 after a sentence end | per 1k | "
            "safe fixes | codes |"
        )
        print("|---|---|---|---|---|---|---|---|")
        totals = [0, 0, 0, 0]
        for name in PROSE:
            row = prose_row(name)
            totals[0] += row["words"]
            totals[1] += row["findings"]
            totals[2] += row["without_convention"]
            totals[3] += row["safe"]
            print(
                f"| {name} | {row['words']} | {row['findings']} | {row['per_k']:.2f} | "
                f"{row['without_convention']} | {row['per_k_without']:.2f} | {row['safe']} | "
                f"{' '.join(row['codes'])} |"
            )
        print(
            f"| **all** | {totals[0]} | {totals[1]} | {1000 * totals[1] / max(1, totals[0]):.2f} | "
            f"{totals[2]} | {1000 * totals[2] / max(1, totals[0]):.2f} | {totals[3]} | |"
        )
        print()
        rows, recall = bilingual_rows(args.plants, rng, work)
        print("Translators' files (findings per 1,000 target words; units flagged)")
        print(
            "| file | units | words | findings | per 1k | units flagged: mtlint | "
            "pofilter (default) | pofilter without isfuzzy |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for row in rows:
            print(
                f"| {row['file']} | {row['units']} | {row['words']} | {row['findings']} | "
                f"{1000 * row['findings'] / max(1, row['words']):.2f} | {row['mtlint']} | "
                f"{row['pofilter']} | {row['pofilter_no_fuzzy']} |"
            )
        print()
        print("Recall on planted copies (planted units flagged / planted)")
        print("| artefact | mtlint | pofilter (without isfuzzy) |")
        print("|---|---|---|")
        all_ours = [0, 0]
        all_theirs = [0, 0]
        for kind, tools in recall.items():
            ours, theirs = tools["mtlint"], tools["pofilter"]
            all_ours = [all_ours[0] + ours[0], all_ours[1] + ours[1]]
            all_theirs = [all_theirs[0] + theirs[0], all_theirs[1] + theirs[1]]
            print(f"| {kind} | {ours[0]}/{ours[1]} | {theirs[0]}/{theirs[1]} |")
        for kind, (hit, total) in prose_recall(args.plants, rng, work).items():
            all_ours = [all_ours[0] + hit, all_ours[1] + total]
            print(f"| {kind} (prose) | {hit}/{total} | – |")
        print(
            f"| **all** | {all_ours[0]}/{all_ours[1]} "
            f"({100 * all_ours[0] / max(1, all_ours[1]):.1f} %) | {all_theirs[0]}/{all_theirs[1]}"
            f" ({100 * all_theirs[0] / max(1, all_theirs[1]):.1f} %, bilingual only) |"
        )
    print(f"\n({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
