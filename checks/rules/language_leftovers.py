"""Language: small pieces of the source language's grammar and conventions left in a sentence
of the text's own: another language's month or weekday mid-sentence ("en March del próximo
año", MT512), an English era mark after a year ("en 351 CE", MT513) and an English genitive
's after a name in a language that writes none ("il discorso di Biden's", MT514)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.calendarnames import own_calendar_name
from mtlint.checks.casingdata import casing_data
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import every_language_words
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import base_language, find_words, looks_technical, unique_chunks
from mtlint.checks.wordlists import zipf


@lru_cache(maxsize=1)
def _table() -> dict:
    return resource_json("language", "leftovers.json")


@lru_cache(maxsize=1)
def _calendar() -> dict:
    return resource_json("language", "calendar.json")


def _calendar_languages() -> frozenset[str]:
    return frozenset(code for code in _calendar() if code != "en")


# A month or weekday of another language this common in the text's own is one of its words.
_OWN_NAME_ZIPF = 4.0


@lru_cache(maxsize=32)
def _foreign_names(code: str) -> frozenset[str]:
    """The other languages' capitalised month and weekday names that ``code`` does not write
    and hardly uses."""
    table = _calendar()
    # Names that are names or words too ("May", "June", "August" are people; Mars a planet,
    # Mayo a clinic and a county): every language table's ambiguous_month_names.
    ambiguous = every_language_words("ambiguous_month_names")
    own = {
        name.lower()
        for kind in table.get(code, {}).values()
        for context in kind
        for name in context
    }
    latin = all(name[0] < "\u0370" for kind in table.get(code, {}).values() for name in kind[0])
    names = set()
    for other, kinds in table.items():
        if other == code:
            continue
        for contexts in kinds.values():
            for context in contexts:
                for name in context:
                    lowered = name.lower()
                    if lowered in own or lowered in ambiguous or len(name) < 4:
                        continue
                    if not name.isalpha() or own_calendar_name(name, code) is None:
                        continue
                    # Another script's names are MT501's.
                    if (name[0] < "\u0370") != latin:
                        continue
                    names.add(name[0].upper() + name[1:])
    return frozenset(n for n in names if zipf(n, code) < _OWN_NAME_ZIPF)


_TRAILING = ("", ",", ".", ";", ":", ")", "!", "?")


def _names_in(names: frozenset[str], chunks: frozenset[str]) -> list[str]:
    """The names the text holds as a chunk of its own, or with a mark after: a screen that
    asks the document's distinct chunks, never its text."""
    return [n for n in names if any(n + mark in chunks for mark in _TRAILING)]


_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def _words_before(words: list[str]) -> re.Pattern[str] | None:
    """One of ``words`` (or phrases) right before the end of a lower-cased stretch of text."""
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})[ \u00a0]+$")


@lru_cache(maxsize=32)
def _date_words(code: str) -> re.Pattern[str] | None:
    """The words that introduce a date in ``code`` ("en", "entro il prossimo", "bis")."""
    return _words_before(_table()["date_words"].get(code, []))


_WORD_AFTER = re.compile(r" ([^\W\d_]+)")


def _named_elsewhere(
    text: str, spans: list[tuple[int, int]], own_words: frozenset[str], dates: frozenset[str]
) -> bool:
    """The text writes the name beside a capitalised word of its own ("Ernesto Sabato",
    "Juan March"): a person's or firm's name, not a date."""
    for start, end in spans:
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        after = _WORD_AFTER.match(text, end)
        for found in (before, after):
            word = found.group(1) if found is not None else ""
            if word[:1].isupper() and word not in dates and word.lower() not in own_words:
                return True
    return False


@register
class ForeignCalendarName(Rule):
    code = "MT512"
    name = "foreign-month-name"
    summary = "Another language's month or weekday mid-sentence ('en March del próximo año')."
    severity = Severity.WARNING
    languages = _calendar_languages()
    doc = """
    What it finds: a month or weekday name of another language (CLDR, resources/language/
    calendar.json) capitalised inside a sentence of the text's own, right after one of its
    words that introduce a date (resources/language/leftovers.json 'date_words': "en",
    "entro il prossimo", "bis") and before no capitalised word: "terminado en March del
    próximo año", "entro il prossimo January", "bis nächsten Tuesday".
    Why it matters: MT leaves a source-language date word it read as a name; a reader of the
    text's language sees an English word in the middle of a sentence.
    Fix safety: unsafe: the text's own name for the month or day ("marzo"), written as the
    language writes it mid-sentence (the table's stand-alone form).
    Known false positives: a surname that is also a month or weekday of another language
    after a date word ("il Domingo" of a tenor the text never names in full): a name the text
    also writes beside a capitalised word ("Ernesto Sabato", "Juan March") stays quiet, as do
    names after a word that introduces no date ("il tenore Domingo", "la novela de Sabato"),
    names followed by a capitalised word, "May", "June" and "August" (names and words too) and
    any name the text's language uses commonly (wordfreq Zipf 4). A language without a list
    of date words is left alone. Dates between numbers are MT503's.
    """
    examples = (
        Example(
            "El ministro dijo que estará terminado en March del próximo año.",
            "El ministro dijo que estará terminado en marzo del próximo año.",
            "es",
        ),
        Example(
            "Il progetto sarà pronto entro il prossimo January, ha detto il ministro.",
            "Il progetto sarà pronto entro il prossimo gennaio, ha detto il ministro.",
            "it",
        ),
        good("Il ministro ha parlato con January Jones a Roma.", "it"),
        good("La cantante ha incontrato di nuovo la stampa.", "it"),
        good("Ha cantato il tenore Domingo all'Arena, poi è partito.", "it"),
        good("Leí la novela de Sabato durante el verano.", "es"),
        good("Il concerto della cantante Avril è stato rinviato.", "it"),
        good("Mario Sabato scrive romanzi. Il libro di Sabato esce nel mese di luglio.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = base_language(document)
        present = _names_in(_foreign_names(code), unique_chunks(document))
        if not present:
            return
        dates = _date_words(code)
        if dates is None:
            return
        own = casing_data(code)
        own_words = own.stop_words | own.function_words
        text = document.text
        for name, spans in find_words(text, present).items():
            if _named_elsewhere(text, spans, own_words, _foreign_names(code)):
                continue
            for start, end in spans:
                yield from self._judge(text, start, end, name, code, dates)

    def _judge(
        self, text: str, start: int, end: int, name: str, code: str, dates: re.Pattern[str]
    ) -> Iterator[Finding]:
        before = dates.search(text[max(0, start - 40) : start].lower())
        if before is None:
            return
        # "Plaza de Mayo": a capitalised word before the date word makes a name.
        cut = start - (len(text[max(0, start - 40) : start]) - before.start())
        earlier = text[max(0, cut - 40) : cut].rstrip().rsplit(" ", 1)
        if earlier[-1][:1].isupper() and earlier[-1].lower() not in _table()["date_words"].get(
            code, ()
        ):
            return
        if text[end : end + 2].strip()[:1].isupper() or looks_technical(text, start, end):
            return
        replacement = own_calendar_name(name, code)
        if replacement is None:
            return
        yield self.finding(
            start,
            end,
            f"'{name}' is a month or weekday of another language: '{replacement}' in {code}",
            fixes=[Fix((Edit(start, end, replacement),), Applicability.UNSAFE)],
            confidence=0.7,
        )


_ERA = re.compile(
    r"(?<![/\d.°])(?<!n\. )(\d{1,4})([ \u00a0])(BCE|CE|BC|AD|B\.C\.(?:E\.)?|A\.D\.)"
    r"(?![\w])(?!\.\w)"
)
_BEFORE_ERA = frozenset({"BCE", "BC", "B.C.", "B.C.E."})
# "CE" and "AD" are abbreviations of many languages too (a constitution, a club, a manager).
_AMBIGUOUS_ERA = frozenset({"CE", "AD"})
_RANGE_BEFORE = re.compile(r"\d+[ \u00a0]*[–-][ \u00a0]*$")
_LAST_WORDS = re.compile(r"[^\W\d_]+")
# A year this early with a mark that is also one of the language's abbreviations.
_EARLY_YEAR = 1000


@lru_cache(maxsize=32)
def _era_time_words(code: str) -> re.Pattern[str] | None:
    return _words_before(_table()["era_context"]["time_words"].get(code, []))


def _era_context(text: str, start: int, code: str) -> tuple[bool, bool]:
    """(a word of time right before the year, an article or regulation before it)."""
    before = text[max(0, start - 40) : start]
    ranged = _RANGE_BEFORE.search(before)  # "tra il 300–351 CE": the words before the range
    if ranged is not None:
        before = before[: ranged.start()]
    legal = frozenset(_table()["era_context"]["legal_words"])
    last = [w.lower() for w in _LAST_WORDS.findall(before[-16:])][-1:]
    times = _era_time_words(code)
    return times is not None and times.search(before.lower()) is not None, any(
        w in legal for w in last
    )


_ERA_MARKS = ("CE", "BCE", "AD", "BC", "A.D", "B.C", "B.C.E")


@register
class EnglishEraMark(Rule):
    code = "MT513"
    name = "english-era-mark"
    summary = "An English era mark after a year in another language ('en 351 CE')."
    severity = Severity.WARNING
    languages = frozenset(_table()["era_marks"])
    doc = """
    What it finds: a year followed by an English era mark — CE, BCE, AD, BC — in a text
    whose language writes its own (French "apr. J.-C.", Italian "d.C.", German "n. Chr.",
    Russian "н. э.": resources/language/leftovers.json): "la bataille de 351 CE", "nel 44 BC".
    Why it matters: MT copies the source's era mark as if it were a name; a reader of the
    target language expects the language's own abbreviation.
    Fix safety: unsafe: the language's own mark for the same era.
    Known false positives: "AD" or "CE" as an abbreviation of the text's own after a number
    ("2020 AD di Eni": an Italian managing director; "1234/2007 CE" an EU regulation; "art.
    24 CE" the Spanish constitution; "2 AD Alcorcón" a club). Quiet: a mark followed by a
    preposition of a genitive or by a capitalised word, a number after a slash, "n." or an
    article or regulation word (leftovers.json 'era_context'), and "CE"/"AD" unless a word of
    time stands before the year ("en", "nel") or the text also writes BC; where "CE" or "AD"
    is an abbreviation of the language itself, only a year before 1000 is taken. Left: such
    an abbreviation after an early year and a word of time ("nel 950 AD" of a manager).
    """
    examples = (
        Example(
            "La bataille eut lieu en 351 CE entre les deux armées.",
            "La bataille eut lieu en 351 apr. J.-C. entre les deux armées.",
            "fr",
        ),
        Example(
            "La città fu fondata nel 44 BC dai romani.",
            "La città fu fondata nel 44 a.C. dai romani.",
            "it",
        ),
        good("Il regolamento n. 1234 CE è stato abrogato.", "it"),
        good("Nel 2020 AD di Eni è stato nominato Claudio Descalzi.", "it"),
        good("Según el artículo 24 CE, todos tienen derecho a un juez.", "es"),
        good("El tribunal aplicó el art. 24 CE y el art. 117 CE.", "es"),
        good("El Real Oviedo 2 AD Alcorcón 1 en el Tartiere.", "es"),
        good("El Girona 1 CE Sabadell 0 al final del partit.", "ca"),
        good("Rossi è stato nominato nel 2016 AD e direttore generale.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = base_language(document)
        marks = _table()["era_marks"].get(code)
        chunks = unique_chunks(document)
        if not marks or not any(
            mark + after in chunks for mark in _ERA_MARKS for after in _TRAILING
        ):
            return
        genitive = frozenset(_table()["possessive_languages"].get(code, ())) | {"di", "de", "of"}
        own_marks = frozenset(_table()["era_context"]["own_abbreviations"].get(code, ()))
        text = document.text
        matches = list(_ERA.finditer(text))
        before_era = any(m.group(3) in _BEFORE_ERA for m in matches)
        for match in matches:
            after = text[match.end() : match.end() + 12].split()
            if after and after[0].lower().strip(",.;:") in genitive:
                continue
            # "AD Alcorcón", "CE Sabadell": a club's name, not an era.
            if text[match.end() : match.end() + 2].strip()[:1].isupper():
                continue
            mark = match.group(3)
            timed, legal = _era_context(text, match.start(), code)
            if legal:
                continue
            if mark in _AMBIGUOUS_ERA and not before_era:
                if not timed:
                    continue
                if mark in own_marks and int(match.group(1)) >= _EARLY_YEAR:
                    continue
            start, end = match.span(3)
            own = marks[1] if mark in _BEFORE_ERA else marks[0]
            yield self.finding(
                start,
                end,
                f"'{mark}' is English's era mark: {code} writes '{own}'",
                fixes=[Fix((Edit(start, end, own),), Applicability.UNSAFE)],
                confidence=0.7,
            )


# The genitive ending, found by its apostrophe; the name before it is read backwards.
_ENDING = re.compile(r"(?<=\w)( ?['’]s)(?![\w'’])")
_NAME_BEFORE = re.compile(r"(?<![\w.\-])([A-ZÀ-ÞĀ-Ž][\w.\-]*[^\W_])$")
_VOWELS = frozenset("aeiouàèéíïòóúü")
# The name with its 's this common in the text's language is a brand ("McDonald's").
_BRAND_ZIPF = 1.0


@register
class EnglishPossessive(Rule):
    code = "MT514"
    name = "english-possessive"
    summary = "An English genitive 's after a name in a language without one ('di Biden's')."
    severity = Severity.WARNING
    languages = frozenset(_table()["possessive_languages"])
    doc = """
    What it finds: a name followed by the English genitive 's in a text whose language
    writes none (Italian, Portuguese, Spanish, French, Catalan, Romanian, Polish), when the
    text shows it is a possessive: the possessive doubled by the language's own ("di
    Biden's", "do governo dos Estados Unidos's"), a spaced 's that no spelling has ("Estados
    Unidos 's Plain Language"), or the name standing without it elsewhere in the text.
    Why it matters: MT carries the source's genitive over to a language that marks it with a
    preposition; the reader sees an English ending on a name.
    Fix safety: unsafe: the name without 's after a preposition of the genitive ("di
    Biden"); otherwise display-only (the phrase has to be reordered: "il discorso di Biden").
    Known false positives: brands and shop names with 's ("McDonald's", "Moody's", "Christie's"
    stay quiet: the text's language knows the whole word, wordfreq Zipf 1), as do English
    titles ("Arthur Godfrey 's Talent Scouts": a capital after the 's, and a name no more
    common in the text's language than in English); a name with 's of a place or shop the
    language does not know and the text never writes bare. In Catalan an 's after a vowel is
    left alone ("Renti's les mans", "Assegui's": the elided pronoun after a formal imperative;
    leftovers.json 'vowel_clitic_languages'), so "d'Obama's" is missed there.
    """
    examples = (
        Example(
            "Il discorso di Biden's è stato trasmesso in diretta.",
            "Il discorso di Biden è stato trasmesso in diretta.",
            "it",
        ),
        Example(*["O relatório do Reino Unido 's Food Standards grupo foi publicado."] * 2, "pt"),
        good("Renti's les mans abans de dinar. Renti bé la fruita.", "ca"),
        good("Abriu um novo McDonald's no centro da cidade.", "pt"),
        good("A agência Moody's rebaixou a nota do país.", "pt"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = base_language(document)
        genitive = _table()["possessive_languages"].get(code)
        text = document.text
        if genitive is None or ("'s" not in text and "’s" not in text):
            return
        chunks = unique_chunks(document)
        # Catalan "Renti's les mans": the elided pronoun after a vowel-final verb.
        clitic = code in _table()["vowel_clitic_languages"]
        for match in _ENDING.finditer(text):
            if clitic and text[match.start() - 1] in _VOWELS:
                continue
            found = _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if found is None:
                continue
            name, ending = found.group(1), match.group(1)
            start, end = found.start(), match.end()
            shown = text[start:end]
            if zipf((name + "'s").lower(), code) >= _BRAND_ZIPF or looks_technical(
                text, start, end
            ):
                continue
            before = _WORD_BEFORE.search(text, max(0, start - 30), start)
            doubled = before is not None and before.group(1).lower() in genitive
            bare = any(name + mark in chunks for mark in _TRAILING)
            if not (doubled or ending.startswith(" ") or bare):
                continue
            # "Arthur Godfrey's Talent Scouts": a capital after the 's opens an English title,
            # unless the name is a word of the text's own ("Estados Unidos 's Plain Language").
            last = name.lower()
            if text[end : end + 2].strip()[:1].isupper() and zipf(last, code) <= zipf(last, "en"):
                continue
            cut_start, cut_end = match.span(1)
            fix = (
                Fix((Edit(cut_start, cut_end, ""),), Applicability.UNSAFE, f"'{name}'")
                if doubled
                else Fix(
                    (Edit(start, end, shown),),
                    Applicability.DISPLAY_ONLY,
                    "reword as a genitive of the language",
                )
            )
            yield self.finding(
                start,
                end,
                f"'{shown}': English's genitive 's; {code} writes none",
                fixes=[fix],
                confidence=0.7 if doubled or ending.startswith(" ") else 0.6,
            )


# The English word is the text language's much less (wordfreq Zipf points) ...
_CLASSIFIER_MARGIN = 1.0
# ... and the name beside it less common in English than the word by this much ("Wu" beside
# "Kingdom"; not "Manchester" beside "United").
_NAME_MARGIN = 0.5


@lru_cache(maxsize=32)
def _club_words(code: str) -> frozenset[str]:
    return frozenset(_table()["club_words"].get(code, ()))


_NAME_AFTER = re.compile(r" ([A-Z][^\W\d_]+)\b")
_NAME_END = re.compile(r"(?<![\w-])([A-Z][^\W\d_]+) $")


@register
class EnglishNamePart(Rule):
    code = "MT515"
    name = "english-name-part"
    summary = "An English word left in a name ('o antigo Later Zhao', 'Luogo: Wu Kingdom')."
    severity = Severity.WARNING
    languages = frozenset(_table()["era_marks"]) - {"ru", "uk"}
    doc = """
    What it finds: an English word that makes a name of a polity, era or place — "Early",
    "Later", "Northern" before it, "Kingdom", "Empire", "Dynasty", "County", "Province" after
    it (resources/language/leftovers.json) — left beside a name in a text of another language,
    when the text shows the name on its own elsewhere: "o antigo Later Zhao" beside "Zhao
    Posterior", "Wu Kingdom" beside "Regno di Wu", "Wei County" in a Spanish list of counties.
    Why it matters: MT translates the sentence and keeps a name it read as one unit, English
    classifier and all; the reader of the target language meets an English word in the name.
    Fix safety: none automatic (the classifier has to be translated and often moved:
    "Regno di Wu"); a display-only hint.
    Known false positives: an English name the text's language keeps as it is ("Western
    Union", "Manchester United" are quiet: the name beside the word is as English as the word;
    "Western Sahara" in a text that also names the Sahara is reported). Quiet inside English
    phrases (an English function word next to the name), when the text's language uses the
    word itself (French "Empire"), and beside a word of sport ("Il Derby County gioca allo
    stadio di Derby": leftovers.json 'club_words'). Left: an English club, palace or park
    named without such a word near it, in a text that also names its town ("Kensington
    Palace" is saved only by the English frequency of "Kensington").
    """
    examples = (
        Example(*["O estado de Early Qin atacou Zhao. A capital de Qin era Chang'an."] * 2, "pt"),
        Example(*["Luogo: Wu Kingdom. Il regno di Wu cadde nel 280."] * 2, "it"),
        good("Il Manchester United ha battuto il Manchester City per due a uno.", "it"),
        good("Il Derby County gioca in casa allo stadio di Derby.", "it"),
        good("L'Empire State Building è alto. L'impero romano cadde.", "it"),
        good("Il libro The Early Qin and Han è uscito. La dinastia Qin unificò la Cina.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = base_language(document)
        table = _table()["name_classifiers"]
        chunks = unique_chunks(document)
        before = [w for w in table["before"] if w in chunks]
        after = [w for w in table["after"] if any(w + mark in chunks for mark in _TRAILING)]
        if not before and not after:
            return
        words = [w for w in before + after if zipf(w, "en") - zipf(w, code) >= _CLASSIFIER_MARGIN]
        if not words:
            return
        text = document.text
        english = casing_data("en").stop_words - (
            casing_data(code).stop_words | casing_data(code).function_words
        )
        # How often each name and each pair stands in the text, counted once per document.
        counts: dict[str, int] = {}
        for word, spans in find_words(text, words).items():
            leading = word in table["before"]
            for start, end in spans:
                found = self._pair(text, start, end, word, leading, code, counts, english)
                if found is not None:
                    yield found

    def _pair(
        self,
        text: str,
        start: int,
        end: int,
        word: str,
        leading: bool,
        code: str,
        counts: dict[str, int],
        english: frozenset[str],
    ) -> Finding | None:
        if leading:
            found = _NAME_AFTER.match(text, end)
            if found is None:
                return None
            name, pair_start, pair_end = found.group(1), start, found.end(1)
        else:
            found = _NAME_END.search(text, max(0, start - 30), start)
            if found is None:
                return None
            name, pair_start, pair_end = found.group(1), found.start(1), end
        if name in _table()["name_classifiers"]["before"] + _table()["name_classifiers"]["after"]:
            return None
        if zipf(name, "en") > zipf(word, "en") - _NAME_MARGIN:
            return None
        # The name stands elsewhere without the word (the text names it on its own).
        shown = text[pair_start:pair_end]
        for part in (name, shown):
            if part not in counts:
                counts[part] = text.count(part)
        if counts[name] <= counts[shown]:
            return None
        around = text[max(0, pair_start - 30) : pair_start].split()[-2:]
        around += text[pair_end : pair_end + 30].split()[:2]
        if any(w.strip(".,;:()\"'").lower() in english for w in around):
            return None
        # "Il Derby County gioca allo stadio": an English club's name, kept as it is.
        sport = _club_words(code)
        window = text[max(0, pair_start - 80) : pair_end + 80].lower()
        if sport and any(w in sport for w in _LAST_WORDS.findall(window)):
            return None
        if looks_technical(text, pair_start, pair_end):
            return None
        start, end = pair_start, pair_end
        return self.finding(
            start,
            end,
            f"'{word}' in '{shown}' is English: a name left half untranslated?",
            fixes=[Fix((Edit(start, end, shown),), Applicability.DISPLAY_ONLY, "translate it")],
            confidence=0.6,
        )
