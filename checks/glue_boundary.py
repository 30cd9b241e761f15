"""Glued words found at a boundary inside a token, in any cased script (MT113, MT114).

Two mechanisms that MT101 and MT102 do not read, because their shapes are English or ASCII:

- a **case boundary**: a lower-case letter followed by a capital inside one word, where each
  side is a word of the language (or a name the document uses alone) and the whole is no word
  ("ReproduçãoO presidente", "PutinDomenica", "MoscúVLADIMIR ASTAPKOVICH",
  "інфраструктуриУ Харківській"): link text, a caption or a headline run into the next word;
- an **elided function word** glued to the word before it ("Stati Unitidall’Asia",
  "présidentd’Ukraine"): the elisions are the language's ``elisions`` table
  (resources/typography), and the first part plus the elision must be no word of the language
  ("aujourd’hui", "quelqu’un", "sant’Angelo" stay whole).

The evidence is word frequencies (wordfreq, per language; a token wordfreq knows, in the
language or in English, is a word or a brand: "YouTube", "PlayStation") and the document (a
part standing alone elsewhere). Per-language exceptions are data: ``case_glue_never_after``
(resources/lang: German "-Innen" in "LehrerInnen" is a gender form, not a glued word).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, filterfalse
from typing import NamedTuple

from mtlint.checks.langdata import LanguageData, load_language_data
from mtlint.checks.typography import table, word_set
from mtlint.checks.wordlists import zipf

_STRIP = "\"'“”‘’«»„()[]{}<>,.;:!?…*_"
_RUN = re.compile(r"[^\W\d_]+")
_CODE = re.compile(r"\(\)|_|\w\(")

# The least zipf of each side of a case boundary: a known word; a shorter first part must be
# better known (short capitalised parts are name prefixes: "Mc", "De", "Bio", "Fed").
_LEFT_LENGTH = 4
_LEFT_ZIPF = 3.0
_RIGHT_ZIPF = 3.0
_UPPER_LENGTH = 4  # "MoscúVLADIMIR": a capitalised credit or name, not "ChatGPT"
# A common word after any first part, in a script without camel-case brands.
_UNLATIN_RIGHT_ZIPF = 3.5
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# A lower-case word with letters beyond ASCII glued to a capitalised word ("usuáriosLocalize").
_ACCENTED_LEFT_ZIPF = 4.5
_ACCENTED_RIGHT_ZIPF = 2.5
# The elided word's first part: a known word (or an acronym, or a part standing alone).
_ELISION_PREFIX_ZIPF = 3.0
_ELISION_LETTER_PREFIX = (4, 3.5)  # length and zipf before a one-letter elision ("d’", "l’")


class BoundarySplit(NamedTuple):
    """A token split at a boundary: ``core`` as it stands in the text, ``cut`` the offset of
    the missing space in it, ``left``/``right`` the parts, ``kind`` the shape of the right part
    ("title", "letter", "upper", "elision") and ``strong`` whether both parts are well known."""

    core: str
    cut: int
    # The chunk (whitespace to whitespace) the core was found in, and where the core starts in
    # it: occurrences are found by the chunk ("В.В.ГаевскомРаспоряжение").
    chunk: str
    offset: int
    left: str
    right: str
    kind: str
    strong: bool


def mixed_case(chunks: list[str]) -> list[str]:
    """The chunks whose letters mix cases inside a word (neither lower, upper nor title case):
    the only ones a case boundary can be in. Screened at C speed, the commonest shape first."""
    rest = filterfalse(str.islower, chunks)
    return list(filterfalse(str.isupper, filterfalse(str.istitle, rest)))


_APOSTROPHE = re.compile("['’]")


def with_apostrophe(chunks: list[str]) -> list[str]:
    """The chunks holding an apostrophe (straight or typographic)."""
    return list(filter(_APOSTROPHE.search, chunks))


def _known(word: str, data: LanguageData, language: str) -> float:
    """The word's zipf in the language, or in the language whose names and brands it quotes
    when the language does not know it (``borrowing_language``, English: "PlayStation",
    "TechCrunch")."""
    lower = word.lower()
    borrowing = borrowing_language(data)
    return zipf(lower, language) or (zipf(lower, borrowing) if borrowing else 0.0)


@lru_cache(maxsize=16)
def borrowing_language(data: LanguageData) -> str:
    """The language whose spellings of names and brands the text quotes as they are (English;
    none for English itself): the one accessor MT101, MT102 and MT113 read it through."""
    return str(data.tables.get("borrowing_language") or "")


@lru_cache(maxsize=16)
def _function_words(data: LanguageData) -> frozenset[str]:
    return data.function_words | data.sentence_starters


@lru_cache(maxsize=16)
def never_after(data: LanguageData) -> frozenset[str]:
    return data.word_set("case_glue_never_after")


def case_split(chunk: str, data: LanguageData, language: str) -> BoundarySplit | None:
    """The case boundary in ``chunk`` whose two sides are words, if there is one (a single
    boundary: "НовостиRSSЗеленский" is no two words)."""
    token = chunk.strip(_STRIP)
    if _CODE.search(chunk):  # "deflateInit2()", "get_Value": code, not prose
        return None
    acronym = _function_word_acronym(token, data, language)
    if acronym is not None:
        return acronym._replace(chunk=chunk, offset=chunk.find(token))
    for run in _RUN.finditer(token):
        core = run.group()
        if token[run.end() : run.end() + 1].isdigit():
            continue
        cuts = [i for i in range(1, len(core)) if core[i - 1].islower() and core[i].isupper()]
        if len(cuts) != 1 or _known(core, data, language):
            continue
        cut = cuts[0]
        left, right = core[:cut], core[cut:]
        kind = _right_kind(right)
        if kind is None or right.lower() in never_after(data):
            continue
        if len(left) < _LEFT_LENGTH or not (left.islower() or left[1:].islower()):
            continue
        left_zipf = zipf(left.lower(), language)
        right_zipf = zipf(right.lower(), language)
        if kind == "letter" and right.lower() not in data.function_words:
            continue
        if kind == "title" and len(right) < 3:
            continue
        # A lower-case function word glued to a capitalised word ("peloConselho") is MT102's.
        if kind == "title" and left.islower() and left in _function_words(data):
            continue
        # Two capitalised ASCII parts in a language whose technical prose is full of them
        # ("AttributeError", "CharsetDetector"; case_glue_titles: false, English): MT102's.
        if kind == "title" and core.isascii() and not table(data, "case_glue_titles", True):
            continue
        if kind == "title" and _english_compound(left, right):
            # A product name in any language ("AlphaServer"), unless the text uses the first
            # part alone and the spelling once.
            kind = "compound"
        if kind == "upper" and len(right) < _UPPER_LENGTH:
            continue
        strong = left_zipf >= _LEFT_ZIPF and (kind != "title" or right_zipf >= _RIGHT_ZIPF)
        # Camel case is a Latin-script habit (brands, code): in another script a name in any
        # case form glued to a common word is glued ("ГаевскомРаспоряжение").
        unlatin = kind == "title" and right_zipf >= _UNLATIN_RIGHT_ZIPF and not _LATIN.search(core)
        # So is a lower-case word in the language's own letters (no English brand is spelt
        # "usuários"), well known, before a capitalised word the language knows at all.
        unlatin = unlatin or (
            kind == "title"
            and left.islower()
            and not left.isascii()
            and left_zipf >= _ACCENTED_LEFT_ZIPF
            and right_zipf >= _ACCENTED_RIGHT_ZIPF
        )
        offset = chunk.find(token) + run.start()
        return BoundarySplit(core, cut, chunk, offset, left, right, kind, strong or unlatin)
    return None


def _english_compound(left: str, right: str) -> bool:
    """Two English words in camel case ("AlphaServer", "TechCrunch"), also after a place
    ("UrduPoint", "AsiaNews"): a product or a brand, in any language's text, unless the text
    uses the first part alone."""
    return (
        (left + right).isascii()
        and zipf(left.lower(), "en") >= _LEFT_ZIPF
        and zipf(right.lower(), "en") >= _RIGHT_ZIPF
    )


def _function_word_acronym(token: str, data: LanguageData, language: str) -> BoundarySplit | None:
    """A function word glued to an acronym or a code after it ("theG7", "ofNATO", "dellaUE")."""
    cut = next((i for i, c in enumerate(token) if c.isupper()), 0)
    left, right = token[:cut], token[cut:]
    if len(left) < 2 or not left.isalpha() or not left.islower():
        return None
    if left not in data.function_words or len(right) < 2 or not right.isalnum():
        return None
    if left in word_set(data, "case_glue_never_before"):  # portals: "myUCLA", "yourHR"
        return None
    if not right.isupper() or _known(token, data, language):
        return None
    return BoundarySplit(token, cut, token, 0, left, right, "acronym", True)


def _right_kind(right: str) -> str | None:
    if len(right) == 1:
        return "letter"
    if right.isupper():
        return "upper"
    if right[1:].islower():
        return "title"
    return None


def case_evidence(split: BoundarySplit, words: frozenset[str]) -> bool:
    """Whether a case boundary is a glued word given the document's evidence: both parts
    well known, or a part the text uses alone ("Putin … PutinDomenica")."""
    if split.kind == "compound":
        return split.left in words
    if split.strong:
        return True
    # A letter or a word in capitals needs no evidence of its own ("HaiyanHANOI", with
    # "Haiyan" alone elsewhere: a dateline run into the text).
    right_alone = split.right in words or split.kind != "title"
    return split.left in words and right_alone


def own_word_before_name(split: BoundarySplit, words: frozenset[str], language: str) -> bool:
    """A word of the text's own language, in lower case, glued to a capitalised word the text
    uses alone ("natürlichenPjatigorsk", with "Pjatigorsk" alone elsewhere): a brand's
    lower-case first part is an English word or a short one ("easyJet", "iPhone"), not an
    inflected word the text's language knows better than English."""
    left = split.left
    return (
        split.kind == "title"
        and split.right in words
        and left.islower()
        and len(left) >= _OWN_LEFT_LENGTH
        and zipf(left, language) >= _OWN_LEFT_ZIPF
        and zipf(left, language) > zipf(left, "en")
    )


_OWN_LEFT_LENGTH = 4
_OWN_LEFT_ZIPF = 3.0


def elision_split(chunk: str, data: LanguageData, language: str) -> BoundarySplit | None:
    """A word with an elided function word glued on ("Unitidall’Asia" → "Uniti dall’Asia"):
    the longest elision the part before the apostrophe ends in, after a known first part."""
    elisions = elision_words(data)
    if not elisions:
        return None
    token = chunk.strip(_STRIP)
    at = min((i for i in (token.find("'"), token.find("’")) if i > 0), default=-1)
    if at < 0 or not token[at + 1 : at + 2].isalpha():
        return None
    head = token[:at]
    if not head.isalpha() or zipf(head.lower(), language):
        return None
    for elision in elisions:
        if len(head) <= len(elision) or not head.endswith(elision):
            continue
        left = head[: -len(elision)]
        left_zipf = zipf(left.lower(), language)
        acronym = left.isupper() and len(left) >= 2
        if len(elision) == 1:
            length, least = _ELISION_LETTER_PREFIX
            if len(left) < length or (left_zipf < least and not acronym):
                continue
        elif len(left) < 2 or (left_zipf < _ELISION_PREFIX_ZIPF and not acronym):
            continue
        core = token[: at + 1 + len(_RUN.match(token, at + 1).group())]  # type: ignore[union-attr]
        right = core[len(left) :]
        offset = chunk.find(token)
        return BoundarySplit(
            core, len(left), chunk, offset, left, right, "elision", left_zipf >= 3.5
        )
    return None


@lru_cache(maxsize=16)
def elision_words(data: LanguageData) -> tuple[str, ...]:
    """The language's elided words without their apostrophe, longest first ("dall", "l")."""
    words = {e.rstrip("'’") for e in word_set(data, "elisions")}
    return tuple(sorted((w for w in words if w.isalpha()), key=len, reverse=True))


# A capitalised word with a one-letter function word glued after it ("Польшив 1488 году",
# "Unii Europejskieji nie", "Africanay del"): the first part this well known, or standing alone.
_LETTER_PREFIX_ZIPF = 3.0
_LETTER_PREFIX_LENGTH = 3


@lru_cache(maxsize=16)
def trailing_letters(data: LanguageData) -> frozenset[str]:
    """The language's one-letter words that link text often swallows (``trailing_glue_letters``
    in resources/typography or resources/lang): conjunctions and prepositions, not the letters
    that end inflected forms only."""
    return frozenset(w for w in word_set(data, "trailing_glue_letters") if len(w) == 1)


def letter_candidates(chunks: list[str], letters: frozenset[str]) -> list[str]:
    """The title-case chunks that end in one of ``letters``. Screened at C speed."""
    titled = list(compress(chunks, map(str.istitle, chunks)))
    ends = map(letters.__contains__, map(str.lower, (chunk[-1] for chunk in titled)))
    return list(compress(titled, ends))


def letter_split(chunk: str, data: LanguageData, language: str) -> BoundarySplit | None:
    """A capitalised known word with a one-letter function word glued on; the whole no word of
    the language or of English (an inflected name wordfreq knows stays whole: "Путина")."""
    if not chunk.isalpha() or len(chunk) <= _LETTER_PREFIX_LENGTH:
        return None
    if chunk[-1].lower() not in trailing_letters(data) or _known(chunk, data, language):
        return None
    left = chunk[:-1]
    # A two-letter glue word after a known word ("Bitcoin|se", not "Bitcoins|e") is MT101's.
    if chunk[-2:].lower() in short_glue_words(data) and _known(chunk[:-2], data, language):
        return None
    left_zipf = zipf(left.lower(), language)
    return BoundarySplit(chunk, len(left), chunk, 0, left, chunk[-1], "trailing", left_zipf >= 3.5)


@lru_cache(maxsize=16)
def short_glue_words(data: LanguageData) -> frozenset[str]:
    """The language's two-letter glue words (MT101 splits those off)."""
    words = word_set(data, "glue_words") | word_set(data, "glue_words_more")
    return frozenset(w for w in words if len(w) == 2)


def letter_evidence(split: BoundarySplit, words: frozenset[str], language: str) -> bool:
    """A well-known first part, or one the text uses alone."""
    return split.left in words or zipf(split.left.lower(), language) >= _LETTER_PREFIX_ZIPF


def locate(text: str, splits: list[BoundarySplit]) -> dict[str, list[tuple[int, int]]]:
    """Each split's core spans in ``text``, found by its whole chunk standing between spaces
    (``str.find`` per chunk: the few splits that pass their evidence)."""
    located: dict[str, list[tuple[int, int]]] = {}
    for split in splits:
        chunk, spans = split.chunk, []
        at = text.find(chunk)
        while at != -1:
            end = at + len(chunk)
            if (at == 0 or text[at - 1].isspace()) and (end == len(text) or text[end].isspace()):
                start = at + split.offset
                spans.append((start, start + len(split.core)))
            at = text.find(chunk, at + 1)
        located[chunk] = spans
    return located


_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
_WEBBY_REST = re.compile(r"@|#|://|/|\\|\.\w")


def after_initials(split: BoundarySplit) -> bool:
    """Whether the core follows initials in its chunk ("В.В.ГаевскомРаспоряжение"), with
    nothing web-like after: a name, not a domain or a file name."""
    head = split.chunk[: split.offset]
    return (
        bool(head)
        and bool(_INITIALS.fullmatch(head))
        and not _WEBBY_REST.search(split.chunk[split.offset :])
    )


@lru_cache(maxsize=4096)
def compound_adjective(prefix: str, suffix: str, language: str) -> bool:
    """Whether a capitalised token is a compound adjective, not a word glued on: a first part
    ending in the language's linking vowel that is a word itself, then an adjective form
    (Polish "Środkowo|wschodnią", "Biało|czerwonych"; ``compound_adjective_links`` and
    ``adjective_case_endings`` in resources/lang)."""
    data = load_language_data(language)
    links = tuple(data.word_set("compound_adjective_links"))
    endings = tuple(data.word_set("adjective_case_endings"))
    lower = prefix.lower()
    return (
        bool(links and endings)
        and lower.endswith(links)
        and suffix.islower()
        and suffix.endswith(endings)
        and zipf(lower, language) > 0
    )
