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


class NeedsModels:
    """A run that could not start: the models to install, and the size of their download."""

    def __init__(self, pairs: list[tuple[str, str]], message: str) -> None:
        self.pairs = list(pairs)
        self.message = message
        self.size = models().download_size_label(self.pairs)

    def label(self) -> str:
        """ "en↔de" for a round trip's two directions, else "en→de, de→en …"."""
        pairs = self.pairs
        if len(pairs) == 2 and pairs[0] == pairs[1][::-1]:
            return f"{pairs[0][0]}↔{pairs[0][1]}"
        return ", ".join(f"{a}→{b}" for a, b in pairs)


def backtranslate_or_needs(document: Document, config: Config, **controls: Any) -> Any:
    """``backtranslate(document, config, **controls)`` (pivot, progress, cancelled), or
    NeedsModels when packages are missing (the view offers to get them)."""
    missing = getattr(models(), "MissingModelError", None)
    try:
        return backtranslate(document, config, **controls)
    except Exception as error:
        if missing is not None and isinstance(error, missing):
            return NeedsModels(error.pairs, str(error))
        raise


def download_pairs(
    pairs: list[tuple[str, str]], progress: Callable[..., None], cancelled: Callable[[], bool]
) -> list[Any]:
    """Download and install each pair in turn (worker thread); returns what is installed."""
    module = models()
    for index, (from_code, to_code) in enumerate(pairs):
        label = f"{from_code}→{to_code} ({index + 1}/{len(pairs)})"

        def report(done: int, total: int, label: str = label) -> None:
            progress(done, total, label)

        module.download(from_code, to_code, progress=report, cancelled=cancelled)
    return list(module.list_installed())


def install_files(paths: list[str]) -> list[Any]:
    module = models()
    for path in paths:
        module.install_from_file(path)
    return list(module.list_installed())


def offline() -> bool:
    """Whether downloads are off (``MTLINT_OFFLINE=1``): the view says so instead of trying."""
    try:
        return bool(models().offline())
    except (UnavailableError, AttributeError):
        return True


def needs_for(language: str | None, pivot: str | None) -> NeedsModels | None:
    """What a round trip of ``language`` through ``pivot`` (None: the default) still needs, or
    None when its models are installed (worker thread: it reads the package folder)."""
    module = models()
    base = (language or "").split("-")[0].lower()
    if not base or base == "und":
        return None
    from mtlint.checks.backtranslation.pipeline import parse_pivots

    pivots = parse_pivots(pivot) or (module.default_pivot(base),)
    pivots = tuple(p for p in pivots if p != base)
    missing = module.missing_pairs(base, pivots)
    if not missing:
        return None
    return NeedsModels(missing, module.missing_models_message(missing))
