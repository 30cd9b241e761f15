"""Planted recall and clean false alarms for pt, nl, uk, ro, sv, tr (bench/data/planted-ml).

Usage: python bench/eval_planted_ml.py [--data bench/data/planted-ml] [--json] [--show N]
                                       [--min-confidence X]

Same scoring as ``eval_multilingual.py`` on ``synthetic-link-artefacts-ml.jsonl``: per language
and gold category, found = a finding overlaps the gold span, fix right (in brackets) = the gold
fix is among that finding's suggested fixes; and findings per 1,000 words on the unplanted
sentences (``clean.jsonl``). ``--show N`` prints N missed plants per cell and N false alarms per
rule. The set is built by ``build_planted_ml.py`` (see its README). Dev figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import localdata
from eval_multilingual import clean_tallies, planted_tallies, print_clean, print_synthetic
from finders import Engine
from goldmatch import Tally

# Verbatim news sentences: in the working tree, else in the local store (bench/localdata.py).
DATA = localdata.folder("bench/data/planted-ml")


def planted(engine: Engine, data: Path) -> dict[str, Tally]:
    return planted_tallies(engine, data / "planted.jsonl")


def clean(engine: Engine, data: Path) -> dict[str, Tally]:
    return clean_tallies(engine, data / "clean.jsonl")


def print_misses(tallies: dict[str, Tally], show: int) -> None:
    for lang, tally in tallies.items():
        for category, contexts in sorted(tally.misses.items()):
            print(f"  missed {lang} {category}: " + " | ".join(contexts[:show]))


def report(engine: Engine, data: Path, show: int, as_json: bool) -> dict:
    """Print (unless as_json) and return the figures of both parts."""
    planted_tallies = planted(engine, data)
    clean_tallies = clean(engine, data)
    if not as_json:
        print_synthetic(planted_tallies, "planted-ml (pt nl uk ro sv tr)")
        if show:
            print_misses(planted_tallies, show)
        print_clean(clean_tallies, show, "planted-ml clean.jsonl")
    return {
        "planted": {lang: t.summary() for lang, t in planted_tallies.items()},
        "clean": {lang: t.summary()["clean"] for lang, t in clean_tallies.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show", type=int, default=0, help="print N misses and false alarms")
    parser.add_argument("--min-confidence", type=float, default=None)
    args = parser.parse_args(argv)
    try:
        figures = report(Engine(args.min_confidence), args.data, args.show, args.json)
    except OSError:
        print(f"eval_planted_ml: {localdata.restore_hint(args.data)}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(figures, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
