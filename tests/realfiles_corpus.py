"""The real-file corpus (tests/realfiles, provenance in its README) as both the tests and
bench/bench_realfiles.py read it: one list of files, one way to check a file."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from mtlint.checks.config import Config
from mtlint.checks.documents import load_document
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.model import Finding

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import localdata

# Clean prose in every format the loaders read.
PROSE = [
    "zlib-FAQ.txt",
    "zlib-README.txt",
    "httpx-quickstart.md",
    "httpx-async.md",
    "httpx-timeouts.md",
    "holidays-examples.md",
    "sintel_en.srt",
    "zlib-how.html",
]
# Translators' bilingual files.
BILINGUAL = [
    "sphinx-fr.po",
    "symfony-form-validators.fr.xlf",
    "symfony-security.fr.xlf",
    # UI translations (keyword lists, unit names, credits, accelerators, plural forms, RTL/CJK).
    "gnome-calculator-de.po",
    "gnome-calculator-ja.po",
    "gnome-calculator-he.po",
    "gnome-calculator-fa.po",
    "keepassxc_zh_CN.ts",
    "contao-default.fa.xlf",
]


def check_file(path: Path, config: Config | None = None) -> tuple[Document, Sequence[Finding]]:
    """The loaded document and its findings (under the default configuration unless given)."""
    document = load_document(path)
    return document, check_document(document, config or Config()).findings


# The files are verbatim third-party text: in the working tree, else in the local store
# (bench/localdata.py); MISSING is the one-line reason to skip when neither has them.
CORPUS = localdata.folder("tests/realfiles")
MISSING = localdata.missing_reason("tests/realfiles", PROSE + BILINGUAL)
