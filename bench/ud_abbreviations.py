"""Abbreviations that running text proves: in the ``# text`` lines of a Universal Dependencies
treebank's train and dev files (never its test file, which outside-ml's held half reads), a word
followed by a full stop and then a lower-case word in the same sentence (the full stop did not
end it), or a token the treebank marks ``Abbr=Yes`` that ends in a full stop.

Usage: python bench/ud_abbreviations.py LANG [--min 2] [--mirrors /work/.mirror]

Prints candidates with their counts, most frequent first, leaving out those the language's
casing table already lists; a person picks which go into ``resources/casing/<lang>.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_outside_ml import TREEBANKS

REPO = Path(__file__).resolve().parents[1]
_INSIDE = re.compile(r"(?<![\w.])([^\W\d_][\w.\-]{0,9})\. +(?=[^\W\d_])(?=\w*[a-zà-ÿа-яёα-ωß])")


def candidates(text: str) -> Counter:
    counts: Counter = Counter()
    for line in text.splitlines():
        if line.startswith("# text ="):
            sentence = line.split("=", 1)[1].strip()
            for match in _INSIDE.finditer(sentence):
                after = sentence[match.end() : match.end() + 1]
                if after.islower():
                    counts[match.group(1).lower()] += 1
        elif line and line[0].isdigit() and "Abbr=Yes" in line:
            form = line.split("\t")[1]
            if form.endswith(".") and len(form) > 1:
                counts[form[:-1].lower()] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang")
    parser.add_argument("--min", type=int, default=2)
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args(argv)
    name, test_file = TREEBANKS[args.lang]
    git_dir = args.mirrors / f"UniversalDependencies+UD_{name}" / "repo"
    counts: Counter = Counter()
    for split in ("train", "dev"):
        path = test_file.replace("-ud-test.", f"-ud-{split}.")
        shown = subprocess.run(
            ["git", "--git-dir", str(git_dir), "show", f"HEAD:{path}"],
            capture_output=True,
            text=True,
        )
        counts += candidates(shown.stdout)
    table = REPO / "resources" / "casing" / f"{args.lang}.json"
    known = set(json.loads(table.read_text())["abbreviations"]) if table.exists() else set()
    rows = [(w, n) for w, n in counts.most_common() if n >= args.min and w not in known]
    print(" ".join(f"{w}:{n}" for w, n in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
