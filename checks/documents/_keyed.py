"""Shared by the keyed catalogues (Android strings.xml, Apple .strings, JSON i18n, ARB, YAML):
one file per language, units matched across languages by their key.

A loader parses its file into ``Entry`` values: the key, the value as pieces of the decoded file
(verbatim runs and atomic escapes, so every offset maps back to the file), and whether it is
translatable. ``keyed_document`` then looks for the source-language file beside it
(``res/values/strings.xml`` beside ``res/values-fr/``, ``en.lproj`` beside ``fr.lproj``,
``en.yml`` beside ``fr.yml``, ``app_en.arb`` beside ``app_fr.arb`` …), pairs the units by key and
builds the same bilingual Document as a .po file: the bilingual rules (placeholders, numbers,
untranslated units, glossary) then work on unit pairs. Without a source file, or for a key the
source does not have, the key itself stands for the source, as in a keyed XLIFF catalogue (the
bilingual context knows a key is no text to compare with).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from mtlint.checks.documents._bilingual import Segment, build_bilingual
from mtlint.checks.documents._projection import Projection
from mtlint.checks.documents.base import Document, InputError, UnitInfo

# A piece of a value: (text, raw_start, raw_end); one to one when text == raw[start:end].
Part = tuple[str, int, int]

# A locale tag as file and folder names spell it: "fr", "pt_BR", "pt-br", "zh_Hans", "sr-Latn".
LOCALE = r"[a-z]{2,3}(?:[_-](?:[A-Z][a-z]{3}|[A-Za-z]{2}|\d{3}|[A-Z][a-z]+))?"
_LOCALE = re.compile(rf"(?:{LOCALE})")
# The languages a project writes its source strings in, tried in this order.
SOURCE_LOCALES = ("en", "en_US", "en-US", "en_GB", "en-GB", "Base")


@dataclass
class Entry:
    """One translatable value of a keyed catalogue."""

    key: str
    parts: list[Part]
    context: str = ""
    translatable: bool = True
    protected: list[tuple[int, int]] = field(default_factory=list)  # offsets in the value's text

    @property
    def text(self) -> str:
        return "".join(text for text, _, _ in self.parts)

    @property
    def end(self) -> int:
        return self.parts[-1][2] if self.parts else 0


def add_parts(projection: Projection, entry: Entry) -> None:
    begin = projection.length
    raw = projection.raw
    for text, start, end in entry.parts:
        if raw[start:end] == text:
            projection.verbatim(start, end)
        else:
            projection.atomic(text, start, end)
    for start, end in entry.protected:
        projection.protect(begin + start, begin + end)


def escaped_parts(
    raw: str, start: int, end: int, escape: re.Pattern[str], decode: Callable[[str], str]
) -> list[Part]:
    """A quoted value's pieces: the runs between escapes verbatim, each escape atomic."""
    parts: list[Part] = []
    position = start
    for match in escape.finditer(raw, start, end):
        if match.start() > position:
            parts.append((raw[position : match.start()], position, match.start()))
        parts.append((decode(match.group()), match.start(), match.end()))
        position = match.end()
    if end > position:
        parts.append((raw[position:end], position, end))
    return parts


# --- the source file beside the target ----------------------------------------------------------


def locale_of(path: Path) -> str | None:
    """The language a catalogue's path names: ``values-fr``, ``fr.lproj``, ``_locales/fr``,
    ``fr.yml``, ``app_fr.arb``, ``locales/fr/common.json``."""
    parent = path.parent.name
    if parent.startswith("values-"):
        qualifier = parent[len("values-") :].split("-")
        code = qualifier[0]
        if re.fullmatch(r"[a-z]{2,3}", code):
            region = qualifier[1][1:] if len(qualifier) > 1 and qualifier[1][:1] == "r" else ""
            return f"{code}-{region}" if region else code
        if code == "b+" or parent.startswith("values-b+"):
            return parent[len("values-b+") :].split("+")[0] or None
        return None
    if parent.endswith(".lproj"):
        return parent[: -len(".lproj")]
    stem = path.name.split(".")[0]
    for candidate in (
        stem,
        *path.name.split(".")[1:-1],
        stem.rsplit("_", 1)[-1],
        stem.rsplit("-", 1)[-1],
    ):
        if is_locale(candidate):
            return candidate
    return parent if is_locale(parent) else None


def is_locale(name: str) -> bool:
    """Whether a file or folder name is a locale tag CLDR knows ("fr", "pt_br", "zh-Hans"),
    not a word that merely looks like one ("app", "res", "ui")."""
    from babel.localedata import normalize_locale

    return bool(_LOCALE.fullmatch(name)) and normalize_locale(name.replace("-", "_")) is not None


def _source_candidates(path: Path, locale: str) -> Iterable[Path]:
    parent = path.parent
    if parent.name.startswith("values-"):
        yield parent.parent / "values" / path.name
        return
    if parent.name.endswith(".lproj"):
        for source in SOURCE_LOCALES:
            yield parent.parent / f"{source}.lproj" / path.name
        return
    if parent.name == locale:  # locales/fr/common.json, _locales/fr/messages.json
        for source in SOURCE_LOCALES:
            yield parent.parent / source / path.name
        return
    pattern = re.compile(rf"(?<![A-Za-z]){re.escape(locale)}(?![A-Za-z])")
    for source in SOURCE_LOCALES[:-1]:
        name = pattern.sub(source, path.name, count=1)
        if name != path.name:
            yield parent / name


def find_source(path: Path) -> tuple[Path | None, str | None]:
    """The source-language file beside a target catalogue, and the target's locale."""
    locale = locale_of(path)
    if locale is None or locale in SOURCE_LOCALES:
        return None, locale
    for candidate in _source_candidates(path, locale):
        if candidate != path and candidate.is_file():
            return candidate, locale
    return None, locale


# --- the Document -------------------------------------------------------------------------------


def keyed_document(
    path: Path,
    raw: str,
    entries: list[Entry],
    *,
    format: str,
    encoding: str,
    bom: bool,
    parse_source: Callable[[Path], dict[str, str]],
    language: str | None = None,
    format_data: tuple[tuple[str, object], ...] = (),
    placeholders: str = "",
) -> Document:
    """The bilingual Document of a keyed catalogue: its translatable values, each with the
    source file's value of the same key (else the key) as its source. ``placeholders`` names
    the format's placeholder syntax in resources/formats/placeholders.json ("webext" …)."""
    source_path, locale = find_source(path) if path.parent != Path("") else (None, None)
    sources: dict[str, str] = {}
    notes: list[str] = []
    if source_path is not None:
        try:
            sources = parse_source(source_path)
        except (InputError, OSError) as error:
            notes.append(f"source file {source_path.name} not read: {error}")
    segments = []
    matched = 0
    for entry in entries:
        if not entry.translatable or not entry.parts:
            continue
        source = source_for(sources, entry.key)
        matched += source is not None
        segments.append(
            Segment(
                lambda p, e=entry: add_parts(p, e),
                source if source is not None else entry.key,
                entry.end,
                UnitInfo(context=entry.key, comments=entry.context),
            )
        )
    if source_path is not None and sources:
        where = (
            source_path.relative_to(path.parent.parent) if _near(path, source_path) else source_path
        )
        notes.append(f"source strings from {where}: {matched} of {len(segments)} keys matched")
    document = build_bilingual(
        raw,
        segments,
        path=path,
        format=format,
        encoding=encoding,
        bom=bom,
        language=language or locale,
        source_language="en" if source_path is None or not sources else _source_locale(source_path),
        format_data=format_data,
    )
    if placeholders:
        document = replace(
            document,
            placeholders=placeholder_spans(document, placeholders),
            format_data=(*document.format_data, (PLACEHOLDER_STYLE, placeholders)),
        )
    return replace(document, notes=document.notes + tuple(notes)) if notes else document


@functools.cache
def placeholder_pattern(style: str) -> re.Pattern[str]:
    """One alternation of a placeholder style's expressions (resources/formats/
    placeholders.json), the first listed tried first."""
    from mtlint.checks.resourcefiles import resource_json

    expressions = resource_json("formats", "placeholders.json")[style]
    return re.compile("|".join(f"(?:{expression})" for expression in expressions))


def placeholder_spans(document: Document, style: str) -> tuple[tuple[int, int], ...]:
    """The placeholders of every unit's target text, as sorted offsets in the document."""
    pattern = placeholder_pattern(style)
    text = document.text
    return tuple(
        match.span()
        for start, end, _ in document.units
        for match in pattern.finditer(text, start, end)
    )


# The format_data name of a catalogue's placeholder style (the bilingual rules read it).
PLACEHOLDER_STYLE = "placeholder_style"

# A plural form's key: i18next "files_few", Rails "files.few", Android "files#few" (the loader's).
_PLURAL_KEY = re.compile(r"(.*?)([._#])(zero|one|two|few|many|other)")


def source_for(sources: dict[str, str], key: str) -> str | None:
    """The source's value for a key; for a plural form the source language lacks (Polish
    "few", "many" beside English "one", "other"), the source's "other" form."""
    found = sources.get(key)
    if found is not None:
        return found
    plural = _PLURAL_KEY.fullmatch(key)
    if plural is None:
        return None
    base, separator = plural.group(1), plural.group(2)
    return sources.get(f"{base}{separator}other", sources.get(base))


def _near(path: Path, other: Path) -> bool:
    try:
        other.relative_to(path.parent.parent)
    except ValueError:
        return False
    return True


def _source_locale(path: Path) -> str:
    locale = locale_of(path)
    return "en" if locale in (None, "Base") or path.parent.name == "values" else locale
