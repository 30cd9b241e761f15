"""Words damaged once beside their intact form in the same text (family MT97x, with
checks/rules/garble.py): letters lost with their diacritics ("Vui" beside "Vučić"), and a
word one letter off a word the text writes right ("podkkreślił" beside "podkreślił",
"repubmic" beside "republic").

The evidence is the document's own vocabulary (its distinct whitespace chunks, so a rule pays
per distinct word, never per token) and wordfreq: a damaged form is unknown to the language
and to English. Inflection is data, not damage: no edit in a word's last two letters counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.garbletables import ending_letters
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    base_language,
    looks_technical,
    text_characters,
)
from mtlint.checks.wordlists import frequency_dict, zipf
from mtlint.checks.wordshape import (
    document_title_case_words,
    document_words,
    transliteration_variant,
)

# A damaged form is unknown to the language and to English: below this Zipf frequency.
_UNKNOWN_ZIPF = 1.5
# The letters-lost test is stricter (the stripped form of a name is short: "Vui" is 1.46 in
# English, "Ili" 2.4): below this, in the language and in English.
_STRIPPED_ZIPF = 2.0
# The intact form is a word of the language (or stands twice in the text, for a name).
_KNOWN_ZIPF = 2.5
_MIN_LETTERS = 5
_MIN_STRIPPED = 3
# Characters between a damaged form and its intact form: the same article.
_NEAR = 5000
# A form written this often is the text's spelling, not a slip.
_MAX_DAMAGED = 2
# A Latin letter outside ASCII: the screen for the letters-lost test.
_MARKED_LATIN = re.compile(r"[À-ɏ]")


def _has_wordlist(language: str) -> bool:
    """Whether wordfreq has the language (read from its data file: no wordfreq import)."""
    return bool(frequency_dict(language))


def _known(word: str, language: str) -> float:
    """The word's frequency in the language (when wordfreq has it) or in English, the higher."""
    lowered = word.casefold()  # wordfreq's own folding: German ß is stored as "ss"
    own = zipf(lowered, language) if _has_wordlist(language) else 0.0
    return max(own, zipf(lowered, "en"))


def _occurrences(text: str, word: str, limit: int = 0, lo: int = 0, hi: int = -1) -> list[int]:
    """Where ``word`` stands as a whole word in ``text[lo:hi]`` (all of it by default), at most
    ``limit`` places (0: every one); ``str.find`` jumps between candidates at C speed."""
    hi = len(text) if hi < 0 else hi
    found: list[int] = []
    at = text.find(word, lo, hi)
    while at != -1:
        end = at + len(word)
        if not _joined(text[at - 1 : at]) and not _joined(text[end : end + 1]):
            found.append(at)
            if len(found) == limit:
                break
        at = text.find(word, at + 1, hi)
    return found


def _joined(char: str) -> bool:
    return char.isalnum() or char in "-_"


def _near(text: str, starts: list[int], other: str) -> bool:
    """Whether ``other`` stands as a word within ``_NEAR`` characters of one of ``starts``."""
    return any(
        _occurrences(text, other, 1, max(0, at - _NEAR), min(len(text), at + _NEAR))
        for at in starts
    )


@register
class LostLetters(Rule):
    code = "MT973"
    name = "lost-letters"
    summary = "A word written without its accented letters beside its intact form ('Vui', 'Vučić')."
    severity = Severity.WARNING
    doc = """
    What it finds: a word of three letters or more that is another word of the same text with
    every non-ASCII letter left out ("Vui" beside "Vučić", "Mojsilovi" beside "Mojsilović",
    "ukaszenka" beside "Łukaszenka"), unknown to wordfreq in the text's language and in English.
    Why it matters: a pipeline that cannot encode a letter drops it instead of replacing it; the
    name becomes a different, unreadable one, and search misses it.
    Fix safety: unsafe: the intact form replaces the damaged one (the text writes it).
    Known false positives: a real word that happens to equal another word minus its accented
    letters and that wordfreq does not know; both must stand within a few thousand characters.
    A word that lacks only one letter its language adds as a case ending (Czech "-ů":
    "Babenberk" beside "Babenberků") is another form, never reported.
    Without the intact form in the text nothing is reported.
    """
    examples = (
        Example(
            "President Aleksandar Vučić spoke in Belgrade. Later Vui said the talks would go on.",
            "President Aleksandar Vučić spoke in Belgrade. Later Vučić said the talks would go on.",
        ),
        Example(
            "General Milan Mojsilović met the commander; Mojsilovi said the border was calm.",
            "General Milan Mojsilović met the commander; Mojsilović said the border was calm.",
        ),
        good("Señor García met Senor Garcia at the café, and the cafe was full."),
        good("Vui is a Vietnamese name; Vučić is a Serbian one.", "vi"),
        good("¿Quieres despublicar la página? La página se despublicará mañana.", "es"),
        good("Rod Kolderberků vládl městu sto let. Jan Kolderberk založil klášter.", "cs"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not _MARKED_LATIN.search(text_characters(document)):
            return
        language = base_language(document)
        words = document_words(document)
        stripped: dict[str, str] = {}
        # In order: two intact forms of one damaged word ("Ähnliches", "ähnliches") must give
        # the same fix on every run (a set's order follows the hash seed).
        for word in sorted(words):
            if word.isascii() or not _MARKED_LATIN.search(word):
                continue
            key = "".join(char for char in word if char.isascii())
            if len(key) >= _MIN_STRIPPED and key != word and key in words:
                stripped.setdefault(key, word)
        text = document.text
        for damaged, intact in sorted(stripped.items()):
            if not damaged.isalpha() or _known(damaged, language) >= _STRIPPED_ZIPF:
                continue
            if intact.startswith(damaged) and (
                damaged.islower() or intact[len(damaged) :] in ending_letters(language)
            ):
                # Only an accented ending is missing: another form of the word ("despublicar"
                # beside "despublicará", "podstron" beside "podstronę"; h24files, 22 on one
                # catalogue), not a letter a pipeline dropped. Names keep the check (Mojsilovi)
                # unless the one letter is a case ending of the language's names (garble.json
                # ending_letters: Czech genitive plural "Babenberk" beside "Babenberků").
                continue
            starts = _occurrences(text, damaged)
            if not starts or not _near(text, starts, intact):
                continue
            for start in starts:
                end = start + len(damaged)
                yield self.finding(
                    start,
                    end,
                    f"'{damaged}' is '{intact}' with its accented letters lost",
                    fixes=(Fix((Edit(start, end, intact),), Applicability.UNSAFE, intact),),
                    confidence=0.85,
                    data=(("spellings", (intact, damaged)),),
                )


def _edit(damaged: str, intact: str) -> tuple[int, str] | None:
    """Where and how ``damaged`` is one edit from ``intact`` ("dropped", "added", "replaced",
    "swapped" and the offset in ``damaged``), or None: a slice comparison, no table of
    variants."""
    size, other = len(damaged), len(intact)
    at = 0
    for a, b in zip(damaged, intact, strict=False):
        if a != b:
            break
        at += 1
    if size == other:
        if at >= size:
            return None
        if damaged[at + 1 :] == intact[at + 1 :]:
            return at, "replaced"
        if (
            damaged[at : at + 2] == intact[at + 1 : at - 1 : -1]
            and damaged[at + 2 :] == intact[at + 2 :]
        ):
            return at, "swapped"
        return None
    if size == other + 1 and damaged[at + 1 :] == intact[at:]:
        return at, "added"
    if size + 1 == other and damaged[at:] == intact[at + 1 :]:
        return at, "dropped"
    return None


def _allowed(damaged: str, intact: str, edit: tuple[int, str]) -> bool:
    """Damage, not inflection: never in the first letter nor in the last two (endings inflect,
    names vary at their ends: Makmur, Makmue)."""
    at = edit[0]
    return 0 < at < len(damaged) - 2 and at < len(intact) - 2


@register
class DamagedWord(Rule):
    code = "MT974"
    name = "damaged-word"
    summary = "A word one letter off a word the same text writes right ('podkkreślił', 'repubmic')."
    severity = Severity.WARNING
    doc = """
    What it finds: a word of five letters or more, written at most twice and unknown to
    wordfreq in the text's language and in English, that is one letter away (a letter doubled,
    dropped, replaced or two letters swapped, never in the first letter or the last two) from a
    word the same text writes nearby, which is a common word of the language or stands at
    least twice ("podkkreślił" beside "podkreślił", "repubmic" beside "republic",
    "Díaz-Canal" beside "Díaz-Canel").
    Why it matters: OCR, extraction and hasty post-editing damage one copy of a word; a reader
    stumbles, and a spell checker without the text's names may not know either form.
    Fix safety: unsafe: the intact form replaces the damaged one.
    Known false positives: a rare word or name one letter from another word of the text (both
    unknown to wordfreq is not enough: the intact form must be common or repeated); two
    near forms (an intact form is ambiguous) are left alone; one name transliterated two ways
    is MT903's; a capitalised word is compared only inside (names vary at their ends:
    Makmur, Makmue). Two forms that differ by a hyphen only ("anti-freeze" beside "antifreeze",
    "co-operate" beside "cooperate") are two spellings of one word, not damage (h24prec: wrong
    at 0.6 on pool-prec24).
    """
    examples = (
        Example(
            "The republic voted on Sunday. The presidency of the repubmic gave no reason.",
            "The republic voted on Sunday. The presidency of the republic gave no reason.",
        ),
        Example(
            "Minister podkreślił, że rozmowy trwają. Selaković podkkreślił, że to ważne.",
            "Minister podkreślił, że rozmowy trwają. Selaković podkreślił, że to ważne.",
            language="pl",
        ),
        good("The minister resigned; the ministers resigned; the ministry resigned too."),
        good("Smith met Smyth and Smithe at the conference on Monday."),
        good("Add anti-freeze to the tank in winter; antifreeze keeps the coolant liquid."),
        good("Kowalski spotkał Kowalskiego; Kowalskiemu podziękowano.", "pl"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        own, english = frequency_dict(language), frequency_dict("en")
        if not own:
            return
        rare = 10 ** (_UNKNOWN_ZIPF - 9)  # Zipf 1.5 as a frequency
        words = document_words(document)
        unknown = []
        for word in words:
            if len(word) < _MIN_LETTERS:
                continue
            folded = word.casefold()
            if own.get(folded, 0.0) >= rare or english.get(folded, 0.0) >= rare:
                continue
            if word[1:].islower() or all(p[1:].islower() for p in word.split("-")):
                unknown.append(word)
        if not unknown:
            return
        # Words by first letter, last two letters and length: a damaged form keeps its first
        # and last two letters and is one letter longer, shorter or as long as its intact form.
        buckets: dict[tuple[str, str, int], list[str]] = {}
        for word in words:
            if len(word) >= _MIN_LETTERS - 1:
                buckets.setdefault((word[0], word[-2:], len(word)), []).append(word)
        text = document.text
        for damaged in sorted(unknown):
            intact = self._intact(damaged, buckets, language)
            if intact is None:
                continue
            # Capitalised words and where they stand: one scan shared with MT971 and MT903.
            positions = document_title_case_words(document) if damaged[0].isupper() else {}
            starts = self._starts(text, damaged, intact, positions, language)
            for start in starts:
                end = start + len(damaged)
                yield self.finding(
                    start,
                    end,
                    f"'{damaged}' looks like '{intact}' (written right in this text) damaged",
                    fixes=(Fix((Edit(start, end, intact),), Applicability.UNSAFE, intact),),
                    confidence=0.6,
                    data=(("spellings", (intact, damaged)),),
                )

    @staticmethod
    def _intact(
        damaged: str, buckets: dict[tuple[str, str, int], list[str]], language: str
    ) -> str | None:
        """The one word of the text one edit from ``damaged`` (no edit an ending explains)."""
        found = []
        for size in (len(damaged) - 1, len(damaged), len(damaged) + 1):
            for word in buckets.get((damaged[0], damaged[-2:], size), ()):
                edit = _edit(damaged, word)
                if edit is not None and _allowed(damaged, word, edit):
                    found.append(word)
        if len(found) != 1:
            return None
        if damaged.replace("-", "") == found[0].replace("-", ""):  # "anti-freeze", "antifreeze"
            return None
        if not damaged.islower() and transliteration_variant(found[0], damaged):
            return None  # one name spelled two ways: MT903's
        return found[0]

    @staticmethod
    def _starts(
        text: str,
        damaged: str,
        intact: str,
        positions: dict[str, list[tuple[int, int]]],
        language: str,
    ) -> list[int]:
        """Where the damaged form stands, when the evidence holds: a common intact form (a
        word of the language), or for a name one the text writes at least twice nearby; the
        damaged form at most twice; never in code ("vsprintf(" beside "vsnprintf(")."""
        common = _known(intact, language) >= _KNOWN_ZIPF
        if damaged in positions or intact in positions:  # names: the shared scan says where
            spans = positions.get(damaged, [])
            others = positions.get(intact, [])
            if not spans or len(spans) > _MAX_DAMAGED or (not common and len(others) < 2):
                return []
            if not any(abs(a - b) <= _NEAR for a, _ in spans for b, _ in others):
                return []
            starts = [a for a, _ in spans]
        elif common:
            starts = _occurrences(text, damaged, _MAX_DAMAGED + 1)
            if len(starts) > _MAX_DAMAGED:
                return []
        else:
            return []
        return [
            at
            for at in starts
            if text[at + len(damaged) : at + len(damaged) + 1] != "("
            and not looks_technical(text, at, at + len(damaged))
        ]
