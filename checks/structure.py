"""What is not a sentence of prose: findings about sentence starts are dropped there.

Rules judge sentences; a document also holds text that only looks like a sentence start:
- hard-wrapped plain text (``checks/wrapping.py``): commands and code examples on their own
  lines ("make install"), and the sentence that goes on after such an example;
- Markdown: list items and table cells (``Document.fragments``, set by the loader), and a
  sentence "break" made by a code span that ends in "!" or "?" (```foo!` does``);
- a lower-case name the text never capitalises ("zlib is …" at a sentence start, a heading
  "holidays-ics Tool"), rare in the language and written the same way every time it appears;
- Markdown prose that goes on after a code block ("either as a command: [code] or as a
  module"), recorded by the loader as a fragment.

Only the sentence-start findings listed in ``SENTENCE_START_CODES`` are dropped there; every
other finding in those places is kept. In plain text, spaces typed for layout are no spacing
error either: runs of spaces that align columns (MT106), and a space that keeps a final full
stop off an address or file name ("see http://zlib.net/ .", MT104). In subtitles, an ellipsis
that ends a cue is a pause before the next cue, not a cut (MT201).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding
from mtlint.checks.technical import code_spans, inside
from mtlint.checks.wordlists import zipf
from mtlint.checks.wrapping import code_like, document_wrap_width, has_wide, list_item

SENTENCE_START_CODES = frozenset({"MT304"})
# Damage to the characters themselves (mojibake, control and zero-width characters)
# is damage in code as well.
CODE_TOO = frozenset({"MT601", "MT604"})
DOUBLE_SPACE_CODE = "MT106"
STRAY_ELLIPSIS_CODE = "MT201"
_CUE_END = re.compile(r"[.…]*[ \t]*(?:\r?\n[ \t]*){2}|[.…]*[ \t]*$")
SPACE_BEFORE_CODE = "MT104"
# In plain text, this many spaces inside a line align columns ("Jean-loup Gailly     Mark").
_LAYOUT_SPACES = 4
# "see http://zlib.net/ ." — a space keeps the full stop out of the address or file name.
_TECHNICAL_BEFORE = re.compile(r"(?:\w+://\S+|\S+@\S+\.\w+|\S*[/\\]\S*|\S+\.[a-z]{1,4})$")
_TERMINAL = ".!?…"
_SPACE_BEFORE = re.compile(r"[ \t\r\n]+$")
# A word written this often, always in lower case, and rare in the language, is a name.
_MIN_NAME_USES = 3
_MAX_NAME_ZIPF = 3.0


def filter_structure(document: Document, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` without the sentence-start findings at places that are not prose, and
    without prose findings inside code in plain text (``checks/technical.py``)."""
    findings = _outside_code(document, findings)
    codes = {f.code for f in findings}
    if not codes & {
        *SENTENCE_START_CODES,
        DOUBLE_SPACE_CODE,
        SPACE_BEFORE_CODE,
        STRAY_ELLIPSIS_CODE,
    }:
        return list(findings)
    fragments = set(document.fragments) | _wrapped_fragments(document)
    names = _lower_case_names(document, [f for f in findings if f.code in SENTENCE_START_CODES])
    kept = []
    for finding in findings:
        if finding.code in SENTENCE_START_CODES and (
            finding.start in fragments
            or _after_protected_mark(document, finding.start)
            or _bare(document.text[finding.start : finding.end]) in names
        ):
            continue
        if _plain_text_layout(document, finding) or _ellipsis_ends_a_cue(document, finding):
            continue
        kept.append(finding)
    return kept


def _outside_code(document: Document, findings: Sequence[Finding]) -> Sequence[Finding]:
    """Findings not inside plain-text code; damaged characters are reported everywhere."""
    if document.format != "text" or not findings:
        return findings
    spans = code_spans(document)
    if not spans:
        return findings
    return [
        finding
        for finding in findings
        if finding.code in CODE_TOO or not inside(spans, finding.start, finding.end)
    ]


def _ellipsis_ends_a_cue(document: Document, finding: Finding) -> bool:
    """A subtitle cue that trails off ("You've only failed to see...") before the next cue:
    the cue break is the pause, not a cut inside a running sentence."""
    if finding.code != STRAY_ELLIPSIS_CODE or document.format not in ("srt", "vtt"):
        return False
    raw = document.file_text
    end = document.to_file_offset(finding.end, is_end=True)
    return _CUE_END.match(raw, end) is not None


def _plain_text_layout(document: Document, finding: Finding) -> bool:
    """Spaces a plain-text author typed on purpose: columns aligned with runs of spaces, and a
    space that keeps a final full stop or comma off an address or file name."""
    if document.format != "text":
        return False
    text = document.text
    if finding.code == DOUBLE_SPACE_CODE:
        return text.count(" ", finding.start, finding.end) >= _LAYOUT_SPACES
    flagged = text[finding.start : finding.end]
    if finding.code == SPACE_BEFORE_CODE and flagged.strip() in (".", ","):
        before = text[max(0, finding.start - 200) : finding.start]
        return _TECHNICAL_BEFORE.search(before) is not None
    return False


def _wrapped_fragments(document: Document) -> set[int]:
    if document.format != "text":
        return set()
    width = document_wrap_width(document)
    if width is None:
        return set()
    return code_like_paragraph_starts(document.text, document.paragraphs, width)


def code_like_paragraph_starts(text: str, paragraphs: Sequence, width: int) -> set[int]:
    """Starts of paragraphs that are code or commands, and of prose that goes on after them."""
    return {
        paragraph.start for paragraph, _code in classify_code_paragraphs(text, paragraphs, width)
    }


def classify_code_paragraphs(
    text: str, paragraphs: Sequence, width: int
) -> Iterator[tuple[object, bool]]:
    """Each paragraph that is code or a command (``True``), or prose that goes on after one
    (``False``); other paragraphs are left out.

    Code: one short line of a few words without final punctuation ("make install"), a
    code-like line, or a paragraph indented deeper than the prose before it when that prose
    ends with a colon or mid-sentence ("produces something like"). The paragraph after such
    code continues the sentence when the prose before the code had not ended."""
    prose_indent = 0
    prose_last = "."
    after_code = False
    for paragraph in paragraphs:
        content = text[paragraph.start : paragraph.end]
        indent = paragraph.start - (text.rfind("\n", 0, paragraph.start) + 1)
        single_line = "\n" not in content
        # A command on its own line: a few words, short, no final punctuation.
        # (CJK prose has no spaces between its words: a short line of it is no command.)
        short = (
            single_line
            and indent + len(content) < 0.6 * width
            and len(content.split()) <= 3
            and not has_wide(content)
        )
        open_before = prose_last not in _TERMINAL
        if list_item(content):
            # A list item is complete in itself, punctuated or not.
            prose_indent, prose_last, after_code = indent, ".", False
            continue
        if (
            (short and content[-1] not in _TERMINAL)
            or code_like(content)
            or (
                indent >= prose_indent + 2
                and (open_before or prose_last == ":")
                # CJK prose indented less than a code block ("  提示：…" after a heading)
                and not (indent < 4 and has_wide(content))
            )
        ):
            yield paragraph, True
            after_code = True
            continue
        if after_code and open_before:
            yield paragraph, False
        prose_indent = indent
        prose_last = content[-1]
        after_code = False


def _after_protected_mark(document: Document, start: int) -> bool:
    """The sentence "ended" at a "!" or "?" inside a code span or other protected text."""
    if not document.protected:
        return False
    space = _SPACE_BEFORE.search(document.text, max(0, start - 20), start)
    mark = space.start() - 1 if space else start - 1
    return mark >= 0 and document.is_protected(mark, mark + 1)


def _bare(word: str) -> str:
    return word.split("'")[0].split("’")[0]


def _lower_case_names(document: Document, findings: Sequence[Finding]) -> set[str]:
    """The words at flagged sentence starts that are lower-case names: rare in the language,
    never written any other way in the text (capitals in an all-caps heading aside), and used
    often enough — or written as code once — to be a name. One pass over the text for all."""
    language = (document.language or "en").split("-")[0]
    candidates = set()
    for finding in findings:
        bare = _bare(document.text[finding.start : finding.end])
        if (
            bare.replace("-", "").isalpha()
            and bare.islower()
            and zipf(bare, language) < _MAX_NAME_ZIPF
        ):
            candidates.add(bare)
    if not candidates:
        return set()
    words = "|".join(re.escape(word) for word in sorted(candidates, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
    uses: dict[str, int] = dict.fromkeys(candidates, 0)
    in_code: set[str] = set()
    other_forms: set[str] = set()
    for match in pattern.finditer(document.text):
        form = match.group()
        key = form.lower()
        if form.isupper() and form != key:
            continue  # written in capitals in a heading ("ZLIB DATA COMPRESSION LIBRARY")
        if form != key:
            other_forms.add(key)
            continue
        uses[key] = uses.get(key, 0) + 1
        if document.protected and document.is_protected(match.start(), match.end()):
            in_code.add(key)
    return {
        word
        for word in candidates - other_forms
        if uses[word] >= _MIN_NAME_USES or (word in in_code and uses[word] >= 2)
    }
