"""XLIFF 1.2 and 2.0: the target segments are checked, each against its source.

The file is first parsed with defusedxml (entity declarations and external references are refused,
never expanded or fetched); the segments are then located in the decoded text so that every
offset maps back to the file. Inline tags (``<g>``, ``<x/>``, ``<ph>`` …) stay in the text,
protected, so the tag/placeholder check can compare them with the source's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from mtlint.checks.documents import InputError, register_escape, register_loader
from mtlint.checks.documents._bilingual import (
    Segment,
    add_xml_inline,
    build_bilingual,
    local_name,
    mask_comments,
    parse_xml_safely,
    xml_inline_text,
)
from mtlint.checks.documents._projection import decode_markup_bytes, escape_markup
from mtlint.checks.documents.base import Document, UnitInfo

_UNIT_12 = re.compile(r"<trans-unit\b[^>]*>(.*?)</trans-unit\s*>", re.DOTALL)
_UNIT_20 = re.compile(r"<segment\b[^>]*>(.*?)</segment\s*>", re.DOTALL)
register_escape("xliff")(escape_markup)  # every version ("xliff-1.2", "xliff-2.0" …)

_SOURCE = re.compile(r"<source\b[^>]*>(.*?)</source\s*>", re.DOTALL)
_TARGET = re.compile(r"<target\b[^>]*>(.*?)</target\s*>", re.DOTALL)


def _segment(raw: str, masked: str, match: re.Match) -> Segment | None:
    body_start, body_end = match.span(1)
    source = _SOURCE.search(masked, body_start, body_end)
    target = _TARGET.search(masked, body_start, body_end)
    if target is None:
        return None
    start, end = target.span(1)
    source_text = xml_inline_text(raw[source.start(1) : source.end(1)]) if source else ""
    unit_tag = masked[match.start() : body_start]
    target_tag = masked[target.start() : start]
    info = UnitInfo(
        context=_attribute(unit_tag, "resname") or _attribute(unit_tag, "id"),
        fuzzy=_needs_work(unit_tag, target_tag),
    )
    return Segment(lambda p, s=start, e=end: add_xml_inline(p, s, e), source_text, end, info)


# Target states that say the target is not a translation yet (XLIFF 1.2 state, 2.0 segment state):
# skipped like a PO fuzzy entry unless asked for. States awaiting review (needs-review-…) are
# translations, and a reviewer wants them checked; a unit without a state is translated.
_NEEDS_WORK = frozenset({"new", "needs-translation", "initial"})


def _attribute(tag: str, name: str) -> str:
    match = re.search(rf'\b{name}\s*=\s*"([^"]*)"', tag) or re.search(
        rf"\b{name}\s*=\s*'([^']*)'", tag
    )
    return match.group(1) if match else ""


def _needs_work(unit_tag: str, target_tag: str) -> bool:
    state = _attribute(target_tag, "state") or _attribute(unit_tag, "state")
    return state in _NEEDS_WORK


# A source that is a message key ("stats.percentUsed", "menu.logout"): Symfony's keys-as-source
# style, whose English text is the target of the same unit in the source language's file.
# The flag of a unit whose source came from the source language's file by its key: a keyed
# unit like a catalogue's (checks/consistency.py reads its key as the place it is shown).
KEYED_SOURCE = "keyed-source"
_KEY = re.compile(r"[A-Za-z][\w-]*(?:\.[\w-]+)+")


def _is_key(source: str, name: str) -> bool:
    """A source that is the unit's key: dotted ("stats.used"), or one word that is the unit's
    resname itself ("pagination")."""
    return bool(name) and (
        bool(_KEY.fullmatch(source)) or (source == name and not any(c.isspace() for c in source))
    )


def _source_language_file(
    path: Path, original: str | None, source_language: str | None, language: str | None
) -> Path | None:
    """The source language's file beside ``path``: the one ``original`` names, else the same
    name with the source language for the target's ("messages.fr.xlf" → "messages.en.xlf")."""
    names = [original] if original and "/" not in original and "\\" not in original else []
    if source_language and language and f".{language}." in path.name:
        names.append(path.name.replace(f".{language}.", f".{source_language}.", 1))
    for name in names:
        candidate = path.with_name(name)
        if candidate != path and candidate.is_file():
            return candidate
    return None


def _texts_by_unit(path: Path) -> dict[str, str]:
    """Each unit's text (its target, else its source) by resname or id; {} when unreadable."""
    try:
        data = path.read_bytes()
        parse_xml_safely(data, str(path))
        raw = decode_markup_bytes(data, str(path))[0]
    except (InputError, OSError):
        return {}
    masked = mask_comments(raw)
    texts = {}
    for match in _UNIT_12.finditer(masked):
        unit_tag = masked[match.start() : match.start(1)]
        name = _attribute(unit_tag, "resname") or _attribute(unit_tag, "id")
        body = _TARGET.search(masked, *match.span(1)) or _SOURCE.search(masked, *match.span(1))
        if name and body:
            texts[name] = xml_inline_text(raw[body.start(1) : body.end(1)])
    return texts


def _keyed_sources(
    path: Path, segments: list[Segment], original: str | None, languages: tuple[str | None, ...]
) -> tuple[list[Segment], tuple[str, ...]]:
    """Segments whose source is a message key take the source language file's text of the
    same unit (h29files: Kimai's "stats.percentUsed" read as the source of "%percent%%
    utilisé", so every placeholder was "not in the source"); a note says where from."""
    keyed = [i for i, s in enumerate(segments) if _is_key(s.source, s.info.context)]
    if not keyed:
        return segments, ()
    source_file = _source_language_file(path, original, *languages)
    texts = _texts_by_unit(source_file) if source_file else {}
    found = 0
    segments = list(segments)
    for index in keyed:
        text = texts.get(segments[index].info.context)
        if text and not _KEY.fullmatch(text):
            info = segments[index].info
            info = replace(info, flags=(*info.flags, KEYED_SOURCE))
            segments[index] = replace(segments[index], source=text, info=info)
            found += 1
    if not found:
        return segments, ()
    return segments, (
        f"{found} of {len(keyed)} units whose source is a message key compared with "
        f"{source_file.name}'s text of the same unit",
    )


@register_loader(".xlf", ".xliff")
def load_xliff(path: Path, data: bytes) -> Document:
    root = parse_xml_safely(data, str(path))
    if local_name(root.tag) != "xliff":
        raise InputError(f"{path}: not an XLIFF file (root element <{local_name(root.tag)}>)")
    version = root.get("version", "1.2")
    raw, encoding, bom = decode_markup_bytes(data, str(path))
    masked = mask_comments(raw)
    if version.startswith("2"):
        source_language, language = root.get("srcLang"), root.get("trgLang")
        pattern = _UNIT_20
    else:
        source_language = language = original = None
        for element in root.iter():
            if local_name(element.tag) == "file":
                source_language = element.get("source-language")
                language = element.get("target-language")
                original = element.get("original")
                break
        pattern = _UNIT_12
    segments = [s for m in pattern.finditer(masked) if (s := _segment(raw, masked, m)) is not None]
    notes: tuple[str, ...] = ()
    if not version.startswith("2") and path.is_file():
        segments, notes = _keyed_sources(
            path.absolute(), segments, original, (source_language, language)
        )
    document = build_bilingual(
        raw,
        segments,
        path=path,
        format=f"xliff-{version}",
        encoding=encoding,
        bom=bom,
        language=language,
        source_language=source_language,
    )
    return replace(document, notes=document.notes + notes) if notes else document
