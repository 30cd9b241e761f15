"""Editing a document's text and saving it through the engine's writers (no widgets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mtlint.checks.documents import load_document
from mtlint.checks.model import Edit, Finding, Fix, Span
from mtlint.desktop.edit_buffer import (
    EditBuffer,
    EditNotWritableError,
    diff_edits,
    save_edits,
    shift_findings,
    writable_edits,
)
from mtlint.desktop.textspans import TextSpans, display_text


def _finding(start: int, end: int) -> Finding:
    return Finding(
        "MT101", "glued-word", "m", Span(start, end), fixes=(Fix((Edit(start, end, "x"),)),)
    )


def test_an_edit_moves_later_findings_and_drops_touched_ones() -> None:
    before, touched, after = _finding(0, 3), _finding(10, 14), _finding(30, 35)
    kept, lines, dropped = shift_findings(
        [before, touched, after], Edit(12, 12, "ab\nc"), [1, 2, 3], 1
    )
    assert dropped
    assert lines == [1, 4]
    assert [(f.start, f.end) for f in kept] == [(0, 3), (34, 39)]
    assert kept[1].fixes[0].edits[0] == Edit(34, 39, "x")


def test_qt_changes_on_crlf_text_keep_every_line_ending() -> None:
    text = "one\r\ntwo\r\nthree\r\n"
    buffer = EditBuffer(text)
    shown = display_text(text)
    # Type "!" at the end of "two" (before its line break, as Qt sees it).
    buffer.apply_qt_change(shown.index("two") + 3, 0, "!")
    assert buffer.text == "one\r\ntwo!\r\nthree\r\n"
    # A new line typed in Qt (U+2029) becomes CRLF.
    buffer.apply_qt_change(0, 0, "zero\u2029")
    assert buffer.text == "zero\r\none\r\ntwo!\r\nthree\r\n"
    # Deleting the line break after "zero" removes both characters.
    buffer.apply_qt_change(4, 1, "")
    assert buffer.text == "zeroone\r\ntwo!\r\nthree\r\n"


def test_spans_map_both_ways_around_hidden_carriage_returns_and_emoji() -> None:
    text = "a😀b\r\nc\r\n😀d"
    spans = TextSpans(text)
    shown = display_text(text)
    assert spans.qt_length == len(shown.encode("utf-16-le")) // 2
    for offset, char in enumerate(text):
        if char == "\r" or text[offset - 1 : offset + 1] == "\r\n":
            continue  # a CRLF is one position in Qt: it maps back to its "\r"
        position = spans.to_qt(offset)
        assert spans.to_python(position) == offset
    assert spans.to_python(spans.to_qt(text.index("\r"))) == text.index("\r")


def test_diff_edits_rebuild_the_new_text() -> None:
    from mtlint.checks.fixes import apply_edits

    old = "".join(f"line {i} of the text\n" for i in range(2000))
    new = old.replace("line 5 ", "LINE 5 ").replace("line 1500 of", "line 1500 off")
    edits = diff_edits(old, new)
    assert apply_edits(old, edits) == new
    assert sum(e.end - e.start for e in edits) == 4  # "line" → "LINE"; "f" inserted


@pytest.mark.parametrize(
    ("name", "data", "old", "new"),
    [
        (
            "win.txt",
            "Caf\xe9 cr\xe8me.\r\nSecond line here.\r\n".encode("cp1252"),
            "Second",
            "Third",
        ),
        ("bom.txt", b"\xef\xbb\xbfHello Putinwho.\nBye.\n", "Putinwho", "Putin who"),
        ("doc.md", b"# Title\n\nSome `code` and **bold** text here.\n", "text", "prose"),
        (
            "subs.srt",
            b"1\r\n00:00:01,000 --> 00:00:02,000\r\nHello there.\r\n\r\n"
            b"2\r\n00:00:03,000 --> 00:00:04,000\r\nSecond cue.\r\n",
            "Second",
            "Next",
        ),
    ],
)
def test_an_edit_and_save_changes_only_the_edited_characters(
    tmp_path: Path, name: str, data: bytes, old: str, new: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    document = load_document(path)
    buffer = EditBuffer(document.text)
    start = document.text.index(old)
    buffer.set_text(document.text[:start] + new + document.text[start + len(old) :])
    backup = save_edits(document, buffer.edits(), path)
    assert backup is not None and backup.read_bytes() == data
    encoding = "cp1252" if name == "win.txt" else "utf-8"
    assert path.read_bytes() == data.replace(old.encode(encoding), new.encode(encoding))


def test_an_edit_across_a_paragraph_break_of_html_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<p>One &amp; two.</p><p>Three.</p>", encoding="utf-8")
    document = load_document(path)
    text = document.text
    # Inside the entity: the edit grows to cover it and the file keeps valid markup.
    amp = text.index("&")
    grown = writable_edits(document, [Edit(amp, amp + 1, "and")])
    assert grown == [Edit(amp, amp + 1, "and")]
    save_edits(document, [Edit(amp, amp + 1, "+")], path, backup=False)
    assert "One + two." in path.read_text(encoding="utf-8")
    gap = text.index("\n")
    with pytest.raises(EditNotWritableError):
        writable_edits(document, [Edit(gap, text.index("Three"), " ")])


def test_spans_after_an_edit_equal_spans_built_from_scratch() -> None:
    import random

    rng = random.Random(7)
    pieces = ["a", "😀", "\r\n", "\n", "é", " ", "𝒳", "b"]
    text = "".join(rng.choice(pieces) for _ in range(300))
    spans = TextSpans(text)
    for _ in range(300):
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.randrange(4))
        replacement = "".join(rng.choice(pieces) for _ in range(rng.randrange(3)))
        new = text[:start] + replacement + text[end:]
        spans = spans.edited(start, end, replacement, new)
        fresh = TextSpans(new)
        assert spans.qt_length == fresh.qt_length
        assert [spans.to_qt(i) for i in range(len(new) + 1)] == [
            fresh.to_qt(i) for i in range(len(new) + 1)
        ]
        text = new
