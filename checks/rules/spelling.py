"""Misspelt words (MT980): a word the language does not know, one edit from exactly one
frequent word, written once ("cahired" for "chaired"). The evidence is wordfreq and the
document: see checks/spelling.py."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from mtlint.checks.casingdata import casing_data
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import load_language_data
from mtlint.checks.lexicon import known_form
from mtlint.checks.lowernames import first_names
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.romanised import romanised_place_name
from mtlint.checks.sourcewords import foreign_sentence
from mtlint.checks.spelling import (
    INDEX_AFTER,
    POSSESSIVE_LANGUAGES,
    SPELLING_LANGUAGES,
    UNKNOWN_ZIPF,
    WEB_TABLE_LANGUAGES,
    alphabet,
    dropped_letter_word,
    first_places,
    folded_words,
    lost_ending_letter,
    one_edit_words,
    pronounceable,
    scarce_places,
    scarce_words,
    slip_kind,
    spelling_table,
    typo_corrections,
    web_typos,
)
from mtlint.checks.spelling_search import (
    extra_letter_name,
    keyboard_neighbours,
    ranked_corrections,
    source_word,
    swapped_name,
    two_edit_words,
    written_name,
    written_names,
)
from mtlint.checks.textscan import (
    base_language,
    find_word,
    find_words_upto,
    language_data,
    looks_technical,
    unique_chunks,
)
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import document_words

_MIN_LETTERS = 5
# A capitalised word one edit from a name the document writes may be shorter ("Gnsu", "Gansu").
_NAME_LETTERS = 4
_MAX_LETTERS = 20
_QUOTES = "\"“”‘’'«»„‹›*_`"
# Before a sentence start: a capitalised word there may be a common word.
_SENTENCE_BREAK = '.!?:;\n"“”«»'
# A capitalised word inside a sentence is a name unless its corrected form is this common.
_CAPITAL_ZIPF = 4.5
# A capitalised word before it rarer than this is a name, and the word is part of it.
_NAME_ZIPF = 4.0
# A capitalised word the web knows at this Zipf value or more is a name's own spelling.
_CAPITAL_TYPO_ZIPF = 2.0
# ... inside a sentence, a letter left out is taken alone at this Zipf value or below (names
# are rarer web words than slips: "Regin" 1.85, "Deparment" 1.46).
_CAPITAL_DROPPED_ZIPF = 1.5
# ... and opening a sentence, it is a slip only of a word this common ("According").
_OPENER_ZIPF = 5.0
_WORD = re.compile(r"[^\W\d_]+")
# A word and its possessive "'s", edge punctuation after it: "Gnsu’s", "Inida's,".
_POSSESSIVE = re.compile(r"[\"“‘(]?([^\W\d_]+)['’]s[.,;:!?)\"”’]*")
# A possessive "'s" right after a word (no quotation mark).
_POSSESSIVE_END = re.compile(r"['’]s(?![^\W\d_])")
# An initial right before a word: "A. Mamin".
_INITIAL = re.compile(r"(?:^|[\s(])[^\W\d_]\.\s+$")
# How sure each reading is: one edit from one common word (or clearly the commonest), a
# name the document writes, a name wordfreq knows with two letters swapped, two edits.
_CONFIDENCE = {
    "one": 0.6,
    "written": 0.6,
    "swapped": 0.55,
    "two": 0.5,
    "web": 0.6,
    "web-doubtful": 0.4,
    "extra": 0.3,
}
_AWAY = {
    "one": "one letter away",
    "written": "one letter away, and the text writes it",
    "swapped": "the same with two letters swapped",
    "extra": "the same with a letter too many",
    "two": "two letters away",
}
# A one-edit correction at least this common (Zipf), chosen alone, is surer.
_SURE_ZIPF = 4.5


def _rare_words(document: Document, language: str) -> list[str]:
    """The document's words of plain shape (lower case or capitalised) that the language, and
    English, do not know; where a possessive takes "'s", also the words written only before
    one ("Gnsu's")."""
    rare = 10 ** (UNKNOWN_ZIPF - 9)
    words = {
        word
        for word, seen in scarce_words(document, language).items()
        if _NAME_LETTERS <= len(word) <= _MAX_LETTERS and seen < rare
    }
    if language in POSSESSIVE_LANGUAGES:
        words.update(_possessed_words(document, language, rare))
    return sorted(words)


def _possessed_words(document: Document, language: str, rare: float) -> set[str]:
    """The words of plain shape the language and English do not know that stand before a
    possessive "'s" ("Gnsu’s"): the document's word list keeps no such chunk."""
    own, english = frequency_dict(language), frequency_dict("en")
    found = set()
    for chunk in unique_chunks(document):
        match = _POSSESSIVE.match(chunk) if "s" in chunk[-4:] else None
        if match is None:
            continue
        word = match.group(1)
        folded = word.casefold()
        if not (_NAME_LETTERS <= len(word) <= _MAX_LETTERS and word[1:].islower()):
            continue
        if own.get(folded, 0.0) < rare and english.get(folded, 0.0) < rare:
            found.add(word)
    return found


def _plain_place(
    text: str, start: int, end: int, right: str, language: str, name: bool = False
) -> bool:
    """Prose, not a quoted term, code or a name: a capitalised word inside a sentence only when
    its corrected form is a very common word and no name stands beside it, or (``name``) is
    a name the document writes or wordfreq knows."""
    possessive = _POSSESSIVE_END.match(text, end) is not None
    if (start and text[start - 1] in _QUOTES) or (
        text[end : end + 1] in _QUOTES and not possessive
    ):
        return False
    if looks_technical(text, start, end):
        return False
    if text.startswith(("…", "..."), end):
        return False  # a word cut short where the text was ("nessu…", "subit...")
    if text[start].islower():
        return True
    if _INITIAL.search(text, max(0, start - 4), start):
        return False  # after an initial ("A. Mamin"): a name, no sentence start
    line_end = text.find("\n", end)
    if not any(ch.isalpha() for ch in text[end : line_end if line_end != -1 else len(text)]):
        # A capitalised word ending its line: a sign-off or label ("Endit"), unless it is a
        # name the text writes ("... is in Eritre" beside "Eritrea").
        return name
    if not name and _after_title(text, start, language):
        return False
    if name or _sentence_start(text, start):
        return True
    own = frequency_dict(language)
    if own.get(right, 0.0) < 10 ** (_CAPITAL_ZIPF - 9):
        return False
    before = _WORD.findall(text, max(0, start - 40), start)[-1:]
    # A name may follow (titles do: "Chief Minister Yogi"), none may stand before.
    return not (
        before
        and before[0][:1].isupper()
        and own.get(before[0].casefold(), 0.0) < 10 ** (_NAME_ZIPF - 9)
    )  # "Plaza de los Dos Congresos": inside a name


# A title's abbreviation before a word ("Drs. Wardan", "Prof. Ismail"): its full stop ends no
# sentence and the capital is a name's (h22prec: realmt-en19's "Drs. Wardan Suyanto" was read
# as "Warden" at a sentence's start). A given name before a surname is not skipped: a title
# slipped before one ("Minisyer Kalinowsky") has the same shape. The titles are the language's
# data (resources/lang/<lang>.json ``title_abbreviations``, lower case, no full stop).
_WORD_STOP_BEFORE = re.compile(r"(?:^|[\s(])(\w{1,5})\.\s+$")


def _after_title(text: str, start: int, language: str) -> bool:
    """The word at ``start`` follows one of the language's title abbreviations and its stop."""
    before = _WORD_STOP_BEFORE.search(text, max(0, start - 8), start)
    return before is not None and before.group(1).lower() in load_language_data(language).word_set(
        "title_abbreviations"
    )


def _gloss(text: str, start: int, end: int, stop_words: frozenset[str], language: str) -> bool:
    """A lower-case word in brackets of one to three words, each other word of them unknown to
    the language (no stop word, rarer than Zipf 3): a source term glossed beside its
    translation ("a safer place (nigeru koto)"), which the guidelines never label (h22prec:
    realmt-en13's "nigeru" read as "niger"). An aside of the language's own words keeps its
    slips ("(approximatly two kilometres)", "(recieved late)": h22prec review)."""
    opening = text.rfind("(", max(0, start - 30), start)
    closing = text.find(")", end, end + 30)
    if opening == -1 or closing == -1 or not text[start].islower():
        return False
    if ")" in text[opening + 1 : start] or "(" in text[end:closing]:
        return False
    others = text[opening + 1 : start].split() + text[end:closing].split()
    if len(others) > 2:
        return False
    own = frequency_dict(language)
    known = 10 ** (_GLOSS_KNOWN_ZIPF - 9)
    return all(
        word.lower() not in stop_words and own.get(word.lower().strip(".,;:"), 0.0) < known
        for word in others
    )


# A word of a bracketed gloss commoner than this (Zipf) is the language's own: "late" (5.3),
# "kilometres" (3.8); a source term's is rarer ("koto" 2.5).
_GLOSS_KNOWN_ZIPF = 3.0


def _capital_slip(
    text: str, word: str, right: str, language: str, seen: float, folded: frozenset[str]
) -> bool:
    """A capitalised word the web knows a little is a slip opening a sentence only when its
    correction is an everyday opener ("Acording" is "According"; "Parly", a name, is no
    "Partly"); inside a sentence it is a name ("Aarts" is no "Arts") unless it is the
    correction less one letter and the web hardly knows it or the text writes the correction
    too ("Deparment" 1.46 is "Department"; "Regin" 1.85 is no "Region"), or it is a very
    common word the text writes with two letters swapped ("Univeristy" beside "University's")."""
    start = next(find_word(text, word), (0, 0))[0]
    if _sentence_start(text, start):
        return frequency_dict(language).get(right, 0.0) >= 10 ** (_OPENER_ZIPF - 9)
    # The text writes the correction (before a possessive too: "University's").
    written = right in folded or next(find_word(text, right[:1].upper() + right[1:]), None)
    if _swapped(word.casefold(), right) and written:
        return _everyday(right, language)
    if dropped_letter_word(word.casefold(), language) != right:
        return False
    return written or seen <= 10 ** (_CAPITAL_DROPPED_ZIPF - 9)


def _everyday(word: str, language: str) -> bool:
    return frequency_dict(language).get(word, 0.0) >= 10 ** (_CAPITAL_ZIPF - 9)


def _swapped(typed: str, right: str) -> bool:
    """Whether ``typed`` is ``right`` with two neighbouring letters swapped."""
    if len(typed) != len(right):
        return False
    wrong = [i for i, (a, b) in enumerate(zip(typed, right, strict=True)) if a != b]
    return (
        len(wrong) == 2
        and wrong[1] == wrong[0] + 1
        and (typed[wrong[0]], typed[wrong[1]]) == (right[wrong[1]], right[wrong[0]])
    )


def _capitalised_words(document: Document) -> list[str]:
    """The document's capitalised words (letters only, lower case after the first): the names
    a capitalised slip is read against."""
    return [
        word
        for word in document_words(document)
        if word[:1].isupper() and word[1:].islower() and word.isalpha()
    ]


def _sibling_written(word: str, scarce: dict[str, float]) -> bool:
    """The text writes the word's plural or singular too ("anther" beside "anthers"): a real
    word of the text's subject, not a slip."""
    siblings = (word + "s", word + "es", word[:-1]) if word.endswith("s") else (word + "s",)
    return any(sibling in scarce for sibling in siblings)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens the text, a line or a sentence after a full stop, a
    question or exclamation mark (not after a colon: a name opens a quotation there as often)."""
    before = text[max(0, start - 4) : start].rstrip(" \t\"“”«»'‘’")
    return not before or before[-1] in ".!?\n"


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_BREAK


@register
class MisspeltWord(Rule):
    code = "MT980"
    name = "misspelt-word"
    summary = "A word the language does not know, a slip of one common word ('cahired')."
    languages = SPELLING_LANGUAGES | WEB_TABLE_LANGUAGES
    severity = Severity.WARNING
    doc = """
    What it finds: a word of five letters or more, written once, that wordfreq does not know in
    the text's language nor in English, and that is one edit (a letter lost, added or replaced,
    or two letters swapped) from a frequent word of the language ("depatment" for
    "department", "prospoerity" for "prosperity", "Minisyer" for "Minister"): the only one,
    the only one the text writes, or one clearly likelier than the others (ten times as
    common, an edit at the first letter or a far key counting as rarer: "kiced" is "kicked",
    not "iced"). A word of eight letters or more with no such correction may be two edits
    from one common word, when the two edits need no alphabet (two letters too many, a swap:
    "actitive" for "active"; the ending stays; only where endings do not inflect: English).
    A capitalised word inside a sentence is taken for a name unless its corrected form is a
    very common word, or a name the text writes one edit away ("Eritre" beside "Eritrea"),
    or a name wordfreq knows with two letters swapped back ("Kramatrosk" for "Kramatorsk";
    not where every noun is capitalised).
    Why it matters: machine translation and post-editing leave typing slips that a reader sees
    at once; when the text writes the right form elsewhere MT974 reports it, this rule finds
    the slip that stands alone.
    Fix safety: unsafe: the corrected word is a suggestion (a rare word or a name the lists do
    not know can be one letter from a common word); the likeliest correction comes first, the
    others after it. Confidence: 0.7 for one common word one edit away, 0.6 for a correction
    chosen among several or a name the text writes, 0.55 for a swapped name, 0.5 for two edits.
    Known false positives: rare names, technical terms and words of another language one
    letter from a common word; a word in quotes, in a URL, a handle or code is left alone, and
    so is a word written twice or more (the text's own spelling) and a capitalised word after
    an initial ("A. Mamin"). A very common word less one letter is taken alone only where the
    web hardly knows the form ("deparment"), else only where the text writes the full word
    too: a rare real word ("deign", "serous", "scree") or a name ("Regin") beside its
    look-alike ("design", "region") is still reported then. A capitalised word inside a
    sentence is reported only as a letter left out ("Aarts" is no "Arts"), a name the text
    writes, or a swapped known name; a capitalised word that splits wholly into romanised
    syllables (pinyin, Korean: checks/romanised.py) before a place noun is a place's name
    ("Huangping County" is no "Hanging").
    Two forms of one name are no slip of each other
    (resources/spelling/names.json): a gendered surname ("Lavrov", "Lavrova"), a
    transliteration ("Navalny", "Navalnyi"), a name's other language ("Euphrate"); still
    reported: a second name one letter off another name the text writes in any other way (two
    people or places that happen to be that close), and a gendered or foreign ending the table
    does not list (Lithuanian "-ienė"). For a lower-case slip, corrections after the first are
    no name and no web form the cased dictionary lacks ("luke", "alot", "tryin": English
    only, the language with such a dictionary), but may be a rarer real word.
    Beyond English: the language's table of the web's misspellings (German "nciht",
    "veilleicht"; resources/spelling/<lang>_web_typos.txt, slips on the language's own keyboard,
    never an accent alone: MT998 reads those) is at the bar only where the correction is a very
    common word (``spelling.web_sure_zipf``, ``web_sure_gap``), else doubtful (the tables still
    hold names and regular forms the dictionaries lack, "nebeln"); a word the language's lexicon
    knows (resources/lexicon) is no slip. A doubled letter written once ("manschaft",
    "concurence", "desarollo") is at the bar whatever the frequencies
    (``spelling.web_sure_kinds``: 180 of 182 such table words were slips; other kinds of the
    doubtful band, a letter left out or added, two swapped, hold dialect, slang and names:
    "gmacht", "ptite", "riech"). Spanish, Portuguese, Polish, Czech, Swedish and Romanian
    read their table alone (``spelling.web_table``; the one-edit search stays off there;
    Romanian's word list is short and its table a handful of slips). A table word is read in
    lower case, or capitalised where it opens a sentence with evidence it is no name (the
    text writes it in lower case too, or it is two neighbours swapped: "Lovley weather"; the
    tables hold surnames: "Sontag", "Fereira"). English's table
    also lists a doubled letter written once whose correction is only somewhat commoner
    ("occured", "accomodate"). A sentence short of the language's stop words is taken for a
    foreign one and left alone, unless most of its words are common words of the language
    (an informal "honestly i really do get real releif").
    """
    examples = (
        Example(
            "The depatment said the talks would go on next week.",
            "The department said the talks would go on next week.",
        ),
        Example(
            "The committee was cahired by the deputy minister.",
            "The committee was chaired by the deputy minister.",
        ),
        Example(
            "The old volcano is still actitive after many years.",
            "The old volcano is still active after many years.",
        ),
        Example(
            "The envoy flew to Eritre on Monday. Eritrea welcomed the talks.",
            "The envoy flew to Eritrea on Monday. Eritrea welcomed the talks.",
        ),
        Example(
            "The talks occured in Geneva on Monday, the ministry said.",
            "The talks occurred in Geneva on Monday, the ministry said.",
        ),
        Example(
            "Lovley weather greeted the delegates. The talks began at noon.",
            "Lovely weather greeted the delegates. The talks began at noon.",
        ),
        Example(
            "honestly i really do get real releif whenever trains run fast lately",
            "honestly i really do get real relief whenever trains run fast lately",
        ),
        Example(
            "Každý občan má povinost přispět, řekl ministr v pondělí.",
            "Každý občan má povinnost přispět, řekl ministr v pondělí.",
            language="cs",
        ),
        Example(
            "Die Entscheidung ist nciht gefallen, hieß es am Montag.",
            "Die Entscheidung ist nicht gefallen, hieß es am Montag.",
            language="de",
        ),
        Example(
            "El desarollo de la región sigue adelante, dijo el ministro.",
            "El desarrollo de la región sigue adelante, dijo el ministro.",
            language="es",
        ),
        Example(
            "Oni powini przyjść jutro rano do urzędu.",
            "Oni powinni przyjść jutro rano do urzędu.",
            language="pl",
        ),
        good("Das Mädchen und die Jungen spielten im Garten.", language="de"),
        good("The zorbing club met on Tuesday; zorbing is popular there."),
        good('He called it "depatment" on purpose, to mock the office.'),
        good("Minister Kalinowsky met Minister Oblonsky in the capital."),
        good("He did not deign to reply to the letter."),
        good("The climbers crossed the scree below the ridge."),
        good("The Dutch defender Aarts scored twice in the second half."),
        good("First Deputy Prime Minister A. Mamin said the work was done."),
        good("Drs. Gardan Mulyono, M.A., opened the seminar on Monday."),
        good("Go to a safer place (nigeru koto) when the river rises."),
        good("Mr Lavrov arrived in Geneva; his wife, Anna Lavrova, stayed at home."),
        good("Tchaikovsky wrote it; the score calls him Tchaikovski."),
        good("The fair is held in Huangping County, 75 kilometres from the city."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        if language not in self.languages:
            return
        text = document.text
        stop_words = language_data(document).stop_words
        written: dict[str, list[tuple[int, int]]] = {}
        scanned: dict[str, list[tuple[int, int]]] = {}
        searched = language in SPELLING_LANGUAGES  # else the web table alone
        scarce = scarce_words(document, language) if searched else {}
        asked = _rare_words(document, language) + sorted(scarce) if searched else []
        if len(asked) > _SCAN_EACH_UPTO:
            # A text of many rare words (a long one of varied vocabulary) is scanned once for
            # all of them: one search of the whole text per word grew with its square. The
            # scarce words' scan is shared with MT994; the few others (a word before a
            # possessive) are scanned here.
            scanned = dict(scarce_places(document, language))
            others = {word: 2 for word in asked if word not in scarce}
            scanned.update(find_words_upto(text, others))

        def once(word: str) -> bool:
            # Where the word stands, up to twice: a word written twice is the text's own.
            if word in scanned:
                written[word] = scanned[word]
            else:  # not scanned: a table word the web knows too well to be scarce
                written[word] = first_places(document, word)
            return len(written[word]) == 1

        readings = (
            _corrections(document, language, once)
            if searched
            else _web_readings(document, language, once, set())
        )
        for word, corrections, reading in readings:
            start, end = written[word][0]
            if reading in ("one", "two") and romanised_place_name(text, start, end, language):
                continue  # "Huangping County": a romanised place name, no slip of "Hanging"
            name = reading in ("written", "swapped", "extra")
            if not _plain_place(text, start, end, corrections[0], language, name):
                continue
            # A sentence full of names reads as foreign ("Ton Duc Thang Univeristy"): a
            # correction the text writes that is an everyday word of the language needs no test.
            everyday = reading == "written" and _everyday(corrections[0], language)
            own = frequency_dict(language) if spelling_table(language).common_words_own else None
            if not everyday and foreign_sentence(text, start, end, stop_words, own):
                continue
            # A source term glossed alone in brackets is no table slip ("(recieved)" is one).
            if not reading.startswith("web") and _gloss(text, start, end, stop_words, language):
                continue
            yield self._slip(word, corrections, reading, start, end, language)

    def _slip(
        self, word: str, corrections: list[str], reading: str, start: int, end: int, language: str
    ) -> Finding:
        shown = [
            right if word.islower() else right[:1].upper() + right[1:] for right in corrections
        ]
        confidence = _CONFIDENCE[reading]
        best = frequency_dict(language).get(corrections[0], 0.0)
        if reading == "one" and len(shown) == 1 and best >= 10 ** (_SURE_ZIPF - 9):
            confidence += 0.1  # one common word one edit away, and no other
        message = (
            f"'{word}' is a common misspelling of '{shown[0]}'"
            if reading.startswith("web")
            else f"'{word}' is not a word; '{shown[0]}' is {_AWAY[reading]}"
        )
        return self.finding(
            start,
            end,
            message,
            fixes=tuple(
                Fix((Edit(start, end, fixed),), Applicability.UNSAFE, fixed) for fixed in shown
            ),
            confidence=confidence,
            data=(("spellings", (shown[0], word)),),
        )


# Rare words up to this many are each found by their own search, stopped at their second use
# (cheap for a few); past it, one scan of the text finds them all.
_SCAN_EACH_UPTO = 200


def _corrections(
    document: Document, language: str, once: Callable[[str], bool]
) -> Iterator[tuple[str, list[str], str]]:
    """Each slip written ``once``, its corrections (best first) and how it was read
    (``_CONFIDENCE``'s keys): words unknown to the language one edit from one frequent word
    (or clearly the commonest, or the one the text writes), two edits from one common word for
    long words, capitalised words one edit from a name the text writes or one swap from a name
    wordfreq knows; lower-case words the web knows a little (common typos) one swap or
    doubling from one very common word. ``once`` is asked before the (dearer) corrections
    are spelled out."""
    # Endings inflect: no edit in a word's last letters (how many: the language's table).
    keep_end = spelling_table(language).keep_end
    letters = frozenset(alphabet(language))
    rare = _rare_words(document, language)
    indexed = len(rare) > INDEX_AFTER
    folded = folded_words(document)
    capitalised = any(word[0].isupper() for word in rare)
    names = written_names(_capitalised_words(document), language) if capitalised else {}
    # Where every noun is capitalised (German), a capital says nothing of a name.
    names_capitalised = not casing_data(language).nouns_capitalised
    for word in rare:
        lowered = word.casefold()
        if not letters.issuperset(lowered) or source_word(lowered, language):
            continue  # a letter the language does not write: a foreign or mis-decoded word
        if known_form(lowered, language):
            continue  # a rare form the language's lexicon knows (read once, for its documents)
        if not word.islower():
            written = written_name(word, names, keep_end)
            if written is not None and once(word):
                yield word, [written.casefold()], "written"
                continue
        speakable = pronounceable(lowered, language)
        struck = set() if speakable or not word.islower() else _struck_vowel(lowered, language)
        if len(word) < _MIN_LETTERS or not (speakable or struck) or not once(word):
            continue
        corrected = struck or one_edit_words(lowered, language, keep_end, word.islower(), indexed)
        corrected = corrected or lost_ending_letter(lowered, language, keep_end)
        ranked = ranked_corrections(lowered, corrected, language, folded, word.islower())
        if ranked:
            yield word, ranked, "one"
        elif names_capitalised and not word.islower() and (name := _misspelt_name(word, language)):
            yield word, [name[0].casefold()], name[1]
        elif not corrected:
            far = two_edit_words(lowered, language, keep_end)
            ranked = ranked_corrections(lowered, far, language, folded, word.islower())
            if ranked:
                yield word, ranked, "two"
    typos = list(_typos(document, language, once))
    yield from ((word, [right], reading) for word, right, reading in typos)
    read = {word for word, _, _ in typos} | set(rare)
    yield from _web_readings(document, language, once, read)


def _web_readings(
    document: Document, language: str, once: Callable[[str], bool], read: set[str]
) -> Iterator[tuple[str, list[str], str]]:
    """The table's misspellings (``_web_typos``), each with its correction and band."""
    for word, right in _web_typos(document, language, once, read):
        typed = word[:1].lower() + word[1:]  # a sentence's capital is no part of the slip
        yield word, [right], "web" if _sure_web_typo(typed, right, language) else "web-doubtful"


# A word no word of the language could start as is read only as a vowel struck on a
# neighbouring key ("smsll" for "small"), into a word at least this common (Zipf).
_STRUCK_ZIPF = 4.5


def _misspelt_name(word: str, language: str) -> tuple[str, str] | None:
    """A name wordfreq knows that the capitalised ``word`` is with two letters swapped back,
    else with a letter too many taken out, and the reading."""
    swapped = swapped_name(word, language)
    if swapped is not None:
        return swapped, "swapped"
    extra = extra_letter_name(word, language)
    return (extra, "extra") if extra is not None else None


def _struck_vowel(word: str, language: str) -> set[str]:
    """The very common words the unpronounceable lower-case ``word`` is with one consonant
    replaced by a vowel on a neighbouring key ("smsll": "small"); identifiers ("stdio",
    "sprintf") lose no vowel to a neighbouring key."""
    bar = 10 ** (_STRUCK_ZIPF - 9)
    frequencies = frequency_dict(language)
    found = set()
    for i in range(1, len(word)):
        for vowel in keyboard_neighbours(language).get(word[i], ()):
            other = word[:i] + vowel + word[i + 1 :]
            if vowel in "aeiou" and frequencies.get(other, 0.0) >= bar:
                found.add(other)
    return {other for other in found if pronounceable(other, language)}


def _web_typos(
    document: Document, language: str, once: Callable[[str], bool], read: set[str]
) -> Iterator[tuple[str, str]]:
    """Words of the language's table of the web's misspellings ("recieve":
    ``spelling.web_typos``) not read already, written once: in lower case, or capitalised
    opening a sentence."""
    table = web_typos(language)
    if not table:
        return
    words = document_words(document)
    lower = {word for word in words if word.islower()}
    for word in sorted(lower & table.keys()):
        if word not in read and not source_word(word, language) and once(word):
            yield word, table[word]
    # Capitalised where it opens a sentence or a line ("Lovley weather"): the tables hold the
    # web's surnames no dictionary knows ("Sontag", "Keler", "Woden", "Svenson"), and news opens
    # sentences with surnames; such a word is read only with evidence it is no name.
    text = document.text
    for word in sorted(word for word in words if word[:1].isupper() and word[1:].islower()):
        typed = word[:1].lower() + word[1:]
        if typed not in table or word in read or source_word(typed, language):
            continue
        if not _no_name(typed, table[typed], lower):
            continue
        places = first_places(document, word)
        if places and _opens_sentence(text, places[0][0]) and once(word):
            yield word, table[typed]


def _no_name(typed: str, right: str, lower: set[str]) -> bool:
    """Evidence that a capitalised table word opening a sentence is no name: the text writes
    it in lower case too, or it is two neighbouring letters of its correction swapped
    ("Lovley") and no given name; a letter left out, doubled or added is a surname's own
    spelling as often ("Sontag", "Fereira", "Mattar", "Agdam")."""
    if typed in lower:
        return True
    return slip_kind(typed, right) == "swapped" and typed not in first_names()


def _sure_web_typo(word: str, right: str, language: str) -> bool:
    """A web misspelling is of a kind sure at the bar (``spelling.web_sure_kinds``: a letter
    left out, a doubled letter written once), or its correction is common enough, and commoner
    enough than it, for the bar, and the word itself rare enough (``spelling.web_sure_zipf``,
    ``web_sure_gap``, ``web_sure_below``; English: always)."""
    table = spelling_table(language)
    if slip_kind(word, right) in table.web_sure_kinds:
        return True
    frequencies = frequency_dict(language)
    seen, wanted = frequencies.get(word, 0.0), frequencies.get(right, 0.0)
    return (
        wanted >= 10 ** (table.web_sure_zipf - 9)
        and wanted >= seen * 10**table.web_sure_gap
        and seen < 10 ** (table.web_sure_below - 9)
    )


def _typos(
    document: Document, language: str, once: Callable[[str], bool]
) -> Iterator[tuple[str, str, str]]:
    """Lower-case words the web knows a little (common typos) one swap or doubling from one
    very common word, and capitalised ones where ``_capital_slip`` allows; each with its
    correction and reading (``written``: a capitalised word inside a sentence, read against
    the correction the text writes, is read as a name is: it may stand inside one)."""
    known = 10 ** (UNKNOWN_ZIPF - 9)
    scarce = scarce_words(document, language)
    for word, seen in sorted(scarce.items()):
        if seen < known or len(word) < _MIN_LETTERS or _sibling_written(word, scarce):
            continue
        if not word.islower() and seen >= 10 ** (_CAPITAL_TYPO_ZIPF - 9):
            continue  # a capitalised word the web knows well: a name's own spelling ("Mathew")
        folded = folded_words(document)
        corrected = typo_corrections(word.casefold(), language, folded)
        if len(corrected) == 1 and not source_word(word.casefold(), language) and once(word):
            right = next(iter(corrected))
            if word.islower():
                yield word, right, "one"
            elif _capital_slip(document.text, word, right, language, seen, folded):
                start = next(find_word(document.text, word), (0, 0))[0]
                yield word, right, "one" if _sentence_start(document.text, start) else "written"
