"""MT101's lower-case glue (glue.py calls it): an unknown lower-case word split into a function
word and a word ("ofdeveloping", "thetwo") or into two long well-known words
("strategicpartnership"), where the language looks for either (leading_glue_words,
content_glue); and a preposition glued to an article that wordfreq learnt from the web as a
word ("ofthe": function_pair); and the screen that picks the few chunks any glue split can
apply to (rare_chunks)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import compress, repeat
from operator import and_, getitem, or_
from typing import TYPE_CHECKING

from mtlint.checks.glue_romance import accentless_prefix
from mtlint.checks.glue_shapes import zipf
from mtlint.checks.lexicon import has_lexicon, known_form
from mtlint.checks.spelling import one_edit_words
from mtlint.checks.wordlists import frequency_dict

if TYPE_CHECKING:
    from mtlint.checks.glue import GlueTables, Split

# An unknown lower-case word: the word after a function word, and each of two content words.
_LOWER_SUFFIX_ZIPF = 3.5
# wordfreq knows some glued forms from the web ("thetwo" 1.05): rarer than this is no word.
_LOWER_TOKEN_ZIPF = 1.5
LOWER_FREQUENCY = 10 ** (_LOWER_TOKEN_ZIPF - 9.0)
_LOWER_PARTS_ZIPF = 3.5
# Both parts that long: closed compounds are made of short words ("breakrooms", "mouthpart").
LOWER_PART_LENGTH = 6


def lower_split(token: str, tables: GlueTables, language: str) -> Split:
    """An unknown lower-case word split into a function word and a word ("ofdeveloping",
    "thetwo") or into two well-known words of six letters or more ("strategicpartnership");
    the best-known pair. Not in a compounding language, where such words are normal. Only the
    cuts that can qualify are tried (after a leading glue word; both parts long)."""
    if tables.compounds or not (tables.leading_glue or tables.content_glue):
        return None
    token_zipf = zipf(token, language)
    if token_zipf >= _LOWER_TOKEN_ZIPF:
        return None
    cuts = [k for k in range(2, 6) if token[:k] in tables.leading_glue]
    if tables.content_glue and not token_zipf:
        cuts += range(LOWER_PART_LENGTH, len(token) - LOWER_PART_LENGTH + 1)
    best: Split = None
    for cut in cuts:
        prefix, suffix = token[:cut], token[cut:]
        leading = prefix in tables.leading_glue
        # "thetwo", "ofregion"; not "atend" or "aslee" (misspellings, two short parts).
        if leading and (len(suffix) < 3 or (len(prefix) < 3 and len(suffix) < 5)):
            continue
        suffix_zipf = zipf(suffix, language)
        rare = suffix_zipf < (_LOWER_SUFFIX_ZIPF if leading else _LOWER_PARTS_ZIPF)
        if rare and not (leading and loan_word(suffix, suffix_zipf, tables)):
            continue
        if leading and accentless_prefix(prefix, suffix, language):
            continue
        if leading and len(prefix) == 2 and verb_of_its_own(token, tables, language):
            continue
        # A word-forming prefix is no word glued on ("pseudonaukowa", "contracandidat",
        # "francoalemán"), nor a compound's first part with its linking vowel ("polsko|").
        if not leading and (
            prefix in tables.word_prefixes or prefix.endswith(tables.linking_vowels)
        ):
            continue
        # A verb with its clitics (Italian "spiegando|glielo") is one word, and so is a
        # compound of a verb stem (French reformed "compte|goutte": compound_heads).
        if not leading and (suffix in tables.inflections or prefix in tables.compound_heads):
            continue
        prefix_zipf = zipf(prefix, language)
        if not leading and prefix_zipf < _LOWER_PARTS_ZIPF:
            continue
        if best is None or min(prefix_zipf, suffix_zipf) > min(best[3], best[4]):
            best = (token, prefix, suffix, prefix_zipf, suffix_zipf)
    if best is None and tables.short_glue_zipf and not token_zipf:
        best = short_split(token, tables, language, tables.short_glue_zipf)
    return best


# An English word the language has taken in ("singles", "hits" in Portuguese): this well
# known in the language and in English, after a leading glue word ("desingles", "seushits").
_LOAN_ZIPF = (3.0, 4.0)
_LOAN_LENGTH = 4


def loan_word(suffix: str, suffix_zipf: float, tables: GlueTables) -> bool:
    """Whether a rarer second part is a loan word from the borrowing language (English)."""
    least, english = _LOAN_ZIPF
    if not tables.borrowing or suffix_zipf < least or len(suffix) < _LOAN_LENGTH:
        return False
    return zipf(suffix, tables.borrowing) >= english


# Short parts: the second at least this long (shorter tails are endings and clitics: "-ului",
# "-lo"), a first part this short only when it is a leading glue word ("della|regione").
SHORT_SUFFIX_LENGTH = 4
_SHORT_PREFIX_LENGTH = 3
# With the document's evidence (the first part standing alone elsewhere), one part may be
# this much less known ("contratti" in a page about contracts).
_SHORT_EVIDENCE_ZIPF = 3.0


def short_split(token: str, tables: GlueTables, language: str, needed: float) -> Split:
    """An unknown lower-case word (wordfreq knows it neither in the language nor in the
    borrowing one) that splits into two words both at least ``needed`` well known, though one
    or both are shorter than content_glue asks ("sidopeor", "villesauront",
    "contrattihanno"): where short_content_glue_zipf is set (languages that write no solid
    compounds of common words). A first part of three letters or less must be a leading glue
    word (not a prefix: "pro", "sub", "при"), never a word-forming prefix or combining form
    ("micro", "vídeo"); a second part is never an inflection."""
    if not token.isalpha() or zipf(token, language):
        return None
    if tables.borrowing and zipf(token, tables.borrowing):
        return None
    best: Split = None
    short_part = tables.short_part_zipf
    shortest = SHORT_SUFFIX_LENGTH - 1 if short_part else SHORT_SUFFIX_LENGTH
    for cut in range(2, len(token) - shortest + 1):
        prefix, suffix = token[:cut], token[cut:]
        if len(prefix) <= _SHORT_PREFIX_LENGTH and prefix not in tables.leading_glue:
            too_short = not short_part or len(prefix) < _SHORT_PREFIX_LENGTH
            if too_short or zipf(prefix, language) < short_part:
                continue
        if len(suffix) < SHORT_SUFFIX_LENGTH and zipf(suffix, language) < short_part:
            continue
        if prefix in tables.word_prefixes or suffix in tables.inflections:
            continue
        if suffix in tables.compound_tails or suffix.rstrip("s") in tables.compound_tails:
            continue  # a derivation or closed compound: "viewless", "cloudlet", "lockfile"
        if prefix in tables.compound_heads:  # "portabiglietti", "millepattes": one word
            continue
        if len(prefix) > 2 and prefix.endswith(tables.linking_vowels):
            continue
        prefix_zipf = zipf(prefix, language)
        suffix_zipf = zipf(suffix, language)
        if min(prefix_zipf, suffix_zipf) < needed or accentless_prefix(prefix, suffix, language):
            continue
        if len(prefix) == 2 and verb_of_its_own(token, tables, language):
            continue
        if best is None or min(prefix_zipf, suffix_zipf) > min(best[3], best[4]):
            best = (token, prefix, suffix, prefix_zipf, suffix_zipf)
    # Asked only of a token that splits (a handful per text): a word inflected or misspelt.
    if best is not None and tables.word_endings and word_or_slip(token, tables, language):
        return None
    return best


def word_or_slip(token: str, tables: GlueTables, language: str) -> bool:
    """Whether an unknown word is a known one inflected ("breakrooms": "breakroom"; "mouthpart":
    "mouthparts") or one slip from a frequent word ("consentrated"): a word, not two glued."""
    for ending in tables.word_endings:
        if zipf(token + ending, language):
            return True
        if token.endswith(ending) and zipf(token[: -len(ending)], language):
            return True
    return bool(one_edit_words(token, language, drop_first=False))


def short_evidence_split(token: str, tables: GlueTables, language: str) -> Split:
    """short_split with one part less known, for the document's evidence to decide (see
    glue_evidence.choose_splits: the first part must stand alone elsewhere in the text)."""
    if not tables.short_glue_zipf or zipf(token, language) >= _LOWER_TOKEN_ZIPF:
        return None
    split = short_split(token, tables, language, _SHORT_EVIDENCE_ZIPF)
    if split is None or max(split[3], split[4]) < tables.short_glue_zipf:
        return None
    return split


# Another inflected form this well known makes the rare word a form of its own
# ("betretende" 1.0 for "betretender"); a participle's verb must be better known.
_OTHER_FORM_ZIPF = 1.0
_PARTICIPLE_VERB_ZIPF = 2.5
# A stem shorter than this takes endings by chance.
_FORM_STEM = 4


def form_of_a_word(token: str, tables: GlueTables, language: str) -> bool:
    """Whether a rare word is a word of the language inflected (form_endings,
    participle_stems): "betretender" ("betretende" is known), "benutzender" (the participle
    "benutzend" of "benutzen"), not "benutzen" + "der". German and Dutch present participles
    end like a verb glued to an article, and a safe split wrote "zu benutzen der" into text."""
    lower = token.lower()
    for ending in tables.form_endings:
        stem = lower[: len(lower) - len(ending)]
        if not lower.endswith(ending) or len(stem) < _FORM_STEM:
            continue
        if any(
            other != ending and zipf(stem + other, language) >= _OTHER_FORM_ZIPF
            for other in tables.form_endings
        ):
            return True
        if token.islower() and any(
            stem.endswith(tail)
            and zipf(stem[: -len(tail)] + verb, language) >= _PARTICIPLE_VERB_ZIPF
            for tail, verb in tables.participle_stems
        ):
            return True
    return False


# Another form of the same verb this well known makes the rare word a verb form of its own.
_VERB_FORM_ZIPF = 2.5


def verb_of_its_own(token: str, tables: GlueTables, language: str) -> bool:
    """Whether a rare lower-case word is a form of a known verb: its stem (without one of the
    language's verb_form_endings) takes another of them as a known word. "ostentaram" is
    "ostentar" conjugated, not "os" + "tentaram"; "depondría" is "deponer"'s, "dirompere"
    "dirompente"'s (a verb prefix, or a verb that merely starts like a glue word)."""
    for ending in tables.verb_forms:
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            stem = token[: -len(ending)]
            if any(
                other != ending and zipf(stem + other, language) >= _VERB_FORM_ZIPF
                for other in tables.verb_forms
            ):
                return True
    return False


# wordfreq learnt a preposition glued to an article from the web ("ofthe" 3.3): a glued pair
# is no word below this (the contractions that are words are far commoner: Italian "della").
_FUNCTION_PAIR_ZIPF = 3.5
PAIR_FREQUENCY = 10 ** (_FUNCTION_PAIR_ZIPF - 9.0)
# A word of the borrowing language this well known is a loan, not a pair ("trail", "peril").
_FUNCTION_PAIR_LOAN_ZIPF = 2.5


def function_pair(token: str, tables: GlueTables, token_zipf: float) -> bool:
    """Whether a lower-case token is a preposition glued to an article, pronoun or time word of
    three letters or more ("ofthe", "inthis", "delmes") or to a two-letter article the table
    lists (glue_pair_articles: Spanish "enla", French "surla"), rarer
    than the words it joins; never a word of the borrowing language ("trail", "peril" in
    Italian) nor a form the language's lexicon knows (Spanish "párala" written "parala")."""
    if token_zipf >= _FUNCTION_PAIR_ZIPF or not token.islower():
        return False
    if not any(
        token[:cut] in tables.before_noun and _pair_tail(token[cut:], tables)
        for cut in range(2, len(token) - 1)
    ):
        return False
    if tables.borrowing and zipf(token, tables.borrowing) >= _FUNCTION_PAIR_LOAN_ZIPF:
        return False
    return not (has_lexicon(tables.language) and known_form(token, tables.language))


def _shortest_glue(tables: GlueTables) -> int:
    """The shortest lower-case word lower_split or short_split can cut in two."""
    if not tables.short_glue_zipf:
        return 2 * LOWER_PART_LENGTH
    shortest = SHORT_SUFFIX_LENGTH - 1 if tables.short_part_zipf else SHORT_SUFFIX_LENGTH
    return 2 * shortest


def screened_as_short(token: str, tables: GlueTables) -> bool:
    """Whether the screen keeps a lower-case word only since its parts may be three letters
    long (six or seven letters, session 15): no glue word ends it, no leading glue word opens
    it. Such words ("sonling", but also identifiers: "getline", "putchar") reached MT101
    through no measured band; MT101 takes them on the document's evidence only, doubtful."""
    old_shortest = 2 * (SHORT_SUFFIX_LENGTH if tables.short_glue_zipf else LOWER_PART_LENGTH)
    if not (token[:1].islower() and _shortest_glue(tables) <= len(token) < old_shortest):
        return False
    lowered = token.lower()
    if any(lowered[-size:] in tables.glue_tails for size in (2, 3, 4)):
        return False
    return not (
        tables.leading_glue and any(lowered[:size] in tables.leading_glue for size in range(2, 6))
    )


def _pair_tail(suffix: str, tables: GlueTables) -> bool:
    """Whether a function_pair may end in ``suffix``: a determiner of three letters or more,
    or a two-letter article the table lists (glue_pair_articles)."""
    return suffix in tables.determiners and (len(suffix) >= 3 or suffix in tables.pair_tails)


def pair_split(token: str, tables: GlueTables, language: str) -> Split:
    """A function_pair token cut into its preposition and its article ("en|la", "dans|le"):
    where no glue split takes it (an article is also a name particle: "de la")."""
    token_zipf = zipf(token, language)
    if not function_pair(token, tables, token_zipf):
        return None
    for cut in range(2, len(token) - 1):
        prefix, suffix = token[:cut], token[cut:]
        if prefix in tables.before_noun and _pair_tail(suffix, tables):
            return (token, prefix, suffix, zipf(prefix, language), 0.0)
    return None


# Words at least this frequent (zipf 2.5) are never glued words.
RARE_FREQUENCY = 10 ** (2.5 - 9.0)
_STRIP = "\"'“”‘’()[]{}<>,.;:!?…*_"


def rare_chunks(chunks: Iterable[str], tables: GlueTables, language: str) -> Iterator[str]:
    """The chunks whose word (punctuation stripped) is rare or unknown and either
    capitalised or may end in a glue word: the only ones that can be glued words (and a
    few more). Screened at C speed, since most chunks of a text are common words."""
    chunks = list(chunks)
    frequencies = frequency_dict(language)
    words = list(map(str.strip, chunks, repeat(_STRIP)))
    lowered = list(map(str.lower, words))
    # Looked up case-folded, as wordfreq stores words ("straße" is "strasse").
    folded = list(map(str.casefold, words))
    found = list(map(frequencies.get, folded, repeat(0.0)))
    rare = list(map(RARE_FREQUENCY.__gt__, found))
    if tables.pair_heads and tables.pair_tails:  # "ofthe": see function_pair
        pairs = map(
            and_,
            map(PAIR_FREQUENCY.__gt__, found),
            map(
                and_,
                map(str.startswith, lowered, repeat(tables.pair_heads)),
                map(str.endswith, lowered, repeat(tables.pair_tails)),
            ),
        )
        rare = list(map(or_, rare, pairs))
    chunks = list(compress(chunks, rare))
    words = list(compress(words, rare))
    lowered = list(compress(lowered, rare))
    folded = list(compress(folded, rare))
    capitalised = map(str.isupper, map(getitem, words, repeat(slice(0, 1))))
    # A glue word's last two, three or four letters end the word (a superset of
    # ``str.endswith(tables.glue_endings)``, but three set look-ups, not a hundred).
    tails = tables.glue_tails.__contains__
    glued = map(
        or_,
        map(tails, map(getitem, lowered, repeat(slice(-2, None)))),
        map(
            or_,
            map(tails, map(getitem, lowered, repeat(slice(-3, None)))),
            map(tails, map(getitem, lowered, repeat(slice(-4, None)))),
        ),
    )
    keep = list(map(or_, capitalised, glued))
    # An unknown lower-case word may be two words glued ("ofdeveloping", "strategicpartnership"):
    # one that starts with a leading glue word, or is long enough for two long words.
    if tables.leading_glue or tables.content_glue:
        two_words = [False] * len(lowered)
        if tables.content_glue:
            # Two short words (short_split): parts of four letters or more, or of three where
            # the language's commonest short words may be parts ("son|ling", "six|years").
            two_words = list(map(_shortest_glue(tables).__le__, map(len, lowered)))
        for size in range(2, 6) if tables.leading_glue else ():
            starts = map(
                tables.leading_glue.__contains__, map(getitem, lowered, repeat(slice(size)))
            )
            two_words = list(map(or_, two_words, starts))
        unknown = map(LOWER_FREQUENCY.__gt__, map(frequencies.get, folded, repeat(0.0)))
        keep = list(map(or_, keep, map(and_, two_words, unknown)))
    return compress(chunks, keep)
