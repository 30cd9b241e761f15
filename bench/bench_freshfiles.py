"""False alarms on real files nobody here measured before (h23files, issues 11 and 12):
translators' catalogues (.po in GNOME, Django and Sphinx style, Qt .ts, XLIFF) and hard-wrapped
text (reST, Markdown), as listed with their repositories and commits in bench/freshfiles.json.

The files are verbatim third-party text: they are never copied into git. Each is read at its
commit from the fetched snapshot (/work/.mirror/OWNER+NAME/repo, or $MTLINT_MIRRORS); a
repository that is not there is skipped with one line. Every finding on these human-translated,
edited files is a false alarm unless a reader judged it a real error: ``bench/freshfiles-
judged.json`` holds those judgements as (file, code, sha1 of the flagged text): no text of the
files goes into git.

Usage::

    python bench/bench_freshfiles.py                      # table per set and per code at 0.5
    python bench/bench_freshfiles.py --min-confidence 0.2
    python bench/bench_freshfiles.py --dump findings.jsonl  # every finding, to read them
    python bench/bench_freshfiles.py --group 1            # session 19's sets only (comparable)

Group 1 is h23files' 7 repositories (session 19), group 2 h24files' 7 more (session 20); the
table gives a total per group so each session's figures stay comparable. Group 3 (session 21,
h25files) is translators' keyed catalogues (Android strings.xml, ARB, Rails YAML, Apple .strings,
WebExtension and i18next JSON): its entries are written to a temporary tree at their own relative
paths, with the source-language files they name (``sources``), so a target finds its source
beside it as in the repository. ``--before`` reads those files as plain text, as mtlint did
before it knew these formats; ``--planted`` plants artefacts in them and counts those found
(bench/plant_catalogues.py).

Group 4 (session 22, h26files) is Apple's plural and catalogue formats: .stringsdict beside its
Base.lproj source, and .xcstrings checked once per language its entry names (``languages``, as
``--lang`` would); ``--before`` reads them as plain text, as mtlint did before it knew them.
Group 5 (session 23, h29files) and group 6 (session 24, h30files) are translators' files of five
more projects each, one per format; group 7 (h30files) is hard-wrapped plain text (protocol
notes, release notes, a Debian changelog, a Japanese manual). Group 8 (session 25, h31files) is
nine projects and formats not used before (.po, Qt .ts, Angular XLIFF, Android, .strings, JSON,
translated Markdown pages, community .srt subtitles, Vim's hard-wrapped tutor in six languages),
judged on main's rules before the branch changed anything: the figure that shows whether the
mends of groups 3-7 generalise. Group 9 (session 26, h32files) is four more projects into Arabic,
Hebrew, Persian, Japanese and Chinese (.po, .NET .resx, Flutter ARB with ICU plurals, Android),
judged the same way before any change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from localdata_plan import has_commit
from mtlint.checks.config import Config
from mtlint.checks.documents import load_document, load_plain_text
from mtlint.checks.engine import check_document
from mtlint.checks.errors import InputError
from mtlint.checks.segment import word_count

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "freshfiles.json"
JUDGED = HERE / "freshfiles-judged.json"


def mirror_root() -> Path:
    return Path(os.environ.get("MTLINT_MIRRORS", "/work/.mirror"))


def read_at(repo: str, commit: str, path: str) -> bytes | None:
    """The file's bytes at the commit in the fetched snapshot, or None when it is not there."""
    git_dir = mirror_root() / repo.replace("/", "+") / "repo"
    if not git_dir.is_dir():
        return None
    done = subprocess.run(
        ["git", "-C", str(git_dir), "show", f"{commit}:{path}"], capture_output=True, check=False
    )
    return done.stdout if done.returncode == 0 else None


def has_snapshot(repo: str, commit: str) -> bool:
    """True when the fetched snapshot of the repository holds the commit (the local-data
    plan's own test, on this harness's mirror root)."""
    return has_commit(mirror_root(), repo, commit)


def missing_line(entry: dict) -> str:
    """One line for a set whose snapshot is missing: what to fetch to measure it."""
    return (
        f"skipped: {entry['repo']} ({len(entry['paths'])} files): no snapshot at "
        f"{entry['commit'][:8]} under {mirror_root()}; fetch github:{entry['repo']} (the search "
        "tool's fetch; 'python -m bench.localdata plan' lists every repository to fetch)"
    )


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def judged() -> set[tuple[str, str, str, int | None]]:
    """(file, code, key of the flagged text, line) of the findings a reader judged real errors.
    The line (of the file, 1-based) tells apart one-character findings that share a text ("1",
    '"', "{0}" in many units, h30files); a verdict written before lines were kept has None and
    stands for every finding of that text in the file (see ``is_judged_real``)."""
    if not JUDGED.exists():
        return set()
    return {
        (j["file"], j["code"], j["key"], j.get("line"))
        for j in json.loads(JUDGED.read_text())["real"]
    }


def is_judged_real(real: set, name: str, row: dict) -> bool:
    """Whether a reader judged this finding real: by its line, else by an old verdict without
    one (bench/migrate_freshfiles_judged.py gave a line to every old verdict that matched one
    line only)."""
    key = text_key(row["text"])
    return (name, row["code"], key, row["line"]) in real or (name, row["code"], key, None) in real


def check_one(
    path: Path, config: Config, *, before: bool = False, language: str | None = None
) -> tuple[int, list[dict]]:
    """Words of the checked text and one row per finding (``before``: read as plain text;
    ``language``: which translations of a many-language catalogue, as --lang chooses)."""
    if before:
        document = load_plain_text(path, path.read_bytes())
    else:
        document = load_document(path, language=language)
    findings = check_document(document, config).findings
    rows = []
    for f in findings:
        line, _ = document.line_col(f.start)  # the file's line: loaders keep it
        rows.append(
            {
                "code": f.code,
                "confidence": round(f.confidence, 2),
                "text": document.text[f.start : f.end],
                "context": document.text[max(0, f.start - 60) : f.end + 60],
                "line": line,
                "message": f.message,
            }
        )
    return word_count(document.text), rows


def materialise(folder: Path, entry: dict, path: str) -> tuple[str, Path | None]:
    """The file's name in the tables and where it was written (None: not in the snapshot).
    A tree entry is written at its own relative path, with its source files beside it."""
    name = f"{entry['repo'].replace('/', '+')}+{path.replace('/', '+')}"
    data = read_at(entry["repo"], entry["commit"], path)
    if data is None:
        return name, None
    if not entry.get("tree"):
        local = folder / name
        local.write_bytes(data)
        return name, local
    root = folder / entry["repo"].replace("/", "+")
    for source in entry.get("sources", ()):
        source_path = root / source
        if not source_path.exists() and (
            source_data := read_at(entry["repo"], entry["commit"], source)
        ):
            source_path.parent.mkdir(parents=True, exist_ok=True)
            source_path.write_bytes(source_data)
    local = root / path
    local.parent.mkdir(parents=True, exist_ok=True)
    local.write_bytes(data)
    return name, local


def _targets(entry: dict, before: bool) -> list[tuple[str, str | None]]:
    """(path, language) to check: a catalogue of every language (.xcstrings) once per language
    its entry names (``languages``); before that format was read, the file once as text."""
    languages = (None if before else entry.get("languages")) or [None]
    return [(path, language) for path in entry["paths"] for language in languages]


def run(
    config: Config, dump: Path | None, group: int | None = None, *, before: bool = False
) -> dict:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    real = judged()
    table: dict[str, dict] = {}
    codes: Counter[tuple[str, str]] = Counter()
    dumped = []
    with tempfile.TemporaryDirectory() as folder:
        for entry in manifest["sets"]:
            kind = entry["kind"]
            if group is not None and entry.get("group", 1) != group:
                continue
            row = table.setdefault(
                kind,
                {"group": entry.get("group", 1), "files": 0, "words": 0, "findings": 0, "real": 0},
            )
            if not has_snapshot(entry["repo"], entry["commit"]):
                print(missing_line(entry))
                continue
            for path, language in _targets(entry, before):
                name, local = materialise(Path(folder), entry, path)
                if local is None:
                    print(f"skipped: {entry['repo']} {path} (no snapshot at {entry['commit'][:8]})")
                    continue
                name += f"#{language}" if language else ""
                try:
                    words, rows = check_one(
                        local, config, before=before and entry.get("tree"), language=language
                    )
                except InputError as error:
                    print(f"could not be read: {name}: {error}")
                    continue
                row["files"] += 1
                row["words"] += words
                for r in rows:
                    is_real = is_judged_real(real, name, r)
                    row["findings"] += 1
                    row["real"] += is_real
                    codes[(kind, r["code"])] += 0 if is_real else 1
                    dumped.append({"file": name, "kind": kind, "real": is_real, **r})
    if dump is not None:
        with dump.open("w", encoding="utf-8") as out:
            for r in dumped:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    return {"table": table, "codes": codes}


def _row(name: str, row) -> None:
    wrong = row["findings"] - row["real"]
    per_k = 1000 * wrong / row["words"] if row["words"] else 0.0
    print(
        f"| {name} | {row['files']} | {row['words']:,} | {row['findings']} | {row['real']} "
        f"| {wrong} | {per_k:.2f} |"
    )


def report(result: dict, bar: float) -> None:
    table, codes = result["table"], result["codes"]
    print(f"\nAt {bar}: findings on real, edited files (a judged real error is not a false alarm)")
    print("| set | files | words | findings | real errors | false alarms | per 1k words |")
    print("|---|---|---|---|---|---|---|")
    totals: dict[str, Counter] = {}
    for kind, row in table.items():
        _row(kind, row)
        counts = {k: v for k, v in row.items() if k != "group"}
        totals.setdefault(f"group {row['group']}", Counter()).update(counts)
        totals.setdefault("all", Counter()).update(counts)
    for name in sorted(totals, key=lambda n: (n == "all", n)):
        _row(name, totals[name])
    print("\nFalse alarms per code and set:")
    for (kind, code), n in sorted(codes.items(), key=lambda item: (-item[1], item[0])):
        if n:
            print(f"  {code} {kind}: {n}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-confidence", type=float, default=0.5)
    parser.add_argument("--dump", type=Path, help="write every finding (JSON lines) here")
    parser.add_argument(
        "--group", type=int, choices=range(1, 10), help="one group of the manifest only"
    )
    parser.add_argument(
        "--before", action="store_true", help="read group 3's catalogues as plain text"
    )
    parser.add_argument(
        "--planted", action="store_true", help="plant artefacts in group 3 and count those found"
    )
    args = parser.parse_args(argv)
    config = Config(min_confidence=args.min_confidence)
    if args.planted:
        from plant_catalogues import report_planted

        report_planted(config, json.loads(MANIFEST.read_text(encoding="utf-8")), materialise)
        return
    report(run(config, args.dump, args.group, before=args.before), args.min_confidence)


if __name__ == "__main__":
    sys.exit(main())
