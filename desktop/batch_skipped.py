"""The files of a batch folder that are not checked, each with the reason (h21gui).

``checks.batch.expand_paths`` lists the files mtlint reads and leaves the others out without a
word: a folder of ten files showed "9 / 9 files". The batch view now gives every file a row:
the ones the walk left out are listed here, with why — a format mtlint does not read, or the
project's ``exclude`` setting. Hidden files and folders (a leading dot: ``.mtlint.toml``,
``.git``) are not files of the folder a user means, and a glob the user typed narrows the batch
on purpose: neither is listed. Runs in the batch worker (it walks the folder)."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mtlint.checks.documents import supported_extensions, wanted_in_folder
from mtlint.checks.results import FileReport


@dataclass(frozen=True)
class SkippedFile(FileReport):
    """A row for a file the batch did not check; ``reason`` says why (one line, in English
    words chosen by the view: see ``BatchModel``)."""

    reason: str = ""
    extension: str = ""


UNKNOWN_FORMAT = "format"
EXCLUDED = "excluded"
# A .json, .xml or .yml that mtlint reads as a translation catalogue, found in a folder but no
# catalogue (a package.json, a build's .xml): "files are not read" would be untrue of it.
NOT_CATALOGUE = "not-catalogue"
# The original a save or ``mtlint fix --write`` kept (checks/writeback.py: FILE.bak, then
# FILE.bak.1 …): it read "Not checked: .1 files are not read" (h31tidy).
BACKUP = "backup"
_BACKUP_NAME = re.compile(r".+\.bak(?:\.\d+)?")


def skipped_files(
    folder: Path,
    listed: Iterable[Path],
    *,
    recursive: bool,
    pattern: str | None,
    exclude: Iterable[str],
) -> list[SkippedFile]:
    """The files under ``folder`` that ``listed`` (the files to check) leaves out."""
    taken = {os.path.realpath(p) for p in listed}
    readable = set(supported_extensions())
    exclude = list(exclude)
    skipped: list[SkippedFile] = []
    for current, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        dirnames[:] = [d for d in dirnames if not d.startswith(".")] if recursive else []
        for name in sorted(filenames):
            path = Path(current) / name
            if name.startswith(".") or (pattern and not fnmatch.fnmatch(name, pattern)):
                continue
            if os.path.realpath(path) in taken:
                continue
            text = str(path)
            if any(fnmatch.fnmatch(text, p) or fnmatch.fnmatch(name, p) for p in exclude):
                reason = EXCLUDED
            elif path.suffix.lower() in readable and not wanted_in_folder(path):
                reason = NOT_CATALOGUE
            elif _BACKUP_NAME.fullmatch(name):
                reason = BACKUP
            else:
                reason = UNKNOWN_FORMAT
            skipped.append(SkippedFile(path=text, reason=reason, extension=path.suffix))
    return skipped
