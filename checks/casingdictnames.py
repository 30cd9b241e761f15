"""MT321's and MT322's evidence (checks/rules/casing_dictionary.py): a name's words in the
wrong case — a small word capitalised inside an institution's name ("Alliance For the
Republic") and a known name with a common word of it in lower case ("north Korea"). The
dictionary table itself is read in checks/casingdict.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingdict import dictionary_table
from mtlint.checks.casingscan import mid_capital_matches
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.textscan import (
    chunk_text,
    find_words,
    trie_pattern,
    unique_chunks,
    word_gate,
)
from mtlint.checks.wordlists import zipf

# --- MT321: a small word capitalised inside an institution's name ("Alliance For the Republic")


@lru_cache(maxsize=8)
def _joiner_pattern(code: str) -> re.Pattern[str] | None:
    table = dictionary_table(code)
    if table is None or not table.name_joiners or not table.joiner_heads:
        return None
    joiners = trie_pattern({w.capitalize() for w in table.name_joiners})
    return re.compile(f"(?<=[a-z]) ({joiners}) (?=(?:the |of |and )?[A-Z][a-z])")


def capitalised_joiners(document: Document, code: str) -> Iterator[tuple[int, str]]:
    """MT321: "Alliance For the Republic": a capitalised joiner after an institution's head
    word (matched only at the spaces before a capital that the casing rules share)."""
    pattern = _joiner_pattern(code)
    if pattern is None:
        return
    table = dictionary_table(code)
    text = document.text
    for match in mid_capital_matches(document, pattern):
        at = match.start()
        lo = max(0, at - 40)
        head = text[max(text.rfind(" ", lo, at), text.rfind("\n", lo, at)) + 1 : at]
        if head[:1].isupper() and head.lower() in table.joiner_heads:
            yield match.start(1), match.group(1)


# --- MT322: a known name with a common word of it in lower case ("north Korea", "united States")


@lru_cache(maxsize=8)
def _half_lower_names(code: str) -> dict[str, str]:
    """Lower-cased-first-word spelling → the name, for the gazetteer's names of two or three
    words whose last word is no name alone ("Korea", "States", "Kong") and whose lower-cased
    words are common words (the rarer ones, "buenos Aires", are MT303's) but no names."""
    names = local_names(code)
    forms: dict[str, str] = {}
    for written in names.values():
        parts = written.split(" ")
        if not 2 <= len(parts) <= 3 or not all(p[:1].isupper() for p in parts):
            continue
        head = parts[-1]
        if head.lower() in names or not head.isalpha():
            continue
        leading = [p.lower() for p in parts[:-1]]
        # "the Hague" is house style; a function word is no part of a name to capitalise.
        small = casing_data(code).function_words
        if any(w in names or w in small or zipf(w, code) < 4.0 or not w.isalpha() for w in leading):
            continue
        forms[" ".join([*leading, head])] = written
    return forms


def half_lower_names(document: Document, code: str) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, the name, whether the fix is safe): unsafe when the first word is a common
    adjective ("new Jersey"); none after an indefinite article ("a new Jersey cow")."""
    table = dictionary_table(code)
    adjectives = table.adjective_heads if table else frozenset()
    articles = table.indefinite_articles if table else frozenset()
    text = document.text
    for start, end, written in _half_lower_spans(document, code):
        head = text[start:end].split(" ", 1)[0]
        if head in adjectives:
            before = text[max(0, start - 4) : start].rsplit(None, 1)
            if before and before[-1].lower() in articles and text[start - 1 : start] == " ":
                continue
            yield start, end, written, False
        else:
            yield start, end, written, True


def _half_lower_spans(document: Document, code: str) -> Iterator[tuple[int, int, str]]:
    forms = _half_lower_names(code)
    if not forms:
        return
    # The lower-case words stand inside the name, between spaces: whole chunks of their own.
    chunks = unique_chunks(document)
    wanted = [form for form in forms if all(w in chunks for w in form.split(" ")[:-1])]
    if not wanted:
        return
    text = chunk_text(document)
    wanted = [form for form in wanted if f"\n{form.rsplit(' ', 1)[1]}" in text]
    if not wanted:
        return
    for form, spans in find_words(document.text, wanted, word_gate(document)).items():
        for start, end in spans:
            yield start, end, forms[form]
