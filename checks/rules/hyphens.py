"""Spacing: hyphens that cut a word in two (MT140) and compounds whose hyphen got spaces on both
sides (MT141)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from mtlint.checks.dashes import compound_head
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    char_positions,
    chunk_text,
    language_data,
    looks_technical,
    spaced_hyphens,
    text_characters,
)
from mtlint.checks.typography import table, word_set
from mtlint.checks.wordlists import wordfreq_zipf

# In the chunk lines: a word of letters, one hyphen, a word of letters, alone in its chunk
# (maybe with punctuation around it); longer hyphen chains ("c'est-à-dire") are left alone.
_HYPHENATED_CHUNK = re.compile(
    r"(?<![^\W\d_])(?<![\w-][-'’])([^\W\d_]+)-([^\W\d_]+)(?![\w'’-])(?!-)", re.MULTILINE
)
# The joined word must be an everyday word of the language, and a part a fragment well below it.
_JOINED_ZIPF = 3.5
_FRAGMENT_BELOW_JOINED = 0.5
_FRAGMENT_ZIPF = 3.3
# A prefix ("co-operate", "re-elect") is excused only before a word of its own.
_WORD_ZIPF = 3.5


@register
class HyphenSplitWord(Rule):
    code = "MT140"
    name = "hyphen-split-word"
    summary = "A hyphen inside an everyday word ('att-ack', 'de-ath', 'gov-ernment')."
    doc = """
    What it finds: a lower-case word cut in two by a hyphen where the joined word is an everyday
    word of the language and one part is only a fragment ("att-ack", "de-ath", "cla-shes",
    "gov-ernment"): word frequencies from wordfreq, per language.
    Why it matters: web pages and PDFs carry soft hyphens and line-end hyphenation that MT and
    copying turn into hard hyphens mid-word; spell checkers often accept the two halves.
    Fix safety: safe when a part is no word at all, otherwise unsafe; the hyphen is removed.
    Known false positives: prefixed words whose second part is a word ("co-operate",
    "re-elect", a table per language ``hyphen_prefixes``) and compounds of two words
    ("mid-term", "week-end") are left alone, as are hyphen chains, capitalised names, URLs and
    code.
    """
    examples = (
        Example(
            "Fighters repelled an att-ack near the town.",
            "Fighters repelled an attack near the town.",
        ),
        Example("The de-ath toll rose to 68.", "The death toll rose to 68."),
        Example("The gov-ernment said so.", "The government said so."),
        good("They co-operate on mid-term plans, re-elect the mayor and eat at the co-op."),
        good("Le week-end, peut-être, c'est-à-dire demain.", language="fr"),
        good("Visit al-Qaeda-free zones at x-ray.example.org/de-ath today."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.cased or "-" not in text_characters(document):
            return
        prefixes = frozenset(table(data, "hyphen_prefixes", ()) or ())
        split = {}
        for match in _HYPHENATED_CHUNK.finditer(chunk_text(document)):
            left, right = match.group(1), match.group(2)
            key = f"{left}-{right}"
            if key not in split and left.islower() and right.islower():
                split[key] = _fragment_split(left, right, data.code, prefixes)
        flagged = {key: safe for key, safe in split.items() if safe is not None}
        if not flagged:
            return
        text = document.text
        pattern = re.compile(
            r"(?<![\w'’-])(?:"
            + "|".join(re.escape(key) for key in sorted(flagged, key=len, reverse=True))
            + r")(?![\w'’-])"
        )
        for match in pattern.finditer(text):
            start, end = match.span()
            if looks_technical(text, start, end):
                continue
            word = match.group()
            hyphen = start + word.index("-")
            safe = flagged[word]
            yield self.finding(
                start,
                end,
                f"'{word}' looks like '{word.replace('-', '')}' cut by a hyphen",
                fixes=[
                    Fix(
                        (Edit(hyphen, hyphen + 1, ""),),
                        Applicability.SAFE if safe else Applicability.UNSAFE,
                        f"'{word}' → '{word.replace('-', '')}'",
                    )
                ],
                confidence=0.8 if safe else 0.65,
            )


def _fragment_split(left: str, right: str, language: str, prefixes: frozenset[str]) -> bool | None:
    """None when the hyphen belongs there; otherwise whether removing it is certain."""
    if len(left) + len(right) < 5 or len(left) == 1 or left == right:
        return None
    try:
        joined = wordfreq_zipf(left + right, language)
        if joined < _JOINED_ZIPF:
            return None
        left_zipf, right_zipf = wordfreq_zipf(left, language), wordfreq_zipf(right, language)
    except LookupError:  # no word list for the language
        return None
    if left in prefixes and right_zipf >= _WORD_ZIPF:
        return None
    fragment = min(left_zipf, right_zipf)
    if fragment >= min(_FRAGMENT_ZIPF, joined - _FRAGMENT_BELOW_JOINED):
        return None
    return fragment < 2.0


_WORD_BEFORE = re.compile(r"([^\W\d_]+)$")
_WORD_AFTER = re.compile(r"[^\W\d_]+")


@register
class SpacedCompoundHyphen(Rule):
    code = "MT141"
    name = "spaced-compound-hyphen"
    summary = "A compound's hyphen spaced on both sides ('al - Abadi', 'press - service')."
    doc = """
    What it finds: a hyphen (or en dash) with a space on each side inside a compound: an Arabic
    article before a name ("Haider al - Abadi", "el - Sisi"), a compound the language writes with
    a hyphen ("press - service", "directors - general", "vice - president": a table per language
    ``spaced_hyphen_compounds``). A pair the document writes closed elsewhere is no evidence:
    MT output also closes spaced dashes ("escape-leaving"), so both forms of a non-compound
    occur.
    Why it matters: detokenisers and MT put spaces around hyphens they took for dashes; the
    compound then reads as two phrases with a dash between.
    Fix safety: unsafe; the two spaces are removed (an en dash becomes a hyphen).
    Also the head of a compound adjective before the noun it qualifies ("the Paris – based
    company", "a 17 - year - old boy": compound_adjective_heads). An en dash spaced on both
    sides is typeset punctuation, a parenthesis or an aside, and the word after it often a
    head that also opens a clause or a noun phrase ("– made worse by …", "a week – long queues
    formed"): after an en dash a head is taken only after a number word ("one hundred – day
    plan": compound_number_words) or a proper noun (a capital inside the sentence); after a
    hyphen-minus (a detokeniser's spacing: "high - level jobs") after any word.
    Also two adjectives of one compound joined by a spaced hyphen-minus before their noun
    ("Administrative - Economic Work", "the military - political situation";
    coordinated_adjective_endings: both words end as the language's adjectives, in the same
    case, a word that is no function word after).
    Known false positives: a spaced dash used as punctuation next to one of these words; only
    the table's pairs, Arabic articles before a capital and compound heads followed by a word
    that is no preposition, article or conjunction ("– based on a survey –") are taken; a
    hyphen-minus used as a dash before a head followed by a noun ("all week - long queues
    formed") is still taken.
    In a language that writes a capital letter and a noun as one compound with a hyphen
    (``spaced_letter_compounds``: German "U-Bahn", "E-Mail", "T-Shirt"), one capital letter
    after a lower-case word, a spaced dash and a capitalised word ("praktisch U – Bahn") is such
    a compound when the pair is one of the table's known compounds (or starts with one:
    "U – Bahnhof") or the text writes it hyphenated elsewhere, and a spaced dash right after it
    goes on with it ("U – Bahn – Stationen"); a letter after a capitalised word ("Plan B –
    Die", "Vitamin C – Wirkung") is not taken, nor an answer or a switch's position ("lautet
    C – Paris", "auf A – Automatik": hunspell accepts any letter-hyphen-noun, so the known
    pairs are listed).
    """
    examples = (
        Example(
            "He met Prime Minister Haider al - Abadi on Monday.",
            "He met Prime Minister Haider al-Abadi on Monday.",
        ),
        Example(
            "The ministry's press - service reported.", "The ministry's press-service reported."
        ),
        Example("Ministers and directors - general met.", "Ministers and directors-general met."),
        Example("The long - range plan changed.", "The long-range plan changed."),
        Example("The Paris – based company grew.", "The Paris-based company grew."),
        good("The figures – based on a survey – and a plan – led by him – failed; day – by day."),
        good("Tools:\n  pofilter - run any of the checks\n  pomerge - merge them back"),
        good("He met the press - and said nothing - then left; rates rose - all of them."),
        good("They met al - and left. In general - as he said - it works."),
        good("Costs rose – made worse by the storm – and a week – long lines formed."),
        Example(
            "The Vice-Rector for Administrative - Economic Work spoke of socio - economic ties.",
            "The Vice-Rector for Administrative-Economic Work spoke of socio - economic ties.",
        ),
        good("It was critical - economic and political - but the national - Regional body met."),
        Example(
            "Die Wohnung liegt praktisch an der U – Bahn – Station.",
            "Die Wohnung liegt praktisch an der U-Bahn-Station.",
            "de",
        ),
        good(
            "Plan B – Die Alternative. Vitamin C – Wirkung und Dosis. Von A – Z. Zur U-Bahn – Das "
            "ist weit.",
            "de",
        ),
        good(
            "Die Antwort lautet C – Paris, sagte sie. Der Schalter steht auf A – Automatik.",
            "de",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        characters = text_characters(document)
        if not data.spaced or ("-" not in characters and "–" not in characters):
            return
        text = document.text
        if " - " not in text and " – " not in text:
            return
        compounds = _compound_table(data)
        articles = frozenset(table(data, "name_articles_hyphenated", ()) or ())
        lefts = {head for head in compounds if head != "*"} | articles
        tails = compounds.get("*", frozenset())
        heads = word_set(data, "compound_adjective_heads")
        numbers = word_set(data, "compound_number_words")
        rights = tails | heads
        letters = tuple(table(data, "spaced_letter_compounds", ()) or ())
        chained = -1  # where the last compound found ends: a spaced dash there goes on with it
        suffixes = tuple(table(data, "coordinated_adjective_endings", ()) or ())
        dashes = char_positions(document, "–")  # shared with the dash and quote rules
        for dash in _spaced_dashes(text, spaced_hyphens(document), dashes):
            # Cheap screen first: the word before is a table head, or the word after a tail.
            cut = text.rfind(" ", max(0, dash - 30), dash) + 1
            lettered = bool(letters) and (dash == chained or _letter_head(text, cut, dash))
            paired = bool(suffixes) and _adjective_pair(text, cut, dash, suffixes, data)
            if (
                not lettered
                and not paired
                and text[cut:dash].lower() not in lefts
                and (
                    not rights
                    or text[dash + 3 : dash + 14].split(" ", 1)[0].lower().rstrip(",.;:")
                    not in rights
                )
            ):
                continue
            after = _WORD_AFTER.match(text, dash + 3)
            if after is None:
                continue
            before = _WORD_BEFORE.search(text, cut, dash)
            if before is None:
                continue
            left, right = before.group(1), after.group()
            kind = _compound_kind(left, right, compounds, articles)
            if (
                kind is None
                and lettered
                and len(right) >= 3
                and right.istitle()
                and wordfreq_zipf(right.lower(), data.code) < _SENTENCE_WORD_ZIPF
                and (dash == chained or _known_letter_compound(text, left, right, letters))
            ):
                kind = "a letter and a noun" if dash != chained else "its next part"
            if (
                kind is None
                and compound_head(heads, right, text, after.end())
                and _head_taken(text, dash, before.start(1), left, numbers)
            ):
                kind = "a compound adjective before its noun"
            if kind is None and paired:
                kind = "two adjectives of one compound"
            if kind is None or looks_technical(text, before.start(1), after.end()):
                continue
            shown = text[before.start(1) : after.end()]
            chained = after.end()
            yield self.finding(
                before.start(1),
                after.end(),
                f"'{shown}' is a compound ({kind}): no spaces around its hyphen",
                fixes=[
                    Fix(
                        (Edit(dash, dash + 3, "-"),),
                        Applicability.UNSAFE,
                        f"'{shown}' → '{left}-{right}'",
                    )
                ],
                # Two adjectives: 1 real case counted (pool-other26), a prior below the rest.
                confidence=0.65 if kind == "two adjectives of one compound" else 0.75,
            )


# A capitalised word this frequent after a spaced dash opens a sentence or an aside ("– Das",
# "– Wir", "– Auch"); a compound's noun is rarer ("Bahn" 5.0, "Mail" 4.7).
_SENTENCE_WORD_ZIPF = 5.6


_PAIR_AFTER = re.compile(r" - ([^\W\d_]{5,}) ([^\W\d_]{3,})")


def _adjective_pair(
    text: str, cut: int, dash: int, endings: tuple[str, ...], data: LanguageData
) -> bool:
    """Two adjectives of one compound joined by a spaced hyphen-minus before their noun
    ("Administrative - Economic Work", "the military - political situation": a source's
    "адміністративно-господарська"): both words end as the language's adjectives do
    (``coordinated_adjective_endings``), both capitalised or both in lower case, and a word
    that is no function word follows."""
    left = text[cut:dash]
    match = _PAIR_AFTER.match(text, dash)
    if match is None or len(left) < 5 or not left.isalpha():
        return False
    right, noun = match.group(1), match.group(2)
    if not (left.lower().endswith(endings) and right.lower().endswith(endings)):
        return False
    if not ((left.istitle() and right.istitle()) or (left.islower() and right.islower())):
        return False
    return noun.lower() not in data.function_words and noun.lower() not in data.stop_words


def _letter_head(text: str, cut: int, dash: int) -> bool:
    """The word before a spaced dash is one capital letter after a lower-case word ("praktisch
    U – Bahn", "per E - Mail"): the head of a compound a language that spaces no such letter
    writes with a hyphen (``spaced_letter_compounds``), not "Plan B – Die" or "Vitamin C"."""
    if dash - cut != 1 or not text[cut].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, cut - 30), cut - 1) if cut > 1 else None
    return before is not None and before.group(1).islower()


def _known_letter_compound(text: str, letter: str, noun: str, known: tuple[str, ...]) -> bool:
    """A letter and a noun are a compound the language writes ("U-Bahn", "E-Mails": a known
    pair or its start, ``spaced_letter_compounds``) or the text writes them hyphenated
    elsewhere; else the letter labels an answer or a position ("lautet C – Paris", "auf A –
    Automatik"; h22de review: both were read as compounds)."""
    pair = f"{letter}-{noun}"
    return pair.lower().startswith(known) or pair in text


def _head_taken(text: str, dash: int, left_start: int, left: str, numbers: frozenset[str]) -> bool:
    """Whether a compound head after a spaced dash is a compound's, not an aside's first word.
    After a hyphen-minus (a detokeniser's "high - level", "large - scale") always; after an en
    dash, which is typeset punctuation, only after a number word ("one hundred – day plan":
    ``numbers``) or a proper noun (a capital inside the sentence: "the Berlin – based
    startup")."""
    if text[dash + 1] == "-" or left.lower() in numbers:
        return True
    head = text[max(0, left_start - 3) : left_start].rstrip()
    return left[:1].isupper() and head != "" and head[-1] not in '.!?:"“‘'


def _spaced_dashes(
    text: str, hyphens: Iterable[int] | None = None, dashes: Iterable[int] | None = None
) -> Iterator[int]:
    """Where " - " or " – " stands (the position of its first space), in text order, each
    search going on after the last one found (as ``text.find(mark, at + 3)`` does). The dash
    alone is searched for: ``str.find`` jumps to one character at memory speed, but " - " ends
    on a space, the text's commonest character, on which its skip loop stalls (0.14 -> 0.05 s
    on 50 MB; the same positions). ``hyphens``: the document's hyphens with a space beside
    (``textscan.spaced_hyphens``), read instead of searching for "-" (a third of them);
    ``dashes``: every en dash's offset (``textscan.char_positions``), read instead of a search."""
    positions = []
    for mark in ("-", "–"):
        allowed = 0  # where the next " - " may start: after the last one found
        shared = hyphens if mark == "-" else dashes
        found = shared if shared is not None else _offsets(text, mark)
        for at in found:
            if at > allowed and text[at - 1] == " " and text[at + 1 : at + 2] == " ":
                positions.append(at - 1)
                allowed = at + 2
    return iter(sorted(positions))


def _offsets(text: str, mark: str) -> Iterator[int]:
    find = text.find
    at = find(mark)
    while at != -1:
        yield at
        at = find(mark, at + 1)


def _compound_table(data: LanguageData) -> dict[str, frozenset[str]]:
    raw = table(data, "spaced_hyphen_compounds", {}) or {}
    return {head.lower(): frozenset(w.lower() for w in tails) for head, tails in raw.items()}


def _compound_kind(
    left: str, right: str, compounds: dict[str, frozenset[str]], articles: frozenset[str]
) -> str | None:
    if left.lower() in articles and right[:1].isupper() and right[1:].islower():
        return "an article of the name"
    tails = compounds.get(left.lower())
    if tails is not None and (not tails or right.lower() in tails):
        return "written with a hyphen"
    tails = compounds.get("*")
    if tails and right.lower() in tails and left.islower():
        return "written with a hyphen"
    return None
