"""Glued-word recall per language on real web text (bench/data/glue-real-ml, or any realmt set).

Usage: python bench/eval_glue_real.py [--set bench/data/glue-real-ml] [--show]

Per language: the ``glued_word`` spans found (any finding that overlaps the span) and fixed (one
of its fixes gives the gold fix), the glue rules' findings that overlap no labelled span (on
machine-translated excerpts: possible false alarms, each shown with --show) and every finding on
the clean excerpts. The glue rules are MT101–MT102, MT107–MT108 and MT113–MT125.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from finders import Engine
from goldmatch import fixes_gold, gold_of, load_jsonl
from realmt_build import DATA, built_path, set_language

DEFAULT_SET = Path("bench/data/glue-real-ml")
GLUE_CODES = {"MT101", "MT102", "MT107", "MT108"} | {f"MT{n}" for n in range(113, 127)}


def _context(text: str, start: int, end: int) -> str:
    return f"{text[max(0, start - 30) : start]}[{text[start:end]}]{text[end : end + 30]}".replace(
        "\n", " "
    )


def score(folders: list[Path], show: bool) -> dict[str, dict]:
    engine = Engine()
    rows: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    for folder in folders:
        for line in load_jsonl(built_path(folder)):
            language = line.get("target_lang") or set_language(folder)
            text = line["target"]
            found = engine.find(text, language)
            row = rows[language]
            if line.get("kind") == "clean":
                row["clean_findings"] += len(found)
                for f in found if show else ():
                    print(f"  clean {language} {f.code}: {_context(text, f.start, f.end)}")
                continue
            gold = [g for g in gold_of(line) if g.category == "glued_word"]
            every = gold_of(line)
            for g in gold:
                row["gold"] += 1
                hits = [f for f in found if g.overlapped_by(f.start, f.end)]
                row["found"] += bool(hits)
                row["fixed"] += any(fixes_gold(text, f, g) for f in hits)
                if show and not hits:
                    print(f"  missed {language}: {_context(text, g.start, g.end)}")
            for f in found:
                if f.code not in GLUE_CODES:
                    continue
                row["glue_findings"] += 1
                if any(g.overlapped_by(f.start, f.end) for g in every):
                    row["glue_right"] += 1
                elif show:
                    print(f"  unmatched {language} {f.code}: {_context(text, f.start, f.end)}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    # A bare set name (--set realmt-en2) means that folder under bench/data.
    named = [DATA / f if len(f.parts) == 1 and not f.is_dir() else f for f in args.set or []]
    folders = [localdata.folder(f) for f in named or [DEFAULT_SET]]
    rows = score(folders, args.show)
    print(f"{'lang':<6}{'glued found':>12}{'fixed':>7}{'glue right/all':>16}{'clean':>7}")
    total = defaultdict(int)
    for language in sorted(rows):
        row = rows[language]
        for key, value in row.items():
            total[key] += value
        print(
            f"{language:<6}{row['found']:>6}/{row['gold']:<5}{row['fixed']:>7}"
            f"{row['glue_right']:>10}/{row['glue_findings']:<5}{row['clean_findings']:>7}"
        )
    print(
        f"{'all':<6}{total['found']:>6}/{total['gold']:<5}{total['fixed']:>7}"
        f"{total['glue_right']:>10}/{total['glue_findings']:<5}{total['clean_findings']:>7}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
