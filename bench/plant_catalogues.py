"""Planted artefacts in real translators' catalogues (bench_freshfiles.py --planted, group 3).

Each group-3 target file is read as a catalogue (its source file beside it), artefacts are planted
in every seventh unit that can take one, written into the file's text the format's way (escapes,
YAML quoting: the same path as a fix), and the planted file is checked twice: read as a catalogue
(now) and as plain text (how mtlint read these files before it knew them). A plant is found when a
finding at the confidence bar overlaps its span in the planted file.

Kinds: "untranslated" (the target replaced by its source sentence), "placeholder" (a placeholder
of the target dropped), "number" (a number the source and the target share changed), "doubled"
(a word written twice), "glued" (the space after a sentence's full stop removed). Which ones a
plain-text reading can find at all is part of the answer: the bilingual ones need the source.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from pathlib import Path

from mtlint.checks.config import Config
from mtlint.checks.documents import load_document, load_plain_text
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.model import Edit
from mtlint.checks.writeback import encode_text, file_edits

_PLACEHOLDER = re.compile(r"%(?:\d+\$)?[sdif@]|\{\{?\s*\w+\s*\}?\}|\$\d|%\{\w+\}")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?![\w.,])")
_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
_GLUE = re.compile(r"(?<=[^\W\d_]{3}[.!?]) (?=[A-ZÀ-Ý])")
STEP = 7


def _plant(kind: str, target: str, source: str) -> tuple[int, int, str] | None:
    """(start, end, replacement) in the target's text, or None when it cannot take the kind."""
    if kind == "untranslated":
        if len(source.split()) >= 3 and source != target and "{" not in source + target:
            return 0, len(target), source
        return None
    if kind == "placeholder":
        match = _PLACEHOLDER.search(target)
        return (*match.span(), "") if match and match.group() in source else None
    if kind == "number":
        for match in _NUMBER.finditer(target):
            if re.search(rf"(?<!\d){match.group()}(?!\d)", source):
                changed = str(int(match.group()) + 3)
                return (*match.span(), changed)
        return None
    if kind == "doubled":
        words = list(_WORD.finditer(target))
        if len(target.split()) >= 4 and words:
            word = words[len(words) // 2]
            return word.start(), word.end(), f"{word.group()} {word.group()}"
        return None
    match = _GLUE.search(target)  # "glued"
    return (*match.span(), "") if match else None


KINDS = ("untranslated", "placeholder", "number", "doubled", "glued")


def plant_file(path: Path) -> tuple[bytes, list[tuple[str, int, int]]]:
    """The planted file's bytes and each plant's (kind, start, end) in its decoded text."""
    document = load_document(path)
    edits: list[tuple[str, Edit]] = []
    turn = 0
    for index, (start, end, source) in enumerate(document.units):
        if index % STEP:
            continue
        target = document.text[start:end]
        for offset in range(len(KINDS)):
            kind = KINDS[(turn + offset) % len(KINDS)]
            planted = _plant(kind, target, source)
            if planted is not None:
                turn += 1
                s, e, replacement = planted
                edits.append((kind, Edit(start + s, start + e, replacement)))
                break
    raw = document.file_text
    mapped = [(kind, file_edits(document, [edit])) for kind, edit in edits]
    plants: list[tuple[str, int, int]] = []
    delta = 0
    flat: list[Edit] = []
    for kind, pieces in sorted(mapped, key=lambda item: item[1][0].start):
        for piece in pieces:
            flat.append(piece)
            start = piece.start + delta
            plants.append((kind, start, start + len(piece.replacement)))
            delta += len(piece.replacement) - (piece.end - piece.start)
    return encode_text(apply_edits(raw, flat), document.encoding, document.bom), plants


def found_plants(path: Path, plants: list, config: Config, *, before: bool) -> Counter:
    document = load_plain_text(path, path.read_bytes()) if before else load_document(path)
    spans = []
    for finding in check_document(document, config).findings:
        start = document.to_file_offset(finding.start)
        end = document.to_file_offset(finding.end, is_end=True)
        spans.append((start, max(end, start + 1)))
    found: Counter = Counter()
    for kind, start, end in plants:
        end = max(end, start + 1)
        if any(s < end + 1 and start - 1 < e for s, e in spans):
            found[kind] += 1
    return found


def report_planted(config: Config, manifest: dict, materialise) -> None:
    planted: Counter = Counter()
    now: Counter = Counter()
    then: Counter = Counter()
    with tempfile.TemporaryDirectory() as folder:
        for entry in manifest["sets"]:
            if entry.get("group") != 3:
                continue
            for path in entry["paths"]:
                name, local = materialise(Path(folder), entry, path)
                if local is None:
                    print(f"skipped: {name}")
                    continue
                data, plants = plant_file(local)
                local.write_bytes(data)
                for kind, _, _ in plants:
                    planted[(entry["kind"], kind)] += 1
                for counter, before in ((now, False), (then, True)):
                    for kind, n in found_plants(local, plants, config, before=before).items():
                        counter[(entry["kind"], kind)] += n
    print(f"\nPlanted artefacts found at {config.min_confidence} (catalogue reading / plain text)")
    print("| set | kind | planted | found now | found as plain text |")
    print("|---|---|---|---|---|")
    totals: dict[str, Counter] = {"planted": Counter(), "now": Counter(), "then": Counter()}
    for key in sorted(planted):
        print(f"| {key[0]} | {key[1]} | {planted[key]} | {now[key]} | {then[key]} |")
        totals["planted"][key[1]] += planted[key]
        totals["now"][key[1]] += now[key]
        totals["then"][key[1]] += then[key]
    for kind in KINDS:
        print(
            f"| all | {kind} | {totals['planted'][kind]} | {totals['now'][kind]} "
            f"| {totals['then'][kind]} |"
        )
    print(f"| all | all | {sum(planted.values())} | {sum(now.values())} | {sum(then.values())} |")
