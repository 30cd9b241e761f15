"""Gettext PO files: each ``msgstr`` is a target segment checked against its ``msgid``.

translate-toolkit parses the file (so a broken file is refused with its message, and the header's
``Language`` is read); the string literals are then located in the decoded text so each offset maps
back to the file: C escapes (``\\n``, ``\\"``) are atomic pieces, and a replacement is escaped the
same way when written back. The header entry is not checked. Each unit carries its ``msgctxt``,
translator comments, ``fuzzy`` flag, obsolete (``#~``) state and, for a plural entry, both
``msgid`` and ``msgid_plural`` (``Document.unit_info``): fuzzy and obsolete units are loaded and
their findings dropped unless asked for (``checks/bilingual_context.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from mtlint.checks.documents import InputError, decode_bytes, register_escape, register_loader
from mtlint.checks.documents._bilingual import Segment, build_bilingual
from mtlint.checks.documents._projection import Projection
from mtlint.checks.documents.base import Document, UnitInfo

# A keyword, in an obsolete ("#~ ") entry too; its first string literal follows.
_KEYWORD = re.compile(
    r"^(#~[ \t]*)?(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]*(?=\")", re.MULTILINE
)
_COMMENT_LINE = re.compile(r"^#([,.:| ]?)[ \t]?(.*)$", re.MULTILINE)
_LITERAL = re.compile(r'"((?:[^"\\\r\n]|\\.)*)"')
_ESCAPE = re.compile(r"\\(.)")
_UNESCAPE = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    '"': '"',
    "\\": "\\",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
}


_CONTINUATION = re.compile(r"[ \t]*(?:\r\n|\r|\n)(?:#~)?[ \t]*(?=\")")


def _literals(raw: str, start: int) -> tuple[list[tuple[int, int]], int]:
    """The string literals of one keyword: its own line, then continuation lines."""
    spans = []
    position = start
    while True:
        match = _LITERAL.match(raw, position)
        if match is None:
            break
        spans.append(match.span(1))
        position = match.end()
        following = _CONTINUATION.match(raw, position)
        if following is None:
            break
        position = following.end()
    return spans, position


def _unescape(raw: str, spans: list[tuple[int, int]]) -> str:
    return "".join(
        _ESCAPE.sub(lambda m: _UNESCAPE.get(m.group(1), m.group(1)), raw[s:e]) for s, e in spans
    )


def _add_literals(projection: Projection, spans: list[tuple[int, int]]) -> None:
    raw = projection.raw
    for start, end in spans:
        position = start
        for match in _ESCAPE.finditer(raw, start, end):
            projection.verbatim(position, match.start())
            projection.atomic(
                _UNESCAPE.get(match.group(1), match.group(1)), match.start(), match.end()
            )
            position = match.end()
        projection.verbatim(position, end)


@register_escape("po")
def escape_po(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


class _Entry(dict):
    """One PO entry: keyword → literal spans, plus where it starts and whether it is obsolete."""

    start: int = 0
    obsolete: bool = False


def _entries(raw: str) -> list[_Entry]:
    entries: list[_Entry] = []
    current = _Entry()
    for match in _KEYWORD.finditer(raw):
        keyword = match.group(2)
        if keyword in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in current):
            entries.append(current)
            current = _Entry()
        if not current:
            current.start = match.start()
            current.obsolete = match.group(1) is not None
        spans, _ = _literals(raw, match.end())
        current[keyword] = spans
    if current:
        entries.append(current)
    return entries


def _unit_info(raw: str, entry: _Entry, comments_from: int, msgid: str, plural: str | None):
    """Flags, translator comments and context of an entry, from the comment lines before it."""
    flags: list[str] = []
    comments: list[str] = []
    for line in _COMMENT_LINE.finditer(raw, comments_from, entry.start):
        kind, content = line.group(1), line.group(2).strip()
        if kind == ",":
            flags.extend(flag.strip() for flag in content.split(","))
        elif kind in (" ", ".", "") and not content.startswith("~"):
            comments.append(content)
    return UnitInfo(
        context=_unescape(raw, entry.get("msgctxt", [])),
        comments="\n".join(c for c in comments if c),
        fuzzy="fuzzy" in flags,
        obsolete=entry.obsolete,
        plural_sources=(msgid, plural) if plural is not None else (),
        flags=tuple(flag for flag in flags if flag),
    )


# A plural form used for one number only (form 0 is n == 1 in most languages; Arabic has forms
# for 0, 1 and 2): the translation may spell the number out and drop its placeholder, as
# "msgfmt --check" allows. Units of such a form carry this flag.
ONE_NUMBER_FORM = "one-number-form"
_PLURAL = re.compile(r"plural\s*=\s*([^;]+)")
_NUMBERS_TRIED = 1000


def _one_number_forms(header: str) -> frozenset[int]:
    """The plural forms that the Plural-Forms header maps exactly one number to."""
    import gettext

    match = _PLURAL.search(header or "")
    if not match:
        return frozenset()
    try:
        form_of = gettext.c2py(match.group(1).strip())
        forms = [form_of(n) for n in range(_NUMBERS_TRIED)]
    except (ValueError, SyntaxError, RecursionError, ZeroDivisionError, TypeError):
        return frozenset()
    return frozenset(form for form in set(forms) if forms.count(form) == 1)


def _truncation_note(entries: list[_Entry], raw: str) -> str | None:
    """One line when the file looks cut off: its last entry has a ``msgid`` and no ``msgstr``.
    translate-toolkit reads such a file without a word (h23files), so the last unit went
    unchecked and nobody was told; a file cut inside a string is refused by the toolkit with
    its line already."""
    if entries and "msgid" in entries[-1] and not any(k.startswith("msgstr") for k in entries[-1]):
        line = raw.count("\n", 0, entries[-1].start) + 1
        return f"the last entry (line {line}) has no msgstr: the file looks truncated"
    return None


@register_loader(".po", ".pot")
def load_po(path: Path, data: bytes) -> Document:
    from translate.storage import pypo

    raw, encoding, bom = decode_bytes(data, name=str(path))
    try:
        # A PO saved as UTF-16 (with its byte-order mark) is parsed from its decoded text: the
        # toolkit reads bytes as the header's charset and failed on the NULs (h23files).
        store = pypo.pofile.parsestring(
            raw.encode("utf-8") if encoding.startswith("utf-16") else data
        )
    except Exception as error:
        raise InputError(f"{path}: not a valid PO file ({type(error).__name__}: {error})") from None
    # translate-toolkit only returns codes it knows ("zh_Hant" comes back None): the header's own
    # value is the file's declaration, so it is read as written when the toolkit gives none.
    language = store.gettargetlanguage() or store.parseheader().get("Language") or None
    source_language = store.getsourcelanguage() if hasattr(store, "getsourcelanguage") else None
    one_number_forms = _one_number_forms(store.parseheader().get("Plural-Forms", ""))
    segments: list[Segment] = []
    comments_from = 0
    entries = _entries(raw)
    for entry in entries:
        msgid = _unescape(raw, entry.get("msgid", []))
        plural = _unescape(raw, entry.get("msgid_plural", [])) if "msgid_plural" in entry else None
        info = _unit_info(raw, entry, comments_from, msgid, plural)
        last = max((spans[-1][1] for spans in entry.values() if spans), default=entry.start)
        comments_from = raw.find("\n", last) + 1 or len(raw)
        if not msgid:
            continue  # the header
        for keyword, spans in entry.items():
            if not keyword.startswith("msgstr") or not spans:
                continue
            index = int(keyword[7:-1]) if "[" in keyword else 0
            source = plural if plural is not None and index > 0 else msgid
            form_info = info
            if plural is not None and index in one_number_forms:
                form_info = replace(info, flags=(*info.flags, ONE_NUMBER_FORM))
            segments.append(
                Segment(
                    lambda p, spans=spans: _add_literals(p, spans), source, spans[-1][1], form_info
                )
            )
    document = build_bilingual(
        raw,
        segments,
        path=path,
        format="po",
        encoding=encoding,
        bom=bom,
        language=language,
        source_language=source_language or "en",
    )
    note = _truncation_note(entries, raw)
    return replace(document, notes=(*document.notes, note)) if note else document
