"""Command-line inputs checked before any work starts, and the odd inputs: standard input,
diff labels, notes about how a file was read.

Every problem is one line for the user (``ValueError`` carries it), never a traceback.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import BinaryIO, TextIO

from mtlint.checks.config import Config

STDIN = "-"
_LANGUAGE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*")


def validate_language(code: str | None) -> None:
    """A language code mtlint knows (a language table, or an ISO 639 code), else ValueError."""
    if code is None:
        return
    from mtlint.checks.langdata import available_languages

    match = _LANGUAGE.fullmatch(code.strip())
    base = match.group(1).lower() if match else ""
    if base and (base in available_languages() or _iso_639(base)):
        return
    known = ", ".join(sorted(available_languages()))
    raise ValueError(f"unknown language code '{code}' (an ISO 639-1 code such as {known})")


def _iso_639(code: str) -> bool:
    import pycountry

    if len(code) == 2:
        return pycountry.languages.get(alpha_2=code) is not None
    return pycountry.languages.get(alpha_3=code) is not None


def validate_min_confidence(value: float | None) -> None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValueError(f"--min-confidence must be between 0 and 1 (got {value:g})")


def validate_config(config: Config) -> None:
    """The settings a config file or the command line gave, checked once after merging."""
    validate_language(config.language)
    validate_min_confidence(config.min_confidence)


def diff_labels(path: Path) -> tuple[str, str]:
    """``a/…`` and ``b/…`` for a relative path (as git writes them); an absolute path as it is
    on both sides (``a//tmp/x`` is no path anyone can use)."""
    text = str(path)
    if path.is_absolute():
        return text, text
    return f"a/{text}", f"b/{text}"


def check_stdin(config: Config, *, keep_text: bool, stream: BinaryIO | None = None):
    """Check what standard input holds, as a plain-text file named ``-`` in the current folder
    (whose project settings and ignore file apply)."""
    from dataclasses import replace

    from mtlint.checks import pipeline
    from mtlint.checks.documents import InputError, load_plain_text
    from mtlint.checks.results import FileReport

    data = (stream or sys.stdin.buffer).read()
    try:
        document = load_plain_text(Path(STDIN), data)
    except InputError as error:
        message = str(error)
        return FileReport(
            path=STDIN, error=message if message.startswith(STDIN) else f"{STDIN}: {message}"
        )
    checked = pipeline.check_loaded(document, config, path=Path.cwd() / STDIN)
    return replace(checked.report(keep_text=keep_text), path=STDIN)


def print_notes(path: str, notes: tuple[str, ...], stream: TextIO | None = None) -> None:
    for note in notes:
        print(f"mtlint: {path}: note: {note}", file=stream or sys.stderr)


# A file this large takes minutes, not seconds (h24files: a 13 MB catalogue, about 25 s per MB
# on a loaded machine): one line says so before the wait, so a silent terminal is not taken
# for a hang.
LARGE_FILE_BYTES = 4 * 2**20


def announce_large_files(paths: list[str], stream: TextIO | None = None) -> None:
    """One line per large file named on the command line (folders are not walked for this)."""
    import os

    for path in paths:
        try:
            size = os.path.getsize(path) if os.path.isfile(path) else 0
        except OSError:
            continue
        if size >= LARGE_FILE_BYTES:
            print(
                f"mtlint: {path}: {size / 2**20:.0f} MB — a file this large takes a few "
                "minutes to check",
                file=stream or sys.stderr,
            )
