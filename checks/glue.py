"""MT101's glued-word analysis, in three parts: candidate generation (which tokens split into a
known word or name plus a common word), evidence (what the document itself says: a first part
standing alone elsewhere) and decision (how sure a split is, alone and in its context).

Language differences are data: the glue words and name endings of resources/lang/<lang>.json
(and resources/typography/<lang>.json: more glue words, glue words that seldom end a name,
auxiliaries and participle endings, inflections, case endings after an apostrophe), word
frequencies from wordfreq. A compounding language (German, Dutch, Swedish: ``"compounds":
true``; Turkish: ``"glue_compounds": true``) writes noun + noun as one word, so there only a
function word glued to a first part is split off. The per-language word shapes (compounds of
known parts, Turkish case endings, one-letter and English glue words) are in glue_shapes.py.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from itertools import compress, repeat

from mtlint.checks.glue_boundary import compound_adjective
from mtlint.checks.glue_lower import (
    form_of_a_word,
    function_pair,
    lower_split,
    pair_split,
    short_evidence_split,
)
from mtlint.checks.glue_romance import CONFIDENCE as CAPITAL_LEADING
from mtlint.checks.glue_romance import capital_leading_split, is_capital_leading
from mtlint.checks.glue_segment import run_together
from mtlint.checks.glue_shapes import (
    ADJECTIVE_NOUN_ZIPF,
    ADJECTIVE_ZIPF,
    APOSTROPHE,
    CONTENT_FOREIGN_VERB_ZIPF,
    acronym_split,
    adjective_split,
    after_capitalised_word,
    after_known_name,
    after_name_word,
    after_unknown_name,
    apostrophe_split,
    compound_zipf,
    ends_in_word,
    english_split,
    follows_name_alone,
    inflected_name,
    letter_in_context,
    letter_split,
    list_item,
    lower_after,
    name_part,
    name_shaped,
    name_tail_split,
    shaped,
    shaped_split,
    zipf,
)
from mtlint.checks.glue_tables import GlueTables
from mtlint.checks.wordlists import frequency_dict

_STRIP = "\"'“”‘’()[]{}<>,.;:!?…*_"
_CLOSERS = frozenset(",.;:!?…)]}\"'”’")
_TECHNICAL = re.compile(r"@|#|://|/|\\|\.\w")
# The words either side of a found token (the cheap context checks).
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W{0,2}$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
# A word glued on this long ends no name (see in_context).
_LONG_GLUED = 8
_TWO_WORDS_AFTER = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)")

# A split: (token, first part, second part, zipf of the first, zipf of the second; 0 for a
# glue word).
Split = tuple[str, str, str, float, float] | None


# Zipf bounds of the content-word split ("Galileoaimed"): the second part a common word (a verb
# form may be rarer than other words, which compound into names more), the first a known word
# or name, the shorter the better known (short words fit into names by chance).
_CONTENT_SUFFIX_ZIPF = 5.0
_CONTENT_PLURAL_ZIPF = 4.0  # "-s": a plural or a verb ("rates", "seems")
_CONTENT_VERB_ZIPF = 3.5  # "-ed", "-ing": a verb ("aimed", "blaming")
_CONTENT_PREFIX_ZIPF = {3: 4.0, 4: 4.0, 5: 2.5, 6: 1.5}
_CONTENT_LONG_PREFIX_ZIPF = 1.0
# A long, well-known first part ("Vietnamese", "Australian") may take a rarer word.
_CONTENT_STRONG_PREFIX = (7, 3.0, 3.5)  # length, zipf, the suffix's zipf then
# A long second part after a common word ("Basicauthentication"): long words end names by
# chance far less often than short ones.
_CONTENT_LONG_SUFFIX = (9, 4.0, 3.0)  # the suffix's length, the prefix's zipf, the suffix's zipf
# A three-letter word ("due", "use") only after a long, well-known first part ("Octoberdue").
_CONTENT_SHORT_SUFFIX = (7, 4.0, 5.3)  # the first part's length and zipf, the suffix's zipf
# Zipf bounds of the first part before a function word, by its length, without evidence: before
# a two-letter word ("Chongqingto") and before a longer one ("Harappaand").
_GLUE2_PREFIX_ZIPF = {3: math.inf, 4: 5.0, 5: 3.5, 6: 3.5, 7: 3.5}
_GLUE2_LONG_PREFIX_ZIPF = 2.0
# The least a language's own threshold (glue_prefix_zipf) may lower that to.
_GLUE2_RELAXED_PREFIX_ZIPF = 3.2
_GLUE_PREFIX_ZIPF = {3: 4.5, 4: 3.5, 5: 2.0}
_GLUE_LONG_PREFIX_ZIPF = 1.0
# The same before a determiner ("Rajivin the past"), where a name seldom stands.
_GLUE2_DETERMINER_PREFIX_ZIPF = {3: math.inf, 4: 4.0, 5: 2.0}
_GLUE_DETERMINER_PREFIX_ZIPF = {3: 4.5, 4: 3.0}
_LOG_FREQUENCY = 9.0
# The first part of a lower-case word before a glue word of four letters or more ("they").
_LOWER_GLUE_PREFIX_ZIPF = 3.0
# A first part this long takes that bound before a three-letter glue word too: long words end
# in a function word by chance far less often than short ones.
_LONG_LOWER_PREFIX = 8


# The least length of an unknown name glued to a common word after another capitalised word
# (see content_split_confidence).
_UNKNOWN_NAME_LENGTH = 4
# A two-letter preposition after an unknown name before a determiner: the name this long,
# and a capitalised word before it (the confidence is the marker in_context looks for).
_NAME_BEFORE_PREFIX_LENGTH = 5
_NEEDS_NAME_BEFORE = 0.5
# A negation or clitic glued to a known name before a finite verb: the name this well known.
_BEFORE_VERB_PREFIX_ZIPF = 2.0
_NEEDS_VERB_AFTER = 0.52
# A glue word of three letters or more after the last word of a multi-word name that wordfreq
# knows a little ("von der Leyen|and"): in_context asks for a name's word or particle before.
_NEEDS_NAME_PART = 0.51
# A list's last coordinator glued to a known word ("Cheers|et The …", "Samis|et la"):
# in_context asks for a capitalised word or a determiner after it; the first part this long
# and this well known (a word or a name; the whole token is no known word).
_NEEDS_LIST_ITEM = 0.53
_LIST_ITEM_PREFIX = (5, 1.5)
# A preposition glued to a surname after a given name ("Mariana Banasia|za lata"): the surname
# this long and this well known; in_context asks for the capitalised word before.
_NEEDS_GIVEN_NAME = 0.54
_GIVEN_NAME_PREFIX = (5, 2.0)

# The longest glue word looked for (verbs such as "afirmou", "presentó" are long).
_LONGEST_GLUE = 10


def in_context(
    text: str,
    span: tuple[int, int],
    split: tuple[str, str, float],
    confidences: tuple[float, float],
    tables: GlueTables,
    function_words: frozenset[str],
) -> float:
    """The confidence of one occurrence, given the words around it (0: not a glued word):
    ``confidences`` is (on its own, before a determiner)."""
    start, end = span
    prefix, suffix, suffix_zipf = split
    confidence, hopeful = confidences
    if suffix_zipf and len(suffix) == 1:  # "delivereda work": an article's noun follows
        return confidence if lower_after(text, end) else 0.0
    if not suffix_zipf:
        return _unknown_second_part(text, span, split, confidences, tables, function_words)
    if suffix_zipf and not confidence:
        # "Barry Vackerestá": an unknown name glued to a common word, only right after
        # another capitalised word (the first part of a multi-word name) on the same line
        # (not a heading's last word).
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        gap = text[before.end(1) : start] if before else ""
        if before and gap == " " and before.group(1).lower() in tables.person_titles:
            return hopeful if text[start].isupper() else 0.0  # "ministrul Popșoi|va"
        if not before or not before.group(1)[0].isupper() or not gap.isspace() or "\n" in gap:
            return 0.0
        # Two capitalised words after it: the name goes on ("Sheikh Shakhbout Bin Nahyan"),
        # unless a long word was glued on, which no name ends in ("Kurumutarafından Edison").
        after = _TWO_WORDS_AFTER.match(text, end, end + 60)
        goes_on = after and after.group(1)[0].isupper() and after.group(2)[0].isupper()
        return 0.0 if goes_on and len(suffix) < _LONG_GLUED else hopeful
    if (
        suffix_zipf
        and len(prefix) < 4
        and text[start].isupper()
        and not is_capital_leading(prefix, prefix, tables.language)
    ):
        # "Milky Waygalaxy", "Cold Warbegan": a short first part must end a longer name.
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if not before:
            return 0.0
        word = before.group(1)
        if not word[0].isupper() or word.lower() in function_words:
            return 0.0
    return 0.0 if suffix_zipf and list_item(text, span) else confidence


def _unknown_second_part(
    text: str,
    span: tuple[int, int],
    split: tuple[str, str, float],
    confidences: tuple[float, float],
    tables: GlueTables,
    function_words: frozenset[str],
) -> float:
    """:func:`in_context` where the second part is no common word: a letter ("Rajivin",
    "Parisa"), a particle, an English word glued on, or a word that needs a name or a verb
    beside it."""
    start, end = span
    prefix, suffix, _ = split
    confidence, hopeful = confidences
    if len(suffix) == 1:
        if prefix.lower() in tables.names and suffix.lower() in tables.place_letters:
            return hopeful if lower_after(text, end) else 0.0
        return hopeful if letter_in_context(text, span, function_words) else 0.0
    after = _WORD_AFTER.match(text, end, end + 40)
    following = after.group(1).lower() if after else ""
    if suffix.lower() in tables.english_glue:  # see english_split
        return confidence if after and after.group(1)[0].isupper() else 0.0
    before_name = after and (after.group(1)[0].isupper() or following in tables.particles)
    if suffix.lower() in tables.particles and not before_name:
        return 0.0
    # "Cánovas del Castillo": a name particle after the token makes it a name's part.
    if following in tables.particles and suffix.lower() not in tables.particles:
        return 0.0
    # "Forkin said": a preposition or an article never comes before "said".
    if following in tables.name_followers and suffix.lower() in tables.before_noun:
        return 0.0
    if confidence == _NEEDS_GIVEN_NAME:
        return confidence if after_capitalised_word(text, start, function_words) else 0.0
    if not confidence and hopeful == _NEEDS_LIST_ITEM:  # the list's next item follows
        return hopeful if before_name or following in tables.determiners else 0.0
    # "Rajivin the past": a name seldom comes before "the", a preposition often does;
    # nor before a past participle, an auxiliary often does ("Dairyha annunciato").
    if not confidence and hopeful == _NEEDS_NAME_PART:
        return hopeful if after_name_word(text, start, function_words, tables) else 0.0
    if not confidence and hopeful == _NEEDS_VERB_AFTER:
        verb = following in tables.glue_more and following not in tables.before_noun
        return hopeful if verb else 0.0
    if not confidence and following in tables.determiners:
        if hopeful == _NEEDS_NAME_BEFORE:
            return hopeful if after_capitalised_word(text, start, function_words) else 0.0
        return hopeful
    if (
        not confidence
        and suffix.lower() in tables.auxiliaries
        and following.endswith(tables.participle_endings)
    ):
        return hopeful
    return confidence


# Candidate generation: the splits a token allows, judged by its parts alone.

# A comma between two letters, no space after: two words of a chunk ("committee,delivered").
_LETTER_COMMA = re.compile(r"(?<=[^\W\d_]),(?=[^\W\d_])")


def comma_pieces(chunks: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
    """The chunks holding a comma between two letters, each with the words it separates: a
    glued word may stand on either side ("cityboard,signeda"; the comma's missing space
    is MT105's). Screened at C speed: few chunks hold a comma inside."""
    chunks = list(chunks)
    inner = map(str.strip, chunks, repeat(_STRIP))
    for chunk in compress(chunks, map(str.__contains__, inner, repeat(","))):
        pieces = _LETTER_COMMA.split(chunk.strip(_STRIP))
        if len(pieces) > 1:
            # Each piece but the last with its comma: a word glued on before it must be one
            # that can end a clause ("Forkin,said" is no "Fork in").
            yield chunk, [piece + "," for piece in pieces[:-1]] + pieces[-1:]


def analyse(chunk: str, tables: GlueTables, language: str) -> tuple[Split, Split] | None:
    """The chunk's best glued split judged without evidence, and the split the document's
    evidence may support instead (see ``_evidence_split``), if it has either."""
    token = chunk.strip(_STRIP)
    closed = False
    if token.endswith(("'s", "’s")):
        token = token[:-2]
        closed = True
    if tables.apostrophe_suffixes and APOSTROPHE.search(token):
        after_suffix = apostrophe_split(token, tables, language)
        return (after_suffix, None) if after_suffix else None
    if tables.elisions and APOSTROPHE.search(token):
        return _after_elision(chunk, token, tables, language)
    if "-" in token and not closed:  # "Martínez-Ruizsaid"; any other hyphened token: None
        return _last_name_part(chunk, token, tables, language)
    if not token.isalpha() or _TECHNICAL.search(token):
        return None
    if len(token) < 5:  # a preposition and an article alone ("enla", "enel") are this short
        pair = len(token) == 4 and pair_split(token, tables, language)
        return (pair, None) if pair else None
    rest = token[1:]
    if not rest.islower():  # ALLCAPS, camelCase and brands are someone else's concern
        return acronym_split(token, tables, language)
    capitalised = token[0].isupper()
    if not capitalised and not token.endswith(tables.glue_endings):
        lower = (
            lower_split(token, tables, language)
            or run_together(token, tables, language)
            # A preposition glued to a determiner the web writes glued now and then
            # ("ofthose", zipf 1.54): lower_split takes none so well known.
            or pair_split(token, tables, language)
        )
        if lower is None:  # the document decides ("контракты … контрактыимеют")
            fallback = short_evidence_split(token, tables, language)
            return (None, fallback) if fallback else None
        return lower, None
    if capitalised and (leading := capital_leading_split(token, language)):
        return leading, None  # "Lesdeux", "Nousavons"
    token_zipf = zipf(token, language)
    if token_zipf >= (1.5 if capitalised else 2.5) and not function_pair(token, tables, token_zipf):
        return None
    if capitalised and inflected_name(token, tables, language):  # "Taiwan|ului"
        return None
    # A name written the international way, which English text uses ("Kazakhstan" in a
    # language that spells it "Kazahstan"): no glue, whatever its parts.
    borrowing = tables.borrowing
    if capitalised and borrowing and zipf(token, borrowing) >= _ENGLISH_NAME_ZIPF:
        return None
    # A known place's people in the plural ("Kazakhstanis": "Kazakhstani" is a word) are no
    # place + "is" ("Latinis", "Parkis" are glued).
    if (
        token.endswith("is")
        and token[:-2].lower() in tables.names
        and zipf(token[:-1], language) >= _PLURAL_OF_ZIPF
    ):
        return None
    # Punctuation right after the token (or a possessive): a glued function word would end
    # the clause there ("Forkin," is no "Fork in,"), unless it can ("Putinsaid.").
    if not closed:
        after = len(chunk) - len(chunk.lstrip(_STRIP)) + len(token)
        closed = chunk[after : after + 1] in _CLOSERS
    split = best_split(token, tables, language, capitalised, token_zipf, closed)
    if split and capitalised and _borrowed_compound(split, tables, language):
        split = None  # "Daybook": an English compound quoted whole
    fallback = evidence_split(token, tables, language, capitalised, token_zipf)
    if split is None and not capitalised:  # "ofregion" ends like "on" but is "of region"
        split = (
            lower_split(token, tables, language)
            or run_together(token, tables, language)
            or pair_split(token, tables, language)  # "enla": "la" is also a name particle
        )
    if split is None and capitalised and not closed:
        split = letter_split(token, tables, language)
    if split is None and capitalised and tables.english_glue:
        split = english_split(token, tables)
    if split is None and fallback is None:
        return None
    if tables.form_endings and form_of_a_word(token, tables, language):
        return None  # "benutzender", "betretender": a word inflected (see form_of_a_word)
    return split, (fallback if fallback != split else None)


def _last_name_part(
    chunk: str, token: str, tables: GlueTables, language: str
) -> tuple[Split, Split] | None:
    """A double-barrelled name whose last part has a word glued on ("Martínez-Ruizsaid"):
    every part capitalised letters. The last part is judged as a token of its own, and its
    split is given back whole ("Martínez-Ruiz" + "said"), since the text is searched for the
    whole token. None for any other hyphened token."""
    lead, _, last = token.rpartition("-")
    parts = [*lead.split("-"), last]
    if not all(len(part) >= 2 and part.isalpha() and part[0].isupper() for part in parts):
        return None
    found = analyse(chunk[chunk.rfind("-") + 1 :], tables, language)
    if not found:
        return None
    head = lead + "-"
    first, second = ((head + one[0], head + one[1], *one[2:]) if one else None for one in found)
    return first, second  # type: ignore[return-value]


def _after_elision(
    chunk: str, token: str, tables: GlueTables, language: str
) -> tuple[Split, Split] | None:
    """An elided article or preposition, then a glued word ("l’Estqui" is "l’Est qui"): the
    word after the apostrophe analysed alone, the splits given back with the elision."""
    cut = APOSTROPHE.search(token).start()  # type: ignore[union-attr]
    if token[:cut].lower() not in tables.elisions:
        return None
    found = analyse(chunk[chunk.index(token) + cut + 1 :], tables, language)
    if not found:
        return None
    head = token[: cut + 1]
    return tuple(  # type: ignore[return-value]
        (token, head + split[1], split[2], split[3], split[4]) if split else None for split in found
    )


# A capitalised token this well known in English is a name (see analyse).
_ENGLISH_NAME_ZIPF = 2.5
# How much commoner both parts must be in the borrowing language than in the text's.
_BORROWED_PARTS_GAP = 1.0


def _borrowed_compound(split: Split, tables: GlueTables, language: str) -> bool:
    """Whether a split token is a compound of the borrowing language that it knows whole,
    both parts far commoner there than in the text's language ("Daybook" in Portuguese)."""
    borrowing = tables.borrowing
    if not borrowing or split is None or not zipf(split[0], borrowing):
        return False
    return all(
        zipf(part, borrowing) >= zipf(part, language) + _BORROWED_PARTS_GAP for part in split[1:3]
    )


# A demonym at least this well known makes a place + "is" its plural (see analyse).
_PLURAL_OF_ZIPF = 1.0


def glue_split(
    token: str,
    tables: GlueTables,
    language: str,
    capitalised: bool,
    token_zipf: float,
    *,
    closed: bool = False,
    name_endings: bool = True,
    evidence: bool = False,
) -> Split:
    """The token's best split before a glue word (the best-known first part). ``closed``:
    punctuation follows, so only a glue word that may end a clause counts; ``name_endings``:
    a capitalised token that ends like a name is not split (unless its first part is a
    known name)."""
    glue = tables.glue
    lower = token.lower()
    best: Split = None
    for size in range(min(_LONGEST_GLUE, len(token) - 2), 1, -1):
        suffix = lower[-size:]
        if suffix not in glue or (not capitalised and suffix in tables.particles):
            continue
        if tables.compounds and not capitalised and suffix in tables.glue_more:
            continue
        if tables.inflected(lower, size):
            continue
        if closed and suffix not in tables.clause_final:
            continue
        prefix = token[:-size]
        if (
            name_endings
            and capitalised
            and tables.ends_like_name(lower, size)
            and prefix.lower() not in tables.names
        ):
            continue
        if len(prefix) < (3 if capitalised else 2):
            continue
        if not capitalised and prefix in tables.word_prefixes:  # hr "po|koja": one word
            continue
        prefix_zipf = zipf(prefix, language)
        if tables.compounds and not evidence:
            # A compound ends in a word, not in a glue word; its first part may be a compound
            # of known words ("Investitionszäuneum", "Aidenbachstraßeist").
            if ends_in_word(lower, size, language, prefix_zipf):
                continue
            links = tables.compound_links
            prefix_zipf = max(prefix_zipf, compound_zipf(prefix, language, links))
        # A lower-case word: a well-known one before a short glue word, a known one before a
        # longer ("minorsthey"), where chance fits less often.
        needed = _LOWER_GLUE_PREFIX_ZIPF if size >= 4 else 4.0
        if size == 3 and len(prefix) >= _LONG_LOWER_PREFIX:  # "centralizzato|non"
            needed = _LOWER_GLUE_PREFIX_ZIPF
        # With evidence (the first part standing alone), an unknown lower-case token may be a
        # lower-case name glued on ("zlibis").
        unknown_name = evidence and not token_zipf and len(prefix) >= 3
        if (
            not capitalised
            and not unknown_name
            and (prefix_zipf < needed or (token_zipf and prefix.lower() not in glue))
        ):
            continue
        if best is None or prefix_zipf > best[3]:
            best = (token, prefix, token[-size:], prefix_zipf, 0.0)
    return best


def best_split(
    token: str,
    tables: GlueTables,
    language: str,
    capitalised: bool,
    token_zipf: float,
    closed: bool = False,
) -> Split:
    """(token, prefix, suffix, prefix zipf, suffix zipf — 0 when the suffix is a glue word)."""
    glue = tables.glue
    lower = token.lower()
    best = glue_split(token, tables, language, capitalised, token_zipf, closed=closed)
    if (best is not None and best[3] >= 2.0) or not capitalised or token_zipf:
        return best
    if tables.compounds:  # only a split its shape or its context evidences
        return best or shaped_split(token, tables, language) or name_tail_split(token, tables)
    glued_to_function_word = best
    best = None
    best_score = 0.0
    # An unknown capitalised token may also be a name glued to any frequent word
    # ("Walkerwent", "Galileoaimed", "Fisichellalost"): the second part a common word, the
    # first a known word or name (see _content_confidence).
    if tables.adjective_endings:
        adjective = adjective_split(token, tables, language)
        if adjective is not None:
            return adjective
    frequencies = frequency_dict(language)
    # The longest common word after an unknown first part, or after the best-known one
    # ("Iohannis|are", not "Iohanni|sare"): context decides (see in_context).
    after_name: Split = None
    for cut in range(3, len(token) - 2):
        suffix = lower[cut:]
        frequency = frequencies.get(suffix)
        if not frequency or (suffix in glue and not tables.name_content_zipf):
            continue
        if suffix in tables.inflections:
            continue
        prefix = token[:cut]
        if tables.ends_like_name(lower, len(suffix)) and lower[:cut] not in tables.names:
            continue
        suffix_zipf = math.log10(frequency) + _LOG_FREQUENCY
        prefix_zipf = zipf(prefix, language)
        if (
            (after_name is None or prefix_zipf > after_name[3])
            and (
                follows_name_alone(suffix, suffix_zipf, tables)
                or after_known_name(suffix, suffix_zipf, prefix_zipf, tables)
            )
            and not lower.endswith(tables.surname_endings)
            and not compound_adjective(prefix, suffix, language)
        ):
            after_name = (token, prefix, token[cut:], prefix_zipf, suffix_zipf)
        if suffix in glue:
            continue
        score = content_confidence(prefix, suffix, prefix_zipf, suffix_zipf, tables)
        if score > best_score or (
            score and score == best_score and min(prefix_zipf, suffix_zipf) > min(best[3], best[4])  # type: ignore[index]
        ):
            best = (token, prefix, token[cut:], prefix_zipf, suffix_zipf)
            best_score = score
    if best:
        return best
    # A function word the first part is too little known for ("Keaestá") may still follow
    # a name (see in_context).
    if after_name and (
        glued_to_function_word is None
        or not (
            split_confidence(glued_to_function_word, False, tables)
            or split_confidence(glued_to_function_word, False, tables, True)
        )
    ):
        return after_name
    return glued_to_function_word


def evidence_split(
    token: str, tables: GlueTables, language: str, capitalised: bool, token_zipf: float
) -> Split:
    """The split that counts when its first part stands alone elsewhere in the document:
    a glue word after any first part (name endings and clause ends do not matter then:
    "Pascal … Pascalin", "Whitecaps … Whitecapson"), or, for an unknown capitalised token,
    two well-known parts ("Labor … Laboraccepts"), the second not a name ending ("Long …
    Longling" is a place). ``_best_split`` is stricter, since without evidence it must tell
    names from glued words by their parts alone."""
    lower = token.lower()
    best = glue_split(
        token, tables, language, capitalised, token_zipf, name_endings=False, evidence=True
    )
    if (best is not None and best[3] >= 2.0) or not capitalised or token_zipf or tables.compounds:
        return best
    glued_to_function_word = best
    best = None
    # An unknown first part (a name: "Kuleba … Kulebastated") before the best-known word.
    unknown: Split = None
    for cut in range(4, len(token) - 3):
        prefix, suffix = token[:cut], lower[cut:]
        if suffix in tables.name_endings or suffix in tables.inflections:
            continue
        suffix_zipf = zipf(suffix, language)
        if suffix_zipf < 3.5:
            continue
        prefix_zipf = zipf(prefix, language)
        if prefix_zipf < 3.0:
            if not prefix_zipf and (unknown is None or suffix_zipf > unknown[4]):
                unknown = (token, prefix, token[cut:], 0.0, suffix_zipf)
            continue
        if best is None or min(prefix_zipf, suffix_zipf) > min(best[3], best[4]):
            best = (token, prefix, token[cut:], prefix_zipf, suffix_zipf)
    return best or glued_to_function_word or unknown


def content_confidence(
    prefix: str, suffix: str, prefix_zipf: float, suffix_zipf: float, tables: GlueTables
) -> float:
    """How sure a name (or word) glued to a content word is, without evidence: 0 to 0.6."""
    if suffix in tables.name_endings or prefix.lower() in tables.word_prefixes:
        return 0.0
    if compound_adjective(prefix, suffix, tables.language):  # "Środkowo|wschodnią"
        return 0.0
    if len(suffix) < 4:
        length, least, needed = _CONTENT_SHORT_SUFFIX
        if len(suffix) < 3 or len(prefix) < length or prefix_zipf < least:
            return 0.0
        return 0.55 if suffix_zipf >= needed else 0.0
    if tables.content_zipf:
        needed = tables.content_zipf
        if tables.verb_endings and suffix.endswith(tables.verb_endings):
            needed = min(needed, CONTENT_FOREIGN_VERB_ZIPF)
    elif (
        suffix.endswith("ed")
        or (suffix.endswith("ing") and len(suffix) >= 5)
        or suffix in tables.past_forms
    ):
        needed = _CONTENT_VERB_ZIPF
    elif suffix.endswith("s"):
        needed = _CONTENT_PLURAL_ZIPF
    else:
        needed = _CONTENT_SUFFIX_ZIPF
    strong_length, strong_zipf, strong_needed = _CONTENT_STRONG_PREFIX
    known = prefix.lower() in tables.names  # a place or a demonym ("Belarusian")
    if len(prefix) >= strong_length and (prefix_zipf >= strong_zipf or known):
        needed = min(needed, strong_needed)
    long_length, long_prefix_zipf, long_needed = _CONTENT_LONG_SUFFIX
    if (
        len(suffix) >= long_length
        and (prefix_zipf >= long_prefix_zipf or known)
        and len(prefix) >= 4
    ):
        needed = min(needed, long_needed)
    if suffix_zipf < needed:
        return 0.0
    if (
        prefix_zipf < _CONTENT_PREFIX_ZIPF.get(len(prefix), _CONTENT_LONG_PREFIX_ZIPF)
        and (len(prefix) < 4 or prefix.lower() not in tables.names)
        and not name_shaped(prefix, tables)
    ):
        return 0.0
    return 0.6 if prefix_zipf >= 3.5 and suffix_zipf >= 4.0 else 0.55


def content_split_confidence(
    split: tuple[str, str, str, float, float],
    evidence: bool,
    tables: GlueTables,
    before_determiner: bool,
) -> float:
    """split_confidence for a content word glued on; ``before_determiner`` stands here for
    "after another capitalised word" (see in_context)."""
    token, prefix, suffix, prefix_zipf, suffix_zipf = split
    if before_determiner:  # a word-forming prefix ("Всеафриканских") makes one word
        capitalised = token[0].isupper() and prefix.lower() not in tables.word_prefixes
        # A first part of three letters is a surname's start far more often than a whole
        # surname ("Frank Dos|tal", "James Bos|grave", "Карло Пел|лион"), unless a glue word
        # of the language follows it ("Mauna Kea|está").
        short = len(prefix) < _UNKNOWN_NAME_LENGTH and suffix.lower() not in tables.glue
        capitalised = capitalised and not short
        follows = follows_name_alone(suffix.lower(), suffix_zipf, tables) or after_known_name(
            suffix.lower(), suffix_zipf, prefix_zipf, tables
        )
        return 0.55 if capitalised and follows else 0.0
    if tables.compounds:  # see shaped_split; a first part standing alone makes no compound
        if not shaped(prefix, suffix.lower(), tables):  # a glued word ("Website … beheer")
            return 0.0
        return 0.8 if evidence else 0.55
    if evidence:
        return 0.8
    if is_capital_leading(token, prefix, tables.language):
        return CAPITAL_LEADING
    if token.islower():  # see lower_split
        return 0.75 if prefix in tables.leading_glue else 0.6
    if (  # see adjective_split
        tables.adjective_endings
        and prefix.lower().endswith(tables.adjective_endings)
        and prefix_zipf >= ADJECTIVE_ZIPF
        and suffix_zipf >= ADJECTIVE_NOUN_ZIPF
    ):
        return 0.6
    return content_confidence(prefix, suffix.lower(), prefix_zipf, suffix_zipf, tables)


def plural_list_item(prefix: str, prefix_zipf: float, tables: GlueTables) -> bool:
    """Whether a first part before a list's coordinator reads as a plural list item ("Samis",
    "Cheers"): long and known enough, ending in a plural ending of the language's, not in a
    doubled letter, which is the stem's ("Brass|et", "Cress|et": surnames)."""
    length, least = _LIST_ITEM_PREFIX
    lower = prefix.lower()
    return (
        len(prefix) >= length
        and prefix_zipf >= least
        and lower.endswith(tables.list_item_endings)
        and lower[-1] != lower[-2]
    )


def _below_two_letter_tier(
    split: tuple[str, str, str, float, float],
    tables: GlueTables,
    before_determiner: bool,
    surname: bool,
) -> float:
    """:func:`split_confidence` for a two-letter glue word after a first part too little known
    for its tier: only a name's shape or a marker that in_context checks may take it."""
    _, prefix, suffix, prefix_zipf, _ = split
    # A preposition glued to an unknown last name of a multi-word name before a
    # determiner ("Minister Kostas Bakoyannisat the summit"): in_context asks for the
    # capitalised word before.
    if (
        before_determiner
        and len(prefix) >= _NAME_BEFORE_PREFIX_LENGTH
        and suffix.lower() in tables.before_noun
    ):
        return 0.55 if surname else _NEEDS_NAME_BEFORE
    if surname and not before_determiner:
        return 0.55
    length, least = _GIVEN_NAME_PREFIX
    after_given = (
        suffix.lower() in tables.after_given_name
        and not before_determiner
        and (prefix[-1] + suffix[0]).lower() not in tables.digraphs
    )
    return (
        _NEEDS_GIVEN_NAME if after_given and len(prefix) >= length and prefix_zipf >= least else 0.0
    )


def split_confidence(
    split: tuple[str, str, str, float, float],
    evidence: bool,
    tables: GlueTables,
    before_determiner: bool = False,
) -> float:
    """The confidence of a split: with ``before_determiner``, of a function word glued on
    that a determiner follows ("Rajivin the past"), which a name seldom is."""
    token, prefix, suffix, prefix_zipf, suffix_zipf = split
    if APOSTROPHE.search(prefix):  # see apostrophe_split
        return 0.75 if evidence else 0.7
    if suffix_zipf:  # a content word, not a function word
        return content_split_confidence(split, evidence, tables, before_determiner)
    if len(suffix) == 1:  # see letter_split: only in context
        return 0.55 if before_determiner else 0.0
    if evidence:
        return 0.9 if len(suffix) >= 3 or prefix_zipf >= 2.0 else 0.75
    # A function word that is a common ending too (hr "-na": "dimna", uk "-ними"), or a name's.
    if suffix.lower() in tables.inflections or suffix.lower() in tables.name_endings:
        return 0.0 if suffix.lower() in tables.inflections or token[0].isupper() else 0.75
    if not token[0].isupper():
        return 0.75
    # Names end in "-on", "-in", "-as" by the thousand: a two-letter tail needs a well-known
    # first part; a longer function word ("who", "and", "the") is much rarer by chance. A
    # short first part fits into a name by chance more often than a long one.
    known = len(prefix) >= 4 and prefix.lower() in tables.names
    relaxed = tables.glue_prefix_zipf if len(prefix) >= 4 else 0.0
    after_name = not before_determiner and after_unknown_name(token, prefix, suffix, tables)
    # A first part shaped like a surname ("Kubrakov|and", "Zelenskyy|the").
    surname = name_shaped(prefix, tables)
    after_name = after_name or (surname and not before_determiner)
    if (
        before_determiner
        and suffix.lower() in tables.before_verb
        and len(prefix) >= _NAME_BEFORE_PREFIX_LENGTH
        and prefix_zipf >= _BEFORE_VERB_PREFIX_ZIPF
    ):
        return _NEEDS_VERB_AFTER  # see in_context: a verb must follow
    if before_determiner and suffix.lower() in tables.list_glue and prefix_zipf < 3.5:
        return _NEEDS_LIST_ITEM if plural_list_item(prefix, prefix_zipf, tables) else 0.0
    if before_determiner and suffix.lower() not in tables.before_noun | tables.auxiliaries:
        # A conjunction or verb glued to the last word of a multi-word name ("von der
        # Leyen|and"): in_context asks for the name's word or particle before.
        return _NEEDS_NAME_PART if name_part(token, prefix, suffix, prefix_zipf, tables) else 0.0
    if len(suffix) >= 3:
        tiers = _GLUE_DETERMINER_PREFIX_ZIPF if before_determiner else _GLUE_PREFIX_ZIPF
        needed = tiers.get(len(prefix), _GLUE_LONG_PREFIX_ZIPF)
        if relaxed:
            needed = min(needed, relaxed)
        # Before a determiner, a word a noun must follow ("Charméesta semana") may follow
        # an unknown name too, in a language that lists such words.
        after_name = after_name or (
            before_determiner
            and bool(tables.determiners)
            and len(prefix) >= 4
            and not ends_in_word(token.lower(), len(suffix), tables.language)
        )
        if prefix_zipf < needed and not known:
            return 0.55 if after_name else 0.0
        return 0.75 if prefix_zipf >= 3.0 else 0.6
    tiers = _GLUE2_DETERMINER_PREFIX_ZIPF if before_determiner else _GLUE2_PREFIX_ZIPF
    needed = tiers.get(len(prefix), _GLUE2_LONG_PREFIX_ZIPF)
    if known:
        needed = min(needed, _GLUE2_LONG_PREFIX_ZIPF)
    if relaxed:  # a two-letter word ends names by chance in any language ("Копи|на")
        needed = min(needed, max(relaxed, _GLUE2_RELAXED_PREFIX_ZIPF))
    if prefix_zipf < needed:
        return _below_two_letter_tier(split, tables, before_determiner, surname)
    return 0.65 if prefix_zipf >= 3.5 else 0.6
