"""Prove a speed change kept every finding: dump the findings of a fixed set of inputs, compare.

Usage:
    python bench/same_findings.py --save bench/out/findings-before.jsonl
    ... change the code ...
    python bench/same_findings.py --compare bench/out/findings-before.jsonl
    python bench/same_findings.py --no-lines --file bench/out/engine-mt-50mb.txt --save …

Inputs: the seeds, the engine benchmark files that exist in bench/out/ (the real-MT and the
probe mixes: big texts take the rules' large-document paths), and every line of the three dev
data sets checked as its own small document (the small-document paths). One JSON line per
finding: input, code, span, message, severity, confidence, fixes, data — everything a user sees.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtlint.checks.config import Config  # noqa: E402
from mtlint.checks.documents import load_document  # noqa: E402
from mtlint.checks.documents.base import Document  # noqa: E402
from mtlint.checks.engine import check_document  # noqa: E402

DATA = Path("/work/shared/data")
BIG_FILES = ("engine-mt-10mb.txt", "engine-varied-10mb.txt", "engine-5mb.txt")
DATA_SETS = ("mqm-ted21-zhen.jsonl", "demetr-synthetic.jsonl.gz", "synthetic-link-artefacts.jsonl")


def inputs(
    data: Path, big: bool, lines: bool, extra: tuple[Path, ...] = ()
) -> Iterator[tuple[str, Document]]:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seeds/{path.name}", load_document(path)
    for path in extra:
        yield str(path), load_document(path)
    if big:
        for name in BIG_FILES:
            path = ROOT / "bench" / "out" / name
            if path.exists():
                yield f"bench/out/{name}", load_document(path)
    if lines:
        for name in DATA_SETS:
            opener = gzip.open if name.endswith(".gz") else open
            with opener(data / name, "rt", encoding="utf-8") as handle:
                seen: set[str] = set()
                for number, raw in enumerate(handle):
                    text = json.loads(raw)["target"]
                    if text in seen:
                        continue
                    seen.add(text)
                    yield f"{name}:{number}", Document(text=text, language="en")


def dump(data: Path, big: bool, lines: bool, extra: tuple[Path, ...] = ()) -> Iterator[str]:
    config = Config()
    for name, document in inputs(data, big, lines, extra):
        result = check_document(document, config)
        for failure in result.failures:
            yield json.dumps({"input": name, "failure": failure.code, "error": failure.error})
        for finding in result.findings:
            yield json.dumps(
                {
                    "input": name,
                    "code": finding.code,
                    "span": [finding.start, finding.end],
                    "message": finding.message,
                    "severity": str(finding.severity),
                    "confidence": finding.confidence,
                    "fixes": [
                        [
                            [[e.start, e.end, e.replacement] for e in fix.edits],
                            str(fix.applicability),
                            fix.title,
                        ]
                        for fix in finding.fixes
                    ],
                    "data": repr(finding.data),
                },
                ensure_ascii=False,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path)
    action.add_argument("--compare", type=Path)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--no-big", action="store_true", help="skip the big benchmark files")
    parser.add_argument("--no-lines", action="store_true", help="skip the dev-data lines")
    parser.add_argument(
        "--file",
        type=Path,
        action="append",
        default=[],
        help="also check this file (e.g. bench/out/engine-mt-50mb.txt); repeatable",
    )
    args = parser.parse_args()
    rows = list(dump(args.data, not args.no_big, not args.no_lines, tuple(args.file)))
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
        digest = hashlib.sha256("".join(row + "\n" for row in rows).encode()).hexdigest()
        print(f"{len(rows):,} findings saved to {args.save}, sha256 {digest[:16]}")
        return
    before = args.compare.read_text(encoding="utf-8").splitlines()
    if args.no_big or args.no_lines or args.file:
        kept = {json.loads(row)["input"] for row in rows}
        before = [row for row in before if json.loads(row)["input"] in kept]
    missing = sorted(set(before) - set(rows))
    added = sorted(set(rows) - set(before))
    for row in missing[:20]:
        print("- " + row)
    for row in added[:20]:
        print("+ " + row)
    same = not missing and not added and len(before) == len(rows)
    print(
        f"{len(rows):,} findings now, {len(before):,} before: "
        f"{len(missing)} missing, {len(added)} new — {'SAME' if same else 'DIFFERENT'}"
    )
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
