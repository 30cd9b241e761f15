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
# The languages a project writes its source strings in, tried in this order; file names spell
# a region in lower case too (Jellyfin's "en-us.json", h30files). "Base" stays last.
SOURCE_LOCALES = (
    "en",
    "en_US",
    "en-US",
    "en-us",
    "en_us",
    "en_GB",
    "en-GB",
    "en-gb",
    "en_gb",
    "Base",
)


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
    # .NET's neutral resources: "Resources.fr.resx" falls back to "Resources.resx".
    if f".{locale}." in path.name:
        yield parent / path.name.replace(f".{locale}.", ".", 1)


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
    source: Path | None = None,
    sources: tuple[dict[str, str], str] | None = None,
) -> Document:
    """The bilingual Document of a keyed catalogue: its translatable values, each with the
    source file's value of the same key (else the key) as its source. ``placeholders`` names
    the format's placeholder syntax in resources/formats/placeholders.json ("webext" …).
    ``source``: the source-language file the user named (--source), instead of the one beside
    the target by convention; ``sources``: the source strings and their language when the file
    holds them itself (.xcstrings)."""
    found = _sources(path, parse_source, source, sources)
    segments = []
    matched = 0
    unmatched: list[str] = []
    for entry in entries:
        if not entry.translatable or not entry.parts or _ONLY_REFERENCES.fullmatch(entry.text):
            continue
        text = source_for(found.strings, entry.key)
        matched += text is not None
        if text is None:
            unmatched.append(entry.key)
        segments.append(
            Segment(
                lambda p, e=entry: add_parts(p, e),
                text if text is not None else entry.key,
                entry.end,
                _unit_info(entry, text, found.strings, language or found.locale),
            )
        )
    notes = list(found.notes)
    if source is not None and segments and not matched:
        raise InputError(
            f"{path}: none of its {len(segments)} keys is among the {len(found.strings)} of "
            f"{source} (is that the source of this file?)"
        )
    if found.where and found.strings:
        notes.append(_matched_note(found.where, matched, unmatched, len(segments)))
    document = build_bilingual(
        raw,
        segments,
        path=path,
        format=format,
        encoding=encoding,
        bom=bom,
        language=language or found.locale,
        source_language=found.language,
        format_data=format_data,
    )
    if placeholders:
        document = replace(
            document,
            placeholders=placeholder_spans(document, placeholders),
            format_data=(*document.format_data, (PLACEHOLDER_STYLE, placeholders)),
        )
    return replace(document, notes=document.notes + tuple(notes)) if notes else document


# A value that only refers to an Apple plural variable ("%#@files@", the format key of a
# .stringsdict entry or an .xcstrings substitution): structure, its forms are the text.
_ONLY_REFERENCES = re.compile(r"\s*(?:%(?:\d+\$)?#@\w+@\s*)+")


@dataclass
class _Found:
    """The source strings of a catalogue, where they came from, and the languages."""

    strings: dict[str, str] = field(default_factory=dict)
    where: str = ""
    language: str = "en"
    locale: str | None = None
    notes: list[str] = field(default_factory=list)


def _sources(
    path: Path,
    parse_source: Callable[[Path], dict[str, str]],
    given: Path | None,
    inline: tuple[dict[str, str], str] | None,
) -> _Found:
    if inline is not None:
        return _Found(inline[0], "", inline[1])
    if given is not None:
        try:
            strings = parse_source(given)
        except (InputError, OSError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            raise InputError(f"{path}: source file {given} not read: {reason}") from None
        return _Found(strings, str(given), _source_locale(given), locale_of(path))
    # A file on disk, named relative to the working folder too ("fr.json" beside "en.json");
    # not a name given to text that has no file (pasted, or bytes in a test).
    source_path, locale = find_source(path.absolute()) if path.is_file() else (None, None)
    found = _Found(locale=locale)
    if source_path is None:
        return found
    try:
        found.strings = parse_source(source_path)
    except (InputError, OSError) as error:
        found.notes.append(f"source file {source_path.name} not read: {error}")
        return found
    if found.strings:
        near = _near(path, source_path)
        found.where = str(source_path.relative_to(path.parent.parent) if near else source_path)
        found.language = _source_locale(source_path)
    return found


def _matched_note(where: str, matched: int, unmatched: list[str], total: int) -> str:
    note = f"source strings from {where}: {matched} of {total} keys matched"
    if unmatched and matched:
        listed = ", ".join(unmatched[:3]) + (" …" if len(unmatched) > 3 else "")
        note += f" (not in the source: {listed})"
    return note


@functools.cache
def placeholder_pattern(style: str) -> re.Pattern[str]:
    """One alternation of a placeholder style's expressions (resources/formats/
    placeholders.json), the first listed tried first."""
    from mtlint.checks.resourcefiles import resource_json

    expressions = resource_json("formats", "placeholders.json")[style]
    return re.compile("|".join(f"(?:{expression})" for expression in expressions))


# ICU MessageFormat (ARB, i18next JSON): the argument head ("{count, plural,"), a case
# selector ("one {", "=0 {"), a closing brace and the number sign of a plural case: in a unit
# with such a head they are placeholders too (h26files; protected spans before, which dropped
# every finding that overlapped one, a unit left untranslated as well).
ICU_HEAD = re.compile(r"\{\s*[\w.]+\s*,\s*(?:plural|select|selectordinal)\s*,")
# A selector follows the head or a case's closing brace: "von {artist}" in a case is text and
# a placeholder, no selector.
_ICU_SYNTAX = re.compile(
    r"\{\s*[\w.]+\s*,\s*(?:plural|select|selectordinal)\s*,(?:\s*offset:\d+)?"
    r"\s*(?:=\d+|[A-Za-z_]\w*)\s*\{"
    r"|(?<=\})\s*(?:=\d+|[A-Za-z_]\w*)\s*\{|\}|#"
)
_ICU_STYLES = frozenset({"arb", "nested"})
_ICU_CASE = re.compile(r"\s*(?:=\d+|[A-Za-z_]\w*)\s*\{")


def icu_structure(text: str) -> list[tuple[int, int]]:
    """The spans of a message's ICU plural/select structure: each argument's head ("{count,
    plural, "), its case selectors ("=1{", "other {") and the braces that close a case and the
    argument, and an exact case's own number ("=1{1 run}") — not the case texts nor the
    placeholders in them ("{count}"). A language keeps as many cases as CLDR gives it (Arabic
    six, Japanese one, h32files): the structure is no text to compare, and "=1" no number."""
    spans: list[tuple[int, int]] = []
    position = 0
    while head := ICU_HEAD.search(text, position):
        position = _icu_cases(text, head.end(), spans, head.start())
    return spans


def _icu_cases(text: str, position: int, spans: list[tuple[int, int]], start: int) -> int:
    """The cases of one argument from ``position`` (after its head, which starts at ``start``);
    the offset after the argument's closing brace."""
    offset = re.compile(r"\s*offset:\s*\d+").match(text, position)
    head_end = offset.end() if offset else position
    spans.append((start, head_end))
    position = head_end
    while case := _ICU_CASE.match(text, position):
        spans.append(case.span())
        depth, index = 1, case.end()
        while index < len(text) and depth:
            if text[index] == "{":
                depth += 1
            elif text[index] == "}":
                depth -= 1
            index += 1
        if depth:
            return len(text)  # unbalanced: the rest is no structure we can read
        body_start, body_end = case.end(), index - 1
        inner = icu_structure(text[body_start:body_end])
        spans.extend((s + body_start, e + body_start) for s, e in inner)
        exact = re.search(r"=(\d+)", case.group())
        if exact:  # "=1{1 run}": the case's own number is the count it selects
            own = re.compile(rf"(?<![\w.,]){exact.group(1)}(?![\w]|[.,]\d)")
            spans.extend(m.span() for m in own.finditer(text, body_start, body_end))
        spans.append((body_end, index))
        position = index
    close = re.compile(r"\s*\}").match(text, position)
    if close:
        spans.append(close.span())
        return close.end()
    return max(position, start + 1)


def placeholder_spans(document: Document, style: str) -> tuple[tuple[int, int], ...]:
    """The placeholders of every unit's target text, as sorted, disjoint offsets in the
    document: the style's expressions, and ICU plural/select syntax where the style has it."""
    pattern = placeholder_pattern(style)
    text = document.text
    spans: list[tuple[int, int]] = []
    for start, end, _ in document.units:
        spans.extend(match.span() for match in pattern.finditer(text, start, end))
        if style in _ICU_STYLES and ICU_HEAD.search(text, start, end):
            spans.extend(match.span() for match in _ICU_SYNTAX.finditer(text, start, end))
    return _disjoint(spans)


def _disjoint(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted spans with the overlapping ones merged ("}" of "{name}" is in both patterns)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


# The format_data name of a catalogue's placeholder style (the bilingual rules read it).
PLACEHOLDER_STYLE = "placeholder_style"

# A plural form's key: i18next "files_few", Rails "files.few", Android "files#few" (the loader's).
_PLURAL_KEY = re.compile(r"(.*?)([._#])(zero|one|two|few|many|other)")


_PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")
# The flag of a plural form for one number only (checks/documents/po.py's ONE_NUMBER_FORM).
_ONE_NUMBER_FORM = "one-number-form"


# The flag of a unit whose source is its key, an identifier (bilingual_context skips the
# comparisons a key cannot answer: numbers, placeholders, length, language).
KEY_AS_SOURCE = "key-as-source"


def _unit_info(
    entry: Entry, source: str | None, strings: dict[str, str], language: str | None
) -> UnitInfo:
    """A unit's key and note; for a plural form, the sources of its form and of "other" (the
    bilingual rules then take a count from either: "1 file" / "%d files" → "%d файл"), and the
    flag of a form the target language uses for one number only ("eine Datei" for "1 file")."""
    plural = _PLURAL_KEY.fullmatch(entry.key)
    if source is None and not any(ch.isspace() for ch in entry.key):
        # The key stands for a source the source file lacks: an identifier
        # ("GlobalpingDescription") says nothing of the message's numbers or placeholders.
        return UnitInfo(context=entry.key, comments=entry.context, flags=(KEY_AS_SOURCE,))
    if plural is None or source is None:
        return UnitInfo(context=entry.key, comments=entry.context)
    other = source_for(strings, f"{plural.group(1)}{plural.group(2)}other") or source
    one_number = _one_number_category(language or "", plural.group(3))
    return UnitInfo(
        context=entry.key,
        comments=entry.context,
        plural_sources=(source, other),
        flags=(_ONE_NUMBER_FORM,) if one_number else (),
    )


@functools.cache
def _one_number_category(language: str, category: str) -> bool:
    """Whether the language's CLDR plural rule gives ``category`` to one number only (German
    "one" is 1; Russian "one" is 1, 21, 31 …; "zero" in Arabic is 0)."""
    from babel import Locale, UnknownLocaleError

    try:
        rule = Locale.parse(language.replace("-", "_")).plural_form
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return sum(rule(number) == category for number in range(1000)) == 1


def plural_form(key: str) -> int:
    """1–6 for a plural form's key ("files_few", "files.one", "notes#other"), else 0: the
    consistency pass compares a form only with the same form (Polish "few" and "many" both
    translate English "other": two translations of one source, and no inconsistency)."""
    plural = _PLURAL_KEY.fullmatch(key)
    return _PLURAL_FORMS.index(plural.group(3)) + 1 if plural else 0


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
