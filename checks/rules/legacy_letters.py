"""MT615: one text writing a letter in two forms, the language's and its legacy or look-alike
form (Romanian ş ţ with a cedilla beside ș ț with a comma below), the text's own majority
deciding which is right. Language data: ``legacy_letters`` in resources/lang/<code>.json."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import base_language, text_characters, unique_chunks

# The majority is the text's usage when it writes its form this often and this many times
# more often than the other: a text that writes both as often has no usage to follow.
_MAJORITY_USES = 3
_MAJORITY_RATIO = 2


def _languages_with(key: str) -> frozenset[str]:
    """The languages whose table fills ``key``: a rule's languages, from data."""
    return frozenset(
        code for code in available_languages() if load_language_data(code).tables.get(key)
    )


@lru_cache(maxsize=64)
def _pairs(code: str) -> dict[str, str]:
    """Legacy or look-alike letter → the language's letter."""
    return dict(load_language_data(code).tables.get("legacy_letters") or {})


@lru_cache(maxsize=64)
def _letter_of(letters: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(letters)}]")


def _words_with(text: str, letters: str) -> Iterator[tuple[int, int]]:
    """The runs of letters that hold one of ``letters``, each once, in order: what
    ``[^\\W\\d_]*[letters][^\\W\\d_]*`` finds, found from the letter itself (a pattern led
    by a star would be tried at every character of the text) and widened to its run."""
    end = 0
    for match in _letter_of(letters).finditer(text):
        at = match.start()
        if at < end:
            continue  # inside the run already reported
        start = at
        while start > end and _letter(text[start - 1]):
            start -= 1
        end = at + 1
        while end < len(text) and _letter(text[end]):
            end += 1
        yield start, end


@register
class LegacyLetterMix(Rule):
    code = "MT615"
    name = "legacy-letter-mix"
    summary = "A letter written in its legacy form beside the language's own ('ş' among 'ș')."
    languages = _languages_with("legacy_letters")
    severity = Severity.WARNING
    doc = """
    What it finds: words written with a legacy or look-alike form of a letter in a text that
    mostly writes the language's own form (Romanian ş and ţ with a cedilla, the forms of the
    old code pages and keyboards, beside ș and ț with a comma below), or the language's form
    in a text that mostly writes the legacy one: the text's own majority (three uses or more,
    twice the other's) decides. Data: ``legacy_letters`` in resources/lang/<code>.json.
    Why it matters: text assembled from sources of two ages, or machine translation that
    copies part of its output from old-encoded text, leaves both forms; search, sorting and
    spell checking treat them as different letters.
    Fix safety: safe: the letter becomes the form the rest of the text writes.
    Quiet on: a text that writes one form only (either is read as its convention), and a text
    that writes both about as often.
    Known false positives: a quotation or a name copied on purpose in the other form.
    """
    examples = (
        Example(
            "Președintele și miniștrii au vorbit în ședință, iar funcţia lui rămâne.",
            "Președintele și miniștrii au vorbit în ședință, iar funcția lui rămâne.",
            "ro",
        ),
        good("Preşedintele şi miniştrii au vorbit în şedinţă, iar funcţia lui rămâne.", "ro"),
        good("Președintele și funcţia, ministrul și şedinţa.", "ro"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        pairs = _pairs(base_language(document))
        characters = set(text_characters(document))
        if not pairs or not characters & set(pairs) or not characters & set(pairs.values()):
            return
        text = document.text
        legacy = sum(text.count(letter) for letter in pairs)
        own = sum(text.count(letter) for letter in set(pairs.values()))
        if own >= max(_MAJORITY_USES, legacy * _MAJORITY_RATIO):
            mapping, usage = pairs, f"the language's form ({own} times)"
        elif legacy >= max(_MAJORITY_USES, own * _MAJORITY_RATIO):
            mapping = {new: old for old, new in pairs.items()}
            usage = f"the legacy form ({legacy} times)"
        else:
            return
        table = str.maketrans(mapping)
        for start, end in _words_with(text, "".join(mapping)):
            word = text[start:end]
            fixed = word.translate(table)
            yield self.finding(
                start,
                end,
                f"'{word}' writes a letter in the other form: this text writes {usage}: '{fixed}'",
                fixes=(Fix((Edit(start, end, fixed),), Applicability.SAFE),),
                confidence=0.7,
            )


@lru_cache(maxsize=64)
def _silent(code: str) -> re.Pattern[str] | None:
    """A word with a consonant a spelling reform dropped before the letters that follow it
    (``legacy_spellings`` in resources/lang/<code>.json: Portuguese c and p before t and ç,
    "activo", "acção", "óptimo", which the 1990 agreement writes "ativo", "ação", "ótimo")."""
    entry = load_language_data(code).tables.get("legacy_spellings") or {}
    if not entry:
        return None
    silent, before = re.escape(entry["silent"]), re.escape(entry["before"])
    return re.compile(rf"[^\W\d_]*[aeiouáéíóúâêô][{silent}](?=[{before}])[^\W\d_]*")


@lru_cache(maxsize=64)
def _dropped(code: str) -> re.Pattern[str]:
    entry = load_language_data(code).tables.get("legacy_spellings") or {}
    silent, before = re.escape(entry["silent"]), re.escape(entry["before"])
    return re.compile(rf"(?<=[aeiouáéíóúâêô])[{silent}](?=[{before}])")


def _reformed(word: str, code: str) -> str | None:
    """``word`` without the consonants the reform dropped ("acção" → "ação")."""
    twin = _dropped(code).sub("", word)
    return twin if twin != word and len(twin) >= 3 else None


@lru_cache(maxsize=64)
def _kept(code: str) -> frozenset[str]:
    """Words whose consonant the reform kept where it is pronounced (European Portuguese
    "facto", "contacto", "sector"): ``kept`` of ``legacy_spellings``."""
    entry = load_language_data(code).tables.get("legacy_spellings") or {}
    return frozenset(entry.get("kept", ()))


def _twin_written(twin: str, words: set[str]) -> bool:
    """The reformed spelling, or its form with or without a plural's "s", stands in the text."""
    return twin in words or twin + "s" in words or (twin.endswith("s") and twin[:-1] in words)


@register
class LegacySpellingMix(Rule):
    code = "MT616"
    name = "legacy-spelling-mix"
    summary = "A word in its spelling before a reform beside the reformed one ('activo', 'ativo')."
    languages = _languages_with("legacy_spellings")
    severity = Severity.WARNING
    doc = """
    What it finds: a word written with a consonant a spelling reform dropped (Portuguese c and
    p before t and ç: "activo", "acção", "óptimo"; ``legacy_spellings`` in
    resources/lang/<code>.json) in a text that writes the same word, or its plural or
    singular, the reformed way ("ativo"): one text, two spellings of one word, the older one
    out of date in both varieties since the 1990 agreement.
    Why it matters: machine translation trained on text of both ages, or a page filled from
    sources of both, mixes the spellings; a reader sees a slip, search misses the word.
    Fix safety: safe: the reformed spelling, which the text itself writes.
    Quiet on: a text that writes the older spelling only (a text of its time), words whose
    reformed twin the text does not write, and words European Portuguese still writes with
    the consonant it pronounces ("facto", "contacto", "sector": ``kept``).
    Known false positives: two different words one consonant apart in one text ("apto" and
    "ato", "rapto" and "rato").
    """
    examples = (
        Example(
            "O ativo total subiu; o activo circulante caiu no trimestre.",
            "O ativo total subiu; o ativo circulante caiu no trimestre.",
            "pt",
        ),
        good("A acção da empresa e o activo circulante subiram no trimestre.", "pt"),
        good("A ação da empresa e o ativo circulante subiram no trimestre.", "pt"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        pattern = _silent(base_language(document))
        if pattern is None:
            return
        # The text's distinct words first (its chunks): only an old spelling whose reformed
        # twin the text writes too is searched for (a scan of the text for every c or p before
        # t or ç cost ~0.1 s of CPU per MB of Portuguese).
        runs = {run for chunk in unique_chunks(document) for run in _LETTERS.findall(chunk)}
        words = {run.lower() for run in runs}
        kept = _kept(base_language(document))
        twins = {}
        for run in runs:
            if run.lower() in kept or not pattern.fullmatch(run):
                continue
            twin = _reformed(run, base_language(document))
            if twin is not None and _twin_written(twin.lower(), words):
                twins[run] = twin
        text = document.text
        for start, word in sorted(_letter_runs(text, twins)):
            end = start + len(word)
            yield self.finding(
                start,
                end,
                f"'{word}' is the spelling before the reform, which this text writes "
                f"elsewhere: '{twins[word]}'",
                fixes=(Fix((Edit(start, end, twins[word]),), Applicability.SAFE),),
                confidence=0.7,
            )


_LETTERS = re.compile(r"[^\W\d_]+")


def _letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()  # what [^\W\d_] matches


def _letter_runs(text: str, words: dict[str, str]) -> Iterator[tuple[int, str]]:
    """Where each of ``words`` stands as a whole run of letters (the ``str.find`` scan)."""
    for word in words:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if not (at and _letter(text[at - 1])) and not _letter(text[end : end + 1] or " "):
                yield at, word
            at = text.find(word, end)
