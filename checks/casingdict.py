"""The cased dictionary's table for the casing rules MT320–MT322
(checks/rules/casing_dictionary.py), read once per language: ``dictionary_table`` and the
frequent words that are common words only, ``common_only_words``. What the rules read in a
document with it lives beside: MT320 in checks/casingdictcaps.py, MT321 and MT322 in
checks/casingdictnames.py.

wordfreq lists words in lower case only, so it cannot say whether a frequent word is also a
name ("hall", "trump", "apple"). Webster's Second International (public domain, web2) writes
proper nouns and their adjectives capitalised and common words in lower case; the frequent
words it does *not* prove to be common words only are listed in
``resources/casing/dictionary/<code>_names.txt`` (bench/build_casing_dictionary.py builds it),
and the language's table beside it (``<code>.json``) holds the context: words written
capitalised by house style, words after which a capital is a name ("the company Target"),
and the small words that stay lower case inside a name ("Ministry of Health").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingmid import mid_table
from mtlint.checks.entitycase import local_names
from mtlint.checks.resourcefiles import optional_text, read_json, table_names
from mtlint.checks.wordlists import frequency_dict, zipf


@dataclass(frozen=True, eq=False)
class DictionaryTable:
    code: str
    # Frequent words a capital may not prove wrong: names, house-style capitals, openers.
    maybe_names: frozenset[str]
    before_names: frozenset[str]
    # Function words: a name may follow any of them ("to Bush", "by Hall").
    small_words: frozenset[str]
    # Articles and demonstratives: after them a capital may be a team or an institution.
    determiners: frozenset[str]
    name_joiners: frozenset[str]
    joiner_heads: frozenset[str]
    zipf_floor: float
    zipf_ceiling: float
    # MT322: common adjectives that lead a name ("new Jersey": or a new Jersey cow) and the
    # articles before which such a pair is a noun phrase, not the name.
    adjective_heads: frozenset[str] = frozenset()
    indefinite_articles: frozenset[str] = frozenset()
    # MT320: common words hunspell also writes capitalised ("Trump", "Chase"): not judged
    # after a small word, where a name stands as often ("after Trump had").
    name_like: frozenset[str] = frozenset()
    # MT320: lower-case words a name or title goes on with ("Law and Justice", "Hall of Fame").
    name_links: frozenset[str] = frozenset()
    # MT320 after a small word: prepositions of place or time ("with Island in 1979") and
    # plural endings ("by Spurs", "in Boots"): a club's nickname or a brand stands there.
    place_time_links: frozenset[str] = frozenset()
    plural_endings: tuple[str, ...] = ()
    # Endings of a word in -s that is no plural ("religious", "business", "analysis").
    singular_endings: tuple[str, ...] = ()
    # The conjunctions that pair two words ("Officials and ministers"): a plural paired with a
    # lower-case plural is a class of people or things, not a club's or a brand's name.
    pair_conjunctions: frozenset[str] = frozenset()
    # Possessive determiners: after one a capital is no team or institution ("his Visit").
    possessives: frozenset[str] = frozenset()
    # Words after which MT320 judges no capital (beyond English the possessives: "a nossa
    # Política de privacidade", a document's name in house style).
    quiet_after: frozenset[str] = frozenset()
    # MT320 judges a capital after a preposition or a conjunction (English; where hunspell
    # lacks first names and surnames — "con Rosa", "di Costa" — only after a content word).
    after_small_words: bool = True
    # Definite articles and demonstratives before a capital's noun (beyond English): "la
    # asociación Esperanza," is a name in apposition, never judged.
    apposition_articles: frozenset[str] = frozenset()
    # The findings' confidence where the table sets one (beyond English: 0.5).
    confidence: float = 0.0
    # Without that, the plural endings after which a capital is still judged there (French:
    # "résolus par Négociations").
    small_word_plurals: tuple[str, ...] = ()
    # MT320 judges a capital after a comma that follows a lower-case word ("of the country,
    # Follow up on", "carried out, Coordinated by"): English (h25recall), measured there.
    after_comma: bool = False
    # The words a letter's salutation opens with ("Dear friends, Welcome to"): never judged.
    salutations: frozenset[str] = frozenset()


_FOLDER = "casing/dictionary"


def dictionary_json(code: str) -> dict:
    """The language's raw resources/casing/dictionary/<code>.json (read now: callers cache what
    they build from it)."""
    return read_json(_FOLDER, f"{code}.json")


@lru_cache(maxsize=4)
def dictionary_languages(key: str = "") -> frozenset[str]:
    """The languages with a dictionary table (and, given ``key``, with that key in it: MT321
    needs name_joiners, MT322 adjective_heads)."""
    codes = table_names(_FOLDER)
    if not key:
        return codes
    return frozenset(code for code in codes if key in dictionary_json(code))


@lru_cache(maxsize=8)
def dictionary_table(code: str) -> DictionaryTable | None:
    if code not in dictionary_languages():
        return None
    raw = dictionary_json(code)
    names_text = optional_text(_FOLDER, f"{code}_names.txt")
    listed = (
        {line for line in names_text.split("\n") if line[:1] != "#"}
        if names_text is not None
        else set()
    )
    table = casing_data(code)
    small = (
        table.function_words
        | table.stop_words
        | table.determiners
        | table.clause_openers
        | table.link_lead_words
    )
    # A capital the other casing rules judge (openers, function words) or house style allows;
    # beyond English also the midsentence table's institutions, titles and house-style words.
    house = mid_table(code)
    listed |= (
        house.institution_words
        | house.person_titles
        | house.house_style_words
        | table.title_nouns
        | table.name_particles
        | table.ambiguous_names
    )
    listed |= (
        small
        | table.sentence_starters
        | table.comma_openers
        | table.capitalised_ok
        | table.calendar_words
        | set(raw.get("house_style", ()))
        | set(raw.get("hunspell_names", ()))
        | set(local_names(code, include_ambiguous=True))
    )
    return DictionaryTable(
        code=code,
        maybe_names=frozenset(listed),
        before_names=frozenset(raw.get("before_names", ()))
        | house.person_titles
        | table.title_nouns,
        small_words=frozenset(small),
        determiners=frozenset(table.determiners - set(raw.get("possessives", ()))),
        name_joiners=frozenset(raw.get("name_joiners", ())),
        joiner_heads=frozenset(raw.get("joiner_heads", ())),
        zipf_floor=float(raw.get("zipf_floor", 3.5)),
        zipf_ceiling=float(raw.get("zipf_ceiling", 6.2)),
        adjective_heads=frozenset(raw.get("adjective_heads", ())),
        indefinite_articles=frozenset(raw.get("indefinite_articles", ())),
        name_links=frozenset(raw.get("name_links", ())),
        name_like=frozenset(raw.get("hunspell_capitalised", ())),
        place_time_links=frozenset(raw.get("place_time_links", ())),
        plural_endings=tuple(raw.get("plural_endings", ())),
        singular_endings=tuple(raw.get("singular_endings", ())),
        pair_conjunctions=frozenset(raw.get("pair_conjunctions", ())),
        possessives=frozenset(raw.get("possessives", ())),
        quiet_after=frozenset(raw.get("quiet_after", ())),
        after_small_words=bool(raw.get("after_small_words", True)),
        small_word_plurals=tuple(raw.get("small_word_plurals", ())),
        apposition_articles=frozenset(raw.get("apposition_articles", ())),
        confidence=float(raw.get("confidence", 0.0)),
        after_comma=bool(raw.get("after_comma", False)),
        salutations=table.salutations,
    )


@lru_cache(maxsize=8)
def common_only_words(code: str) -> frozenset[str]:
    """The language's frequent words (``zipf_floor`` ≤ Zipf < ``zipf_ceiling``) that are common
    words only: computed once per process from the frequency list (its first ~20,000 words)."""
    table = dictionary_table(code)
    if table is None:
        return frozenset()
    low, high = 10 ** (table.zipf_floor - 9), 10 ** (table.zipf_ceiling - 9)
    words = set()
    for word, frequency in frequency_dict(code).items():
        if frequency < low:
            break  # the list is ordered by frequency
        if frequency < high and len(word) > 2 and word.isalpha():
            words.add(word)
    # Titles of address after an honorific pronoun ("Sua Santità", "Son Éminence").
    stems = tuple(stem for stems in casing_data(code).honorifics.values() for stem in stems)
    honorific = {word for word in words if stems and word.startswith(stems)}
    # Beyond English, a word English writes more often is an English title or brand ("el
    # semanario americano Time").
    english = {word for word in words if code != "en" and zipf(word, "en") > zipf(word, code)}
    return frozenset(words - table.maybe_names - honorific - english)
