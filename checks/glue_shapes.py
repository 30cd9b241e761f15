"""MT101's per-language word shapes, apart from the core analysis (glue.py): compounds of
known parts (German, Dutch, Swedish), a word glued after a Turkish case ending, a one-letter glue
word after a multi-word name, an English title's glue word inside another language. Each takes
the language's GlueTables (glue.py) and returns a split or a yes/no; none keeps state.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from mtlint.checks.wordlists import zipf as _wordfreq_zipf

if TYPE_CHECKING:
    from mtlint.checks.glue import GlueTables, Split

# The words either side of a found token.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W{0,2}$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def zipf(word: str, language: str) -> float:
    """The word's zipf as wordfreq counts it: case-folded, so German "Straße" is "strasse"."""
    return _wordfreq_zipf(word.casefold(), language)


# A part of a compound: a word at least this well known (zipf) and this long (shorter words
# fit into any word by chance).
_COMPOUND_PART_ZIPF = 2.5
_COMPOUND_PART_LENGTH = 4


@lru_cache(maxsize=8192)
def compound_zipf(word: str, language: str, links: tuple[str, ...], depth: int = 1) -> float:
    """How well a word of a compounding language is made of known parts ("Investitionszäune"
    = "Investition" + "s" + "zäune"): the zipf of its rarer part, 0 when it is not. ``depth``:
    how many more cuts a first part may take ("Aiden|bach|straße")."""
    lower = word.casefold()
    best = 0.0
    least = _COMPOUND_PART_LENGTH
    for cut in range(least, len(lower) - least + 1):
        tail_zipf = zipf(lower[cut:], language)
        if tail_zipf < _COMPOUND_PART_ZIPF:
            continue
        head = lower[:cut]
        heads = [head] + [
            head[: -len(link)] for link in links if head.endswith(link) and cut - len(link) >= least
        ]
        head_zipf = max(zipf(part, language) for part in heads)
        if head_zipf < _COMPOUND_PART_ZIPF and depth:
            head_zipf = max(compound_zipf(part, language, links, depth - 1) for part in heads)
        best = max(best, min(head_zipf, tail_zipf))
    return best


def word_ending(lower: str, size: int, language: str) -> float:
    """The zipf of the best-known word longer than the last ``size`` letters that ends the
    word (0: none): a compound ends in it ("Hintergrund"), not in a glued function word
    ("…grund" is no "…g und"), unless the first part is better known still ("Nantesund")."""
    # A word of four letters or more: shorter ones end words by chance ("…straat|in" is
    # no "…straa|tin").
    last = min(len(lower) - size, len(lower) - _COMPOUND_PART_LENGTH + 1)
    return max((zipf(lower[cut:], language) for cut in range(1, last)), default=0.0)


def ends_in_word(lower: str, size: int, language: str, prefix_zipf: float = 0.0) -> bool:
    """Whether a known word longer than the glue word ends the token (see word_ending) and
    is at least as well known as its first part."""
    return word_ending(lower, size, language) >= max(_COMPOUND_PART_ZIPF, prefix_zipf)


def lower_after(text: str, end: int) -> bool:
    """Whether a lower-case word follows right after ``end``."""
    after = _WORD_AFTER.match(text, end, end + 40)
    return bool(after and after.group(1).islower())


# An item of an enumeration of names: a comma, or a short conjunction after a capitalised item
# that a comma precedes, before it; a comma, or a short conjunction before a capitalised word,
# after it.
_CONJUNCTION_BEFORE = re.compile(r", ([^\W\d_][\w'’]*) ([^\W\d_]{1,3}) $")
_CONJUNCTION_AFTER = re.compile(r" ([^\W\d_]{1,3}) ([^\W\d_]+)")


def list_item(text: str, span: tuple[int, int]) -> bool:
    """Whether the token is an item of a list of names ("Pinto's, Cortefiel, Alain …",
    "Somera, Artecalle y Tendería", "Módena y Novellara, realizando"): a name glued to a
    content word makes no list item, a place or brand written as one word does."""
    start, end = span
    before = text[max(0, start - 40) : start]
    if not before.endswith(", "):
        joined = _CONJUNCTION_BEFORE.search(before)
        if not joined or not joined.group(1)[0].isupper() or not joined.group(2).islower():
            return False
    if text[end : end + 1] in (",", ";"):
        return True
    joined = _CONJUNCTION_AFTER.match(text, end, end + 40)
    return bool(joined and joined.group(1).islower() and joined.group(2)[0].isupper())


# A case ending (glue_inflections) of three letters or more after a first part this well known
# makes the token an inflected name or word (see inflected_name).
_INFLECTED_STEM_ZIPF = 3.0
_LONG_INFLECTION = 3


def inflected_name(token: str, tables: GlueTables, language: str) -> bool:
    """Whether the token is a known name or word with one of the language's case endings
    ("Taiwan|ului", "Dictat|ului"): none of its splits is a glued word then. Also a name the
    language's word list knows, even rarely, with a two-letter case ending of names
    (casing table ``inflection_endings``: Russian "Шавкат|ом", Polish "Banaś|em" is no
    "Шавк" + "атом"), where common nouns are not capitalised."""
    lower = token.lower()
    for ending in tables.inflections:
        if len(ending) < _LONG_INFLECTION or not lower.endswith(ending):
            continue
        stem = token[: -len(ending)]
        if stem.lower() in tables.names or zipf(stem, language) >= _INFLECTED_STEM_ZIPF:
            return True
    return any(
        len(token) - len(ending) >= _NAME_STEM_LETTERS
        and zipf(token[: -len(ending)], language) >= _NAME_STEM_ZIPF
        for ending in _name_case_endings(language)
        if lower.endswith(ending)
    )


# A name's stem before a two-letter case ending: this long, and known to the language's word
# list at least this well ("шавкат" 2.2; an unknown first part, "Шавк", scores 0).
_NAME_STEM_LETTERS = 4
_NAME_STEM_ZIPF = 2.0


@lru_cache(maxsize=64)
def _name_case_endings(language: str) -> tuple[str, ...]:
    """The two-letter case endings of names (casing table), none where nouns are capitalised
    (German: an ending there is as often a glued word)."""
    from mtlint.checks.casingdata import casing_data

    casing = casing_data(language)
    if casing.nouns_capitalised:
        return ()
    return tuple(ending for ending in casing.inflection_endings if len(ending) == 2)


def letter_in_context(text: str, span: tuple[int, int], function_words: frozenset[str]) -> bool:
    """Whether a one-letter glue word sits between a multi-word name and a lower-case word:
    a capitalised word (not "The") right before the token, a lower-case word right after."""
    start, end = span
    return lower_after(text, end) and after_capitalised_word(text, start, function_words)


APOSTROPHE = re.compile("['’]")
# The word glued after a case ending (see apostrophe_split): this long and well known, or a
# glue word.
_AFTER_SUFFIX = (4, 3.5)


def suffix_chain(tail: str, tables: GlueTables) -> bool:
    """Whether the part after a name's apostrophe is one suffix chain: a suffix run (the
    plural "ler", "leri", "deki") alone or with an apostrophe ending after it ("lerden",
    "larıyla", "dakilerin"), so no ending inside it is followed by a glued word."""
    for run in tables.apostrophe_suffix_runs:
        if tail.startswith(run):
            rest = tail[len(run) :]
            if not rest or rest in tables.apostrophe_suffixes:
                return True
    return False


def apostrophe_split(token: str, tables: GlueTables, language: str) -> Split:
    """A name, an apostrophe and a case ending, then a word glued on ("Ankara’dabir",
    "Mahallesi'ndebulunan"): split after the ending that leaves the best-known word."""
    head, mark, tail = token.partition("’" if "’" in token else "'")
    if not head[:1].isupper() or not head.isalpha() or not tail.isalpha() or not tail.islower():
        return None
    if suffix_chain(tail, tables):
        return None
    least_length, least_zipf = _AFTER_SUFFIX
    best: Split = None
    for ending in tables.apostrophe_suffixes:
        if not tail.startswith(ending):
            continue
        rest = tail[len(ending) :]
        if rest in tables.inflections and rest not in tables.glue:
            continue  # "İstanbul'daki|lerin": endings chained, which wordfreq lists as words
        rest_zipf = zipf(rest, language)
        # An inflected word wordfreq lacks ("bağımsızlığından"), told by its first letter.
        opens_word = len(rest) >= least_length and rest[0] in tables.word_after_suffix_letters
        if (
            rest not in tables.glue
            and not opens_word
            and (len(rest) < least_length or rest_zipf < least_zipf)
        ):
            continue
        if best is None or rest_zipf > best[4]:
            best = (token, head + mark + ending, rest, zipf(head, language), rest_zipf)
    return best


# A one-letter glue word (English "a") only after a long, common first part.
_LETTER_PREFIX = (6, 4.0)  # its least length and zipf


# An English word before an English glue word in another language (see english_split).
_ENGLISH_PREFIX = (4, 3.5)  # its least length and English zipf


def english_split(token: str, tables: GlueTables) -> Split:
    """An English word glued to an English function word inside an English title quoted in
    another language ("Voicesfor Africa"): the first part a common English word."""
    lower = token.lower()
    least_length, least_zipf = _ENGLISH_PREFIX
    for word in tables.english_glue:
        if lower.endswith(word) and len(token) - len(word) >= least_length:
            prefix = token[: -len(word)]
            prefix_zipf = zipf(prefix, "en")
            if prefix_zipf >= least_zipf:
                return (token, prefix, token[-len(word) :], prefix_zipf, 0.0)
    return None


def letter_split(token: str, tables: GlueTables, language: str) -> Split:
    """A one-letter glue word after a common word that ends a multi-word name ("Felix Sanchez
    Stadiuma neutral court"): taken only in that context (see in_context)."""
    letter = token[-1].lower()
    if letter not in tables.glue_letters and letter not in tables.place_letters:
        return None
    prefix = token[:-1]
    least_length, least_zipf = _LETTER_PREFIX
    prefix_zipf = zipf(prefix, language)
    if len(prefix) < least_length or prefix_zipf < least_zipf:
        return None
    return (token, prefix, token[-1], prefix_zipf, 0.0)


def after_capitalised_word(text: str, start: int, function_words: frozenset[str]) -> bool:
    """Whether a capitalised word that is no function word ("The") stands right before."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(
        before
        and before.group(1)[0].isupper()
        and before.group(1).lower() not in function_words
        and text[before.end(1) : start].isspace()
    )


# The last word of a multi-word name before a glue word (see name_part): this long, this well
# known (a name wordfreq has seen).
_NAME_PART = (5, 1.0)
# A longer word that ends the token this well known makes it a name ("Garl|and": "land").
_NAME_PART_ENDING_ZIPF = 3.0


def name_part(token: str, prefix: str, suffix: str, prefix_zipf: float, tables: GlueTables) -> bool:
    """Whether a glue word of three letters or more may be glued to a name's last word: the
    first part long and known a little, and no longer word ends the token ("Leyen|and", not
    "Garl|and", which ends in "land")."""
    least_length, least_zipf = _NAME_PART
    return (
        len(suffix) >= 3
        and len(prefix) >= least_length
        and prefix_zipf >= least_zipf
        and token[0].isupper()
        and word_ending(token.lower(), len(suffix), tables.language)
        < max(_NAME_PART_ENDING_ZIPF, prefix_zipf)
    )


def after_name_word(
    text: str, start: int, function_words: frozenset[str], tables: GlueTables
) -> bool:
    """Whether a name's word ("Olaf Scholz…") or a name particle ("von der Leyen…") stands
    right before ``start`` on the same line."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not before or not text[before.end(1) : start].isspace():
        return False
    word = before.group(1)
    if word.lower() in tables.particles:
        return True
    return word[0].isupper() and word.lower() not in function_words


# A surname-shaped first part (see name_shaped): at least this long.
_NAME_SHAPE_LENGTH = 5


def name_shaped(prefix: str, tables: GlueTables) -> bool:
    """Whether a capitalised first part ends the way surnames end in the language's table
    (Slavic "-ov", "-enko", Armenian "-yan", Romanian "-escu": name_final_endings), so that
    what runs on after it is another word ("Kubrakov|and", "Tokayev|received")."""
    return (
        len(prefix) >= _NAME_SHAPE_LENGTH
        and prefix[:1].isupper()
        and prefix.lower().endswith(tables.name_final_endings)
    )


def after_unknown_name(token: str, prefix: str, suffix: str, tables: GlueTables) -> bool:
    """Whether a glue word that seldom ends a name follows a first part of four letters or
    more (known or not) and no longer word ends the token ("Eighmeyund", "Zmappfue")."""
    lower = suffix.lower()
    return (
        lower in tables.name_glue
        and len(prefix) >= 4
        and token[0].isupper()
        and not ends_in_word(token.lower(), len(lower), tables.language)
    )


# An adjective glued to a noun (see adjective_split): the adjective known, the noun common.
ADJECTIVE_ZIPF = 1.0
ADJECTIVE_NOUN_ZIPF = 3.0  # zipf = log10(frequency) + 9
# The zipf a verb with one of a language's verb_endings needs ("-aba": "giraba").
CONTENT_FOREIGN_VERB_ZIPF = 3.0


def adjective_split(token: str, tables: GlueTables, language: str) -> Split:
    """A known adjective glued to a known noun after an ending that never stands inside a
    word ("Государственныйсуд"), the longest adjective."""
    lower = token.lower()
    for ending in tables.adjective_endings:
        cut = lower.rfind(ending, 0, len(lower) - 3) + len(ending)
        if cut < 4 + len(ending):
            continue
        prefix, suffix = token[:cut], token[cut:]
        prefix_zipf = zipf(prefix, language)
        suffix_zipf = zipf(suffix, language)
        if prefix_zipf >= ADJECTIVE_ZIPF and suffix_zipf >= ADJECTIVE_NOUN_ZIPF:
            return (token, prefix, suffix, prefix_zipf, suffix_zipf)
    return None


def follows_name_alone(suffix: str, suffix_zipf: float, tables: GlueTables) -> bool:
    """Whether ``suffix`` is common enough to split off an unknown name that follows another
    capitalised word ("Mauna Keaestá"), in a language that looks for that."""
    needed = tables.name_content_zipf
    if tables.verb_endings and suffix.endswith(tables.verb_endings):
        needed = min(needed, CONTENT_FOREIGN_VERB_ZIPF)
    return bool(needed) and len(suffix) >= 4 and suffix_zipf >= needed


# A word glued to a known name that ends a multi-word name, rarer than name_content_zipf asks:
# a three-letter word among the commonest ("Klaus Iohannis|are"), or a long one, often an
# inflected form, after a well-known name ("Recep Tayyip Erdoğan|başkanlığında").
_SHORT_AFTER_NAME = (3.0, 5.5)  # the first part's zipf, the word's
_LONG_AFTER_NAME = (8, 4.0, 3.2)  # the word's length, the first part's zipf, the word's
# A long, common word ("including") after any name, in any language (English included).
_COMMON_LONG_WORD = (8, 4.5)  # the word's length and zipf


def after_known_name(
    suffix: str, suffix_zipf: float, prefix_zipf: float, tables: GlueTables
) -> bool:
    """Whether a word may split off a known name that follows another capitalised word, in a
    language that looks for names glued to common words (see follows_name_alone): short words
    end unknown names by chance, known names seldom; long words seldom end any name."""
    length, common = _COMMON_LONG_WORD
    if len(suffix) >= length and suffix_zipf >= common and suffix not in tables.names:
        return True  # "Giancarlo Righini|including": no name ends in such a word
    if not tables.name_content_zipf:
        return False
    least_prefix, least_suffix = _SHORT_AFTER_NAME
    if len(suffix) == 3:
        return prefix_zipf >= least_prefix and suffix_zipf >= least_suffix
    length, least_prefix, least_suffix = _LONG_AFTER_NAME
    return len(suffix) >= length and prefix_zipf >= least_prefix and suffix_zipf >= least_suffix


# A shaped split (see shaped_split): the second part this well known after a name-shaped first
# part; after a known first part (this well known), before a verb.
_SHAPED_SUFFIX_ZIPF = 3.5
_SHAPED_VERB = (3.0, 2.9)  # the first part's zipf, the verb's
_SHAPED_SUFFIX_LENGTH = 4


def shaped(prefix: str, suffix: str, tables: GlueTables) -> bool:
    """Whether a split's shape says two words: its first part ends like a name or a closed
    compound (name_final_endings: Turkish "Bankası|yaptığı"), or its second part like a
    finite verb (glue_verb_endings: Dutch "Jonge|presenteerden", Swedish "Aftonbladet|
    hittades"), which never ends a compound noun, or its first part like an inflected
    adjective (glue_adjective_endings: Swedish "Europeiska|rådets"), which never starts one."""
    if suffix in tables.inflections or suffix in tables.name_endings:
        return False
    verb = bool(tables.verb_endings) and suffix.endswith(tables.verb_endings)
    return name_shaped(prefix, tables) or verb or adjective_shaped(prefix, tables)


# An adjective's stem before its ending (glue_adjective_endings): at least this many letters.
# A one-letter stem is a noun's or a verb's root that happens to end so (Danish "f|iske",
# fishing; Swedish "f|iska", to fish), never a derived adjective ("russ|iske", "ry|ska").
_ADJECTIVE_STEM_LETTERS = 2


def adjective_shaped(prefix: str, tables: GlueTables) -> bool:
    """Whether a first part ends like an inflected adjective (glue_adjective_endings) after a
    stem of two letters or more."""
    lower = prefix.lower()
    return any(
        lower.endswith(ending) and len(lower) - len(ending) >= _ADJECTIVE_STEM_LETTERS
        for ending in tables.adjective_heads
    )


def adjective_shaped_only(prefix: str, suffix: str, tables: GlueTables) -> bool:
    """Whether only the first part's adjective ending says two words (see shaped): the
    capital of such a token is its evidence of a name ("av Ryskafederationen"), which a
    sentence's first word lacks; there the same shape is an ordinary compound of a language
    name or a noun ("Svenskaundervisningen", "Fiskeeksporten")."""
    if name_shaped(prefix, tables) or not adjective_shaped(prefix, tables):
        return False
    return not (tables.verb_endings and suffix.lower().endswith(tables.verb_endings))


# What ends the sentence before a word.
_SENTENCE_BREAK = frozenset(".!?:;\n\"'“”«»()–—-•*#|")


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a line or a sentence."""
    before = text[max(0, start - 4) : start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_BREAK


def shaped_split(token: str, tables: GlueTables, language: str) -> Split:
    """In a compounding language (where two words make one), an unknown capitalised token
    split only where its shape says two words (see shaped): the best-known second part."""
    lower = token.lower()
    least_prefix, least_verb = _SHAPED_VERB
    best: Split = None
    for cut in range(_SHAPED_SUFFIX_LENGTH, len(token) - _SHAPED_SUFFIX_LENGTH + 1):
        prefix, suffix = token[:cut], lower[cut:]
        if not shaped(prefix, suffix, tables):
            continue
        suffix_zipf = zipf(suffix, language)
        prefix_zipf = zipf(prefix, language)
        if name_shaped(prefix, tables):
            if suffix_zipf < _SHAPED_SUFFIX_ZIPF:
                continue
        elif suffix_zipf < least_verb or prefix_zipf < least_prefix:
            continue
        if best is None or suffix_zipf > best[4]:
            best = (token, prefix, token[cut:], prefix_zipf, suffix_zipf)
    return best


def name_tail_split(token: str, tables: GlueTables) -> Split:
    """In a compounding language, the longest common word (name_content_zipf) that ends an
    unknown capitalised token, for a multi-word name whose last word has a word glued on
    ("Charles Michelbesökte"): in_context asks for the capitalised word before. A name joins
    a word with a hyphen there ("Rutte-kabinet"); surname parts are name endings ("-berg")."""
    if not tables.name_content_zipf:
        return None
    lower = token.lower()
    language = tables.language
    for cut in range(_COMPOUND_PART_LENGTH, len(token) - _COMPOUND_PART_LENGTH + 1):
        suffix = lower[cut:]
        # Inside an inflection the table lists ("Ekibim|izle" is "ekibimiz" + "-le": the
        # possessive and the case ending, whatever word they spell), or one itself: no glue.
        if tables.inflected(lower, len(suffix)) or suffix in tables.glue:
            continue
        if tables.ends_like_name(lower, len(suffix) - 1):
            continue
        suffix_zipf = zipf(suffix, language)
        if follows_name_alone(suffix, suffix_zipf, tables):
            return _best_known_cut(token, cut, language)
        # Only a short or a long word may need the first part's zipf (see after_known_name).
        if (len(suffix) == 3 or len(suffix) >= _LONG_AFTER_NAME[0]) and after_known_name(
            suffix, suffix_zipf, zipf(token[:cut], language), tables
        ):
            return _best_known_cut(token, cut, language)
    return None


# A longer second part that is still a word (see _best_known_cut).
_LONGER_PART_ZIPF = 2.0


def _best_known_cut(token: str, cut: int, language: str) -> Split:
    """The split at ``cut`` or a few letters before it, where the first part is best known
    and the second still a word ("Resecentrum|avbryter", not "…av|bryter")."""
    best = (
        token,
        token[:cut],
        token[cut:],
        zipf(token[:cut], language),
        zipf(token[cut:], language),
    )
    for earlier in range(cut - 1, max(_COMPOUND_PART_LENGTH, cut - 4) - 1, -1):
        suffix_zipf = zipf(token[earlier:], language)
        prefix_zipf = zipf(token[:earlier], language)
        if suffix_zipf >= _LONGER_PART_ZIPF and prefix_zipf > best[3]:
            # The common word inside it still vouches for the split: its zipf is kept.
            best = (token, token[:earlier], token[earlier:], prefix_zipf, best[4])
    return best


# A common word glued after an all-capitals name standing alone elsewhere ("HTTPXwould").
_ACRONYM_SUFFIX_ZIPF = 4.0
_ACRONYM_GLUED = re.compile(r"([A-Z][A-Z0-9]+)([a-z]{2,})")


def acronym_split(token: str, tables: GlueTables, language: str) -> tuple[Split, Split] | None:
    """An all-capitals name glued to a function word or a common word ("HTTPXwould"): only
    on evidence, the name standing alone elsewhere ("IDs", "PDFs", "URLencoded" do not split
    into a known word)."""
    match = _ACRONYM_GLUED.fullmatch(token)
    if not match:
        return None
    prefix, suffix = match.groups()
    if suffix in tables.glue:
        return None, (token, prefix, suffix, zipf(prefix, language), 0.0)
    suffix_zipf = zipf(suffix, language)
    if len(suffix) >= 3 and suffix_zipf >= _ACRONYM_SUFFIX_ZIPF:
        return None, (token, prefix, suffix, zipf(prefix, language), suffix_zipf)
    return None
