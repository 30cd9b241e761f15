"""Common words capitalised mid-sentence against the document's own usage (MT305).

"300 new Cases on Tuesday" in a text that writes "cases" in lower case elsewhere: the capital
is the minority spelling of an ordinary word (wordfreq knows it well, the gazetteer does not
know it as a name), between two lower-case words, and never next to another capitalised word
anywhere in the text (where it would be part of a name: "the Supreme Court" … "the Court").
A text that capitalises the word as often as not ("the Government", its house style) is left
alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingdata import UPPER_CLASS, CasingData
from mtlint.checks.casinghalves import institution_table
from mtlint.checks.casingmid import mid_table
from mtlint.checks.casingscan import (
    mark_capital_matches,
    mid_capital_matches,
    next_word,
    previous_word,
)
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.resourcefiles import optional_json
from mtlint.checks.textscan import (
    chunk_text,
    find_words,
    find_words_upto,
    trie_pattern,
    word_gate,
)
from mtlint.checks.wordlists import zipf

# A capitalised word of three or more letters: a whole chunk of the chunk text less its
# trailing , ; : or sentence end ("\nHall,\n", "\nLight.\n"); in any cased alphabet
# ("\nРасходы\n"), the rest of the word in lower case checked after.
_CAPITALISED_CHUNK = re.compile(f"\\n([{UPPER_CLASS}][^\\W\\d_]{{2,}})[,;:.?!]*(?=\\n|$)")
# The marks after which a capital is no sentence start: "the costs rose, Costs incurred".
_CLAUSE_MARKS = (", ", "; ")
# Lower-case uses needed per capitalised one: the capital must be the clear minority.
_LOWER_PER_CAPITAL = 2
# Below this Zipf frequency a word is rare enough to be a name ("Trillium").
_COMMON_ZIPF = 3.5
# Words after which a capital starts a name's second part ("Ministry of", "Department for").
_NAME_JOINERS = frozenset({"of", "for", "and", "de", "del", "la", "le", "von", "van", "&"})


def minority_capitals(
    document: Document, table: CasingData, lower_words: frozenset[str]
) -> Iterator[tuple[int, str, float]]:
    """(offset of the space before, word, confidence) for each capitalised common word whose
    lower-case form the document uses at least twice as often."""
    text = document.text
    names = local_names(table.code, include_ambiguous=True)
    # Candidates from the distinct chunks (a few thousand), never from every capital: the
    # capitalised ones picked out of the chunk text by a regex, then set operations (all at C
    # speed; a Python test per distinct chunk cost ~0.09 s per 10 MB).
    tokens = _CAPITALISED_CHUNK.findall(chunk_text(document))
    lowers = (set(map(table.lower, tokens)) & lower_words) - names.keys()
    lowers -= table.function_words | table.stop_words | table.capitalised_ok
    # Titles and institutions written with a capital by house style ("M. le Président").
    house = mid_table(table.code)
    lowers -= house.person_titles | house.institution_words | house.house_style_words
    # A capitalised chunk whose lower-case form the text has: the token back from its lower
    # case ("[A-Z][a-z]+" only: "McDonald" is no capitalised "mcdonald").
    candidates = {
        table.capitalise(word) for word in lowers if zipf(word, table.code) >= _COMMON_ZIPF
    }
    if not candidates:
        return
    # Mid-sentence uses: after a space that follows a lower-case letter (the shared positions
    # of capitals after a word character, matched in C).
    pattern = re.compile(" (" + trie_pattern(candidates) + ")(?=[ ,;:]|[.?!](?:\\s|$))")
    found = [
        (match.start(), match.group(1))
        for match in mid_capital_matches(document, pattern)
        if text[match.start() - 1 : match.start()].islower()
    ]
    # The cheap tests on each use first; the text is searched only for the words left.
    heads = _institution_heads(table.code)
    found = [
        (space, word)
        for space, word in found
        if (
            _between_lower_words(text, space, word, table, house.minority_after)
            or (
                # "the Senate of our University.": a body named by its head alone.
                table.lower(word) not in heads
                and _ends_sentence(text, space, word, table, house.minority_after)
            )
        )
        and next_word(text, space + 1 + len(word)) not in heads
    ]
    # After a mark, words that open clauses or sentences are MT302's and the articles path's
    # ("spichlerza, Gdzie tam": a verse line's capital).
    openers = table.clause_openers | table.sentence_starters | table.comma_openers
    found.extend(
        _after_clause_marks(document, candidates - set(map(table.capitalise, openers)), table)
    )
    if not found:
        return
    gate = word_gate(document)
    capital_spans = find_words(text, {word for _, word in found}, gate)
    # Only whether the lower-case form reaches _LOWER_PER_CAPITAL uses per capital matters:
    # the search for a common word stops there, not at the end of the text.
    enough: dict[str, int] = {}
    for _, word in found:
        need = _LOWER_PER_CAPITAL * len(capital_spans[word])
        enough[word.lower()] = max(need, enough.get(word.lower(), 0))
    lower_spans = find_words_upto(text, enough, gate)
    mid_counts = Counter(word for _, word in found)
    # A CamelCase identifier lies inside one chunk: the distinct chunks answer for the text.
    identifiers = chunk_text(document)
    in_names = {
        word
        for word in mid_counts
        if _beside_capital(text, capital_spans[word]) or _in_identifier(identifiers, word)
    }
    for space, word in found:
        if word in in_names:
            continue
        lower_uses = len(lower_spans.get(word.lower(), ()))
        if lower_uses < _LOWER_PER_CAPITAL * len(capital_spans[word]):
            continue
        yield space, word, 0.6 if mid_counts[word] == 1 else 0.55


@lru_cache(maxsize=8)
def _institution_heads(code: str) -> frozenset[str]:
    """The nouns that end an institution's name (resources/casing/institutions: "committee",
    "council"): a capital right before one names the body, whose head the text may write in
    lower case ("the Party committee of the college", the CPC's own style; h27prec)."""
    table = institution_table(code)
    return table.heads if table is not None else frozenset()


def _between_lower_words(
    text: str, space: int, word: str, table: CasingData, after: frozenset[str]
) -> bool:
    end = space + 1 + len(word)
    return (
        _lower_after(text, end)
        and _inside_sentence(text, space, table, after)
        and not small_words_to_capital(text, end, table)
    )


def _ends_sentence(
    text: str, space: int, word: str, table: CasingData, after: frozenset[str]
) -> bool:
    """ "has come from the Light.": the capital is the sentence's last word, right after an
    article or a determiner — no name's first word, and no sentence start. After a preposition
    a field or a place ends titles and names ("Institute of Mathematics.", "end of Downtown.")."""
    if text[space + 1 + len(word) : space + 2 + len(word)] not in ".?!":
        return False
    previous = previous_word(text, space)
    return previous in table.determiners and (not after or previous in after)


def _lower_after(text: str, end: int) -> bool:
    """A lower-case word follows that goes on with the phrase, not into a name."""
    following = next_word(text, end)
    if not following[:1].islower() or following in _NAME_JOINERS:
        return False
    # "the Holidays object", "Select mode": a software term named by what follows it.
    return following not in _TERM_NOUNS


# Conjunctions that join the parts of a name ("Mouvement et de la Concorde", "Oil and Gas").
_NAME_CONJUNCTIONS = frozenset({"et", "y", "e", "i", "и", "und", "en", "og", "och", "ve", "és"})


def small_words_to_capital(text: str, end: int, table: CasingData) -> bool:
    """The words after ``end`` are name joiners (of, and, de, et, la …) up to a capitalised
    word, at most three: the capital goes on into a name ("du Renouveau et de la Concorde").
    A preposition before a place or a day is no joiner ("new Cases on Tuesday")."""
    for _ in range(4):
        following = next_word(text, end)
        if not following:
            return False
        # "du Peuple d’Iran", "dell’Unione": an elided joiner before a capital.
        if following[:1].isupper() or (following[1:2] in ("'", "’") and following[2:3].isupper()):
            return True
        if not (
            following in _NAME_JOINERS
            or following in _NAME_CONJUNCTIONS
            or following in table.name_particles
        ):
            return False
        end = text.find(following, end) + len(following)
    return False


def _after_clause_marks(
    document: Document, candidates: set[str], table: CasingData
) -> Iterator[tuple[int, str]]:
    """ "the costs rose, Costs incurred on", "the goals; Major tasks include": a candidate
    after a comma or a semicolon that follows a lower-case word, before a lower-case word (a
    sentence does not start after a comma; MT keeps the capital of a segment it joined).
    Matched only where the shared scan found a mark before a capital."""
    if not candidates:
        return
    text = document.text
    for mark in ",;":
        pattern = re.compile(f"{mark} ({trie_pattern(candidates)})(?=[ ,;:])")
        for match in mark_capital_matches(document, mark, pattern):
            at, end = match.start(), match.end()
            if (
                text[at - 1 : at].islower()
                and _lower_after(text, end)
                # "fields of Health, Education and Transport", "du Renouveau et de la
                # Concorde": small words lead on into a capital (a list or a name).
                and not small_words_to_capital(text, end, table)
            ):
                yield at + 1, match.group(1)


# Nouns that follow a capitalised term in software text ("the Holidays object").
_TERM_NOUNS = frozenset(
    [
        "object",
        "class",
        "module",
        "function",
        "method",
        "type",
        "attribute",
        "field",
        "parameter",
        "argument",
        "property",
        "instance",
        "constructor",
        "interface",
        "package",
        "library",
        "command",
        "option",
        "key",
        "variable",
        "widget",
        "button",
        "menu",
        "dialog",
        "window",
        "mode",
        "toolbar",
        "key",
        "event",
        "handler",
        "callback",
    ]
)


def _inside_sentence(
    text: str, space: int, table: CasingData, after: frozenset[str] = frozenset()
) -> bool:
    """The word before cannot end a sentence ("the", "several", "new", a number): the capital
    is not a lost sentence start ("… iterators Allocation behavior is …" in joined list
    items). Where the language lists the articles and determiners a capital is taken after
    (``after``), only those: after a preposition or a conjunction a capitalised common word
    is a first name or a surname ("avec Pierre", "di Costa", "a Deus")."""
    previous = previous_word(text, space).lower()
    if after:
        return previous in after
    return (
        previous in table.never_sentence_final
        or previous in table.determiners
        or previous in table.before_nouns
        # Languages without those tables: an article or a preposition ("i Costi", "os Custos").
        or (not table.never_sentence_final and previous in table.function_words)
    )


def _beside_capital(text: str, spans: list[tuple[int, int]]) -> bool:
    """Some use of the word has a capitalised word right before or after it (a name)."""
    for start, end in spans:
        before = previous_word(text, start - 1) if text[start - 1 : start] == " " else ""
        after = next_word(text, end) if text[end : end + 1] == " " else ""
        # Coordinated with a capitalised word: "Insert or Select mode", "NaN and Infinity".
        if before in ("and", "or", "&") and _capital_before(text, start - len(before) - 2):
            return True
        if before[:1].isupper() and start >= 2 and text[start - 2] not in ".!?":
            return True
        if after[:1].isupper():
            return True
    return False


def _capital_before(text: str, space: int) -> bool:
    return text[space : space + 1] == " " and previous_word(text, space)[:1].isupper()


def _in_identifier(text: str, word: str) -> bool:
    """The word ends a CamelCase identifier somewhere in the text ("CorporateHolidays"): a
    term of the software the text documents."""
    # str.find jumps from one use of the word to the next in C; a regex led by a character
    # class ("[a-z]Word") would be tried at every position of the text (0.12 s per 10 MB).
    size, at = len(word), text.find(word, 1)
    while at != -1:
        after = text[at + size : at + size + 1]
        if "a" <= text[at - 1] <= "z" and not (after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1)
    return False


def derived_from_a_word(word: str, table: CasingData, code: str) -> bool:
    """ "officially" ← "official", "infected" ← "infect" / "infect-e"; "religious", "positive"
    by their ending alone (stem of four letters or more); never "kelly" or "ted"."""
    lower = table.lower(word)
    if lower in table.capitalised_ok:  # "le Gouvernement", "au Parlement": capitalised there
        return False
    for ending in table.derived_suffixes:
        if lower.endswith(ending):
            stem = lower[: -len(ending)]
            # "stopped" ← "stop": a doubled consonant is undone.
            undoubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
            if len(stem) >= 4 and any(
                zipf(candidate, code) >= 3.0 for candidate in {stem, stem + "e", undoubled}
            ):
                return True
    return any(
        lower.endswith(ending) and len(lower) - len(ending) >= 4
        for ending in table.content_suffixes
    )


def verbs_after_names(
    document: Document, table: CasingData, followers: frozenset[str]
) -> Iterator[tuple[int, str, float]]:
    """(offset of the space before, word, confidence) for a verb that follows names (the
    language's ``name_followers``: "said", "told", "added"; not its function words nor its
    present forms in -s, which name games and titles: "Simon Says") capitalised after a
    capitalised word and before a lower-case one: "Maria Lopez Said that", "the BBC Told
    viewers". A title in title case has a capital after the verb; headlines are skipped by
    the rule."""
    verbs = {
        word
        for word in followers
        if not word.endswith("s") and word not in table.function_words | table.clause_openers
    }
    if not verbs:
        return
    objects = _follower_objects(table.code)
    if not objects:
        return
    text = document.text
    pattern = _follower_pattern(frozenset(verbs), table.code)
    for match in mid_capital_matches(document, pattern):
        previous = previous_word(text, match.start())
        # After a name, not a pronoun: "He Said She Said" is a title.
        lower = table.lower(previous)
        if (
            previous[:1].isupper()
            and text[match.start() - 1].isalpha()
            and lower not in table.function_words
            and lower not in table.stop_words
            # "Said that", "Told the": a word that cannot follow a name ending in the verb
            # ("Edward Said argued", "Port Said yesterday").
            and next_word(text, match.end()) in objects
            # The document writes the pair as a name elsewhere ("Port Said.", "Edward Said,").
            and not _pair_as_name(text, f"{previous} {match.group(1)}", match.end(), objects)
        ):
            yield match.start(), match.group(1), 0.6


def _pair_as_name(text: str, pair: str, end: int, objects: frozenset[str]) -> bool:
    """ "Port Said" or "Edward Said" written elsewhere in the text before anything but one of
    the verb's objects: a name."""
    at = text.find(pair)
    while at != -1:
        after = at + len(pair)
        if after != end and not (
            text[after : after + 1] == " " and next_word(text, after) in objects
        ):
            return True
        at = text.find(pair, at + 1)
    return False


@lru_cache(maxsize=16)
def _follower_objects(code: str) -> frozenset[str]:
    raw = optional_json("casing/followers", f"{code}.json") or {}
    return frozenset(raw.get("objects", ()))


@lru_cache(maxsize=16)
def _follower_pattern(verbs: frozenset[str], code: str) -> re.Pattern[str]:
    forms = {verb.capitalize() for verb in verbs}
    return re.compile(" (" + trie_pattern(forms) + ")(?= [a-z])")
