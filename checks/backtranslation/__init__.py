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

from mtlint.checks.backtranslation.errors import BacktranslationCancelled, BacktranslationError
from mtlint.checks.backtranslation.pipeline import (
    BacktranslationResult,
    add_backtranslation,
    backtranslate_document,
    backtranslate_texts,
    preload,
)

__all__ = [
    "BacktranslationCancelled",
    "BacktranslationError",
    "BacktranslationResult",
    "add_backtranslation",
    "backtranslate_document",
    "backtranslate_texts",
    "preload",
]
