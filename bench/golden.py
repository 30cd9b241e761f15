"""The golden snapshot: every finding's code, span and fixes on the seeds and the dev corpora.

One file per corpus under tests/golden/ (small, line-oriented, so parallel rule work merges
easily). tests/test_golden.py compares the live findings with it; a deliberate change of
findings is recorded with one command:

    .venv/bin/python -m bench.golden --update            # every corpus
    .venv/bin/python -m bench.golden --update seeds      # one corpus

Each line: ``input<TAB>code<TAB>start<TAB>end<TAB>fixes`` where fixes is
``applicability:start-end=replacement`` for each edit of each fix (``|`` between fixes, the
replacement JSON-quoted). Inputs: the seed files (checked through the pipeline, as
``mtlint check`` does), and each distinct line of the dev data sets checked as its own document
in its target language.

The hunspell dictionaries are pinned: none (``pinned_dictionaries()``, whatever the machine's
hunspell, myspell, office or user folders hold), so MT930 (dictionary-gated word) is off here
and the snapshot is the same on every machine. MT930 is guarded by its rule examples and
tests/checks/test_spelling_dictionary.py, which read the tiny en_US of tests/dictionaries/.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from mtlint.checks.config import Config
from mtlint.checks.documents import load_document
from mtlint.checks.documents.base import Document
from mtlint.checks.hunspelldicts import pinned_dictionaries
from mtlint.checks.model import Finding
from mtlint.checks.pipeline import check_loaded

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
DATA = Path("/work/shared/data")
UPDATE_COMMAND = ".venv/bin/python -m bench.golden --update"
# Corpus name -> data file in DATA (the seeds are read from ROOT / "seeds").
DATA_SETS = {
    "mqm-ted21-zhen": "mqm-ted21-zhen.jsonl",
    "mqm-ted-ende": "mqm-ted-ende.jsonl.gz",
    "demetr-synthetic": "demetr-synthetic.jsonl.gz",
    "synthetic-link-artefacts": "synthetic-link-artefacts.jsonl",
    "synthetic-link-artefacts-ml": "synthetic-link-artefacts-ml.jsonl",
    "clean-native-dev": "clean-native-dev.jsonl",
}
CORPORA = ("seeds", *DATA_SETS)


def _documents(corpus: str, data: Path) -> Iterator[tuple[str, Document]]:
    if corpus == "seeds":
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            yield path.name, load_document(path)
        return
    name = DATA_SETS[corpus]
    opener = gzip.open if name.endswith(".gz") else open
    seen: set[str] = set()
    with opener(data / name, "rt", encoding="utf-8") as handle:
        for number, raw in enumerate(handle):
            row = json.loads(raw)
            text = row["target"]
            if text in seen:
                continue
            seen.add(text)
            yield str(number), Document(text=text, language=row.get("target_lang") or "en")


def _fixes(finding: Finding) -> str:
    return "|".join(
        " ".join(
            f"{fix.applicability}:{e.start}-{e.end}="
            + json.dumps(e.replacement, ensure_ascii=False)
            for e in fix.edits
        )
        for fix in finding.fixes
    )


def snapshot(corpus: str, data: Path = DATA) -> list[str]:
    """The snapshot lines of one corpus, as the code finds them now."""
    config = Config()
    lines = []
    with pinned_dictionaries():  # no dictionary: the same snapshot on every machine
        for name, document in _documents(corpus, data):
            checked = check_loaded(document, config)
            for failure in checked.failures:
                lines.append(f"{name}\tFAILED\t{failure.code}\t0\t")
            for f in checked.findings:
                lines.append(f"{name}\t{f.code}\t{f.start}\t{f.end}\t{_fixes(f)}")
    return lines


def golden_path(corpus: str, folder: Path = GOLDEN) -> Path:
    return folder / f"{corpus}.tsv"


def recorded(corpus: str, folder: Path = GOLDEN) -> list[str]:
    path = golden_path(corpus, folder)
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def available(corpus: str, data: Path = DATA) -> bool:
    return corpus == "seeds" or (data / DATA_SETS[corpus]).exists()


def difference(before: list[str], now: list[str], limit: int = 15) -> str:
    """A short, readable account of what changed (lines lost with -, lines gained with +)."""
    lost = sorted(set(before) - set(now))
    gained = sorted(set(now) - set(before))
    shown = [f"- {line}" for line in lost[:limit]] + [f"+ {line}" for line in gained[:limit]]
    return f"{len(lost)} finding line(s) lost, {len(gained)} gained:\n" + "\n".join(shown)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", help=f"which ({', '.join(CORPORA)}); default all")
    parser.add_argument("--update", action="store_true", help="rewrite the snapshot files")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--golden", type=Path, default=GOLDEN, help="snapshot folder")
    args = parser.parse_args(argv)
    unknown = [c for c in args.corpora if c not in CORPORA]
    if unknown:
        parser.error(f"unknown corpus: {', '.join(unknown)}")
    status = 0
    for corpus in args.corpora or CORPORA:
        if not available(corpus, args.data):
            print(f"{corpus}: data not found in {args.data}, skipped")
            continue
        now = snapshot(corpus, args.data)
        before = recorded(corpus, args.golden)
        if args.update:
            args.golden.mkdir(parents=True, exist_ok=True)
            snapshot_file = golden_path(corpus, args.golden)
            snapshot_file.write_text("".join(f"{line}\n" for line in now), "utf-8")
            print(f"{corpus}: {len(now):,} finding lines recorded")
        elif now != before:
            status = 1
            print(f"{corpus}: DIFFERENT\n{difference(before, now)}")
        else:
            print(f"{corpus}: same ({len(now):,} finding lines)")
    return status


if __name__ == "__main__":
    sys.exit(main())
