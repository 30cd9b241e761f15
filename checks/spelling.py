"""One-edit spelling slips judged against wordfreq alone (MT980, checks/rules/spelling.py): a
word the language does not know that is one edit (a letter lost, added, replaced, or two
letters swapped) from exactly one frequent word ("cahired" for "chaired").

Only the document's rare distinct words are looked at, and each candidate edit is a set
member test against the language's frequent words (a few thousand), so a document pays per
rare distinct word, never per token, and no index is built."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import chain, islice

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.lowernames import first_names, places
from mtlint.checks.textscan import find_word, find_words_upto, looks_technical, word_gate
from mtlint.checks.wordlists import frequency_dict, prefix_length
from mtlint.checks.wordshape import document_words

_VOWELS = frozenset("aeiouy")
# The corrected form is a frequent word: at least this Zipf frequency, unless the language's
# table says otherwise (``spelling.frequent_zipf`` in resources/lang/<lang>.json).
FREQUENT_ZIPF = 3.5
# Endings inflect: no edit in a word's last two letters, unless the table says otherwise.
KEEP_END = 2


@dataclass(frozen=True)
class SpellingTable:
    """A language's MT980 settings (resources/lang/<lang>.json, key ``spelling``)."""

    keep_end: int = KEEP_END
    frequent_zipf: float = FREQUENT_ZIPF
    # Consonant runs of three or more a word may start with; None: any start will do.
    onsets: frozenset[str] | None = None
    # MT980 serves the language (``misspelt``: its wordfreq list is large enough that a word it
    # does not know is news, and its clean native text stayed quiet).
    misspelt: bool = False
    # The language's words of one letter (MT982: any other letter standing alone may be a
    # split piece, "W hen"); None: the language has no list, and one letter is never a piece.
    one_letter_words: frozenset[str] | None = None
    # A possessive is written with an apostrophe before its "s" (MT984: "countrys" lost it).
    possessive_apostrophe: bool = False
    # A sentence short of the language's stop words is foreign unless most of its words are
    # common words of the language (``sourcewords.foreign_sentence``; measured in English:
    # informal text, "honestly i really do get real releif", 4 slips more, no false alarm).
    common_words_own: bool = False
    # MT994 serves the language (``unknown_words``: its bands held on the dev sets and clean
    # text, BENCHMARKS.md h16broad).
    unknown_words: bool = False
    # MT994: endings that make a rare but regular word of a known one ("imploration",
    # "pinballed"), and prefixes that do ("antiterror"): such a word is known.
    derivation_suffixes: tuple[str, ...] = ()
    word_prefixes: tuple[str, ...] = ()
    # MT980: a word of the web-misspellings table is reported at the bar only when its
    # correction is this common (Zipf) and this much commoner than it; else in the doubtful
    # tier (beyond English the tables hold names and words hunspell lacks: "nebeln").
    web_sure_zipf: float = 0.0
    web_sure_gap: float = 0.0
    # ... and only when the written word itself is rarer than this (Zipf): a table word the web
    # writes often is, beyond English, mostly an archaic, dialect or rare word hunspell lacks
    # ("beikommen", "neune", "giebt"; German table: most entries of Zipf 2 and above).
    web_sure_below: float = 99.0
    # ... or whatever their frequencies, when the slip is of one of these kinds (``slip_kind``):
    # a letter left out or a doubled letter written once were slips in 141 of 150 doubtful
    # German, French, Italian, Dutch and Russian table words (BENCHMARKS.md h19slips), a
    # letter added or replaced in about a third (names: "meisner", "mondello", "ронда").
    web_sure_kinds: frozenset[str] = frozenset()
    # MT980 reads the web-misspellings table in a language whose one-edit search stays off
    # (``misspelt`` false: Spanish, Portuguese, Polish … treebank text is too rich in rare
    # regular forms for it), only at the bar where the slip's kind is sure.
    web_table: bool = False
    # MT995 reads names spelt two ways in the language (``names_two_ways``; English: where
    # MT980 serves and endings do not inflect), an edit in a name's last ``name_keep_end``
    # letters being an inflection ("Nowaka", "Nowaku"), no second spelling.
    names_two_ways: bool = False
    name_keep_end: int = 0
    # MT982: word-forming prefixes that are no word of the language, read as a source prefix
    # left spaced where one stands alone before a word ("de capacity"), and the borrowed
    # phrases that write one so ("de facto").
    spaced_prefixes: frozenset[str] = frozenset()
    spaced_prefix_phrases: frozenset[str] = frozenset()
    # MT999: contractions written without their apostrophe that are no word of the language
    # ("doesnt": "doesn't"), each with its readings; those read only in lower case ("ive": a
    # capitalised "Ive" is a surname as often).
    lost_apostrophes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    lost_apostrophes_lower_only: frozenset[str] = frozenset()
    # MT994: a long lower-case non-word one doubled letter or one first letter from exactly one
    # known word is a sure slip ("superseeded", "anthusiasm"; ``unknown_words.sure_typo``).
    sure_typos: bool = False


@cache
def spelling_table(language: str) -> SpellingTable:
    raw = load_language_data(language).tables.get("spelling") or {}
    onsets = raw.get("onsets")
    one_letter = raw.get("one_letter_words")
    return SpellingTable(
        keep_end=int(raw.get("keep_end", KEEP_END)),
        frequent_zipf=float(raw.get("frequent_zipf", FREQUENT_ZIPF)),
        onsets=None if onsets is None else frozenset(onsets),
        misspelt=bool(raw.get("misspelt", False)),
        one_letter_words=None if one_letter is None else frozenset(one_letter),
        possessive_apostrophe=bool(raw.get("possessive_apostrophe", False)),
        common_words_own=bool(raw.get("common_words_own", False)),
        unknown_words=bool(raw.get("unknown_words", False)),
        derivation_suffixes=tuple(raw.get("derivation_suffixes", ())),
        word_prefixes=tuple(raw.get("word_prefixes", ())),
        spaced_prefixes=frozenset(raw.get("spaced_prefixes", ())),
        spaced_prefix_phrases=frozenset(raw.get("spaced_prefix_phrases", ())),
        lost_apostrophes=tuple(
            (word, tuple(readings))
            for word, readings in sorted((raw.get("lost_apostrophes") or {}).items())
        ),
        lost_apostrophes_lower_only=frozenset(raw.get("lost_apostrophes_lower_only", ())),
        sure_typos=bool(raw.get("sure_typos", False)),
        web_sure_zipf=float(raw.get("web_sure_zipf", 0.0)),
        web_sure_gap=float(raw.get("web_sure_gap", 0.0)),
        web_sure_below=float(raw.get("web_sure_below", 99.0)),
        web_sure_kinds=frozenset(raw.get("web_sure_kinds", ())),
        web_table=bool(raw.get("web_table", False)),
        names_two_ways=bool(raw.get("names_two_ways", False)),
        name_keep_end=int(raw.get("name_keep_end", 0)),
    )


# Languages whose table turns MT980 on (resources/lang/<lang>.json, ``spelling.misspelt``):
# Spanish and Portuguese treebank text holds real typos that count there as false alarms, and
# Polish derived forms ("zmielono") are one edit from frequent ones; they stay off.
SPELLING_LANGUAGES = frozenset(
    code for code in available_languages() if spelling_table(code).misspelt
)


def unknown_word_languages() -> frozenset[str]:
    """The languages MT994 serves (``spelling.unknown_words`` in resources/lang/<lang>.json)."""
    return frozenset(code for code in available_languages() if spelling_table(code).unknown_words)


# Languages MT980 reads the web-misspellings table for, its one-edit search off.
WEB_TABLE_LANGUAGES = frozenset(
    code
    for code in available_languages()
    if spelling_table(code).web_table and code not in SPELLING_LANGUAGES
)


POSSESSIVE_LANGUAGES = frozenset(
    code for code in available_languages() if spelling_table(code).possessive_apostrophe
)


# The slip is unknown to the language (and to English): below this Zipf frequency.
UNKNOWN_ZIPF = 1.0
# The document's words below this Zipf value (in the language and in English) are gathered
# once for MT980 (below ``UNKNOWN_ZIPF``, and its common typos below ``TYPO_ZIPF``) and MT982
# (a fragment of a split word).
SCARCE_ZIPF = 2.5
# A common typo ("assesment", "comittee") is a web word of its own, below this Zipf value.
TYPO_ZIPF = 2.5
# ... and its correction is at least this common and this much more common.
TYPO_CORRECTION_ZIPF = 4.0
TYPO_GAP = 2.5
# A very common word less one letter is a real word now and then ("deign", "serous", "scree",
# "holing", 2.2 to 2.3), as common on the web as some slips ("diffrent" 2.21): such a form is
# taken alone only below this Zipf value ("everone" 1.81, "becuse" 1.76), else only where the
# text writes the full word too.
DROPPED_ALONE_ZIPF = 2.0


def typo_corrections(word: str, language: str, written: frozenset[str] = frozenset()) -> set[str]:
    """The very common words of ``language`` that the lower-case ``word`` becomes with the
    two edits a typist makes most: two neighbouring letters swapped ("thier"), or a doubled
    letter written once or a letter doubled ("comittee", "untill"); and a letter left out,
    where the web hardly knows the form or the document (``written``, its words in lower
    case) writes the full word as well ("goverment" beside "government")."""
    edits = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    edits.update(word[:i] + word[i] + word[i:] for i in range(1, len(word)))
    edits.update(word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1])
    edits.discard(word)
    frequencies = frequency_dict(language)
    seen = frequencies.get(word, 0.0)
    bar = max(10 ** (TYPO_CORRECTION_ZIPF - 9), seen * 10**TYPO_GAP)
    found = {edit for edit in edits & frequent_words(language) if frequencies[edit] >= bar}
    dropped = dropped_letter_word(word, language)
    # A letter left out ("everone", "deparment"): alone only where the web hardly knows it.
    evidence = dropped in written or seen <= 10 ** (DROPPED_ALONE_ZIPF - 9)
    if dropped and evidence and frequencies[dropped] >= bar and _no_stem(word, frequencies):
        found.add(dropped)
    return found


def dropped_letter_word(word: str, language: str) -> str | None:
    """The very common word (Zipf ``TYPO_CORRECTION_ZIPF``, five letters or more) the
    lower-case ``word`` is with one letter left out after its first ("everone": "everyone"),
    if exactly one: a form two words share is no evidence for either. Spelled out at run time
    for the few words asked about (a map of every such form cost 2.8 MB and 0.07 s for
    English)."""
    bar = 10 ** (TYPO_CORRECTION_ZIPF - 9)
    frequent, frequencies = frequent_words(language), frequency_dict(language)
    found = {
        form
        for form in (
            word[:i] + letter + word[i:]
            for i in range(1, len(word) + 1)
            for letter in alphabet(language)
        )
        if form in frequent and frequencies[form] >= bar
    }
    return found.pop() if len(found) == 1 and len(word) >= 4 else None


def _no_stem(word: str, frequencies: dict[str, float]) -> bool:
    """Whether ``word`` is no plural of a known word ("drams": "dram" is one, not "dreams")."""
    return not (word.endswith("s") and frequencies.get(word[:-1], 0.0) >= 10 ** (SCARCE_ZIPF - 9))


def scarce_words(document: Document, language: str) -> dict[str, float]:
    """The document's words of plain shape (letters only, lower case or capitalised, two
    letters or more) below Zipf ``SCARCE_ZIPF`` in the language and in English, each with its
    higher frequency of the two; computed once per document."""

    def build() -> dict[str, float]:
        own, english = frequency_dict(language), frequency_dict("en")
        bar = 10 ** (SCARCE_ZIPF - 9)
        found = {}
        for word in document_words(document):
            if len(word) < 2 or not word.isalpha() or not word[1:].islower():
                continue
            folded = word.casefold()
            seen = max(own.get(folded, 0.0), english.get(folded, 0.0))
            if seen < bar:
                found[word] = seen
        return found

    return document.analysis.get(f"spelling:scarce:{language}", build)


def scarce_places(document: Document, language: str) -> dict[str, list[tuple[int, int]]]:
    """Where each of the document's scarce words (``scarce_words``) stands, up to twice: one
    scan of the text for them all, shared by MT980 and MT994 (both ask whether a word is
    written once); computed once per document."""

    def build() -> dict[str, list[tuple[int, int]]]:
        limits = dict.fromkeys(scarce_words(document, language), 2)
        return find_words_upto(document.text, limits, word_gate(document))

    return document.analysis.get(f"spelling:scarce-places:{language}", build)


def folded_words(document: Document) -> frozenset[str]:
    """The document's words in lower case (MT980's evidence for a letter left out; MT994's
    for a word's plural, singular or stem)."""

    def build() -> frozenset[str]:
        return frozenset(word.casefold() for word in document_words(document))

    return document.analysis.get("spelling:folded-words", build)


def first_places(document: Document, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands in the document, up to twice (``find_word``), remembered for the
    document: MT980 and MT994 ask about the same scarce words, and on a large text each
    search runs until the word's second use."""
    memo: dict[str, list[tuple[int, int]]] = document.analysis.get("spelling:first-places", dict)
    found = memo.get(word)
    if found is None:
        found = memo[word] = list(islice(find_word(document.text, word, word_gate(document)), 2))
    return found


# A letter of the language: it stands in at least this many of its frequent words.
_LETTER_WORDS = 20


@cache
def frequent_words(language: str) -> frozenset[str]:
    """The language's words of its ``frequent_zipf`` or more (English 3.2), letters only
    (wordfreq lists run from the most frequent down, so the scan stops at the bar)."""
    bar = 10 ** (spelling_table(language).frequent_zipf - 9)
    # The words before the first one under the bar, taken in C (speed, the same words).
    count = prefix_length(language, bar)
    return frozenset(filter(str.isalpha, islice(frequency_dict(language), count)))


@cache
def alphabet(language: str) -> str:
    """The lower-case letters the language's frequent words use (an edit only inserts or
    substitutes one of these)."""
    # Each word's letters once, counted in C (speed: ~60 ms at a process's first check).
    counts = Counter(chain.from_iterable(map(set, frequent_words(language))))
    return "".join(sorted(letter for letter, n in counts.items() if n >= _LETTER_WORDS))


def pronounceable(word: str, language: str) -> bool:
    """Whether the lower-case ``word`` starts as a word of the language can (where its table
    lists onsets, English: a run of three consonants or more must be one of them)."""
    onsets = spelling_table(language).onsets
    if onsets is None:
        return True
    run = 0
    while run < len(word) and word[run] not in _VOWELS:
        run += 1
    return run < 3 or word[:run] in onsets


# Rare words in one document past which the deletion index (built once, ~0.14 s for English)
# costs less than spelling out every edit of each word (~0.2 ms a word).
INDEX_AFTER = 600


def one_edit_words(
    word: str,
    language: str,
    keep_end: int = 0,
    drop_first: bool = True,
    indexed: bool = False,
    own_letters: bool = False,
) -> set[str]:
    """The frequent words of ``language`` one Damerau edit from the lower-case ``word``: never
    a first letter replaced or added (that makes another word, or another name: "Raschisten"
    is no "Faschisten"; a lost first letter is MT976's), the first letter dropped only when
    ``drop_first`` ("awhen"), and no edit in the last ``keep_end`` letters (endings inflect).
    ``indexed``: found through the deletion index (for many words); the index also finds a
    word whose inserted or replaced letter is none of ``alphabet(language)`` ("cafe": "café"
    in English), which spelling the edits out never makes, unless ``own_letters``: then
    exactly the set spelled out."""
    last = len(word) - keep_end
    if indexed:
        index = _deletion_index(language)
        found: set[str] = set()
        for key in (word, *(word[:i] + word[i + 1 :] for i in range(len(word)))):
            found.update(index.get(key, ()))
        found = {other for other in found if _edit_allowed(word, other, last, drop_first)}
        if own_letters:
            own = set(alphabet(language))
            found = {other for other in found if _letters_added(word, other) <= own}
        return found
    letters = alphabet(language)
    edits = {word[:i] + word[i + 1 :] for i in range(0 if drop_first else 1, last)}
    edits.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(last - 1))
    edits.update(word[:i] + ch + word[i:] for i in range(1, last + 1) for ch in letters)
    edits.update(word[:i] + ch + word[i + 1 :] for i in range(1, last) for ch in letters)
    edits.discard(word)
    return edits & frequent_words(language)


# A word with a letter put back into an ending no word has need only be this common (Zipf): the
# ending is evidence enough ("установками", 3.29).
LOST_ENDING_ZIPF = 3.0
# An ending fewer than this many of the language's frequent words have is no inflection of it.
_RARE_ENDING_WORDS = 5


@cache
def _ending_counts(language: str, size: int) -> dict[str, int]:
    """How many of the language's frequent words (four letters or more) end in each ending of
    ``size`` letters."""
    counts: dict[str, int] = {}
    for word in frequent_words(language):
        if len(word) >= 4:
            counts[word[-size:]] = counts.get(word[-size:], 0) + 1
    return counts


def lost_ending_letter(word: str, language: str, keep_end: int) -> set[str]:
    """Where endings inflect (``keep_end``) and the lower-case ``word`` ends as almost no
    frequent word does, the frequent words it is with one letter put back into that ending
    ("установкаи": "установками"): an ending no word has is a letter lost, no inflection."""
    if not keep_end or len(word) < 5:
        return set()
    counts = _ending_counts(language, keep_end)
    if counts.get(word[-keep_end:], 0) >= _RARE_ENDING_WORDS:
        return set()
    letters = alphabet(language)
    start = len(word) - keep_end + 1
    edits = {word[:i] + ch + word[i:] for i in range(start, len(word) + 1) for ch in letters}
    frequencies, bar = frequency_dict(language), 10 ** (LOST_ENDING_ZIPF - 9)
    return {
        edit
        for edit in edits
        if frequencies.get(edit, 0.0) >= bar
        and counts.get(edit[-keep_end:], 0) >= _RARE_ENDING_WORDS
    }


@cache
def _deletion_index(language: str) -> dict[str, tuple[str, ...]]:
    """Each frequent word, and each form of it less one letter, to the frequent words it comes
    from: two words one edit apart share a key (symmetric deletion)."""
    index: dict[str, list[str]] = {}
    for word in frequent_words(language):
        index.setdefault(word, []).append(word)
        for i in range(len(word)):
            index.setdefault(word[:i] + word[i + 1 :], []).append(word)
    return {key: tuple(words) for key, words in index.items()}


def _edit_allowed(word: str, other: str, last: int, drop_first: bool) -> bool:
    """Whether ``other`` is one of the edits ``one_edit_words`` spells out for ``word``."""
    size = len(word)
    if len(other) == size - 1:
        start = 0 if drop_first else 1
        return any(other == word[:i] + word[i + 1 :] for i in range(start, last))
    if len(other) == size + 1:
        return any(other[:i] == word[:i] and other[i + 1 :] == word[i:] for i in range(1, last + 1))
    if len(other) != size or other == word:
        return False
    swapped = any(
        other == word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(last - 1)
    )
    return swapped or any(
        other[:i] == word[:i] and other[i + 1 :] == word[i + 1 :] for i in range(1, last)
    )


def _letters_added(word: str, other: str) -> set[str]:
    """The letters ``other`` has more often than ``word``: the one an insertion or a
    replacement put in, none for a deletion or a swap."""
    return {letter for letter in set(other) if other.count(letter) > word.count(letter)}


@cache
def web_typos(language: str) -> dict[str, str]:
    """The misspellings the web writes often enough that wordfreq lists them ("recieve",
    "experince"), each with its correction: resources/spelling/<lang>_web_typos.txt, built by
    bench/build_web_typos.py from wordfreq and the language's hunspell dictionaries (words no
    dictionary knows, one typing slip from one far commoner word); empty without a table."""
    from mtlint.checks.resourcefiles import optional_text

    text = optional_text("spelling", f"{language}_web_typos.txt")
    if text is None:
        return {}
    found = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            typed, right = line.split("\t")
            found[typed] = right
    return found


def slip_kind(typed: str, right: str) -> str:
    """How ``typed`` is one typing slip from ``right``: ``undoubled`` (a doubled letter written
    once, "manschaft"), ``dropped`` (another letter left out, "vieleicht"), ``doubled`` (a
    letter written twice, "ergebniss"), ``added`` (another letter too many, "nocht"),
    ``swapped`` (two neighbours swapped, "nciht"), ``struck`` (a letter replaced); ``other``
    when it is none of these."""
    if len(typed) == len(right) - 1:
        for i in range(len(right)):
            if right[:i] + right[i + 1 :] == typed:
                doubled = right[i] in (right[i - 1 : i], right[i + 1 : i + 2])
                return "undoubled" if doubled else "dropped"
    elif len(typed) == len(right) + 1:
        for i in range(len(typed)):
            if typed[:i] + typed[i + 1 :] == right:
                doubled = typed[i] in (typed[i - 1 : i], typed[i + 1 : i + 2])
                return "doubled" if doubled else "added"
    elif len(typed) == len(right):
        wrong = [i for i in range(len(typed)) if typed[i] != right[i]]
        if len(wrong) == 1:
            return "struck"
        if len(wrong) == 2 and wrong[1] == wrong[0] + 1:
            i, j = wrong
            if (typed[i], typed[j]) == (right[j], right[i]):
                return "swapped"
    return "other"


# --- where a scarce word is read: shared by MT994, MT993 (spelling_unknown*.py) and MT930 -----
# Characters beside a word that make it part of something else: a compound, an elision, a
# number, a quoted term, code.
BESIDE = "-‐‑–'’`\"“”«»„‹›_*@#/\\=<>[]{}|~^&%$0123456789"


def plain_place(text: str, start: int, end: int) -> bool:
    """Prose: no compound, elision, number, quote or code touches the word."""
    if start and text[start - 1] in BESIDE:
        return False
    if text[end : end + 1] in BESIDE and text[end : end + 1]:
        return False
    return not looks_technical(text, start, end)


def known_name(word: str) -> bool:
    """A given name or a town of the gazetteer (resources/gazetteer/, read for MT340 too)."""
    folded = word.casefold()
    return folded in first_names() or folded in places()
