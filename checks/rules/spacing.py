"""Spacing: glued words, missing and doubled spaces.

Every rule here scans the whole text with one regex that rarely matches (or looks up the text's
*unique* tokens once), so a clean megabyte costs milliseconds; per-match work may be slower.
Most first ask the distinct chunks which marks can match at all, and scan only for those.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress, repeat
from operator import getitem, or_, sub
from typing import ClassVar, NamedTuple

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    base_language,
    chunk_edge,
    chunk_tables,
    chunk_text,
    find_word,
    find_words,
    language_data,
    looks_technical,
    scan_starts,
    trie_pattern,
    unique_chunks,
)
from mtlint.checks.wordlists import frequency_dict, proper_nouns, zipf


def _insert(offset: int, text: str, applicability: Applicability, title: str = "") -> Fix:
    return Fix((Edit(offset, offset, text),), applicability, title)


# (token, first part, second part, zipf of the first, zipf of the second — 0 for a glue word).
_Split = tuple[str, str, str, float, float] | None


class _GlueTables(NamedTuple):
    """MT101's language tables (resources/lang/*.json), hashable: part of its memo key."""

    # Function words that follow link text ("who", "and", "in" …).
    glue: frozenset[str]
    # Of those, the ones that may end a clause ("… Putin said."): the others never stand right
    # before a comma or a full stop, nor take a possessive.
    clause_final: frozenset[str]
    # Of those, the ones a noun phrase must follow (prepositions, articles).
    before_noun: frozenset[str]
    # Words that follow a name but never a preposition or an article ("said", "was" …).
    name_followers: frozenset[str]
    # Words that follow a preposition but seldom a name ("the", "his" …).
    determiners: frozenset[str]
    # Endings that make names and derived words ("-an", "-ville", "-town" …): no evidence of a
    # glued word on their own.
    name_endings: frozenset[str]
    # Irregular past tenses ("spoke", "began"): verbs, like the forms in "-ed".
    past_forms: frozenset[str]
    # Known one-word names, lower case (the gazetteer, countries, demonyms): a first part that
    # is one is a name, however it ends ("Israeland" is "Israel" + "and", not a "-land").
    names: frozenset[str]
    # The glue words with their possessives ("…who's"), for str.endswith.
    glue_endings: tuple[str, ...]
    # Their last four letters (all of a shorter one), and the possessive endings: a screen.
    glue_tails: frozenset[str]

    def ends_like_name(self, lower: str, size: int) -> bool:
        """Whether the word ``lower`` ends in a name ending longer than its last ``size``
        letters: "Evanson" ends in "-son" (a name), not in "Evans" + "on"."""
        endings = self.name_endings
        return any(lower[-k:] in endings for k in range(size + 1, min(len(lower), 8) + 1))


@lru_cache(maxsize=64)
def _glue_tables(data: LanguageData) -> _GlueTables:
    glue = data.word_set("glue_words")
    possessives = {word + ending for word in glue for ending in ("'s", "’s")}
    return _GlueTables(
        glue,
        data.word_set("glue_words_clause_final"),
        data.word_set("glue_words_before_noun"),
        data.word_set("name_followers"),
        data.word_set("determiners"),
        data.word_set("name_endings"),
        data.word_set("past_forms"),
        frozenset(name for name in proper_nouns(data) if " " not in name),
        tuple(sorted(glue | possessives)),
        frozenset({word[-4:] for word in glue if len(word) >= 2} | {"'s", "’s"}),
    )


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
# A three-letter word ("due", "use") only after a long, well-known first part ("Octoberdue").
_CONTENT_SHORT_SUFFIX = (7, 4.0, 5.3)  # the first part's length and zipf, the suffix's zipf
# Zipf bounds of the first part before a function word, by its length, without evidence: before
# a two-letter word ("Chongqingto") and before a longer one ("Harappaand").
_GLUE2_PREFIX_ZIPF = {3: math.inf, 4: 5.0, 5: 3.5, 6: 3.5, 7: 3.5}
_GLUE2_LONG_PREFIX_ZIPF = 2.0
_GLUE_PREFIX_ZIPF = {3: 4.5, 4: 3.5, 5: 2.0}
_GLUE_LONG_PREFIX_ZIPF = 1.0
# The same before a determiner ("Rajivin the past"), where a name seldom stands.
_GLUE2_DETERMINER_PREFIX_ZIPF = {3: math.inf, 4: 4.0, 5: 2.0}
_GLUE_DETERMINER_PREFIX_ZIPF = {3: 4.5, 4: 3.0}
_LOG_FREQUENCY = 9.0  # zipf = log10(frequency) + 9
# Words at least this frequent (zipf 2.5) are never glued words.
_RARE_FREQUENCY = 10 ** (2.5 - _LOG_FREQUENCY)


@register
class GluedWord(Rule):
    code = "MT101"
    name = "glued-word"
    summary = "A word or name fused with the next word (link text glued on: 'Putinwho')."
    languages = frozenset({"en"})
    doc = """
    What it finds: a token that is not a word (unknown or very rare in the language's word
    frequencies) but splits into a known word or name plus a common function word: "Putinwho",
    "Netanyahuon", "Earthand", "onthe", "Chongqingto"; or an unknown capitalised token that
    splits into a known name or capitalised word plus a common word ("Galileoaimed",
    "Fisichellalost", "Octoberdue"; a three-letter first part only after another capitalised
    word: "Cold Warbegan"). The finding is surest when the first part also stands alone
    elsewhere in the same document ("Dendias … Dendiasin"). The words around the token count
    too: a preposition, article or conjunction glued on is never taken before a comma, a full
    stop or a possessive, a preposition or article never before "said" or "was" ("Forkin said"
    is a name), and before "the" or "his" a less known first part will do ("Rajivin the past").
    Why it matters: MT and web extraction drop the space after link text; spell checkers skip
    capitalised tokens, so these survive into print.
    Fix safety: a space is inserted. Safe when the markup shows a link ending at the cut, or
    when the first part appears on its own in the document and the second part is a whole
    function word of three letters or more; otherwise unsafe. Before "who"/"which" a comma
    variant is offered as an alternative.
    Known false positives: rare names and compounds that happen to split into a known word and
    a common word, and occur only once: "Markis" ("Mark is"), a two-word surname
    ("Biddlecome"), a compound ("Coronacrisis"). The shorter or rarer the first part, the more
    the rule asks of it; the endings names are made of ("-son", "-ton", "-land", "-ville", "-an"
    …, a language table) are never taken as the glued word without evidence, unless the first
    part is a known place or nationality ("Israeland"); a name spelled the same way more than
    once is taken as genuine. URLs, e-mails, handles, hashtags, file names and camel-case brands
    are never flagged.
    """
    examples = (
        Example(
            "The Russian president Vladimir Putinwho arrived on Sunday met Putin's allies.",
            "The Russian president Vladimir Putin who arrived on Sunday met Putin's allies.",
        ),
        Example("We stand on Earthand look at the sky.", "We stand on Earth and look at the sky."),
        Example(
            "Minister Dendias said so. Later Dendiasin Athens denied it.",
            "Minister Dendias said so. Later Dendias in Athens denied it.",
        ),
        Example("He looked onthe roof.", "He looked on the roof."),
        Example(
            "Heavy rain caused rivers in Chongqingto swell.",
            "Heavy rain caused rivers in Chongqing to swell.",
        ),
        Example(
            "Cases are registered against Rajivin the past.",
            "Cases are registered against Rajiv in the past.",
        ),
        Example(
            "Ever since Galileoaimed his telescope at the sky, we have looked up.",
            "Ever since Galileo aimed his telescope at the sky, we have looked up.",
        ),
        Example(
            "Hu Jintaocalled on developing countries to act.",
            "Hu Jintao called on developing countries to act.",
        ),
        Example("Two years later the Cold Warbegan.", "Two years later the Cold War began."),
        good("They moved into the house within a week; nevertheless, Robin stayed."),
        good("Visit www.putinwho.com or mail putinwho@example.org, #Earthand, @Samiand."),
        good("The Harutyunyan family and the Harutyunyan company are separate."),
        good("The Samiand file Samiand.txt is here; Samiand again."),
        good(
            "Washington, Hamilton, Princeton, Livingston and Wellington; Kingsbury and Eastwood; "
            "Americans, a Londoner, Putinism and the Internet."
        ),
        good("Postin said so; Hearon, the builder, left; Richesin's van stayed."),
        good("The Long family came from Longling, like Evanson and the Whitecaps."),
        good("It was held at the Sportcamp of Kunfehértó in Bangladesh, which Bangladeshis visit."),
    )

    _strip = "\"'“”‘’()[]{}<>,.;:!?…*_"
    _letters = re.compile(r"[^\W\d_]+")
    _closers = frozenset(",.;:!?…)]}\"'”’")
    _technical = re.compile(r"@|#|://|/|\\|\.\w")
    _hyphen = re.compile("-")
    # The words either side of a found token (the cheap context checks).
    _word_before = re.compile(r"([^\W\d_]+)\W{0,2}$")
    _word_after = re.compile(r"\s+([^\W\d_]+)")

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        tables = _glue_tables(data)
        if not tables.glue:
            return
        language = base_language(document)
        if not frequency_dict(language):
            return
        text = document.text
        # Distinct chunks, not tokens: a megabyte has a few thousand of them; each is analysed
        # once per process (see chunk_tables), and only the rare words among them in Python.
        chunks = unique_chunks(document)
        fresh, (split_of,), seen = chunk_tables(("glued", language, tables), chunks, 1)
        if fresh:
            for chunk in self._rare_chunks(fresh, tables, language):
                split = self._analyse(chunk, tables, language)
                if split:
                    split_of[chunk] = split
            seen.update(fresh)
        # The glued candidates, read at C speed.
        candidates = set(map(split_of.__getitem__, filter(split_of.__contains__, chunks)))
        if not candidates:
            return
        words = self._standing_alone(chunks)
        boundaries = frozenset(document.boundaries)
        function_words = data.function_words
        scored = []

        def stands_alone(split: _Split) -> bool:
            prefix = split[1]  # type: ignore[index]
            return prefix in words or prefix + "'s" in words or prefix + "’s" in words

        chosen = set()
        for split, fallback in candidates:
            if (
                fallback is not None
                and (split is None or not stands_alone(split))
                and stands_alone(fallback)
            ):
                split = fallback
            if split is not None:
                chosen.add(split)
        for token, prefix, suffix, prefix_zipf, suffix_zipf in sorted(chosen):
            evidence = prefix in words or prefix + "'s" in words or prefix + "’s" in words
            confidence = self._confidence(
                token, prefix, suffix, prefix_zipf, suffix_zipf, evidence, tables
            )
            # What a determiner next would make of it ("Rajivin the past").
            hopeful = confidence or self._confidence(
                token, prefix, suffix, prefix_zipf, suffix_zipf, evidence, tables, True
            )
            if hopeful <= 0 and not boundaries:
                continue
            scored.append((token, prefix, suffix, suffix_zipf, evidence, confidence, hopeful))
        # One scan of the text for all candidates (not one per candidate: a large text has
        # hundreds of them).
        located = find_words(text, [row[0] for row in scored])
        for token, prefix, suffix, suffix_zipf, evidence, confidence, hopeful in scored:
            spans = located.get(token, [])
            # A name spelled the same way twice is probably genuine, unless its first part also
            # stands alone (then the glue happened twice).
            if not evidence and len(spans) > 1:
                continue
            safe = (
                evidence and not suffix_zipf and len(suffix) >= 3 and zipf(token, language) == 0.0
            )
            for start, end in spans:
                if looks_technical(text, start, end):
                    continue
                cut = start + len(prefix)
                # Markup said a link ended exactly there: the strongest evidence of all.
                at_boundary = cut in boundaries
                found = confidence
                if not at_boundary and not evidence:
                    found = self._in_context(
                        text,
                        (start, end),
                        (prefix, suffix, suffix_zipf),
                        (confidence, hopeful),
                        tables,
                        function_words,
                    )
                if found <= 0 and not at_boundary:
                    continue
                fixes = [
                    _insert(
                        cut,
                        " ",
                        Applicability.SAFE if safe or at_boundary else Applicability.UNSAFE,
                        f"'{token}' → '{prefix} {suffix}'",
                    )
                ]
                if suffix.lower() in data.word_set("relative_pronouns"):
                    fixes.append(
                        _insert(
                            cut, ", ", Applicability.UNSAFE, f"'{token}' → '{prefix}, {suffix}'"
                        )
                    )
                if at_boundary:
                    reason = "a link ends right there"
                elif evidence:
                    reason = f"'{prefix}' appears on its own elsewhere in the text"
                else:
                    reason = f"'{token}' is not a known word"
                yield self.finding(
                    start,
                    end,
                    f"'{token}' looks like '{prefix}' glued to '{suffix}' ({reason})",
                    fixes=fixes,
                    confidence=max(found, 0.9) if at_boundary else found,
                )

    @classmethod
    def _in_context(
        cls,
        text: str,
        span: tuple[int, int],
        split: tuple[str, str, float],
        confidences: tuple[float, float],
        tables: _GlueTables,
        function_words: frozenset[str],
    ) -> float:
        """The confidence of one occurrence, given the words around it (0: not a glued word):
        ``confidences`` is (on its own, before a determiner)."""
        start, end = span
        prefix, suffix, suffix_zipf = split
        confidence, hopeful = confidences
        if not suffix_zipf:
            after = cls._word_after.match(text, end, end + 40)
            following = after.group(1).lower() if after else ""
            # "Forkin said": a preposition or an article never comes before "said".
            if following in tables.name_followers and suffix.lower() in tables.before_noun:
                return 0.0
            # "Rajivin the past": a name seldom comes before "the", a preposition often does.
            if not confidence and following in tables.determiners:
                return hopeful
        if suffix_zipf and len(prefix) < 4:
            # "Milky Waygalaxy", "Cold Warbegan": a short first part must end a longer name.
            before = cls._word_before.search(text, max(0, start - 40), start)
            if not before:
                return 0.0
            word = before.group(1)
            if not word[0].isupper() or word.lower() in function_words:
                return 0.0
        return confidence

    @classmethod
    def _rare_chunks(
        cls, chunks: Iterable[str], tables: _GlueTables, language: str
    ) -> Iterator[str]:
        """The chunks whose word (punctuation stripped) is rare or unknown and either
        capitalised or may end in a glue word: the only ones that can be glued words (and a
        few more). Screened at C speed, since most chunks of a text are common words."""
        chunks = list(chunks)
        frequencies = frequency_dict(language)
        words = list(map(str.strip, chunks, repeat(cls._strip)))
        lowered = list(map(str.lower, words))
        rare = list(map(_RARE_FREQUENCY.__gt__, map(frequencies.get, lowered, repeat(0.0))))
        chunks = list(compress(chunks, rare))
        words = list(compress(words, rare))
        lowered = list(compress(lowered, rare))
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
        return compress(chunks, map(or_, capitalised, glued))

    @classmethod
    def _standing_alone(cls, chunks: frozenset[str]) -> set[str]:
        """The words that stand alone somewhere in the text: every chunk with its punctuation
        stripped (a possessive is looked up with its "'s"), and the parts of hyphenated words
        ("Dendias-led")."""
        words = set(map(str.strip, chunks, repeat(cls._strip)))
        for chunk in filter(cls._hyphen.search, chunks):
            token = chunk.strip(cls._strip)
            if token.endswith(("'s", "’s")):
                token = token[:-2]
            if not cls._technical.search(token):
                words.update(token.split("-"))
        return words

    @classmethod
    def _analyse(
        cls, chunk: str, tables: _GlueTables, language: str
    ) -> tuple[_Split, _Split] | None:
        """The chunk's best glued split judged without evidence, and the split the document's
        evidence may support instead (see ``_evidence_split``), if it has either."""
        token = chunk.strip(cls._strip)
        closed = False
        if token.endswith(("'s", "’s")):
            token = token[:-2]
            closed = True
        if len(token) < 5 or not token.isalpha() or cls._technical.search(token):
            return None
        rest = token[1:]
        if not rest.islower():  # ALLCAPS, camelCase and brands are someone else's concern
            return None
        capitalised = token[0].isupper()
        if not capitalised and not token.endswith(tables.glue_endings):
            return None
        token_zipf = zipf(token, language)
        if token_zipf >= (1.5 if capitalised else 2.5):
            return None
        # Punctuation right after the token (or a possessive): a glued function word would end
        # the clause there ("Forkin," is no "Fork in,"), unless it can ("Putinsaid.").
        if not closed:
            after = len(chunk) - len(chunk.lstrip(cls._strip)) + len(token)
            closed = chunk[after : after + 1] in cls._closers
        split = cls._best_split(token, tables, language, capitalised, token_zipf, closed)
        fallback = cls._evidence_split(token, tables, language, capitalised, token_zipf)
        if split is None and fallback is None:
            return None
        return split, (fallback if fallback != split else None)

    @staticmethod
    def _glue_split(
        token: str,
        tables: _GlueTables,
        language: str,
        capitalised: bool,
        token_zipf: float,
        *,
        closed: bool = False,
        name_endings: bool = True,
    ) -> _Split:
        """The token's best split before a glue word (the best-known first part). ``closed``:
        punctuation follows, so only a glue word that may end a clause counts; ``name_endings``:
        a capitalised token that ends like a name is not split (unless its first part is a
        known name)."""
        glue = tables.glue
        lower = token.lower()
        best: _Split = None
        for size in range(min(6, len(token) - 2), 1, -1):
            suffix = lower[-size:]
            if suffix not in glue:
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
            prefix_zipf = zipf(prefix, language)
            if not capitalised and (
                prefix_zipf < 4.0 or (token_zipf and prefix.lower() not in glue)
            ):
                continue
            if best is None or prefix_zipf > best[3]:
                best = (token, prefix, token[-size:], prefix_zipf, 0.0)
        return best

    @staticmethod
    def _best_split(
        token: str,
        tables: _GlueTables,
        language: str,
        capitalised: bool,
        token_zipf: float,
        closed: bool = False,
    ) -> _Split:
        """(token, prefix, suffix, prefix zipf, suffix zipf — 0 when the suffix is a glue word)."""
        glue = tables.glue
        lower = token.lower()
        best = GluedWord._glue_split(
            token, tables, language, capitalised, token_zipf, closed=closed
        )
        if (best is not None and best[3] >= 2.0) or not capitalised or token_zipf:
            return best
        glued_to_function_word = best
        best = None
        best_score = 0.0
        # An unknown capitalised token may also be a name glued to any frequent word
        # ("Walkerwent", "Galileoaimed", "Fisichellalost"): the second part a common word, the
        # first a known word or name (see _content_confidence).
        frequencies = frequency_dict(language)
        for cut in range(3, len(token) - 2):
            suffix = lower[cut:]
            frequency = frequencies.get(suffix)
            if not frequency or suffix in glue:
                continue
            prefix = token[:cut]
            if tables.ends_like_name(lower, len(suffix)) and lower[:cut] not in tables.names:
                continue
            suffix_zipf = math.log10(frequency) + _LOG_FREQUENCY
            prefix_zipf = zipf(prefix, language)
            score = GluedWord._content_confidence(prefix, suffix, prefix_zipf, suffix_zipf, tables)
            if score > best_score or (
                score
                and score == best_score
                and min(prefix_zipf, suffix_zipf) > min(best[3], best[4])  # type: ignore[index]
            ):
                best = (token, prefix, token[cut:], prefix_zipf, suffix_zipf)
                best_score = score
        return best or glued_to_function_word

    @staticmethod
    def _evidence_split(
        token: str, tables: _GlueTables, language: str, capitalised: bool, token_zipf: float
    ) -> _Split:
        """The split that counts when its first part stands alone elsewhere in the document:
        a glue word after any first part (name endings and clause ends do not matter then:
        "Pascal … Pascalin", "Whitecaps … Whitecapson"), or, for an unknown capitalised token,
        two well-known parts ("Labor … Laboraccepts"), the second not a name ending ("Long …
        Longling" is a place). ``_best_split`` is stricter, since without evidence it must tell
        names from glued words by their parts alone."""
        lower = token.lower()
        best = GluedWord._glue_split(
            token, tables, language, capitalised, token_zipf, name_endings=False
        )
        if (best is not None and best[3] >= 2.0) or not capitalised or token_zipf:
            return best
        glued_to_function_word = best
        best = None
        for cut in range(4, len(token) - 3):
            prefix, suffix = token[:cut], lower[cut:]
            if suffix in tables.name_endings:
                continue
            suffix_zipf = zipf(suffix, language)
            if suffix_zipf < 3.5:
                continue
            prefix_zipf = zipf(prefix, language)
            if prefix_zipf < 3.0:
                continue
            if best is None or min(prefix_zipf, suffix_zipf) > min(best[3], best[4]):
                best = (token, prefix, token[cut:], prefix_zipf, suffix_zipf)
        return best or glued_to_function_word

    @staticmethod
    def _content_confidence(
        prefix: str, suffix: str, prefix_zipf: float, suffix_zipf: float, tables: _GlueTables
    ) -> float:
        """How sure a name (or word) glued to a content word is, without evidence: 0 to 0.6."""
        if suffix in tables.name_endings:
            return 0.0
        if len(suffix) < 4:
            length, least, needed = _CONTENT_SHORT_SUFFIX
            if len(suffix) < 3 or len(prefix) < length or prefix_zipf < least:
                return 0.0
            return 0.55 if suffix_zipf >= needed else 0.0
        if (
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
        if len(prefix) >= strong_length and prefix_zipf >= strong_zipf:
            needed = min(needed, strong_needed)
        if suffix_zipf < needed:
            return 0.0
        if prefix_zipf < _CONTENT_PREFIX_ZIPF.get(len(prefix), _CONTENT_LONG_PREFIX_ZIPF) and (
            len(prefix) < 4 or prefix.lower() not in tables.names
        ):
            return 0.0
        return 0.6 if prefix_zipf >= 3.5 and suffix_zipf >= 4.0 else 0.55

    @staticmethod
    def _confidence(
        token: str,
        prefix: str,
        suffix: str,
        prefix_zipf: float,
        suffix_zipf: float,
        evidence: bool,
        tables: _GlueTables,
        before_determiner: bool = False,
    ) -> float:
        """The confidence of a split: with ``before_determiner``, of a function word glued on
        that a determiner follows ("Rajivin the past"), which a name seldom is."""
        if suffix_zipf:  # a content word, not a function word
            if before_determiner:
                return 0.0
            if evidence:
                return 0.8
            return GluedWord._content_confidence(
                prefix, suffix.lower(), prefix_zipf, suffix_zipf, tables
            )
        if evidence:
            return 0.9 if len(suffix) >= 3 or prefix_zipf >= 2.0 else 0.75
        if not token[0].isupper():
            return 0.75
        if suffix.lower() in tables.name_endings:
            return 0.0
        # Names end in "-on", "-in", "-as" by the thousand: a two-letter tail needs a well-known
        # first part; a longer function word ("who", "and", "the") is much rarer by chance. A
        # short first part fits into a name by chance more often than a long one.
        known = len(prefix) >= 4 and prefix.lower() in tables.names
        if before_determiner and suffix.lower() not in tables.before_noun:
            return 0.0
        if len(suffix) >= 3:
            tiers = _GLUE_DETERMINER_PREFIX_ZIPF if before_determiner else _GLUE_PREFIX_ZIPF
            needed = tiers.get(len(prefix), _GLUE_LONG_PREFIX_ZIPF)
            if prefix_zipf < needed and not known:
                return 0.0
            return 0.75 if prefix_zipf >= 3.0 else 0.6
        tiers = _GLUE2_DETERMINER_PREFIX_ZIPF if before_determiner else _GLUE2_PREFIX_ZIPF
        needed = tiers.get(len(prefix), _GLUE2_LONG_PREFIX_ZIPF)
        if known:
            needed = min(needed, _GLUE2_LONG_PREFIX_ZIPF)
        if prefix_zipf < needed:
            return 0.0
        return 0.65 if prefix_zipf >= 3.5 else 0.6


@register
class CamelGlued(Rule):
    code = "MT102"
    name = "camel-glued"
    summary = "A lower-case function word glued to a capitalised word ('theKremlin')."
    languages = frozenset({"en"})
    doc = """
    What it finds: a lower-case function word (the, of, in, and …) directly followed by a
    capitalised word with no space: "theKremlin", "ofMoscow".
    Why it matters: link text or bold runs lose their surrounding space in MT and copy-paste.
    Fix safety: safe; a space is inserted between the two parts.
    Known false positives: programming identifiers ("onClick") in prose; brand casing with a
    one-letter prefix (iPhone, eBay) is never flagged, nor identifiers followed by "(" or "=".
    """
    examples = (
        Example("A spokesman for theKremlin said so.", "A spokesman for the Kremlin said so."),
        Example("The capital ofUzbekistan is Tashkent.", "The capital of Uzbekistan is Tashkent."),
        good("He bought an iPhone on eBay and a MacBook."),
        good("Call onClick() or set theValue=3 in the file theKremlin.txt."),
    )

    _strip = "\"'“”‘’()[]{}<>,.;:!?…*"
    _camel = re.compile(r"([a-z]{2,})([A-Z][a-z]{2,})")

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        function_words = data.function_words
        if not function_words:
            return
        text = document.text
        # Distinct chunks, not the text: mixed-case chunks are few and cheap to test.
        glued = set()
        for chunk in unique_chunks(document):
            if chunk.islower() or chunk.isupper():
                continue
            core = chunk.strip(self._strip)
            match = self._camel.fullmatch(core)
            if match and match.group(1) in function_words:
                glued.add((core, match.group(1), match.group(2)))
        for core, head, tail in sorted(glued):
            for start, end in find_word(text, core):
                if text[end : end + 1] in ("(", "=") or looks_technical(text, start, end):
                    continue
                cut = start + len(head)
                yield self.finding(
                    start,
                    end,
                    f"'{core}' looks like '{head}' glued to '{tail}'",
                    fixes=[_insert(cut, " ", Applicability.SAFE, f"'{core}' → '{head} {tail}'")],
                    confidence=0.85,
                )


@register
class MissingSpaceAfterSentence(Rule):
    code = "MT103"
    name = "missing-space-after-sentence"
    summary = "No space after a full stop, question or exclamation mark ('said.The')."
    doc = """
    What it finds: a lower-case word, sentence punctuation (optionally a closing quote) and a
    capitalised word with no space between: "said.The", "ready?We".
    Why it matters: the sentence break survives but the space is lost, usually where two
    segments or a link were joined; readers and later tools see one long word.
    Fix safety: safe after a full stop; unsafe after "?" or "!", which brands use ("Yahoo!Mail").
    Known false positives: code in prose ("System.Console"), handled by skipping tokens followed
    by "(" or another dot; abbreviations written with capitals (U.S., Ph.D), decimals, domain
    names and file names never match.
    """
    examples = (
        Example("The minister said.The talks went on.", "The minister said. The talks went on."),
        Example("He said “yes.”Then he left.", "He said “yes.” Then he left."),
        good("The U.S. economy grew 2.5 percent, e.g. in example.com and report.PDF files."),
        good("Call System.Console.WriteLine() or String.Format(x)."),
    )

    # Any script: a capitalised word (checked per match) glued to sentence punctuation.
    _pattern = re.compile(r"([.!?])([\"”’)]?)([^\W\d_]+)(?![\w(])(?!\.\w)")

    # The pattern for one mark: led by a literal, a scan jumps between the mark's occurrences.
    _by_mark: ClassVar[dict[str, re.Pattern[str]]] = {
        mark: re.compile("(" + re.escape(mark) + r")([\"”’)]?)([^\W\d_]+)(?![\w(])(?!\.\w)")
        for mark in ".!?"
    }

    @classmethod
    def _screen(cls, lines: str) -> list[re.Pattern[str]]:
        """The patterns of the marks that can match. A match (mark, quote, letters) holds no
        whitespace, so it lies in one chunk, and the chunk lines hold it too (``chunk_text``).
        The two tests on the letters and on the two characters before the mark look no
        further: outside the chunk they see whitespace, which fails them as "\\n" does."""
        marks = set()
        for match in scan_starts(lines, cls._by_mark.values()):
            word = match.group(3)
            before = lines[max(0, match.start() - 2) : match.start()]
            capitalised = len(word) > 1 and word[0].isupper() and word[1:].islower()
            if capitalised and before.isalpha() and before.islower():
                marks.add(match.group(1))
        return [cls._by_mark[mark] for mark in sorted(marks)]

    def check(self, document: Document) -> Iterator[Finding]:
        if not language_data(document).spaced:
            return
        text = document.text
        # A match never holds another mark, so the matches of the marks' own patterns,
        # merged in order, are the matches of ``_pattern``.
        for match in scan_starts(text, self._screen(chunk_text(document))):
            before = text[max(0, match.start() - 2) : match.start()]
            # Two lower-case letters before the mark: not "U.S.A", "Ph.D", "2.5" or "...".
            word = match.group(3)
            if not (len(word) > 1 and word[0].isupper() and word[1:].islower()):
                continue
            if len(before) < 2 or not (before.isalpha() and before.islower()):
                continue
            if looks_technical(text, match.start(), match.end()):
                continue
            mark = match.group(1)
            insert_at = match.start(3)
            safe = mark == "."
            yield self.finding(
                match.start(1),
                match.end(3),
                f"No space after '{mark}' before '{match.group(3)}'",
                fixes=[
                    _insert(
                        insert_at,
                        " ",
                        Applicability.SAFE if safe else Applicability.UNSAFE,
                        "insert a space",
                    )
                ],
                confidence=0.85 if safe else 0.65,
            )


@register
class SpaceBeforePunctuation(Rule):
    code = "MT104"
    name = "space-before-punctuation"
    summary = "A space before a comma or full stop, inside brackets, or inside a contraction."
    doc = """
    What it finds: spaces before punctuation that takes none in the language ("word ," and,
    for English, "word ;" "word ?"), spaces just inside brackets ("( FTIR )"), and, where the
    language table lists them, split clitics ("do n't", "it 's") — the marks of tokenised MT.
    Why it matters: tokenised output (detokenisation skipped) reads as sloppy and breaks
    search and line wrapping.
    Fix safety: safe; the spaces are removed.
    Known false positives: French-style spacing before ; : ! ? is allowed wherever the language
    table does not list those marks; an ellipsis after a space (" ...") is left alone.
    """
    examples = (
        Example("The talks , he said , went on .", "The talks, he said, went on."),
        Example("A test by spectroscopy ( FTIR ) worked.", "A test by spectroscopy (FTIR) worked."),
        Example("I do n't know .", "I don't know."),
        good("He paused ... then spoke: yes, 50 % of it (roughly)."),
        good("Il a dit : « oui » ?", language="fr"),
    )

    # Two simple scans beat one alternation (which the engine tries at every position).
    _open_bracket = re.compile(r"[(\[] +(?=\w)")
    _close_bracket = re.compile(r" [)\]]")

    # Each scan below is screened on the distinct chunks first (``chunk_text``): every
    # match has a chunk start or end right at its mark, so a mark no chunk starts (or ends)
    # with cannot match, and the text is scanned only for the marks that can, each with a
    # pattern led by the mark itself (rarer than the space before it). The original checks
    # then run on every match, in the original order.

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        text = document.text
        lines = chunk_text(document)
        marks = str(data.tables.get("no_space_before") or ",.")
        if any(mark.isspace() for mark in marks):  # never in the tables; scan as before
            spaces = (m.start() for m in _space_before_pattern(marks).finditer(text))
        else:
            # " ," with the mark then followed by whitespace, a closing quote or the end: a
            # chunk that is the mark alone, or the mark and a closing quote.
            chunks = unique_chunks(document)
            present = [
                mark
                for mark in dict.fromkeys(marks)
                if mark in chunks or _chunk_start_then_quote(mark).search(lines)
            ]
            spaces = (m.start() - 1 for m in scan_starts(text, map(_after_space, present)))
        for space_at in spaces:
            mark_at = space_at + 1
            mark = text[mark_at]
            after = text[mark_at + 1 : mark_at + 2]
            # Then a space, a closing quote or the end: not " :)", " .5", " ..." or " .com".
            if after and not (after.isspace() or after in '"”’'):
                continue
            space_start = space_at
            while space_start > 0 and text[space_start - 1] == " ":
                space_start -= 1
            # After a word, a number or a closing bracket/quote ("1995 ) ." "dear " ,").
            before = text[space_start - 1 : space_start]
            if not before or not (before.isalnum() or before in ')]”’"'):
                continue
            yield self._finding(space_start, mark_at + 1, f"'{mark}'", space_start, mark_at)
        # "( FTIR": a chunk that ends with the bracket.
        opening = [_OPEN_BRACKET[b] for b in "([" if chunk_edge(lines, b, start=False)]
        for match in scan_starts(text, opening):  # spaces after the bracket
            start, end = match.span()
            yield self._finding(start, end, "inside brackets", start + 1, end)
        # "FTIR )": a chunk that starts with the bracket.
        closing = [_after_space(b) for b in ")]" if chunk_edge(lines, b, start=True)]
        for match in scan_starts(text, closing):
            start, end = match.start() - 1, match.end()
            space_start = start
            while space_start > 0 and text[space_start - 1] == " ":
                space_start -= 1
            if space_start > 0 and re.match(r"[\w.!?]", text[space_start - 1]):
                yield self._finding(space_start, end, "inside brackets", space_start, end - 1)
        clitics = data.word_set("clitics")
        if clitics:
            pattern = _clitic_pattern(clitics)
            for space_at in _clitic_spaces(text, lines, clitics):
                match = pattern.match(text, space_at)
                if match and _after_letter(text, match.start()):
                    yield self._finding(
                        match.start(),
                        match.end(),
                        "in a contraction",
                        match.start(),
                        match.start(1),
                    )

    def _finding(
        self, start: int, end: int, what: str, space_start: int, space_end: int
    ) -> Finding:
        message = f"Space before {what}" if what.startswith("'") else f"Stray space {what}"
        return self.finding(
            start,
            end,
            message,
            fixes=[
                Fix((Edit(space_start, space_end, ""),), Applicability.SAFE, "remove the space")
            ],
            confidence=0.85,
        )


# An HTML entity ("&nbsp", "&#160", "&#x2f") right before a ";".
_ENTITY_BEFORE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6})$")


def _after_letter(text: str, offset: int) -> bool:
    return offset > 0 and text[offset - 1].isalpha()


_PATTERN_CACHE: dict[object, re.Pattern[str]] = {}


def _space_before_pattern(marks: str) -> re.Pattern[str]:
    pattern = _PATTERN_CACHE.get(marks)
    if pattern is None:
        pattern = re.compile(" [" + re.escape(marks) + "]")
        _PATTERN_CACHE[marks] = pattern
    return pattern


# "(" or "[", spaces, then a word: ``SpaceBeforePunctuation._open_bracket`` for one bracket.
_OPEN_BRACKET = {b: re.compile(re.escape(b) + r" +(?=\w)") for b in "(["}


def _chunk_start_then_quote(mark: str) -> re.Pattern[str]:
    """A pattern that finds, in the chunk lines, a chunk that starts with ``mark`` and a
    closing quote; led by the mark, not by the line break before every chunk."""
    key = ("chunk start then quote", mark)
    pattern = _PATTERN_CACHE.get(key)
    if pattern is None:
        escaped = re.escape(mark)
        pattern = re.compile(escaped + "(?<=\n" + escaped + ')["”’]')
        _PATTERN_CACHE[key] = pattern
    return pattern


def _after_space(mark: str) -> re.Pattern[str]:
    """A pattern for " " + ``mark`` that is led by the mark: its match is the mark alone."""
    key = ("after space", mark)
    pattern = _PATTERN_CACHE.get(key)
    if pattern is None:
        pattern = re.compile(re.escape(mark) + "(?<= " + re.escape(mark) + ")")
        _PATTERN_CACHE[key] = pattern
    return pattern


def _clitic_spaces(text: str, lines: str, clitics: frozenset[str]) -> Iterator[int]:
    """Every offset where ``_clitic_pattern(clitics)`` can match (and some where it cannot),
    in order, once each.

    The pattern is a space, a clitic and no word character or apostrophe after it: the clitic
    starts a chunk, and the test after it sees the chunk's next character or, at the chunk's
    end, whitespace (or the end of the chunk lines). So the pattern led by "\\n" finds in the
    chunk lines the clitics that can match in the text, and only the spaces before them need
    looking at: found by a scan led by the clitic's apostrophe (rare), not the space.
    """
    if not all(clitic and not re.search(r"\s", clitic) for clitic in clitics):
        # Never in the tables: a clitic that is empty or holds a space is scanned as before.
        yield from (match.start() for match in _clitic_pattern(clitics).finditer(text))
        return
    key = ("clitics at a chunk start", clitics)
    screen = _PATTERN_CACHE.get(key)
    if screen is None:
        screen = re.compile(rf"\n({trie_pattern(clitics)})(?![\w'’])")
        _PATTERN_CACHE[key] = screen
    scans = []
    for clitic in sorted({match.group(1) for match in screen.finditer(lines)}):
        pattern = _PATTERN_CACHE.get(("space and clitic", clitic))
        if pattern is None:
            lead = min((clitic.find(q) for q in "'’" if q in clitic), default=0)
            pattern = re.compile(re.escape(clitic[lead:]) + "(?<= " + re.escape(clitic) + ")")
            _PATTERN_CACHE[("space and clitic", clitic)] = pattern
        # The space before each: its match ends the clitic.
        scans.append(map(sub, map(re.Match.end, pattern.finditer(text)), repeat(len(clitic) + 1)))
    previous = -1
    # One clitic may start another ("n'" and "n't"): the same space once.
    for space_at in heapq.merge(*scans):
        if space_at != previous:
            yield space_at
            previous = space_at


def _clitic_pattern(clitics: frozenset[str]) -> re.Pattern[str]:
    key = ("clitics", clitics)
    pattern = _PATTERN_CACHE.get(key)
    if pattern is None:
        # Prefix-factored, after exactly one space: the engine rejects most spaces at once.
        pattern = re.compile(rf" ({trie_pattern(clitics)})(?![\w'’])")
        _PATTERN_CACHE[key] = pattern
    return pattern


@register
class MissingSpaceAfterComma(Rule):
    code = "MT105"
    name = "missing-space-after-comma"
    summary = "No space after a comma or semicolon between two words ('Moscow,Tashkent')."
    doc = """
    What it finds: a comma or semicolon with a letter on both sides: "Moscow,Tashkent".
    Why it matters: joined segments and list items lose their spaces in MT and extraction.
    Fix safety: safe when both sides are words of two letters or more; unsafe for single letters
    (which may be variables: "x,y").
    Known false positives: numbers (1,000 and 3,5) never match; URLs, file names and code-like
    chunks (with "=", "/" or "@") are skipped, and so is the ";" that ends an HTML entity
    ("vendors&nbsp;today": MT602 reports the entity).
    """
    examples = (
        Example("He visited Moscow,Tashkent and Minsk.", "He visited Moscow, Tashkent and Minsk."),
        Example("Paris;Berlin and vendors&nbsp;today", "Paris; Berlin and vendors&nbsp;today"),
        good("It cost 1,000 dollars, or 3,5 euros; see http://a.org/x?a,b and f(x)=a,b."),
        good("The vendors&nbsp;today, caf&eacute;s&#160;open and &#x2F;x&#x2f;then."),
    )

    _pattern = re.compile(r"[,;](?=[^\W\d_])")

    _by_mark: ClassVar[dict[str, re.Pattern[str]]] = {
        mark: re.compile(re.escape(mark) + r"(?=[^\W\d_])") for mark in ",;"
    }

    def check(self, document: Document) -> Iterator[Finding]:
        if not language_data(document).spaced:
            return
        text = document.text
        # Screen: a match and the letter before it lie in one chunk (``chunk_text``); scan
        # the text only for the marks that have both there, each with its own literal-led
        # pattern (one character each, so the merged matches are ``_pattern``'s).
        lines = chunk_text(document)
        found = scan_starts(lines, self._by_mark.values())
        marks = {m.group() for m in found if _after_letter(lines, m.start())}
        for match in scan_starts(text, [self._by_mark[mark] for mark in sorted(marks)]):
            start = match.start()
            if not _after_letter(text, start) or looks_technical(text, start, match.end()):
                continue
            # "&nbsp;today": the ";" closes an HTML entity (MT602's finding), not a clause.
            if match.group() == ";" and _ENTITY_BEFORE.search(text, max(0, start - 40), start):
                continue
            previous = text[max(0, start - 20) : start].split()
            if "=" in text[max(0, start - 20) : start + 20] or (previous and "(" in previous[-1]):
                continue
            before = re.search(r"[^\W\d_]+$", text[max(0, start - 40) : start])
            after = re.match(r"[^\W\d_]+", text[match.end() : match.end() + 40])
            wordy = before and after and len(before.group()) > 1 and len(after.group()) > 1
            yield self.finding(
                start,
                match.end(),
                f"No space after '{match.group()}'",
                fixes=[
                    _insert(
                        match.end(),
                        " ",
                        Applicability.SAFE if wordy else Applicability.UNSAFE,
                        "insert a space",
                    )
                ],
                confidence=0.8 if wordy else 0.55,
            )


@register
class DoubleSpace(Rule):
    code = "MT106"
    name = "double-space"
    summary = "Two or more spaces between words."
    severity = Severity.INFO
    doc = """
    What it finds: runs of two or more spaces between two non-space characters inside a line.
    Why it matters: MT and copy-paste from web pages leave them; they show in print, break search.
    Fix safety: safe; the run becomes one space.
    Known false positives: deliberately aligned plain-text tables (runs at line starts ignored).
    """
    examples = (
        Example("The president  arrived on Sunday.", "The president arrived on Sunday."),
        good("The president arrived on Sunday."),
        good("    indented code stays as it is"),
    )

    # A literal two-space start lets the regex engine skip ahead fast; the non-space neighbours
    # are checked per match. The lookbehind starts a match only where a run of spaces starts,
    # and the possessive run never gives a space back: "  +(?=\S)" tried every position of a
    # long run, re-reading it each time (a megabyte of spaces took hours).
    _pattern = re.compile(r"  (?<!   ) *+(?=\S)")

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        # A str.find for the first two spaces (none in most texts) is twice as fast as the
        # scan, which then starts there: no match can start before them.
        first = text.find("  ")
        if first == -1:
            return
        for match in self._pattern.finditer(text, first):
            if match.start() == 0 or text[match.start() - 1].isspace():
                continue
            yield self.finding(
                match.start(),
                match.end(),
                "Two or more spaces between words",
                fixes=[
                    Fix((Edit(match.start(), match.end(), " "),), Applicability.SAFE, "one space")
                ],
                confidence=0.9,
            )
