"""Markdown: the visible text of the prose, mapped back to the source line by line.

markdown-it-py parses the file (CommonMark + tables); block tokens carry their source lines, and the
text of each inline child is found again in those lines, so a fix lands exactly where the word is.
Emphasis markers, link targets and images are not text; a link's start and end go to
``Document.boundaries``; inline code is kept but protected; fenced and indented code blocks and raw
HTML blocks are left out (they are not prose).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from mtlint.checks.documents import decode_bytes, register_escape, register_loader
from mtlint.checks.documents._projection import ENTITY, Projection, decode_entity
from mtlint.checks.documents.base import Document

_BLOCK_SKIP = frozenset({"fence", "code_block", "html_block", "hr"})
# Characters a CommonMark backslash may escape.
_ESCAPABLE = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _line_offsets(raw: str) -> list[int]:
    starts = [0]
    for match in re.finditer("\n", raw):
        starts.append(match.end())
    starts.append(len(raw))
    return starts


def _align(projection: Projection, content: str, position: int, limit: int) -> int | None:
    """Map ``content`` onto the raw text at ``position`` (escapes and entities atomic).

    Returns the raw end, or None when the content does not start here.
    """
    raw = projection.raw
    pending: list[tuple[str, int, int, bool]] = []
    index = 0
    pos = position
    while index < len(content):
        if pos >= limit:
            return None
        char = content[index]
        if raw[pos] == "\\" and pos + 1 < limit and raw[pos + 1] == char and char in _ESCAPABLE:
            pending.append((char, pos, pos + 2, False))
            index += 1
            pos += 2
            continue
        if raw[pos] == "&":
            match = ENTITY.match(raw, pos, limit)
            if match:
                decoded = decode_entity(match.group())
                if decoded != match.group() and content.startswith(decoded, index):
                    pending.append((decoded, pos, match.end(), False))
                    index += len(decoded)
                    pos = match.end()
                    continue
        if raw[pos] == char:
            pending.append((char, pos, pos + 1, True))
            index += 1
            pos += 1
            continue
        return None
    # Commit: merge one-to-one characters into runs.
    run_start = None
    run_end = None
    for text, start, end, plain in pending:
        if plain:
            if run_start is None:
                run_start = start
            run_end = end
            continue
        if run_start is not None:
            projection.verbatim(run_start, run_end)
            run_start = None
        projection.atomic(text, start, end)
    if run_start is not None:
        projection.verbatim(run_start, run_end)
    return pos


def _place(projection: Projection, content: str, cursor: int, limit: int) -> int:
    """Find ``content`` at or after ``cursor`` and add it; returns the new cursor."""
    if not content:
        return cursor
    found = projection.raw.find(content, cursor, limit)
    if found != -1:
        projection.verbatim(found, found + len(content))
        return found + len(content)
    for start in range(cursor, min(limit, cursor + 400)):
        end = _align(projection, content, start, limit)
        if end is not None:
            return end
    # Not found (should not happen): keep the words readable but never let a fix touch them.
    begin = projection.length
    projection.atomic(content, cursor, cursor)
    projection.protect(begin, projection.length)
    return cursor


# An admonition's marker line (Python-Markdown, MkDocs): "!!! warning", '??? note "Title"'.
_ADMONITION = re.compile(r"(?:!!!|\?\?\?\+?)[ \t]+\w")
# Blocks whose text is a fragment (a list item, a table cell), not a sentence of prose; a
# paragraph that is only a link is one too.
_FRAGMENT_OPEN = frozenset({"list_item_open", "th_open", "td_open"})


# A page's front matter (Jekyll, Hugo, kramdown-rfc): "---" on the first line, keys, "---" or
# "..." closing it. Its keys are the generator's, not prose. Its first non-blank line must be a
# YAML or TOML key ("title:", "key ="): a "---" opening a plain page is a thematic break, and
# the prose up to the next one is the page's own (m24files, h24 review must-fix 2).
_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?---[ \t]*\r?\n(?=(?:[ \t]*\r?\n)*[ \t]*\w[\w-]*[ \t]*(?::|=))"
    r"(?:.*\r?\n){0,400}?"
    r"(?:---|\.\.\.)(?:[ \t]+abstract)?[ \t]*(?:\r?\n|\Z)"
)
# kramdown-rfc's section markers ("--- abstract", "--- middle", "--- back"): markup, not text.
_RFC_SECTION = re.compile(r"^---[ \t]+(?:abstract|middle|back|note_\w+)[ \t]*$", re.MULTILINE)
# A Liquid block of code or verbatim text ({% highlight ruby %} … {% endhighlight %}).
_LIQUID_BLOCK = re.compile(
    r"\{%-?\s*(highlight|raw|comment|capture)\b.*?%\}.*?\{%-?\s*end\1\s*-?%\}", re.DOTALL
)
# A kramdown attribute list on its own line ("{: #typical-cases }", '{: style="format %d)"}').
# So is a heading's id at its end ("## Same-Site Requests {#same-site-requests}").
_ATTRIBUTE_LINE = re.compile(
    r"^[ \t]*\{:[^}\n]*\}[ \t]*$|[ \t]+\{[#:][^}\n]*\}[ \t]*$", re.MULTILINE
)
# A definition (kramdown, PHP Markdown Extra, Pandoc): ": text" on the line after its term.
_DEFINITION = re.compile(r"(?<=\n)([ \t]{0,3}:)(?=[ \t]+\S)")
_TERM_WORDS = 8
_MIN_DEFINITIONS = 2


def _blank(text: str) -> str:
    return re.sub(r"[^\r\n]", " ", text)


def _masked(raw: str) -> str:
    """The text the parser reads: ``raw`` with the front matter, Liquid code blocks, kramdown
    attribute lines and the markers of definition lists turned into spaces (line breaks kept,
    so every offset is the raw one). h24files: an IETF draft's "Name:\n: dns_error" read as a
    stray ": :" 226 times, a ruby-lang.org post's front matter and {% highlight %} code as
    prose."""
    masked = raw
    front = _FRONT_MATTER.match(raw)
    if front:
        masked = _blank(front.group()) + masked[front.end() :]
        masked = _RFC_SECTION.sub(lambda m: _blank(m.group()), masked)
    if "{%" in masked:
        masked = _LIQUID_BLOCK.sub(lambda m: _blank(m.group()), masked)
    if "{:" in masked or "{#" in masked:
        masked = _ATTRIBUTE_LINE.sub(lambda m: _blank(m.group()), masked)
    terms = [m for m in _DEFINITION.finditer(masked) if _after_a_term(masked, m.start())]
    if len(terms) >= _MIN_DEFINITIONS:
        chars = list(masked)
        for match in terms:
            chars[match.start(1) : match.end(1)] = " " * len(match.group(1))
        masked = "".join(chars)
    return masked


def _after_a_term(text: str, at: int) -> bool:
    """The line before ``at`` is a term: a few words, not a sentence going on."""
    start = text.rfind("\n", 0, at - 1) + 1
    line = text[start : at - 1].strip()
    return bool(line) and len(line.split()) <= _TERM_WORDS and line[-1] not in ",;"


# A template tag of a site generator's page (Liquid, Jinja, kramdown-rfc references):
# "{{ release.url.gz }}", "{{RFC2119}}", "{% include x.html %}".
_TEMPLATE_TAG = re.compile(r"\{\{[^{}\n]{1,80}\}\}|\{%[^%\n]{1,120}%\}")


def project_markdown(raw: str, fragments: list[int] | None = None) -> Projection:
    """The visible text of a Markdown file; ``fragments`` (if given) receives the text offsets
    where a list item's or table cell's text starts."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table")
    tokens = parser.parse(_masked(raw))
    lines = _line_offsets(raw)
    projection = Projection(raw)
    fragment_pending = False
    # The prose before a code block may go on after it: "run either as a command: [code] or as
    # a module". The last character of the last prose, and whether code came since.
    prose_last = "."
    after_code = False
    for token in tokens:
        if token.type in _FRAGMENT_OPEN:
            fragment_pending = True
            continue
        if token.type in ("fence", "code_block"):
            after_code = True
        if token.type in _BLOCK_SKIP:
            if token.map:
                projection.block_break(lines[min(token.map[0], len(lines) - 1)])
            continue
        if token.type.endswith("_close") and token.block and token.map is None:
            if token.type in ("paragraph_close", "heading_close", "th_close", "td_close"):
                projection.block_break(projection.pieces[-1].raw_end if projection.pieces else 0)
            continue
        if token.type != "inline" or token.map is None:
            continue
        start = lines[min(token.map[0], len(lines) - 1)]
        limit = lines[min(token.map[1], len(lines) - 1)]
        if limit <= start:
            limit = len(raw)
        continues = after_code and prose_last not in ".!?…"
        link_only = _only_a_link(token.children or [])
        if (fragment_pending or continues or link_only) and fragments is not None:
            fragments.append(projection.length)
        fragment_pending = after_code = False
        prose_last = token.content.rstrip()[-1:] or prose_last
        admonition = _ADMONITION.match(token.content) is not None
        _inline(projection, token.children or [], start, limit, admonition=admonition)
    projection.finish()
    return projection


def _only_a_link(children: list) -> bool:
    """A paragraph that is one link and nothing else ("[getting started](start.md)"): a
    navigation label, not a sentence."""
    kinds = [c.type for c in children if not (c.type == "text" and not c.content.strip())]
    return (
        len(kinds) >= 2
        and kinds[0] == "link_open"
        and kinds[-1] == "link_close"
        and (kinds.count("link_open") == 1)
    )


def _inline(
    projection: Projection, children: list, cursor: int, limit: int, *, admonition: bool = False
) -> int:
    """Add an inline token's text. An admonition's marker line ("!!! warning") is kept but
    protected, and ends a block: it is a label, not the start of the sentence below it."""
    raw = projection.raw
    for child in children:
        if admonition and child.type == "text":
            begin = projection.length
            cursor = _place(projection, child.content, cursor, limit)
            projection.protect(begin, projection.length)
            continue
        if admonition and child.type in ("softbreak", "hardbreak"):
            admonition = False
            newline = raw.find("\n", cursor, limit)
            if newline != -1:
                projection.block_break(newline)
                cursor = newline + 1
            continue
        kind = child.type
        if kind == "image":
            # The alt text is what a reader sees in place of the image: shown, but protected.
            begin = projection.length
            cursor = _place(projection, child.content, cursor, limit)
            projection.protect(begin, projection.length)
            end = raw.find(")", cursor, limit)
            cursor = end + 1 if end != -1 else cursor
            continue
        if kind == "text":
            cursor = _place(projection, child.content, cursor, limit)
        elif kind == "code_inline":
            begin = projection.length
            cursor = _place(projection, child.content, cursor, limit)
            projection.protect(begin, projection.length)
            tick = raw.find(child.markup, cursor, limit)
            cursor = tick + len(child.markup) if tick != -1 else cursor
        elif kind in ("softbreak", "hardbreak"):
            newline = raw.find("\n", cursor, limit)
            if newline == -1:
                continue
            # A line break inside a paragraph reads as a space.
            if not projection.ends_with_space():
                projection.atomic(" ", newline, newline + 1)
            cursor = newline + 1
        elif kind in ("link_open", "link_close"):
            projection.mark_boundary()
            if kind == "link_close":
                # Skip the link's target "](url)" so its words are never matched as text.
                close = raw.find("]", cursor, limit)
                if close != -1 and close + 1 < limit and raw[close + 1] == "(":
                    paren = raw.find(")", close, limit)
                    cursor = paren + 1 if paren != -1 else close + 1
                elif close != -1:
                    cursor = close + 1
    return cursor


@register_loader(".md", ".markdown", ".mdown", ".mkd")
def load_markdown(path: Path, data: bytes) -> Document:
    raw, encoding, bom = decode_bytes(data, name=str(path))
    fragments: list[int] = []
    projection = project_markdown(raw, fragments)
    document = projection.document(path=path, format="markdown", encoding=encoding, bom=bom)
    document = replace(document, fragments=_first_letters(document.text, fragments))
    if _FRONT_MATTER.match(raw):
        # A page of a site generator: its template tags are the generator's syntax, not a
        # placeholder a translation left behind (MT603 197 times on IETF drafts' "{{RFC6265}}").
        tags = tuple(m.span() for m in _TEMPLATE_TAG.finditer(document.text))
        if tags:
            document = replace(document, protected=tuple(sorted((*document.protected, *tags))))
    return document


def _first_letters(text: str, offsets: list[int]) -> tuple[int, ...]:
    """Each offset moved past leading space, to where its paragraph's first word starts."""
    moved = []
    for offset in offsets:
        while offset < len(text) and text[offset].isspace():
            offset += 1
        moved.append(offset)
    return tuple(moved)


@register_escape("markdown")
def _escape(text: str) -> str:
    # A replacement that adds markup characters would change the formatting: escape them.
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)


def markdown_document(raw: str) -> Document:
    return replace(load_markdown(Path("<string>.md"), raw.encode("utf-8")), path=None)
