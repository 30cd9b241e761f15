"""Language: short fragments left in the source language (MT503): a credit line ("Fuente EFE"),
a foreign function word before one of the text's own ("De these 379 new positives"), a date
("18 de agosto de 2017")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import filterfalse

from mtlint.checks.casingdata import casing_data, casing_file, casing_languages
from mtlint.checks.documents.base import Document
from mtlint.checks.foreignwords import (
    fragments_table,
    gloss_sources,
    source_language_of,
)
from mtlint.checks.fragmentdates import (
    DATE_LABEL_WORDS,
    ENGLISH_DATE,
    ENGLISH_MONTHS,
    SHORT_NAME,
    between_numbers,
    capitalised,
    capitalised_calendar_words,
    date_fix,
    date_only_language,
    day_and_year_after,
    foreign_calendar_words,
    number_beside,
    own_date_words,
    widen_date,
)
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.regexprefix import opens_sentence
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    language_data,
    lowered_chunk_heads,
    unique_chunks,
)
from mtlint.checks.wordlists import zipf

_WORD = re.compile(r"[^\W\d_]+")
_AFTER_STOP = re.compile(r"[.!?\"“(]")
# A short last line: up to six words, the first a credit word, the rest mostly capitals
# ("Fuente EFE", "Quelle: dpa/AFP", "Źródło: PAP").
_MAX_CREDIT_WORDS = 6
# A credit line, or a credit at a paragraph's end, is read within this many characters.
_CREDIT_CHARS = 80
# A credit line with a colon ("Fonte: <the source's title>") is read up to this length.
_LONG_CREDIT_CHARS = 160
# A short line read for a foreign label: up to this many characters and words.
_LINE_WORDS = 4
# Speed: the length is tested in a possessive lookahead, so a long line fails at once instead
# of backtracking through every shorter length (a tenth of the time on 10 MB).
_SHORT_LINE = re.compile(r"\n(?=[^\n]{1,40}+(?:\n|\Z))([^\n]++)")
_FIRST_LINE = re.compile(r"(?=[^\n]{1,40}+(?:\n|\Z))([^\n]++)")


@lru_cache(maxsize=4096)
def _line_verdict(body: str, code: str, sources: tuple[str, ...]) -> tuple[str, str] | None:
    """(source language, its strongest word) when a short line is a label in that language."""
    if not body or not body[0].isalpha() or body[-1] in '.!?…"”»)':
        return None
    words = _WORD.findall(body)
    if not words or len(words) > _LINE_WORDS or any(w.isupper() and len(w) > 1 for w in words):
        return None
    return source_language_of(words, code, sources)


# Above this Zipf frequency a word is a word of the text's own language too.
_OWN_WORD_ZIPF = 5.3


@lru_cache(maxsize=32)
def _foreign_credits(code: str) -> dict[str, str]:
    """Credit words of other languages that are not credit words (or common words) of this one
    → the language they belong to."""
    own = casing_data(code)
    own_words = own.credit_words | own.stop_words | own.function_words
    found: dict[str, list[str]] = {}
    # Source languages without a casing table name their credit words in fragments.json.
    extra = fragments_table().get("extra_credit_words", {})
    for other in sorted(casing_languages() | frozenset(extra)):
        if other == code:
            continue
        words = casing_data(other).credit_words if other in casing_languages() else ()
        for word in (*words, *extra.get(other, ())):
            # A word this language uses as its own ("foto" in Dutch, Swedish, Romanian).
            if word not in own_words and zipf(word, code) < _OWN_CREDIT_ZIPF:
                found.setdefault(word, []).append(other)
    # A word several languages share ("Foto") names them all.
    return {
        word: "/".join(languages[:3]) + ("/…" if len(languages) > 3 else "")
        for word, languages in found.items()
    }


_OWN_CREDIT_ZIPF = 4.0


@lru_cache(maxsize=32)
def _foreign_function_words(code: str) -> dict[str, str]:
    """Stop words of other languages in the same script that this language never uses as
    words of its own → their language."""
    own = casing_data(code)
    data = load_language_data(code)
    # The language's own words that are another's function words ("hasta", "son", "most"):
    # resources/lang/<code>.json, function_word_homographs.
    own_words = (
        own.stop_words
        | own.function_words
        | own.sentence_starters
        | data.word_set("function_word_homographs")
    )
    scripts = data.scripts
    found: dict[str, str] = {}
    for other in sorted(casing_languages()):
        if other == code or not (load_language_data(other).scripts & scripts):
            continue
        table = casing_data(other)
        for word in table.stop_words | table.function_words:
            # A word this language uses too ("met", "over", "war" in English) is no sign; the
            # frequency of a foreign word in names ("de": De Gaulle) stays under the bar.
            if len(word) >= 2 and word not in own_words and zipf(word, code) < _OWN_WORD_ZIPF:
                found.setdefault(word, other)
    return found


# A source language's "and" this common in the text's own language is a word of it ("a", "i").
_OWN_AND_ZIPF = 6.0
_NUMBER = r"\d{1,4}(?:st|nd|rd|th|er|º|°|\.)?"


@lru_cache(maxsize=32)
def _foreign_and_words(code: str) -> dict[str, str]:
    """The word for "and" of each other language in the same script (resources/lang/*.json,
    and_words) that this language never writes as a word of its own → that language."""
    own = casing_data(code)
    data = load_language_data(code)
    own_words = own.stop_words | own.function_words | data.word_set("and_words")
    found: dict[str, str] = {}
    for other in sorted(casing_languages()):
        other_data = load_language_data(other)
        if other == code or not (other_data.scripts & data.scripts):
            continue
        for word in sorted(other_data.word_set("and_words")):
            if word not in own_words and zipf(word, code) < _OWN_AND_ZIPF:
                found.setdefault(word, other)
    return found


@lru_cache(maxsize=32)
def _joined_numbers_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """Two day numbers joined by one of ``words`` ("3 en 4", "12 y 13")."""
    joined = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    # Led by the first digit, the look-behind after it: a pattern that opened with the
    # look-behind was tried at every character of the text (0.053 -> 0.022 s on 3 MB of German
    # MT; the same matches, tests/checks/test_speed_led_words.py). \d{1,4} as \d\d{0,3}.
    first = r"\d(?<![\w.,]\d)\d{0,3}" + _NUMBER.removeprefix(r"\d{1,4}")
    return re.compile(rf"({first}) ({joined}) ({_NUMBER})(?![\w])")


@lru_cache(maxsize=32)
def _calendar_languages(code: str) -> dict[str, frozenset[str]]:
    """Every month and weekday name of the languages in this language's script (its own
    included, with their three-letter forms) → the languages that write it. Between two days
    and after them a name ("Julio", "Mai") is read as a month whatever its frequency."""
    scripts = load_language_data(code).scripts
    found: dict[str, set[str]] = {}
    for other in sorted(casing_languages()):
        if not (load_language_data(other).scripts & scripts):
            continue
        for word in casing_data(other).calendar_words:
            found.setdefault(word, set()).add(other)
    for word in own_date_words(code):
        found.setdefault(word, set()).add(code)
    return {word: frozenset(languages) for word, languages in found.items()}


@lru_cache(maxsize=32)
def _month_after(code: str) -> re.Pattern[str]:
    """A word after two joined days, maybe behind a word that links a day to its month in a
    language of this one's script ("12 y 13 de julio", "3 and 4 of May": resources/lang/*.json
    day_month_links)."""
    scripts = load_language_data(code).scripts
    links = {
        word
        for other in available_languages()
        if load_language_data(other).scripts & scripts
        for word in load_language_data(other).word_set("day_month_links")
    }
    joined = "|".join(sorted(map(re.escape, links), key=lambda w: (-len(w), w)))
    link = rf"(?:(?:{joined})[ \t]+)?" if links else ""
    return re.compile(rf"[ \t]+{link}([^\W\d_]+)")


_MONTH_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


@register
class UntranslatedFragment(Rule):
    code = "MT503"
    name = "untranslated-fragment"
    summary = "A short fragment left in another language ('Fuente EFE', 'De these cases')."
    severity = Severity.WARNING
    languages = casing_languages()
    doc = """
    What it finds: a source credit in another language: a short paragraph that opens with a
    credit word or phrase of another language's table followed by a colon or a news agency
    ("Fuente EFE", "Quelle: dpa", "Con información de Reuters" in an English article), or a
    credit with a colon after a paragraph's last sentence ("… he said. (Fuente: EFE)"); a
    function word of another language opening a sentence right before a function word of the
    text's own ("De these 379 new positives" in English); a date left in another language
    ("18 de agosto de 2017"; a capitalised month or weekday only beside a number: "3 Oktober
    2019", not "the Agosto family"); two days of a date joined by another language's "and"
    ("on 3 en 4 May", "12 y 13 de julio": resources/lang/*.json and_words; a month must stand
    after the second number or before the first, so a double surname "Ramón y Cajal" and
    "rooms 3 y 4" stay quiet).
    The language tables' credit words and stop words say which words belong where.
    Why it matters: MT leaves short fragments untranslated; too short for language
    identification, they slip past the untranslated-sentence check (MT502).
    Fix safety: unsafe; a credit word is replaced by the language's own ("Source EFE"), an
    "and" between two days by the language's own ("3 and 4 May"), a
    month or weekday between numbers by the language's own (CLDR names in order,
    resources/language/calendar.json: "3 Oktober 2019" → "3 October 2019"); a function word
    and a date with other words get a display-only hint.
    Known false positives: a foreign credit kept on purpose; names that start with a foreign
    article followed by a common word ("the De the family" is rare).
    """
    examples = (
        Example(
            "The talks ended on Monday.\nFuente EFE",
            "The talks ended on Monday.\nSource EFE",
        ),
        Example(*["The total is 9,931. De these 379 new positives are in the capital."] * 2),
        Example(*["He met his counterpart on 18 de agosto de 2017 in Havana."] * 2),
        Example(
            "The talks began on 3 Oktober 2019 in Jakarta.",
            "The talks began on 3 October 2019 in Jakarta.",
        ),
        Example(
            "The talks ended, he said. (Fuente: EFE)", "The talks ended, he said. (Source: EFE)"
        ),
        good("The talks ended on Monday.\nSource: EFE"),
        good("Fuente Ovejuna is a play; the Bron.\nBron Studios"),
        good("He met Robert De Niro and Los Angeles officials; de facto rule ended."),
        good("The Agosto family met on 18 August 2017."),
        good("The Agosto de la Cruz family arrived; Juni Maret spoke on Monday."),
        good("Die Gespräche endeten am Montag.\nQuelle: dpa", "de"),
        Example(
            "The fair takes place on 3 en 4 May in the main square.",
            "The fair takes place on 3 and 4 May in the main square.",
        ),
        Example(
            "The festival runs on 12 y 13 de julio in the old harbour.",
            "The festival runs on 12 and 13 de julio in the old harbour.",
        ),
        good("Santiago Ramón y Cajal won in 1906; rooms 3 y 4 were closed; 3 en 4 sets."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        credits = list(self._credit_line(document, data.code))
        credits += self._credit_colon_lines(document, data.code, {f.end for f in credits})
        yield from credits
        yield from self._function_words(document, data.code)
        dates = list(self._foreign_dates(document, data.code))
        yield from dates
        yield from self._latin_dates(document, data.code)
        yield from self._joined_days(document, data.code, [(f.start, f.end) for f in dates])
        reported = {f.end for f in credits}
        for finding in self._foreign_lines(document, data.code):
            if finding.end not in reported:
                yield finding

    def _credit_colon_lines(
        self, document: Document, code: str, reported_ends: set[int]
    ) -> Iterator[Finding]:
        """A line that opens with a foreign credit word and a colon, however long ("Fonte: Last
        wanted man …", the source's title after it), unless ``_credit_line`` reported it (a
        finding ending where the line ends)."""
        credits = _foreign_credits(code)
        present = frozenset(w for w in credits if " " not in w) & lowered_chunk_heads(document)
        if not present:
            return  # most texts: no chunk is a one-word foreign credit
        text = document.text
        for found in _credit_colon_pattern(present).finditer(text):
            start = found.start(1)
            if text[text.rfind("\n", 0, start) + 1 : start].strip():
                continue  # not at the line's start
            line_end = text.find("\n", start)
            line_end = line_end if line_end != -1 else len(text)
            line = text[start:line_end].rstrip()
            if start + len(line) in reported_ends or len(line) > _LONG_CREDIT_CHARS:
                continue
            yield self._credit(text, start, start, line, found.group(1), code, credits)

    def _foreign_lines(self, document: Document, code: str) -> Iterator[Finding]:
        """A short line (a page's label or button: "Compartir artículo", "Imagen principal:")
        every word of which belongs to one source language, at least one of them a common word
        there that this language hardly uses (names and headings in Title Case stay quiet)."""
        sources = gloss_sources(code)
        if not sources:
            return
        text = document.text
        # Lines, not paragraphs: a label under a line without a full stop joins its paragraph.
        # Speed: the pattern starts with a literal line break (a fast search), and a line's
        # verdict is kept per text (headings and subtitles repeat).
        first = _FIRST_LINE.match(text)
        for line_match in (*((first,) if first else ()), *_SHORT_LINE.finditer(text)):
            found = _line_verdict(line_match.group(1).strip(), code, sources)
            if found is None:
                continue
            body = line_match.group(1).strip()
            start = line_match.start(1) + line_match.group(1).index(body)
            end = start + len(body)
            yield self.finding(
                start,
                end,
                f"'{body}' is {found[0]}, not {code}: a label left untranslated?",
                fixes=[Fix((Edit(start, end, body),), Applicability.DISPLAY_ONLY, "translate it")],
                confidence=0.6,
                data=(("source_language", found[0]), ("evidence", found[1])),
            )

    def _foreign_dates(self, document: Document, code: str) -> Iterator[Finding]:
        """A date left in another language: a month or weekday of another language's table
        with numbers or that language's function words around it ("18 de agosto de 2017"), or
        capitalised ("3 Oktober 2019", "Juli 6, 2020"): then a number must stand beside it."""
        months = foreign_calendar_words(code)
        stripped = {c.strip(",.;:()") for c in unique_chunks(document)}
        present = stripped & months.keys()
        # Capitalised names (German, Dutch, Indonesian, Turkish write them so): compared as
        # written, so no chunk is lowered.
        present |= {capitalised_calendar_words(code)[c] for c in stripped & capitalised(code)}
        # A month the text's language also meets as a word or name ("March" in Italian web
        # text) is read only capitalised between two numbers ("5 March 2024").
        between = between_numbers(code)
        date_only = {
            word: other
            for word in {between[c] for c in stripped & between.keys()}
            if (other := date_only_language(word, code))
        }
        present |= date_only.keys()
        months = {**date_only, **months}
        if not present:
            return
        text = document.text
        own = own_date_words(code)
        for word in sorted(present):
            if len(word) <= SHORT_NAME and word in stripped:
                continue  # "mei", "mai" in lower case: a word, not a month
            other = months[word]
            stop_words = casing_data(other).stop_words | casing_data(other).function_words
            forms = f"{re.escape(word)}|{re.escape(word[:1].upper() + word[1:])}"
            for match in re.finditer(rf"(?<![\w-])(?:{forms})(?![\w-])", text):
                capital = match.group()[:1].isupper()
                if word not in foreign_calendar_words(code) and not capital:
                    continue
                start, end = widen_date(
                    text, match.start(), match.end(), stop_words, own if capital else frozenset()
                )
                shown = text[start:end]
                if len(shown.split()) < 3:
                    continue
                beside = number_beside(text, match, start, end) if capital else 2
                needed = 2 if len(word) <= SHORT_NAME or date_only_language(word, code) else 1
                if beside < needed and not day_and_year_after(text, match, end):
                    continue  # "the Agosto de la Cruz family": a name
                yield self.finding(
                    start,
                    end,
                    f"'{shown}' is a date in {other}, not {code}: left untranslated?",
                    fixes=[date_fix(text, start, end, match, code)],
                    confidence=0.7,
                    data=(("source_language", other),),
                )

    def _joined_days(
        self, document: Document, code: str, dates: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        """Two days of a date joined by another language's "and" ("on 3 en 4 May", "the 12 y
        13 de julio"): a month of any language must stand right after the second number or
        before the first, so that the numbers are days."""
        others = _foreign_and_words(code)
        present = frozenset(others) & lowered_chunk_heads(document)
        if not present:
            return
        text = document.text
        months = _calendar_languages(code)
        own_and = sorted(load_language_data(code).word_set("and_words"))
        month_after = _month_after(code)
        for match in _joined_numbers_pattern(present).finditer(text):
            if any(s <= match.start() < e for s, e in dates):
                continue  # inside a date in another language, reported whole
            after = month_after.match(text, match.end())
            before = _MONTH_BEFORE.search(text, max(0, match.start() - 20), match.start())
            named = [m.group(1).casefold() for m in (after, before) if m is not None]
            named = [month for month in named if month in months]
            if not named:
                continue
            start, end = match.span(2)
            word = match.group(2)
            # The language whose month stands there, when it writes this "and" ("5 e 6
            # giugno": Italian, not Spanish).
            other = next(
                (
                    language
                    for language in sorted(months[named[0]])
                    if word.casefold() in load_language_data(language).word_set("and_words")
                ),
                others[word.casefold()],
            )
            fixes = (
                [Fix((Edit(start, end, own_and[0]),), Applicability.UNSAFE, own_and[0])]
                if own_and
                else [Fix((Edit(start, end, word),), Applicability.DISPLAY_ONLY, "translate it")]
            )
            yield self.finding(
                start,
                end,
                f"'{word}' joins two days as {other} writes \"and\", not {code}: left "
                "untranslated?",
                fixes=fixes,
                confidence=0.7,
                data=(("source_language", other),),
            )

    def _latin_dates(self, document: Document, code: str) -> Iterator[Finding]:
        """An English date in a text of another script ("Terms\nOct 14, 2024" under a Russian
        page): the month name or its abbreviation with a day and a year around it."""
        if "Latin" in load_language_data(code).scripts:
            return
        if not ENGLISH_MONTHS & lowered_chunk_heads(document):
            return
        text = document.text
        for match in ENGLISH_DATE.finditer(text):
            start, end = match.span()
            # A byline's or a label's date: at a line's start or after a short label and a
            # colon ("Опубликовано: Oct 14, 2024"); a cited English source keeps its own date.
            before = text[text.rfind("\n", 0, start) + 1 : start].strip()
            if before and not (before.endswith(":") and len(before.split()) <= DATE_LABEL_WORDS):
                continue
            yield self.finding(
                start,
                end,
                f"'{match.group()}' is a date in English, not {code}: left untranslated?",
                fixes=[
                    Fix(
                        (Edit(start, end, match.group()),),
                        Applicability.DISPLAY_ONLY,
                        "write the date in the text's language",
                    )
                ],
                confidence=0.7,
                data=(("source_language", "en"),),
            )

    def _credit_line(self, document: Document, code: str) -> Iterator[Finding]:
        """A source credit in another language: a short paragraph that opens with a credit
        word or phrase ("Fuente EFE", "Con información de Reuters"), or one written after the
        last sentence of a paragraph ("… the minister said. (Fuente: EFE)")."""
        credits = _foreign_credits(code)
        text = document.text
        if not document.paragraphs or not _credit_present(document, credits):
            return
        pattern = _credit_pattern(code)
        # A credit phrase of several words is looked for only in a text that holds one.
        heads = lowered_chunk_heads(document)
        phrases_present = any(
            all(word in heads for word in phrase.lower().split()) and phrase in text
            for phrase in _phrase_forms(code)
        )
        for paragraph in document.paragraphs:
            # Only a paragraph's head and tail are read: a credit is short (most paragraphs are
            # long and hold neither a credit word at the start nor a colon at the end).
            head = text[paragraph.start : min(paragraph.end, paragraph.start + _CREDIT_CHARS)]
            if paragraph.end - paragraph.start <= _CREDIT_CHARS and (
                len(_WORD.findall(head)) <= _MAX_CREDIT_WORDS
            ):
                line = head
                found = pattern.match(line) or _byline_pattern(code).match(line)
                if found and (
                    _credit_shape(line, found.end(), code)
                    or _standalone_credit(line, found.group(1), code)
                ):
                    yield self._credit(
                        text,
                        paragraph.start + found.start(1),
                        paragraph.start,
                        line,
                        found.group(1),
                        code,
                        credits,
                    )
                    continue
            # Each line's tail: a caption's credit ends a line of a paragraph the next line
            # continues ("… del Gabinete. Foto: ANDINA/ Difusión\n15:50 | Lima"). Without a
            # credit phrase in the text, only a tail with a colon can hold one: a paragraph
            # with no colon at all is passed over after one C-level search.
            if not phrases_present and text.find(":", paragraph.start, paragraph.end) == -1:
                continue
            line_start = paragraph.start
            while line_start < paragraph.end:
                line_end = text.find("\n", line_start, paragraph.end)
                line_end = paragraph.end if line_end == -1 else line_end
                found = self._tail_credit(
                    text, line_start, line_end, code, credits, phrases_present
                )
                if found is not None:
                    yield found
                line_start = line_end + 1

    def _tail_credit(
        self,
        text: str,
        line_start: int,
        line_end: int,
        code: str,
        credits: dict[str, str],
        phrases_present: bool,
    ) -> Finding | None:
        """A credit at the end of a line ("… the minister said. (Fuente: EFE)")."""
        tail_start = max(line_start, line_end - _CREDIT_CHARS)
        tail = text[tail_start:line_end]
        phrase = _phrase_credit_pattern(code).search(tail) if phrases_present else None
        if phrase is None and ":" in tail:
            # A tail cut from a longer line starts mid-sentence: no "^" there.
            trailing = (
                _TRAILING_CREDIT if tail_start == line_start else _AFTER_SENTENCE_CREDIT
            ).search(tail)
            if trailing and trailing.group(2).lower() in credits and trailing.group(3) == ":":
                phrase = trailing
        if not phrase:
            return None
        return self._credit(
            text,
            tail_start + phrase.start(2),
            tail_start + phrase.start(1),
            tail,
            phrase.group(2),
            code,
            credits,
            tail_start + phrase.end(1),
        )

    def _credit(
        self,
        text: str,
        word_start: int,
        start: int,
        line: str,
        first: str,
        code: str,
        credits: dict[str, str],
        end: int | None = None,
    ) -> Finding:
        end = end if end is not None else start + len(line.rstrip())
        other = credits.get(first.lower(), "another language")
        replacement = _own_credit_word(code, first)
        fixes = (
            [
                Fix(
                    (Edit(word_start, word_start + len(first), replacement),),
                    Applicability.UNSAFE,
                    f"translate '{first}' as '{replacement}'",
                )
            ]
            if replacement
            else []
        )
        return self.finding(
            start,
            end,
            f"'{text[start:end].strip()}' looks like a source credit left in {other}",
            fixes=fixes,
            confidence=0.75,
        )

    def _function_words(self, document: Document, code: str) -> Iterator[Finding]:
        """A capitalised function word of another language opening a sentence, followed by a
        function word of this one ("De these 379 new positives", "Y el" is all Spanish)."""
        foreign = _foreign_function_words(code)
        own = casing_data(code)
        own_words = own.stop_words | own.function_words
        chunks = unique_chunks(document)
        # "9.931.De": the token after a glued full stop counts too.
        # A token in title case needs a chunk that is not all lower case: the others (most)
        # are passed over at C speed, never split.
        tokens = {_AFTER_STOP.split(chunk)[-1] for chunk in filterfalse(str.islower, chunks)}
        present = {
            t for t in tokens if t.lower() in foreign and t[:1].isupper() and t[1:].islower()
        }
        if not present:
            return
        text = document.text
        # The word and the word after it, matched where the word opens a line or follows a
        # sentence's mark and any spaces (``opens_sentence``): the matches of
        # "(?:^|[.!?]\\s*|\\n)(word) (after)", whose lead (a "^" among the alternatives) was
        # tried at every character of the text; this one is led by the words' letters.
        pattern = re.compile(
            "("
            + "|".join(map(re.escape, sorted(present, key=len, reverse=True)))
            + r") ([^\W\d_]+)\b"
        )
        for match in pattern.finditer(text):
            if not opens_sentence(text, match.start()):
                continue
            word, after = match.group(1), match.group(2)
            other = foreign[word.lower()]
            if after not in own_words or after in casing_data(other).stop_words:
                continue
            start, end = match.span(1)
            yield self.finding(
                start,
                end,
                f"'{word}' is a word of {other}, not {code}: left untranslated?",
                fixes=[
                    Fix(
                        (Edit(start, end, word),), Applicability.DISPLAY_ONLY, f"translate '{word}'"
                    )
                ],
                confidence=0.6,
            )


# "… said the minister. (Fuente: EFE)": a credit after the last sentence of a paragraph.
_CREDIT_BODY = r"(\(?([^\W\d_]+)\s*(:)\s*[A-ZÀ-Þ][\w.&/ -]{0,40}\)?)\s*$"
_TRAILING_CREDIT = re.compile(r"(?:^|[.!?…\"”]\s+)" + _CREDIT_BODY)
_AFTER_SENTENCE_CREDIT = re.compile(r"[.!?…\"”]\s+" + _CREDIT_BODY)


def _credit_present(document: Document, credits: dict[str, str]) -> bool:
    """Some chunk of the text starts with a foreign credit word (most texts have none)."""
    heads = lowered_chunk_heads(document)
    words = {phrase.split(" ", 1)[0] for phrase in credits} | set(_bylines(document.language))
    return bool(heads & words)


@lru_cache(maxsize=32)
def _bylines(code: str | None) -> dict[str, str]:
    """Byline words of other languages (before a colon and a name: "Por: Ana Gil") and credit
    words that make a last line on their own ("Redacción") → their language; none that this
    language uses as a common word or credit."""
    code = code or "en"
    own = casing_data(code) if code in casing_languages() else None
    own_words = (own.credit_words | own.stop_words | own.function_words) if own else frozenset()
    table = fragments_table()
    found: dict[str, str] = {}
    for key in ("byline_words", "standalone_credits"):
        for other, words in sorted(table.get(key, {}).items()):
            if other == code:
                continue
            for word in words:
                if word not in own_words and zipf(word, code) < _BYLINE_OWN_ZIPF:
                    found.setdefault(word, other)
    return found


# A byline word this common in the document's language is one of its words ("a", "by"); "por",
# "von", "di" (Zipf 3.5 to 4.3 in English, from names) still count before a colon and a name.
_BYLINE_OWN_ZIPF = 4.5


@lru_cache(maxsize=32)
def _byline_pattern(code: str) -> re.Pattern[str]:
    """A byline word of another language with a colon and a name after it ("Por: Ana Gil"),
    or a standalone credit word alone on its line ("Agencias")."""
    found = _bylines(code)
    standalone = {
        w for words in fragments_table().get("standalone_credits", {}).values() for w in words
    }
    words = "|".join(map(re.escape, sorted(found, key=len, reverse=True))) or "(?!)"
    alone = "|".join(map(re.escape, sorted(standalone & found.keys(), key=len))) or "(?!)"
    return re.compile(rf"\s*\(?((?i:{words})(?=\s*:\s*[A-ZÀ-Þ])|(?i:{alone})(?=[\s.)]*$))")


def _standalone_credit(line: str, word: str, code: str) -> bool:
    """The line is a credit word alone ("Redacción"), one of the table's standalone credits."""
    standalone = {
        w for words in fragments_table().get("standalone_credits", {}).values() for w in words
    }
    return (
        word.lower() in standalone
        and word.lower() in _bylines(code)
        and (_WORD.findall(line) == [word])
    )


@lru_cache(maxsize=32)
def _phrase_credit_pattern(code: str) -> re.Pattern[str]:
    """A credit phrase of several words after a paragraph's last sentence, with an agency or
    a name after it and no colon needed ("… he said. (Con información de EFE)")."""
    phrases = sorted((p for p in _foreign_credits(code) if " " in p), key=len, reverse=True)
    if not phrases:
        return re.compile("(?!)")
    body = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?:^|[.!?…\"”]\s+)(\(?((?i:{body}))\s+[A-ZÀ-Þ][\w.&/ -]{{0,40}}\)?)\s*$")


@lru_cache(maxsize=32)
def _credit_pattern(code: str) -> re.Pattern[str]:
    phrases = sorted(_foreign_credits(code), key=len, reverse=True)
    body = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in phrases)
    return re.compile(rf"\s*\(?((?i:{body}))(?![\w])")


def _credit_shape(line: str, end: int, code: str) -> bool:
    """After the credit word: a colon, or a news agency ("Fuente EFE", "Fonte Lusa"; not
    "Bron Studios")."""
    rest = line[end:].lstrip()
    if rest.startswith(":"):
        return True
    first = _WORD.match(rest)
    return bool(first) and (
        first.group().upper() in _news_agencies(code) or first.group().isupper()
    )


@lru_cache(maxsize=8)
def _news_agencies(code: str) -> frozenset[str]:
    table = casing_file(code)
    return frozenset(
        word.upper() for name in table.get("news_agencies", ()) for word in name.split()
    )


def _own_credit_word(code: str, word: str) -> str | None:
    """The language's own credit word in the written case of ``word`` ("Fuente" → "Source";
    a picture's credit by the language's word for a photo: "Foto" → "Photo")."""
    own = casing_data(code).credit_word
    table = fragments_table()
    if word.lower() in table.get("photo_credit_words", ()):
        own = table.get("photo_credit_word", {}).get(code, "")
    if not own:
        return None
    return casing_data(code).capitalise(own) if word[:1].isupper() else own


@lru_cache(maxsize=32)
def _credit_colon_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """One of ``words`` (one-word foreign credits), a colon and a capital after it, or a dash
    and a web address ("source – cryptoslate.com")."""
    body = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(
        rf"(?<![\w])((?i:{body}))(?::[^\S\n]*[A-ZÀ-Þ]|[^\S\n]+[–—-][^\S\n]+[\w-]+\.[a-z]{{2,}}\b)"
    )


@lru_cache(maxsize=32)
def _phrase_forms(code: str) -> tuple[str, ...]:
    """Each foreign credit phrase of several words in lower case and capitalised ("con
    información de", "Con información de"), to find with ``str.find`` at C speed."""
    phrases = (p for p in _foreign_credits(code) if " " in p)
    return tuple(sorted(form for p in phrases for form in (p, p[:1].upper() + p[1:])))
