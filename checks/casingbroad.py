"""Broad, calibrated evidence for a common word capitalised mid-sentence (MT346, MT347;
checks/rules/casing_broad.py).

The precise casing rules (MT301, MT302, MT304, MT305, MT320) fire only on strong evidence; this
module takes every capitalised word inside a sentence whose lower-case form is a frequent word
of the language (wordfreq), that the document capitalises nowhere else mid-sentence, that is no
known name (gazetteer, the cased dictionary's name list) and does not stand in a title-case run,
after a colon, a quote or a list mark, or in a headline. What is left is sorted into *shapes* by
the words around it, and each shape carries the precision measured for it on the dev sets
(``resources/casing/broad.json``: the bands, with the measurement that set them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from mtlint.checks.casingdata import UPPER_CLASS, CasingData, casing_data
from mtlint.checks.casingdict import dictionary_json, dictionary_table
from mtlint.checks.casingmid import mid_table
from mtlint.checks.casingscan import LayoutSkip, mid_capital_matches
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import chunk_text, trie_pattern, unique_chunks
from mtlint.checks.wordlists import zipf


@dataclass(frozen=True)
class BroadCapital:
    start: int
    word: str
    # The shape: "fn" (a function word) or "word", then where it stands: "l" / "c" for the
    # word before (lower case, capitalised), "l" / "c" / "m" for the word after (or a mark).
    kind: str
    confidence: float


@dataclass(frozen=True)
class BroadTable:
    code: str
    zipf_floor: float
    # shape → confidence (the measured precision of its band); shapes not listed are dropped.
    bands: dict[str, float]
    # Words after which a capital is a name or a title ("said", "company", "mr").
    before_names: frozenset[str]
    # Words before which a capital run goes on into a name or a title ("of", "for", "and").
    name_links: frozenset[str]
    possessives: frozenset[str]
    # Words the cased dictionary's table lists for house style, not as names ("government",
    # "visit" before a link): judged, in shapes of their own ("h").
    house: frozenset[str]
    # Common words that are names too ("trump", "chase"): not judged after a small word.
    name_like: frozenset[str]
    # Function words that are content words too ("stato" in Italian, "plus" in French).
    not_function: frozenset[str]
    # The function words, articles and determiners (less ``not_function``): MT347's words.
    function: frozenset[str]
    # Pronouns of one or two letters ("He", "It", "Er"): after a capital the only short function
    # words judged; others end names there ("Long An", "Binh An": Vietnamese places).
    short_pronouns: frozenset[str] = frozenset()
    # Articles that open a sentence in lower case before the capital ("invited. the Accrediting
    # letter is"): MT put an article before the source's first word and kept its capital
    # (shape "t", English).
    opening_articles: frozenset[str] = frozenset()
    # Whether any content-word shape is reported (English): else only function words are read.
    content: bool = False
    # head ("fn", "word", "house") → the word before → the words after, of the listed shapes.
    shapes: dict[str, dict[str, str]] = field(default_factory=dict)


def _raw() -> dict:
    return resource_json("casing", "broad.json")


def broad_languages(content: bool = False) -> frozenset[str]:
    """The languages with bands (``content``: with a content-word shape, MT346's)."""
    return frozenset(
        code
        for code, raw in _raw()["languages"].items()
        if not content or any(not shape.startswith("fn") for shape in raw["bands"])
    )


@lru_cache(maxsize=32)
def broad_table(code: str) -> BroadTable | None:
    raw = _raw()["languages"].get(code)
    if raw is None:
        return None
    dictionary = dictionary_table(code)
    data = casing_data(code)
    before = set(raw.get("before_names", ()))
    links = set(raw.get("name_links", ()))
    if dictionary is not None:
        before |= dictionary.before_names
        links |= dictionary.name_links
    return BroadTable(
        code=code,
        zipf_floor=float(raw.get("zipf_floor", 3.0)),
        bands=dict(raw["bands"]),
        before_names=frozenset(before),
        name_links=frozenset(links),
        possessives=frozenset(raw.get("possessives", ()))
        | (dictionary.possessives if dictionary is not None else frozenset()),
        house=_house_words(code),
        name_like=dictionary.name_like if dictionary is not None else frozenset(),
        not_function=frozenset(raw.get("not_function", ())),
        function=frozenset(
            (data.function_words | data.stop_words | data.determiners)
            - set(raw.get("not_function", ()))
        ),
        content=any(not shape.startswith("fn") for shape in raw["bands"]),
        shapes=_shape_index(raw["bands"]),
        short_pronouns=frozenset(raw.get("short_pronouns", ())),
        opening_articles=frozenset(raw.get("opening_articles", ())),
    )


def _shape_index(bands: dict[str, float]) -> dict[str, dict[str, str]]:
    index: dict[str, dict[str, str]] = {}
    for shape in bands:
        core = shape.removesuffix("e")
        head, before, after = core[:-2], core[-2], core[-1]
        befores = index.setdefault(head, {})
        befores[before] = befores.get(before, "") + after
    return index


def _house_words(code: str) -> frozenset[str]:
    data = casing_data(code)
    house = mid_table(code)
    dictionary = dictionary_table(code)
    raw_house: set[str] = set()
    if dictionary is not None:
        raw_house = set(dictionary_json(code).get("house_style", ()))
    return frozenset(
        raw_house
        | data.link_lead_words
        | data.sentence_starters
        | data.comma_openers
        | data.title_nouns
        | house.institution_words
        | house.person_titles
        | house.house_style_words
    )


_WORD = r"[^\W\d_]"


def _capital_chunk_pattern() -> re.Pattern[str]:
    # A capitalised word as a chunk of its own or before , . ; : ) in the distinct chunks.
    return re.compile(f"\\n([{UPPER_CLASS}]{_WORD}+)[,.;:)]?(?=\\n|$)")


_CHUNK = _capital_chunk_pattern()


def _candidate_words(document: Document, code: str, table: BroadTable) -> set[str]:
    names = local_names(code, include_ambiguous=True)
    dictionary = dictionary_table(code)
    listed = dictionary.maybe_names if dictionary is not None else frozenset()
    data = casing_data(code)
    function = table.function
    words = set()
    for word in set(_CHUNK.findall(chunk_text(document))):
        if not word[1:].islower() or not word[0].isupper():
            continue
        lower = word.lower()
        if lower in names or lower in data.capitalised_ok or lower in data.calendar_words:
            continue
        if lower in function:
            words.add(word)
            continue
        if len(word) < 3 or data.nouns_capitalised or not table.content:
            continue
        if (lower in listed and lower not in table.house) or zipf(lower, code) < table.zipf_floor:
            continue
        words.add(word)
    return words


# A handful: each document has its own candidates, and a compiled trie of some hundred words
# is tens of KB (the process must stay under 300 MB).
@lru_cache(maxsize=16)
def _pattern(words: frozenset[str], code: str, function: bool) -> re.Pattern[str]:
    """The candidates as the shapes with a band allow them: a function word after a word and
    before a word; a content word after a lower-case word (or a number) that is no article
    and before a lower-case word or a capitalised short word (MT kept two capitals: "a report
    on Costs The staff was"). Pruned here, the matches a rule pays for per match in Python
    fall from ~14,000 to ~2,000 per 10 MB of MT text."""
    trie = trie_pattern(words)
    if function:
        return re.compile(f" (?<=[^\\W_] )({trie})(?= [^\\W\\d_])")
    table = broad_table(code)
    articles = sorted(casing_data(code).determiners - table.possessives)
    not_after = "".join(f"(?<!\\b{re.escape(article)} )" for article in articles)
    lower = "[^\\W\\d_A-Z\\u00c0-\\u00de]"
    # An article that opens a sentence or a paragraph in lower case ("invited. the
    # Accrediting letter"): shape "t".
    openers = "".join(
        f"|(?<=\\n{word} )|(?<=[.!?] {word} )|(?<=\\A{word} )"
        for word in map(re.escape, sorted(table.opening_articles))
    )
    after = f"(?= (?:{lower}|[{UPPER_CLASS}][^\\W\\d_]{{0,7}} {lower}))"
    # The word and what follows it are tried first (a look-ahead: the trie fails at once at
    # most capitals), the look-behinds (one per article) only where a candidate stands: the
    # same matches, 0.075 -> 0.047 s at the 207,000 capitals of 50 MB.
    return re.compile(
        f" (?=(?:{trie}){after})"
        f"(?:(?<=[^\\W_A-Z\\u00c0-\\u00de] ){not_after}{openers})({trie}){after}"
    )


def _word_before(text: str, space: int) -> str:
    lo = max(0, space - 40)
    return text[max(text.rfind(" ", lo, space), text.rfind("\n", lo, space)) + 1 : space]


_TOKEN = re.compile(r"\S{0,40}")


def _word_after(text: str, end: int) -> tuple[str, str]:
    """(the next token, the mark right after the word if any)."""
    mark = text[end : end + 1]
    if mark and mark != " ":
        return "", mark
    return _TOKEN.match(text, end + 1).group(), ""


def _before_shape(
    text: str,
    space: int,
    previous: str,
    function: frozenset[str],
    determiners: frozenset[str],
    possessives: frozenset[str],
    opening: frozenset[str] = frozenset(),
) -> str:
    """How the word before stands: "c" capitalised, "l" a lower-case content word (or a
    number), "p" a possessive ("on her Tour of the mills"), "d" another article or determiner,
    "s" another small word, "t" an article opening a sentence in lower case ("invited. the
    Accrediting letter"); "" when a small word follows a capital (inside a name or a title:
    "Ministry of Health", "Oil and Gas")."""
    if previous[:1].isupper() and previous[1:].islower():
        return "c"
    if previous.isdigit():
        # "2 Start seed indoors": a numbered list's item, not a number inside a sentence.
        return "" if _opens_line(text, space - len(previous)) else "l"
    if not previous.islower():
        return ""
    if previous not in function:
        return "l"
    if previous in opening and _opens_sentence(text, space - len(previous)):
        return "t"
    earlier = _word_before(text, space - len(previous) - 1)
    if not earlier or earlier[:1].isupper() or not earlier[-1:].isalnum():
        return ""
    if previous in possessives:
        return "p"
    return "d" if previous in determiners else "s"


def _opens_line(text: str, at: int) -> bool:
    """Only spaces or a list mark ("-", "•", "*") stand between a line's start and ``at``."""
    start = text.rfind("\n", 0, at) + 1
    return not text[start:at].strip(" \t-•*")


def _opens_sentence(text: str, at: int) -> bool:
    """The word at ``at`` opens the text, a line or a sentence (after ". ", "! ", "? ")."""
    if at == 0 or text[at - 1] == "\n":
        return True
    return at >= 2 and text[at - 1] == " " and text[at - 2] in ".!?"


def _function_then_lower(text: str, end: int, following: str, function: frozenset[str]) -> bool:
    """ "a report on Costs The staff was": the next word is a capitalised function word and
    the one after it is in lower case (a second stray capital or a lost full stop after the
    word, not a name running on)."""
    if following.lower() not in function or not following[1:].islower():
        return False
    return _word_after(text, end + 1 + len(following))[0][:1].islower()


def broad_capitals(document: Document, code: str) -> Iterator[BroadCapital]:
    """The capitals MT346 and MT347 report (found once per document, shared by both)."""
    return iter(document.analysis.get(f"broad_capitals:{code}", lambda: _broad(document, code)))


def _broad(document: Document, code: str) -> list[BroadCapital]:
    table = broad_table(code)
    if table is None:
        return []
    words = _candidate_words(document, code, table)
    if not words:
        return []
    found, seen = _shaped(document, table, words)
    if not found:
        return []
    text = document.text
    chunks = unique_chunks(document)
    skip = LayoutSkip(document)
    capitals = []
    for start, word, kind in found:
        # A function word capitalised mid-sentence more than once is the text's usage; a
        # content word the text capitalises anywhere else too (a heading, a line's start:
        # "Falcon", "Rust"; every sentence may start with "The", so not for those).
        if seen[word] > 1 or (not kind.startswith("fn") and _written_twice(text, word)):
            continue
        lower = word.lower()
        shape = kind + ("e" if (lower in chunks or f"{lower}," in chunks) else "")
        confidence = table.bands.get(shape, table.bands.get(kind))
        if confidence is None or skip(start, start + len(word)):
            continue
        capitals.append(BroadCapital(start, word, shape, confidence))
    return capitals


def _written_twice(text: str, word: str) -> bool:
    """``word`` stands as a whole word at least twice in ``text`` (str.find: C speed, and it
    stops at the second use)."""
    uses = 0
    at = text.find(word)
    size = len(word)
    while at != -1:
        if not text[at - 1 : at].isalnum() and not text[at + size : at + size + 1].isalnum():
            uses += 1
            if uses > 1:
                return True
        at = text.find(word, at + size)
    return False


def _name_runs_on(text: str, end: int, following: str, table: BroadTable, data: CasingData) -> bool:
    """A small word after the capital leads on to another capital, over an article too: a name
    or a title runs on ("Ministry of Health", "Hall of Fame", "Life on Mars", "Dance of the
    Lanterns", "Dancing on the Edge"; in German any word may be a noun)."""
    if following not in table.name_links and (
        following not in table.function or data.nouns_capitalised
    ):
        return False
    after = end + 1 + len(following)
    word = _word_after(text, after)[0]
    if word in table.opening_articles:  # "of the Lanterns"
        word = _word_after(text, after + 1 + len(word))[0]
    return word[:1].isupper()


def _shaped(
    document: Document, table: BroadTable, words: set[str]
) -> tuple[list[tuple[int, str, str]], dict[str, int]]:
    """(start, word, shape) of each candidate whose shape has a band, and how often each word
    stands capitalised mid-sentence after a word."""
    text = document.text
    data = casing_data(table.code)
    function = table.function
    shapes = table.shapes
    found: list[tuple[int, str, str]] = []
    seen: dict[str, int] = {}
    fn_words = frozenset(word for word in words if word.lower() in function)
    matches = chain(
        mid_capital_matches(document, _pattern(fn_words, table.code, True)) if fn_words else (),
        mid_capital_matches(document, _pattern(frozenset(words - fn_words), table.code, False))
        if len(fn_words) < len(words)
        else (),
    )
    for match in matches:
        word = match.group(1)
        previous = _word_before(text, match.start())
        if not previous or not previous[-1].isalnum():
            continue
        seen[word] = seen.get(word, 0) + 1
        lower = word.lower()
        head = "fn" if lower in function else ("house" if lower in table.house else "word")
        if head not in shapes or previous.lower() in table.before_names:
            continue
        before = _before_shape(
            text,
            match.start(),
            previous,
            function,
            data.determiners,
            table.possessives,
            table.opening_articles,
        )
        if before not in shapes[head]:
            continue
        following, mark = _word_after(text, match.end(1))
        if mark or not following[:1].isalpha():
            after = "m"
        elif following[:1].isupper():
            after = "f" if _function_then_lower(text, match.end(1), following, function) else "c"
        else:
            after = "l"
        if after not in shapes[head][before]:
            continue
        if after == "l" and _name_runs_on(text, match.end(1), following, table, data):
            continue  # "Ministry of Health", "Hall of Fame", "Life on Mars"
        if before == "c" and after == "c" and lower in table.possessives:
            continue  # "the Save Our Parks campaign": a title-case name
        if before == "c" and len(word) < 3 and lower not in table.short_pronouns:
            continue  # "the district of Long An grew": a name's last syllable
        if before == "s" and lower in table.name_like:
            continue  # "after Trump had": a common word that is a surname too
        found.append((match.start(1), word, head + before + after))
    return found, seen
