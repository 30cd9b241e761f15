"""Which tracked files hold runs of words copied from the third-party excerpts in the local store.

Usage: python bench/verbatim_check.py [--words 8]

Rule examples and tests must use invented sentences; the verbatim text of the real-MT and native
sets lives only in the local store (`python -m bench.localdata where`). This reads every
`target`/`text` of the store's JSONL files, cuts it into runs of N words, and prints each run that
a tracked source, test or documentation file contains (golden snapshots and bench/data excluded).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from localdata import data_root  # noqa: E402

_SPACE = re.compile(r"\s+")
_SUFFIXES = (".py", ".json", ".md", ".txt", ".toml")


def _tracked_texts() -> dict[str, str]:
    names = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    texts = {}
    for name in names:
        if name.endswith(_SUFFIXES) and not name.startswith(("tests/golden", "bench/data")):
            texts[name] = _SPACE.sub(
                " ", (ROOT / name).read_text(encoding="utf-8", errors="ignore")
            )
    return texts


def _excerpts() -> list[tuple[str, str]]:
    found = []
    for path in sorted(data_root().glob("bench/data/*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = row.get("target") or row.get("text")
            if isinstance(text, str):
                found.append((path.parent.name, _SPACE.sub(" ", text)))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=8, help="length of a copied run")
    args = parser.parse_args()
    texts = _tracked_texts()
    every = "\n".join(texts.values())
    hits = 0
    for folder, text in _excerpts():
        words = text.split(" ")
        for start in range(0, max(0, len(words) - args.words + 1), 2):
            run = " ".join(words[start : start + args.words])
            if len(run) > 45 and run in every:
                where = [name for name, body in texts.items() if run in body]
                print(f"{folder}: {run[:80]!r} in {', '.join(where[:3])}")
                hits += 1
                break
    print(f"{hits} excerpt(s) with a run of {args.words} words in tracked files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
