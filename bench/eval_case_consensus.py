"""Case errors of real MT labelled by the consensus of the other systems (h30caps).

Usage: python bench/eval_case_consensus.py [--min-confidence X] [--show]

mqm-ted21-zhen.jsonl (../shared/data) holds 13 MT systems' English for the same 529 Chinese
segments. A word one system writes capitalised inside a sentence, where three or more of the
other systems write it in lower case and none capitalised, is taken as a stray capital
(``cap``: "has come from the Light."); a lower-case word three or more others capitalise inside
a sentence and none writes in lower case, as a lower-cased name (``low``). The labels are the
systems' vote, not a person's: a few are house-style choices ("the Sun", "Big Bang"). Each
system's talk is checked as one document (a segment per line), so document evidence counts.

Reported: found / labelled per half (talks of odd numbers ``A``, of even numbers ``B``: build
on one, report the other), casing findings (MT3xx) that overlap no label, and casing findings
on the two human translations (native text: every one is a false alarm or a house style).
Dev figures; the labels are derived, not stored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from finders import Engine

DATA = Path("/work/shared/data/mqm-ted21-zhen.jsonl")
_WORD = re.compile(r"[A-Za-z][a-z]+")
_VOTES = 3
_NO_SENTENCE_INSIDE = ".!?:\"“‘'—–-(;"


def _inside(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in _NO_SENTENCE_INSIDE


def _votes(others: list[str], pattern: str, inside: bool = False) -> int:
    found = 0
    for other in others:
        matches = re.finditer(pattern, other)
        if any(not inside or _inside(other, m.start()) for m in matches):
            found += 1
    return found


def labels(lines: list[dict]) -> dict[tuple[str, str], list[tuple[str, int, int, str]]]:
    """(system, talk) → [(segment, start, end, kind)] by the other systems' vote."""
    by_segment = defaultdict(list)
    for line in lines:
        if not line["is_human_translation"]:
            by_segment[(line["doc"], line["seg_id"])].append(line)
    found = defaultdict(list)
    for group in by_segment.values():
        for line in group:
            others = [o["target"] for o in group if o is not line]
            text = line["target"]
            for match in _WORD.finditer(text):
                word, start = match.group(), match.start()
                if start == 0 or not _inside(text, start):
                    continue
                low, cap = word.lower(), word.capitalize()
                if word[0].isupper():
                    kind = "cap" if _votes(others, rf"\b{low}\b") >= _VOTES else ""
                    kind = kind if not _votes(others, rf"\b{word}\b") else ""
                else:
                    kind = "low" if _votes(others, rf"\b{cap}\b", True) >= _VOTES else ""
                    kind = kind if not _votes(others, rf"\b{word}\b") else ""
                if kind:
                    key = (line["system"], line["doc"])
                    found[key].append((line["seg_id"], start, match.end(), kind))
    return found


def documents(lines: list[dict]) -> dict[tuple[str, str], tuple[str, dict[str, int], bool]]:
    """(system, talk) → (text, segment → offset, human translation)."""
    grouped = defaultdict(dict)
    human = {}
    for line in lines:
        key = (line["system"], line["doc"])
        grouped[key][int(line["seg_id"])] = line["target"]
        human[key] = line["is_human_translation"]
    out = {}
    for key, segments in grouped.items():
        text, offsets = "", {}
        for seg in sorted(segments):
            offsets[str(seg)] = len(text)
            text += segments[seg] + "\n"
        out[key] = (text, offsets, human[key])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-confidence", type=float, default=0.5)
    parser.add_argument("--show", action="store_true", help="print every label and finding")
    args = parser.parse_args()
    lines = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    gold = labels(lines)
    engine = Engine(min_confidence=args.min_confidence)
    tally, unlabelled, native, words = Counter(), Counter(), Counter(), Counter()
    for key, (text, offsets, human) in sorted(documents(lines).items()):
        found = [f for f in engine.find(text, "en") if f.code.startswith("MT3")]
        words["human" if human else "mt"] += len(text.split())
        if human:
            native.update(f.code for f in found)
            continue
        spans = [(offsets[s] + a, offsets[s] + b, kind) for s, a, b, kind in gold.get(key, [])]
        half = "A" if int(key[1].split(".")[1]) % 2 else "B"
        for start, end, kind in spans:
            hit = [f.code for f in found if f.start < end and f.end > start]
            tally[(half, kind, "found" if hit else "missed")] += 1
            if args.show:
                print(half, kind, ",".join(hit) or "-", key, repr(text[start - 40 : end + 20]))
        for f in found:
            if not any(f.start < end and f.end > start for start, end, _ in spans):
                unlabelled[f.code] += 1
                if args.show:
                    print("unlabelled", f.code, key, repr(text[f.start - 40 : f.end + 20]))
    for half in "AB":
        for kind in ("cap", "low"):
            hit, miss = tally[(half, kind, "found")], tally[(half, kind, "missed")]
            print(f"half {half} {kind}: found {hit}/{hit + miss}")
    print(f"casing findings on no label: {sum(unlabelled.values())} {dict(unlabelled)}")
    print(f"  in {words['mt']} words of MT")
    print(f"casing findings on the human translations: {sum(native.values())} {dict(native)}")
    print(f"  in {words['human']} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
