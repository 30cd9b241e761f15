"""Xcode string catalogues (``Localizable.xcstrings``): one JSON file holds every language —
``{"sourceLanguage": "en", "strings": {KEY: {"localizations": {"fr": {"stringUnit": {"value":
…}}}}}}``, with plural, device and width ``variations`` and ``substitutions`` of their own. One
target language is checked per run: the one ``--lang`` names, else the only translation, else
the one with the most strings (a note names the others). Each value is a unit keyed by its path
(``KEY``, ``KEY#plural#few``, ``KEY#arg1#plural#one``), checked against the source language's
value of the same path in the same file, else the key itself (Xcode leaves the source
localization out when the key is the text); a plural form the source lacks takes its
``other``. ``"shouldTranslate": false`` strings are skipped.

The JSON is validated with ``json`` (a broken file is one clear line) and scanned with the
offsets of every string (checks/documents/jsoncat.py), so fixes are written back in place with
JSON escapes.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from mtlint.checks.documents import decode_bytes, register_escape, register_loader
from mtlint.checks.documents._keyed import Entry, keyed_document, source_for
from mtlint.checks.documents.base import Document, InputError
from mtlint.checks.documents.jsoncat import Leaf, escape_json, json_leaves, json_string_parts

# Path parts that only wrap a value: they are left out of a unit's key.
_WRAPPERS = frozenset({"variations", "stringUnit", "value"})
SEPARATOR = "#"
# A reference to a substitution ("%#@count@", "%1$#@count@").
_REFERENCE = re.compile(r"%(\d+\$)?#@(\w+)@")


def _values(leaves: list[Leaf], data: dict) -> dict[str, dict[str, Leaf]]:
    """{language: {unit key: leaf}} of every ``stringUnit`` value in the catalogue. A
    substitution is named by its argument number ("%1"), as languages name them differently
    ("arg1" in the source, "count_posts" in a translation)."""
    found: dict[str, dict[str, Leaf]] = {}
    for leaf in leaves:
        keys = leaf[0]
        if len(keys) < 6 or keys[0] != "strings" or keys[2] != "localizations":
            continue
        if keys[-2:] != ("stringUnit", "value"):
            continue
        inner = [k for k in keys[4:] if k not in _WRAPPERS]
        if keys[4] == "substitutions" and len(keys) > 5:
            inner[1] = _argument(data, keys[1], keys[3], keys[5])
        found.setdefault(keys[3], {})[SEPARATOR.join((keys[1], *inner))] = leaf
    return found


def _argument(data: dict, key: str, language: str, name: str) -> str:
    number = _numbers(data, key, language).get(name)
    return f"%{number}" if number is not None else name


def _numbers(data: dict, key: str, language: str) -> dict[str, int]:
    """{substitution name: its argument number}: its "argNum", else its place among the
    references of the localization's own value ("%#@posts@ von %#@people@": 1, 2)."""
    try:
        localization = data["strings"][key]["localizations"][language]
        found = localization.get("substitutions", {})
        value = localization.get("stringUnit", {}).get("value", "")
    except (KeyError, TypeError, AttributeError):
        return {}
    if not isinstance(found, dict):
        return {}
    order = [m.group(2) for m in _REFERENCE.finditer(value if isinstance(value, str) else "")]
    numbers = {}
    for name, about in found.items():
        number = about.get("argNum") if isinstance(about, dict) else None
        if not isinstance(number, int) and name in order:
            number = order.index(name) + 1
        if isinstance(number, int):
            numbers[name] = number
    return numbers


def _skipped(data: dict) -> set[str]:
    strings = data.get("strings")
    if not isinstance(strings, dict):
        return set()
    return {
        key
        for key, about in strings.items()
        if isinstance(about, dict) and about.get("shouldTranslate") is False
    }


def _target(path: Path, data: dict, values: dict, asked: str | None) -> tuple[str, list[str]]:
    """The language to check, and a note when the file holds others."""
    source = data.get("sourceLanguage", "en")
    translations = Counter({lang: len(units) for lang, units in values.items() if lang != source})
    held = ", ".join(sorted(translations)) or "none"
    if asked:
        for lang in translations:
            if lang.lower().replace("_", "-") == asked.lower().replace("_", "-"):
                return lang, []
        if asked.split("-")[0].split("_")[0] in translations:
            return asked.split("-")[0].split("_")[0], []
        raise InputError(f"{path}: no '{asked}' translations in this catalogue (it holds: {held})")
    if not translations:
        raise InputError(f"{path}: no translations in this catalogue (only '{source}')")
    chosen = sorted(translations.items(), key=lambda item: (-item[1], item[0]))[0][0]
    notes = []
    if len(translations) > 1:
        notes.append(
            f"holds {len(translations)} translations ({held}): checked '{chosen}'; "
            "--lang LANG checks another"
        )
    return chosen, notes


def _read(path: Path, data: bytes):
    raw, encoding, bom = decode_bytes(data, name=str(path))
    parsed, leaves = json_leaves(raw, str(path))
    if not isinstance(parsed, dict) or not isinstance(parsed.get("strings"), dict):
        raise InputError(f'{path}: not a string catalogue (no "strings" object)')
    return raw, encoding, bom, parsed, leaves


register_escape("xcstrings")(escape_json)


@register_loader(".xcstrings", options=True)
def load_xcstrings(
    path: Path, data: bytes, *, language: str | None = None, source: str | Path | None = None
) -> Document:
    if source:
        raise InputError(f"{path}: a string catalogue holds its source language itself")
    raw, encoding, bom, parsed, leaves = _read(path, data)
    values = _values(leaves, parsed)
    target, notes = _target(path, parsed, values, language)
    source_language = str(parsed.get("sourceLanguage", "en"))
    source_texts = _source_texts(raw, values.get(source_language, {}))
    skipped = _skipped(parsed)
    strings = parsed["strings"]
    entries, sources = [], {}
    for key, (keys, start, end) in sorted(values[target].items(), key=lambda item: item[1][1]):
        if keys[1] in skipped:
            continue
        about = strings.get(keys[1]) if isinstance(strings.get(keys[1]), dict) else {}
        comment = about.get("comment", "") if isinstance(about, dict) else ""
        entries.append(
            Entry(
                key,
                json_string_parts(raw, start, end),
                context=comment if isinstance(comment, str) else "",
            )
        )
        text = _source_text(key, keys[1], source_texts.get(keys[1], {}))
        sources[key] = _renamed(text, parsed, keys[1], source_language, target)
    document = keyed_document(
        path,
        raw,
        entries,
        format="xcstrings",
        placeholders="xcstrings",
        encoding=encoding,
        bom=bom,
        parse_source=lambda _: {},
        language=target,
        sources=(sources, source_language),
    )
    return _with_notes(document, notes)


def _source_texts(raw: str, source_values: dict[str, Leaf]) -> dict[str, dict[str, str]]:
    """The source language's values, by the string key they belong to."""
    grouped: dict[str, dict[str, str]] = {}
    for key, (keys, start, end) in source_values.items():
        text = "".join(p[0] for p in json_string_parts(raw, start, end))
        grouped.setdefault(keys[1], {})[key] = text
    return grouped


def _source_text(key: str, string_key: str, texts: dict[str, str]) -> str:
    """The source language's value of a unit key; its plural form "other" when the source has
    not the target's form; the string's key itself when the source localization is left out."""
    found = source_for(texts, key)
    return found if found is not None else texts.get(string_key, string_key)


def _renamed(text: str, data: dict, key: str, source: str, target: str) -> str:
    """The source text with its substitutions named as the translation names them (by their
    argument number: "%#@arg1@" is the target's "%#@count_posts@")."""
    if "#@" not in text:
        return text
    source_numbers = _numbers(data, key, source)
    by_number = {number: name for name, number in _numbers(data, key, target).items()}

    def rename(match: re.Match[str]) -> str:
        name = by_number.get(source_numbers.get(match.group(2), -1), match.group(2))
        return f"%{match.group(1) or ''}#@{name}@"

    return _REFERENCE.sub(rename, text)


def _with_notes(document: Document, notes: list[str]) -> Document:
    if not notes:
        return document
    from dataclasses import replace

    return replace(document, notes=(*document.notes, *notes))
