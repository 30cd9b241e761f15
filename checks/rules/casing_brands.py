"""Names written in another case than their own (issue 11 and 12, entity case):

- MT333: a capital inside the word flattened: "Tiktok", "Youtube", "Iphone", "Desantis" where
  the owner (and the document) writes "TikTok", "YouTube", "iPhone", "DeSantis"; the names come
  from resources/gazetteer/inner_capitals.txt (in every language), the language's gazetteer,
  and the document's own inner-capital spellings;
- MT334: a name in capitals inside running text ("talks in MOSCOW on Monday"), from the
  gazetteer or the document's own title-case spelling;
- MT335: a news agency's acronym in lower case in a dateline credit ("(smc)");
- MT336: a later word of a two-word name the text writes capitalised, in lower case
  ("Revolução islâmica" beside "Revolução Islâmica").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import filterfalse, pairwise
from operator import methodcaller

from mtlint.checks.casingdata import UPPER_CLASS, casing_data, casing_languages
from mtlint.checks.casingextra import entity_case_data
from mtlint.checks.casingscan import LayoutSkip, next_word, previous_word
from mtlint.checks.casingtables import read_json
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.namecase import more_often, title_name
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import read_text
from mtlint.checks.textscan import (
    find_words,
    language_data,
    looks_technical,
    trie_pattern,
    unique_chunks,
)
from mtlint.checks.wordlists import zipf

_PUNCTUATION = "\"'“”‘’„«»()[],.;:!?…"
_POSSESSIVE = ("'s", "’s")


@lru_cache(maxsize=1)
def _shipped() -> tuple[frozenset[str], tuple[str, ...]]:
    """The list's names, and the particles after which a flattened spelling is a name too."""
    names, particles, _ = _read_list()
    return names, particles


@lru_cache(maxsize=1)
def _read_list() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The list's names, its particles ("~Mac"), and the names marked "?" whose flattened
    spelling is a word or place of its own (Blackberry the fruit, Ios the island): those are
    taken only where the document writes the owner's spelling too."""
    names, particles, evidence = set(), [], set()
    for line in read_text("gazetteer", "inner_capitals.txt").split("\n"):
        line = line.strip()
        if line.startswith("~"):
            particles.append(line[1:])
        elif line.startswith("?"):
            names.add(line[1:])
            evidence.add(line[1:])
        elif line and not line.startswith("#"):
            names.add(line)
    return frozenset(names), tuple(particles), frozenset(evidence)


def inner_capital(word: str) -> bool:
    """A word of letters with a capital after a lower-case letter ("TikTok", "iPhone")."""
    if not word.isalpha() or word.isupper() or word.islower() or word.istitle():
        return False
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def flattened(word: str) -> str:
    """The spelling a title-casing filter gives it: "TikTok" → "Tiktok", "iPhone" → "Iphone"."""
    return word[:1].upper() + word[1:].lower()


@lru_cache(maxsize=32)
def _known(code: str) -> dict[str, str]:
    """Flattened spelling → the owner's, from the list and the language's gazetteer (not where
    the gazetteer writes the flattened spelling as a name of its own: a place "Ios")."""
    names, _ = _shipped()
    words = set(names)
    gazetteer = local_names(code, include_ambiguous=True)
    for written in gazetteer.values():
        words.update(part for part in written.split(" ") if inner_capital(part))
    table = casing_data(code)
    return {
        flat: word for word in words if gazetteer.get(table.lower(flat := flattened(word))) != flat
    }


@lru_cache(maxsize=32)
def _needs_evidence(code: str) -> frozenset[str]:
    """Flattened spellings that are words of their own ("Blackberry", "Blackrock", "Ios"),
    taken only where the document writes the owner's spelling too."""
    return frozenset(map(flattened, _read_list()[2]))


@lru_cache(maxsize=32)
def _gender_marks(code: str) -> tuple[str, ...]:
    """Inner capitals that end a word as a gender mark, not a name's capital (German Binnen-I:
    "StudentInnen"): gender_inner_suffixes in resources/casing/entity/<code>.json."""
    raw = read_json("entity", code.split("-")[0]) or {}
    return tuple(raw.get("gender_inner_suffixes", ()))


def _document_names(chunks: frozenset[str], code: str) -> dict[str, str]:
    """Flattened spelling → the document's inner-capital spelling (not after a particle that
    makes both spellings names: "MacDonald", "LeBlanc"; not one ending in capitals, a name with
    an acronym in it: "SacreBLEU"; not a gender mark: German "StudentInnen")."""
    names, particles = _shipped()
    marks = _gender_marks(code)
    found: dict[str, str] = {}
    # Mixed-case chunks only (C-level filters leave the lower-case, capitals and title-case ones).
    mixed = filterfalse(str.istitle, filterfalse(str.isupper, filterfalse(str.islower, chunks)))
    for chunk in mixed:
        word = chunk.strip(_PUNCTUATION)
        word = word[:-2] if word.endswith(_POSSESSIVE) else word
        if len(word) < 4 or not word[-1].islower() or not inner_capital(word):
            continue  # "SacreBLEU", "JavaAPI": a name with an acronym in it, written both ways
        if word.startswith(particles) and any(
            word[len(p) : len(p) + 1].isupper() for p in particles if word.startswith(p)
        ):
            continue
        if marks and word.endswith(marks) and word not in names and _gender_form(word, marks):
            continue  # "StudentInnen": the feminine plural "Studentinnen" is no slip
        found.setdefault(flattened(word), word)
    return found


def _gender_form(word: str, marks: tuple[str, ...]) -> bool:
    """The word's only inner capital is the gender mark it ends with ("MitarbeiterInnen")."""
    stem = next(word[: -len(mark)] for mark in marks if word.endswith(mark))
    return bool(stem) and not inner_capital(stem) and stem[-1:].islower()


def _write(start: int, end: int, written: str) -> Fix:
    return Fix((Edit(start, end, written),), Applicability.UNSAFE, f"write '{written}'")


# A flattened spelling the document uses this often, never writing the owner's, is its style.
_HOUSE_STYLE_USES = 3
_POSSESSIVE_END = methodcaller("endswith", _POSSESSIVE)


@register
class FlattenedInnerCapital(Rule):
    code = "MT333"
    name = "flattened-inner-capital"
    summary = "A name's inner capital flattened ('Tiktok', 'Youtube', 'Iphone' for TikTok, iPhone)."
    languages = casing_languages()
    doc = """
    What it finds: a name its owner writes with a capital inside the word (TikTok, YouTube,
    iPhone, LinkedIn, McDonald's; resources/gazetteer/inner_capitals.txt and the language's
    gazetteer) written with only its first letter capitalised: "Tiktok", "Youtube", "Iphone"
    (where the language's press keeps the owners' spellings: owner_spellings in
    resources/casing/entity, English); and in any language, a word the document itself writes
    with an inner capital ("TikTok", "BioNTech") written so elsewhere ("Tiktok", "Biontech").
    Why it matters: MT and title-casing filters lower-case every letter but the first; the
    brand or surname is then misspelt, and a spell checker that knows the word lower-cased
    accepts it.
    Fix safety: unsafe; the fix writes the owner's (or the document's) spelling. Confidence is
    higher when the document writes that spelling itself.
    Known false positives: a text that writes the flattened spelling three times or more and
    never the owner's keeps it as its house style (some wires write "Whatsapp") and is left
    alone; a flattened spelling that is another name of its own is left alone
    where it follows a particle (MacDonald and Macdonald, LeBlanc and Leblanc) unless the list
    names it; a name in lower case is MT303's, and in capitals nobody's. A brand whose
    flattened spelling is a word or place of its own (Blackberry, Blackrock, Ios: "?" in the
    list) is taken only where the document writes the owner's spelling too, and then every
    "Blackberry" of that text is taken, the fruit too; a word the gazetteer writes flattened is
    never taken from the list. German gender marks ("StudentInnen", gender_inner_suffixes in
    resources/casing/entity/de.json) are no evidence; in other languages a document spelling
    with an inner capital whose flattened form is a common word is still evidence.
    """
    examples = (
        Example(
            "The clip was shared on Tiktok and Youtube by millions of users.",
            "The clip was shared on TikTok and YouTube by millions of users.",
        ),
        Example(
            "BioNTech said on Monday that Biontech would build a plant in Kigali.",
            "BioNTech said on Monday that BioNTech would build a plant in Kigali.",
        ),
        good("The clip was shared on TikTok and YouTube; tiktok.com was down."),
        good("Ann MacDonald and John Macdonald met at the LeBlanc farm near Leblanc."),
        good("We spent a week on Ios and Naxos last summer."),
        good("Blackberry jam and apple pie are on the menu today."),
        good("She grew up in Blackrock, a seaside suburb of the city."),
        good("Die StudentInnen streikten. Viele Studentinnen und Studenten kamen.", "de"),
        good("Unsere MitarbeiterInnen sind wichtig. Alle Mitarbeiterinnen erhalten Geld.", "de"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        chunks = unique_chunks(document)
        own = _document_names(chunks, code)
        # The owners' spellings count without the document's evidence only where the press
        # keeps them (English); elsewhere "Youtube" may be house style.
        known = _known(code) if entity_case_data(code).owner_spellings else {}
        # Title-case chunks ("Tiktok,") and possessives ("Tiktok's"), picked by C-level filters.
        title = {chunk.strip(_PUNCTUATION) for chunk in filter(str.istitle, chunks)}
        title.update(chunk.strip(_PUNCTUATION)[:-2] for chunk in filter(_POSSESSIVE_END, chunks))
        wanted = {word for word in title if word in known or word in own}
        if not wanted:
            return
        text = document.text
        for form in (wanted & _needs_evidence(code)) - own.keys():
            if not find_words(text, (known[form],)):
                wanted.discard(form)  # "Blackberry jam", "a week on Ios": words of their own
        for form, spans in sorted(find_words(text, wanted).items()):
            written = own.get(form) or known[form]
            if form not in own and len(spans) >= _HOUSE_STYLE_USES:
                continue  # "Whatsapp" throughout, never "WhatsApp": a house style, no slip
            for start, end in spans:
                if looks_technical(text, start, end):
                    continue
                yield self.finding(
                    start,
                    end,
                    f"'{form}' is the name {written} with its inner capital flattened",
                    fixes=[_write(start, end, written)],
                    confidence=0.8 if form in own else 0.7,
                )


def _title_forms(chunks: frozenset[str]) -> set[str]:
    """The document's title-case words (stripped chunks): a name in capitals needs one."""
    return {chunk.strip(_PUNCTUATION) for chunk in filter(str.istitle, chunks)}


@register
class NameInCapitals(Rule):
    code = "MT334"
    name = "name-in-capitals"
    summary = "A name written in capitals in running text ('talks in MOSCOW on Monday')."
    languages = casing_languages()
    doc = """
    What it finds: a word of at least three letters written in capitals inside running text
    (lower-case words on either side, no other word in capitals beside it, not where a
    paragraph opens, not in a headline) that is a name written in title case: one the
    gazetteer knows so ("MOSCOW" for Moscow), or one the document itself writes in title case
    more often than in capitals ("KEF" where the text writes "Kef" twice; else the capitals
    may be an acronym, MT307's).
    Why it matters: MT carries the capitals of a headline, a dateline or a source convention
    (French surnames in capitals) into the sentence; the name reads as an acronym.
    Fix safety: unsafe; the fix writes the name in title case (the gazetteer's or the
    document's spelling).
    Known false positives: a brand written in capitals by its owner that the gazetteer or the
    document also writes in title case; a word the language's word list knows as common is
    taken only with the gazetteer's evidence (no emphasis: "we will NEVER accept"). Datelines
    ("MOSCOW, June 1") open a paragraph and are never taken; in English a surname in capitals
    after a first name is MT318's. Names whose owners write them as acronyms though the
    gazetteer writes them in title case (MERCOSUR, INTERPOL: names_from_acronyms in
    resources/casing/entity/en.json) are left alone; others not listed there are taken.
    """
    examples = (
        Example(
            "The delegation arrived in MOSCOW on Monday for talks.",
            "The delegation arrived in Moscow on Monday for talks.",
        ),
        Example(
            "The governor of Kef said that KEF had received aid from Kef province.",
            "The governor of Kef said that Kef had received aid from Kef province.",
        ),
        good("MOSCOW, June 1 - The delegation arrived on Monday for talks."),
        good("We will NEVER accept this, he said in Moscow; NATO and the UN agreed."),
        good("THE TALKS IN MOSCOW ENDED\n\nThe delegation left on Monday."),
        good("Members of MERCOSUR met to discuss tariffs yesterday."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        chunks = unique_chunks(document)
        capitals = {
            word
            for chunk in filter(str.isupper, chunks)
            if len(word := chunk.strip(_PUNCTUATION)) >= 3 and word.isalpha()
        }
        if not capitals:
            return
        table = casing_data(code)
        names = local_names(code, include_ambiguous=True)
        titles = _title_forms(chunks)
        wanted: dict[str, tuple[str, float]] = {}
        for word in capitals:
            key = table.lower(word)
            written = title_name(word, code)
            if written is not None:
                wanted[word] = (written, 0.65)
                continue
            title = table.capitalise(key)
            if key not in names and title in titles and zipf(key, code) < _COMMON_ZIPF:
                wanted[word] = (title, 0.7)
        # The document's evidence counts where it writes the title case more often ("KEF" once,
        # "Kef" twice); else the capitals may be an acronym it uses (MT307's "Sdf" for SDF).
        text = document.text
        wanted = {
            word: (written, confidence)
            for word, (written, confidence) in wanted.items()
            if confidence < 0.7 or more_often(text, written, word)
        }
        if not wanted:
            return
        yield from self._in_running_text(document, wanted, code == "en")

    def _in_running_text(
        self, document: Document, wanted: dict[str, tuple[str, float]], surnames_taken: bool
    ) -> Iterator[Finding]:
        text = document.text
        skip = LayoutSkip(document)
        for word, spans in sorted(find_words(text, wanted).items()):
            written, confidence = wanted[word]
            for start, end in spans:
                before, after = previous_word(text, start - 1), next_word(text, end)
                if not (_has_lower(before) and _has_lower(after)):
                    continue  # a headline, a dateline, a run of capitals
                if surnames_taken and before.istitle():
                    continue  # "Ousmane SONKO": MT318's surname in capitals
                if skip(start, end):
                    continue
                yield self.finding(
                    start,
                    end,
                    f"'{word}' is the name {written} in capitals inside a sentence",
                    fixes=[_write(start, end, written)],
                    confidence=confidence,
                )


# At or above this Zipf frequency a word may be written in capitals for emphasis ("NEVER").
_COMMON_ZIPF = 4.0


def _has_lower(word: str) -> bool:
    return any(c.islower() for c in word)


@register
class LowerCaseAcronymCredit(Rule):
    code = "MT335"
    name = "lower-case-acronym-credit"
    summary = "A news agency's acronym in lower case in a dateline credit ('Khartoum- (smc) The')."
    languages = casing_languages()
    doc = """
    What it finds: a word of two to six letters in lower case in brackets right after a
    dateline's dash or colon, or right before a capitalised word that opens the sentence it
    credits ("Khartoum- (smc) Minister …", "(wam) The ministry …"), where the document writes
    the same letters in capitals in running text ("… speaking to SMC, …").
    Why it matters: MT lower-cases the agency's acronym of the source's credit line; the reader
    meets an unknown word where the agency's name was.
    Fix safety: unsafe; the fix writes the acronym as the document writes it.
    Known false positives: a lower-case word in brackets that the document also writes in
    capitals and that is no acronym (rare in that position); technical text is left alone.
    """
    examples = (
        Example(
            "Khartoum- (zqa) The minister met the envoy. He told ZQA the talks went well.",
            "Khartoum- (ZQA) The minister met the envoy. He told ZQA the talks went well.",
        ),
        good("Khartoum- (zqa) The minister met the envoy on Monday."),
        good("Set the format (json) and save. The JSON file holds the list."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        chunks = unique_chunks(document)
        table = casing_data(language_data(document).code)
        # Bracketed lower-case chunks ("(smc)"), picked by a C-level filter, whose capitals the
        # text writes too: most texts have none, and no scan of the text is made.
        wanted: dict[str, str] = {}
        for chunk in filter(_BRACKETED, chunks):
            word = chunk[1:-1]
            if chunk[-1] == ")" and 2 <= len(word) <= 6 and word.isalpha() and word.islower():
                acronym = "".join(table.upper_map.get(c) or c.upper() for c in word)
                if acronym in chunks or any(acronym + mark in chunks for mark in ",.;:"):
                    wanted[chunk] = acronym
        for chunk, acronym in sorted(wanted.items()):
            if not _running(text, acronym):
                continue
            at = text.find(chunk)
            while at != -1:
                yield from self._credit(document, at, chunk[1:-1], acronym)
                at = text.find(chunk, at + 1)

    def _credit(self, document: Document, at: int, word: str, acronym: str) -> Iterator[Finding]:
        text = document.text
        start, end = at + 1, at + 1 + len(word)
        before = text[max(0, at - 2) : at].strip()
        after = next_word(text, end + 1)
        if not (before[-1:] in ("-", "–", "—", ":") or after[:1].isupper()):
            return
        if looks_technical(text, start, end):
            return
        yield self.finding(
            start,
            end,
            f"'{word}' is the acronym {acronym} the text writes in capitals",
            fixes=[_write(start, end, acronym)],
            confidence=0.7,
        )


_BRACKETED = methodcaller("startswith", "(")


def _running(text: str, acronym: str) -> bool:
    """The acronym stands in capitals beside a lower-case word somewhere (no headline)."""
    for start, end in find_words(text, (acronym,)).get(acronym, ()):
        if _has_lower(previous_word(text, start - 1)) or _has_lower(next_word(text, end)):
            return True
    return False


@register
class NameLowerCasedByHalves(Rule):
    code = "MT336"
    name = "name-lower-cased-by-halves"
    summary = (
        "A later word of a name the text writes capitalised, in lower case ('Revolução islâmica')."
    )
    languages = casing_languages() - {"en", "de"}
    doc = """
    What it finds: a two-word name the text writes capitalised mid-sentence at least twice
    ("a Revolução Islâmica"), written elsewhere mid-sentence with its second word in lower case
    ("os ideais da Revolução islâmica"), where the text writes the lower-case form no more
    often than the name.
    Why it matters: MT lower-cases the word of a name it reads as an adjective; the reader
    takes the name for a description, and the text spells it two ways.
    Fix safety: unsafe; the fix writes the second word as the name does.
    Known false positives: a capitalised common noun before an adjective that is also a name
    of the text ("o Governo federal" beside "o Governo Federal": an inconsistency all the
    same). English (MT312, MT322) and German (every noun is capitalised) are not served; a
    name at a sentence opening proves nothing and is not taken.
    """
    examples = (
        Example(
            "Os líderes da Revolução Islâmica falaram e a Revolução Islâmica e os ideais da"
            " Revolução islâmica foram lembrados.",
            "Os líderes da Revolução Islâmica falaram e a Revolução Islâmica e os ideais da"
            " Revolução Islâmica foram lembrados.",
            "pt",
        ),
        good("A Revolução islâmica começou em 1979 e a revolução durou meses.", "pt"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        table = casing_data(code)
        chunks = unique_chunks(document)
        small = table.function_words | table.stop_words
        # Words the text writes both ways, as whole chunks (set operations in C).
        capital = set(filter(str.istitle, chunks))
        both = {
            word
            for word in capital
            if len(word) >= 4 and word.isalpha() and (lower := table.lower(word)) in chunks
            if lower not in small
        }
        if not both:
            return
        text = document.text
        body = trie_pattern({w for word in both for w in (word, table.lower(word))})
        pattern = re.compile(
            f"(?<=[a-zß-ÿā-ž,] )([{UPPER_CLASS}][^\\W\\d_]+) ({body})(?![\\w'’\\-])"
        )
        named: dict[tuple[str, str], int] = {}
        lowered: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for match in pattern.finditer(text):
            before = text[match.start() - 2]
            if not (before.islower() or before == ","):
                continue  # a sentence or a name opens before: no evidence either way
            first, second = match.group(1), match.group(2)
            if second[:1].isupper():
                named[first, second] = named.get((first, second), 0) + 1
            else:
                lowered.setdefault((first, table.capitalise(second)), []).append(match.span(2))
        yield from self._findings(document, named, lowered)

    def _findings(
        self,
        document: Document,
        named: dict[tuple[str, str], int],
        lowered: dict[tuple[str, str], list[tuple[int, int]]],
    ) -> Iterator[Finding]:
        skip = LayoutSkip(document)
        for (first, second), spans in sorted(lowered.items()):
            uses = named.get((first, second), 0)
            if uses < _NAME_USES or len(spans) > uses:
                continue
            for start, end in spans:
                if skip(start, end):
                    continue
                yield self.finding(
                    start,
                    end,
                    f"'{document.text[start:end]}' is part of the name '{first} {second}' the "
                    "text writes capitalised",
                    fixes=[_write(start, end, second)],
                    confidence=0.65,
                )


# Capitalised uses of a two-word name mid-sentence that make it the text's name.
_NAME_USES = 2
