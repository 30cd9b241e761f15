"""Screens over ``textscan.chunk_text`` must match a chunk wherever the set order puts it.

The chunk text is "\\nchunk\\nchunk…" in no particular order (set order follows the hash seed). It
once had no line break after the last chunk, so a screen ending in ``(?=\\n)`` or asking for
"\\nX\\n" missed that chunk under some seeds, and a rule's finding came and went from run to run
(MT313, MT955, MT959 and MT152 each had this bug once). The chunk text now ends with a line break
too; lookaheads still accept the end of the text, so either form is safe."""

import re
from pathlib import Path

import mtlint.checks

_CHECKS = Path(mtlint.checks.__file__).resolve().parent
_NEXT_CHUNK_ONLY = re.compile(r"\(\?=\\n\)")


def test_no_chunk_screen_needs_a_line_break_after_the_last_chunk() -> None:
    offenders = [
        f"{path.relative_to(_CHECKS)}:{number}"
        for path in sorted(_CHECKS.rglob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if _NEXT_CHUNK_ONLY.search(line)
    ]
    assert not offenders, f"use (?=\\n|\\Z) so the last chunk is screened too: {offenders}"


def test_every_chunk_stands_between_line_breaks() -> None:
    from mtlint.checks.documents import Document
    from mtlint.checks.textscan import chunk_text

    document = Document("a / b c/ d", language="en")
    lines = chunk_text(document)
    for chunk in ("a", "/", "b", "c/", "d"):
        assert f"\n{chunk}\n" in lines, (chunk, lines)
