"""The hunspell dictionaries installed on the machine, read without the network (MT930).

A language's dictionary is looked for, in order, in the folders named by ``MTLINT_DICTIONARIES``
(``os.pathsep``-separated; with ``MTLINT_DICTIONARIES_ONLY=1`` in those alone, so the tests and
the golden snapshot read the same dictionaries on every machine), the user's folder
(platformdirs: ``<user data>/mtlint/dictionaries``), the system's hunspell and myspell
folders, and LibreOffice's dictionary extensions. A folder holds ``<name>.aff`` beside
``<name>.dic``; for a language ``xx`` the names tried are ``xx_XX`` first, then any other
``xx_*`` (sorted), then ``xx`` (``PREFERRED`` gives a language's usual variants first:
``en_US`` and ``en_GB``, ``pt_PT`` and ``pt_BR``).

The dictionary is read by spylls (pure Python, on PyPI; the hunspell binary in pipe mode
costs a process per call and is not on every machine) into a compact form (checks/compactdic.py:
~3 MB for en_US where spylls' own objects take ~62; built once, ~1 s, then read from the user
cache in ~0.15 s), with spylls' lookup over it: ~35 µs a word. It is loaded on the first word
asked, so a document whose words wordfreq all knows never pays it. A language with no
dictionary, a machine without spylls, or a file that cannot be read has none: the rule that
reads it is off for that language, and ``dictionary_status`` says why in one line (nothing is
printed from here; ``dictionary_problems`` lists the files that could not be read).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from glob import glob
from pathlib import Path

# The environment variable naming extra dictionary folders (tests, a user's own folder).
FOLDERS_VARIABLE = "MTLINT_DICTIONARIES"
# Set to "1": the named folders alone, no user, system or office folder (tests, bench.golden).
ONLY_VARIABLE = "MTLINT_DICTIONARIES_ONLY"
# A language's usual variants, tried before ``xx_XX`` and the others.
PREFERRED = {
    "en": ("en_US", "en_GB", "en_CA", "en_AU"),
    "pt": ("pt_PT", "pt_BR"),
    "de": ("de_DE", "de_AT", "de_CH"),
    "es": ("es_ES", "es_MX"),
    "nl": ("nl_NL", "nl_BE"),
    "sv": ("sv_SE", "sv_FI"),
}
_SYSTEM_FOLDERS = (
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/usr/local/share/hunspell",
    "/usr/local/share/myspell",
    "/opt/homebrew/share/hunspell",
    "/Library/Spelling",
    "~/Library/Spelling",
)
# LibreOffice keeps its dictionaries in one extension folder a language (dict-en, dict-de …).
_OFFICE_GLOBS = (
    "/usr/lib/libreoffice/share/extensions/dict-*",
    "/usr/lib64/libreoffice/share/extensions/dict-*",
    "/opt/libreoffice*/share/extensions/dict-*",
    "/Applications/LibreOffice.app/Contents/Resources/extensions/dict-*",
    "C:/Program Files/LibreOffice/share/extensions/dict-*",
)


def dictionary_folders() -> list[Path]:
    """Every folder a dictionary is looked for in, in order (those that exist)."""
    named = [part for part in os.environ.get(FOLDERS_VARIABLE, "").split(os.pathsep) if part]
    folders = [Path(part).expanduser() for part in named]
    if os.environ.get(ONLY_VARIABLE) != "1":
        folders.append(_user_folder())
        folders += [Path(folder).expanduser() for folder in _SYSTEM_FOLDERS]
        for pattern in _OFFICE_GLOBS:
            folders += [Path(found) for found in sorted(glob(pattern))]
    seen, kept = set(), []
    for folder in folders:
        if folder not in seen and folder.is_dir():
            seen.add(folder)
            kept.append(folder)
    return kept


def _user_folder() -> Path:
    from platformdirs import user_data_path

    return user_data_path("mtlint", appauthor=False) / "dictionaries"


def _names(language: str) -> Iterator[str]:
    yield from PREFERRED.get(language, ())
    yield f"{language}_{language.upper()}"


def find_dictionary(language: str) -> Path | None:
    """The ``.dic`` file of ``language``'s dictionary (its ``.aff`` beside it), or None."""
    folders = dictionary_folders()
    for name in _names(language):
        for folder in folders:
            if _pair(folder / name):
                return folder / f"{name}.dic"
    for folder in folders:
        variants = sorted(folder.glob(f"{language}_*.dic")) + sorted(folder.glob(f"{language}.dic"))
        for found in variants:
            if _pair(found.with_suffix("")):
                return found
    return None


def _pair(stem: Path) -> bool:
    return stem.with_suffix(".dic").is_file() and stem.with_suffix(".aff").is_file()


def spylls_installed() -> bool:
    from importlib.util import find_spec

    return find_spec("spylls") is not None


class SpellDictionary:
    """One hunspell dictionary: ``knows(word)`` as hunspell's lookup (case rules included:
    "Paris" known, "paris" not, where the dictionary writes it capitalised), answers cached.
    Its stems are held compactly (checks/compactdic.py: ~3 MB for en_US against spylls' ~62),
    with spylls' own lookup over them; spylls' full reader where they cannot be."""

    def __init__(self, path: Path) -> None:
        from mtlint.checks.compactdic import compact_lookup

        self.path = path
        self._lookup = compact_lookup(path) or _spylls_lookup(path)
        self._known: dict[str, bool] = {}

    def knows(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            try:
                known = bool(self._lookup(word))
            except LOOKUP_ERRORS as error:
                if not _from_spylls(error):
                    raise  # mtlint's own bug: never read as "known"
                known = True  # a malformed rule of a user's .aff: the word is left alone
            if len(self._known) > 200_000:
                self._known.clear()
            self._known[word] = known
        return known


# What spylls raises on a malformed .aff it read without complaint (a bad condition, an index
# past a rule's end); raised from mtlint's own code (the compact dictionary) they are bugs.
LOOKUP_ERRORS = (ValueError, LookupError, re.error, RecursionError)


def _from_spylls(error: BaseException) -> bool:
    """Whether the innermost frame of ``error``'s traceback that is spylls' or mtlint's is
    spylls': the standard library's frames below it (``re`` compiling a bad condition of the
    .aff) are skipped, so a malformed file is the file's, not mtlint's bug."""
    owner = ""
    trace = error.__traceback__
    while trace is not None:
        name = trace.tb_frame.f_globals.get("__name__", "")
        if name.startswith(("spylls.", "mtlint.")):
            owner = name
        trace = trace.tb_next
    return owner.startswith("spylls.")


def _spylls_lookup(path: Path):
    """spylls' reader alone (every stem a Python object): a dictionary the compact form
    cannot hold."""
    from spylls.hunspell import readers
    from spylls.hunspell.algo.lookup import Lookup
    from spylls.hunspell.readers.file_reader import FileReader

    aff, context = readers.read_aff(FileReader(str(path.with_suffix(".aff"))))
    dic = readers.read_dic(
        FileReader(str(path), encoding=context.encoding), aff=aff, context=context
    )
    _share_flag_sets(dic)
    return Lookup(aff, dic)


def _share_flag_sets(dic) -> None:
    """One frozen copy of each distinct flag set (en_US: 821 sets for 79,000 stems): spylls
    gives every stem its own set, ~15 MB held for the process; its lookup only reads them."""
    shared: dict[frozenset[str], frozenset[str]] = {}
    for word in dic.words:
        flags = frozenset(word.flags)
        word.flags = shared.setdefault(flags, flags)


# Why a language's dictionary could not be read (its unreadable file and the error), by
# language: said by ``dictionary_status`` (``mtlint rules --lang xx``) and
# ``dictionary_problems``, never printed from here.
_PROBLEMS: dict[str, str] = {}


@cache
def spell_dictionary(language: str) -> SpellDictionary | None:
    """The language's dictionary, loaded on first use; None when none is installed, spylls
    is missing, or its files cannot be read (the gated rule is then off for the language)."""
    if not spylls_installed():
        return None
    path = find_dictionary(language)
    if path is None:
        return None
    try:
        return SpellDictionary(path)
    except Exception as error:
        if not isinstance(error, OSError | UnicodeError) and not _from_spylls(error):
            raise  # mtlint's own bug, not the file's
        # an unreadable file, or one spylls cannot parse: the rule off for the language
        _PROBLEMS[language] = f"hunspell dictionary {path} unreadable ({error})"
        return None


def dictionary_problems() -> tuple[str, ...]:
    """One line for each dictionary this process could not read (the rule was off there)."""
    return tuple(
        f"{problem}: the dictionary check (MT930) is off for '{language}'"
        for language, problem in sorted(_PROBLEMS.items())
    )


def dictionary_status(language: str) -> str:
    """One line: which dictionary serves ``language``, or why none does."""
    if not spylls_installed():
        return "no hunspell reader (pip install spylls): the dictionary check (MT930) is off"
    path = find_dictionary(language)
    if path is None:
        return (
            f"no hunspell dictionary for '{language}' (looked in {FOLDERS_VARIABLE}, the user "
            "folder, the system's hunspell/myspell folders and LibreOffice's): the dictionary "
            "check (MT930) is off"
        )
    if spell_dictionary(language) is None and language in _PROBLEMS:
        return f"{_PROBLEMS[language]}: the dictionary check (MT930) is off"
    return f"hunspell dictionary for '{language}': {path}"


@contextmanager
def pinned_dictionaries(*folders: Path) -> Iterator[None]:
    """Within the block the dictionaries come from ``folders`` alone (none: no dictionary, the
    gated rule off), whatever the machine holds; the environment is restored after."""
    saved = {name: os.environ.get(name) for name in (FOLDERS_VARIABLE, ONLY_VARIABLE)}
    os.environ[FOLDERS_VARIABLE] = os.pathsep.join(str(folder) for folder in folders)
    os.environ[ONLY_VARIABLE] = "1"
    forget_dictionaries()
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        forget_dictionaries()


def forget_dictionaries() -> None:
    """Drop the loaded dictionaries (tests that point ``MTLINT_DICTIONARIES`` elsewhere)."""
    spell_dictionary.cache_clear()
    _PROBLEMS.clear()
