"""A name spelt two ways in one text (MT995): the pairs MT903 leaves alone. MT903 pairs a name
the text repeats with a rarer spelling that keeps its first two and last two letters; machine
translation and hasty editing also change a name's ending ("Zelensky", "Zelenskyy"; "Dumlao",
"Dumalo"), write a short name two ways ("Marta", "Martha") or write each spelling once
("Isroilova", "Israilova"). The evidence is the text itself: the two spellings stand beside the
same first name or surname, or one is repeated and the other written once."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from math import log10

from mtlint.checks.casingdict import common_only_words
from mtlint.checks.documents.base import Document
from mtlint.checks.entitynames import dictionary_names
from mtlint.checks.langdata import available_languages
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.sourcewords import foreign_sentence
from mtlint.checks.spelling import SPELLING_LANGUAGES, frequent_words, spelling_table
from mtlint.checks.spelling_search import source_word
from mtlint.checks.textscan import base_language, language_data
from mtlint.checks.wordlists import frequency_dict
from mtlint.checks.wordshape import (
    document_title_case_words,
    edit_distance,
    skeleton,
    within_one_edit,
)

# Two spellings each this common on the web (Zipf) are two names ("Marta", "Martha"; "Austria",
# "Austrian"), unless they stand beside the same first name or surname.
_TWO_NAMES_ZIPF = 3.0
# A spelling this common in the language is an everyday word opening a sentence ("Stared").
_EVERYDAY_ZIPF = 4.0
# Two spellings of one transliteration skeleton may be two edits apart from this length.
_SKELETON_TWO_EDITS = 7
# How sure each reading is (its band's precision on GUM + typos-real-en, BENCHMARKS.md
# h17typo): both surnames after one first name ("same-name": no finding on the dev data) is
# pooled with the usual spelling repeated (3 of 4 right together: 0.6, not higher on four
# findings); two given names before one surname ("given-name": a family as often as one
# person, 2 of 2) and each written once (6 of 7; chance pairs grow with a text's names) stay
# in the doubtful tier.
CONFIDENCE = {"same-name": 0.6, "repeated": 0.6, "given-name": 0.3, "once": 0.4}
# Beyond English every reading stays in the doubtful tier: on Universal Dependencies text of
# French, Spanish, Italian, Portuguese and Dutch (BENCHMARKS.md h19slips) about half the pairs
# were one name spelt two ways ("Berlsuconi", "Hereenveen"), the others two people or a name's
# variants the text names on purpose ("Elisa (ou Elesa)").
BEYOND_ENGLISH = 0.4
_NEXT_NAME = re.compile(r"[ \u00a0]([^\W\d_][^\W\d_'’-]*)")
_PREVIOUS_NAME = re.compile(r"([^\W\d_][^\W\d_'’-]*)[ \u00a0]$")


@dataclass(frozen=True)
class NamePair:
    usual: str
    rare: str
    reading: str


@cache
def _ending_pairs() -> tuple[tuple[str, str], ...]:
    """Endings two forms of one name take (resources/spelling/names.json: "Lavrov",
    "Lavrova"), and the endings English derives words with from a name ("Kenya", "Kenyan";
    "Smith", "Smiths"; resources/spelling/name_variants.json)."""
    forms = resource_json("spelling", "names.json")["ending_pairs"]
    variants = resource_json("spelling", "name_variants.json")
    derived = tuple(("", ending) for ending in variants["derived_endings"])
    return tuple((a, b) for a, b in forms + variants["ending_pairs"]) + derived


def _derived(one: str, other: str) -> bool:
    """Whether one of the two is the other with a regular ending: a gendered form, a plural,
    a demonym ("Kenya", "Kenyan"), a possessive without its apostrophe."""
    a, b = one.casefold(), other.casefold()
    for x, y in _ending_pairs():
        for p, q in ((a, b), (b, a)):
            if p.endswith(x) and q.endswith(y) and p[: len(p) - len(x)] == q[: len(q) - len(y)]:
                return True
    return False


def _zipf(word: str, language: str) -> float:
    """The word's Zipf frequency in the language or in English, whichever is higher."""
    folded = word.casefold()
    seen = max(frequency_dict(language).get(folded, 0.0), frequency_dict("en").get(folded, 0.0))
    return log10(seen) + 9 if seen > 0 else 0.0


def _common_word(word: str, language: str) -> bool:
    """A frequent word of the language that its cased dictionary takes for a common word only."""
    folded = word.casefold()
    return folded in frequent_words(language) and folded not in dictionary_names(language)


def _mt903_pair(usual: str, rare: str, counts: dict[str, int]) -> bool:
    """Whether MT903 (checks/rules/consistency.py) reads the pair: a name of six letters or
    more written at least twice, and a spelling with the same first two and last two letters."""
    return (
        counts[usual] >= 2
        and min(len(usual), len(rare)) >= 6
        and (usual[:2], _plain(usual[-2:])) == (rare[:2], _plain(rare[-2:]))
    )


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _close(one: str, other: str) -> bool:
    """One edit apart (a letter replaced, added, lost or two swapped, never the first letter),
    or two where both are one transliteration (the same skeleton: "Ganiyeva", "Ganieva")."""
    if one[0] != other[0] or abs(len(one) - len(other)) > 2:
        return False
    same = skeleton(one) == skeleton(other)
    if same and min(len(one), len(other)) >= _SKELETON_TWO_EDITS:
        return 0 < edit_distance(one, other, 2) <= 2
    return within_one_edit(one, other) == 1


# The places of a name read for the names beside it (a name written a hundred times is read
# at its first places).
_PLACES_READ = 20


def _neighbours(text: str, starts: Sequence[int], length: int, plain) -> set[tuple[str, str]]:
    """The names right before and after each place, each with its side: ("before", "Irene")
    is the first name the name stands with, ("after", "Bello") the surname it stands before.
    ``plain`` tells a word that is no name (a stop word, a title, a common word)."""
    found = set()
    for start in starts[:_PLACES_READ]:
        after = _NEXT_NAME.match(text, start + length)
        if after and _name_word(after.group(1)) and not plain(after.group(1), "after"):
            found.add(("after", after.group(1)))
        before = _PREVIOUS_NAME.search(text, max(0, start - 30), start)
        if before and _name_word(before.group(1)) and not plain(before.group(1), "before"):
            found.add(("before", before.group(1)))
    return found


def _name_word(word: str) -> bool:
    """A capitalised word of three letters or more (no initial, no acronym: "Ganiyeva SA" and
    "Ganieva S.A." are one person)."""
    return len(word) >= 3 and word[0].isupper() and word[1:].islower()


@cache
def _titles(language: str) -> frozenset[str]:
    """The language's titles before a name ("Senator", "Minister": name_evidence.json)."""
    table = resource_json("gazetteer", "name_evidence.json").get(language, {})
    return frozenset(title.casefold() for title in table.get("titles", ()))


def _plain_word(stop_words: frozenset[str], language: str):
    """Whether a capitalised neighbour is no name: a stop word ("The"), a title ("Senator"), a
    word the cased dictionary holds for a common word only (casingdict); before a name also a
    frequent word it does not list as a name ("Former"; after a name a frequent word is often
    a surname: "Wilkins", "Graves")."""
    titles, common = _titles(language), common_only_words(language)

    def plain(word: str, side: str) -> bool:
        folded = word.casefold()
        if folded in stop_words or folded in titles or folded in common:
            return True
        return side == "before" and _common_word(word, language)

    return plain


def _candidate_pairs(words: list[str]) -> set[tuple[str, str]]:
    """Pairs of ``words`` that may be one edit apart (they share a form less one letter: a
    letter replaced, added, lost or two swapped leave one in common) or one transliteration
    (the same skeleton): an index per document, no comparison of every pair."""
    keys: dict[str, list[str]] = {}
    for word in words:
        lowered = word.casefold()
        forms = {lowered}
        if len(word) >= _SKELETON_TWO_EDITS:  # two edits apart only as one transliteration
            forms.add("~" + skeleton(word))
        forms.update(lowered[:i] + lowered[i + 1 :] for i in range(1, len(lowered)))
        for form in forms:
            keys.setdefault(form, []).append(word)
    pairs = set()
    for group in keys.values():
        if 1 < len(group) < _CROWDED:
            pairs.update((a, b) for i, a in enumerate(group) for b in group[i + 1 :])
    return pairs


# A form less one letter that this many of a text's words share says nothing of any of them.
_CROWDED = 12


def name_pairs(
    document: Document, language: str, stop_words: frozenset[str] = frozenset(), keep_end: int = 0
) -> Iterator[NamePair]:
    """(usual, rare) spellings of one name in ``document``, with how the pair was read; where
    names inflect, two forms that differ only in their last ``keep_end`` letters are one
    name's forms ("Nowaka", "Nowaku")."""
    text = document.text
    plain = _plain_word(stop_words, language)
    every = document_title_case_words(document)
    words = [word for word in every if word.isalpha()]
    if len(words) < 2:
        return
    counts = {word: len(every[word]) for word in words}
    for one, other in sorted(_candidate_pairs(words)):
        if not _close(one, other) or _derived(one, other) or _ending(one, other, keep_end):
            continue
        pair = _read_pair(text, every, counts, (one, other), language, plain)
        if pair is not None:
            yield pair


def _ending(one: str, other: str, keep_end: int) -> bool:
    """Whether the two differ only in their last ``keep_end`` letters (an inflection)."""
    if not keep_end:
        return False
    a, b = one.casefold(), other.casefold()
    same = 0
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    return same >= min(len(a), len(b)) - keep_end


# Two spellings this close (characters apart) with next to nothing between them are variants
# the text lists ("Gordievski, Gordievsky o Gordievskiy", "Elisa (ou Elesa)").
_LISTED_WITHIN = 40
_LISTED_BETWEEN = re.compile(r"[^\w]*(?:[^\W\d_]{1,4}[^\w]+)?")


def _listed_together(text: str, usual, rare) -> bool:
    """Whether a place of one spelling follows a place of the other with only punctuation, a
    word of another script ("ドードリオ") and at most one short word ("o", "ou", "or") between
    them: the text names a name's variants."""
    places = sorted(
        [(start, start + usual.length, 0) for start in usual.starts[:_PLACES_READ]]
        + [(start, start + rare.length, 1) for start in rare.starts[:_PLACES_READ]]
    )
    for (_, end, one), (start, _, other) in pairwise(places):
        if one == other:
            continue  # the same spelling twice
        if not 0 <= start - end <= _LISTED_WITHIN:
            continue  # too far apart (the text between is not read: it may be megabytes)
        between = "".join(ch for ch in text[end:start] if ch <= "\u024f" or not ch.isalpha())
        if _LISTED_BETWEEN.fullmatch(between):
            return True
    return False


def _writings(text: str, starts: Sequence[int], word: str) -> int:
    """How many times the text writes ``word``, a word repeated at once counted once
    ("other Mosasaurs Mosasaurs": one writing, a repetition MT4xx reports)."""
    width = len(word) + 1
    return sum(1 for start in starts if text[max(0, start - width) : start - 1] != word)


def _read_pair(text, every, counts, pair: tuple[str, str], language: str, plain):
    """The pair read, or None: two names, an everyday word, MT903's pair, two people."""
    one, other = pair
    if _common_word(one, language) or _common_word(other, language):
        return None  # a common word capitalised in a name ("Cathedral", "Catedral")
    zipfs = {one: _zipf(one, language), other: _zipf(other, language)}
    if max(zipfs.values()) >= _EVERYDAY_ZIPF and min(zipfs.values()) >= _TWO_NAMES_ZIPF - 1:
        return None  # an everyday word opening a sentence beside a name, or two names
    usual, rare = sorted((one, other), key=lambda w: (-counts[w], -zipfs[w], every[w][0][0]))
    if _mt903_pair(usual, rare, counts):
        return None
    if _listed_together(text, every[usual], every[rare]):
        return None  # variants the text names on purpose: "Herman (ou Hermant)"
    beside_usual = _neighbours(text, every[usual].starts, len(usual), plain)
    beside_rare = _neighbours(text, every[rare].starts, len(rare), plain)
    shared = beside_usual & beside_rare
    if any(side == "before" for side, _ in shared):
        return NamePair(usual, rare, "same-name")  # one first name before both surnames
    if shared:  # one surname after both: given names, of one person or of a family
        return NamePair(usual, rare, "given-name")  # ("Lindsey Graves", "Lindsay Graves")
    if min(zipfs.values()) >= _TWO_NAMES_ZIPF:
        return None  # two names the web knows well ("Marta Ruiz", "Martha Stewart")
    if beside_usual and beside_rare:
        return None  # each with its own first name or surname: two people
    if counts[rare] == 1 and _writings(text, every[usual].starts, usual) >= 2:
        return NamePair(usual, rare, "repeated")
    if counts[usual] == counts[rare] == 1:
        return NamePair(usual, rare, "once")
    return None


# Where endings do not inflect (``spelling.keep_end`` 0 for a language MT980 serves: English),
# two endings of a name are two spellings; where they do ("Putina", "Putinu"), forms of one.
ENGLISH_LIKE = frozenset(code for code in SPELLING_LANGUAGES if spelling_table(code).keep_end == 0)
# Beyond those, the languages whose table asks for it (``spelling.names_two_ways``: the
# Latin-script tier-1 languages with a table in resources/lang; ``name_keep_end`` where names
# inflect).
NAME_LANGUAGES = ENGLISH_LIKE | frozenset(
    code for code in available_languages() if spelling_table(code).names_two_ways
)


@register
class NameSpeltTwoWays(Rule):
    code = "MT995"
    name = "name-spelt-two-ways"
    summary = "A name written two ways in one text ('Dumlao' … 'Dumalo', 'Zelensky' … 'Zelenskyy')."
    languages = NAME_LANGUAGES
    severity = Severity.WARNING
    doc = """
    What it finds: two capitalised words of five letters or more, with the same first letter,
    one edit apart (a letter replaced, added, lost, or two swapped) or two where both are one
    transliteration ("Ganiyeva", "Ganieva"), that MT903 leaves alone: the ending differs
    ("Dumlao" … "Dumalo", "Zelensky" … "Zelenskyy"), the name is short ("Marta" … "Martha"), or
    each spelling stands once. Read with the text's evidence: both spellings beside the same
    first name or surname ("Muhammad Buhari" … "Muhammadu Buhari"), else the usual spelling
    repeated and the other written once, else each written once (a doubtful finding). A
    neighbour counts only when it is a name itself (no stop word "The", no title "Senator",
    no common word "Theatre"); two given names before one surname ("Lindsey Graves",
    "Lindsay Graves") may be relatives: doubtful.
    Why it matters: machine translation transliterates a name afresh in each sentence, and an
    editor's slip changes one copy; readers take two spellings for two people.
    Fix safety: unsafe: the usual spelling replaces the other, but the other can be right.
    Confidence: 0.6 after one first name or the usual one repeated (pooled: 3 of 4 on the
    dev data), 0.3 before one surname, 0.4 each written once (the doubtful tier); beyond
    English (the Latin-script tier-1 languages, ``spelling.names_two_ways`` in
    resources/lang) every reading stays in the doubtful tier (0.4 at most): about half the
    pairs measured on native text were one name spelt two ways.
    Known false positives: two people or places whose names are one letter apart ("Mario",
    "Maria" is a gendered ending and stays quiet; two names the web knows well stay quiet
    unless they stand beside the same first name or surname; two names each with its own first
    name or surname are two people). A regular ending is no second spelling (a plural, a
    demonym "Kenya"/"Kenyan", a gendered surname "Lavrov"/"Lavrova":
    resources/spelling/names.json and name_variants.json). Where names inflect (Polish,
    Turkish; German, whose every noun is capitalised: "Passwortes", "Passworts";
    ``spelling.name_keep_end``), two forms that differ only in their last letters are one
    name's forms ("Nowaka", "Nowaku").
    """
    examples = (
        Example(
            "Spokesperson Irene Dumlao said on Monday. Help is on its way, Dumalo said. "
            "More will come, Dumlao added.",
            "Spokesperson Irene Dumlao said on Monday. Help is on its way, Dumlao said. "
            "More will come, Dumlao added.",
        ),
        Example(
            "President Tomas Velkovy opened the bridge. The road was built under President "
            "Tomas Velkovyy.",
            "President Tomas Velkovy opened the bridge. The road was built under President "
            "Tomas Velkovy.",
        ),
        good("Kenya and Kenyan officials met; the Smiths and Smith's son came too."),
        good("Mr Lavrov arrived; his wife, Anna Lavrova, stayed at home."),
        good("Marta Ruiz met Martha Stewart in Madrid on Monday."),
        good("Daniel Ortega spoke after Daniela Ortez. Daniel said little."),
        good("Herman (ou Hermant) est l'aîné; Herman naquit vers 1385.", language="fr"),
        Example(
            "El alcalde Tomás Verkade inauguró el puente. La obra se hizo bajo el alcalde "
            "Tomás Verkadde.",
            "El alcalde Tomás Verkade inauguró el puente. La obra se hizo bajo el alcalde "
            "Tomás Verkade.",
            language="es",
        ),
        good(
            "Minister Kowalczyk przyjechał rano. Mówiono o Kowalczyku, a Kowalczyka chwalono.",
            language="pl",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        if language not in self.languages:
            return
        text = document.text
        stop_words = language_data(document).stop_words
        every = document_title_case_words(document)
        keep_end = spelling_table(language).name_keep_end
        for pair in name_pairs(document, language, stop_words, keep_end):
            spans = every[pair.rare]
            if source_word(pair.rare.casefold(), language) and any(
                foreign_sentence(text, start, end, stop_words) for start, end in spans
            ):
                continue  # a word of a sentence in another language ("Sache")
            counts = (len(every[pair.usual]), len(spans))
            edits = tuple(Edit(start, end, pair.usual) for start, end in spans)
            first_start, first_end = spans[0]
            yield self.finding(
                first_start,
                first_end,
                f"'{pair.rare}' ({counts[1]}×) looks like another spelling of '{pair.usual}' "
                f"({counts[0]}× in this text)",
                fixes=(Fix(edits, Applicability.UNSAFE, f"'{pair.rare}' → '{pair.usual}'"),),
                confidence=CONFIDENCE[pair.reading]
                if language in ENGLISH_LIKE
                else min(CONFIDENCE[pair.reading], BEYOND_ENGLISH),
                data=(("spellings", (pair.usual, pair.rare)), ("occurrences", tuple(spans))),
            )
