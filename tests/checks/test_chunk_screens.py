"""Screens over ``textscan.chunk_text`` must match a chunk wherever the set order puts it.

The chunk text is "\\nchunk\\nchunk…" in no particular order (set order follows the hash seed), so
the last chunk has no line break after it: a screen ending in ``(?=\\n)`` misses that chunk under
some seeds, and a rule's finding comes and goes from run to run (MT313, MT955 and MT959 each had
this bug once). Every lookahead for the next chunk must accept the end of the text too."""

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
