"""TMX translation memories: per translation unit, the source-language variant is the source and
the first other variant the target. Parsed safely (defusedxml) before anything is read."""

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
from mtlint.checks.documents.base import Document

register_escape("tmx")(escape_markup)

_TU = re.compile(r"<tu\b[^>]*>(.*?)</tu\s*>", re.DOTALL)
_TUV = re.compile(r"<tuv\b([^>]*)>(.*?)</tuv\s*>", re.DOTALL)
_SEG = re.compile(r"<seg\b[^>]*>(.*?)</seg\s*>", re.DOTALL)
_LANG = re.compile(r"""(?:xml:)?lang\s*=\s*["']([^"']+)["']""")


def _norm(language: str | None) -> str:
    return (language or "").replace("_", "-").split("-")[0].lower()


@register_loader(".tmx")
def load_tmx(path: Path, data: bytes) -> Document:
    root = parse_xml_safely(data, str(path))
    if local_name(root.tag) != "tmx":
        raise InputError(f"{path}: not a TMX file (root element <{local_name(root.tag)}>)")
    header = next((e for e in root.iter() if local_name(e.tag) == "header"), None)
    source_language = header.get("srclang") if header is not None else None
    if source_language == "*all*":
        source_language = None
    raw, encoding, bom = decode_markup_bytes(data, str(path))
    masked = mask_comments(raw)
    segments: list[Segment] = []
    target_language: str | None = None
    for tu in _TU.finditer(masked):
        variants = []
        for tuv in _TUV.finditer(masked, *tu.span(1)):
            lang = _LANG.search(tuv.group(1))
            seg = _SEG.search(masked, *tuv.span(2))
            if seg is not None:
                variants.append((lang.group(1) if lang else "", seg.span(1)))
        if len(variants) < 2:
            continue
        if source_language is None:
            source_language = variants[0][0]
        source = next((v for v in variants if _norm(v[0]) == _norm(source_language)), variants[0])
        target = next((v for v in variants if v is not source), None)
        if target is None:
            continue
        target_language = target_language or target[0]
        (s_start, s_end), (t_start, t_end) = source[1], target[1]
        segments.append(
            Segment(
                lambda p, s=t_start, e=t_end: add_xml_inline(p, s, e),
                xml_inline_text(raw[s_start:s_end]),
                t_end,
            )
        )
    return build_bilingual(
        raw,
        segments,
        path=path,
        format="tmx",
        encoding=encoding,
        bom=bom,
        language=target_language,
        source_language=source_language,
    )
