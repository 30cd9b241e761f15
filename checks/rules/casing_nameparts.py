"""Casing of the parts of a person's name and of shift-key capitals (MT318, MT319; issue 11,
entity case).

Both start from the document's distinct chunks (a set difference against the word list, a
shape test on the few capitalised ones), so a text without the shapes costs almost nothing:

- MT318: a Chinese given name in lower case after its surname ("Lu youqin", "Professor Wang
  huaping"): a pinyin-shaped word no English word list knows, right after a common Chinese
  surname; and a surname in capitals after a first name ("Prime Minister Ousmane SONKO"), a
  French convention that English does not share.
- MT319: a word with its first two letters capitalised ("Greek CIty Times", "THe plan"): the
  shift key held one letter too long.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from mtlint.checks.casingscan import LayoutSkip, mid_capital_matches, next_word
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.foreignwords import foreign_table
from mtlint.checks.glue_names import name_context, surnames, syllable_count
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    find_words,
    language_data,
    looks_technical,
    trie_pattern,
    unique_chunks,
    word_gate,
)
from mtlint.checks.wordgate import WordGate
from mtlint.checks.wordlists import frequency_dict, zipf

# The common Chinese surnames in pinyin (resources/gazetteer/pinyin_names.json), capitalised
# or in lower case.
_SURNAME_FORMS = surnames(news=True) | {name.capitalize() for name in surnames(news=True)}
_TRAILING = ",.;:!?)]”’\"'"
# A surname in capitals: this rare in the language in lower case (not "MAX", "ONE").
_CAPS_SURNAME_ZIPF = 3.5
# The first name before it: a name, not a common word ("Covid VACCINE").
_FIRST_NAME_ZIPF = 4.5


def _serves(code: str) -> bool:
    """Where the word list covers the language's forms, so an unknown word is evidence."""
    return foreign_table(code).names_from_unknown_words and bool(frequency_dict(code))


@register
class NamePartCase(Rule):
    code = "MT318"
    name = "name-part-case"
    summary = "Part of a person's name in the wrong case ('Wang huaping', 'Ousmane SONKO')."
    languages = frozenset({"en"})
    doc = """
    What it finds: a Chinese given name in lower case after its surname ("Lu youqin",
    "Professor Wang huaping": a pinyin-shaped word that no word list of the language knows,
    right after one of the common Chinese surnames; the surname in lower case too: "manager
    jin yinlong"), and a surname written in capitals after a
    first name ("Prime Minister Ousmane SONKO"), a French convention English does not share.
    Why it matters: MT copies the source's spelling of names, or lower-cases the part after a
    cut; the reader cannot tell where the name ends.
    Fix safety: unsafe; the fix capitalises the given name or writes the surname in title
    case.
    Known false positives: a pinyin word the word list lacks after a surname-like word that is
    not a name (a lower-case surname needs a role word before it, a line all in lower case
    or a given name no word list knows, and its given name must be rare in the language and
    in English: never "the hot sun panting", "tan mocha"; an English "-ing"/"-ed" form of a
    known stem is no given name: "Hong Kong bailing out"); a capitalised code name after a
    first name ("Operation BARBAROSSA" is taken only when "Operation" is no common word,
    which it is).
    """
    examples = (
        Example(
            "The deputy director Lu youqin attended the forum.",
            "The deputy director Lu Youqin attended the forum.",
        ),
        Example(
            "The report was read by deputy manager xie chunfeng.",
            "The report was read by deputy manager Xie Chunfeng.",
        ),
        Example(
            "The meeting was chaired by Prime Minister Ousmane SONKO.",
            "The meeting was chaired by Prime Minister Ousmane Sonko.",
        ),
        good("Wang Huaping met Li Qiang; the Boeing MAX and Windows XP were discussed."),
        good("Professor Wang said the NATO summit and the COVID rules were clear."),
        good("The dogs lay in the hot sun panting; banks expect Hong Kong bailing out firms."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not _serves(data.code):
            return
        text = document.text
        skip = LayoutSkip(document)
        for start, end, written, why in self._candidates(document, data.code):
            if skip(start, end):
                continue
            yield self.finding(
                start,
                end,
                f"'{text[start:end]}' is part of a name: {why}",
                fixes=[
                    Fix((Edit(start, end, written),), Applicability.UNSAFE, f"write '{written}'")
                ],
                confidence=0.7,
            )

    @staticmethod
    def _candidates(document: Document, code: str) -> Iterator[tuple[int, int, str, str]]:
        text = document.text
        chunks = unique_chunks(document)
        # Lower-case chunks rare in the language (only the chunks left, most with punctuation
        # after a common word, are stripped one by one), then the shape.
        rest = _not_common(filter(str.islower, chunks), code)
        rare = _not_common({chunk.rstrip(_TRAILING) for chunk in rest}, code)
        unknown = {word for word in rare if word.isalpha() and syllable_count(word) == 2}
        capitals = {
            word
            for chunk in filter(str.isupper, chunks)
            for word in (chunk.rstrip(_TRAILING),)
            if len(word) >= 4 and word.isalpha() and _vowels(word) >= 2
        }
        capitals = {word for word in capitals if zipf(word.lower(), code) < _CAPS_SURNAME_ZIPF}
        if capitals:
            capitals -= set(local_names(code, include_ambiguous=True).values())
        roles = name_context(language_data(document))[0]
        if unknown:
            evidence = _Evidence(code, roles)
            yield from _given_names(text, chunks, unknown, evidence, word_gate(document))
        yield from _titled_surnames(text, chunks, roles, code, unknown, word_gate(document))
        if capitals:
            # Only after a word and one space: the shared positions of mid-sentence capitals.
            pattern = re.compile(" (" + trie_pattern(capitals) + ")(?=[ ,.;:)])")
            for match in mid_capital_matches(document, pattern):
                start, end = match.span(1)
                previous = text[max(0, start - 30) : start - 1].rsplit(" ", 1)[-1]
                if previous.istitle() and _caps_surname(text, end, previous, code):
                    word = match.group(1)
                    yield start, end, word.capitalize(), "a surname in capitals"


class _Evidence:
    """What a lower-case word after a surname needs to be a given name: not an English word
    form ("Kong bailing": "bail" + "-ing"); after a lower-case surname, a role word before it
    ("manager jin yinlong", never "the hot sun panting") or a line all in lower case, and a
    word rare in the language and in English ("mocha", "panting" are English at Zipf 3); a
    given name wordfreq does not know at all needs nothing more ("by liu yunlong")."""

    __slots__ = ("code", "roles")

    def __init__(self, code: str, roles: frozenset[str]) -> None:
        self.code, self.roles = code, roles

    def given(self, word: str) -> bool:
        for ending in ("ing", "ed"):
            stem = word.removesuffix(ending)
            if stem != word and max(zipf(stem, "en"), zipf(stem + "e", "en")) >= _STEM_ZIPF:
                return False
        return True

    def lower_name(self, text: str, cut: int, word: str) -> bool:
        known = max(zipf(word, self.code), zipf(word, "en"))
        if known >= _LOWER_GIVEN_ZIPF:
            return False
        if not known:  # no word of the language nor of English: "by liu yunlong"
            return True
        before = text[max(0, cut - 30) : cut].split()
        if before and before[-1].lower() in self.roles:
            return True
        # A line written all in lower case ("hu jintao called on ..."): every name in it is.
        start = text.rfind("\n", 0, cut) + 1
        end = text.find("\n", cut)
        return not any(map(str.isupper, text[start : len(text) if end < 0 else end]))


# An English stem that makes "-ing"/"-ed" a word form, not a name ("bail", "pant").
_STEM_ZIPF = 3.0
# A given name after a lower-case surname: rare in the language and in English ("jinping"
# 2.8; "mocha", "panting" 2.98).
_LOWER_GIVEN_ZIPF = 2.9


def _given_names(
    text: str,
    chunks: frozenset[str],
    unknown: set[str],
    evidence: _Evidence,
    gate: WordGate | None = None,
) -> Iterator[tuple[int, int, str, str]]:
    """ "Wang huaping": an unknown pinyin-shaped word right after a Chinese surname. Looked for
    from the unknown words (a handful) back to the surname: surnames such as "He" and "Sun"
    stand everywhere in English."""
    # The surname capitalised, or in lower case too ("jin yinlong": the whole name lowered).
    surnames = {chunk for chunk in chunks if chunk in _SURNAME_FORMS}
    if not surnames:
        return
    for word, spans in find_words(text, unknown, gate).items():
        for start, end in spans:
            if text[start - 1 : start] != " ":
                continue
            cut = text.rfind(" ", max(0, start - 12), start - 1) + 1
            surname = text[cut : start - 1]
            if surname not in surnames or next_word(text, start - 1) != word:
                continue
            if not evidence.given(word):
                continue
            if surname.islower():
                if not evidence.lower_name(text, cut, word):
                    continue
                written = f"{surname.capitalize()} {word.capitalize()}"
                yield cut, end, written, "a Chinese name in lower case"
            else:
                yield start, end, word.capitalize(), "a given name after its surname"


# A lower-case surname alone after a role word ("general manager lu made"): not an English
# word at this frequency ("he", "sun", "song", "ma", "li" 4.25 are English or too common to
# tell; "lu" 3.64, "cheng" 3.37, "wang" 3.95 are names).
_LONE_SURNAME_ZIPF = 4.0
_LOWER_SURNAMES = frozenset(surnames(news=True))
_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _titled_surnames(
    text: str,
    chunks: frozenset[str],
    roles: frozenset[str],
    code: str,
    taken: set[str],
    gate: WordGate | None = None,
) -> Iterator[tuple[int, int, str, str]]:
    """ "general manager lu made", "Union President cheng jun presided": a Chinese surname in
    lower case right after a role word, alone or before a short given name in lower case (one
    pinyin syllable or two, not an English word at _LONE_SURNAME_ZIPF). A two-syllable given
    name the language does not know is _given_names' ("manager jin yinlong")."""
    # The lower-case surnames the text holds, bare or before a comma or a full stop (a few
    # hundred set lookups, not a pass over every chunk).
    lowered = {
        word
        for word in _LOWER_SURNAMES
        if (word in chunks or word + "," in chunks or word + "." in chunks)
        and max(zipf(word, code), zipf(word, "en")) < _LONE_SURNAME_ZIPF
    }
    if not lowered:
        return
    for surname, spans in find_words(text, lowered, gate).items():
        for start, end in spans:
            before = text[max(0, start - 30) : start].split()
            if not before or before[-1].lower() not in roles or text[start - 1 : start] != " ":
                continue
            given = _NEXT_WORD.match(text, end)
            word = given.group(1) if given else ""
            if word in taken:
                continue  # _given_names' reading ("manager jin yinlong")
            if (
                word
                and syllable_count(word) in (1, 2)
                and max(zipf(word, code), zipf(word, "en")) < _LONE_SURNAME_ZIPF
            ):
                written = f"{surname.capitalize()} {word.capitalize()}"
                yield start, given.end(1), written, "a Chinese name in lower case after a title"
            else:
                yield (
                    start,
                    end,
                    surname.capitalize(),
                    "a Chinese surname in lower case after a title",
                )


# A given name is rare as a word of the language ("xiaoming" 1.8, "youqin" unknown; names the
# web writes often stay below this: "xiaoping" 2.6, "jinping" 2.8).
_GIVEN_NAME_ZIPF = 3.0


def _not_common(words: Iterable[str], code: str) -> set[str]:
    """The ``words`` under _GIVEN_NAME_ZIPF in the language: a dictionary test each (wordfreq's
    list runs from the most common word down; a set of its words above the bar held ~2 MB for
    the process, for a few thousand distinct chunks)."""
    frequency = frequency_dict(code).get
    floor = 10 ** (_GIVEN_NAME_ZIPF - 9)
    return {word for word in words if frequency(word, 0.0) < floor}


def _vowels(word: str) -> int:
    return sum(letter in "AEIOUY" for letter in word)


def _caps_surname(text: str, end: int, first: str, code: str) -> bool:
    """A first name before, and the sentence going on in lower case or ending after."""
    if not first.isalpha() or zipf(first.lower(), code) >= _FIRST_NAME_ZIPF:
        return False
    after = text[end : end + 2]
    return after[:1] in ",.;:)" or (after[:1] == " " and after[1:2].islower())


_SHIFTED = re.compile(r"(?<![\w'’-])([A-Z]{2}[a-z]+)(?![\w'’-])")


@register
class ShiftKeyCapitals(Rule):
    code = "MT319"
    name = "shift-key-capitals"
    summary = "A word with its first two letters capitalised ('Greek CIty Times', 'THe plan')."
    languages = frozenset({"en"})
    doc = """
    What it finds: a common word written with two capitals before its small letters ("CIty",
    "THe", "MInistry"), where the shift key was held one letter too long.
    Why it matters: a reader sees a typo in a name or a title; spell checkers often accept
    words with mixed case.
    Fix safety: unsafe; the fix keeps the first capital only.
    Known false positives: plurals of acronyms ("IDs", "PCs", "TVs") have a one-letter tail and
    are never taken (unless the word is a function word: "THe"); product names in this shape
    whose lower case is a common English word.
    """
    examples = (
        Example("Copyright Greek CIty Times 2022", "Copyright Greek City Times 2022"),
        Example("He said THe plan would work.", "He said The plan would work."),
        Example(
            "The fair opened in Inuyama (JApan) today.", "The fair opened in Inuyama (Japan) today."
        ),
        good("The IDs, PCs and TVs were counted; GHz and MBps are units; McDonald's opened."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not _serves(data.code):
            return
        short = data.word_set("shift_key_short_words")
        chunks = unique_chunks(document)
        words = {
            token
            for chunk in chunks
            # "(JApan)", "“THe": an opening bracket or quote moves the two capitals on by one.
            if len(chunk) > 2 and (chunk[1:2].isupper() or chunk[2:3].isupper())
            for token in (chunk.strip(_TRAILING + "([“‘"),)
            if _SHIFTED.fullmatch(token) and _shifted_word(token, data.code, short)
        }
        if not words:
            return
        text = document.text
        for word, spans in find_words(text, words).items():
            fixed = word[0] + word[1:].lower()
            for start, end in spans:
                if looks_technical(text, start, end):
                    continue
                yield self.finding(
                    start,
                    end,
                    f"'{word}' has two capitals: '{fixed}'",
                    fixes=[
                        Fix((Edit(start, end, fixed),), Applicability.UNSAFE, f"write '{fixed}'")
                    ],
                    confidence=0.75,
                )


def _shifted_word(token: str, code: str, short: frozenset[str]) -> bool:
    """``short``: the language table's shift_key_short_words, the only words with a one-letter
    tail taken ("THe"; never "IDs", "PCs", "GHz")."""
    lower = token.lower()
    tail = len(token) - 2
    if tail < 2:
        return lower in short
    return len(lower) >= 4 and zipf(lower, code) >= 4.0
