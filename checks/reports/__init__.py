"""Reports: one writer per format, all fed the same stream of FileReports."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from mtlint.checks.results import FileReport

Writer = Callable[[Iterable[FileReport], TextIO, dict], None]
_WRITERS: dict[str, Writer] = {}


def register_format(name: str) -> Callable[[Writer], Writer]:
    def decorate(writer: Writer) -> Writer:
        _WRITERS[name] = writer
        return writer

    return decorate


def formats() -> list[str]:
    _load()
    return sorted(_WRITERS)


def write_report(
    name: str, reports: Iterable[FileReport], stream: TextIO, options: dict | None = None
) -> None:
    _load()
    try:
        writer = _WRITERS[name]
    except KeyError:
        raise ValueError(
            f"unknown report format '{name}' (choose from {', '.join(formats())})"
        ) from None
    writer(reports, stream, options or {})


def needs_text(name: str) -> bool:
    """Whether the report shows each file's text (and so needs it kept)."""
    return name == "html"


_loaded = False


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    import importlib
    import pkgutil

    import mtlint.checks.reports as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"mtlint.checks.reports.{module.name}")
