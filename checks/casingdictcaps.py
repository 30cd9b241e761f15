"""MT320's evidence (checks/rules/casing_dictionary.py): a frequent common word that the cased
dictionary never writes as a name, capitalised mid-sentence ("the summer consumer Festival,
focusing", "a sample Hall where") — after a lower-case content word, a small word, an
indefinite article, a semicolon, a comma or a cut link's ellipsis, before a phrase that goes on
in lower case. The dictionary table itself is read in checks/casingdict.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingdata import UPPER_CLASS, casing_data
from mtlint.checks.casingdict import DictionaryTable, common_only_words, dictionary_table
from mtlint.checks.casingscan import mark_capital_matches, mid_capital_matches, next_word
from mtlint.checks.documents.base import Document
from mtlint.checks.textscan import (
    chunk_text,
    find_words_upto,
    trie_pattern,
    unique_chunks,
)
from mtlint.checks.wordlists import zipf

# A capitalised word of letters, as a chunk of its own or before , . ; : ) — screened in the
# document's distinct chunks (a few percent of its size) before the text is searched. English
# reads ASCII letters; the other languages any cased alphabet (the rest of the word checked
# in lower case after).
_CAPITAL_CHUNK = re.compile(r"\n([A-Z][a-z]{2,})[,.;:?!]?(?=\n|$)")
_CAPITAL_CHUNK_ANY = re.compile(
    f'\\n([{UPPER_CLASS}][^\\W\\d_]{{2,}})[,.;:]?["”»)]?[,.;:]?(?=\\n|$)'
)


def _capital_chunks(chunks: str, code: str) -> set[str]:
    if code == "en":
        return set(_CAPITAL_CHUNK.findall(chunks))
    return {
        word
        for word in _CAPITAL_CHUNK_ANY.findall(chunks)
        if word[0].isupper() and word[1:].islower()
    }


@dataclass(frozen=True)
class Capital:
    start: int
    word: str
    confidence: float


def _lower_evidence(document: Document, lower: str) -> bool:
    """The text writes the word in lower case too (as a chunk of its own, or before a comma)."""
    chunks = unique_chunks(document)
    return lower in chunks or f"{lower}," in chunks


def common_word_capitals(document: Document, code: str) -> Iterator[Capital]:
    """MT320: a frequent common word (never a name per the dictionary) capitalised after a
    lower-case content word and before a lower-case word or a mark: "the summer consumer
    Festival, focusing", "a sample Hall where"."""
    table = dictionary_table(code)
    if table is None:
        return
    chunks = chunk_text(document)
    found = _capital_chunks(chunks, code)
    words = {w for w in found if w.lower() in common_only_words(code)}
    if not words:
        return
    text = document.text
    pattern = _capital_pattern(frozenset(words), code == "en")
    small = casing_data(code).function_words
    title_case = casing_data(code).title_case
    found_at: list[tuple[int, str]] = []
    article_starts: set[int] = set()
    for match in mid_capital_matches(document, pattern):
        space = match.start()
        lo = max(0, space - 40)
        previous = text[max(text.rfind(" ", lo, space), text.rfind("\n", lo, space)) + 1 : space]
        # "during his Tour of the north": after a possessive no team or institution stands
        # ("the Heat"); a name or title may still follow ("our Privacy Policy", "a nossa
        # Política de Privacidade": the continuation test below).
        possessive = previous in table.possessives
        if previous in table.quiet_after or _in_apposition(text, space, table):
            continue
        following = next_word(text, match.end())
        after_article = _after_indefinite_article(document, match, previous, following, table)
        if not (
            possessive
            or after_article
            or _content_word_before(previous, table)
            or _after_small_word_judged(text, match, previous, table)
        ):
            continue
        # Where names are written in sentence case ("las presentes Condiciones generales",
        # "le Conseil constitutionnel"), a capital before a lower-case content word may open
        # one: only a capital before a mark or a function word is taken.
        if following and not title_case and following not in small:
            continue
        # "publicou Ensaio sobre a Cegueira": a capital within the next words opens a title;
        # "cantou Saudade, o seu maior sucesso": a name with an apposition after its comma.
        if table.apposition_articles and (
            _capital_ahead(text, match.end()) or _apposition_follows(text, match.end(), code)
        ):
            continue
        if following and not _lower_continuation(text, match.end(), following, table, small):
            continue
        if _title_case_list(text, match.end()):
            continue
        found_at.append((match.start(1), match.group(1)))
        if after_article:
            article_starts.add(match.start(1))
    found_at.extend(_after_cut_link(document, words, table, small))
    found_at.extend(_after_semicolon(document, words, table, small))
    if table.after_comma:
        found_at.extend(_after_comma(document, words, table, small))
    if not found_at:
        return
    # A word the text capitalises more than once is its own usage (a name, a term): skipped.
    counts = find_words_upto(text, dict.fromkeys({word for _, word in found_at}, 2))
    for start, word in found_at:
        if len(counts.get(word, ())) != 1:
            continue
        if start in article_starts:
            yield Capital(start, word, _AFTER_ARTICLE)
            continue
        evidence = _lower_evidence(document, word.lower())
        yield Capital(start, word, table.confidence or (0.7 if evidence else 0.65))


# Unmeasured: it found nothing on the tuning pools, the consensus labels of mqm-ted21-zhen
# or the judged precision pools, and its one finding there before the title-case guard was
# wrong (h30caps) — the doubtful tier until real text says more.
_AFTER_ARTICLE = 0.45


def _after_indefinite_article(
    document: Document, match: re.Match[str], previous: str, following: str, table: DictionaryTable
) -> bool:
    """ "signed a Student exchange agreement" where the text writes "student" in lower case
    elsewhere: after "a"/"an" a capital before a lower-case word is a team's, a party's or a
    brand's name used as a modifier ("a Mets fan", "a Labour candidate") unless the text
    itself writes the word as a common word; names hunspell also writes capitalised are left
    alone (table.name_like: "a Chase account"), and so is a title-case run ("a Workshop for
    the Development of")."""
    return (
        previous in table.indefinite_articles
        and following.islower()
        and match.group(1).lower() not in table.name_like
        # "Participate in a Workshop for the Development of …": a title-case line.
        and not _capital_ahead(document.text, match.end())
        and _lower_evidence(document, match.group(1).lower())
    )


def _after_semicolon(
    document: Document, words: set[str], table: DictionaryTable, small: frozenset[str]
) -> Iterator[tuple[int, str]]:
    """ "three times running; Opposite the old depot": a common word capitalised after a
    semicolon that follows a lower-case word (a clause goes on after one, in lower case; MT
    keeps the capital of the source sentence it joined), before a lower-case phrase."""
    text = document.text
    if "; " not in text:
        return
    pattern = _semicolon_pattern(frozenset(words))
    for match in mark_capital_matches(document, ";", pattern):
        at = match.start()
        if not text[at - 1 : at].islower():
            continue
        following = next_word(text, match.end())
        # "; Premium costs more": a name that opens the clause before its verb in -s.
        if following.endswith("s") and following not in small and table.code == "en":
            continue
        if _lower_continuation(text, match.end(), following, table, small):
            yield match.start(1), match.group(1)


@lru_cache(maxsize=64)
def _semicolon_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(f"; ({trie_pattern(words)})(?= [^\\W\\d_])")


def _after_comma(
    document: Document, words: set[str], table: DictionaryTable, small: frozenset[str]
) -> Iterator[tuple[int, str]]:
    """ "in the governorates of the country, Follow up on", "activities carried out,
    Coordinated by", "the virus is still active, Factories in China should": a common word
    capitalised after a comma that follows a lower-case word, before a phrase that goes on in
    lower case — MT keeps the capital of a source sentence it joined with a comma. Not after a
    letter's salutation ("Dear friends, Welcome to"), not a capital the text writes again
    (a name: the caller counts), not into a name ("Law and Justice": _lower_continuation)."""
    text = document.text
    pattern = _comma_pattern(frozenset(words))
    for match in mark_capital_matches(document, ",", pattern):
        at = match.start()
        lo = max(0, at - 40)
        previous = text[max(text.rfind(" ", lo, at), text.rfind("\n", lo, at)) + 1 : at]
        # After a word of letters, lower case or a name ("held in Geneva, Switzerland,
        # Ministers who"): the lower-case phrase after the capital is what tells.
        if not ((previous.isalpha() and len(previous) > 1) or _amount_before_comma(previous)):
            continue
        # "Now, Defense on appeal says": after a sentence's capitalised first word (an
        # opener) a capital is the subject's name as often as not.
        if previous[0].isupper() and _opens_sentence(text, at - len(previous)):
            continue
        # "shows such as Taxi, Cheers and The Tracy Ullman Show": after a name or a title, a
        # capital with another capital among the next words is an item of a list of titles.
        if previous[0].isupper() and _capital_ahead(text, match.end()):
            continue
        # "he said, Trump will": a word hunspell also writes as a name is not judged here.
        if match.group(1).lower() in table.name_like or _salutation_before(text, at, table):
            continue
        if _title_in_name_list(text, at, match.end()):
            continue
        following = next_word(text, match.end())
        # "mixed, Variety called it", "Premium costs more": a name opening a clause before its
        # verb in -s or -ed.
        if following.endswith(("s", "ed")) and following not in small:
            continue
        if _lower_continuation(text, match.end(), following, table, small):
            yield match.start(1), match.group(1)


def _amount_before_comma(previous: str) -> bool:
    """ "less than 500USD, Full payment is", "in 2019, Sales rose": a clause ends on a number
    or an amount before the comma as well as on a word."""
    return previous[-1:].isalnum() and any(c.isdigit() for c in previous)


# A list of people by title and name: the item before the comma is a name (a few capitalised
# words), the capitalised phrase after it ends at the next comma before another capital
# ("Doctor Abdelhakim, Leading specialist, Doctor Adel Abuseid": the title of a list item;
# h26prec: 1 wrong at 0.65 on pool-prec26).
_NAME_ITEM_WORDS = 4
_TITLE_ITEM_TAIL = re.compile(r"(?: [a-z][\w-]*){1,3},[ \t]+[A-Z]")


def _title_in_name_list(text: str, comma: int, capital_end: int) -> bool:
    """The capital after ``comma`` opens a title item of a list of names and titles."""
    item_start = max(text.rfind(mark, 0, comma) for mark in ",(\n;") + 1
    item = text[item_start:comma].split()
    if not item or len(item) > _NAME_ITEM_WORDS or not all(w[:1].isupper() for w in item):
        return False
    return _TITLE_ITEM_TAIL.match(text, capital_end) is not None


@lru_cache(maxsize=64)
def _comma_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(f", ({trie_pattern(words)})(?= [a-z])")


_SALUTATION_WORDS = 4


def _opens_sentence(text: str, start: int) -> bool:
    """The word at ``start`` is a line's or a sentence's first (after . ! ? : or a quote)."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return not before or before[-1] in ".!?:\n\"“”'‘’(["


def _salutation_before(text: str, comma: int, table: DictionaryTable) -> bool:
    """The line up to ``comma`` is a few words opened by a salutation ("Dear friends")."""
    line = text[text.rfind("\n", 0, comma) + 1 : comma].lower().split()
    return 0 < len(line) <= _SALUTATION_WORDS and (
        line[0] in table.salutations or " ".join(line[:2]) in table.salutations
    )


# A chunk that is a lower-case word with an ellipsis glued to it ("in…", "of..."), in the
# document's chunk text: only a document that has one is searched for cut links.
_CUT_LINK_CHUNK = re.compile(r"\n([a-z]+)(…|\.\.\.)(?=\n|$)")


def _after_cut_link(
    document: Document, words: set[str], table: DictionaryTable, small: frozenset[str]
) -> Iterator[tuple[int, str]]:
    """ "the urgent need for them in… Local markets": a common word capitalised after a stray
    ellipsis that follows a word leading into a link or no sentence ends with (after any other
    word an ellipsis may end a sentence: "we owe you a lot… Thank you")."""
    casing = casing_data(table.code)
    # Words that lead into link text ("in", "of", "for") or that no sentence ends with.
    never_final = casing.link_lead_words | casing.never_sentence_final
    marks = {
        mark + " "
        for word, mark in _CUT_LINK_CHUNK.findall(chunk_text(document))
        if word in never_final
    }
    if not marks:
        return
    text = document.text
    for mark, pattern in zip(("… ", "... "), _ellipsis_patterns(frozenset(words)), strict=True):
        if mark not in marks:
            continue
        # str.find looks for the mark (a regex scan of the whole text cost ~0.05 s per 10 MB);
        # the pattern is tried only where it stands.
        at = text.find(mark)
        while at != -1:
            match = pattern.match(text, at)
            at = text.find(mark, at + len(mark))
            if match is None:
                continue
            lo = max(0, match.start() - 30)
            end = match.start()
            previous = text[max(text.rfind(" ", lo, end), text.rfind("\n", lo, end)) + 1 : end]
            if previous in never_final and _lower_continuation(
                text, match.end(), next_word(text, match.end()), table, small
            ):
                # MT201 may report the ellipsis too: two edits, so two findings (removing the
                # ellipsis leaves "in Local markets").
                yield match.start(1), match.group(1)


@lru_cache(maxsize=64)
def _ellipsis_patterns(words: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    trie = trie_pattern(words)
    return tuple(
        re.compile(f"{re.escape(mark)}({trie})(?=[,.;:]| [a-z])") for mark in ("… ", "... ")
    )


@lru_cache(maxsize=64)
def _capital_pattern(words: frozenset[str], ascii_only: bool = True) -> re.Pattern[str]:
    # After a lower-case letter or a digit (the word before is judged per match), before a
    # mark (in English a question's or an exclamation's too: "doing these assessments
    # Worse?") or a lower-case word.
    if ascii_only:
        return re.compile(f"(?<=[a-z0-9]) ({trie_pattern(words)})(?=[,.;:?!]| [a-z])")
    return re.compile(f"(?<=[^\\W_]) ({trie_pattern(words)})(?=[,.;:]| [^\\W\\d_])")


def _title_case_list(text: str, end: int) -> bool:
    """ "the areas of Water, Energy and Housing": a comma and another capital
    after the word — a list of title-case terms, written so on purpose or not one slip."""
    return text[end : end + 1] == "," and next_word(text, end + 1)[:1].isupper()


_NUMBER = re.compile(r"\d[\d.,]*")


def _after_small_word(text: str, at: int, previous: str, table: DictionaryTable) -> bool:
    """ "notes and Inspection in", "earn from Football.", "seized 3.5 Kilograms of": the
    capital follows a preposition, a conjunction or a number that itself follows a lower-case
    word, so the sentence runs on through it (after a capitalised word the small word may be
    part of a name: "Minister of Finance", "Oil and Gas"). Not after an article or a
    demonstrative ("the Heat", "the Bank": a team or an institution by house style) nor after
    a word after which names stand ("said to", "called by")."""
    number = _NUMBER.fullmatch(previous) is not None
    if not number and (
        not previous.islower()
        or previous not in table.small_words
        or previous in table.determiners
        or len(previous) < 2
    ):
        return False
    if text[at - 1 : at] != " ":
        return False
    before = text[max(text.rfind(" ", max(0, at - 40), at - 1), 0) + 1 : at - 1]
    if text.rfind("\n", max(0, at - 40), at - 1) > at - 2 - len(before):
        return False  # a line break: the small word opens a line (a list, a heading)
    return (
        before.isalpha()
        and before.islower()
        and before not in table.before_names
        # "the iPhone 6 and 6 Plus": a number after a small word is a model's.
        and before not in table.small_words
    )


_EDGE_MARKS = "\"'“”‘’«»()[],.;:!?"


def _in_apposition(text: str, space: int, table: DictionaryTable) -> bool:
    """Beyond English, "la asociación Esperanza,", "le quartier Liberté,", "il pulsante verde
    Avanti,": a definite article or a demonstrative one to three words back, across lower-case
    content words only, or a word names follow ("la serie española Élite"), makes the capital a
    name in apposition. A function word on the way stops the search ("les Chefs de trois
    Pouvoirs"), and a partitive, an indefinite article or a numeral is no article ("delle
    dati Tecnici", "um novo Processo")."""
    if not table.apposition_articles:
        return False
    for token in reversed(text[max(0, space - 80) : space].split()[-3:]):
        word = token.strip(_EDGE_MARKS).lower()
        elided = word.replace("’", "'").split("'", 1)[0] if "'" in word or "’" in word else ""
        if word in table.apposition_articles or elided in table.apposition_articles:
            return True
        if word in table.before_names:
            return True
        if not word.isalpha() or word in table.small_words:
            return False
    return False


def _apposition_follows(text: str, end: int, code: str) -> bool:
    """ "Liberté, son plus grand succès", "Paix, un village": a comma and a determiner."""
    if text[end : end + 2] != ", ":
        return False
    after = next_word(text, end + 1).lower()
    table = dictionary_table(code)
    return after in casing_data(code).determiners or after in (
        table.apposition_articles | table.quiet_after | table.indefinite_articles
    )


def _capital_ahead(text: str, end: int) -> bool:
    """A capitalised word among the next three, before any mark: a sentence-case title or a
    name runs on ("Ensaio sobre a Cegueira", "Cent ans de Solitude")."""
    for token in text[end : end + 60].split()[:3]:
        if token[:1].isupper():
            return True
        if token[-1:] in _EDGE_MARKS:
            return False
    return False


def _after_small_word_judged(
    text: str, match: re.Match[str], previous: str, table: DictionaryTable
) -> bool:
    """After a preposition or a conjunction: in English any common word but a club's
    nickname or a brand ("beaten by Spurs"); where the table asks only for plurals
    (French: "résolus par Négociations"; a first name or a surname is no plural there)."""
    word, space = match.group(1), match.start()
    if table.after_small_words:
        return (
            word.lower() not in table.name_like
            and _after_small_word(text, space - len(previous), previous, table)
            and not _team_or_brand(text, word, match.end(), previous, table)
        )
    return bool(
        table.small_word_plurals
        and word.lower().endswith(table.small_word_plurals)
        and _after_small_word(text, space - len(previous), previous, table)
    )


def _team_or_brand(text: str, word: str, end: int, previous: str, table: DictionaryTable) -> bool:
    """After a small word (not a number), a club's nickname or a brand: a plural ("beaten by
    Spurs", "drew with Wolves", "shares in Boots") or a word before a preposition of place or
    time and a number or a capital ("signed with Island in 1979"). The word is written in
    lower case by the dictionary, so only its position tells it from a slip."""
    if _NUMBER.fullmatch(previous) is not None:
        return False
    lower = word.lower()
    if (
        table.plural_endings
        and lower.endswith(table.plural_endings)
        and not lower.endswith(table.singular_endings)
    ):
        # "led by Officials and ministers": a plural paired with a lower-case plural is a
        # class of people or things, not a club or a brand (h25recall).
        return not _paired_with_lower_plural(text, end, table)
    following = next_word(text, end)
    if following not in table.place_time_links:
        return False
    after = next_word(text, text.find(following, end) + len(following))
    return after[:1].isupper() or after[:1].isdigit()


@lru_cache(maxsize=8)
def _pair_pattern(conjunctions: frozenset[str]) -> re.Pattern[str] | None:
    """A conjunction of the table's ``pair_conjunctions`` and the lower-case word after it."""
    if not conjunctions:
        return None
    alternatives = "|".join(sorted(map(re.escape, conjunctions)))
    return re.compile(rf" (?:{alternatives}) ([a-z]+)(?=[\s,.;:])")


def _paired_with_lower_plural(text: str, end: int, table: DictionaryTable) -> bool:
    """ "Officials and ministers": a conjunction ("and", "or") and a lower-case plural right
    after."""
    pattern = _pair_pattern(table.pair_conjunctions)
    match = pattern.match(text, end) if pattern is not None else None
    if match is None:
        return False
    other = match.group(1)
    return other.endswith(table.plural_endings) and not other.endswith(table.singular_endings)


def _content_word_before(previous: str, table: DictionaryTable) -> bool:
    """The word before is a lower-case content word of letters: not a function word (those
    may lead into a name: "to Bush"), not a word after which names stand ("the company
    Target", "said Trump"), not one of the most frequent words."""
    if not previous.isalpha() or not previous.islower():
        return False
    # A rare word before is often a name in lower case itself ("manmohan Singh", "kofu City"):
    # that is MT303's finding, not this one.
    return (
        previous not in table.before_names
        and previous not in table.small_words
        and 3.0 <= zipf(previous, table.code) < 6.0
    )


def _lower_continuation(
    text: str, end: int, following: str, table: DictionaryTable, small: frozenset[str]
) -> bool:
    """The phrase goes on in lower case ("Festival opened on"), not into a name or a title
    ("Law and Justice", "Hall of Fame": the table's ``name_links``; "Life on Mars", "Sites at
    Risk": a small word before a capital)."""
    if not following.islower():
        return False
    if following in table.name_links:
        # "Officials and ministers": a lower-case plural paired by "and" or "or" is no
        # name's second half ("Law and Justice") (h25recall).
        return _paired_with_lower_plural(text, end, table)
    if following not in small:
        return True
    after = next_word(text, text.find(following, end) + len(following))
    return not after[:1].isupper()
