"""Document evidence for the casing rules beyond the gazetteer (issue 11, entity case).

A lower-case word the language's word list does not know at all ("scaloni" is in no English
corpus wordfreq read), written capitalised elsewhere in the same document ("Scaloni asked …"),
is a name MT lower-cased: the document itself supplies the spelling. A word the list knows,
even rarely, needs stronger evidence (MT303's mid-sentence count), because a rare common noun
is capitalised at every sentence start.
"""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.entitycase import CaseDrift
from mtlint.checks.foreignwords import foreign_table, made_of_own_words
from mtlint.checks.textscan import find_words
from mtlint.checks.wordgate import WordGate
from mtlint.checks.wordlists import frequency_dict

# Shorter words are too often abbreviations or units ("kbps", "ml").
_MIN_LETTERS = 4
# Code marks around a word: an identifier, not a name.
_CODE_MARKS = "`_<>=$%{}"
# Lower-case uses allowed beyond the capitalised ones: a name MT lower-cased a few times, not a
# term the text writes in lower case throughout ("rustc", "viminfo").
_LOWER_SURPLUS = 2


def unknown_names(
    text: str,
    code: str,
    lower_words: set[str],
    capital_words: set[str],
    gate: WordGate | None = None,
) -> Iterator[CaseDrift]:
    """Lower-case occurrences of words the language's frequency list lacks, where the document
    also writes the word capitalised (first letter only: "Scaloni", not "SCALONI")."""
    # Only where the table says the word list covers the language's inflected forms (English);
    # Russian "периодичные" is missing from wordfreq's list and is no name.
    if not foreign_table(code).names_from_unknown_words:
        return
    known = frequency_dict(code)
    if not known:  # without a word list every word would look unknown
        return
    candidates = {
        written.lower(): written
        for written in capital_words
        if len(written) >= _MIN_LETTERS
        and written.isalpha()
        and written.lower() in lower_words
        and written.lower() not in known
        # Jargon made of the language's own words ("autocommand", "threadpool") is no name.
        and not made_of_own_words(written.lower(), code, foreign_table(code))
    }
    if not candidates:
        return
    # A capital that opens a table cell, a heading, a list item or another short label is the
    # layout's, not the name's: a README's "| Chardet |" header is no evidence that "chardet"
    # is a lower-cased name. Capitals in running text, paragraph and sentence starts included,
    # are.
    capital_uses = {
        w: sum(1 for start, _ in spans if not _opens_line(text, start))
        for w, spans in find_words(text, candidates.values(), gate).items()
    }
    for lower, spans in sorted(find_words(text, candidates, gate).items()):
        written = candidates[lower]
        uses = capital_uses.get(written, 0)
        if not uses or len(spans) > uses + _LOWER_SURPLUS:
            continue
        for start, end in spans:
            before = text[start - 1 : start]
            after = text[end : end + 1]
            if (before and before in _CODE_MARKS) or (after and after in _CODE_MARKS):
                continue
            yield CaseDrift(
                start,
                end,
                written,
                f"'{written}' is capitalised elsewhere in this text and is no {code} word",
                0.65,
            )


# Block markup before a line's first word: a heading, a list item, a quote, a table cell.
_BLOCK_MARKS = frozenset("|#>*-+")
_LEAD = frozenset(" \t`_[(\"'“‘«")
# A line of at most this many words with no sentence end is a label (a heading, a table cell
# the loader made its own paragraph, a button), not running text.
_LABEL_WORDS = 3


def _opens_line(text: str, start: int) -> bool:
    """The word at ``start`` opens a label line (a heading, a table cell, a list item, a short
    line with no sentence end): its capital is the layout's. A paragraph of running text is not
    one (in news a name often opens the paragraph)."""
    at = start - 1
    while at >= 0 and text[at] in _LEAD:
        at -= 1
    if at >= 0 and text[at] == "|":
        return True  # a table cell, wherever it stands in the line
    marked = False
    while at >= 0 and text[at] in _BLOCK_MARKS | _LEAD:
        marked = True
        at -= 1
    if at >= 0 and text[at] != "\n":
        return False  # inside a line
    if marked:
        return True
    end = text.find("\n", start)
    line = text[start : len(text) if end == -1 else end].rstrip()
    return len(line.split()) <= _LABEL_WORDS and not line.endswith((".", "!", "?", "…"))
