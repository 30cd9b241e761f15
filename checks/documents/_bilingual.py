"""Shared by the bilingual loaders (XLIFF, TMX, PO, CSV/TSV): target segments become the text.

The Document's text is the target segments joined by blank lines; each separator maps to a
zero-width point at the end of the previous segment, so no fix can reach outside a segment.
``units`` holds ``(target_start, target_end, source_segment)`` per segment.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from mtlint.checks.documents._projection import XML_ENTITY, Projection, decode_entity
from mtlint.checks.documents.base import Document, InputError, UnitInfo

# Inline markup in XLIFF/TMX segments: paired native-code elements (content is code, not text),
# then any other tag.
INLINE_TAG = re.compile(r"<(bpt|ept|ph|it|ut)\b[^>]*>.*?</\1\s*>|<[^>]+>", re.DOTALL)
XML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


# --- what kind of string a unit's source is -------------------------------------------------------

# KDE's translator-credit units carry these contexts ("Your names" / "Your emails").
_CREDIT_CONTEXTS = frozenset({"NAME OF TRANSLATORS", "EMAIL OF TRANSLATORS"})
# A list whose items are separated by ";" or "," with no space after the separator (a desktop
# file's Keywords "calculator;arithmetic;", a unit's names "parsec,parsecs,pc"): at least two
# items, one of them with a letter.
_LIST = re.compile(r"[^\s;,][^;,\n]*(?:[;,][^\s;,][^;,\n]*)+[;,]?")
_LIST_ITEM_WORDS = 5
_FORMAT_VARIABLE = re.compile(r"%[-+ #0-9.$]*[A-Za-z]|\{[^{}]*\}")
# A short UI string: a label, a menu item, a button ("Save As…", "Name:"), not a sentence.
_LABEL_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?։।။።。！？](?:\s|$)")


@functools.cache
def credit_sources() -> frozenset[str]:
    """Sources of the units where translators credit themselves, as translate-toolkit's
    pofilter knows them (GNOME's "translator-credits", KDE's "Your names" …)."""
    from translate.filters.checks import gnome, kde

    names = {*gnome.gnomeconfig.credit_sources, *kde.kdeconfig.credit_sources}
    return frozenset(names | {"translator_credits", "translator-credits"})


def unit_kind(source: str, context: str = "") -> str:
    """ "credits", "list", "label" or "" (running text) for a unit's source (see ``UnitInfo``)."""
    stripped = source.strip()
    if stripped in credit_sources() or context.strip() in _CREDIT_CONTEXTS:
        return "credits"
    if _LIST.fullmatch(stripped):
        items = [_FORMAT_VARIABLE.sub("", item) for item in re.split(r"[;,]", stripped) if item]
        if (
            sum(any(ch.isalpha() for ch in item) for item in items) >= 2
            and max(len(item.split()) for item in items) <= _LIST_ITEM_WORDS
        ):
            return "list"
    if (
        stripped
        and "\n" not in stripped
        and len(stripped.split()) <= _LABEL_WORDS
        and not _SENTENCE_END.search(stripped)
    ):
        return "label"
    return ""


@dataclass
class Segment:
    """One target segment: how to add its text to the projection, and its source text."""

    add: Callable[[Projection], None]
    source: str
    end_hint: int  # raw offset at the end of the target (where the separator maps)
    info: UnitInfo = field(default_factory=UnitInfo)


def build_bilingual(
    raw: str,
    segments: list[Segment],
    *,
    path: Path,
    format: str,
    encoding: str,
    bom: bool,
    language: str | None,
    source_language: str | None,
    format_data: tuple[tuple[str, object], ...] = (),
) -> Document:
    projection = Projection(raw)
    units: list[tuple[int, int, str]] = []
    infos: list[UnitInfo] = []
    sources: list[str] = []
    previous_end: int | None = None
    for segment in segments:
        if previous_end is not None and projection.length:
            projection.atomic("\n\n", previous_end, previous_end)
        start = projection.length
        segment.add(projection)
        end = projection.length
        if end == start:
            # An empty target: nothing to check; undo the separator.
            if previous_end is not None and projection.parts and projection.parts[-1] == "\n\n":
                projection.parts.pop()
                projection.pieces.pop()
                projection.length -= 2
            continue
        units.append((start, end, segment.source))
        info = segment.info
        infos.append(replace(info, kind=unit_kind(segment.source, info.context)))
        sources.append(segment.source)
        previous_end = segment.end_hint
    return Document(
        text=projection.text,
        language=_short(language),
        path=path,
        format=format,
        raw_text=raw,
        offset_map=projection.offset_map(),
        encoding=encoding,
        bom=bom,
        protected=tuple(sorted(projection.protected + _code_spans(projection.text, units))),
        source_text="\n\n".join(sources),
        source_language=_short(source_language) or _detected(sources),
        units=tuple(units),
        unit_info=tuple(infos),
        format_data=format_data,
    )


# Code in a target whose source has code too: a reST role with its text (:class:`~a.B`,
# :term:`mutables <mutable>`), an inline literal (``0.1``) or a backquoted name (`org.a.B`).
_CODE_SPAN = re.compile(r"(?::[\w.+-]+:)+`[^`\n]+`|``[^`\n]+``|`[^`\s][^`\n]*`")


def _code_spans(text: str, units: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Spans of code in the targets of units whose source holds a backquote: Sphinx catalogues
    and UI strings that quote names ("`org.example.Portal`"). Read as prose they drew false
    alarms on real catalogues (h23files: "~decimal.Decimal" as a sentence glued after a full
    stop, a glossary target renamed "<mutable>" as a dropped tag, ``0.1`` as an English decimal
    point in French)."""
    spans: list[tuple[int, int]] = []
    for start, end, source in units:
        if "`" in source and "`" in text[start:end]:
            spans.extend(m.span() for m in _CODE_SPAN.finditer(text, start, end))
    return spans


def _detected(sources: list[str]) -> str | None:
    """The sources' language when the file does not declare it (a CSV without a language
    column), so every container of the same units is checked alike."""
    from mtlint.checks.language import detect_language

    return detect_language("\n".join(sources[:400]), sample_chars=4000) if sources else None


def _short(language: str | None) -> str | None:
    if not language or language.strip() in ("*all*", "*", ""):
        return None
    # "pt_BR", "zh-Hant", "sr@latin" (gettext's script modifier) → the base language.
    return language.strip().replace("_", "-").replace("@", "-").split("-")[0].lower()


def add_xml_inline(projection: Projection, start: int, end: int) -> None:
    """XML character data with inline tags kept (protected) and character references decoded."""
    raw = projection.raw
    position = start
    for match in INLINE_TAG.finditer(raw, start, end):
        projection.text_with_entities(position, match.start(), xml=True)
        begin = projection.length
        projection.verbatim(match.start(), match.end())
        projection.protect(begin, projection.length)
        position = match.end()
    projection.text_with_entities(position, end, xml=True)


def _decode_text(raw: str) -> str:
    # "&lt;" and "&gt;" stay escaped: in a source segment "<" only ever starts a real tag, so the
    # tag check can tell markup from text that merely mentions angle brackets.
    return XML_ENTITY.sub(
        lambda m: (
            m.group() if m.group() in ("&lt;", "&gt;") else decode_entity(m.group(), xml=True)
        ),
        raw,
    )


def xml_inline_text(raw: str) -> str:
    """A source segment's text as the rules compare it: tags kept, other references decoded."""
    out = []
    position = 0
    for match in INLINE_TAG.finditer(raw):
        out.append(_decode_text(raw[position : match.start()]))
        out.append(match.group())
        position = match.end()
    out.append(_decode_text(raw[position:]))
    return "".join(out)


def parse_xml_safely(data: bytes, name: str):
    """Parse untrusted XML: no DTD entities, no external references, nothing fetched or expanded."""
    import xml.etree.ElementTree as ElementTree

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise InputError(
            f"{name}: refused: the XML declares entities or external references "
            f"({type(error).__name__}); mtlint never expands or fetches them"
        ) from None
    except ElementTree.ParseError as error:
        raise InputError(f"{name}: not well-formed XML ({error})") from None


def mask_comments(raw: str) -> str:
    """The raw text with comments blanked out (same length), for scanning elements."""
    return XML_COMMENT.sub(lambda m: " " * len(m.group()), raw)


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
