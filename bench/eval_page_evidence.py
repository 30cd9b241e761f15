"""A page's own damage as evidence: precision by (confidence band, evidence on the page).

MT damage clusters: a page with several sure artefacts is machine-translated and unedited, so a
doubtful reading on it may be likelier right than the same reading in edited native text. This
runs the engine with no bar over every labelled dev set on this machine (no judge, no held-out
set) and over clean native text, and gives each finding its page's **independent evidence**:
the sure findings (confidence >= ``--sure``) elsewhere on the same document — their spans merged
(two rules on one artefact count once), the finding's own span and its near neighbours
(``--near`` characters either side) left out — as a count and as a density per 1,000 words.

Why a capped count: the dev sets' excerpts are 40–400 words, real articles thousands, so a raw
count grows with length (a long native page collects stray sure findings by chance) and a
density explodes on a short excerpt (one finding in 60 words is 17 per 1,000). The evidence
measured here is the count of sure findings within ``--window`` words either side of the finding
(the whole excerpt on a short text, the neighbourhood on a long one), which means the same on
both; the document's count and density are printed beside it.

Precision is tabulated per (band, evidence bucket) with counts, per set group and pooled; a
finding on a clean line (a clean excerpt, a native file) is wrong. ``--records FILE`` keeps the
engine's findings (JSON lines) so the tables can be recomputed with other settings
(``--from-records FILE``).

Usage: python bench/eval_page_evidence.py [--records FILE | --from-records FILE]
       [--sure 0.8] [--near 40] [--window 300] [--codes MT994,...] [--by-code] [--by-set]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from eval_bands import _in_context, pool_key, read_pool, read_verdicts, wilson_lower
from goldmatch import gold_of, load_jsonl
from realmt_build import DATA, built_path, is_heldout, is_judge, set_language

REALMT = (
    "realmt-en",
    "realmt-en13",
    "realmt-en17",
    "realmt-en19",
    "realmt-de19",
    "realmt-fr20",
    "realmt-es20",
    "realmt-de",
    "realmt-fr",
    "realmt-ru",
)
TUNING = (
    "names-real-en",
    "spacing-real-en",
    "residue-real-en",
    "breaks-real-en",
    "english-left-real-de",
    "case-real-en",
    "numbers-real-en",
    "quotes-real-en",
    "confuse-real-en",
    "entities-real-en",
    "typos-real-en",
    "headings-real-ml",
    "accents-real-ml",
    "slips-real-ml",
    "stops-real-ml",
    "glue-signs-real-ml",
    "caps-real-ml",
    "english-left-real-ml",
    "unknown-real-ml",
)
NATIVE_LABELLED = ("typos-gum-en",)  # edited native English with its typos labelled
SHARED = Path("/work/shared/data")
# MT output rated by MQM raters (WMT21 TED talks): every rated span counts as right, so the
# precision is generous; the segments of one system's talk are joined into one document.
MQM_FILES = (SHARED / "mqm-ted21-zhen.jsonl", SHARED / "mqm-ted-ende.jsonl.gz")
CLEAN_FILES = (SHARED / "clean-native-dev.jsonl", Path("outside-ml") / "dev-clean.jsonl")
# Long native documents (whole files, not excerpts): the real files' clean prose and pydoc.
REALFILES_PROSE = (
    "zlib-FAQ.txt",
    "zlib-README.txt",
    "httpx-quickstart.md",
    "httpx-async.md",
    "httpx-timeouts.md",
    "holidays-examples.md",
)
BANDS = (0.2, 0.35, 0.5, 0.65, 0.8)
BUCKETS = ((0, 0, "0"), (1, 1, "1"), (2, 2, "2"), (3, 10**9, "3+"))
_WORD = re.compile(r"\S+")


def _language(line: dict, fallback: str) -> str:
    lang = str(line.get("target_lang") or "")
    if len(lang) == 2:
        return lang
    prefix = str(line.get("id", "")).split("-", 1)[0]
    return prefix if len(prefix) == 2 else fallback


def _named_sources() -> list[tuple[str, str, list[dict], bool]]:
    """(group, set name, lines, every line clean) for each set on this machine."""
    sources = []
    for group, names in (("realmt", REALMT), ("tuning", TUNING), ("gum", NATIVE_LABELLED)):
        for name in names:
            folder = localdata.folder(DATA / name)
            if is_judge(folder) or is_heldout(folder):
                continue
            path = built_path(folder)
            if not path.is_file():
                print(f"eval_page_evidence: {name} not on this machine; left out", file=sys.stderr)
                continue
            fallback = set_language(folder) if name.startswith("realmt-") else "en"
            lines = load_jsonl(path)
            for line in lines:
                line["_lang"] = _language(line, fallback)
                for error in line.get("errors", ()):
                    error.setdefault("category", error.get("kind", "other"))
            sources.append((group, name, lines, False))
    for path in CLEAN_FILES:
        path = path if path.is_absolute() else localdata.folder(DATA / path.parent) / path.name
        if path.is_file():
            lines = load_jsonl(path)
            for line in lines:
                line["_lang"] = _language(line, "en")
            sources.append(("native", path.stem, lines, True))
    for path in MQM_FILES:
        if path.is_file():
            sources.append(("mqm", path.name.split(".")[0], talks(load_jsonl(path)), False))
    sources.append(("native-long", "native-long", _long_native(), True))
    return sources


def talks(segments: list[dict]) -> list[dict]:
    """One document per (system, talk): its segments in order, one per line, with the
    target-side rated spans moved to document offsets (ids ``set:system:talk:segment:rater``)."""
    grouped: dict = defaultdict(list)
    for segment in segments:
        _set, system, talk, number, _rater = segment["id"].split(":")
        grouped[(system, talk)].append((int(number), segment))
    documents = []
    for (system, talk), numbered in sorted(grouped.items()):
        parts, errors, offset = [], [], 0
        for _number, segment in sorted(numbered, key=lambda pair: pair[0]):
            for error in segment.get("errors", ()):
                if error.get("side", "target") == "target":
                    moved = {**error, "start": error["start"] + offset}
                    errors.append({**moved, "end": error["end"] + offset})
            parts.append(segment["target"])
            offset += len(segment["target"]) + 1
        documents.append(
            {
                "id": f"{system}:{talk}",
                "site": system,
                "target": "\n".join(parts),
                "errors": errors,
                "_lang": segments[0].get("target_lang", "en"),
            }
        )
    return documents


def _long_native() -> list[dict]:
    """The real files' clean prose (whole files) and CPython's pydoc topics, one per topic."""
    lines = []
    realfiles = localdata.folder(Path(__file__).resolve().parents[1] / "tests" / "realfiles")
    for name in REALFILES_PROSE:
        path = realfiles / name
        if path.is_file():
            lines.append({"id": name, "target": path.read_text(encoding="utf-8"), "_lang": "en"})
    try:
        from pydoc_data.topics import topics
    except ImportError:
        return lines
    for key in sorted(topics):
        if len(topics[key].split()) >= 300:
            lines.append({"id": f"pydoc:{key}", "target": topics[key], "_lang": "en"})
    return lines


def collect(sources, verdicts: dict[str, bool] | None = None) -> list[dict]:
    """One record per document: its set, site, language, word offsets and findings at 0.0.
    Unlabelled pool text (group ``pool``) is scored by ``verdicts`` (a firing not read: None)
    and keeps each firing's key and context for reading."""
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import check_document

    config = Config(min_confidence=0.0)
    records = []
    for group, name, lines, all_clean in sources:
        for line in lines:
            text = line["target"]
            lang = line["_lang"]
            clean = all_clean or line.get("kind") == "clean"
            golds = [] if clean else gold_of(line)
            findings = check_document(Document(text=text, language=lang), config).findings
            if group == "pool":
                records.append(_pool_record(line, findings, verdicts or {}))
                continue
            records.append(
                {
                    "group": "native" if clean and group == "realmt" else group,
                    "set": name,
                    "id": line.get("id", "?"),
                    "site": line.get("site") or _site(line.get("url", "")),
                    "lang": lang,
                    "clean": clean,
                    "words": [m.start() for m in _WORD.finditer(text)],
                    "findings": [
                        [
                            f.code,
                            round(f.confidence, 3),
                            f.start,
                            f.end,
                            any(g.overlapped_by(f.start, f.end) for g in golds),
                        ]
                        for f in findings
                    ],
                }
            )
    return records


def _pool_record(line: dict, findings, verdicts: dict[str, bool]) -> dict:
    text = line["target"]
    keys = [pool_key(str(line["id"]), f, text) for f in findings]
    return {
        "group": "pool",
        "set": "pool",
        "id": line["id"],
        "site": _site(text.split("\n", 1)[0].removeprefix("# ")),
        "lang": line["_lang"],
        "clean": False,
        "words": [m.start() for m in _WORD.finditer(text)],
        "findings": [
            [f.code, round(f.confidence, 3), f.start, f.end, verdicts.get(key)]
            for f, key in zip(findings, keys, strict=True)
        ],
        "keys": keys,
        "contexts": [_in_context(text, f, 40) for f in findings],
    }


def list_pool(records, args) -> None:
    """Every pool firing below ``--sure`` with its verdict mark, key, evidence and context."""
    for record in records:
        if record["group"] != "pool":
            continue
        for index, finding in enumerate(record["findings"]):
            if finding[1] >= args.sure:
                continue
            local, whole = evidence(record, index, args.sure, args.near, args.window)
            mark = {True: "+", False: "-"}.get(finding[4], "?")
            print(f"{mark} {record['keys'][index]}  conf {finding[1]} evidence {local}/{whole}")
            print(f"      {record['contexts'][index]}")


def _site(url: str) -> str:
    host = url.split("//", 1)[-1].split("/", 1)[0].lower()
    return host.removeprefix("www.")


def evidence(record: dict, index: int, sure: float, near: int, window: int) -> tuple[int, int]:
    """(sure spans within ``window`` words either side, sure spans in the whole document), the
    finding's own span and ``near`` characters either side left out; overlapping sure findings
    are one span."""
    findings = record["findings"]
    _code, _conf, start, end, _right = findings[index]
    spans = sorted(
        (f[2], f[3])
        for f in findings
        if f[1] >= sure and (f[3] + near <= start or f[2] >= end + near)
    )
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    words = record["words"]
    lo, hi = _word_window(words, start, end, window)
    local = sum(1 for s, e in merged if e > lo and s < hi)
    return local, len(merged)


def _word_window(words: list[int], start: int, end: int, window: int) -> tuple[int, int]:
    from bisect import bisect_left

    first = bisect_left(words, start)
    last = bisect_left(words, end)
    lo = words[max(0, first - window)] if words else 0
    hi_index = last + window
    hi = words[hi_index] if hi_index < len(words) else 10**12
    return lo, hi


def band_of(confidence: float) -> str:
    label = "<0.2"
    for edge in BANDS:
        if confidence >= edge - 1e-9:
            label = f">={edge:.2f}"
    return label


def bucket_of(count: int) -> str:
    return next(label for lo, hi, label in BUCKETS if lo <= count <= hi)


def tabulate(records, args) -> dict:
    """table[(group, band, bucket)] = [findings, right]. The realmt-* sets label every artefact
    (their pooled rows are the measure); a tuning set labels its own category only, so its other
    findings count as wrong here (a lower bound)."""
    codes = set(args.codes.split(",")) if args.codes else None
    table: dict = defaultdict(lambda: [0, 0])
    for record in records:
        for index, (code, conf, _s, _e, right) in enumerate(record["findings"]):
            if (codes and code not in codes) or right is None:  # None: a pool firing not read
                continue
            local, whole = evidence(record, index, args.sure, args.near, args.window)
            count = whole if args.whole else local
            groups = [record["group"]]
            if args.by_set:
                groups.append(record["set"])
            if args.by_code:
                groups = [f"{g}:{code}" for g in groups]
            for group in groups:
                row = table[(group, band_of(conf), bucket_of(count))]
                row[0] += 1
                row[1] += right
    return table


def print_table(table: dict) -> None:
    print("group                band   evid  found right precision wilson-low")
    for (group, band, bucket), (found, right) in sorted(table.items()):
        precision = 100 * right / found if found else 0.0
        print(
            f"{group:<20} {band:<6} {bucket:>4} {found:>6} {right:>5} {precision:>8.1f} %"
            f" {100 * wilson_lower(right, found):>8.1f} %"
        )


def documents_with_evidence(records, args) -> None:
    """How many documents of each group hold at least 1, 2, 3 sure findings, and per 1,000 words."""
    tally: dict = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for record in records:
        sure = [f for f in record["findings"] if f[1] >= args.sure]
        row = tally[record["group"]]
        row[0] += 1
        row[1] += len(sure) >= 1
        row[2] += len(sure) >= 2
        row[3] += len(sure) >= 3
        row[4] += len(record["words"])
        row[5] += len(sure)
    print("group      docs  >=1 sure  >=2  >=3   words  sure/1k")
    for group, (docs, one, two, three, words, sure) in sorted(tally.items()):
        rate = 1000 * sure / words if words else 0.0
        print(f"{group:<10} {docs:>5} {one:>8} {two:>4} {three:>4} {words:>7} {rate:>8.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=Path, help="write the engine's findings here")
    parser.add_argument("--from-records", type=Path, help="read findings written by --records")
    parser.add_argument("--sure", type=float, default=0.8)
    parser.add_argument("--near", type=int, default=40)
    parser.add_argument("--window", type=int, default=300)
    parser.add_argument("--whole", action="store_true", help="count the whole document")
    parser.add_argument("--codes", default="")
    parser.add_argument("--by-code", action="store_true")
    parser.add_argument("--by-set", action="store_true")
    parser.add_argument("--groups", default="", help="run only these groups (realmt,mqm,...)")
    parser.add_argument("--pool", type=Path, help="unlabelled real MT (blank-line blocks)")
    parser.add_argument("--verdicts", type=Path, help="+/- KEY lines: the pool firings read")
    parser.add_argument("--list-pool", action="store_true", help="print the pool's firings")
    args = parser.parse_args(argv)
    if args.from_records:
        records = [json.loads(line) for line in args.from_records.read_text().splitlines()]
    else:
        sources = _named_sources()
        if args.groups:
            sources = [s for s in sources if s[0] in args.groups.split(",")]
        if args.pool:
            pool = read_pool(args.pool)
            for line in pool:
                line["_lang"] = "en"
            sources.append(("pool", "pool", pool, False))
        records = collect(sources, read_verdicts(args.verdicts))
        if args.records:
            args.records.write_text("".join(json.dumps(r) + "\n" for r in records))
    if args.list_pool:
        list_pool(records, args)
    documents_with_evidence(records, args)
    print_table(tabulate(records, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
