"""Finding the files to check and checking them, one file at a time or in parallel.

``check_file`` is the per-file unit of work (also what the process pool and Dask run); it never
raises for bad input: a file that cannot be checked comes back as a FileReport with ``error`` set.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from checks.config import Config
from checks.documents import InputError, load_document, loader_for
from checks.engine import check_document
from checks.results import FileReport, file_report

# Extensions batch-checking picks up in folders (explicitly named files are always checked).
DEFAULT_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")


def check_file(path: str | Path, config: Config | None = None, *, keep_text: bool = False) -> FileReport:
    config = config or Config()
    try:
        document = load_document(Path(path), language=config.language)
        result = check_document(document, config)
    except InputError as error:
        return FileReport(path=str(path), error=str(error))
    except MemoryError:
        return FileReport(path=str(path), error=f"{path}: out of memory while checking")
    return file_report(str(path), result, keep_text=keep_text)


def expand_paths(
    paths: Iterable[str | Path],
    *,
    exclude: Iterable[str] = (),
    extensions: Iterable[str] | None = None,
    pattern: str | None = None,
) -> Iterator[tuple[Path, str | None]]:
    """Files to check, with an error line for paths that do not exist or cannot be listed.

    Folders are walked recursively (symlinked folders are not followed, so loops cannot trap the
    walk); globs are expanded; explicitly named files are always included.
    """
    exclude = list(exclude)
    wanted = tuple(extensions) if extensions is not None else _folder_extensions()
    seen: set[str] = set()

    def excluded(path: Path) -> bool:
        text = str(path)
        return any(fnmatch.fnmatch(text, p) or fnmatch.fnmatch(path.name, p) for p in exclude)

    for raw in paths:
        raw = str(raw)
        candidates = [Path(raw)]
        if any(ch in raw for ch in "*?[") and not Path(raw).exists():
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield Path(raw), f"{raw}: no files match"
                continue
            candidates = [Path(m) for m in matches]
        for candidate in candidates:
            if candidate.is_dir():
                errors: list[OSError] = []
                for folder, dirnames, filenames in os.walk(candidate, onerror=errors.append):
                    dirnames.sort()
                    dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                    for name in sorted(filenames):
                        file_path = Path(folder) / name
                        if name.startswith(".") or excluded(file_path):
                            continue
                        if pattern and not fnmatch.fnmatch(name, pattern):
                            continue
                        if file_path.suffix.lower() not in wanted:
                            continue
                        key = os.path.realpath(file_path)
                        if key in seen:
                            continue
                        seen.add(key)
                        yield file_path, None
                for error in errors:
                    yield Path(error.filename or str(candidate)), (
                        f"{error.filename}: cannot list folder ({error.strerror})"
                    )
            elif candidate.exists():
                key = os.path.realpath(candidate)
                if key not in seen and not excluded(candidate):
                    seen.add(key)
                    yield candidate, None
            else:
                yield candidate, f"{candidate}: no such file or folder"


def _folder_extensions() -> tuple[str, ...]:
    from checks.documents import supported_extensions

    return tuple(sorted(set(DEFAULT_EXTENSIONS) | {e for e in supported_extensions() if e}))


def check_paths(
    paths: Iterable[str | Path],
    config: Config | None = None,
    *,
    jobs: int = 1,
    keep_text: bool = False,
    pattern: str | None = None,
) -> Iterator[FileReport]:
    """Check every file under ``paths``; results stream in path order."""
    config = config or Config()
    for path, error in expand_paths(paths, exclude=config.exclude, pattern=pattern):
        if error is not None:
            yield FileReport(path=str(path), error=error)
            continue
        if loader_for(path) is None and path.suffix:
            pass  # unknown extensions are tried as plain text
        yield check_file(path, config, keep_text=keep_text)
