"""Acronyms written in title case: "Bbc", "Nato" beside the text's own "NATO" (MT307; issue
11, entity case).

The candidates come from the document's distinct chunks and the gazetteer's acronyms, so a text
without the shape costs almost nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingdata import casing_data, casing_languages
from mtlint.checks.casingextra import entity_case_data
from mtlint.checks.casingscan import LayoutSkip, next_word, previous_word
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.namecase import english_acronyms, more_often, title_name
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import find_words, language_data, unique_chunks
from mtlint.checks.wordlists import zipf

_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=16)
def _initialisms(code: str) -> dict[str, str]:
    """Title-case form → the acronym, for the gazetteer's acronyms read letter by letter (BBC,
    UN, OECD-like shapes: three letters at most, or no vowel after the first): their title-case
    form ("Bbc", "Un") is broken. Acronyms read as words ("Nato", "Unesco") may be written so."""
    found = {}
    for key, written in local_names(code, include_ambiguous=True).items():
        if not (written.isupper() and written.isalpha() and 2 <= len(written) <= 6):
            continue
        if len(written) <= 3 or not _VOWELS & set(key[1:]):
            found[written.capitalize()] = written
    return found


# What may follow an acronym in running text (not "(" or ":" of code).
_AFTER_WORD = frozenset(" ,;.!?\n'’\"”)") | {""}
_PUNCTUATION = "\"'“”‘’()[],.;:!?…"
# At or above this Zipf frequency the title-case form may be a word ("Its", "Was").
_ACRONYM_WORD_ZIPF = 3.5


def _document_acronyms(chunks: frozenset[str], code: str) -> dict[str, str]:
    """Title-case forms of the acronyms the document writes in capitals ("SDF" … "Sdf", "NATO"
    … "Nato"), where the title-case form is no common word of the language ("Its", "Was"),
    unless the gazetteer knows the letters as a name ("nato", Spanish "otan"; a given name the
    cased dictionary knows, "Ira", "Eva", "Ana", "Isis", is no acronym). Only the
    all-capital chunks are stripped (a C-level filter picks them). Lower-case forms are not
    taken: wordfreq knows "pkk" as well as "json", and technical text writes its formats both
    ways; the gazetteer's lower-case forms are MT303's."""
    found: dict[str, str] = {}
    names = local_names(code, include_ambiguous=True)
    for chunk in filter(str.isupper, chunks):
        acronym = chunk.strip(_PUNCTUATION)
        if not (acronym.isalpha() and 2 <= len(acronym) <= 6 and acronym.isupper()):
            continue
        lower = acronym.lower()
        if zipf(lower, code) >= _ACRONYM_WORD_ZIPF and not _known_acronym(acronym, names):
            continue  # "who", "it" are words; "Ira", "Eva" given names
        if title_name(acronym, code) is not None:
            continue  # "DAKAR" for Dakar: a name in capitals (MT334's)
        found[acronym.capitalize()] = acronym
    return found


def _known_acronym(acronym: str, names: dict[str, str]) -> bool:
    """The gazetteer knows the letters as a name (NATO; "Otan", "Onu" where the language's
    house style writes acronyms so) or English writes them in capitals; a name the cased
    dictionary merely knows ("ira", "eva") is a given name as often as an acronym (IRA, EVA)."""
    return acronym.lower() in names or acronym in english_acronyms()


def _in_running_text(text: str, spans: list[tuple[int, int]]) -> bool:
    """One of the spans stands beside a word with a lower-case letter and beside no other word
    in capitals (no all-capital headline or shouted phrase, "the CANTON FAIR", whose every word
    looks like an acronym)."""
    for start, end in spans:
        around = (previous_word(text, start - 1), next_word(text, end))
        if any(map(_has_lower, around)) and not any(len(w) > 1 and w.isupper() for w in around):
            return True
    return False


def _has_lower(word: str) -> bool:
    return any(c.islower() for c in word)


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \"'“„«(")
    return not before or before[-1] in ".!?:\n"


def _write(start: int, end: int, written: str) -> Fix:
    return Fix((Edit(start, end, written),), Applicability.UNSAFE, f"write '{written}'")


@register
class AcronymInTitleCase(Rule):
    code = "MT307"
    name = "acronym-title-case"
    summary = "An initialism written like a word ('Bbc News', 'the Un Security Council')."
    languages = casing_languages()
    doc = """
    What it finds: in English and German (initialisms_in_capitals in resources/casing/entity),
    an acronym of the gazetteer that is read letter by letter (BBC, UN, CNN,
    IMF: three letters, or no vowel after the first) written in title case: "Bbc", "Un
    Security Council", "Imf".
    Why it matters: MT and title-casing filters lower-case every letter but the first; readers
    take the acronym for a typo.
    In any language, an acronym the document itself writes in capitals in running text ("SDF",
    "NATO", "ООН") found in title case ("Sdf", "Nato", "Оон"), where that form is no common word
    of the language (not "Its", "Was"; not a given name the word list knows, "Ira", "Eva",
    "Ana", "Isis") unless the gazetteer knows it as a name (NATO, Spanish "Otan"; then not
    where a sentence opens: Italian "Nato a Roma").
    Fix safety: unsafe; the fix writes the acronym in capitals. Confidence is higher when the
    document writes the acronym in capitals elsewhere.
    Known false positives: acronyms pronounced as words ("Nato", "Unesco", "Fifa": house style
    in British news) are flagged only where the same text writes them in capitals too (beside
    a word in lower case: no all-capital headline); a text that mixes two house styles on
    purpose is flagged. Never a form after a capitalised word other than an article (a name:
    "Kim Jong Un"), nor one before "(" or ":" (an identifier in code: "class Cls:"); a
    foreign word of the same letters (French "Un") is
    flagged only before a capitalised word or where the document also writes the acronym; a
    rare given name that is also an acronym of the document and no common word ("Ida" beside
    IDA) is still flagged.
    """
    examples = (
        Example("He told Bbc News that the plan failed.", "He told BBC News that the plan failed."),
        Example("The Un Security Council met on Friday.", "The UN Security Council met on Friday."),
        good("Nato and Unesco officials met; the BBC and the UN reported it."),
        good("He ordered un peu de vin at the bar."),
        good("He met the North Korean leader Kim Jong Un in Vladivostok."),
        good("The CLS value is read from a class:\n\n    class Cls:\n        x = Cls()"),
        Example(
            "The SDF said on Monday that the Sdf would withdraw.",
            "The SDF said on Monday that the SDF would withdraw.",
        ),
        good("The TOML file is read by `toml` and config.toml holds it."),
        Example(
            "La OTAN anunció el lunes que la Otan enviará más tropas.",
            "La OTAN anunció el lunes que la OTAN enviará más tropas.",
            "es",
        ),
        good("La NATO ha detto che invierà truppe. Nato a Roma, il generale parlò.", "it"),
        good("NATO WARNS RUSSIA OVER UKRAINE\n\nThe Nato summit ended on Monday."),
        good("He kept money in an IRA, and the radio host Ira Mendel talked about it."),
        good("ISIS fighters fled. The museum shows a statue of the goddess Isis."),
        good("We flew with ANA to Osaka, and my cousin Ana met us at the gate."),
        good("The EVA crew trained for weeks, and the actress Eva Lindqvist visited them."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        chunks = unique_chunks(document)
        known = _initialisms(code) if entity_case_data(code).initialisms_in_capitals else {}
        forms = {**known, **_document_acronyms(chunks, code)}
        if not forms:
            return
        wanted = {
            token
            for chunk in filter(str.istitle, chunks)
            if (token := chunk.strip(_PUNCTUATION)) in forms and token != forms[token]
        }
        if not wanted:
            return
        text = document.text
        acronyms = {forms[token] for token in wanted}
        in_text = find_words(text, acronyms)
        written = {a for a in acronyms if a in in_text and _in_running_text(text, in_text[a])}
        for token, spans in sorted(find_words(text, wanted).items()):
            acronym = forms[token]
            if token not in known and acronym not in written:
                continue  # only in a headline in capitals: every word there looks like one
            if token not in known and more_often(text, token, acronym):
                continue  # the document's own spelling is the title case ("Kef", MT334's)
            yield from self._spans(document, token, acronym, spans, acronym in written)

    def _spans(
        self,
        document: Document,
        token: str,
        acronym: str,
        spans: list[tuple[int, int]],
        written_elsewhere: bool,
    ) -> Iterator[Finding]:
        text = document.text
        code = language_data(document).code
        table = casing_data(code)
        skip = LayoutSkip(document)
        word_too = zipf(token.lower(), code) >= _ACRONYM_WORD_ZIPF
        for start, end in spans:
            following = next_word(text, end)
            if len(token) == 2 and not (written_elsewhere or following[:1].isupper()):
                continue  # "Un peu": a word of another language
            if word_too and _sentence_start(text, start):
                continue  # Italian "Nato a Roma": the word, capitalised as a sentence opens
            if skip(start, end) or text[end : end + 1] not in _AFTER_WORD:
                continue  # a headline; "class Cls:", "Cls()": an identifier in code
            # "Kim Jong Un": after a capitalised word other than an article, part of a name.
            before = previous_word(text, start - 1)
            if before[:1].isupper() and table.lower(before) not in table.function_words:
                continue
            yield self.finding(
                start,
                end,
                f"'{token}' is the acronym {acronym} in title case",
                fixes=[
                    Fix((Edit(start, end, acronym),), Applicability.UNSAFE, f"write '{acronym}'")
                ],
                confidence=0.8 if written_elsewhere else 0.7,
            )
