"""Back-translation: round trips through offline MT (Argos Translate), scored with sacrebleu.

argostranslate's heavy half (``argostranslate.translate``, which pulls in torch) is never
imported; CTranslate2 and the tokenizers are imported lazily, when a model is first loaded.
Public API (the desktop app calls it from worker threads):

- ``backtranslate_document(document, *, pivot, source_text, source_language, use_cache,
  progress, cancelled, threshold) -> BacktranslationResult``: takes the Document already loaded
  (``checks.pipeline`` hands it over); ``pivot`` may name several ("de,fr"). Each sentence
  carries its pivot text, a word diff and the content lost or added (``compare``).
- ``models.MissingModelError``: what is missing (``pairs``) and its download size, one line
- ``preload(language, pivot=None)``: load the translators ahead of the first check
- ``add_backtranslation(report, config, ...)`` for the CLI
- ``checks.backtranslation.models``: the package manager
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mtlint.checks.backtranslation.errors import BacktranslationCancelled, BacktranslationError

if TYPE_CHECKING:
    from mtlint.checks.backtranslation.pipeline import (
        BacktranslationResult,
        add_backtranslation,
        backtranslate_document,
        backtranslate_texts,
        preload,
    )

# The pipeline's names are imported at their first use (PEP 562): a plain check — the CLI's
# ``mtlint check`` builds its ``models`` command from ``backtranslation.cli`` — never loads
# the pipeline, its models and scoring modules (~0.1 s of a small file's start-up).
_PIPELINE_NAMES = frozenset(
    {"BacktranslationResult", "add_backtranslation", "backtranslate_document"}
    | {"backtranslate_texts", "preload"}
)


def __getattr__(name: str) -> Any:
    if name in _PIPELINE_NAMES:
        from mtlint.checks.backtranslation import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BacktranslationCancelled",
    "BacktranslationError",
    "BacktranslationResult",
    "add_backtranslation",
    "backtranslate_document",
    "backtranslate_texts",
    "preload",
]
