"""Garbled names and letters, judged by the document's own evidence: a name spelled right
elsewhere in the text and damaged once (its last letter dropped, a letter dropped or doubled
inside it, a stray accent), and a common word with an accent it never takes.

Kept apart from MT903 (checks/rules/consistency.py), which reports one name transliterated two
ways (same first and last letters, same skeleton): a pair MT903's test accepts is left to it.
Both read spellings through checks/wordshape.py. Inflection is data, not damage: the letters
an ending can add per language are in resources/garble/garble.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.garbletables import ending_letters, garble_table
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import base_language, text_characters
from mtlint.checks.wordlists import wordfreq_languages, zipf
from mtlint.checks.wordshape import document_title_case_words, strip_marks, transliteration_variant

# A damaged form is unknown to the language (and to English, which news quotes): below this.
_UNKNOWN_ZIPF = 1.5
# A word an accent was put on is common without it.
_COMMON_ZIPF = 3.5
_MIN_EVIDENCE = 2
_JOINERS = frozenset("'’-0123456789_")
# Characters between the damaged form and the nearest right one (a long article's length).
_NEAR = 3000
# Short words with a mark are foreign words, initials and symbols as often as damaged ones
# ("pić", "čuba" left untranslated in English MT): five letters or more.
_MIN_ACCENTED_LETTERS = 5
# A name with an accent that some language writes (Michaël, Dávid) is no stray accent.
_NAME_LANGUAGES = ("fr", "de", "es", "pt", "it", "nl", "hu", "cs", "pl", "sv", "tr", "ro", "fi")
_STRONG_EVIDENCE = 3
# A marked Latin letter (precomposed or a combining mark): the scan jumps from one to the next
# at C speed and widens each to its word, instead of trying a word pattern at every word.
_MARKED_LETTER = re.compile(r"[À-ÖØ-öø-ɏ\u0300-\u036f]")
_LETTERS_BEFORE = re.compile(r"[^\W\d_]*$")
_LETTERS_AFTER = re.compile(r"[^\W\d_\u0300-\u036f]*[\u0300-\u036f]*(?:[^\W\d_][\u0300-\u036f]*)*")


def _derived(name: str, added: str, language: str) -> bool:
    """``name`` + ``added`` is a word derived from the name ("Transcarpathia" + "n": its
    adjective), per the language's ``derived_endings`` (resources/garble/garble.json)."""
    endings = (garble_table().get(language) or {}).get("derived_endings", {})
    return endings.get(name[-1:].lower()) == added.lower()


def _wordfreq_languages() -> frozenset[str]:
    return wordfreq_languages()  # without importing wordfreq (checks/wordlists.py)


@cache
def _known(word: str, language: str) -> float:
    """The word's frequency in the language (when wordfreq has it) or in English, the higher."""
    own = zipf(word.lower(), language) if language in _wordfreq_languages() else 0.0
    return max(own, zipf(word.lower(), "en"))


def _deletions(word: str) -> Iterator[tuple[int, str]]:
    """The word with one inner letter left out (not the first two, not the last)."""
    for index in range(2, len(word) - 1):
        yield index, word[:index] + word[index + 1 :]


def damage(usual: str, rare: str, language: str) -> str | None:
    """How ``rare`` is ``usual`` damaged, or None: "last letter dropped", "letter dropped",
    "letter doubled", "stray accent". Inflection (a last letter an ending can add) is none."""
    if strip_marks(rare) == usual and rare != usual:
        return "stray accent"
    if len(usual) == len(rare) + 1 and usual.startswith(rare):
        if usual[-1].lower() in ending_letters(language) or _derived(rare, usual[-1], language):
            return None  # inflection, or the name beside its adjective ("Transcarpathia")
        return "last letter dropped"
    if len(usual) == len(rare) + 1 and any(short == rare for _, short in _deletions(usual)):
        return "letter dropped"
    if len(rare) == len(usual) + 1:
        for index, short in _deletions(rare):
            if short == usual and rare[index] in (rare[index - 1], rare[index + 1]):
                return "letter doubled"
    return None


def _candidates(usual: str) -> Iterator[str]:
    """Keys under which a damaged form of ``usual`` is looked up: itself less its last letter,
    and itself less one inner letter."""
    yield usual[:-1]
    for _, short in _deletions(usual):
        yield short


@register
class GarbledName(Rule):
    code = "MT971"
    name = "garbled-name"
    summary = "A name spelled right elsewhere in the text is damaged once ('Mirziyoye')."
    severity = Severity.WARNING
    doc = """
    What it finds: a capitalised word of five letters or more written once, unknown to
    wordfreq, that is a name the same text writes at least twice with one letter of damage:
    its last letter dropped ("Mirziyoye" beside "Mirziyoyev" ×3), an inner letter dropped or
    doubled ("Zelesky", "Zelenskky" beside "Zelensky"), or an accent it never takes
    ("Tashként" beside "Tashkent").
    Why it matters: machine translation and extraction damage a name once in a long text; the
    reader takes it for another person or place, and search misses it.
    Fix safety: unsafe: the document's usual form replaces the damaged one, but the rare form
    can be a different name.
    Known false positives: inflection is not damage: a last letter an ending can add in the
    text's language (English and Spanish -s, German -s/-n/-e, Slavic case vowels and -m/-h,
    resources/garble) never counts as dropped, nor does the letter a derived word adds to a
    name (English "-a" + "n": "Transcarpathia" beside "Transcarpathian"), and the first two
    letters and the last are never compared for inner damage. Two real names one letter apart
    (Hansen / Hanson) are left alone when the rarer one is a known word; rare family names one
    letter apart are not. Pairs that read as one name transliterated two ways are MT903's
    (consistency), not this rule's.
    """
    examples = (
        Example(
            "President Mirziyoyev met the delegation. Mirziyoyev said the talks went well. "
            "Later Mirziyoye thanked the guests.",
            "President Mirziyoyev met the delegation. Mirziyoyev said the talks went well. "
            "Later Mirziyoyev thanked the guests.",
        ),
        Example(
            "Zelensky spoke in Kyiv. Zelensky said the front held. Zelesky left on Monday.",
            "Zelensky spoke in Kyiv. Zelensky said the front held. Zelensky left on Monday.",
        ),
        good("Smith met the Smiths. Smith said the Smiths had gone. Merkel met Merkels."),
        good(
            "The Zakarpatian wine fair opened. Zakarpatian growers came, and the Zakarpatian "
            "council thanked the guests from Zakarpatia."
        ),
        good("Der Kanzler traf Merkel. Merkels Rede und Merkels Plan gefielen ihm.", "de"),
        good("Spotkanie z Kowalskim. Kowalskim się zajęto. Kowalski wrócił w poniedziałek.", "pl"),
        good("Встреча с Мирзиёевым. Мирзиёевым довольны. Мирзиёеву позвонили.", "ru"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        # One scan per document, shared with MT903 (checks/rules/consistency.py).
        positions = document_title_case_words(document)
        if len(positions) < 2:
            return
        language = base_language(document)
        lookup: dict[str, list[str]] = {}
        for usual, spans in positions.items():
            if len(spans) >= _MIN_EVIDENCE:
                for key in _candidates(usual):
                    lookup.setdefault(key, []).append(usual)
                lookup.setdefault(strip_marks(usual), []).append(usual)
        if not lookup:
            return
        for rare, spans in positions.items():
            # Most names are known words: that look-up is cheaper than the candidate keys.
            if len(spans) != 1 or _known(rare, language) >= _UNKNOWN_ZIPF:
                continue
            usuals = {*lookup.get(rare, ()), *lookup.get(strip_marks(rare), ())}
            for deletion in _deletions(rare):
                usuals.update(lookup.get(deletion[1], ()))
            finding = self._judge(rare, spans[0], sorted(usuals), positions, language)
            if finding is not None:
                yield finding

    def _judge(
        self,
        rare: str,
        span: tuple[int, int],
        usuals: list[str],
        positions: dict[str, list[tuple[int, int]]],
        language: str,
    ) -> Finding | None:
        for usual in usuals:
            if usual == rare or transliteration_variant(usual, rare):
                continue
            kind = damage(usual, rare, language)
            if kind is None or _known(rare, language) >= _UNKNOWN_ZIPF:
                continue
            if kind == "stray accent" and _written_somewhere(rare):
                continue
            if not _near(span, positions[usual]):
                continue
            evidence = len(positions[usual])
            return self.finding(
                span[0],
                span[1],
                f"'{rare}' looks like '{usual}' ({evidence}× in this text) with a {kind}",
                fixes=(Fix((Edit(span[0], span[1], usual),), Applicability.UNSAFE, usual),),
                confidence=0.75 if evidence >= _STRONG_EVIDENCE else 0.6,
                data=(("spellings", (usual, rare)), ("damage", kind)),
            )
        return None


@register
class StrayAccent(Rule):
    code = "MT972"
    name = "stray-accent"
    summary = "A common word carries an accent it never takes ('goverńment')."
    languages = frozenset(garble_table()["stray_accent_languages"])
    severity = Severity.WARNING
    doc = """
    What it finds: a lower-case word with an accent or other mark that wordfreq does not know
    in the text's language (nor in English), written once, whose form without marks is a common
    word of the language (Zipf 3.5 or more): "goverńment", "thé minister".
    Why it matters: encoding repairs, OCR and MT post-editing leave a mark on a letter that the
    word never takes; spell checkers in the target language may not flag it when the marked
    letter belongs to another language's alphabet.
    Fix safety: unsafe: the marks are removed; the marked form can be a rare word or a word of
    another language quoted in the text.
    Only for languages written without marks (resources/garble: English): where marks are
    native, informal text drops them and wordfreq knows the bare forms ("si", "putin" in
    Romanian), so a common bare form proves nothing.
    Known false positives: a foreign word quoted once whose unmarked form happens to be a
    common word here (names are left to MT971, capitalised words are never read).
    """
    examples = (
        Example(
            "The goverńment said on Monday that the plan would go ahead.",
            "The government said on Monday that the plan would go ahead.",
        ),
        good("The café served a naïve rosé; the résumé was déjà vu. Señor García agreed."),
        good("Le gouvernement a décidé à Paris où il était né.", "fr"),
        good("Președintele a spus că și puțin timp a trecut.", "ro"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if text.isascii():
            return
        language = base_language(document)
        seen: dict[str, int] = {}
        hits = []
        for start, end in _accented_words(text, _marked_letter_positions(document)):
            word = text[start:end]
            if not word.islower():
                continue
            seen[word] = seen.get(word, 0) + 1
            hits.append((start, end, word))
        for start, end, word in hits:
            plain = strip_marks(word)
            if seen[word] > 1 or plain == word or len(word) < _MIN_ACCENTED_LETTERS:
                continue
            if _known(word, language) >= _UNKNOWN_ZIPF or not _known_plain(plain, language):
                continue
            yield self.finding(
                start,
                end,
                f"'{word}' is '{plain}' with a stray mark",
                fixes=(Fix((Edit(start, end, plain),), Applicability.UNSAFE, plain),),
                confidence=0.7,
            )


def _near(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """The damaged form stands near the right one: a long list of distinct names (a registry,
    an index) holds names one letter apart by chance, an article damages the name it is about."""
    return any(abs(start - span[0]) <= _NEAR for start, _ in spans)


@cache
def _written_somewhere(word: str) -> bool:
    """wordfreq knows the word in one of the languages that write accented names."""
    available = _wordfreq_languages()
    return any(
        zipf(word.lower(), code) >= _UNKNOWN_ZIPF for code in _NAME_LANGUAGES if code in available
    )


# Up to this many distinct marked letters in a document, a str.find per letter beats a regex scan.
_MARKS_FOR_FIND = 4


def _marked_letter_positions(document: Document) -> Iterable[int]:
    """Where ``_MARKED_LETTER`` matches in the text, in order. A text with a few distinct marked
    letters (English with "café") has them found by ``str.find`` (a memchr-like jump in C);
    the regex tests its class at every character (~125 MB/s, 0.03 s per 10 MB)."""
    text = document.text
    marked = [c for c in text_characters(document) if _MARKED_LETTER.fullmatch(c)]
    if len(marked) > _MARKS_FOR_FIND:
        return map(re.Match.start, _MARKED_LETTER.finditer(text))
    positions: list[int] = []
    for char in marked:
        at = text.find(char)
        while at != -1:
            positions.append(at)
            at = text.find(char, at + 1)
    return sorted(positions)


def _accented_words(text: str, marked: Iterable[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of each word with a marked Latin letter (at the positions ``marked``, in
    order), words glued to an apostrophe, hyphen or digit left out (names and compounds)."""
    last_end = -1
    for hit in marked:
        if hit < last_end:
            continue
        before = _LETTERS_BEFORE.search(text, max(0, hit - 40), hit)
        start = before.start() if before else hit
        after = _LETTERS_AFTER.match(text, hit)
        end = after.end() if after and after.end() > hit else hit + 1
        last_end = end
        if text[start - 1 : start] in _JOINERS or text[end : end + 1] in _JOINERS:
            continue
        yield start, end


def _known_plain(plain: str, language: str) -> bool:
    own = zipf(plain, language) if language in _wordfreq_languages() else 0.0
    return own >= _COMMON_ZIPF
