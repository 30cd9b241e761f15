"""Casing tables per language: the words the casing rules (MT301–MT303) look for, and how the
language capitalises.

``resources/lang/<lang>.json`` (shared with the other rule families) holds the core lists;
``resources/casing/<lang>.json`` (the casing rules' own) adds to them: more sentence openers,
clause openers (relative pronouns and subordinating conjunctions that follow a comma),
prepositions that lead into link text, whether common nouns are capitalised (German), words that
are capitalised mid-sentence in good text (German "Sie"), case endings for matching inflected
names by stem (Russian, Polish, Czech), and letters whose capital is not ``str.upper``'s
(Turkish i → İ). Lists are merged (union); a language with neither file gets empty lists, so
only what document evidence alone supports runs for it.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass, field
from functools import lru_cache

from mtlint.checks.langdata import LanguageData, load_language_data
from mtlint.checks.resourcefiles import optional_json, table_names

# Upper-case letters of the cased scripts the rules serve (Latin with its extensions, Greek,
# Cyrillic). Latin Extended-A/B interleave capitals and small letters, so a match is re-checked
# with ``str.isupper``.
UPPER_CLASS = "A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫА-ЯЁЂ-ЏҐЄІЇ"


@dataclass(frozen=True, eq=False)
class CasingData:
    code: str
    sentence_starters: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    link_lead_words: frozenset[str] = frozenset()
    calendar_words: frozenset[str] = frozenset()
    stop_words: frozenset[str] = frozenset()
    # Words capitalised mid-sentence in good text (German formal "Sie", "Ihnen").
    capitalised_ok: frozenset[str] = frozenset()
    # Relative pronouns that also end names ("Doctor Who"): not taken after a capital alone.
    relatives_in_names: frozenset[str] = frozenset()
    # Case endings (longest first) a name may carry: "Катар" → "катаром", "Paryż" → "paryżu".
    inflection_endings: tuple[str, ...] = ()
    # Endings of adjectives and adverbs made from names ("španělsky", "российский"): such a
    # word is not a case form of the name.
    adjective_endings: tuple[str, ...] = ()
    # Every noun is capitalised (German): a capital mid-sentence proves nothing, a lower-cased
    # noun after a cut link is the error.
    nouns_capitalised: bool = False
    # Letters whose capital differs from str.upper (Turkish i → İ).
    upper_map: dict[str, str] = field(default_factory=dict)
    # Names that are also common lower-case words in the language (Polish "polska").
    ambiguous_names: frozenset[str] = frozenset()
    # A lower-case word after a cut link at or above this Zipf frequency is taken for an
    # ordinary word, unless the gazetteer knows it.
    name_zipf_ceiling: float = 5.0
    # Endings of verb and adverb forms (English "-ed", "-ing", "-ly"): such a word goes on with
    # the sentence rather than the name.
    verb_endings: tuple[str, ...] = ()
    # Titles and names are written in title case ("The Hague", "On Line Inc"): a capital
    # followed by another may be part of one. Elsewhere only the name particles are ("Le Monde",
    # "Los Angeles", "De Jong"); a capitalised preposition before a name ("В Сиэтле") is not.
    title_case: bool = True
    name_particles: frozenset[str] = frozenset()
    # Organisation names capitalise their inner words ("Médicos Sin Fronteras"): a capital
    # between two capitals may be inside one. Not so in Slavic languages ("Врачи без границ").
    capitalised_names_inside: bool = True
    # Prepositions are never left at a sentence's end (Romance and Slavic languages; not
    # English or Scandinavian "tas vare på"): a capital right after one opens a title, not a
    # sentence ("sur Le sublime du comédien"; checks/titleruns.py).
    prepositions_never_final: bool = False
    # Words that follow a name but never a one-letter preposition or conjunction (past-tense
    # verbs, "или"): a one-letter capital before one is a name ("уезд У был", "Ван И
    # заявил"), not a sentence's first word; a regular expression (checks/titleruns.py).
    after_letter_name: str = ""
    # Prepositions that are adverbs too and end sentences ("votato contro.", "голосовали
    # против."): prepositions_never_final does not hold for them.
    final_prepositions: frozenset[str] = frozenset()
    # The words before a one-letter name besides a capitalised one ("уезд У был"; a name
    # before it: "Ван И заявил"), and the one-letter pronouns that are never names ("Я").
    letter_name_heads: frozenset[str] = frozenset()
    letter_pronouns: frozenset[str] = frozenset()
    # A full stop after a number marks an ordinal ("18. den", "am 3. Mai"), not a sentence end.
    ordinal_dot: bool = False
    # Titles that start with a capitalised article or pronoun ("Die Zeit", "Der Spiegel").
    titles: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()
    # One-letter words that may open a sentence or clause ("В", "W", "V"); other one-letter
    # capitals are letters ("vitamin A", "Plan B") and never taken.
    one_letter_words: frozenset[str] = frozenset()
    # Pronouns a text may capitalise as a courtesy to the reader (Swedish "Du", "Din", Danish
    # "Deres"): written so more than once mid-sentence, they open no sentence (titleruns.py).
    polite_pronouns: frozenset[str] = frozenset()
    # Words a sentence never ends with ("and", "of", "several"): a capital after one is not a
    # lost full stop but a stray capital ("worrying and The", "several A new rules").
    never_sentence_final: frozenset[str] = frozenset()
    # Endings of words derived from another word ("officially" ← "official", "infected" ←
    # "infect"; French "-ment"): capitalised mid-sentence such a word is no name.
    derived_suffixes: tuple[str, ...] = ()
    # Of those, the adverbs' endings ("-ly"): such a word capitalised after a comma and before a
    # lower-case word ("gathered together, Seriously studied") is a stray capital (MT305).
    adverb_suffixes: tuple[str, ...] = ()
    # Endings of adjectives that are rarely names ("religious", "positive").
    content_suffixes: tuple[str, ...] = ()
    determiners: frozenset[str] = frozenset()
    # Heads of institution names written in title case ("Ministry of Finance"): after "Head
    # of", a lower-case word is part of the name ("Ministry of finance").
    institution_heads: frozenset[str] = frozenset()
    # Sentence openers that MT leaves capitalised after a comma ("the minister said, In
    # addition"); only where the table lists them.
    comma_openers: frozenset[str] = frozenset()
    # Of those, the openers whose precision after a comma is unmeasured ("please", "do",
    # "now"): their findings are in the doubtful tier (``comma_openers`` holds them too).
    comma_openers_doubtful: frozenset[str] = frozenset()
    # Words that join the values of a list after a comma opener ("Yes, No, On or Off"): a list,
    # not a sentence.
    list_joiners: frozenset[str] = frozenset()
    # Words that open a clause after a semicolon besides the sentence openers, comma openers and
    # function words: counts and enumerations ("…the mountains;Two is in the village"). A
    # clause goes on in lower case after a semicolon; MT keeps its source sentence's capital.
    semicolon_openers: frozenset[str] = frozenset()
    # Auxiliary verbs: a headline's capitals after one are a predicate title-cased ("was
    # Officially Opened To the Public"), not a name ("the United Nations Office").
    auxiliaries: frozenset[str] = frozenset()
    # The words a letter's salutation opens with ("Dear Sir, Please find"; "Hi Anna, Do you"):
    # a capital after its comma opens the letter's first sentence.
    salutations: frozenset[str] = frozenset()
    # Ordinary words capitalised against the document's own lower-case usage are reported
    # (checks/casingcommon.py); only where the table asks (English).
    minority_capitals: bool = False
    # Words that stand before a noun and never end a sentence in practice ("new", "several",
    # numbers): a capital after one is inside the sentence, not after a lost full stop.
    before_nouns: frozenset[str] = frozenset()
    # Elided articles and conjunctions that open sentences ("L’", "Qu’"): capitalised after a
    # lower-case word and before one, the full stop before them was lost (checks/openers.py).
    elided_openers: frozenset[str] = frozenset()
    # Finite verbs right after such an opener's word ("L’entrevue a duré"): a clause opens
    # there, so the lost full stop is offered first; else the capital is (a title's: "relu
    # L’étranger").
    elided_verbs: frozenset[str] = frozenset()
    # The words that open a source credit at the end of an article ("Source:", "Fuente").
    credit_words: frozenset[str] = frozenset()
    # The language's own word for a credit line (the table's first credit word: "source").
    credit_word: str = ""
    # Endings of inflected common nouns that open sentences ("Polisen", "Pompierii"), and of
    # finite verbs that end them (Turkish "-dı", "-yor"): see checks/openers.py.
    opener_endings: tuple[str, ...] = ()
    # Proper nouns take their endings after an apostrophe (Turkish "Paris'e"): a lower-case
    # word with such an ending is a lower-cased name.
    apostrophe_names: bool = False
    # Endings of words that lead into link text where the language has no prepositions.
    link_lead_endings: tuple[str, ...] = ()
    # Place is marked by case endings (Finnish, Hungarian): any word may lead into link text.
    any_word_leads_links: bool = False
    # Common nouns that head a multi-word name ("Kabupaten Cilacap", "Pulau Adak").
    name_heads: frozenset[str] = frozenset()
    # Verbs of saying that go on after a quotation's "!" or "?" in lower case ("Nej! sagde hun").
    speech_verbs: frozenset[str] = frozenset()
    sentence_final_endings: tuple[str, ...] = ()
    # Nouns and participles that introduce the title of a work ("album", "Titel", "intitulé"):
    # a capitalised opener right after one opens the title, not a sentence (checks/titleruns.py);
    # also the words that introduce a source by name ("selon Les dernières nouvelles d'Alsace").
    title_nouns: frozenset[str] = frozenset()
    # Honorific pronoun → the stems of the titles it precedes ("его" → "святейшеств",
    # "su" → "majestad"): "Его Святейшества" is a form of address, not a new sentence.
    honorifics: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Names that open with a capitalised article before an adjective ("Den norske kirke",
    # "Det kgl. Teater"): the articles, the adjective endings, and the words after which such
    # an article cannot open a sentence (prepositions, "at", "og").
    name_articles: frozenset[str] = frozenset()
    name_article_adjectives: tuple[str, ...] = ()
    name_article_after: frozenset[str] = frozenset()
    has_table: bool = False

    def capitalise(self, word: str) -> str:
        """The word with its first letter capitalised the way the language does it."""
        if not word:
            return word
        first = self.upper_map.get(word[0]) or word[0].upper()
        return first + word[1:]

    def lower(self, word: str) -> str:
        if self.upper_map:
            reverse = {v: k for k, v in self.upper_map.items()}
            word = "".join(reverse.get(c, c) for c in word)
        return word.lower()


def casing_file(code: str) -> dict:
    """The language's raw resources/casing/<code>.json (empty where it has none): the casing,
    foreign-word and fragment readers each take their keys from it and cache what they build
    (the raw table is not held: +0.5 MB per process when it was)."""
    return optional_json("casing", f"{code}.json") or {}


@lru_cache(maxsize=64)
def casing_data(code: str) -> CasingData:
    """The merged casing table of a language (``load_language_data``'s code, e.g. "de")."""
    data = load_language_data(code)
    own = casing_file(data.code)

    def merged(key: str, base: frozenset[str] = frozenset()) -> frozenset[str]:
        return base | data.word_set(key) | frozenset(w.lower() for w in own.get(key, ()))

    relatives = merged("relative_pronouns")
    return CasingData(
        code=data.code,
        sentence_starters=merged("sentence_starters", data.sentence_starters),
        function_words=merged("function_words", data.function_words),
        clause_openers=relatives | merged("clause_openers"),
        relative_pronouns=relatives,
        link_lead_words=merged("link_lead_words"),
        calendar_words=merged("calendar_words"),
        stop_words=merged("stop_words", data.stop_words),
        capitalised_ok=merged("capitalised_ok"),
        relatives_in_names=merged("relatives_in_names"),
        inflection_endings=tuple(sorted(own.get("inflection_endings", ()), key=len, reverse=True)),
        nouns_capitalised=bool(own.get("nouns_capitalised", False)),
        adjective_endings=tuple(own.get("adjective_endings", ())),
        upper_map=dict(own.get("upper_map", {})),
        ambiguous_names=merged("ambiguous_names"),
        name_zipf_ceiling=float(own.get("name_zipf_ceiling", 5.0)),
        verb_endings=tuple(own.get("verb_endings", ())),
        title_case=bool(own.get("title_case", not own)),
        name_particles=merged("name_particles"),
        capitalised_names_inside=bool(own.get("capitalised_names_inside", True)),
        prepositions_never_final=bool(own.get("prepositions_never_final", False)),
        after_letter_name=str(own.get("after_letter_name", "")),
        final_prepositions=merged("final_prepositions"),
        letter_name_heads=merged("letter_name_heads"),
        letter_pronouns=merged("letter_pronouns"),
        ordinal_dot=bool(own.get("ordinal_dot", False)),
        titles=merged("titles"),
        one_letter_words=merged("one_letter_words"),
        polite_pronouns=merged("polite_pronouns"),
        never_sentence_final=merged("never_sentence_final"),
        derived_suffixes=tuple(own.get("derived_suffixes", ())),
        adverb_suffixes=tuple(own.get("adverb_suffixes", ())),
        content_suffixes=tuple(own.get("content_suffixes", ())),
        determiners=merged("determiners"),
        institution_heads=frozenset(own.get("institution_heads", ())),
        credit_words=merged("credit_words"),
        comma_openers=frozenset(own.get("comma_openers", ()))
        | frozenset(own.get("comma_openers_doubtful", ())),
        comma_openers_doubtful=frozenset(own.get("comma_openers_doubtful", ())),
        list_joiners=frozenset(own.get("list_joiners", ())),
        semicolon_openers=merged("semicolon_openers"),
        auxiliaries=merged("auxiliaries"),
        salutations=frozenset(own.get("salutations", ())),
        minority_capitals=bool(own.get("minority_capitals", False)),
        before_nouns=frozenset(own.get("before_nouns", ())),
        elided_openers=frozenset(own.get("elided_openers", ())),
        elided_verbs=frozenset(own.get("elided_verbs", ())),
        credit_word=str(next(iter(own.get("credit_words", ())), "")),
        abbreviations=merged("abbreviations", data.abbreviations),
        opener_endings=tuple(own.get("opener_endings", ())),
        apostrophe_names=bool(data.tables.get("apostrophe_names", False)),
        link_lead_endings=tuple(sorted(data.word_set("link_lead_endings"))),
        sentence_final_endings=tuple(own.get("sentence_final_endings", ())),
        title_nouns=merged("title_nouns"),
        honorifics={k.lower(): tuple(v) for k, v in own.get("honorifics", {}).items()},
        name_articles=merged("name_articles"),
        name_article_adjectives=tuple(own.get("name_article_adjectives", ())),
        name_article_after=merged("name_article_after"),
        any_word_leads_links=bool(own.get("any_word_leads_links", False)),
        name_heads=frozenset(own.get("name_heads", ())),
        speech_verbs=merged("speech_verbs") | data.word_set("attribution_words"),
        has_table=bool(own) or bool(data.sentence_starters),
    )


def has_casing_feature(code: str, feature: str) -> bool:
    """Whether the language table (resources/lang/<code>.json, ``casing_features``) names a
    casing mechanism: ``english_gazetteer`` (the gazetteer holds pycountry's English country
    names and a hand-made list of ambiguous names; other languages add pycountry's localised
    names and judge ambiguity by word frequency), ``names_go_on_lower`` (a name may go on with a
    lower-case word: "asia central"), ``elided_names`` (a name after an elided article:
    "dell'ue", MT314), ``institution_title_case`` (institutions are written in sentence case, so
    English title case is an error: MT316), ``institution_lower_words`` (a lower-case word inside
    a capitalised institution name: MT317)."""
    return feature in load_language_data(code).word_set("casing_features")


def languages_with_casing_feature(codes: frozenset[str], feature: str) -> frozenset[str]:
    """The languages of ``codes`` whose table names ``feature``."""
    return frozenset(code for code in codes if has_casing_feature(code, feature))


def casing_languages() -> frozenset[str]:
    """Languages with a casing table (the tier the casing rules fully serve)."""
    return _casing_languages()


# A language's table is named by its language tag ("de", "pt-BR"); the folder also holds tables
# for every language at once (broad.json, MT346's bands), which are no language: `mtlint rules`
# and the settings' language list showed a language "broad" (h31tidy).
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def _casing_languages() -> frozenset[str]:
    return frozenset(name for name in table_names("casing") if _LANGUAGE_TAG.fullmatch(name))


@lru_cache(maxsize=64)
def localised_country_names(code: str) -> frozenset[str]:
    """Country names in the language (pycountry's ISO 3166 translations), common names first;
    index forms ("Korea, Republic of") are left out."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return frozenset()
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
    except OSError:
        return frozenset()
    names: set[str] = set()
    for country in pycountry.countries:
        for attribute in ("common_name", "name"):
            value = getattr(country, attribute, None)
            if not value:
                continue
            local = translation.gettext(value)
            if "," not in local and "(" not in local:
                names.add(local)
    return frozenset(names)


def stem_match(word: str, names: dict[str, str], table: CasingData) -> str | None:
    """The written form of the known name ``word`` (lower case) is an inflected form of:
    the name itself plus one of the language's case endings, or the name less its final vowel
    plus one ("paryżu" ← "Paryż", "česku" ← "Česko", "катаром" ← "Катар")."""
    if word in names:
        return names[word]
    if table.adjective_endings and word.endswith(table.adjective_endings):
        return None
    for ending in table.inflection_endings:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: len(word) - len(ending)]
        if stem in names:
            return names[stem] + ending
        for vowel in "aeoyiаяоеыьуйąę":
            if stem + vowel in names:
                return names[stem + vowel][:-1] + ending
    return None


def language_table(data: LanguageData) -> CasingData:
    return casing_data(data.code)
