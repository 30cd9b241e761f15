"""HTML: the visible text, with link boundaries kept and every offset mapped back to the markup.

Parsed with the standard library's lenient ``html.parser`` (malformed pages still load), with
character references left undecoded so that each one becomes an atomic piece of the offset map.
Block elements become paragraph breaks; ``<script>``/``<style>`` and the like are not text; the
start and end of every ``<a>`` is recorded in ``Document.boundaries`` because MT artefacts cluster
there ("Putin</a>who", "to… <a>north korea</a>"); ``<code>``/``<pre>`` content is protected.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from mtlint.checks.documents import register_escape, register_loader
from mtlint.checks.documents._projection import (
    Projection,
    decode_entity,
    decode_markup_bytes,
    escape_markup,
)
from mtlint.checks.documents.base import Document

register_escape("html")(escape_markup)

_SKIP = frozenset(
    {"script", "style", "template", "noscript", "svg", "math", "title", "object", "iframe"}
)
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_PROTECT = frozenset({"code", "pre", "kbd", "samp", "tt"})
_SPACE = re.compile(r"[ \t\n\r\f]+")


class _Events(HTMLParser):
    """Records parser events with their raw start offsets; interpretation happens afterwards."""

    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.events: list[tuple[str, str, int]] = []
        self._line_starts = [0]
        for match in re.finditer("\n", raw):
            self._line_starts.append(match.end())

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.events.append(("start", tag, self._offset()))
        if tag in _VOID:
            self.events.append(("end", tag, self._offset()))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.events.append(("start", tag, self._offset()))
        self.events.append(("end", tag, self._offset()))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag, self._offset()))

    def handle_data(self, data: str) -> None:
        self.events.append(("data", data, self._offset()))

    def handle_entityref(self, name: str) -> None:
        self.events.append(("ref", name, self._offset()))

    def handle_charref(self, name: str) -> None:
        self.events.append(("ref", "#" + name, self._offset()))

    def handle_comment(self, data: str) -> None:
        self.events.append(("other", "", self._offset()))

    def handle_decl(self, decl: str) -> None:
        self.events.append(("other", "", self._offset()))

    def handle_pi(self, data: str) -> None:
        self.events.append(("other", "", self._offset()))

    def unknown_decl(self, data: str) -> None:
        self.events.append(("other", "", self._offset()))

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # The stdlib's scanner raises AssertionError on "<![" with no name after it ("<![0"),
        # a crash on bad input. A browser reads such a section as a bogus comment up to the
        # next ">"; with no ">" the rest stays incomplete and close() hands it over as data.
        position = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            # the scanner moved the position past "<![" before it raised: put it back
            self.lineno, self.offset = position
            end = self.rawdata.find(">", i + 3)
            if end < 0:
                return -1
            self.handle_comment(self.rawdata[i + 3 : end])
            return end + 1


def project_html(raw: str) -> Projection:
    parser = _Events(raw)
    parser.feed(raw)
    parser.close()
    events = parser.events
    starts = [start for _, _, start in events]
    projection = Projection(raw)
    skip_depth = 0
    skip_tag = ""
    pre_depth = 0
    protect_starts: list[int] = []
    for index, (kind, value, start) in enumerate(events):
        end = starts[index + 1] if index + 1 < len(events) else len(raw)
        if skip_depth:
            if kind == "start" and value == skip_tag:
                skip_depth += 1
            elif kind == "end" and value == skip_tag:
                skip_depth -= 1
            continue
        if kind == "start":
            if value in _SKIP:
                skip_depth, skip_tag = 1, value
            elif value == "br":
                projection.block_break(start, "\n")
            elif value in _BLOCK:
                projection.block_break(start)
            if value == "a":
                projection.mark_boundary()
            if value in _PROTECT:
                protect_starts.append(projection.length)
            if value == "pre":
                pre_depth += 1
        elif kind == "end":
            if value in _BLOCK and value != "br":
                projection.block_break(start)
            if value == "a":
                projection.mark_boundary()
            if value in _PROTECT and protect_starts:
                projection.protect(protect_starts.pop(), projection.length)
            if value == "pre" and pre_depth:
                pre_depth -= 1
        elif kind == "data":
            data_end = min(end, start + len(value))
            if pre_depth:
                projection.verbatim(start, data_end)
            else:
                _add_collapsed(projection, start, data_end)
        elif kind == "ref":
            projection.atomic(decode_entity(raw[start:end].rstrip()), start, end)
    projection.finish()
    return projection


def _add_collapsed(projection: Projection, start: int, end: int) -> None:
    """Character data with runs of whitespace shown as one space, as a browser does."""
    raw = projection.raw
    position = start
    for match in _SPACE.finditer(raw, start, end):
        projection.verbatim(position, match.start())
        position = match.end()
        at_line_start = not projection.length or projection.parts[-1].endswith("\n")
        if at_line_start or projection.ends_with_space():
            continue
        projection.atomic(" ", match.start(), match.end())
    projection.verbatim(position, end)


@register_loader(".html", ".htm", ".xhtml")
def load_html(path: Path, data: bytes) -> Document:
    raw, encoding, bom = decode_markup_bytes(data, str(path))
    projection = project_html(raw)
    return projection.document(path=path, format="html", encoding=encoding, bom=bom)


def html_document(raw: str) -> Document:
    """An HTML string as a Document (for tests and pasted markup)."""
    return replace(load_html(Path("<string>.html"), raw.encode("utf-8")), path=None)


__all__ = ["html_document", "load_html", "project_html"]
