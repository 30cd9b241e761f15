"""Language: a short line left in another language (MT511): a page's button, caption or label
that machine translation passed over ("Descargar en PDF" under an English article, "Quay lên
trên" at the foot of a translated Vietnamese page, "Sonraki Cevap:" in a translated quiz)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingdata import casing_data, casing_languages
from mtlint.checks.documents.base import Document
from mtlint.checks.foreignwords import fragments_table, source_zipf
from mtlint.checks.langdata import load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import language_data, looks_technical
from mtlint.checks.wordlists import zipf

# A line of two to seven words: longer ones are sentences (MT502's), one word is MT504's.
_MIN_WORDS, _MAX_WORDS = 2, 7
_SENTENCE_WORDS = 5
_SHORT = 70
_SHORT_LINE = re.compile(r"\n([^\n]{4,70}+)(?=\n|\Z)")
_WORD = re.compile(r"[^\W\d_]+")
# "Okunma Sayısı : 748": a label and its count.
_COUNT = re.compile(r":\s*\d")
# The label that opens a longer line: up to four words and a colon, then more text.
_LABEL_LINE = re.compile(r"([^\W\d_][^\W\d_ ]*+(?: [^\W\d_]++){1,3}):[ \t]+\S")
# A word of the line is the other language's when that language knows it this well and this
# many Zipf points better than the text's own (wordfreq).
_THEIRS = 3.0
_MARGIN = 1.5
# ... and one word at least is common there.
_STRONG = 4.0
# A word this common in the text's own language ends the search at once.
_OWN_COMMON = 5.0


@lru_cache(maxsize=1)
def _table() -> dict:
    return resource_json("language", "lines.json")


@lru_cache(maxsize=1)
def _credit_words() -> frozenset[str]:
    """Credit and byline words of every language (MT503's lines: "Fuente: EFE")."""
    table = fragments_table()
    words = {w for entry in table.get("byline_words", {}).values() for w in entry}
    words |= {w for entry in table.get("standalone_credits", {}).values() for w in entry}
    return frozenset(words | {"photo", "foto", "source", "quelle", "fonte", "fuente", "by"})


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    """Page labels of every language (MT509's lines: "Read more", "Leia também")."""
    table = resource_json("residue", "residue.json")
    return frozenset(
        label
        for entry in table.values()
        if isinstance(entry, dict)
        for label in entry.get("labels", ())
    )


def _latin_languages() -> Iterator[str]:
    """The languages with casing tables written in Latin letters alone."""
    cyrillic = frozenset(_table()["not_latin"])
    for code in casing_languages():
        if code not in cyrillic and load_language_data(code).scripts == frozenset({"Latin"}):
            yield code


def _lines(text: str) -> Iterator[tuple[int, int, bool]]:
    """Each short line (start, end, whether it is a label), or the label that opens it when
    more text follows ("Sonraki Cevap: When was the club founded?"). The pattern opens on a
    literal line break and never backtracks: the scan skips from line start to line start."""
    first = text.find("\n")
    head = text if first == -1 else text[:first]
    spans = [(0, len(head))] if 4 <= len(head) <= _SHORT else []
    spans += [match.span(1) for match in _SHORT_LINE.finditer(text)]
    for start, end in spans:
        line = text[start:end]
        kept = line.strip()
        if len(kept) < 4:
            continue
        start += line.find(kept[0])
        end = start + len(kept)
        label = _LABEL_LINE.match(kept) if ":" in kept[:-1] else None
        if label is not None and not _COUNT.search(kept):
            yield start + label.start(1), start + label.end(1), True
        else:
            yield start, end, kept.endswith(":") or bool(_COUNT.search(kept))


def _sentence(line: str, words: list[str]) -> bool:
    """A whole sentence on its line is MT502's ("L'inizio del programma è stato alle 20:30.")."""
    return len(words) >= _SENTENCE_WORDS and line.rstrip()[-1:] in ".!?"


def _acronym(word: str) -> bool:
    return word.isupper() and len(word) <= 5


def _candidates(line: str, code: str) -> list[str]:
    """The languages to read ``line`` in: those whose own letters it holds first, then the
    usual sources, never the text's own."""
    table = _table()
    marked = [lang for lang, letters in table["letters"].items() if any(c in line for c in letters)]
    rest = [lang for lang in table["sources"] if lang not in marked]
    return [lang for lang in marked + rest if lang != code]


def _reads_as(words: list[str], lowered: list[str], code: str, line: str) -> str | None:
    """The one language every word of the line belongs to, far more than to ``code``."""
    own = [zipf(w, code) for w in lowered]
    marked_letters = _table()["letters"]
    for language in _candidates(line, code):
        theirs = [source_zipf(w, language) for w in lowered]
        if max(theirs) < _STRONG:
            continue
        marked = any(c in line for c in marked_letters.get(language, ""))
        unknown = 0
        for mine, their in zip(own, theirs, strict=True):
            if their >= _THEIRS and their - mine >= _MARGIN:
                continue
            if marked and their == 0.0 and mine < 1.5:
                unknown += 1
                continue
            break
        else:
            if unknown <= 1:
                return language
    return None


# An English word the text's language knows this well is a loan it writes by choice.
_LOAN_ZIPF = 2.0


def _english_loan(language: str, code: str, lowered: list[str]) -> bool:
    """An English label a German, Dutch or Italian page keeps on purpose ("Coming soon")."""
    return (
        language == "en"
        and code in _table()["english_loans"]
        and all(zipf(w, code) >= _LOAN_ZIPF for w in lowered)
    )


@register
class ForeignLine(Rule):
    code = "MT511"
    name = "foreign-line"
    summary = "A short line left in another language ('Descargar en PDF' under an English text)."
    severity = Severity.WARNING
    languages = frozenset(_latin_languages())
    doc = """
    What it finds: a line of its own of two to seven words, every one of them common in one
    other language (wordfreq, Zipf 3 and 1.5 points above the text's own) and one at least
    very common there (Zipf 4), in a text of a Latin-script language: a page's button, a
    caption, a quiz's "next answer" left as the source page had it ("Descargar en PDF" under
    an English article, "Quay lên trên" — back to top — at the foot of a page translated from
    Vietnamese, "Sonraki Cevap:" in a translated Turkish quiz). A line holding letters that
    name its language (Turkish ı ş ğ, Vietnamese ơ ư ạ …: resources/language/lines.json) may
    keep one word no list knows ("Okunma Sayısı: 748").
    Why it matters: MT translates the article's sentences and leaves the page's furniture as
    it was; the line is too short for language identification (MT502) and its words are each
    unknown to the text's spell checker only.
    Fix safety: none automatic (it has to be translated or removed; a display-only hint).
    Known false positives: a name on a line of its own: quiet when every word is capitalised
    (unless the line is a label ending on a colon) or its only lower-case words join a name
    ("Plaza de Mayo"); a motto or title kept on purpose in its language. English lines in
    German, Dutch and Italian text are left alone when that language knows every word of them
    ("Coming soon", "Call for papers": lines.json 'english_loans'), so an untranslated
    English label there is missed. Page labels and
    credit lines are MT509's and MT503's; translators' files keep their own rules (MT705).
    """
    examples = (
        Example(*["Prices rose sharply in March.\nDescargar en PDF\nThe bank said."] * 2),
        Example(*["The mayor cut the ribbon.\nQuay lên trên"] * 2),
        Example(*["How many titles has the club won?\nSonraki Cevap:\nWhen was it founded?"] * 2),
        good("The mayor cut the ribbon.\nRecep Tayyip Erdoğan\nThe crowd cheered."),
        good("The march ended.\nPlaza de Mayo\nThe crowd went home."),
        good("The team won.\nPrices Rise Sharply\nThe bank said."),
        good("Il governo ha approvato il piano.\nRead more\nIl ministro ha parlato.", "it"),
        good("El gobierno anunció nuevas medidas.\nFonte: Agência Brasil", "es"),
        good("Unser neues Produkt.\nComing soon\nWir freuen uns.", "de"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.source_text or document.units:
            return
        code = language_data(document).code
        own = casing_data(code)
        own_words = own.stop_words | own.function_words
        particles = frozenset(_table()["particles"])
        text = document.text
        for start, end, label in _lines(text):
            line = text[start:end]
            words = [w for w in _WORD.findall(line) if not _acronym(w)]
            if not _MIN_WORDS <= len(words) <= _MAX_WORDS or _sentence(line, words):
                continue
            lowered = [w.lower() for w in words]
            if any(w in own_words for w in lowered):
                continue
            # A name, unless it is a label ("Sonraki Cevap:"): a lower-case word that joins no
            # name's parts.
            if not label and not any(w[0].islower() and w not in particles for w in words):
                continue
            if any(zipf(w, code) >= _OWN_COMMON for w in lowered):
                continue
            if _credit_words() & set(lowered) or line.lower().rstrip(" :") in _labels():
                continue
            if looks_technical(text, start, end):
                continue
            language = _reads_as(words, lowered, code, line)
            if language is None or _english_loan(language, code, lowered):
                continue
            yield self.finding(
                start,
                end,
                f"'{line}' reads as {language}, not {code}: a line left untranslated?",
                fixes=[Fix((Edit(start, end, line),), Applicability.DISPLAY_ONLY, "translate it")],
                confidence=0.6,
                data=(("source_language", language),),
            )
