"""Give the judged verdicts of bench/freshfiles-judged.json a line (h30files).

Before session 24 a verdict was keyed by (file, code, sha1 of the flagged text): a one-character
finding ("1", '"', "{0}") judged real in one unit marked every finding of the same text in that
file real. This reads a dump of bench_freshfiles.py (``--dump``, whose rows carry the file's
line) and gives each verdict without a line the line of the one finding it matches; a verdict
that matches findings on several lines is ambiguous and is listed (``--ambiguous``) for a reader
to judge again, line by line; one that matches none keeps no line (it still marks any finding
of its text, as before).

Usage::

    python bench/migrate_freshfiles_judged.py DUMP.jsonl… [--write] [--ambiguous OUT.jsonl]
        [--rejudged VERDICTS.json]   # the ambiguous findings a reader judged real, with lines

h30files ran it once on the dumps of groups 1–5 at 0.5 (rules of main 5f487fd9 with the MT901
crash mended): 819 verdicts took a line, 25 matched no finding at 0.5 and keep none, 58 matched
232 findings on several lines; those were read one by one and 223 judged real (a doubled space,
a misspelling, an English unit, Lutris' s"il are real wherever they are), 9 not (a correct "1個
ずつ", Habitica's "1ヶ月" and "1日の始まり", spaces around a UI path "A -> B -> C" in Japanese and
Chinese, a space after a product name, "{0}のバッジ生成" against a key).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_freshfiles import JUDGED, text_key


def lines_by_verdict(dumps: list[Path]) -> dict[tuple[str, str, str], dict[int, dict]]:
    """(file, code, key) → {line: one dumped row}."""
    found: dict[tuple[str, str, str], dict[int, dict]] = defaultdict(dict)
    for dump in dumps:
        for raw in dump.read_text(encoding="utf-8").splitlines():
            row = json.loads(raw)
            found[(row["file"], row["code"], text_key(row["text"]))][row["line"]] = row
    return found


def migrate(verdicts: list[dict], found: dict) -> tuple[list[dict], list[dict], dict[str, int]]:
    """The verdicts with lines where one line matches, and the ambiguous findings to judge."""
    kept: list[dict] = []
    ambiguous: list[dict] = []
    counts = {"lined": 0, "ambiguous": 0, "unmatched": 0, "had a line": 0}
    for verdict in verdicts:
        if verdict.get("line") is not None:
            kept.append(verdict)
            counts["had a line"] += 1
            continue
        rows = found.get((verdict["file"], verdict["code"], verdict["key"]), {})
        if len(rows) == 1:
            kept.append({**verdict, "line": next(iter(rows))})
            counts["lined"] += 1
        elif not rows:
            kept.append(verdict)
            counts["unmatched"] += 1
        else:
            counts["ambiguous"] += 1
            ambiguous.extend(
                {"verdict": verdict, "line": line, **row} for line, row in sorted(rows.items())
            )
    return kept, ambiguous, counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--write", action="store_true", help="rewrite freshfiles-judged.json")
    parser.add_argument("--ambiguous", type=Path, help="write the findings to judge again here")
    parser.add_argument(
        "--rejudged", type=Path, help="JSON list of the ambiguous findings judged real (lines)"
    )
    args = parser.parse_args(argv)
    data = json.loads(JUDGED.read_text(encoding="utf-8"))
    kept, ambiguous, counts = migrate(data["real"], lines_by_verdict(args.dumps))
    print(", ".join(f"{name} {n}" for name, n in counts.items()))
    if args.ambiguous:
        with args.ambiguous.open("w", encoding="utf-8") as out:
            for row in ambiguous:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.rejudged:
        known = {(v["file"], v["code"], v["key"], v.get("line")) for v in kept}
        for verdict in json.loads(args.rejudged.read_text(encoding="utf-8")):
            if (verdict["file"], verdict["code"], verdict["key"], verdict["line"]) not in known:
                kept.append(verdict)
    if args.write:
        data["real"] = kept
        JUDGED.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
