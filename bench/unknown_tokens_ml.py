"""The labelled documents of bench/unknown_tokens.py beyond English (h24unkml, issue 12): every
set the local store holds in the language — the real-MT calibration sets, the multilingual
tuning sets' lines in it — the planted sets (synthetic: kind "planted", fitted with or without),
and native negatives (clean-native-dev, outside-ml's dev half, tests/realfiles' catalogues).

Group = the outlet's registrable domain; the DEMETR sentences of clean-native-dev and the link
artefacts planted into them share one group per block of 25 (the same words, planted or not,
never on both sides of a fold); outside-ml by its source file.
"""

from __future__ import annotations

from pathlib import Path

import localdata
from goldmatch import load_jsonl
from labelled_sets import set_lines

SHARED = Path(__file__).resolve().parent.parent.parent.parent / "shared" / "data"
# Real MT (calibration and tuning sets): every line in the language.
REAL_SETS = (
    "realmt-de19",
    "realmt-fr20",
    "realmt-es20",
    "realmt-de",
    "unknown-real-ml",
    "glue-signs-real-ml",
    "slips-real-ml",
    "accents-real-ml",
    "caps-real-ml",
    "english-left-real-de",
    "english-left-real-ml",
)
# Native catalogues of tests/realfiles, by language (negative only).
REALFILES = {
    "de": ("gnome-calculator-de.po",),
    "fr": ("sphinx-fr.po", "symfony-form-validators.fr.xlf", "symfony-security.fr.xlf"),
}
BLOCK = 25


def line_language(line: dict) -> str:
    """A line's ``target_lang``, else its id's prefix (``pt-mt-001``)."""
    lang = str(line.get("target_lang") or "")
    if len(lang) == 2:
        return lang
    prefix = str(line.get("id", "")).split("-", 1)[0]
    return prefix if len(prefix) == 2 else ""


def _errors(line: dict) -> list[tuple[int, int, str]]:
    errors = line.get("errors") or []
    return [
        (e["start"], e["end"], e.get("category", "other"))
        for e in errors
        if e.get("start") is not None and e.get("side", "target") == "target"
    ]


def _document(name: str, line: dict, group: str, kind: str) -> dict:
    return {
        "set": name,
        "id": line.get("id", ""),
        "text": line["target"],
        "gold": _errors(line),
        "group": group,
        "kind": kind,
    }


def real_documents(language: str, group_of) -> list[dict]:
    documents = []
    for name in REAL_SETS:
        for line in set_lines(name):
            if line_language(line) == language:
                kind = line.get("kind") or "mt"
                documents.append(_document(name, line, group_of(line, name), kind))
    return documents


def demetr_documents(language: str) -> list[dict]:
    """clean-native-dev's lines in blocks of 25 (native) and the link artefacts planted into
    the same sentences (planted), each in its block's group."""
    documents = []
    block_of: dict[str, int] = {}
    clean = SHARED / "clean-native-dev.jsonl"
    if clean.is_file():
        lines = [line for line in load_jsonl(clean) if line.get("target_lang") == language]
        for index, line in enumerate(lines):
            block_of[line.get("origin_id", "")] = index // BLOCK
        for start in range(0, len(lines), BLOCK):
            text = "\n".join(line["target"] for line in lines[start : start + BLOCK])
            block = {"id": f"clean:{start}", "target": text}
            group = f"demetr:{language}:{start // BLOCK}"
            documents.append(_document("clean-native", block, group, "native"))
    planted = SHARED / "synthetic-link-artefacts-ml.jsonl"
    if planted.is_file():
        for line in load_jsonl(planted):
            if line.get("target_lang") != language:
                continue
            origin = line.get("origin_id", "")
            origin = origin[0] if isinstance(origin, list) else origin  # two sentences joined
            block = block_of.get(origin, -1)
            group = f"demetr:{language}:{block}"
            documents.append(_document("link-artefacts", line, group, "planted"))
    return documents


def outside_documents(language: str) -> list[dict]:
    """outside-ml's dev half (its held half is measure-only): planted and clean lines, grouped
    by source file."""
    documents = []
    folder = localdata.folder("bench/data/outside-ml")
    for name, kind in (("dev-planted.jsonl", "planted"), ("dev-clean.jsonl", "native")):
        path = folder / name
        if not path.is_file():
            continue
        for line in load_jsonl(path):
            if line.get("target_lang") != language:
                continue
            group = "outside:" + str(line.get("url", "")).split("#", 1)[0]
            documents.append(_document(f"outside-{kind}", line, group, kind))
    return documents


def realfile_documents(language: str) -> list[dict]:
    """tests/realfiles' catalogues in the language: every translated string, one document."""
    from mtlint.checks.documents import load_document

    documents = []
    folder = localdata.folder("tests/realfiles")
    for name in REALFILES.get(language, ()):
        path = folder / name
        if not path.is_file():
            continue
        document = load_document(path)
        line = {"id": name, "target": document.text}
        documents.append(_document("realfiles", line, f"realfiles:{name}", "native"))
    return documents


def labelled_documents(language: str, group_of) -> list[dict]:
    return (
        real_documents(language, group_of)
        + demetr_documents(language)
        + outside_documents(language)
        + realfile_documents(language)
    )
