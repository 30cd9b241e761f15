"""Back-translation: round trips through offline MT (Argos Translate), scored with sacrebleu.

argostranslate (and torch behind it) is imported lazily, inside the adapter, never at import time.
"""

from __future__ import annotations

from pathlib import Path

from checks.config import Config
from checks.results import FileReport


class BacktranslationError(Exception):
    """A back-translation that cannot run (missing model …); the message is one clear line."""


def add_backtranslation(
    report: FileReport,
    config: Config,
    *,
    pivot: str | None = None,
    source_path: Path | None = None,
    source_language: str | None = None,
    use_cache: bool = True,
) -> FileReport:
    """The report with per-sentence round-trip scores and low-score findings added."""
    raise BacktranslationError("back-translation is not built yet")
