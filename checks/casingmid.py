"""Evidence for the mid-sentence capital and entity-case rules of every language (MT313–MT315,
issues 11 and 12).

wordfreq lists words in lower case only, so it cannot say whether a word is usually
capitalised. The evidence here is of other kinds:

- **the word is a verb form**: its infinitive, made by the language's ending rules
  (``resources/casing/midsentence/<lang>.json``: "déclaré" → "déclarer", "заявил" →
  "заявить", "powiedział" → "powiedzieć"), is a word of the language. Names rarely are verb
  forms, and a name that is one ("Casado") is written beside a first name somewhere in the
  document;
- **a day of the week or a month** where the language writes them in lower case, and a
  **nationality or language adjective** ("el gobierno Ruso", "em Persa");
- the document writing the verb form in lower case elsewhere raises the confidence (a noun
  with only that evidence was tried and dropped: "il Nord", "la Congresso", "i Aliados" are
  capitalised by convention, and no real MT case needed it).

Institution heads the languages capitalise by convention ("le Conseil constitutionnel",
"в Верховный суд", "il Governo") and words after a person's title ("el ministro Delgado") are
never taken. Entity case: a known name after an elided article ("l'allemagne", "dell'ue"), and
a gazetteer name with one of its capitalised words in lower case ("Estados unidos", "Unión
europea").
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingdata import UPPER_CLASS, CasingData, casing_data, stem_match
from mtlint.checks.casingscan import mid_capital_matches, next_word, previous_word
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import (
    curated_names,
    local_heads,
    local_names,
    same_stem,
    two_word_names,
)
from mtlint.checks.langdata import load_language_data
from mtlint.checks.resourcefiles import optional_json, table_names
from mtlint.checks.textscan import chunk_text, find_words, trie_pattern, unique_chunks
from mtlint.checks.wordlists import proper_nouns, zipf


@dataclass(frozen=True, eq=False)
class MidTable:
    verb_forms: tuple[tuple[str, str], ...] = ()
    person_titles: frozenset[str] = frozenset()
    institution_words: frozenset[str] = frozenset()
    not_words: frozenset[str] = frozenset()
    elision: tuple[str, ...] = ()
    finite_endings: tuple[str, ...] = ()
    # Auxiliaries after which a participle is a verb, not a noun after an article (Romanian
    # "a Declarat": "a" is both); where listed, a participle elsewhere is an adjective
    # ("Calculatorul Avansat", a mode's name in a GNOME catalogue) and never taken.
    participle_auxiliaries: frozenset[str] = frozenset()
    # Lower-case head prefix → stems of the words it governs (empty: any common word).
    title_case_heads: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Days and months are lower case and native text keeps them so (not French: "le Dimanche"
    # is common in native text); short day names taken before "feira" or a punctuation mark.
    # Nationality and language adjectives, lower case in the language ("el gobierno Ruso"); in
    # French only after a noun ("les Russes" is a noun).
    demonym_stems: tuple[str, ...] = ()
    demonym_after_nouns_only: bool = False
    # The endings a demonym adds to its stem (empty: any of up to four letters); "frances" +
    # "co" is the name Francesco, no demonym.
    demonym_endings: frozenset[str] = frozenset()
    # Prepositions after which a capitalised demonym is a surname ("a Danese", "di Catalano").
    demonym_surname_after: frozenset[str] = frozenset()
    # Where nationality nouns are capitalised (French): numerals and quantifiers after which a
    # capitalised demonym is the noun ("trois Néerlandais", "plusieurs Russes"); a number in
    # figures counts too.
    demonym_noun_after: frozenset[str] = frozenset()
    # MT305 (capitals the text writes in lower case): the articles and determiners after
    # which a capital is taken (empty: any function word), and words capitalised by every
    # style guide ("Dio", "Deus").
    minority_after: frozenset[str] = frozenset()
    house_style_words: frozenset[str] = frozenset()
    # MT301: courtesy pronouns capitalised before a verb with one of these endings, the
    # formal "you" of a letter ("La informiamo").
    courtesy_clitics: frozenset[str] = frozenset()
    courtesy_verb_endings: tuple[str, ...] = ()
    # Stems of the common nouns a geographic or institution name goes on with after its
    # capitalised adjective ("Японское море", "Русский музей"): no demonym finding before them.
    demonym_name_heads: tuple[str, ...] = ()
    # Nouns that introduce a name ("радио Немецкая волна", "газета Российская …").
    demonym_name_nouns: frozenset[str] = frozenset()
    # Words that join an institution head to the rest of its name ("Conselho de Segurança").
    institution_joiners: frozenset[str] = frozenset()
    calendar: bool = False
    calendar_short: frozenset[str] = frozenset()
    # Only these calendar words (Portuguese: months were capitalised before 1990 and still are
    # in much European text; days are not).
    calendar_only: frozenset[str] = frozenset()


def mid_languages() -> frozenset[str]:
    return table_names("casing/midsentence")


@lru_cache(maxsize=16)
def mid_table(code: str) -> MidTable:
    raw = optional_json("casing/midsentence", f"{code}.json")
    if raw is None:
        return MidTable()
    forms = sorted((tuple(pair) for pair in raw.get("verb_forms", ())), key=lambda p: -len(p[0]))
    return MidTable(
        verb_forms=tuple(forms),
        person_titles=frozenset(w.lower() for w in raw.get("person_titles", ())),
        institution_words=frozenset(w.lower() for w in raw.get("institution_words", ())),
        not_words=frozenset(w.lower() for w in raw.get("not_words", ())),
        elision=tuple(raw.get("elision", ())),
        finite_endings=tuple(raw.get("finite_endings", ())),
        participle_auxiliaries=frozenset(raw.get("participle_auxiliaries", ())),
        # Hand-made stems and, beside them, those built from CLDR (bench/build_demonym_stems.py).
        demonym_stems=tuple(
            sorted(
                {*raw.get("demonym_stems", ()), *raw.get("demonym_stems_cldr", ())},
                key=lambda stem: (-len(stem), stem),
            )
        ),
        demonym_after_nouns_only=bool(raw.get("demonym_after_nouns_only", False)),
        demonym_endings=frozenset(raw.get("demonym_endings", ())),
        demonym_surname_after=frozenset(raw.get("demonym_surname_after", ())),
        demonym_noun_after=frozenset(raw.get("demonym_noun_after", ())),
        minority_after=frozenset(raw.get("minority_after", ())),
        house_style_words=frozenset(raw.get("house_style_words", ())),
        courtesy_clitics=frozenset(raw.get("courtesy_clitics", ())),
        courtesy_verb_endings=tuple(raw.get("courtesy_verb_endings", ())),
        demonym_name_heads=tuple(raw.get("demonym_name_heads", ())),
        demonym_name_nouns=frozenset(raw.get("demonym_name_nouns", ())),
        institution_joiners=frozenset(raw.get("institution_joiners", ())),
        calendar=bool(raw.get("calendar", False)),
        calendar_short=frozenset(raw.get("calendar_short", ())),
        calendar_only=frozenset(raw.get("calendar_only", ())),
        title_case_heads=tuple(
            (head, tuple(stems)) for head, stems in raw.get("title_case_heads", {}).items()
        ),
    )


# A verb form's infinitive must be at least this common (Zipf) to count as evidence.
_INFINITIVE_ZIPF = 2.5
# The capitalised word itself must be a word of the language at least this common.
_WORD_ZIPF = 3.0
# A word after an institution head that governs any word must be this common (no surname).
_GOVERNED_ZIPF = 4.0
# A word this much more common in English than in the text's language is an English word.
_ENGLISH_MARGIN = 0.5


def verb_form(lower: str, code: str, table: MidTable) -> bool:
    """The word is a form of a verb of the language (or an adverb of an adjective: "-mente")."""
    for ending, replacement in table.verb_forms:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            base = lower[: len(lower) - len(ending)] + replacement
            if zipf(base, code) >= _INFINITIVE_ZIPF:
                return True
    return False


@lru_cache(maxsize=16)
def _country_words(code: str) -> frozenset[str]:
    """Lower-case country names in the language, index forms included ("Palestina, Estado de"
    → "palestina")."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return frozenset()
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
    except OSError:
        return frozenset()
    words = set()
    for country in pycountry.countries:
        for attribute in ("common_name", "name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                words.add(translation.gettext(value).split(",")[0].strip().lower())
    return frozenset(words)


@dataclass(frozen=True)
class MidCapital:
    start: int
    word: str
    lower: str
    confidence: float
    why: str


_STRIP_AFTER = ",;:"
_CALENDAR = "days and months are written in lower case"
_VERB = "a verb form, not a name"
_VERB_LOWER = "a verb form the text also writes in lower case"
_DEMONYM = "nationality and language adjectives are written in lower case"
# Letters a demonym adds to its stem ("rus" → "rusos", "российск" → "российского").
_DEMONYM_ENDING = 4


def _demonym(lower: str, table: MidTable, code: str) -> bool:
    if lower in _country_words(code):  # "Palestina" is a country, "palestino" an adjective
        return False
    return demonym_by_stems(lower, table)


def demonym_by_stems(lower: str, table: MidTable) -> bool:
    """``lower`` is one of the table's nationality or language stems with an ending (its
    ``demonym_endings``, else any ending of up to four letters): MT313's reading, shared."""
    if table.demonym_endings:
        return any(
            lower.startswith(stem) and lower[len(stem) :] in table.demonym_endings
            for stem in table.demonym_stems
        )
    return any(
        lower.startswith(stem) and len(lower) - len(stem) <= _DEMONYM_ENDING
        for stem in table.demonym_stems
    )


_STRIP_END = ",;:.!?)]»”\"'’"


_WORD_AHEAD = re.compile(r" +([\"“‘(]?)([^\W_][\w'’\-]*)")


def _demonym_in_name(text: str, end: int, before: str, mtable: MidTable) -> bool:
    """The demonym opens a name: after a noun that introduces one ("радио Немецкая волна") or
    with a name head among the next three words before a mark ("Японское море", "Русская
    православная церковь")."""
    if before in mtable.demonym_name_nouns:
        return True
    if text[end : end + 1] == ",":
        end += 1  # "Japonês, …": the original check looked past one comma
    for _ in range(3):
        match = _WORD_AHEAD.match(text, end, end + 60)
        if not match or match.group(1):
            return False
        if match.group(2).lower().startswith(mtable.demonym_name_heads or ("\0",)):
            return True
        end = match.end()
    return False


def _demonym_surname(text: str, space: int, before: str, mtable: MidTable) -> bool:
    """A surname that is a demonym: after a preposition that names a person ("a Danese", "di
    Catalano") or after a person's title, one adjective between allowed ("O treinador Romeno",
    "il premier australiano Albanese")."""
    if before in mtable.demonym_surname_after or before in mtable.person_titles:
        return True
    if not mtable.demonym_surname_after:
        return False
    at = space - len(before) - 1
    return text[at : at + 1] == " " and previous_word(text, at).lower() in mtable.person_titles


def _finite(word: str, before: str, mtable: MidTable) -> bool:
    """A finite verb form, or a participle right after an auxiliary ("a Declarat")."""
    ends = word.endswith(mtable.finite_endings or ("\0",))
    return ends or before in mtable.participle_auxiliaries


def mid_capitals(document: Document, code: str) -> Iterator[MidCapital]:
    """Common words capitalised between two lower-case words, with evidence that they are no
    names (see the module's docstring)."""
    mtable = mid_table(code)
    table = casing_data(code)
    if table.nouns_capitalised or not mtable.verb_forms:
        return
    chunks = unique_chunks(document)
    yield from _bracket_language_labels(document, code, table, mtable)
    candidates = _candidates(chunks, code, table, mtable)
    if not candidates:
        return
    text = document.text
    pattern = re.compile(" (" + trie_pattern(candidates) + r")(?=[ ,;:.])")
    found = []
    for match in mid_capital_matches(document, pattern):
        space, word = match.start(), match.group(1)
        if not text[space - 1 : space].isalpha() or not text[space - 1].islower():
            continue
        written_before = previous_word(text, space)
        before = written_before.lower()
        # "Comisión Europea": after a capitalised word mid-sentence the capital is a name's.
        if written_before[:1].isupper() and _after_word(text, space - len(before)):
            continue
        joiner = before in table.name_particles or before in table.function_words
        # "José de Castro", "Centrum Badań i Rozwoju": a particle or a function word after a
        # capitalised word goes on with the name.
        if joiner and _after_capital(text, space - len(before)):
            continue
        # "Le Marché commun", "El País": a capitalised article opens a name or a title.
        if joiner and text[space - len(before) : space][:1].isupper():
            continue
        # After a person's title a participle may be a surname ("el ministro Delgado"); a
        # finite verb form is not ("el ministro Anunció").
        kind = candidates[word][1]
        finite = _finite(word, before, mtable)
        if kind in (_VERB, _VERB_LOWER) and not finite and mtable.participle_auxiliaries:
            continue  # "Calculatorul Avansat": away from an auxiliary a participle qualifies
        if kind in (_VERB, _VERB_LOWER) and not finite and before in table.function_words:
            continue  # "del Consulado", "le Comité": after an article a participle is a noun
        if before in mtable.person_titles and kind in (_VERB, _VERB_LOWER) and not finite:
            continue
        if not _next_word_fits(text, (space, match.end()), word, kind, before, table, mtable):
            continue
        found.append((space, word))
    if not found:
        return
    names_in_text = _written_as_name(text, {word for _, word in found})
    for space, word in found:
        if word in names_in_text:
            continue
        confidence, why = candidates[word]
        yield MidCapital(space + 1, word, table.lower(word), confidence, why)


def _next_word_fits(
    text: str,
    span: tuple[int, int],
    word: str,
    kind: str,
    before: str,
    table: CasingData,
    mtable: MidTable,
) -> bool:
    """:func:`mid_capitals`' test of what follows the capital: a lower-case word, or for a day
    name a punctuation mark or "feira"; a demonym only after a noun and outside a name."""
    space, end = span
    following = next_word(text, end + 1 if text[end : end + 1] == "," else end)
    if kind is _CALENDAR:
        # "na Quinta feira", "divulgados em Quinta.": a day before a lower-case word or a
        # punctuation mark; a short day name only there or before "feira".
        short = table.lower(word) in mtable.calendar_short
        return (
            following == "feira"
            or text[end : end + 1] in ".,;"
            or (following[:1].islower() and not short)
        )
    if not following[:1].islower() or text[end : end + 1] == ".":
        return False
    if kind is not _DEMONYM:
        return True
    # "les Russes", "en Français": a noun; "в Японском море": a name
    after_non_noun = mtable.demonym_after_nouns_only and (
        before in table.function_words
        or before in table.determiners
        or before in mtable.demonym_noun_after
        or before[:1].isdigit()
        or not before
    )
    return not (
        after_non_noun
        or _demonym_in_name(text, end, before, mtable)
        or _demonym_surname(text, space, before, mtable)
    )


_BRACKET_WORD = re.compile(r"\n\(([^\W\d_]{3,}):?(?=\n|\Z)")


def _bracket_language_labels(
    document: Document, code: str, table: CasingData, mtable: MidTable
) -> Iterator[MidCapital]:
    """ "уездный город (Китайский : 县级市)": a language's name capitalised as the label of a
    gloss in brackets, before a colon, where the language writes language names in lower case
    (wiki mirrors' MT keeps the source's "(Chinese: …)")."""
    if not mtable.demonym_stems:
        return
    words = set()
    # The distinct chunks that open a bracket with a word (a regex over the chunk text, not a
    # Python loop over every chunk).
    for word in set(_BRACKET_WORD.findall(chunk_text(document))):
        if word[:1].isupper() and word[1:].islower() and _demonym(table.lower(word), mtable, code):
            words.add(word)
    if not words:
        return
    text = document.text
    for word, spans in find_words(text, words).items():
        for start, end in spans:
            if text[start - 1 : start] == "(" and text[end : end + 2] in (" :", ": ", ":"):
                yield MidCapital(start, word, table.lower(word), 0.6, _DEMONYM)


def _candidates(
    chunks: frozenset[str], code: str, table: CasingData, mtable: MidTable
) -> dict[str, tuple[float, str]]:
    """Capitalised chunks (a comma or a colon after them allowed) that are common words with
    evidence, each with its confidence and why."""
    names = local_names(code, include_ambiguous=True)
    lower_words = {chunk.rstrip(_STRIP_AFTER) for chunk in filter(str.islower, chunks)}
    found: dict[str, tuple[float, str]] = {}
    for chunk in filter(str.istitle, chunks):
        word = chunk.rstrip(_STRIP_AFTER + ".")
        if len(word) < 3 or word in found:
            continue
        lower = table.lower(word)
        if mtable.calendar and (
            lower in (mtable.calendar_only or table.calendar_words)
            or lower in mtable.calendar_short
        ):
            found[word] = (0.6, _CALENDAR)
            continue
        if not word.isalpha():
            continue
        if (
            lower in names
            or lower in table.function_words
            or lower in table.stop_words
            or lower in table.capitalised_ok
            or lower in mtable.institution_words
            or lower in mtable.person_titles  # house style: "il Segretario di Stato"
            or lower in mtable.not_words
            or (frequency := zipf(lower, code)) < _WORD_ZIPF
            # An English word in the text ("Life on Mars", a title): no word of the language.
            or zipf(lower, "en") > frequency + _ENGLISH_MARGIN
        ):
            continue
        if _demonym(lower, mtable, code):
            found[word] = (0.6, _DEMONYM)
            continue
        verb = verb_form(lower, code, mtable)
        written_lower = lower in lower_words
        if verb and written_lower:
            found[word] = (0.7, _VERB_LOWER)
        elif verb:
            found[word] = (0.6, _VERB)
    return found


def _written_as_name(text: str, words: set[str]) -> set[str]:
    """The words some use of which stands beside another capitalised word ("Pablo Casado",
    "Casado Blanco"), not a sentence's first word: part of a name."""
    named = set()
    for word, spans in find_words(text, words).items():
        for start, end in spans:
            if next_word(text, end)[:1].isupper() or _after_capital(text, start):
                named.add(word)
                break
    return named


def _after_word(text: str, start: int) -> bool:
    """A word (no sentence end) stands right before ``start``."""
    return text[start - 1 : start] == " " and text[start - 2 : start - 1].isalnum()


def _after_capital(text: str, start: int) -> bool:
    """A capitalised word stands right before ``start``, and it does not open a sentence."""
    if text[start - 1 : start] != " ":
        return False
    before = previous_word(text, start - 1)
    if not before[:1].isupper():
        return False
    at = start - 1 - len(before)
    opener = text[max(0, at - 2) : at].strip()
    return at > 0 and opener[-1:] not in (".", "!", "?", "\n", "") and text[at - 1] != "\n"


@dataclass(frozen=True)
class LowerName:
    start: int
    end: int
    written: str
    confidence: float


def elided_names(document: Document, code: str) -> Iterator[LowerName]:
    """A known name in lower case after an elided article or preposition ("l'allemagne",
    "dell'ue", "l'union européenne")."""
    prefixes = mid_table(code).elision
    if not prefixes:
        return
    chunks = unique_chunks(document)
    names = local_names(code)
    heads = local_heads(code)
    curated = curated_names(code)
    keys: set[str] = set()
    for chunk in chunks:
        if "'" not in chunk and "’" not in chunk:
            continue
        head, _, rest = chunk.replace("’", "'").partition("'")
        rest = rest.rstrip(',;:.!?)»”"')
        if head.lower() not in prefixes or not rest.islower() or not rest.isalpha():
            continue
        for key in heads.get(rest, ()):
            # A name that is also a common word ("l'union", "d'or") only when curated.
            if " " in key or key in curated or zipf(key, code) < 3.0:
                keys.add(key)
    if not keys:
        return
    text = document.text
    elided = "|".join(map(re.escape, prefixes))
    body = trie_pattern(sorted(keys, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w])(?i:{elided})['’]({body})(?![\w'’\-])")
    for match in pattern.finditer(text):
        key = match.group(1)
        if key in names:
            yield LowerName(match.start(1), match.end(1), names[key], 0.75)


@lru_cache(maxsize=16)
def _half_forms(code: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Spellings of the language's names of two to four words with the first word as written
    and some later capitalised word in lower case → (written form, the lower-cased words).
    Between spaces, one of those must be a common word (MT303 takes the rest); after a hyphen
    any word ("Royaume-uni", "Нью-йорк"), which MT303 never sees."""
    forms: dict[str, tuple[str, tuple[str, ...]]] = {}
    table = casing_data(code)
    names = local_names(code)
    for written in names.values():
        parts = _PARTS.split(written)  # words at even indexes, separators between them
        words = parts[::2]
        if not 2 <= len(words) <= 4 or not words[0][:1].isupper():
            continue
        later = [i for i in range(2, len(parts), 2) if parts[i][:1].isupper()]
        for mask in range(1, 2 ** len(later)):
            spelled = list(parts)
            lowered, hyphenated = [], False
            for bit, index in enumerate(later):
                if mask >> bit & 1:
                    spelled[index] = table.lower(parts[index])
                    lowered.append(spelled[index])
                    hyphenated |= parts[index - 1] == "-"
            # A lower-cased word that is a name of its own ("Владимир путин") is MT303's.
            if any(word in names for word in lowered):
                continue
            if hyphenated or any(zipf(word, code) >= 4.0 for word in lowered):
                forms["".join(spelled)] = (written, tuple(lowered))
    return forms


_PARTS = re.compile(r"([ \-])")


def half_capitalised_names(document: Document, code: str) -> Iterator[LowerName]:
    """ "Estados unidos", "Unión europea": a known name with its first word capitalised and a
    later one in lower case."""
    forms = _half_forms(code)
    if not forms:
        return
    tokens = set()
    for chunk in unique_chunks(document):
        token = chunk.rstrip(_STRIP_END)
        tokens.add(token)
        if "-" in token:
            tokens.update(token.split("-"))
    wanted = [
        form
        for form, (_, lowered) in forms.items()
        if _PARTS.split(form, 1)[0] in tokens and all(word in tokens for word in lowered)
    ]
    if not wanted:
        return
    text = document.text
    for form, spans in find_words(text, wanted).items():
        for start, end in spans:
            yield LowerName(start, end, forms[form][0], 0.75)


def inflected_half_names(document: Document, code: str) -> Iterator[LowerName]:
    """ "Соединённого королевства", "Unii europejskiej": a case form of a two-word name whose
    second word the name capitalises, written in lower case after the capitalised first word
    (the languages whose names inflect; the spelling to write keeps the text's endings)."""
    table = casing_data(code)
    if not table.inflection_endings:
        return
    pairs = _capitalised_pairs(code)
    if not pairs:
        return
    stems = tuple(sorted({first[: max(3, len(first) - 2)] for first, _ in pairs}))
    heads = {
        chunk
        for chunk in filter(str.istitle, unique_chunks(document))
        if chunk.isalpha() and table.lower(chunk).startswith(stems)
    }
    if not heads:
        return
    text = document.text
    for head, spans in find_words(text, heads).items():
        lower_head = table.lower(head)
        for _, end in spans:
            second = next_word(text, end)
            if not second.islower() or text[end : end + 1] != " ":
                continue
            if any(same_stem(lower_head, a) and same_stem(second, b) for a, b in pairs):
                start = end + 1
                yield LowerName(start, start + len(second), table.capitalise(second), 0.7)


@lru_cache(maxsize=16)
def _capitalised_pairs(code: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        (first, last)
        for first, last, written in two_word_names(code)
        if written.split(" ")[1][:1].isupper()
    )


# A capitalised word followed by another (the lookahead lets pairs overlap).
_CAPITALISED_PAIR = re.compile(
    f"([{UPPER_CLASS}][^\\W\\d_\\-]+(?:-[^\\W\\d_]+)?)(?= +[{UPPER_CLASS}])"
)


def title_cased_institutions(document: Document, code: str) -> Iterator[LowerName]:
    """Words an English-style title case capitalised after an institution head the language
    writes in sentence case ("Министерство Обороны", "Белый Дом"): each reported with its lower
    case as the spelling to write."""
    heads = mid_table(code).title_case_heads
    if not heads:
        return
    table = casing_data(code)
    names = local_names(code, include_ambiguous=True)
    text = document.text
    for match in _CAPITALISED_PAIR.finditer(text):
        stems = _governs(table.lower(match.group(1)), heads)
        if stems is None:
            continue
        end = match.end()
        word = next_word(text, end)
        if _opens_gazetteer_name(text, end, code):
            continue  # "Посольство Великої Британії": the country is a name in any case
        # Up to a name: "Министр Обороны Сергей Шойгу", "Министерство Иностранных Дел России".
        while word and _wrongly_capitalised(word, stems, table, names, code):
            start = text.index(word, end)
            end = start + len(word)
            yield LowerName(start, end, table.lower(word), 0.7)
            stems = ()  # then any common word ("Иностранных Дел")
            word = next_word(text, end) if text[end : end + 1] == " " else ""


@lru_cache(maxsize=16)
def _gazetteer_words(code: str) -> tuple[tuple[str, ...], ...]:
    names = proper_nouns(load_language_data(code))
    return tuple(tuple(name.lower().replace("’", "'").split(" ")) for name in names)


def _opens_gazetteer_name(text: str, end: int, code: str) -> bool:
    """The capitalised words from ``end`` on are a gazetteer name in any inflection ("Великої
    Британії", "Сполучених Штатів Америки" after "Посольство")."""
    words: list[str] = []
    while len(words) < 4 and text[end : end + 1] == " ":
        word = next_word(text, end)
        if not word[:1].isupper():
            break
        words.append(word.lower().replace("’", "'"))
        end = text.index(word, end) + len(word)
    return any(
        len(name) <= len(words) and all(map(same_stem, words, name))
        for name in _gazetteer_words(code)
    )


def _governs(head: str, heads: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[str, ...] | None:
    for prefix, stems in heads:
        if head.startswith(prefix) and len(head) - len(prefix) <= 4:
            return stems
    return None


def _wrongly_capitalised(
    word: str, stems: tuple[str, ...], table: CasingData, names: dict[str, str], code: str
) -> bool:
    lower = table.lower(word)
    if not word[:1].isupper() or word.isupper() or lower in names:
        return False
    if lower in mid_table(code).not_words:  # a first name opens a person's name
        return False
    if stems and not lower.startswith(stems):
        return False
    # A word governed by any head must be a common word, not a surname ("Министр Силуанов").
    floor = _WORD_ZIPF if stems else _GOVERNED_ZIPF
    return zipf(lower, code) >= floor and not _inflected_name(lower, code)


def _inflected_name(lower: str, code: str) -> bool:
    return stem_match(lower, local_names(code), casing_data(code)) is not None


def lower_words_in_institutions(document: Document, code: str) -> Iterator[LowerName]:
    """ "Conselho de segurança Nacional", "Ministerio de asuntos Exteriores": a lower-case common
    word between an institution head and a capitalised word of the same name."""
    mtable = mid_table(code)
    if not mtable.institution_joiners:
        return
    table = casing_data(code)
    chunks = unique_chunks(document)
    heads = {
        chunk
        for chunk in filter(str.istitle, chunks)
        if table.lower(chunk) in mtable.institution_words
    }
    if not heads:
        return
    names = local_names(code, include_ambiguous=True)
    text = document.text
    joiners = "|".join(sorted(mtable.institution_joiners, key=len, reverse=True))
    pattern = re.compile(
        "(?<![\\w])(" + trie_pattern(heads) + f") (?:{joiners}) "
        "([^\\W\\d_]+) ([^\\W\\d_]+)(?=[ ,;:.])"
    )
    for match in pattern.finditer(text):
        word, after = match.group(2), match.group(3)
        lower_after = table.lower(after)
        # The capitalised word after must be a long common word ("Nacional"), not a short
        # brand or acronym ("Consiglio di amministrazione Rai").
        if not (word.islower() and after.istitle()) or lower_after in names or len(after) < 5:
            continue
        if word in table.function_words or word in mtable.institution_joiners:
            continue
        if zipf(word, code) < _WORD_ZIPF or zipf(lower_after, code) < _GOVERNED_ZIPF:
            continue
        if next_word(text, match.end())[:1].isupper():
            continue  # "… de salud Pública Juan …": a name may start there
        written = table.capitalise(word)
        yield LowerName(match.start(2), match.end(2), written, 0.6)
