"""What the harnesses score: the mtlint engine, and a spell checker (hunspell) as the baseline.

Both return :class:`goldmatch.Found` records. The spell checker's findings are its unknown words
(code ``SPELL``), each with its suggestions as fixes; typographic apostrophes are read as ``'``
(same length, so offsets hold), since a desktop spell checker accepts them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from goldmatch import Found

HUNSPELL_DICTIONARIES = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "ru": "ru_RU",
    "it": "it_IT",
    "pl": "pl_PL",
    "pt": "pt_PT",  # hunspell-pt-pt; the Brazilian pages of realmt-pt draw a few more flags
    "cs": "cs_CZ",
    "nl": "nl_NL",  # hunspell-nl: the Dutch baseline of realmt-nl and realmt-nl2
    "sv": "sv_SE",  # hunspell-sv: the Swedish baseline of realmt-sv
    "ro": "ro_RO",  # hunspell-ro: the Romanian baseline of realmt-ro
    "uk": "uk_UA",  # hunspell-uk: the Ukrainian baseline of realmt-uk
    "tr": "tr_TR",  # hunspell-tr: the Turkish baseline of realmt-tr
}


class Engine:
    """The default mtlint rule set for a language, at a confidence threshold."""

    def __init__(self, min_confidence: float | None = None, detect: bool = False) -> None:
        from mtlint.checks.config import Config

        self.config = Config() if min_confidence is None else Config(min_confidence=min_confidence)
        self.detect = detect

    def find(self, text: str, language: str) -> list[Found]:
        from mtlint.checks.documents.base import Document
        from mtlint.checks.engine import check_document

        document = Document(text=text, language=None if self.detect else language)
        result = check_document(document, self.config)
        return [
            Found(
                f.start,
                f.end,
                f.code,
                tuple(tuple((e.start, e.end, e.replacement) for e in fix.edits) for fix in f.fixes),
            )
            for f in result.findings
        ]


def hunspell_available(language: str) -> bool:
    dictionary = HUNSPELL_DICTIONARIES.get(language)
    return bool(shutil.which("hunspell") and dictionary) and any(
        Path(folder, dictionary + ".dic").exists()
        for folder in ("/usr/share/hunspell", "/usr/share/myspell")
    )


class SpellChecker:
    """hunspell's pipe mode (-a) over a batch of texts: unknown words as findings."""

    def __init__(self, language: str) -> None:
        self.dictionary = HUNSPELL_DICTIONARIES[language]

    def find_all(self, texts: Sequence[str]) -> list[list[Found]]:
        lines, owners = [], []
        for index, text in enumerate(texts):
            offset = 0
            for line in text.replace("’", "'").split("\n"):
                lines.append((offset, line))
                owners.append(index)
                offset += len(line) + 1
        feed = "".join("^" + line.replace("\r", " ") + "\n" for _, line in lines)
        output = subprocess.run(
            ["hunspell", "-d", self.dictionary, "-a", "-i", "utf-8"],
            input=feed,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        results: list[list[Found]] = [[] for _ in texts]
        blocks = _blocks(output.split("\n")[1:])  # the version banner comes first
        for (offset, line), owner, block in zip(lines, owners, blocks, strict=False):
            results[owner].extend(_parse_block(block, line, offset))
        return results


def _blocks(rows: list[str]) -> list[str]:
    """hunspell's answer, one block per input line: each ends with an empty row, and a line
    with no word in it ("342/") answers with the empty row alone (so splitting the output on
    blank lines would drop its block and shift every later line's findings)."""
    blocks, current = [], []
    for row in rows:
        if row:
            current.append(row)
        else:
            blocks.append("\n".join(current))
            current = []
    return blocks


_MISS = re.compile(r"^[&#] (\S+) (?:\d+ )?(\d+)(?:: (.*))?$")


def _parse_block(block: str, line: str, offset: int) -> list[Found]:
    found = []
    for row in block.splitlines():
        match = _MISS.match(row)
        if not match:
            continue
        word, reported = match.group(1), int(match.group(2)) - 1
        starts = [m.start() for m in re.finditer(re.escape(word), line)]
        if not starts:
            continue
        start = min(starts, key=lambda s: abs(s - reported))
        end = start + len(word)
        suggestions = (match.group(3) or "").split(", ") if match.group(3) else []
        fixes = tuple(((offset + start, offset + end, s),) for s in suggestions[:10])
        found.append(Found(offset + start, offset + end, "SPELL", fixes))
    return found
