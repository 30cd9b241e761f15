"""Spacing: two common words glued at a capital, the first in lower case ("electronicVersion",
"printedEdition"): MT116. MT102 takes a function word glued to a capital ("peloConselho"),
MT113 two capitalised words; this is the content-word camel glue a link or a bold run leaves
where its markup ended inside a sentence.

The document's distinct chunks are screened at C speed (a lower-case run, one capital, a
lower-case run), each candidate chunk judged once per process, and the text scanned only for
the few that are glued words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks import glue_camel, glue_evidence
from mtlint.checks.casingdata import casing_data
from mtlint.checks.documents.base import Document
from mtlint.checks.glue_boundary import mixed_case
from mtlint.checks.glue_camelwords import CAMEL, CamelGlue, camel_glue, identifier_or_brand
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.pagefurniture import joined_items
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    base_language,
    chunk_tables,
    find_words,
    language_data,
    looks_technical,
    unique_chunks,
)
from mtlint.checks.typography import table, word_set
from mtlint.checks.wordlists import frequency_dict, proper_nouns, zipf
from mtlint.checks.wordshape import document_words

_STRIP = "\"'“”‘’()[]{}<>,.;:!?…*"
# A lower-case word of four letters or more, one capital, three lower-case letters or more.
_CAMEL = re.compile(r"[^\W\d_A-ZÀ-ÞА-ЯЁ]{4,}[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_A-ZÀ-ÞА-ЯЁ]{3,}")
# A text with this many distinct camel-case chunks is code or a product page: identifiers
# ("userName", "fontSize") are written so on purpose.
_IDENTIFIER_TEXT = 3


def _a_word(token: str, language: str, bar: float) -> bool:
    """The glued whole is a word of the language or of English (MT116 and MT117 leave it)."""
    lowered = token.lower()
    return zipf(lowered, language) >= bar or zipf(lowered, "en") >= bar


@register
class CamelGluedWords(Rule):
    code = "MT116"
    name = "camel-glued-words"
    summary = "Words glued at a capital ('the electronicVersion of the report', 'HomeNewsTunisia')."
    doc = """
    What it finds: a token whose letters change from lower to upper case inside, cut there into
    two or three parts that are each a word (zipf ≥ 3 in the language or in English, or a word
    the document writes on its own), or a given name fused to a surname of the patronymic shape
    ("ArhimedMukhambetov"), or a name and words glued into an institution's name whose last part
    is an institution's head noun ("QiluNormalUniversity"; three parts, institution_heads in
    resources/casing; bare after a preposition too), the whole no word of the language nor of
    English, standing once in running text: "by mail or electronicVersion", "the King's
    BirthdayPreparations are underway", "HomeNewsTunisia, Algeria discuss"; in the languages
    whose camel case MT102 judges (case_glue_titles false: English). Elsewhere MT113 reads every
    boundary of a small letter and a capital, this one too.
    Why it matters: where a link, a bold run, a breadcrumb or a heading's markup ended inside a
    sentence the space after it is lost, and the capital the markup's text had is kept; spell
    checkers split camel case into its words and pass it.
    Fix safety: a space at each capital; after a lower-case word the capital is lowered (kept
    where the language capitalises nouns); unsafe.
    Known false positives: code identifiers in prose ("the userName field") — a text with
    three or more distinct camel-case chunks, a token written more than once, in backticks, or
    in a URL, path, handle or file name is left alone, and so is a lower-camel token beside a
    code word (``code_words`` in ``name_context.json``: "the siteName setting", "Use
    textAlign") or on a line with another lower-camel token; still taken: an identifier with
    no such word near ("raise the connectTimeout if needed"). Brands of common words that
    wordfreq does not know ("NewsNow"), written once, unless a brand noun stands right
    before or after (``brand_nouns``: "the firm BlueApron", "AutoScout shares"); a part of
    three letters or fewer ("iPhone", "eBay", "McDonald", "LeBron", "MacroBot", "DataHub") is
    a brand or a name and never read. Two page items the page's flattening ran together (a short
    item line beside a furniture line, or whose tail is the next line: "Top PageSite Use" over
    "Site Use"; checks/pagefurniture.py joined_items) are page layout and left alone.
    """
    examples = (
        Example(
            "Send the form by mail or electronicVersion to the office.",
            "Send the form by mail or electronic version to the office.",
        ),
        Example(
            "The printedVersion of the annual report is sold out.",
            "The printed version of the annual report is sold out.",
        ),
        Example(
            "The town marks the Queen's BirthdayCelebrations begin on Friday.",
            "The town marks the Queen's Birthday Celebrations begin on Friday.",
        ),
        Example(
            "In the village, IvanPetrenko showed the new school.",
            "In the village, Ivan Petrenko showed the new school.",
        ),
        Example(
            "A post by the ForeignMinistry of Peru.", "A post by the Foreign Ministry of Peru."
        ),
        Example(
            "The office at KunmingNormalUniversity will coordinate.",
            "The office at Kunming Normal University will coordinate.",
        ),
        good("She bought an iPhone on eBay and read the JavaScript docs in PowerPoint."),
        good("Set userName, passWord and fontSize in the config; userName is required."),
        good("Open config/printedVersion.json or visit example.com/electronicVersion."),
        good("Call `getValue` or `setValue` to read the field."),
        good("He met McDonald and LeBron, then DeepMind staff on YouTube."),
        good("The first two robots are MacroBot and DataHub."),
        good("Set the cornerRadius property; traders sold CloudHarbor shares."),
        good("The AlphaServer line ran VMS; each AlphaServer had two processors."),
        good("Our old build on AlphaServer, the notes say, needs a stricter compiler flag."),
        # Two page items the page's flattening ran together: its layout, not a translation.
        good("Home PageOpening Hours\nOpening Hours\nThe library opens at nine every day."),
        good("back to top\n  • Author's photoJane Moss\nThe fair opens in the square tonight."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        data = language_data(document)
        # Where MT113 reads every case boundary (case_glue_titles), this glue is its own.
        if table(data, "case_glue_titles", True) or not frequency_dict(language):
            return
        chunks = unique_chunks(document)
        camel = list(filter(CAMEL.search, mixed_case(chunks)))
        if not camel:
            return
        code_text = sum(1 for _ in filter(_CAMEL.search, camel)) >= _IDENTIFIER_TEXT
        words = document_words(document)
        found: dict[str, CamelGlue] = {}
        for chunk in camel:
            token = chunk.strip(_STRIP)
            glue = camel_glue(token, language, words)
            if glue is None or (code_text and glue.kind != "name"):
                continue
            if not _others_glue(glue.parts, data, language):
                found[token] = glue
        if not found:
            return
        text = document.text
        nouns = casing_data(language).nouns_capitalised
        alone = glue_evidence.standing_alone(chunks)
        for token, spans in sorted(find_words(text, found).items()):
            if len(spans) != 1:  # written so twice: on purpose
                continue
            start, end = spans[0]
            if looks_technical(text, start, end) or (end < len(text) and text[end] in "(_=`"):
                continue
            if start and text[start - 1] in "`_.@#/":
                continue
            if _names_glue(text, (start, end), found[token], data, alone):
                continue
            if joined_items(text, start, start + len(found[token].parts[0])):
                continue  # two page items run together: page layout (h27prec)
            if identifier_or_brand(text, start, end, found[token], language):
                continue
            yield self._finding(start, found[token], nouns)

    def _finding(self, start: int, glue: CamelGlue, nouns: bool) -> Finding:
        edits, shown, cut = [], [glue.parts[0]], start
        for before, part in zip(glue.parts, glue.parts[1:], strict=False):
            cut += len(before)
            lowered = before.islower() and not nouns
            second = part[0].lower() if lowered else part[0]
            edits.append(Edit(cut, cut + 1, " " + second))
            shown.append(second + part[1:])
        token, spaced = "".join(glue.parts), " ".join(shown)
        what = "two parts of a name glued" if glue.kind == "name" else "words glued"
        fix = Fix(tuple(edits), Applicability.UNSAFE, f"'{token}' → '{spaced}'")
        return self.finding(
            start,
            start + len(token),
            f"'{token}' looks like {what} at a capital: '{spaced}'",
            fixes=[fix],
            confidence=0.6 if glue.parts[0].islower() else 0.5,
        )


# MT102 takes a capitalised function word after a word less known than this ("RuizWho").
_FUNCTION_TAIL_HEAD_ZIPF = 4.5


def _others_glue(parts: tuple[str, ...], data: LanguageData, language: str) -> bool:
    """Whether another rule reads these parts: a function word first (MT102: "theKremlin"), a
    sentence opener after one word (MT117: "winterIn"), a function word after a less known
    capitalised word (MT102: "RuizWho")."""
    function_words = data.function_words
    if parts[0].lower() in function_words:
        return True
    tail = parts[-1].lower()
    if len(parts) == 2 and tail in data.sentence_starters:
        return True
    return tail in function_words and zipf(parts[0], language) < _FUNCTION_TAIL_HEAD_ZIPF


def _names_glue(
    text: str,
    span: tuple[int, int],
    glue: CamelGlue,
    data: LanguageData,
    alone: frozenset[str],
) -> bool:
    """Whether MT102 reads the token (a place, a title or a name glued to a name), or it is a
    product's name: two capitalised words bare after a preposition ("on AlphaServer", not "the
    Foreign Ministry"), unless the first is a known place or name ("in IraqInformation")."""
    token = "".join(glue.parts)
    split = glue_camel.name_split(token, data, data.code)
    if split and glue_camel.in_context(text, span, split[1:3], split[4], alone, data):
        return True
    head = glue.parts[0]
    return (
        head[0].isupper()
        and glue.kind == "words"
        and head.lower() not in proper_nouns(data)
        and glue_camel.bare_after_preposition(text, span[0], data)
    )


# A word, then a capitalised word that opens sentences ("BirthdayOn", "vorIn", "reportThe").
_OPENER = re.compile(r"[^\W\d_]{3,}[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_A-ZÀ-ÞА-ЯЁ]{1,}")
_OPENER_PARTS = re.compile(r"([^\W\d_]{3,}?)([A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+)")
# A slug's or a caption's parts ("road-construction-kabulThe"): only the last one is read.
_SEGMENT_BREAK = re.compile(r"[-/.–—_]")
# Capitals glued to an article that opens the sentence after them ("PIRLOThe"): the article is
# one of the language's capitals_opener_tails (resources/typography) that opens sentences.
_CAPITALS_OPENER = re.compile(r"([A-ZÀ-ÖØ-Þ]{3,})([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,3})")
# The first part this well known; the whole rarer than this (web compounds that are words:
# "LinkedIn" 3.6, "login", "signin" 1.6, "optin" 1.3).
_HEAD_ZIPF = 3.0
_OPENER_WHOLE_ZIPF = 1.0
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")
# A short function word ("If", "As", "For") is no listed sentence opener, but a lower-case word
# glued to it capitalised is the same lost break when the document itself opens a sentence
# with it elsewhere ("girlfriendIf you marry" beside "… . If she agrees").
_SHORT_TAIL = 3
# A sentence's opening word (capital, then lower case): at the text's start, after a line break
# and any spaces, or after a stop (and a closing mark) and spaces.
_OPENING_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_A-ZÀ-ÞА-ЯЁ]{0,2}")
_STOPS = frozenset(".!?:")
_CLOSERS = frozenset('"”’)')


_OPENER_CONFIDENCE = 0.6
# A short tail the language opens sentences with after a comma (casing ``comma_openers``:
# "If", "As") that the document never shows opening one: doubtful.
_LISTED_TAIL_CONFIDENCE = 0.45


def _short_tails(
    found: set[tuple[str, str, str]],
    openers: frozenset[str],
    short: frozenset[str],
    text: str,
    language: str,
) -> dict[tuple[str, str, str], float]:
    """The splits kept, with their confidence: a listed opener as before; a short function
    word after a lower-case word where the document opens a sentence with it elsewhere, or in
    the doubtful tier where the language lists it among the words that open a clause."""
    asked = {
        split[2].lower() for split in found if split[1].islower() and split[2].lower() in short
    }
    opening = _opening_words(text, asked - openers)
    listed = casing_data(language).comma_openers
    kept: dict[tuple[str, str, str], float] = {}
    for split in found:
        tail = split[2].lower()
        short_after_lower = split[1].islower() and tail in short
        if tail in openers or (short_after_lower and tail in opening):
            kept[split] = _OPENER_CONFIDENCE
        elif short_after_lower and tail in listed:
            kept[split] = _LISTED_TAIL_CONFIDENCE
    return kept


def _opening_words(text: str, words: set[str]) -> set[str]:
    """Those of ``words`` (lower case) the text opens a sentence with, capitalised: each word's
    capitalised form is searched alone, and the characters before a use tell whether it opens
    a sentence (the first use that does settles it: no scan of the text for every opening)."""
    opening = set()
    for word in words:
        form = word[:1].upper() + word[1:]
        if not _OPENING_WORD.fullmatch(form):
            continue
        for match in re.finditer(re.escape(form) + r"\b", text):
            if _opens_sentence(text, match.start()):
                opening.add(word)
                break
    return opening


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens a sentence: the text's start, a line break then any
    spaces or tabs, or a stop, an optional closing mark, then one or more spaces or tabs."""
    if start == 0:
        return True
    before = start
    while before and text[before - 1] in " \t":
        before -= 1
    if before and text[before - 1] == "\n":
        return True
    if before in (0, start):
        return False
    if text[before - 1] in _CLOSERS and before > 1:
        before -= 1
    return text[before - 1] in _STOPS


def _opener_split(
    token: str, language: str, openers: frozenset[str], data: LanguageData
) -> tuple[str, str] | None:
    """(word, opener) when the token is a known word glued to a capitalised sentence opener of
    the language (a function word that starts sentences: "In", "On", "The", "Der", "Il"),
    the whole no word; None otherwise. A function word before a longer opener is MT102's."""
    capitals = _CAPITALS_OPENER.fullmatch(token)
    if capitals and capitals.group(2).lower() in word_set(data, "capitals_opener_tails") & openers:
        # "PIRLOThe Azzurri coach": a name in capitals (a caption's) glued to an article; the
        # name need not be a known word.
        return capitals.group(1), capitals.group(2)
    match = _OPENER_PARTS.fullmatch(token)
    if not match:
        return None
    head, tail = match.groups()
    if not head[1:].islower() or not tail[1:].islower() or tail.lower() not in openers:
        return None
    if head.lower() in data.function_words and len(tail) > 2:
        return None
    if zipf(head, language) < _HEAD_ZIPF:
        return None
    if _a_word(token, language, _OPENER_WHOLE_ZIPF):
        return None
    return head, tail


@register
class OpenerGlued(Rule):
    code = "MT117"
    name = "opener-glued"
    summary = "A word glued to the capitalised word that opens the next sentence ('winterIn many')."
    doc = """
    What it finds: a known word glued to a capitalised function word that opens sentences in
    the language (its sentence_starters: "In", "On", "The"; German "In", "Der"; Italian "Il"),
    the whole no word of the language nor of English, a word after it: "prepare for the
    winterIn many homes", "the King's BirthdayOn 27 November"; also the last part of a slug
    or a caption glued to the sentence after it ("road-construction-kabulThe governor"), and a
    name in capitals glued to "The", "This", "These" or "That" ("PRANDELLI-BUFFON-PIRLOThe
    Azzurri coach", the name need not be a known word; h25recall). A lower-case word glued
    to a short function word of the language that no table lists as an opener ("If", "As")
    is the same lost break where the document opens a sentence with that word elsewhere
    (0.6), and in the doubtful tier (0.45) where only the language's comma openers list it
    ("girlfriendIf you marry"; h30glue).
    Why it matters: a heading, a caption or a paragraph lost its line break (and often its
    full stop) in extraction or translation, and ran into the next sentence; the reader meets
    one long word, and the sentence break is lost with it.
    Fix safety: a space is inserted; a full stop as an alternative where the first part is
    lower case (a sentence ended there); unsafe.
    Known false positives: camel-case identifiers and brands ending in such a word
    ("fadeIn", in a text with fewer than three camel-case chunks, written once); those the
    web writes as words ("LinkedIn", "login", "signIn") are known and stay quiet. A short
    tail in the doubtful tier beside a code word or another lower-camel token on its line
    ("groupBy … sortBy", "the saveAs setting") is code and left alone.
    """
    examples = (
        Example(
            "Families prepare for the winterIn many homes the heating is off.",
            "Families prepare for the winter In many homes the heating is off.",
        ),
        Example(
            "Die Familien bereiten sich auf den Winter vorIn vielen Häusern fehlt Strom.",
            "Die Familien bereiten sich auf den Winter vor In vielen Häusern fehlt Strom.",
            "de",
        ),
        good("Follow us on LinkedIn and login; the plugin and checkIn pages are new."),
        # A short opener the document shows opening a sentence (h30glue).
        Example(
            "Ask your neighbourIf the road is open. If not, wait.",
            "Ask your neighbour If the road is open. If not, wait.",
        ),
        good("Sort the rows with groupBy and sortBy; the saveAs setting keeps a copy."),
        # A caption's or a slug's last part, a name in capitals (h25recall).
        Example(
            "new-bridge-riverThe mayor opened the bridge on Monday.",
            "new-bridge-river The mayor opened the bridge on Monday.",
        ),
        Example(
            "Photo: ROSSI-BIANCHIThe two ministers met in Rome.",
            "Photo: ROSSI-BIANCHI The two ministers met in Rome.",
        ),
        good("The NASA-JPL team and the ABC-TV crew met the WHO-led panel."),
        good("He met McDonald and LeBron, then DeepMind staff."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        language = base_language(document)
        data = language_data(document)
        openers = data.sentence_starters
        if not openers or not frequency_dict(language):
            return
        # Short function words the document may show opening its sentences: judged below.
        short = frozenset(w for w in data.function_words if len(w) <= _SHORT_TAIL) - openers
        chunks = unique_chunks(document)
        fresh, (split_of,), seen = chunk_tables(("opener-glue", language), chunks, 1)
        if fresh:
            for chunk in filter(_OPENER.search, fresh):
                # "road-construction-kabulThe", "PRANDELLI-BUFFON-PIRLOThe": a caption's or a
                # slug's last part glued to the sentence after it (h25recall).
                stripped = chunk.strip(_STRIP)
                token = _SEGMENT_BREAK.split(stripped)[-1]
                split = _opener_split(token, language, openers | short, data)
                if split:
                    split_of[chunk] = (stripped[: len(stripped) - len(token)], *split)
            seen.update(fresh)
        found = {split_of[chunk] for chunk in filter(split_of.__contains__, chunks)}
        if not found or sum(1 for _ in filter(_CAMEL.search, chunks)) >= _IDENTIFIER_TEXT:
            return
        text = document.text
        confidence = dict.fromkeys(found, _OPENER_CONFIDENCE)
        if any(tail.lower() in short for _, _, tail in found):
            confidence = _short_tails(found, openers, short, text, language)
            found = set(confidence)
        located = find_words(text, [lead + head + tail for lead, head, tail in found])
        for lead, head, tail in sorted(found):
            spans = located.get(lead + head + tail, [])
            if len(spans) != 1:
                continue
            start, end = spans[0]
            start += len(lead)
            if looks_technical(text, start, end) or not _WORD_AFTER.match(text, end):
                continue
            weak = confidence[lead, head, tail] < _OPENER_CONFIDENCE
            if weak and identifier_or_brand(
                text, start, end, CamelGlue((head, tail), ""), language
            ):
                continue  # "groupBy and sortBy", "the saveAs setting": code, not a lost break
            cut = start + len(head)
            fixes = [Fix((Edit(cut, cut, " "),), Applicability.UNSAFE, f"'{head} {tail}'")]
            if head[0].islower():
                fixes.append(
                    Fix((Edit(cut, cut, ". "),), Applicability.UNSAFE, f"'{head}. {tail}'")
                )
            yield self.finding(
                start,
                end,
                f"'{head}{tail}' looks like '{head}' glued to '{tail}', which opens a sentence",
                fixes=fixes,
                confidence=confidence[lead, head, tail],
            )
