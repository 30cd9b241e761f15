"""Words glued at a capital, a number or an acronym; spacing around CJK characters (family MT1,
spacing; quotation marks are quote_spacing.py's, a compound's spaced hyphen spacing_hyphens.py's).

Each rule first asks the document's distinct chunks or characters whether its mark can occur
at all (most texts have none of these artefacts), then scans for that mark only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from mtlint.checks import glue_boundary, glue_camel, glue_evidence
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    base_language,
    chunk_text,
    find_word,
    language_data,
    looks_technical,
    unique_chunks,
)
from mtlint.checks.typography import table, word_set
from mtlint.checks.wordlists import zipf

_STRIP = "\"'“”‘’«»„()[]{}<>,.;:!?…*"


def _fix(start: int, end: int, replacement: str, safe: bool, title: str) -> Fix:
    applicability = Applicability.SAFE if safe else Applicability.UNSAFE
    return Fix((Edit(start, end, replacement),), applicability, title)


@register
class CamelGlued(Rule):
    code = "MT102"
    name = "camel-glued"
    summary = "Two words glued at a capital ('theKremlin', 'ForeignMinistry', 'RuedaThe')."
    doc = """
    What it finds: a lower-case function word (the, of, in, and …) directly followed by a
    capitalised word with no space ("theKremlin", "ofMoscow"; in any Latin alphabet, and a
    hyphenated name going on: "laRépublique", "auxÉtats-Unis"); a capitalised name with a
    capitalised function word glued after it ("RuedaThe", "RuizWho": often a lost sentence
    break too); a known place glued to a name that goes on after it or stands alone elsewhere
    ("RussiaVladimir Putin"), and a name particle glued to a known name ("delSur",
    "deMadrid"; the particles are the language's name_particles and camel_particles); a
    person's title, or a place before a title, glued to a name ("PresidentIlham Aliyev",
    "RussianForeign Minister"; person_titles, title_leads); two names glued when the surname
    stands alone elsewhere, or a person's role or title stands right before, and neither part
    is written in lower case ("SergeyLavrov … Lavrov", "the journalist DenizYücel"; names in
    any alphabet; person_titles, person_roles; or a given name of first_names.txt stands
    before and both parts have four letters or more: "Pedro ArmentiaLopez"), and a hyphenated
    given name glued to the surname ("Jean-PierreDupont": every part a given name); a name
    glued to a common capitalised word that stands alone elsewhere, right after another
    capitalised word ("Alberto FernandezCongress … Congress"; not after a name-forming head:
    camel_name_heads); in English, a common lower-case word glued to a name the text uses
    alone and mid-sentence, never in lower case ("Archive photoPeskov … said Peskov": a
    caption run into the text);
    a known word glued to a word that opens sentences ("dealThe": a full stop is offered back;
    sentence_glue_starters, not "In" or "This", which identifiers end in).
    Why it matters: link text or bold runs lose their surrounding space in MT and copy-paste.
    Fix safety: safe after a lower-case function word; otherwise unsafe (a brand may be meant,
    or a full stop may be missing as well).
    A one-letter preposition, article or conjunction glued to a well-known capitalised word
    ("вМоскве", "aMadrid", "oPlenário"; leading_glue_letters), the whole no word of the
    language (a language with no resources/lang table, Czech, Slovak, Romanian, reads its
    function words from its typography table's glue_words and link_lead_words; wordfreq's
    web-learnt "вмоскве" is far rarer than "москве") nor of English; never "e" or "i" in
    Italian, Portuguese and Spanish, the letters brands put in front ("eSocial",
    "eDreams", "iCloud"), also to a word in capitals of four letters or more ("àSÁBADO");
    an English byline word glued to a name in another language, an English word before it and
    the name going on after it ("Written byLaura Bianchi"; camel_glue_english). Two
    well-known capitalised words glued ("ForeignMinistry") are MT116's in English: MT113 reads
    that case boundary in the other languages.
    Known false positives: programming identifiers ("onClick") in prose; brand casing with a
    one-letter prefix (iPhone, eBay) is never flagged, nor identifiers followed by "(" or "=";
    brands made of two common words that the word frequencies do not know; in Russian, Czech,
    Polish or Romanian a brand with a one-letter prefix that is a preposition or conjunction
    there too ("iPhone" is known; a rarer "eXyz" brand is not).
    """
    examples = (
        Example("A spokesman for theKremlin said so.", "A spokesman for the Kremlin said so."),
        Example("The capital ofUzbekistan is Tashkent.", "The capital of Uzbekistan is Tashkent."),
        Example(
            "The coach Reynaldo RuedaThe winner spoke.",
            "The coach Reynaldo Rueda The winner spoke.",
        ),
        Example(
            "The president of RussiaVladimir Putin spoke.",
            "The president of Russia Vladimir Putin spoke.",
        ),
        Example("The mayor deMadrid spoke.", "The mayor de Madrid spoke."),
        Example(
            "Переговоры прошли вМоскве в понедельник.",
            "Переговоры прошли в Москве в понедельник.",
            "ru",
        ),
        Example(
            "Rokovania sa konali vBratislave a naSlovensku.",
            "Rokovania sa konali v Bratislave a na Slovensku.",
            "sk",
        ),
        Example(
            "Police held the reporter JonasKüçük for a week.",
            "Police held the reporter Jonas Küçük for a week.",
        ),
        Example(
            "The envoys of Chile, Ana Soto; and Peru, Luis VelardeSenate leaders met. The Senate "
            "agreed.",
            "The envoys of Chile, Ana Soto; and Peru, Luis Velarde Senate leaders met. The Senate "
            "agreed.",
        ),
        good("The Oxford AstraZeneca shot and the HarperCollins list; the reporter ran."),
        good("Jacob deGrom pitched; QatarEnergy and IndiaMart signed; Neil deGrasse Tyson."),
        good("He bought an iPhone on eBay and a MacBook."),
        good("Ha comprato un iPhone su eBay; il profumo ha un aroma intenso.", "it"),
        good("A empresa enviou os dados ao eSocial em março.", "pt"),
        good("Gioca a eFootball; ha prenotato con eDreams e compra su ePrice.", "it"),
        good("Se inscribió en eDemocracia.", "es"),
        good("Call onClick() or set theValue=3 in the file theKremlin.txt."),
        good("On YouTube and WhatsApp, PowerPoint and LinkedIn; McDonald and MacArthur."),
        Example(
            "The talks of Pedro GarciaLozano and Marie-ClaireDubois ended.",
            "The talks of Pedro Garcia Lozano and Marie-Claire Dubois ended.",
        ),
        good("Users of Jan MacroBot, Ana DataHub and Coca-ColaLight met Tom FitzGerald."),
    )

    _strip = "\"'“”‘’()[]{}<>,.;:!?…*"
    _camel = re.compile(r"([a-z]{2,})([A-Z][a-z]{2,})")
    _two_capitals = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]+)")

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        # A language with no table of its own (Czech, Slovak, Romanian …) has its glue words
        # and link-leading prepositions in resources/typography.
        function_words = data.function_words or (
            word_set(data, "glue_words") | word_set(data, "link_lead_words")
        )
        if not function_words:
            return
        text = document.text
        language = base_language(document)
        letters = _GlueLetters(
            word_set(data, "leading_glue_letters"), glue_boundary.borrowing_language(data)
        )
        # Distinct chunks, not the text: mixed-case chunks are few and cheap to test.
        glued = set()
        for chunk in unique_chunks(document):
            if chunk.islower() or chunk.isupper() or chunk[1:].islower():
                continue
            core = chunk.strip(self._strip)
            # Names first: a place before a title is judged by the name after it.
            split = (
                glue_camel.name_split(core, data, language)
                or self._split(core, function_words | data.sentence_starters, language)
                or glue_camel.english_head(core, data, language)
                or _letter_split(core, letters, language)
            )
            if split:
                glued.add(split)
        words: frozenset[str] | None = None
        for core, head, tail, safe, confidence in sorted(glued):
            # Two content words or two names in one camel-cased word spelled so more than
            # once are a product or a name ("AlphaServer", "MacroBot"), not a space lost twice
            # the same way: a second occurrence is enough to know (no scan to the end).
            once = confidence <= _CAMEL_PAIR_CONFIDENCE or confidence in glue_camel.IN_CONTEXT[1:]
            spans = list(islice(find_word(text, core), 2) if once else find_word(text, core))
            if once and len(spans) > 1:
                continue
            if confidence in glue_camel.IN_CONTEXT and words is None:
                words = glue_evidence.standing_alone(unique_chunks(document))
            for start, end in spans:
                if text[end : end + 1] in ("(", "=") or looks_technical(text, start, end):
                    continue
                if not glue_camel.in_context(
                    text, (start, end), (head, tail), confidence, words or frozenset(), data
                ):
                    continue
                if confidence <= _CAMEL_PAIR_CONFIDENCE and glue_camel.bare_after_preposition(
                    text, start, data
                ):
                    continue
                cut = start + len(head)
                # A lost sentence break takes its full stop back ("deal. The").
                gap = ". " if confidence == glue_camel.SENTENCE_GLUE else " "
                yield self.finding(
                    start,
                    end,
                    f"'{core}' looks like '{head}' glued to '{tail}'",
                    fixes=[_fix(cut, cut, gap, safe, f"'{core}' → '{head}{gap}{tail}'")],
                    confidence=confidence,
                )

    def _split(
        self, core: str, function_words: frozenset[str], language: str
    ) -> tuple[str, str, str, bool, float] | None:
        parts = camel_parts(core) if not core.isascii() or "-" in core else None
        match = parts or self._camel.fullmatch(core)
        if match:
            head, tail = parts or match.groups()
            if head in function_words:
                return core, head, tail, True, 0.85
            return None
        match = self._two_capitals.fullmatch(core)
        if not match or zipf(core, language):
            return None
        head, tail = match.groups()
        lower = tail.lower()
        if lower in function_words and len(tail) >= 2 and not zipf(head, language) >= 4.5:
            return core, head, tail, False, 0.7
        # Two well-known capitalised words ("ForeignMinistry") are MT116's, read by its parts.
        return None


class _GlueLetters(NamedTuple):
    letters: frozenset[str]
    borrowing: str


# A one-letter word glued to a capitalised word: the word this well known.
_LETTER_TAIL_ZIPF = 3.0
_LETTER_CONFIDENCE = 0.75
_LETTER_WEB_GAP = 1.5


_LETTER_CAPITALS = 4


def _letter_split(
    core: str, letters: _GlueLetters, language: str
) -> tuple[str, str, str, bool, float] | None:
    """A one-letter preposition, article or conjunction glued to a well-known capitalised word
    ("вМоскве", "aRoma", "oPlenário"; leading_glue_letters), the whole no word of the language
    nor of the one it borrows names from ("iPhone", "eBay")."""
    if len(core) < 4 or core[0] not in letters.letters or not core[1].isupper():
        return None
    tail = core[1:]
    # A capitalised word, or one in capitals of four letters or more (a masthead or a
    # headline word: "àSÁBADO"; shorter capitals are acronyms brands take: "eSIM").
    capitals = tail.isupper() and len(tail) >= _LETTER_CAPITALS
    if not (tail.isalpha() and (tail[1:].islower() or capitals)):
        return None
    lower = core.lower()
    tail_zipf = zipf(tail.lower(), language)
    # wordfreq learnt some glued pairs from the web ("вмоскве"): far rarer than the word.
    if tail_zipf < _LETTER_TAIL_ZIPF or zipf(lower, language) > tail_zipf - _LETTER_WEB_GAP:
        return None
    if letters.borrowing and zipf(lower, letters.borrowing):
        return None
    return core, core[0], tail, False, _LETTER_CONFIDENCE


def camel_parts(core: str) -> tuple[str, str] | None:
    """The lower-case word and the capitalised word of a camel-cased token in any Latin
    alphabet ("auxÉtats", "laRépublique", "dinRomânia"), a capitalised hyphenated name going
    on after it ("auxÉtats-Unis"): (head, tail), or None."""
    first, _, more = core.partition("-")
    cut = next((i for i, char in enumerate(first) if char.isupper()), 0)
    head, tail = first[:cut], first[cut:]
    if cut < 2 or len(tail) < 3 or not (head.isalpha() and head.islower()):
        return None
    if not (tail.isalpha() and tail[1:].islower()):
        return None
    if more and not all(part[:1].isupper() and part.isalpha() for part in more.split("-")):
        return None
    return head, core[cut:]


_CAMEL_PAIR_CONFIDENCE = 0.6
_YEAR = re.compile(r"(?:19|20)\d\d")
# A one-letter preposition glued to a year ("в2019"): the doubtful tier (no real case counted).
_LETTER_YEAR_CONFIDENCE = 0.4
# The token before a position (see _product_before).
_TOKEN_BEFORE = re.compile(r"(\S+)\s+$")


@register
class DigitGlued(Rule):
    code = "MT107"
    name = "digit-glued"
    summary = "A word glued to a number ('a total of2,400', 'March 3after')."
    doc = """
    What it finds: a function word of the language glued to the number after it ("of2,400",
    "in2019"), or a number glued to the common word after it ("3after", "2,400people", after
    a currency sign "$1billion"), also a
    capitalised one where a date ran into the next sentence ("19 febbraio 2023Figura", "May
    12The": a word that opens sentences, however short) or a
    dateline's clock into its place ("15:22Havana"); any word
    glued to the number after it that the text also writes apart ("CoinDesk20" … "CoinDesk
    20"); a common word glued to a day or a count that a month or unit follows ("date12
    Mar", "regularly2 min"); a two-letter function word glued to a figure of three characters
    or more ("4512of"; a unit's letters, "in", only after a year: "2024in"). The word
    must be a known word of at least three letters (function words: two; after a year, a
    two-letter article of glue_pair_articles: "2020le"; before a year, a one-letter
    preposition of year_glue_letters: "в2019", "w2020"), so units, ordinals and
    codes never match ("5km", "3rd", "10am", "mp3", "G7", "covid19", "1980s").
    Why it matters: MT and text extraction drop the space next to numbers that were links or
    formatted runs; readers stumble and search breaks.
    Fix safety: a space is inserted; safe between a function word and a number, unsafe after a
    number (a unit or a code may be meant) and after a one-letter preposition (a version may
    be meant: "v2019"), which is also only doubtful (0.4: no real case counted).
    Known false positives: product names that join a number and a word ("3com", "7up"), a
    version named by its year after "v" in Czech or Slovak (kept quiet after a token with a
    capital or a digit, "Revit v2019", "AutoCAD v2020"; not after a lower-case word); the
    word list of units in resources/typography/units.json keeps common units quiet (so do each
    language's numeral_suffixes, written solid after a numeral: Italian "4mila"); a name
    glued to its number by convention that wordfreq does not know glued, when the text also
    writes it apart with the same number ("Windows10" beside "Windows 10"; "Python3" and
    "Web3" are known glued, and a different number, "Python 3.11", "Suite 400", is no evidence).
    A common lower-case word glued to a number of one or two
    digits is taken only where a month or a unit follows every time ("date12 Mar",
    "regularly2 min read"), since "page2", "chapter5" or "covid19" are written so on purpose.
    """
    examples = (
        Example("It killed a total of2,400 people.", "It killed a total of 2,400 people."),
        Example("He left on March 3after the vote.", "He left on March 3 after the vote."),
        # An amount after a currency sign ("$1billion", "€12million"): the sign is no word.
        Example("It joined the $1billion club.", "It joined the $1 billion club."),
        Example(
            "Pubblicato il 19 febbraio 2023Figura ironica del Cremlino.",
            "Pubblicato il 19 febbraio 2023 Figura ironica del Cremlino.",
            "it",
        ),
        good("He bought 7Eleven shares, a 3D printer and 4K screens in 2023.", "en"),
        good("A 5km run at 10am on the 3rd, with mp3 files, G7 leaders and covid19 in the 1980s."),
        good("It costs 20mg or 3x more; see 4x4 cars and 2nd place."),
        Example(
            "The Suite4 room is shut. We met in Suite 4.",
            "The Suite 4 room is shut. We met in Suite 4.",
        ),
        good("Suite 400 is upstairs; the Suite4 room is next door."),
        good("Web3 is not Web 3.0: the two terms differ."),
        good("Debian ships Python 3.11; the interpreter is called Python3 on some systems."),
        good("Install Python3 first. Then run Python 3 scripts with it."),
        Example(
            "Publish date12 Mar 2022, read regularly2 min later.",
            "Publish date 12 Mar 2022, read regularly 2 min later.",
        ),
        good("Read chapter5 of the guide, open page2 and load covid19 data."),
        Example("Aug 18 15:22Havana hosts the talks.", "Aug 18 15:22 Havana hosts the talks."),
        Example("Posted on May 12The mayor spoke.", "Posted on May 12 The mayor spoke."),
        Example(
            "En 2020le gouvernement a réduit les impôts.",
            "En 2020 le gouvernement a réduit les impôts.",
            "fr",
        ),
        good("Le 2e et le 1er rang, la XXe édition, 10la et 3un.", "fr"),
        Example("Это случилось в2019 году.", "Это случилось в 2019 году.", "ru"),
        # A two-letter function word after a figure of three characters or more; a unit
        # ("in") only after a year or a date.
        Example(
            "The court cited ruling 4512of the panel, opened in 2024in its hall.",
            "The court cited ruling 4512 of the panel, opened in 2024 in its hall.",
        ),
        good("The screen is 100in wide, the 3of5 tile and 2in pipes; part 3of it.", "en"),
        good("Hij werd 2de en zij 21ste in de 100ste editie.", "nl"),
        good("Модель в2 и в21, версия v2019.", "ru"),
    )

    _word_number = re.compile(r"^[\"'“‘(\[]?([^\W\d_]{2,})(\d[\d,.]*\d|\d)[\"'”’)\],.;:!?]*$")
    _number_word = re.compile(
        r"^[\"'“‘(\[]?(?:US\$|[$€£¥₹₽])?"
        r"(\d{1,2}:\d\d|\d[\d,.]*\d|(?:\d+[-–])?\d[\d,.]*\d|\d)([^\W\d_]{2,})"
        r"[\"'”’)\],.;:!?]*$"
    )
    _letter_year = re.compile(r"^[\"'“‘(\[]?([^\W\d_])((?:19|20)\d\d)[\"'”’)\],.;:!?]*$")
    _screen = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        lines = chunk_text(document)
        if not self._screen.search(lines):
            return
        language = base_language(document)
        function_words = data.function_words | word_set(data, "glue_words")
        # Two-letter articles after a year ("2020le") and one-letter prepositions before one
        # ("в2019"): no language has both.
        articles = word_set(data, "glue_pair_articles") | word_set(data, "year_glue_letters")
        # Words the language writes solid after a numeral (Italian "4mila"): like units.
        units = word_set(data, "units") | word_set(data, "numeral_suffixes") | _units()
        # A compounding language writes "24jährigen", "3fach": only function words count there.
        compounds = bool(table(data, "compounds", False))
        # Short words that open sentences ("The", "She"): a date run into the next sentence
        # ("May 12The mayor") shows them as well as longer common words.
        starters = frozenset(w for w in data.sentence_starters if len(w) >= 3)
        text = document.text
        chunks = unique_chunks(document)
        splits = []
        glued_words: dict[str, list[str]] = {}  # word → numbers glued to it
        before_measure = []  # "date12 Mar", "regularly2 min": see _before_measure
        for chunk in sorted(_chunks_matching(lines, self._screen)):
            split = self._split(
                chunk, function_words, units, language, compounds, starters, articles
            )
            if split is not None:
                splits.append(split)
            elif match := self._word_number.match(chunk):
                if _may_be_spaced(match[1], chunks):
                    glued_words.setdefault(match[1], []).append(match[2])
                elif not compounds and _content_before_number(match[1], match[2], language):
                    before_measure.append((match[1] + match[2], match[1], match[2], True))
        if glued_words:
            splits += _spaced_elsewhere(glued_words, text, language)
        if before_measure:
            measures = (units | _month_words(data)) - function_words
            splits += _before_measure(before_measure, text, measures)
        for core, head, tail, after_number in splits:
            # A one-letter preposition glued to a year ("в2019"): no real case counted, and
            # Czech or Slovak write software versions so ("Revit v2019"): doubtful, unsafe.
            letter_year = len(head) == 1 and not after_number
            for start, end in find_word(text, core):
                if looks_technical(text, start, end):
                    continue
                if letter_year and _product_before(text, start):
                    continue
                cut = start + len(head)
                safe = not after_number and not letter_year
                yield self.finding(
                    start,
                    end,
                    f"'{core}' looks like '{head}' glued to '{tail}'",
                    fixes=[_fix(cut, cut, " ", safe, f"'{core}' → '{head} {tail}'")],
                    confidence=_LETTER_YEAR_CONFIDENCE
                    if letter_year
                    else 0.65
                    if after_number
                    else 0.8,
                )

    def _split(
        self,
        chunk: str,
        function_words: frozenset[str],
        units: frozenset[str],
        language: str,
        compounds: bool,
        starters: frozenset[str] = frozenset(),
        articles: frozenset[str] = frozenset(),
    ) -> tuple[str, str, str, bool] | None:
        match = self._word_number.match(chunk)
        if match and match.group(1).islower() and match.group(1) in function_words:
            word, number = match.groups()
            return word + number, word, number, False
        # A one-letter preposition glued to a year ("в2019 году", "w2020 roku"):
        # year_glue_letters, the letters that open a date in the language.
        match = self._letter_year.match(chunk)
        if match and match.group(1) in articles:
            letter, year = match.groups()
            return letter + year, letter, year, False
        match = self._number_word.match(chunk)
        if match:
            number, word = match.groups()
            lower = word.lower()
            if (
                word.islower()
                and len(word) >= 3
                and not compounds
                and lower not in units
                and lower not in function_words | {"th", "st", "nd", "rd"}
                and zipf(lower, language) >= 4.0
            ):
                return number + word, number, word, True
            # A year glued to a two-letter article ("2020le gouvernement", "2020el año"):
            # glue_pair_articles, the articles MT101 also takes glued to a preposition.
            short = (
                len(lower) >= 3
                or (lower in articles and _YEAR.fullmatch(number))
                or (lower not in articles and _two_letters_after_figure(number, lower, units))
            )
            if word.islower() and lower in function_words | articles and short:
                return number + word, number, word, True
            # A date or a figure run into the capitalised word after it ("2023Figura"): the
            # word a common one, the token no brand ("7Eleven", "3Com" are known or rare).
            if (
                word[0].isupper()
                and word[1:].islower()
                and (len(word) >= 4 or lower in starters)
                and lower not in units
                and zipf(lower, language)
                >= (_TITLE_AFTER_TIME_ZIPF if ":" in number else _TITLE_AFTER_NUMBER_ZIPF)
                and not zipf((number + word).lower(), language)
            ):
                return number + word, number, word, True
        return None


def _two_letters_after_figure(number: str, word: str, units: frozenset[str]) -> bool:
    """A two-letter function word glued to a figure of three characters or more ("4512of",
    "2024in"): ordinals, which some languages write with two letters ("2de", "21ste"
    in Dutch), have one or two digits; a unit ("in" for inches) counts only after a year or a
    date, where no measure stands. The caller leaves out the two-letter articles, which count
    only after a year ("2020le"; "300la" may be a model's name)."""
    if len(word) != 2 or len(number) < 3:
        return False
    return word not in units or (bool(_YEAR.fullmatch(number[-4:])) and not number[-5:-4].isdigit())


def _product_before(text: str, start: int) -> bool:
    """Whether the token right before ``start`` has a capital or a digit ("Revit v2019",
    "AutoCAD v2020", "Office 365 v2016"): a product named before its version."""
    match = _TOKEN_BEFORE.search(text, max(0, start - 40), start)
    return bool(match) and any(c.isupper() or c.isdigit() for c in match[1])


def _may_be_spaced(word: str, chunks: frozenset[str]) -> bool:
    """Whether a word glued to a number may be written apart from it elsewhere: it stands
    alone somewhere (a set look-up). Not an acronym: codes are written both ways by convention
    ("PEP3120", "PEP 3120"; "ISO9001")."""
    return len(word) >= 3 and not word.isupper() and word in chunks


def _spaced_elsewhere(
    glued_words: dict[str, list[str]], text: str, language: str
) -> list[tuple[str, str, str, bool]]:
    """The words glued to the number after them that the text also writes apart, the same
    number whole ("CoinDesk20" … "CoinDesk 20"; not "Suite4" … "Suite 400", "Web3" … "Web
    3.0"): the document's own evidence, in any language; never a glued form the web writes so
    by convention, which wordfreq knows in the language or in English (a program and its
    version, "Python3" beside "Python 3"). One scan of the text for all the words (not one
    per word: a log or a numbered list has thousands of them)."""
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(map(re.escape, sorted(glued_words, key=len, reverse=True)))
        + r") (\d[\d,.]*\d|\d)(?!\w)"
    )
    spaced = set(map(tuple, map(re.Match.groups, pattern.finditer(text))))
    return [
        (word + number, word, number, True)
        for word, numbers in glued_words.items()
        for number in numbers
        if (word, number) in spaced
        and not zipf((word + number).lower(), language)
        and not zipf((word + number).lower(), "en")
    ]


# A common lower-case word glued to a small number ("date12", "regularly2"): the word this
# well known and long, the number a day or a count (one or two digits).
_MEASURED_WORD_ZIPF = 4.0
_MEASURED_WORD_LENGTH = 4
_MEASURED_DIGITS = 2
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _content_before_number(word: str, number: str, language: str) -> bool:
    """Whether a word glued to the number after it may be a common word that lost its space:
    lower case, well known, the number one or two digits, the whole no token wordfreq knows
    ("mp3", "ipv6" are; "covid19" stays quiet where no date or unit follows)."""
    return (
        word.islower()
        and len(word) >= _MEASURED_WORD_LENGTH
        and number.isdigit()
        and len(number) <= _MEASURED_DIGITS
        and zipf(word, language) >= _MEASURED_WORD_ZIPF
        and not zipf(word + number, language)
    )


def _before_measure(
    candidates: list[tuple[str, str, str, bool]], text: str, measures: frozenset[str]
) -> list[tuple[str, str, str, bool]]:
    """The candidates whose number the next word shows to belong with it, a month or a unit
    ("date12 Mar 2022", "regularly2 min read"): the number starts a date or a measure, so the
    word before it lost its space. Every occurrence must be so."""
    found = []
    for candidate in candidates:
        spans = list(find_word(text, candidate[0]))
        after = [_NEXT_WORD.match(text, end) for _, end in spans]
        if spans and all(m and m.group(1).lower() in measures for m in after):
            found.append(candidate)
    return found


@lru_cache(maxsize=32)
def _month_words(data: LanguageData) -> frozenset[str]:
    """Month and weekday names of the language and their three-letter abbreviations."""
    words = word_set(data, "calendar_words")
    return words | frozenset(word[:3] for word in words if len(word) > 3)


# A capitalised word after a number: this common in the language ("Figura", "Sunday").
_TITLE_AFTER_NUMBER_ZIPF = 4.0
# After a time of day ("15:22Havana", a dateline's clock run into its place): a place or a name
# the language knows will do, since no brand starts with a clock time.
_TITLE_AFTER_TIME_ZIPF = 3.0


def _chunks_matching(lines: str, screen: re.Pattern[str]) -> set[str]:
    """The chunks of ``lines`` (``chunk_text``) in which ``screen`` finds something: one
    scan of the chunk lines, each hit widened to its line."""
    found = set()
    match = screen.search(lines)
    while match:
        start = lines.rfind("\n", 0, match.start()) + 1
        end = lines.find("\n", match.end())
        end = len(lines) if end == -1 else end
        found.add(lines[start:end])
        match = screen.search(lines, end)
    return found


_UNITS: frozenset[str] | None = None


def _units() -> frozenset[str]:
    """Units and number suffixes written straight after a number, in any language."""
    global _UNITS
    if _UNITS is None:
        from mtlint.checks.typography import typography

        _UNITS = frozenset(str(u).lower() for u in typography("units").get("units", ()))
    return _UNITS


@register
class AcronymGlued(Rule):
    code = "MT108"
    name = "acronym-glued"
    summary = "An acronym glued to the name after it ('the UNGuterres')."
    doc = """
    What it finds: a run of capitals glued to a capitalised word ("UNGuterres", "EUBorrell")
    when the acronym also stands alone elsewhere in the document and the word is a known word
    or name, or stands alone elsewhere too; or when the acronym is an organisation of the
    gazetteer ("UN", "NATO") and the word stands alone elsewhere ("… Guterres said").
    Why it matters: link text and bold runs lose the space between an organisation and the
    person or place after it.
    Fix safety: unsafe; a space is inserted (brands join capitals and words on purpose).
    Known false positives: brand names that join an acronym and a word ("JPMorgan",
    "PDFCreator") when the acronym also stands alone in the same text.
    """
    examples = (
        Example(
            "The UN said so. Later the UNGuterres office denied it.",
            "The UN said so. Later the UN Guterres office denied it.",
        ),
        Example(
            "The UNGuterres statement came. Guterres left.",
            "The UN Guterres statement came. Guterres left.",
        ),
        good("JPMorgan and PayPal, the iPhone and McDonald's; the UN and NATO met."),
        good("The UNHabitat office and the UNWomen staff met."),
    )

    _glued = re.compile(r"^[\"'“‘(\[]?([A-Z]{2,5})([A-Z][a-z]{2,})[\"'”’)\],.;:!?]*$")
    _screen = re.compile(r"[A-Z]{3}[a-z]")

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.cased:
            return
        if not self._screen.search(chunk_text(document)):
            return
        chunks = unique_chunks(document)
        words = {chunk.strip(_STRIP) for chunk in chunks}
        words |= {word[:-2] for word in words if word.endswith(("'s", "’s"))}
        language = base_language(document)
        text = document.text
        for chunk in sorted(chunks):
            match = self._glued.match(chunk)
            if not match:
                continue
            acronym, word = match.groups()
            # A known organisation's acronym needs the name standing alone ("UN … Guterres");
            # one standing alone itself, a known word or name after it.
            if acronym in words:
                named = word in words or zipf(word, language) >= 2.0
            else:
                named = word in words and glue_camel.known_acronym(acronym, data)
            if not named:
                continue
            core = acronym + word
            for start, end in find_word(text, core):
                if looks_technical(text, start, end):
                    continue
                cut = start + len(acronym)
                yield self.finding(
                    start,
                    end,
                    f"'{core}' looks like '{acronym}' glued to '{word}' ('{acronym}' "
                    + (
                        "stands alone elsewhere in the text)"
                        if acronym in words
                        else "is a known organisation)"
                    ),
                    fixes=[_fix(cut, cut, " ", False, f"'{core}' → '{acronym} {word}'")],
                    confidence=0.7,
                )


# Chinese characters and kana (not Hangul: Korean separates words with spaces), and after the
# space the full-width punctuation written with them ("政策 。": a detokeniser's space; a space
# after "！" or "？" is Japanese convention).
_CJK_LETTER = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
_CJK_SPACE = re.compile(
    r"[ \u3000]+(?<=" + _CJK_LETTER + r"[ \u3000])"
    r"(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3001\u3002\uff0c\uff1b\uff1a\uff1f\uff01])"
)


@register
class CjkSpace(Rule):
    code = "MT111"
    name = "cjk-space"
    summary = "A space between two Chinese or Japanese characters ('中国 政府')."
    doc = """
    What it finds: in a language written without spaces between words (Chinese, Japanese: the
    language table says so), a space between two Han or kana characters, or before a
    full-width comma, full stop, colon or mark ("政策 。").
    Why it matters: MT output tokenised for scoring, or detokenised the English way, keeps
    the spaces between words; in Chinese and Japanese they show as gaps.
    Fix safety: unsafe; the space is removed (a deliberate gap in a name list or a poem is
    possible).
    Known false positives: spaces around Latin words and numbers are normal and never flagged
    ("使用 iPhone 15"); lines with a space between most characters (a spaced-out heading or a
    name list) are skipped; so is a space between two katakana words ("キーボード ショートカット"),
    the Japanese software style for compound loanwords (h23files: 15 of 17 findings on a real
    Japanese UI catalogue). A gap made only of ideographic spaces (U+3000) is left alone: it is
    the typesetter's full-width space between phrases or after a label, typed on purpose (h29files:
    all 7 findings on a real Japanese catalogue), never the ASCII space MT detokenising leaves.
    """
    examples = (
        Example("中国 政府今天宣布了新政策。", "中国政府今天宣布了新政策。", "zh"),
        Example("東京 都は発表した。", "東京都は発表した。", "ja"),
        Example("中国政府 ，今天宣布了新政策 。", "中国政府，今天宣布了新政策。", "zh"),
        good("我们使用 iPhone 15 和 Android 手机。", language="zh"),
        good("한국 정부가 발표했다.", language="ko"),
        good("The sign read 北京 上海 in Chinese."),
        good("メニュー ボタンを押してください。", language="ja"),
        good("春は曙\u3000夏は夜\u3000秋は夕暮れ。", language="ja"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if data.spaced or not (data.scripts & {"Han", "Hiragana", "Katakana"}):
            return
        text = document.text
        for match in _CJK_SPACE.finditer(text):
            start, end = match.span()
            if not match.group().strip("\u3000"):  # typeset full-width spaces only
                continue
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            # A spaced-out heading or a list of names: many spaces between characters.
            if len(_CJK_SPACE.findall(line)) * 4 > len(line):
                continue
            if _katakana_words(text, start, end):
                continue
            yield self.finding(
                start,
                end,
                "Space between two CJK characters",
                fixes=[_fix(start, end, "", False, "remove the space")],
                confidence=0.7,
            )


_KATAKANA = re.compile(r"[\u30a0-\u30ff]")


def _katakana_words(text: str, start: int, end: int) -> bool:
    """Katakana on both sides of the space: two loanwords of a compound, spaced by the Japanese
    software style ("ウェルカム メッセージ"), not a word cut in two."""
    return bool(
        start
        and _KATAKANA.match(text, start - 1)
        and end < len(text)
        and _KATAKANA.match(text, end)
    )
