"""Entity case on real MT pages (bench/data/entities-real-en, text in the local store).

Usage: python bench/eval_entities_real.py [--set names-real-en] [--min-confidence X] [--show]

Per mechanism (inside a name, acronym, romanised name, odd case inside a name): spans found by
any finding that overlaps them; precision of the entity-case rules (a finding of one of ENTITY
that overlaps no labelled span is a false alarm, on MT and clean excerpts alike). Dev figures:
a small set labelled by one person, outlets n–z (the session-13 split); ``--set names-real-en``
reads session 14's set of romanised names and lower-case words inside names the same way.
"""

from __future__ import annotations

import argparse
import json
import sys

import localdata
from finders import Engine
from realmt_build import print_kinds, print_rule_precision, score_tuning_set

ENTITY = {
    "MT303", "MT306", "MT307", "MT308", "MT309", "MT310", "MT318", "MT319", "MT321", "MT323",
    "MT324", "MT325", "MT340", "MT348", "MT349", "MT350", "MT351", "MT352", "MT361", "MT362",
    "MT118", "MT119",
}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="entities-real-en", help="a folder of bench/data")
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--show", action="store_true", help="print every finding and miss")
    args = parser.parse_args(argv)
    path = localdata.folder(f"bench/data/{args.set}") / "dev.jsonl"
    if not path.exists():
        print(f"skip: {path} is not here (python -m bench.localdata restore)")
        return 0
    engine = Engine(args.min_confidence)
    score = score_tuning_set(
        [json.loads(row) for row in path.read_text(encoding="utf-8").splitlines()],
        lambda line: engine.find(line["target"], "en"),
        kind_of=lambda gold, line: gold["mechanism"],
        counted=ENTITY.__contains__,
        show=(9, 0) if args.show else None,
    )
    print_kinds(score, 10)
    print_rule_precision(score, "entity-rule")
    return 0


if __name__ == "__main__":
    sys.exit(main())
