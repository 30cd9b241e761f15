"""Loading files into Documents: one loader per format, chosen by file extension.

Every loader reports a problem as an ``InputError`` whose message is one clear line.
"""

from __future__ import annotations

import codecs
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from mtlint.checks.documents.base import Document, InputError, OffsetMap, Piece

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch, CharsetMatches
    from mtlint.checks.model import Edit

__all__ = [
    "MAX_FILE_BYTES",
    "Document",
    "InputError",
    "OffsetMap",
    "Piece",
    "decode_bytes",
    "document_from_text",
    "escape_for",
    "file_edits_adjuster",
    "load_bytes",
    "load_document",
    "loader_for",
    "register_escape",
    "register_file_edits",
    "register_loader",
    "register_renderer",
    "renderer_for",
    "supported_extensions",
    "takes_source",
    "wanted_in_folder",
]

# Larger inputs are refused with a clear line rather than exhausting memory.
MAX_FILE_BYTES = 512 * 1024 * 1024

T = TypeVar("T")
Loader = Callable[[Path, bytes], Document]
_LOADERS: dict[str, Loader] = {}
# (document, edits in the document's text coordinates, the bytes it was loaded from) -> new bytes
Renderer = Callable[[Document, Sequence["Edit"], "bytes | None"], bytes]
_RENDERERS: dict[str, Renderer] = {}
Escape = Callable[[str], str]
_ESCAPES: dict[str, Escape] = {}
FileEdits = Callable[[Document, "list[Edit]"], "list[Edit]"]
_FILE_EDITS: dict[str, FileEdits] = {}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


# Loaders that take the reading options (keyed catalogues): ``language`` (--lang: which
# translations of a many-language .xcstrings) and ``source`` (--source: the source-language file
# whose units pair by key, when it is not beside the target by convention).
_OPTION_LOADERS: set[Loader] = set()


def register_loader(*extensions: str, options: bool = False) -> Callable[[Loader], Loader]:
    """Register a loader for file extensions (lower case, with the dot); ``options``: it takes
    the keywords ``language`` and ``source`` too."""

    def decorate(loader: Loader) -> Loader:
        for extension in extensions:
            _LOADERS[extension.lower()] = loader
        if options:
            _OPTION_LOADERS.add(loader)
        return loader

    return decorate


def takes_source(path: Path) -> bool:
    """Whether the file's format pairs its units with a source file given by the user (a keyed
    catalogue: strings.xml, .strings, .stringsdict, .json, .arb, .yml)."""
    return loader_for(path) in _OPTION_LOADERS


def catalogue_source(target: Path, source: Path) -> str | None:
    """The source-language file a keyed catalogue pairs its units with by key, resolved; None
    when the target's format takes no source file (its source then feeds the back-translation).
    InputError (one line) when the source is of another format or missing: shared by the
    command line's ``--source`` and the app's "compare with source file"."""
    if not takes_source(target):
        return None
    if not takes_source(source) or source.suffix.lower() != target.suffix.lower():
        raise InputError(
            f"{source}: a {target.suffix} catalogue pairs with a source file of its own format "
            f"({target.suffix}), not a {source.suffix or 'plain'} file"
        )
    if not source.is_file():
        raise InputError(f"{source}: no such file")
    return str(source.resolve())


FolderFilter = Callable[[Path], bool]
_FOLDER_FILTERS: dict[str, FolderFilter] = {}


def register_folder_filter(*extensions: str) -> Callable[[FolderFilter], FolderFilter]:
    """Register which files of an extension a folder check takes: a format whose extension
    is shared with files of other kinds (.json, .xml, .yml) takes only its own."""

    def decorate(accepts: FolderFilter) -> FolderFilter:
        for extension in extensions:
            _FOLDER_FILTERS[extension.lower()] = accepts
        return accepts

    return decorate


def wanted_in_folder(path: Path) -> bool:
    """Whether a file found in a checked folder is one of the formats mtlint reads (a
    message catalogue, not a package.json or a build's .xml)."""
    _import_format_modules()
    accepts = _FOLDER_FILTERS.get(path.suffix.lower())
    return accepts is None or accepts(path)


def supported_extensions() -> list[str]:
    _import_format_modules()
    return sorted(_LOADERS)


def loader_for(path: Path) -> Loader | None:
    _import_format_modules()
    return _LOADERS.get(path.suffix.lower())


def decode_bytes(data: bytes, *, name: str = "input") -> tuple[str, str, bool]:
    """Decode file bytes: (text, encoding, had_bom). Newlines are kept exactly as they are."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding, True
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: invalid {encoding} after its byte-order mark") from error
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: cannot tell the text encoding (binary file?)")
    best = _commonest_of_equals(matches, best)
    text = str(best)
    if _looks_binary(text):
        raise InputError(f"{name}: binary file, not text")
    return text, best.encoding, False


# Where charset_normalizer rates several code pages alike (a short French text's "é" and "à"
# read as well in Windows-1250 as in Windows-1252, as "é" and "ŕ"), the commonest one wins.
_COMMONEST_CODE_PAGES = ("cp1252",)


def _commonest_of_equals(matches: CharsetMatches, best: CharsetMatch) -> CharsetMatch:
    """``best``, or a match of a commoner code page that charset_normalizer rates the same
    (equal chaos and coherence)."""
    for encoding in _COMMONEST_CODE_PAGES:
        for match in matches:
            if (
                match.encoding == encoding
                and match.chaos == best.chaos
                and match.coherence == best.coherence
            ):
                return match
    return best


def _utf16_without_bom(data: bytes) -> tuple[str, str, bool] | None:
    """UTF-16 text without a byte-order mark: in Latin-script text every other byte is NUL,
    at odd offsets (little-endian) or even ones (big-endian)."""
    sample = data[:8192]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) // 2
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    if odd_nuls >= 0.3 * pairs and even_nuls <= 0.02 * pairs:
        encoding = "utf-16-le"
    elif even_nuls >= 0.3 * pairs and odd_nuls <= 0.02 * pairs:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if _looks_binary(text) else (text, encoding, False)


def decoding_notes(data: bytes, encoding: str, bom: bool) -> tuple[str, ...]:
    """A note when the bytes were not what a reader would assume (UTF-8): which encoding was
    guessed, and where UTF-8 decoding failed."""
    if bom or encoding.lower().replace("_", "-") in ("utf-8", "ascii"):
        return ()
    if encoding.startswith("utf-16"):
        return (f"no byte-order mark: read as {encoding.upper()}",)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return (
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}): "
            f"read as {encoding}; check the result if the text looks wrong",
        )
    return ()


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / len(sample) > 0.05


def document_from_text(
    text: str, *, language: str | None = None, path: Path | None = None
) -> Document:
    return Document(text=text, language=language, path=path)


@register_loader(".txt", ".text", "")
def load_plain_text(path: Path, data: bytes) -> Document:
    text, encoding, bom = decode_bytes(data, name=str(path))
    return Document(text=text, path=path, format="text", encoding=encoding, bom=bom)


def read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"{path}: too large ({size / 2**20:.0f} MB; the limit is "
                f"{MAX_FILE_BYTES / 2**20:.0f} MB)"
            )
        return path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file") from error
    except PermissionError as error:
        raise InputError(f"{path}: permission denied") from error
    except IsADirectoryError as error:
        raise InputError(f"{path}: is a folder, not a file") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from error


def load_document(
    path: str | Path, *, language: str | None = None, source: str | Path | None = None
) -> Document:
    """Load a file by its extension; unknown extensions are read as plain text if they decode.
    ``source``: a keyed catalogue's source-language file (ignored by other formats)."""
    path = Path(path)
    return load_bytes(path, read_bytes(path), language=language, source=source)


def load_bytes(
    path: Path, data: bytes, *, language: str | None = None, source: str | Path | None = None
) -> Document:
    """A Document from a file's content (``path`` names it and chooses the format)."""
    loader = loader_for(path)
    if loader in _OPTION_LOADERS:
        document = loader(path, data, language=language, source=source)  # type: ignore[call-arg]
    else:
        document = (loader or load_plain_text)(path, data)
    notes = decoding_notes(data, document.encoding, document.bom)
    if loader is None and path.suffix:
        notes += (
            f"'{path.suffix}' is not a supported format: checked as plain text "
            "(markup, if any, is read as words)",
        )
    if notes:
        document = replace(document, notes=document.notes + notes)
    return replace(document, language=language) if language else document


def register_renderer(*formats: str) -> Callable[[Renderer], Renderer]:
    """Register how fixes are written into a format whose file is not just its decoded text
    (``Document.format``): the renderer gets the edits in the document's coordinates and the
    bytes the document was loaded from (None: read them from ``document.path``)."""

    def decorate(renderer: Renderer) -> Renderer:
        for name in formats:
            _RENDERERS[name] = renderer
        return renderer

    return decorate


def register_escape(*formats: str) -> Callable[[Escape], Escape]:
    """Register how a replacement is written into a format's decoded text (HTML escapes "&"
    and "<", PO its C escapes …)."""

    def decorate(escape: Escape) -> Escape:
        for name in formats:
            _ESCAPES[name] = escape
        return escape

    return decorate


def _by_format(table: dict[str, T], document: Document) -> T | None:
    """A format's entry; "xliff-2.0" falls back to "xliff"'s."""
    _import_format_modules()
    found = table.get(document.format)
    return found if found is not None else table.get(document.format.split("-", 1)[0])


def escape_for(document: Document) -> Escape | None:
    return _by_format(_ESCAPES, document)


def register_file_edits(*formats: str) -> Callable[[FileEdits], FileEdits]:
    """Register how edits already mapped to the decoded file text must be rewritten where the
    way to write them depends on where they land (a CSV field a comma would split must become a
    quoted one); the function reads what it needs from ``document.format_data``."""

    def decorate(adjust: FileEdits) -> FileEdits:
        for name in formats:
            _FILE_EDITS[name] = adjust
        return adjust

    return decorate


def file_edits_adjuster(document: Document) -> FileEdits | None:
    return _by_format(_FILE_EDITS, document)


def renderer_for(document: Document) -> Renderer | None:
    """The format's own renderer, or None for formats written as their edited decoded text."""
    return _by_format(_RENDERERS, document)


_format_modules_imported = False
_format_lock = threading.RLock()


def _import_format_modules() -> None:
    """Import the optional format modules, which register their loaders on import."""
    global _format_modules_imported
    if _format_modules_imported:
        return
    import importlib
    import pkgutil

    import mtlint.checks.documents as package

    # Locked, and flagged only when done, so a concurrent thread never sees half the loaders.
    with _format_lock:
        if _format_modules_imported:
            return
        for module in pkgutil.iter_modules(package.__path__):
            if module.name not in ("base",):
                importlib.import_module(f"mtlint.checks.documents.{module.name}")
        _format_modules_imported = True
