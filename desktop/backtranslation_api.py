"""The GUI's only door to ``checks.backtranslation`` (which may not be built yet in a checkout).

Everything here is called from worker threads except ``available()``; argostranslate itself is
imported lazily inside the engine's adapter, never by the desktop package.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.errors import ModelError


class UnavailableError(ModelError):
    """Back-translation is not part of this build; the message is one line."""


def _module(name: str = "mtlint.checks.backtranslation") -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise UnavailableError(f"back-translation is not available ({error})") from error


def available() -> bool:
    try:
        return hasattr(_module(), "backtranslate_document")
    except UnavailableError:
        return False


def error_types() -> tuple[type[BaseException], ...]:
    module = _module()
    return tuple(
        t
        for t in (getattr(module, "BacktranslationError", None), UnavailableError)
        if t is not None
    )


def _progress_adapter(progress: Callable[..., None]) -> Callable[..., None]:
    """Accepts (done, total), (done, total, message) or a single fraction."""

    def report(*args: Any, **kwargs: Any) -> None:
        if len(args) >= 2:
            done, total = args[0], args[1]
            message = str(args[2]) if len(args) > 2 else str(kwargs.get("message", ""))
        elif len(args) == 1 and isinstance(args[0], float):
            done, total, message = round(args[0] * 1000), 1000, ""
        else:
            done, total, message = 0, 0, str(args[0]) if args else ""
        progress(int(done), int(total), message)

    return report


def backtranslate(
    document: Document,
    config: Config,
    *,
    pivot: str | None,
    progress: Callable[..., None],
    cancelled: Callable[[], bool],
) -> Any:
    """Back-translate a checked document; its MT8xx findings go through the pipeline's filters
    (selection, minimum confidence, the project's ignore file) like every other finding."""
    module = _module()
    if getattr(module, "backtranslate_document", None) is None:
        raise UnavailableError("back-translation is not built yet in this version of mtlint")
    from mtlint.checks import pipeline

    request = pipeline.BacktranslationRequest(
        pivot=pivot or None, progress=_progress_adapter(progress), cancelled=cancelled
    )
    result = pipeline.backtranslate(document, config, request)
    return pipeline.filter_backtranslation(result, document, config, document.path)


def models() -> ModuleType:
    return _module("mtlint.checks.backtranslation.models")


def default_pivot(language: str | None) -> str | None:
    try:
        return models().default_pivot(language)
    except Exception:
        return None
