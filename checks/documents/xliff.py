"""XLIFF 1.2 and 2.0: the target segments are checked, each against its source.

The file is first parsed with defusedxml (entity declarations and external references are refused,
never expanded or fetched); the segments are then located in the decoded text so that every
offset maps back to the file. Inline tags (``<g>``, ``<x/>``, ``<ph>`` …) stay in the text,
protected, so the tag/placeholder check can compare them with the source's.
"""

from __future__ import annotations

import re
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
        source_language = language = None
        for element in root.iter():
            if local_name(element.tag) == "file":
                source_language = element.get("source-language")
                language = element.get("target-language")
                break
        pattern = _UNIT_12
    segments = [s for m in pattern.finditer(masked) if (s := _segment(raw, masked, m)) is not None]
    return build_bilingual(
        raw,
        segments,
        path=path,
        format=f"xliff-{version}",
        encoding=encoding,
        bom=bom,
        language=language,
        source_language=source_language,
    )
