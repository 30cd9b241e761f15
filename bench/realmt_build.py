"""Build the real-MT dev sets (JSON lines) from their hand-labelled source files.

Usage: python bench/realmt_build.py [bench/data/realmt-en ...]  (default: all bench/data/realmt-*)

Each set's source of truth is ``excerpts.txt`` in its folder (format in the folder's README.md);
this writes ``dev.jsonl`` beside it (``heldout.jsonl`` for a held-out set, a folder named
``realmt-<lang>-heldout``: measure only, never tune) with code-point offsets computed from the
labelled spans, so nobody counts offsets by hand. It refuses (one line, exit 2) an excerpt from
a reserved site, a span that is not found exactly once, a duplicate id, or an unknown category;
and an excerpt from an outlet a dev set must not share (bench/realmt_outlets.py: the held-out
sets' outlets, and for a further set such as ``realmt-en2`` the outlets of ``realmt-en``).
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from realmt_outlets import refusal, refused_outlets
from reserved_sites import DEFAULT_RESERVED, is_reserved, reserved_domains

CATEGORIES = (
    "glued_word",
    "missing_sentence_break",
    "midsentence_capital",
    "entity_case",
    "stray_ellipsis",
    "spacing_punctuation",
    "quote",
    "doubled_word",
    "double_dot",
    "hyphen_spacing",
    "untranslated",
    "other",
)
DATA = Path(__file__).resolve().parent / "data"
HEADER_KEYS = ("url", "site", "retrieved", "kind", "lang", "note")


class LabelError(ValueError):
    pass


HELDOUT_SUFFIX = "-heldout"


def is_heldout(folder: Path) -> bool:
    """A held-out set (``realmt-<lang>-heldout``): built and measured, never tuned on."""
    return folder.name.endswith(HELDOUT_SUFFIX)


# Judges: sets kept unseen by rule work, the measure of a session's rules on MT they never met
# (built in session 11: en9, it8, pt8, ru7, fr7; in session 12: en10, en11, de6, es7, nl). The
# whole-corpus reports (eval_confidence, eval_multilingual) leave them out; `eval_realmt.py --set`
# measures one by name. A later session may open a judge as a dev set: move it out of this list.
JUDGE_SETS = frozenset(
    f"realmt-{name}"
    for name in (
        *("en9", "it8", "pt8", "ru7", "fr7", "en10", "en11", "de6", "es7", "nl"),
        *("en12", "fr8", "it9", "pt9", "es8"),  # session 13
        *("en14", "de7", "ru8", "nl2"),  # session 14
        *("en15", "pl3", "cs", "sv", "ro"),  # session 15
        *("en16", "uk", "tr", "es9"),  # session 16
        *("en18",),  # session 17
        *("en20",),  # session 19
        *("en21",),  # session 20
        *("en22", "de22", "es22", "it22", "pt22", "pl22"),  # session 21
        *("en23", "fr23", "ru23", "nl23", "uk23", "ro23", "sv23", "tr23"),  # session 22
        *("de23", "it23", "pt23", "pl23"),  # session 22
        *("en24", "fr24", "de24", "ru24", "es24", "it24", "pl24", "nl24"),  # session 24
        *("ro24", "cs30", "tr30", "uk30"),  # session 24 (cs/tr/uk24 are session 20's)
        *("en25",),  # session 25
    )
)


def is_judge(folder: Path) -> bool:
    return folder.name in JUDGE_SETS


# Labelled tuning pools in the real-MT format whose name does not carry their language.
LABELLED_POOLS = {
    "pool-rec25": "en",  # session 21: h25recall's recall pool, n-z outlets
    "pool-caps26": "en",  # session 22: h26caps's casing pool, n-z outlets
    "pool-other26": "en",  # session 22: h26other's pool for the "other" artefacts, n-z outlets
    "pool-punct26": "en",  # session 22: h26punct's punctuation-family pool, n-z outlets
    "pool-slips29": "en",  # session 23: h29slips's single-token slip pool, n-z outlets
    # session 23: h29ml's real MT into other languages, n-z outlets; each excerpt's own `lang`
    # header is its language (the pool's "fr" only names hunspell's baseline)
    "pool-ml29": "fr",
    # session 23: h29ml2's other-language pool (ru, uk, tr, pt MT; clean native pages in those
    # and pl, cs, sv, nl), n-z outlets; each excerpt names its language (``lang:``)
    "pool-ml29b": "ru",
}


def set_language(folder: Path) -> str:
    """``realmt-de``, ``realmt-de-heldout`` → ``de``; a further dev set ``realmt-en2`` → ``en``;
    a labelled pool (``LABELLED_POOLS``) → its language."""
    if folder.name in LABELLED_POOLS:
        return LABELLED_POOLS[folder.name]
    return folder.name.removeprefix("realmt-").removesuffix(HELDOUT_SUFFIX).rstrip("0123456789")


def built_path(folder: Path) -> Path:
    """The JSON lines a set builds to: ``heldout.jsonl`` for held-out sets, else ``dev.jsonl``
    (so harnesses that glob for dev sets never pick a held-out one up by accident)."""
    return folder / ("heldout.jsonl" if is_heldout(folder) else "dev.jsonl")


@dataclass
class Excerpt:
    id: str
    headers: dict[str, str] = field(default_factory=dict)
    text_lines: list[str] = field(default_factory=list)
    error_lines: list[str] = field(default_factory=list)


def parse_source(path: Path) -> list[Excerpt]:
    """Split ``excerpts.txt`` into excerpts: ``=== id``, headers, ``text:`` lines, ``errors:``."""
    excerpts: list[Excerpt] = []
    section = "headers"
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip("\n")
        if line.startswith("=== "):
            excerpts.append(Excerpt(id=line[4:].strip()))
            section = "headers"
            continue
        if not excerpts or (section != "text" and (not line.strip() or line.startswith("#"))):
            continue
        current = excerpts[-1]
        if line.strip() in ("text:", "errors:"):
            section = line.strip()[:-1]
        elif section == "text":
            current.text_lines.append(line)
        elif section == "errors":
            current.error_lines.append(line.strip())
        else:
            key, _, value = line.partition(":")
            if key.strip() not in HEADER_KEYS:
                raise LabelError(f"{path}:{number}: unknown header {key.strip()!r}")
            current.headers[key.strip()] = value.strip()
    return excerpts


def _literal(value: str) -> str:
    """A field as written, or a JSON string when quoted (to keep leading/trailing spaces)."""
    value = value.strip()
    return json.loads(value) if value.startswith('"') else value


def locate(text: str, spec: str) -> tuple[int, int]:
    """``left«span»right``, ``left⟦span⟧right`` or a bare span → its offsets (found once)."""
    opening, closing = ("⟦", "⟧") if "⟦" in spec else ("«", "»")  # ⟦⟧ when the span holds «»
    if opening in spec:
        left, rest = spec.split(opening, 1)
        span, right = rest.split(closing, 1)
        if opening == "«" and ("«" in span or "«" in right or "»" in right):
            raise LabelError(f"span {spec!r} mixes guillemets with «» marks: write ⟦span⟧")
    else:
        left, span, right = "", spec, ""
    needle = left + span + right
    first = text.find(needle)
    if first < 0 or text.find(needle, first + 1) >= 0:
        count = text.count(needle)
        raise LabelError(f"span {spec!r} found {count} times (needs exactly one; add context)")
    start = first + len(left)
    return start, start + len(span)


def build_line(excerpt: Excerpt, language: str, dataset: str = "") -> dict:
    text = "\n".join(excerpt.text_lines).strip("\n")
    errors = []
    for spec_line in excerpt.error_lines:
        parts = spec_line.split(" | ")
        if len(parts) not in (3, 4):
            raise LabelError(f"{excerpt.id}: error line needs 'category | span | fix': {spec_line}")
        category, spec, fix = parts[0].strip(), parts[1].strip(), _literal(parts[2])
        # "quote/wrong_direction": a category and, optionally, the mechanism behind it.
        category, _, mechanism = category.partition("/")
        if category not in CATEGORIES:
            raise LabelError(f"{excerpt.id}: unknown category {category!r}")
        spec = _literal(spec) if spec.startswith('"') else spec.replace("\\n", "\n")
        start, end = locate(text, spec)
        error = {"start": start, "end": end, "category": category, "text": text[start:end]}
        error["fix"] = fix
        if mechanism:
            error["mechanism"] = mechanism
        if len(parts) == 4:  # where a checker may also point: the orphan quote of a pair
            error["anchor"] = list(locate(text, parts[3].strip()))
        errors.append(error)
    errors.sort(key=lambda e: (e["start"], e["end"]))
    for before, after in itertools.pairwise(errors):
        if after["start"] < before["end"]:
            raise LabelError(
                f"{excerpt.id}: overlapping spans {before['text']!r}, {after['text']!r}"
            )
    kind = excerpt.headers.get("kind", "mt")
    if kind == "clean" and errors:
        raise LabelError(f"{excerpt.id}: a clean excerpt carries errors")
    line = {
        "id": excerpt.id,
        "dataset": dataset or f"realmt-{language}",
        "target_lang": excerpt.headers.get("lang", language),
        "kind": kind,
        "target": text,
        "errors": errors,
        "url": excerpt.headers.get("url", ""),
        "site": excerpt.headers.get("site", ""),
        "retrieved": excerpt.headers.get("retrieved", ""),
    }
    if excerpt.headers.get("note"):
        line["note"] = excerpt.headers["note"]
    return line


def build_set(folder: Path, reserved: set[str], data: Path = DATA) -> list[dict]:
    """``folder``'s excerpts as lines; ``data`` holds the committed folders (labels, manifests)
    whose outlets it must not share: the held-out sets', and for realmt-en2 realmt-en's."""
    language = set_language(folder)
    lines, seen = [], set()
    refused = refused_outlets(data / folder.name)
    # excerpts.txt is verbatim page text: the working tree's, else the local store's.
    for excerpt in parse_source(localdata.folder(folder) / "excerpts.txt"):
        if excerpt.id in seen:
            raise LabelError(f"duplicate id {excerpt.id}")
        seen.add(excerpt.id)
        line = build_line(excerpt, language, folder.name)
        if not line["url"] or is_reserved(line["url"], reserved):
            raise LabelError(f"{excerpt.id}: missing or reserved URL {line['url']!r}")
        why = refusal(line["url"], refused)
        if why:
            raise LabelError(f"{excerpt.id}: {line['url']!r} is from {why}")
        lines.append(line)
    return lines


def build_tuning_set(folder: Path, language: str, dataset: str) -> list[dict]:
    """A tuning set's excerpts (``folder``/excerpts.txt, the local store's copy) as lines, each
    with a URL outside the reserved sites; written to ``folder``/dev.jsonl as well, which the
    tuning harnesses (bench/eval_breaks_real.py, eval_case_real.py) read back."""
    reserved = reserved_domains(DEFAULT_RESERVED)
    lines = []
    for excerpt in parse_source(folder / "excerpts.txt"):
        line = build_line(excerpt, language, dataset)
        if not line["url"] or is_reserved(line["url"], reserved):
            raise SystemExit(f"{excerpt.id}: missing or reserved URL {line['url']!r}")
        lines.append(line)
    with open(folder / "dev.jsonl", "w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return lines


@dataclass
class TuningScore:
    """A tuning set's figures: labelled spans per kind (``total``) and those a finding overlaps
    (``found``); per rule code, findings that overlap a span (``right``), that overlap none
    (``wrong``) and all (``every``); findings and words in the clean excerpts."""

    total: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)
    every: Counter[str] = field(default_factory=Counter)
    clean_words: int = 0
    clean_findings: int = 0


def score_tuning_set(
    lines: list[dict],
    find: Callable[[dict], list],
    kind_of: Callable[[dict, dict], str] = lambda gold, line: gold["category"],
    counted: Callable[[str], bool] = lambda code: True,
    show: tuple[int, int] | None = None,
    clean_counted_only: bool = False,
) -> TuningScore:
    """The tuning harnesses' scoring loop (bench/eval_breaks_real.py, eval_case_real.py,
    eval_caps_real.py, eval_entities_real.py): each line's findings (``find`` of the line)
    against its labelled spans, by ``kind_of`` a span (and its line); precision over the rule
    codes ``counted`` allows, and so are the clean excerpts' findings with
    ``clean_counted_only`` (else every finding). ``show`` (the kind column's width, the
    characters of context around a false finding) prints every span and false finding."""
    score = TuningScore()
    for line in lines:
        text = line["target"]
        findings = find(line)
        if line["kind"] == "clean":
            score.clean_words += len(text.split())
            score.clean_findings += sum(
                1 for f in findings if not clean_counted_only or counted(f.code)
            )
        for gold in line["errors"]:
            kind = kind_of(gold, line)
            score.total[kind] += 1
            hits = [f for f in findings if f.start < gold["end"] and gold["start"] < f.end]
            score.found[kind] += bool(hits)
            if show:
                mark = ",".join(f.code for f in hits) or "MISSED"
                span = text[gold["start"] : gold["end"]]
                print(f"  {line['id']} {kind:{show[0]}} {span!r}: {mark}")
        for f in findings:
            if not counted(f.code):
                continue
            ok = any(f.start < g["end"] and g["start"] < f.end for g in line["errors"])
            score.every[f.code] += 1
            (score.right if ok else score.wrong)[f.code] += 1
            if show and not ok:
                around = text[max(0, f.start - show[1]) : f.end + show[1]]
                print(f"  {line['id']} FALSE {f.code} {around!r}")
    return score


def print_kinds(score: TuningScore, width: int) -> None:
    """The tuning harnesses' table: each kind's spans found / labelled, then all of them."""
    for kind in sorted(score.total):
        print(f"{kind:{width}} {score.found[kind]}/{score.total[kind]}")
    print(f"{'all':{width}} {sum(score.found.values())}/{sum(score.total.values())}")


def print_rule_precision(score: TuningScore, label: str) -> None:
    """The counted rules' findings that overlap a span, of all, and the false ones per code."""
    hits, misses = sum(score.right.values()), sum(score.wrong.values())
    share = f"{hits / (hits + misses):.1%}" if hits + misses else "–"
    print(f"{label} precision {hits}/{hits + misses} ({share}); false: {dict(score.wrong)}")


def main(argv: list[str]) -> int:
    # Each set's files are verbatim page text: in the working tree, else in the local store.
    folders = [localdata.folder(Path(a).resolve()) for a in argv] or [
        localdata.folder(folder) for folder in sorted(DATA.glob("realmt-*"))
    ]
    try:
        reserved = reserved_domains(DEFAULT_RESERVED)
        for folder in folders:
            if not (folder / "excerpts.txt").is_file():
                print(f"realmt_build: {localdata.restore_hint(folder)}", file=sys.stderr)
                return 2
            lines = build_set(folder, reserved)
            with open(built_path(folder), "w", encoding="utf-8") as out:
                for line in lines:
                    out.write(json.dumps(line, ensure_ascii=False) + "\n")
            spans = sum(len(line["errors"]) for line in lines)
            print(f"{folder}: {len(lines)} excerpts, {spans} labelled spans")
    except (LabelError, OSError) as error:
        print(f"realmt_build: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
