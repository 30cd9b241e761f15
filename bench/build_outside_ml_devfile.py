"""A larger study set for the outside measurement: the same 22 treebanks, their ``-ud-dev``
files (never the ``-ud-test`` files that outside-ml's held half comes from).

Usage:
    python bench/build_outside_ml_devfile.py --extract [--mirrors /work/.mirror]  # sources.jsonl
    python bench/build_outside_ml_devfile.py [--seed 12]                          # the two sets

Same extraction and planting as ``build_outside_ml.py`` (three consecutive good sentences to a
paragraph, one paragraph in two planted); up to 240 paragraphs per language, all of them a
``dev`` half (``dev-planted.jsonl``, ``dev-clean.jsonl``), scored by
``python bench/eval_outside_ml.py --data bench/data/outside-ml-devfile --half dev``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_outside_ml as base
import localdata

OUT = localdata.folder("bench/data/outside-ml-devfile")
# Paragraphs per language: twice outside-ml's, all of them a dev half.
PARAGRAPHS = 240


def devfile_treebanks() -> dict[str, tuple[str, str]]:
    return {
        lang: (name, path.replace("-ud-test.", "-ud-dev."))
        for lang, (name, path) in base.TREEBANKS.items()
    }


def build(out: Path, seed: int) -> int:
    lines = (out / "sources.jsonl").read_text(encoding="utf-8").splitlines()
    sources = [base.json.loads(line) for line in lines if line.strip()]
    files: dict[str, list[dict]] = {"dev-planted": [], "dev-clean": []}
    for lang in base.LANGUAGES:
        mine = [s for s in sources if s["lang"] == lang]
        if not mine:
            continue
        built = base.build_language(mine, seed)
        for kind in ("planted", "clean"):
            for number, line in enumerate(built[f"dev-{kind}"] + built[f"held-{kind}"]):
                line = dict(line, id=f"devfile-{kind}:{lang}:dev:{number}", split="dev")
                line["dataset"] = "outside-ml-devfile"
                files[f"dev-{kind}"].append(line)
    for name, lines_ in files.items():
        base._write(out / f"{name}.jsonl", lines_)
        print(f"{name}: {len(lines_)} lines")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = base.arguments(argv, __doc__.splitlines()[0], OUT)
    if args.extract:
        pins = base.pinned("bench/data/outside-ml-devfile")
        return base.extract(args.mirrors, args.out, devfile_treebanks(), PARAGRAPHS, pins)
    return build(args.out, args.seed)


if __name__ == "__main__":
    sys.exit(main())
