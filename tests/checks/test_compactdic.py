"""The compact hunspell dictionary (checks/compactdic.py) gives spylls' own verdicts, word for
word: on an invented dictionary using the features spylls' lookup reads (affixes, homonyms,
compounds, forbidden, keep-case and need-affix flags, ``ph:`` patterns under
CHECKCOMPOUNDREP, mixed-case stems, German sharp s), on invented and generated words, and on
the machine's own en_US/de_DE/es_ES where installed. Its disk cache, and the adapter's
handling of errors (checks/hunspelldicts.py). Invented words and sentences only."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from helpers import dictionaries_only_from
from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks import compactdic
from mtlint.checks.compactdic import CompactDic, compact_lookup
from mtlint.checks.hunspelldicts import (
    SpellDictionary,
    dictionary_problems,
    dictionary_status,
    forget_dictionaries,
    spell_dictionary,
)

_AFF = """SET UTF-8
TRY esianrtolcdugmphbyfvkwz
KEEPCASE K
FORBIDDENWORD X
NEEDAFFIX N
COMPOUNDFLAG C
COMPOUNDMIN 3
ONLYINCOMPOUND O
CHECKCOMPOUNDREP
REP 1
REP f ph

PFX U Y 1
PFX U 0 un .

SFX S Y 2
SFX S 0 s [^y]
SFX S y ies y

SFX D Y 2
SFX D 0 ed [^e]
SFX D 0 d e

SFX G Y 1
SFX G e ing e
"""
_STEMS = (
    "walk/SDU",
    "walk/C",
    "happy/SU",
    "lady/S",
    "Paris",
    "NASA",
    "OpenOffice.org",
    "iPhone/S",
    "foot/C",
    "ball/CS",
    "room/CO",
    "Mary/K",
    "bake/DG",
    "cake/NS",
    "blorf/X",
    "and\\/or",
    "tree/S ph:trea",
    "photo/C",
    "level",
    "e",
)
_GERMAN_AFF = "SET UTF-8\nLANG de_DE\nCHECKSHARPS\nKEEPCASE K\n\nSFX E Y 1\nSFX E 0 en .\n"
_GERMAN_STEMS = ("Straße/E", "groß/K", "Fußball", "Maßnahme/E", "Haus")


def _write(folder: Path, name: str, aff: str, stems: tuple[str, ...]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.aff").write_text(aff, encoding="utf-8")
    (folder / f"{name}.dic").write_text(f"{len(stems)}\n" + "\n".join(stems) + "\n", "utf-8")
    return folder / f"{name}.dic"


@pytest.fixture(autouse=True)
def no_disk_cache(monkeypatch):
    """Each test builds from the files unless it points the cache somewhere itself."""
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", "")


def _spylls(path: Path):
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(str(path.with_suffix("")))


def _variants(stems, rng: random.Random) -> set[str]:
    """The stems, their inflections and capitalisations, glued pairs and one-letter slips."""
    words: set[str] = set()
    letters = "aeioustnrlßhd"
    stems = list(stems)
    for stem in stems:
        for word in (stem, stem.lower(), stem.upper(), stem.capitalize(), stem.title()):
            words.update((word, word + "s", word + "ed", word + "ing", "un" + word, word + "en"))
        if stem.endswith("y"):
            words.add(stem[:-1] + "ies")
        for _ in range(3):
            cut = rng.randrange(len(stem) + 1)
            words.add(stem[:cut] + rng.choice(letters) + stem[cut:])
            words.add(stem[:cut] + stem[cut + 1 :])
        other = rng.choice(stems)
        words.update((stem + other, stem + "-" + other, stem.upper() + other.upper()))
    words.discard("")
    return words


def _same_verdicts(path: Path, words) -> int:
    reference, compact = _spylls(path), compact_lookup(path)
    differences = [word for word in sorted(words) if reference.lookup(word) != compact(word)]
    assert differences == []
    return sum(map(compact, words))


def test_the_invented_dictionary_gives_spylls_verdicts(tmp_path):
    path = _write(tmp_path, "en_US", _AFF, _STEMS)
    stems = [line.split("/")[0].split(" ")[0].replace("\\", "") for line in _STEMS]
    words = _variants(stems, random.Random(3)) | {
        "football",
        "ballroom",
        "roomball",
        "room",
        "cakes",
        "cake",
        "blorf",
        "blorfs",
        "mary",
        "MARY",
        "openoffice.org",
        "OPENOFFICE.ORG",
        "and/or",
        "LEVEL",
        "E",
        "footphoto",
        "fotophoto",
        "trees",
        "iphones",
        "IPHONES",
    }
    assert len(words) > 500
    accepted = _same_verdicts(path, words)
    assert 50 < accepted < len(words) - 50  # both verdicts well represented
    compact = compact_lookup(path)
    assert compact("ballroom") and compact("unhappy") and compact("ladies")
    assert not compact("cake") and compact("cakes")  # NEEDAFFIX
    assert not compact("blorf") and not compact("mary")  # FORBIDDENWORD, KEEPCASE


def test_german_casing_gives_spylls_verdicts(tmp_path):
    path = _write(tmp_path, "de_DE", _GERMAN_AFF, _GERMAN_STEMS)
    stems = [line.split("/")[0] for line in _GERMAN_STEMS]
    words = _variants(stems, random.Random(5)) | {"STRASSE", "STRASSEN", "GROSS", "FUSSBALL"}
    _same_verdicts(path, words)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abdefhiklnoprstuwyABNOPS-.'/ß", min_size=1, max_size=14))
def test_any_string_gets_spylls_verdict(tmp_path_factory, word):
    folder = tmp_path_factory.getbasetemp() / "compact-property"
    if not (folder / "en_US.dic").is_file():
        _write(folder, "en_US", _AFF, _STEMS)
    reference, compact = _readers(folder / "en_US.dic")
    assert compact(word) == reference.lookup(word)


_READERS: dict[Path, tuple] = {}


def _readers(path: Path) -> tuple:
    if path not in _READERS:
        _READERS[path] = (_spylls(path), compact_lookup(path))
    return _READERS[path]


_SYSTEM = Path("/usr/share/hunspell")


# Stems sampled a dictionary: German compounds cost spylls ~2 ms a word (~25 variants a stem).
@pytest.mark.slow
@pytest.mark.parametrize(("name", "sample"), [("en_US", 300), ("de_DE", 70), ("es_ES", 120)])
def test_the_machines_dictionaries_give_spylls_verdicts(name, sample):
    path = _SYSTEM / f"{name}.dic"
    if not (path.is_file() and path.with_suffix(".aff").is_file()):
        pytest.skip(f"no system {name} dictionary on this machine")
    lines = path.read_text("utf-8", errors="replace").splitlines()[1:]
    rng = random.Random(11)
    stems = [line.split("/")[0].split("\t")[0].strip() for line in rng.sample(lines, sample)]
    words = _variants([stem for stem in stems if stem], rng)
    assert len(words) > 1500
    _same_verdicts(path, words)


def test_the_compact_form_is_read_back_from_the_cache(tmp_path, monkeypatch):
    path = _write(tmp_path / "dicts", "en_US", _AFF, _STEMS)
    cache = tmp_path / "cache"
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", str(cache))
    built = compact_lookup(path)
    (stored,) = cache.iterdir()
    assert stored.name.startswith("hunspell.en_US.") and not list(cache.glob("*.tmp"))

    def no_build(*args):
        raise AssertionError("built again")

    monkeypatch.setattr(compactdic, "_build", no_build)
    read = compact_lookup(path)
    words = _variants(["walk", "happy", "tree", "ball", "room", "Paris"], random.Random(1))
    assert [read(word) for word in sorted(words)] == [built(word) for word in sorted(words)]
    # The "ph:" pattern the .dic adds to REP comes back with the cache (CHECKCOMPOUNDREP reads it).
    assert ("trea", "tree") in [(rep.pattern, rep.replacement) for rep in read.aff.REP]


def test_a_damaged_or_stale_cache_is_built_again(tmp_path, monkeypatch):
    path = _write(tmp_path / "dicts", "en_US", _AFF, _STEMS)
    cache = tmp_path / "cache"
    monkeypatch.setenv("MTLINT_WORDLIST_CACHE", str(cache))
    compact_lookup(path)
    (stored,) = cache.iterdir()
    stored.write_bytes(stored.read_bytes()[:-7])  # cut short
    assert compact_lookup(path)("walked")
    assert compact_lookup(path)("walked")  # the rebuilt file serves
    data = bytearray(stored.read_bytes())
    start = data.index(b"\n", 30) + 1  # after the header: the stems' trie, overwritten
    data[start : start + 40] = bytes(40)
    stored.write_bytes(bytes(data))
    assert compact_lookup(path)("walked") and not compact_lookup(path)("walkd")
    assert stored.read_bytes() != bytes(data)  # built and written again
    _write(tmp_path / "dicts", "en_US", _AFF, (*_STEMS, "zorp"))
    assert compact_lookup(path)("zorp")  # an edited .dic names another file
    assert len(list(cache.iterdir())) == 2


def test_no_cache_folder_keeps_nothing_on_disk(tmp_path, monkeypatch):
    path = _write(tmp_path / "dicts", "en_US", _AFF, _STEMS)
    assert compact_lookup(path)("walked")
    assert sorted(p.name for p in (tmp_path / "dicts").iterdir()) == ["en_US.aff", "en_US.dic"]


def test_homonyms_keep_the_files_order_and_spylls_lowercase_index(tmp_path):
    path = _write(tmp_path, "en_US", _AFF, _STEMS)
    compact, reference = compact_lookup(path).dic, _spylls(path).dic
    assert isinstance(compact, CompactDic) and len(compact) == len(_STEMS)
    for stem in ("walk", "Paris", "nasa", "l", "e", "openoffice.org", "zzz"):
        for ignorecase in (False, True):
            got = compact.homonyms(stem, ignorecase=ignorecase)
            want = reference.homonyms(stem, ignorecase=ignorecase)
            assert [(w.stem, set(w.flags), w.captype) for w in got] == [
                (w.stem, w.flags, w.captype) for w in want
            ]
    # spylls files an all-lower-case stem under each of its letters, "level" twice under "l".
    assert [w.stem for w in compact.homonyms("l", ignorecase=True)].count("level") == 2


# The adapter: errors ----------------------------------------------------------------------


def _raising_from(module: str, error: Exception):
    """A lookup raising ``error`` from a function of ``module`` (as spylls' own code would)."""
    namespace = {"__name__": module, "error": error}
    exec("def lookup(word):\n    raise error\n", namespace)
    return namespace["lookup"]


def _adapter(tmp_path) -> SpellDictionary:
    return SpellDictionary(_write(tmp_path, "en_US", _AFF, _STEMS))


def test_an_error_of_spylls_leaves_the_word_alone(tmp_path):
    words = _adapter(tmp_path)
    words._lookup = _raising_from("spylls.hunspell.algo.lookup", IndexError("rule"))
    assert words.knows("walked")


def test_an_error_of_mtlints_own_code_is_raised_not_read_as_known(tmp_path):
    words = _adapter(tmp_path)
    words._lookup = _raising_from("mtlint.checks.compactdic", IndexError("array"))
    with pytest.raises(IndexError):
        words.knows("walked")
    words._lookup = _raising_from("spylls.hunspell.algo.lookup", TypeError("bug"))
    with pytest.raises(TypeError):
        words.knows("walked")


def test_an_unreadable_dictionary_is_said_in_the_status_line_not_printed(
    tmp_path, monkeypatch, capsys
):
    folder = tmp_path / "dicts"
    _write(folder, "en_US", "SET UTF-8\nFLAG nonsense\n", ("walk/SD",))
    dictionaries_only_from(folder, monkeypatch, tmp_path / "user")
    forget_dictionaries()
    try:
        assert spell_dictionary("en") is None
        assert capsys.readouterr().err == ""
        status = dictionary_status("en")
        assert "unreadable" in status and "MT930" in status and "\n" not in status
        (problem,) = dictionary_problems()
        assert str(folder / "en_US.dic") in problem and "'en'" in problem
    finally:
        forget_dictionaries()
    assert dictionary_problems() == ()


def test_a_stem_no_trie_can_hold_is_read_by_spylls_alone(tmp_path):
    path = _write(tmp_path, "en_US", _AFF, _STEMS)
    with path.open("ab") as dic:
        dic.write(b"caf\xe9/S\n")  # not UTF-8: spylls keeps the byte as a lone surrogate
    assert compact_lookup(path) is None
    words = SpellDictionary(path)
    assert words.knows("walked") and words.knows("caf\udce9s") and not words.knows("cafes")
    reference = _spylls(path)
    for word in sorted(_variants(["walk", "happy", "ball", "room", "Paris"], random.Random(2))):
        assert words.knows(word) == reference.lookup(word)


def test_a_bad_condition_in_the_aff_turns_the_rule_off_not_the_run(tmp_path, monkeypatch):
    # spylls compiles the condition "[abc" with ``re``: the error's innermost frame is the
    # standard library's, below spylls' reader.
    folder = tmp_path / "dicts"
    _write(folder, "en_US", "SET UTF-8\n\nSFX S Y 1\nSFX S 0 s [abc\n", ("walk/S",))
    dictionaries_only_from(folder, monkeypatch, tmp_path / "user")
    forget_dictionaries()
    try:
        assert spell_dictionary("en") is None
        assert "unreadable" in dictionary_status("en")
    finally:
        forget_dictionaries()


def test_the_check_command_says_once_that_an_unreadable_dictionary_turned_mt930_off(
    tmp_path, monkeypatch, capsys
):
    from mtlint.checks.cli import main

    folder = tmp_path / "dicts"
    _write(folder, "en_US", "SET UTF-8\n\nSFX S Y 1\nSFX S 0 s [abc\n", ("walk/S",))
    dictionaries_only_from(folder, monkeypatch, tmp_path / "user")
    text = tmp_path / "article.txt"
    # Words no word list knows, so MT930 asks for the dictionary.
    text.write_text(
        "The minister said the plan was ready. The committe will meet the delegaton on "
        "Monday, and the vote follows in the evening after a long debate.\n",
        encoding="utf-8",
    )
    forget_dictionaries()
    try:
        main(["check", "--lang", "en", str(text)])
        err = capsys.readouterr().err
    finally:
        forget_dictionaries()
    lines = [line for line in err.splitlines() if "MT930" in line]
    assert len(lines) == 1 and lines[0].startswith("mtlint: warning: ")
    assert "unreadable" in lines[0] and str(folder / "en_US.dic") in lines[0]
    assert "Traceback" not in err
