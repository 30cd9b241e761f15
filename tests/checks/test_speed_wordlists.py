"""The word-list readers that skip work against the plain reading they replace."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from mtlint.checks import foreignwords, wordlists
from mtlint.checks.wordlists import _read_wordlist, read_wordlist_band


def _source_languages() -> list[str]:
    """Every language a foreign-word table reads with its large list (no transliterations)."""
    folder = resources.files("mtlint.resources") / "casing"
    codes = {entry.name.removesuffix(".json") for entry in folder.iterdir()}
    sources = {
        source
        for code in codes
        for source in foreignwords.foreign_table(code).sources
        if not source.endswith("-Latn")
    }
    return sorted(sources)


def _large_list(language: str) -> Path:
    import wordfreq

    return Path(wordfreq.__file__).parent / "data" / f"large_{language}.msgpack.gz"


@pytest.mark.parametrize("language", _source_languages())
def test_rare_band_is_the_large_list_filtered(language: str) -> None:
    path = _large_list(language)
    if not path.is_file():
        assert foreignwords._rare_band(language) == {}
        return
    low, high = 10 ** (foreignwords._RARE_FROM - 9), 10 ** (3.0 - 9)
    expected = {w: v for w, v in _read_wordlist(path).items() if low <= v < high}
    found = foreignwords._rare_band(language)
    assert list(found.items()) == list(expected.items())
    assert found  # the band is not empty: the test compares something


def test_band_of_any_range_matches() -> None:
    path = _large_list("en")
    full = _read_wordlist(path)
    for low_zipf, high_zipf in ((7.0, 9.0), (3.0, 3.01), (1.0, 1.5), (0.0, 0.5)):
        low, high = 10 ** (low_zipf - 9), 10 ** (high_zipf - 9)
        expected = [(w, v) for w, v in full.items() if low <= v < high]
        assert list(read_wordlist_band(path, low, high).items()) == expected


def test_wordfreq_languages_without_importing_wordfreq() -> None:
    import wordfreq

    assert wordlists.wordfreq_languages() == frozenset(wordfreq.available_languages())
    assert "en" in wordlists.wordfreq_languages()


def test_distribution_version_reads_what_importlib_metadata_reads() -> None:
    from importlib.metadata import version

    from mtlint.checks.wordlists import distribution_version

    for name in ("wordfreq", "pycountry", "msgpack"):
        assert distribution_version(name) == version(name)
    assert distribution_version("no_such_distribution_here") == ""


def test_country_names_read_from_pycountrys_file_are_its_countries() -> None:
    import pycountry
    from mtlint.checks.wordlists import _country_names

    expected = {
        value
        for country in pycountry.countries
        for value in (getattr(country, "common_name", None), getattr(country, "name", None))
        if value and "," not in value and "(" not in value
    }
    assert _country_names() == expected


@pytest.mark.parametrize("language", _source_languages())
def test_unaccented_list_is_the_word_by_word_reading(language: str) -> None:
    """``_plain_list`` normalises the whole list as one string: the same words, values and
    order as stripping each word's marks on its own."""
    expected: dict[str, float] = {}
    for word, frequency in foreignwords._small_list(language).items():
        if word.isascii():
            continue
        spelled = foreignwords._plain(word)
        if spelled.isascii() and frequency > expected.get(spelled, 0.0):
            expected[spelled] = frequency
    found = foreignwords._plain_list(language)
    assert list(found.items()) == list(expected.items())


def test_unaccented_words_keep_letters_without_a_plain_spelling() -> None:
    words = ["divulgação", "łódź", "straße", "e\u0301te\u0301", "", "naïve"]
    assert foreignwords._plain_all(words) == [foreignwords._plain(w) for w in words]
    assert foreignwords._plain_all(["a\nb"]) == ["a\nb"]  # a line break: word by word


@pytest.mark.parametrize("language", ["en", "de", "fr", "ru"])
@pytest.mark.parametrize("zipf_bar", [2.5, 3.0, 4.0])
def test_frequent_prefix_is_every_word_at_the_bar(language: str, zipf_bar: float) -> None:
    """The shared prefix set (MT340's rare words, MT516's own words, MT318's common words):
    exactly the words whose frequency reaches the bar, as a test of each word reads it."""
    floor = 10 ** (zipf_bar - 9)
    words = wordlists.frequency_dict(language)
    expected = frozenset(word for word, frequency in words.items() if frequency >= floor)
    assert wordlists.frequent_prefix(language, floor) == expected


def _international_by_language(word: str, code: str, sources: tuple[str, ...]) -> bool:
    """``_international`` as it read the lists: language by language, counting."""
    shared = 0
    for language in foreignwords.fragments_table().get("international_languages", ()):
        if language == code or language in sources:
            continue
        if foreignwords._small_zipf(word, language) >= foreignwords._INTERNATIONAL_ZIPF:
            shared += 1
    return shared >= foreignwords._INTERNATIONAL_LANGUAGES


@pytest.mark.parametrize("code", ["en", "de", "it"])
def test_international_words_are_those_two_reference_lists_share(code: str) -> None:
    sources = foreignwords.foreign_table(code).sources
    found = foreignwords._international_words(code, sources)
    languages = [
        language
        for language in foreignwords.fragments_table().get("international_languages", ())
        if language != code and language not in sources
    ]
    words = set().union(*(foreignwords._small_list(language) for language in languages))
    words.update(["algebra", "radio", "municipio", "zzzq"])
    expected = {w for w in words if _international_by_language(w, code, sources)}
    assert {w for w in words if w in found} == expected
    assert found <= words


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_transliterated_sources_read_the_same_frequencies(language: str) -> None:
    """The lists read through their transliterations are held with bytes keys: the same word
    gives the same frequency."""
    listed = foreignwords._small_list(language)
    native = foreignwords._native_list(language)
    assert len(native) == len(listed)
    assert all(native[word.encode()] == frequency for word, frequency in listed.items())
    assert list(native) == [word.encode() for word in listed]  # read as bytes: the same order
    for form in ("pandemiya", "sobaka", "gorod", "pravda", "kniga", "mir", "zzzq"):
        best, native = 0.0, ""
        typo = foreignwords.typo_of_common_word(form, "en")  # "gorod": "good" typed badly
        for spelling in [] if typo else foreignwords.back_transliterations(form, language):
            frequency = foreignwords._small_zipf(spelling, language)
            if frequency > best:
                best, native = frequency, spelling
        assert foreignwords._transliterated(form, language, "en") == (best, native)


def _back_transliterations_by_entry(word: str, language: str) -> list[str]:
    """``back_transliterations`` as it read the table: every entry tried in turn."""
    table = foreignwords._transliteration(language)
    if not table:
        return []
    spellings = [""]
    position = 0
    while position < len(word):
        for latin, natives in table:
            if word.startswith(latin, position):
                spellings = [s + n for s in spellings for n in natives][
                    : foreignwords._MAX_SPELLINGS
                ]
                position += len(latin)
                break
        else:
            return []
    return spellings


@pytest.mark.parametrize("language", ["ru", "uk", "xx"])
def test_back_transliterations_read_the_table_entry_by_entry(language: str) -> None:
    """One regex match per sequence gives the spellings that trying each entry gave."""
    import random

    table = foreignwords._transliteration(language)
    pieces = [latin for latin, _ in table] + list("abcdefghijklmnopqrstuvwxyzéß'- ")
    chance = random.Random(12)
    words = ["pandemiya", "ukaz", "naïve", "", "shchi", "zhizn", "yozh", "tsar"]
    words += [
        "".join(chance.choice(pieces) for _ in range(chance.randint(1, 7))) for _ in range(3000)
    ]
    for word in words:
        assert foreignwords.back_transliterations(word, language) == (
            _back_transliterations_by_entry(word, language)
        ), word
