"""Entity case in any language: the names a language capitalises (its gazetteer plus pycountry's
country names in that language), inflected forms matched by stem, and the lower-case word after
a stray ellipsis where link text was cut. Used by MT303
(checks/rules/casing_entity_drift.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from mtlint.checks.casingdata import (
    CasingData,
    casing_data,
    has_casing_feature,
    localised_country_names,
    stem_match,
)
from mtlint.checks.hesitation import speech_pause
from mtlint.checks.langdata import load_language_data
from mtlint.checks.resourcefiles import optional_text
from mtlint.checks.textscan import find_all, find_words
from mtlint.checks.wordlists import proper_nouns, zipf

if TYPE_CHECKING:
    from mtlint.checks.wordgate import WordGate

# A lower-case word (any cased script) after "…" or "...", optionally a possessive.
_AFTER_ELLIPSIS = (
    re.compile(r"… ([^\W\d_][^\W\d_\-]*(?:-[^\W\d_]+)*)(?:['’]s)?\b"),
    re.compile(r"\.\.\. ([^\W\d_][^\W\d_\-]*(?:-[^\W\d_]+)*)(?:['’]s)?\b"),
)
_NEXT = re.compile(r" ([^\W\d_][^\W\d_\-]*)")


@lru_cache(maxsize=64)
def local_names(code: str, include_ambiguous: bool = False) -> dict[str, str]:
    """Lower-cased name → written form: the gazetteer (``proper_nouns``) and, for a language
    other than English, pycountry's country names translated into it; the casing table's
    ambiguous names (a name that is also a common word, such as Polish "polska") only when
    asked for."""
    data = load_language_data(code)
    names = dict(proper_nouns(data, include_ambiguous=include_ambiguous))
    if not has_casing_feature(data.code, "english_gazetteer"):
        table = casing_data(data.code)
        ambiguous = table.ambiguous_names
        if table.upper_map:  # Turkish "İstanbul" is "istanbul" in lower case, not "i̇stanbul"
            names = {table.lower(written): written for written in names.values()}
        for name in localised_country_names(data.code):
            key = table.lower(name)
            if key != name and (include_ambiguous or key not in ambiguous):
                names.setdefault(key, name)
        if not include_ambiguous:
            for key in ambiguous:
                names.pop(key, None)
    return names


@dataclass(frozen=True)
class EllipsisName:
    start: int
    # The capitalised spellings to offer, most likely first, each with the end of its span.
    choices: tuple[tuple[int, str], ...]
    confidence: float


def ellipsis_names(
    text: str, code: str, boundaries: frozenset[int] | set[int]
) -> Iterator[EllipsisName]:
    """Lower-case words right after a stray ellipsis that follows a preposition ("of…
    masujiro's", "в… владивостоком") or sits at a link boundary: most likely cut link text."""
    table = casing_data(code)
    names = local_names(code, include_ambiguous=True)
    matches = [m for pattern in _AFTER_ELLIPSIS for m in pattern.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        word = match.group(1)
        if not word[0].islower() or not text[match.start() - 1 : match.start()].isalpha():
            continue
        before = text[max(0, match.start() - 40) : match.start()].split()
        previous = table.lower(before[-1]).strip("\"'“”‘’(") if before else ""
        at_boundary = any(b in boundaries for b in range(match.start() - 1, match.start(1) + 1))
        if not (at_boundary or _leads_into_link(previous, text, match.end(1), table)):
            continue
        if not at_boundary and speech_pause(
            text, match.start(), match.start(1), word, table.link_lead_words
        ):
            continue  # a pause of speech, not a cut link (checks/hesitation.py)
        found = _name_choices(text, match.start(1), word, table, names, code)
        if found is not None:
            yield found


def _leads_into_link(previous: str, text: str, end: int, table: CasingData) -> bool:
    """A preposition before the cut ("of… masujiro's"), a word with a lead ending where the
    language has no prepositions ("bulunan… hacı"), or a name's apostrophe ending after the
    lower-cased word ("hem… putin’i"), or any word where case endings mark place ("és…
    göncz árpád")."""
    if previous in table.link_lead_words:
        return True
    if table.any_word_leads_links and previous.isalpha():
        return True  # "és… göncz árpád": case endings, not prepositions, mark the link
    endings = table.link_lead_endings
    if endings and len(previous) > 4 and previous.endswith(endings):
        return True
    return table.apostrophe_names and text[end : end + 1] in ("'", "’")


def _name_choices(
    text: str, start: int, word: str, table: CasingData, names: dict[str, str], code: str
) -> EllipsisName | None:
    end = start + len(word)
    nxt = _NEXT.match(text, end, end + 60)
    second = nxt.group(1) if nxt else ""
    pair_end = nxt.end() if nxt else end
    if second and f"{word} {second}" in names:
        return EllipsisName(start, ((pair_end, names[f"{word} {second}"]),), 0.75)
    known = stem_match(word, names, table)
    if known is not None:
        choices: tuple[tuple[int, str], ...] = ((end, known),)
        if _may_continue_name(second, table):  # "asia central": the name may go on
            choices += ((pair_end, f"{known} {table.capitalise(second)}"),)
        return EllipsisName(start, choices, 0.75)
    if second and table.inflection_endings:
        # "v… české republice": both words of a known two-word name, each in a case form.
        written = inflected_pair(word, second, code)
        if written is not None:
            return EllipsisName(start, ((pair_end, written),), 0.7)
    if len(word) < 3 and _ABBREVIATED_NAME.match(text, end):
        # "se… st. Louis": an abbreviation that opens a name.
        return EllipsisName(start, ((end, table.capitalise(word)),), 0.6)
    if len(word) < 3 or word in table.function_words or word in table.stop_words:
        return None
    if word in table.sentence_starters or word in table.link_lead_words:
        return None
    if word in table.name_heads and _may_continue_name(second, table):
        # "di… kabupaten cilacap": a head noun that opens names, then the name itself.
        written = f"{table.capitalise(word)} {table.capitalise(second)}"
        return EllipsisName(start, ((pair_end, written),), 0.65)
    single = (end, table.capitalise(word))
    if table.nouns_capitalised:
        # Every noun is capitalised: a lower-case word after the cut is the error unless a
        # capitalised word follows it (then it is an adjective or article before its noun).
        if second[:1].isupper():
            return None
        choices = (single,)
        if _may_continue_name(second, table):
            choices += ((pair_end, f"{single[1]} {table.capitalise(second)}"),)
        return EllipsisName(start, choices, 0.6)
    frequency = zipf(word, code)
    if frequency >= table.name_zipf_ceiling:
        return None
    confidence = 0.65 if frequency < 3.0 else 0.55
    if not _surname_like(second, table, code):
        choices = (single,)
        if _may_continue_name(second, table):
            choices += ((pair_end, f"{single[1]} {table.capitalise(second)}"),)
        return EllipsisName(start, choices, confidence)
    # "simon whitlock", "albert einstein": a less common second word is the surname.
    pair = (pair_end, f"{single[1]} {table.capitalise(second)}")
    return EllipsisName(start, (pair, single), confidence)


_ABBREVIATED_NAME = re.compile(r"\. [A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЂ-Џ]")


@lru_cache(maxsize=16)
def two_word_names(code: str) -> tuple[tuple[str, str, str], ...]:
    """(first word, second word, written form) of the language's two-word names (lower case)."""
    pairs = []
    for key, written in local_names(code, include_ambiguous=True).items():
        parts = key.split(" ")
        if len(parts) == 2 and all(len(part) >= 4 for part in parts):
            pairs.append((parts[0], parts[1], written))
    return tuple(pairs)


def same_stem(word: str, name_word: str) -> bool:
    """A case form of ``name_word``: the same letters up to the last two of the name word (the
    ending, and a consonant that alternates: "republika" → "republice"), a similar length."""
    stem = name_word[: max(3, len(name_word) - 2)]
    return word.startswith(stem) and abs(len(word) - len(name_word)) <= 2


def inflected_pair(word: str, second: str, code: str) -> str | None:
    """The written case form of a known two-word name whose words ``word`` and ``second`` (lower
    case) inflect ("české republice" → "České republice", "spojených státech" → "Spojených
    státech"): each word capitalised where the name capitalises it."""
    table = casing_data(code)
    for first, last, written in two_word_names(code):
        if same_stem(word, first) and same_stem(second, last):
            shown = written.split(" ")
            words = [
                table.capitalise(w) if s[:1].isupper() else w
                for w, s in zip((word, second), shown, strict=True)
            ]
            return " ".join(words)
    return None


def _surname_like(second: str, table: CasingData, code: str) -> bool:
    return (
        len(second) > 2
        and second[0].islower()
        and zipf(second, code) < 4.0
        # "nintento unveiled": a verb or adverb form goes on with the sentence.
        and not second.endswith(table.verb_endings or ("\0",))
    )


def _may_continue_name(second: str, table: CasingData) -> bool:
    """A second lower-case word that may belong to the name ("asia central"): offered as an
    alternative, never preferred."""
    return (
        has_casing_feature(table.code, "names_go_on_lower")
        and len(second) > 2
        and second[0].islower()
        and second not in table.function_words
        and second not in table.stop_words
        and second not in table.link_lead_words
    )


@lru_cache(maxsize=16)
def local_heads(code: str) -> dict[str, tuple[str, ...]]:
    """First word (lower case) of each name of ``local_names`` → the names starting with it,
    longest first."""
    heads: dict[str, list[str]] = {}
    for key in local_names(code):
        heads.setdefault(key.split(" ", 1)[0], []).append(key)
    return {head: tuple(sorted(keys, key=len, reverse=True)) for head, keys in heads.items()}


def inflected_names(code: str, lower_words: set[str]) -> dict[str, str]:
    """Lower-case words of the text that are case forms of a one-word name ("w paryżu",
    "в россии") → the written form; empty for a language without case endings."""
    table = casing_data(code)
    if not table.inflection_endings:
        return {}
    curated = curated_names(code)
    # Names that are also common words (pycountry's "Того" is Togo) are not stems to match.
    proper = dictionary_proper_names(code)
    names = {
        k: v
        for k, v in local_names(code).items()
        if k in curated or k in proper or zipf(k, code) < 3.0
    }
    found: dict[str, str] = {}
    hand_made = {k: v for k, v in names.items() if k in curated}
    for word in lower_words:
        # "нью-йорке": a hyphenated name inflects at its end.
        if word in names or len(word) < 5 or not word.replace("-", "").isalpha():
            continue
        written = stem_match(word, names, table)
        # A common word that reads as a case form of a country's name (Finnish "samoin",
        # likewise, as "Samoa" + -in) counts only for the hand-made gazetteer's names.
        if written is not None and zipf(word, code) >= 3.5:
            written = stem_match(word, hand_made, table)
        if written is not None:
            found[word] = written
    return found


@lru_cache(maxsize=64)
def curated_names(code: str) -> frozenset[str]:
    """The lower-cased names of the hand-made gazetteer (resources/gazetteer/<lang>.txt and the
    language table), as opposed to pycountry's translations, some of which are also common
    words ("Того", "Komory")."""
    table = casing_data(code)
    return frozenset(table.lower(w) for w in proper_nouns(load_language_data(code)).values())


@dataclass(frozen=True)
class CaseDrift:
    start: int
    end: int
    written: str
    why: str
    confidence: float


_ACRONYM = re.compile(r"\b[A-Za-z][A-Za-z]{1,5}\b")


def acronym_drift(text: str, code: str, chunks: frozenset[str]) -> Iterator[CaseDrift]:
    """Acronyms of the gazetteer in a broken case ("BBc News", "nATO"): neither all capitals nor
    the British title case ("Nato") nor all lower case (left to the gazetteer test, which knows
    which lower-case forms are ordinary words)."""
    acronyms = _acronyms(code)
    if not acronyms:
        return
    # The marks stripped are uncased: a chunk in lower case or in capitals only (most of them)
    # holds no broken case, and is passed over before any stripping.
    wanted = {
        stripped
        for chunk in chunks
        if not chunk.islower() and not chunk.isupper()
        for stripped in (chunk.strip("\"'“”‘’()[],.;:!?…"),)
        if stripped.lower() in acronyms and _broken_case(stripped)
    }
    if not wanted:
        return
    for match in _ACRONYM.finditer(text):
        token = match.group()
        if token in wanted:
            yield CaseDrift(
                match.start(),
                match.end(),
                acronyms[token.lower()],
                "an acronym of the gazetteer in a broken case",
                0.8,
            )


def _broken_case(token: str) -> bool:
    return not (token.isupper() or token.islower() or (token[0].isupper() and token[1:].islower()))


@lru_cache(maxsize=16)
def _acronyms(code: str) -> dict[str, str]:
    return {
        key: written
        for key, written in local_names(code, include_ambiguous=True).items()
        if written.isupper() and written.isalpha() and 2 <= len(written) <= 6
    }


def partial_name_drift(
    text: str, code: str, lower_words: set[str], capital_words: set[str]
) -> Iterator[CaseDrift]:
    """Multi-word names of the gazetteer with some words in lower case ("buenos Aires", "north
    Korea"): each word of the name occurs in the text, some capitalised, some not. The mixed
    spellings are searched for exactly (one automaton pass), never case-insensitively."""
    index = _multi_word_names(code)
    # Only names with a word the text writes in lower case (a lookup per such word, not a
    # pass over the gazetteer per document), in the gazetteer's order.
    candidates = sorted({entry for word in index.keys() & lower_words for entry in index[word]})
    if not candidates:
        return
    seen_lower = {w.lower() for w in capital_words} | lower_words
    # Where no dictionary rule serves the language (MT322 is English), a common word of the
    # name ("corea" in "corea del Norte") counts when the text writes each word of the name
    # capitalised too, and then only where the text holds the name's own spelling.
    evidence = not has_casing_feature(code, "english_gazetteer")
    forms: dict[str, str] = {}
    checked: set[str] = set()
    for _, written, parts, shown in candidates:
        if not all(part in seen_lower for part in parts):
            continue
        written_words = evidence and all(w in capital_words for w in shown if w[:1].isupper())
        for form in _mixed_spellings(list(parts), list(shown)):
            # Only a lower-cased word that is no common word ("buenos", "york", not "north"):
            # the text must hold it in lower case, and a common word would keep every name
            # with it a candidate (one text scan per form).
            lowered = [w for w in form.split(" ") if w.islower() and w not in _JOINERS]
            # Only a joiner in lower case ("in the Hague"): a house style, not damage.
            if not lowered or not all(w in lower_words for w in lowered):
                continue
            if all(zipf(w, code) < 4.0 for w in lowered):
                forms[form] = written
            elif written_words:
                forms[form] = written
                checked.add(form)
    if not forms:
        return
    for form, spans in find_words(text, forms).items():
        if form in checked and not _holds_name(text, forms[form]):
            continue
        for start, end in spans:
            yield CaseDrift(start, end, forms[form], "part of a known name", 0.75)


def _holds_name(text: str, written: str) -> bool:
    return bool(find_words(text, (written,)))


@lru_cache(maxsize=16)
def _multi_word_names(code: str) -> dict[str, tuple[tuple[int, str, tuple, tuple], ...]]:
    """Word → the gazetteer's names of two to four words holding it, each as (its place in the
    gazetteer, written form, lower-case words, written words)."""
    index: dict[str, list[tuple[int, str, tuple, tuple]]] = {}
    for order, (key, written) in enumerate(local_names(code).items()):
        parts, shown = tuple(key.split(" ")), tuple(written.split(" "))
        if not 2 <= len(parts) <= 4 or len(shown) != len(parts):
            continue
        for part in set(parts):
            index.setdefault(part, []).append((order, written, parts, shown))
    return {word: tuple(entries) for word, entries in index.items()}


# Lower-case words inside names ("Bosnia and Herzegovina", "Isle of Man").
_JOINERS = frozenset({"and", "of", "the", "de", "la", "del", "da", "do", "von", "van", "der", "du"})


def _mixed_spellings(parts: list[str], shown: list[str]) -> Iterator[str]:
    """The spellings with some (not all) of the name's capitalised words in lower case."""
    capitalised = [i for i, word in enumerate(shown) if word != parts[i]]
    for mask in range(1, 2 ** len(capitalised) - 1 if capitalised else 0):
        words = list(shown)
        for bit, index in enumerate(capitalised):
            if mask >> bit & 1:
                words[index] = parts[index]
        yield " ".join(words)


def institution_drift(
    text: str, code: str, chunks: frozenset[str], gate: WordGate | None = None
) -> Iterator[CaseDrift]:
    """ "the Ministry of finance": an institution name in title case whose complement after
    "of" is in lower case (with the ``alnum_gate`` of a large text, each head searched only in
    the windows that may hold it)."""
    table = casing_data(code)
    heads = table.institution_heads & chunks  # "Ministry" stands alone before " of"
    if not heads or "of" not in chunks:
        return
    for head in sorted(heads):
        needle = head + " of "
        for at in find_all(text, needle, gate):
            match = _COMPLEMENT.match(text, at + len(needle))
            if (at == 0 or not text[at - 1].isalnum()) and match:
                word = match.group()
                if (
                    word not in table.function_words
                    and word not in table.stop_words
                    and len(word) >= 3
                ):
                    yield CaseDrift(
                        match.start(),
                        match.end(),
                        table.capitalise(word),
                        f"the rest of '{head} of …' is capitalised",
                        0.6,
                    )


_COMPLEMENT = re.compile(r"[a-z][a-z\-]+\b")


def common_word_too(key: str, code: str) -> bool:
    """A one-word name whose lower-case form is also a common word of the language (Russian
    "того" is Togo, Italian "argentina" an adjective, Czech "komory" chambers): taken only
    with evidence from the document. English keeps its hand-made list of ambiguous names."""
    return (
        not has_casing_feature(code, "english_gazetteer")
        and " " not in key
        and key not in curated_names(code)
        and key not in dictionary_proper_names(code)
        and zipf(key, code) >= 3.0
    )


@lru_cache(maxsize=32)
def dictionary_proper_names(code: str) -> frozenset[str]:
    """Localised country names the language's spelling dictionary writes only capitalised
    (resources/casing/names/<code>_proper.txt, built by bench/build_name_case.py): names, not
    common words, however frequent ("malásia", "малайзия")."""
    text = optional_text("casing/names", f"{code}_proper.txt")
    if text is None:
        return frozenset()
    return frozenset(line for line in text.split("\n") if line and line[:1] != "#")
