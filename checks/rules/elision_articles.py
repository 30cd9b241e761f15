"""An article or preposition written in full before a country's name that starts with a vowel,
where the language elides it (MT197): Italian "visita la Ungheria" for "l'Ungheria", French
"le gouvernement de Autriche" for "d'Autriche". Machine translation that assembles a phrase
word by word (or a template that fills a name in) leaves the full form; the words that elide
are data (``elided_before_vowel`` in resources/lang/<lang>.json), the names pycountry's
translations of the country names (``localised_country_names``), and the letters that elide
and the endings that make a name plural are data too (``elision_vowel_initials``,
``semivowel_initials``, ``plural_word_endings``, ``plural_phrase_endings``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mtlint.checks.casingdata import localised_country_names
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import base_language, chunk_text

# The word before the article: a lower-case word or punctuation (after a capitalised word,
# "de" is part of a name: "Manoel de Oliveira").
_BEFORE = re.compile(r"(?:^|[^\W\d_]*[a-zà-ÿ][^\W\d_]*[ \t]+|[,;:(][ \t]*)$")


@cache
def _articles(language: str) -> frozenset[str]:
    return load_language_data(language).word_set("elided_before_vowel")


def _singular(name: str, language: str) -> bool:
    """A name that takes a singular article: a plural's first word ends as the language's
    plural words do (``plural_word_endings``: "États-Unis", "Îles Cook") or, in a name of
    several words, as its plural phrases' first words do (``plural_phrase_endings``: "Emirati
    Arabi Uniti", "Isole Cook", and "Afrique du Sud" with them)."""
    data = load_language_data(language)
    first = name.split()[0]
    if first.endswith(tuple(data.word_set("plural_word_endings"))):
        return False
    return " " not in name or not first.endswith(tuple(data.word_set("plural_phrase_endings")))


def _vowel_initial(name: str, language: str) -> bool:
    """A name that starts with a capital vowel letter (``elision_vowel_initials``) that is no
    semivowel: a ``semivowel_initials`` letter before a vowel takes no elision ("la
    Iugoslavia"; "le Yémen" has no vowel letter)."""
    data = load_language_data(language)
    vowels = data.word_set("elision_vowel_initials")
    initial = name[:1]
    if not initial.isupper() or initial.lower() not in vowels:
        return False
    return not (initial.lower() in data.word_set("semivowel_initials") and name[1:2] in vowels)


@cache
def _names(language: str) -> frozenset[str]:
    """The first words of the language's vowel-initial country names that take a singular
    article."""
    return frozenset(
        name.split()[0]
        for name in localised_country_names(language)
        if _vowel_initial(name, language)
        and len(name.split()[0]) >= 3
        and name.split()[0][1:].islower()
        and _singular(name, language)
    )


@cache
def _article_before(language: str) -> re.Pattern[str] | None:
    """The language's eliding words at the end of a slice, one space or tab before the name."""
    articles = _articles(language)
    if not articles:
        return None
    words = "|".join(sorted(map(re.escape, articles), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])({words})[ \t]+$", re.IGNORECASE)


def _languages() -> frozenset[str]:
    return frozenset(code for code in available_languages() if _articles(code))


@register
class UnelidedArticle(Rule):
    code = "MT197"
    name = "unelided-article"
    summary = "An article left whole before a vowel-initial country name ('la Ungheria')."
    languages = _languages()
    severity = Severity.WARNING
    doc = """
    What it finds: an article or preposition the language elides before a vowel, written in
    full before a country's name that starts with one: Italian "la Ungheria" (l'Ungheria),
    "della Austria" (dell'Austria), French "de Autriche" (d'Autriche), "le Iran" (l'Iran). The
    words are the language's ``elided_before_vowel`` table (resources/lang), the names
    pycountry's translations of the country names into the language.
    Why it matters: the name was filled into a phrase word by word (machine translation, a
    template); a reader sees the article a native writer never leaves whole.
    Fix safety: safe: the article loses its vowel and takes the apostrophe the text writes.
    Known false positives: none measured. A capitalised word before "de" makes it part of a
    name ("Manoel de Oliveira"); a semivowel "I" ("la Iugoslavia"), "h" aspiré ("la Hongrie")
    and plural articles ("le Isole", "les États-Unis") are never listed or matched; company
    names ("la Edison") are no country names.
    """
    examples = (
        Example(
            "Il ministro visita la Ungheria la prossima settimana.",
            "Il ministro visita l'Ungheria la prossima settimana.",
            "it",
        ),
        Example(
            "Le ministre de Autriche est arrivé lundi.",
            "Le ministre d'Autriche est arrivé lundi.",
            "fr",
        ),
        good("Il ministro visita l'Ungheria e la Germania.", "it"),
        good("Le film de Manoel de Oliveira sort en Hongrie et aux États-Unis.", "fr"),
        good("Ha lavorato presso la Edison per anni.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        article_before = _article_before(language)
        if article_before is None:
            return
        # The names the text holds, asked of its distinct chunks (C-speed ``in``), then each
        # found with ``str.find``: no pattern is tried at every character of a large text.
        chunks = chunk_text(document)
        present = [name for name in _names(language) if name in chunks]
        text = document.text
        apostrophe = "’" if text.count("’") > text.count("'") else "'"
        for name in present:
            for at in _occurrences(text, name):
                match = article_before.search(text, max(0, at - 16), at)
                if match is None or match.group(1).lower() not in _articles(language):
                    continue
                if not _BEFORE.search(text, max(0, match.start() - 40), match.start()):
                    continue
                yield self._finding(match.group(1), match.start(1), at, name, apostrophe)

    def _finding(self, article: str, start: int, at: int, name: str, apostrophe: str) -> Finding:
        elided = article[:-1] + apostrophe
        return self.finding(
            start,
            at,
            f"'{article} {name}': the article elides before the vowel",
            fixes=(Fix((Edit(start, at, elided),), Applicability.SAFE, f"{elided}{name}"),),
            confidence=0.7,
        )


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where ``name`` stands as a word of its own."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        after = text[end : end + 1]
        before = text[at - 1 : at] if at else ""
        if not after.isalnum() and after not in ("'", "’", "-") and not before.isalnum():
            yield at
        at = text.find(name, end)
