"""Real-word slips decided by the words around them (MT970; rule in
checks/rules/word_confusions.py): a right word in the wrong place — "then" after a comparative
("higher then expected"), "form" where a motion or source needs "from" ("fled form the city"),
"loose" after "to" ("to loose weight") — each read only where its context decides it.

The confusions are data (resources/spelling/confusions.json): per language, families of
patterns in a small token language (see the file's ``_doc``), each pattern naming the typed word
in braces, the words that must stand around it and the fix, with look-alike patterns (``unless``)
that keep it quiet. A family's confidence is its measured precision (BENCHMARKS.md h20confuse).

Speed (the rule costs ~1.3 % of a 50 MB pass): a typed word is looked for only when the
document holds it (``document_words``); a pattern with literal neighbours is found as its phrase
through the word filters of a large text ("piece of mind"); a word every pattern of which needs a
word on both sides is found between two spaces ("then"); any other place of a word is read
further only when the word right before or after it can open one of its patterns."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Fix
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import find_all, find_word, looks_technical, word_gate
from mtlint.checks.wordgate import WordGate
from mtlint.checks.wordshape import document_words

_TABLE = ("spelling", "confusions.json")
# Shape tests a token may name besides the table's sets.
_SHAPES = {
    "number": lambda word: word[:1].isdigit(),
    "ing": lambda word: len(word) > 5 and word.endswith("ing"),
    "ed": lambda word: len(word) > 4 and word.endswith("ed"),
    "ly": lambda word: len(word) > 4 and word.endswith("ly"),
}
# How far around a place its context is read (characters), and how many words of its clause.
_REACH = 90
_CLAUSE_REACH = 160
_CLAUSE_WORDS = 14
_CODE_AFTER = frozenset("(`_=")
_TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*|\n|[^\w\s]")


@dataclass(frozen=True)
class _Matcher:
    """One alternative set of a token: listed words, and shape tests (``@number``)."""

    words: frozenset[str]
    shapes: tuple[str, ...]

    def __call__(self, word: str) -> bool:
        if word in self.words:
            return True
        return bool(self.shapes) and any(_SHAPES[shape](word) for shape in self.shapes)

    def __bool__(self) -> bool:
        return bool(self.words or self.shapes)


@dataclass(frozen=True)
class _Token:
    """A pattern token: ``end`` ($: no word here), or a word that ``accept`` matches and
    ``refuse`` (if any) does not."""

    accept: _Matcher | None
    refuse: _Matcher | None
    end: bool = False

    def matches(self, word: str | None) -> bool:
        if self.end:
            return word is None
        if word is None:
            return False
        if self.accept is not None and not self.accept(word):
            return False
        return self.refuse is None or not self.refuse(word)


@dataclass(frozen=True)
class _Pattern:
    family: str
    typed: str
    fix: str
    before: tuple[_Token, ...]  # nearest word first
    after: tuple[_Token, ...]
    confidence: float

    def phrase(self, form: str) -> tuple[str, int] | None:
        """The literal words right around the typed word ("piece of mind" for "{piece} of
        mind"), with the typed word's offset in it: found as one string, the pattern's places
        cost no look at each place of a common word; None when no neighbour is one word."""
        left = _literal_run(self.before)[::-1]
        right = _literal_run(self.after)
        if not left and not right:
            return None
        head = " ".join(left) + " " if left else ""
        return head + " ".join([form, *right]), len(head)


def _literal_run(tokens: tuple[_Token, ...]) -> list[str]:
    """The leading tokens that each accept one listed word and nothing else."""
    words = []
    for token in tokens:
        accept = token.accept
        if token.refuse or token.end or accept is None or accept.shapes or len(accept.words) != 1:
            break
        words.append(next(iter(accept.words)))
    return words


@dataclass(frozen=True)
class _Guard:
    """A look-alike: a pattern of the same form that keeps its family quiet where it matches."""

    typed: str
    before: tuple[_Token, ...]
    after: tuple[_Token, ...]


@dataclass(frozen=True)
class Confusion:
    """A real-word slip found: its span, what was typed, the word meant, its family."""

    start: int
    end: int
    typed: str
    repaired: str
    family: str
    confidence: float

    def fixes(self) -> tuple[Fix, ...]:
        """The one repair, never safe: the reader confirms the meaning."""
        edit = Edit(self.start, self.end, self.repaired)
        return (Fix((edit,), Applicability.UNSAFE, self.repaired),)


@dataclass(frozen=True)
class _Table:
    patterns: dict[str, tuple[_Pattern, ...]]  # typed word → its patterns
    guards: dict[str, dict[str, tuple[_Guard, ...]]]  # family → typed word → guards
    clause_not: dict[str, frozenset[str]]  # family → words that keep it quiet in the clause
    # family → words that keep it quiet in the clause when a subject pronoun follows the
    # typed word (it opens the next clause: "wait until it is cooler then we eat")
    clause_not_before_subject: dict[str, frozenset[str]]
    after_not: dict[str, frozenset[str]]  # family → words that keep it quiet later in the clause
    # typed word → the words that may stand right before it, and right after it (None: any)
    quick: dict[str, tuple[_Matcher, _Matcher] | None]


def _matcher(spec: str, sets: dict[str, frozenset[str]]) -> _Matcher:
    words: set[str] = set()
    shapes = []
    for alternative in spec.split("|"):
        if alternative.startswith("@"):
            name = alternative[1:]
            if name in _SHAPES:
                shapes.append(name)
            else:
                words |= sets[name]
        else:
            words.add(alternative)
    return _Matcher(frozenset(words), tuple(shapes))


def _token(spec: str, sets: dict[str, frozenset[str]]) -> _Token:
    if spec == "$":
        return _Token(None, None, end=True)
    if spec == "*":
        return _Token(None, None)
    if spec.startswith("!"):
        return _Token(None, _matcher(spec[1:], sets))
    accept, _, refuse = spec.partition("!")
    return _Token(_matcher(accept, sets), _matcher(refuse, sets) if refuse else None)


def _parse(pattern: str, sets: dict[str, frozenset[str]]) -> tuple[str, tuple, tuple]:
    """(typed word, tokens before it nearest first, tokens after it) of a pattern string."""
    specs = pattern.split()
    at = next(i for i, spec in enumerate(specs) if spec.startswith("{"))
    typed = specs[at].strip("{}")
    before = tuple(_token(spec, sets) for spec in reversed(specs[:at]))
    after = tuple(_token(spec, sets) for spec in specs[at + 1 :])
    return typed, before, after


@cache
def confusion_table(language: str) -> _Table | None:
    """The language's families of resources/spelling/confusions.json, parsed (None: off)."""
    entry = resource_json(*_TABLE)["languages"].get(language)
    if entry is None:
        return None
    sets = {name: frozenset(words) for name, words in entry["sets"].items()}
    patterns: dict[str, list[_Pattern]] = {}
    guards: dict[str, dict[str, tuple[_Guard, ...]]] = {}
    clause_not = {}
    before_subject = {}
    after_not = {}
    for family, spec in entry["families"].items():
        for item in spec["patterns"]:
            typed, before, after = _parse(item["pattern"], sets)
            confidence = item.get("confidence", spec["confidence"])
            patterns.setdefault(typed, []).append(
                _Pattern(family, typed, item["fix"], before, after, confidence)
            )
        by_word: dict[str, list[_Guard]] = {}
        for pattern in spec.get("unless", ()):
            typed, before, after = _parse(pattern, sets)
            by_word.setdefault(typed, []).append(_Guard(typed, before, after))
        guards[family] = {word: tuple(found) for word, found in by_word.items()}
        clause_not[family] = frozenset(spec.get("clause_not", ()))
        before_subject[family] = frozenset(spec.get("clause_not_before_subject", ()))
        after_not[family] = frozenset(spec.get("after_not", ()))
    return _Table(
        {word: tuple(found) for word, found in patterns.items()},
        guards,
        clause_not,
        before_subject,
        after_not,
        {word: _quick_words(found) for word, found in patterns.items()},
    )


def _quick_words(patterns: list[_Pattern]) -> tuple[_Matcher, _Matcher] | None:
    """What must stand right before the typed word, or right after it, for one of its
    patterns to hold (a quick test before a place's context is read): each pattern gives its
    nearest token before, or else after; None when a pattern has neither (every place is
    read)."""
    parts: tuple[tuple[set[str], set[str]], ...] = ((set(), set()), (set(), set()))
    for pattern in patterns:
        for tokens, (words, shapes) in zip((pattern.before, pattern.after), parts, strict=True):
            token = tokens[0] if tokens else None
            if token is not None and token.accept is not None:
                words |= token.accept.words
                shapes.update(token.accept.shapes)
                break
        else:
            return None
    (before, before_shapes), (after, after_shapes) = parts
    return (
        _Matcher(frozenset(before), tuple(sorted(before_shapes))),
        _Matcher(frozenset(after), tuple(sorted(after_shapes))),
    )


def _words_before(text: str, start: int, limit: int, reach: int = _REACH) -> list[str]:
    """The words before ``start`` back to the nearest mark or blank line, nearest first
    (lower case, typographic apostrophes straight), at most ``limit``."""
    low = max(0, start - reach)
    tokens = _TOKEN.findall(text, low, start)
    if low and tokens and text[low - 1 : low].isalnum():
        tokens = tokens[1:]  # a word the window cut
    return _context_words(tokens[::-1], limit)


def _words_after(text: str, end: int, limit: int) -> list[str]:
    return _context_words(_TOKEN.findall(text, end, min(len(text), end + _REACH)), limit)


def _context_words(tokens: list[str], limit: int) -> list[str]:
    """The words of ``tokens`` (in reading order away from the place) up to the first mark or
    blank line: a single line break inside a paragraph reads as a space (hard-wrapped text:
    "they would / rather then stay" keeps its "would")."""
    found: list[str] = []
    for i, token in enumerate(tokens):
        if len(found) >= limit:
            break
        if token == "\n":
            if tokens[i + 1 : i + 2] == ["\n"] or (i and tokens[i - 1] == "\n"):
                break  # a blank line ends the paragraph
            continue
        if not (token[0].isalnum() or token[0] in "_'’"):
            break
        found.append(token.casefold().replace("’", "'"))
    return found


def _fits(tokens: tuple[_Token, ...], words: list[str]) -> bool:
    for i, token in enumerate(tokens):
        if not token.matches(words[i] if i < len(words) else None):
            return False
    return True


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` (one space apart), lower case; "" if none."""
    if start < 2 or text[start - 1] != " ":
        return ""
    parts = text[max(0, start - 24) : start - 1].rsplit(None, 1)
    return parts[-1].casefold().replace("’", "'").lstrip(_LEADING) if parts else ""


def _word_after(text: str, end: int) -> str:
    """The word right after ``end`` (one space apart), lower case, its trailing marks off."""
    if text[end : end + 1] != " ":
        return ""
    parts = text[end + 1 : end + 24].split(None, 1)
    return parts[0].casefold().replace("’", "'").rstrip(_TRAILING) if parts else ""


_TRAILING = ".,;:!?)]}\"'”’"
_LEADING = "([{\"'“‘«"


def find_confusions(document: Document, language: str) -> list[Confusion]:
    """Every place where a typed word of the language's table stands in one of its patterns'
    contexts and in none of its family's look-alikes."""
    table = confusion_table(language)
    if table is None:
        return []
    present = document_words(document)
    text = document.text
    found: dict[int, Confusion] = {}
    for typed, patterns in table.patterns.items():
        forms = [typed]
        if not all(pattern.before for pattern in patterns):
            forms.append(typed[:1].upper() + typed[1:])  # a capital opens a sentence only
        for form in forms:
            if form not in present:
                continue
            for start, end in _places(document, form, patterns, table.quick[typed]):
                hit = _read_place(text, start, end, form, patterns, table)
                if hit is not None and start not in found:
                    found[start] = hit
    return [found[start] for start in sorted(found)]


def _places(
    document: Document,
    form: str,
    patterns: tuple[_Pattern, ...],
    quick: tuple[_Matcher, _Matcher] | None,
) -> Iterator[tuple[int, int]]:
    """The places of ``form`` that may hold one of its patterns. Each pattern with literal
    neighbours ("{piece} of mind") is found as its phrase; a word whose every pattern needs a
    word on both sides is found between two spaces ("then", the commonest word asked: no
    per-place word-edge test); else every place of the word that passes the quick test (a
    word that may open a pattern right before it, or right after it)."""
    text = document.text
    gate = word_gate(document)
    phrases = [pattern.phrase(form) for pattern in patterns]
    if all(phrases):
        yield from _phrase_places(text, {p for p in phrases if p}, len(form), gate)
        return
    if quick is not None and not quick[1] and all(_word_both_sides(p) for p in patterns):
        before = quick[0]
        size = len(form)
        for at in find_all(text, f" {form} ", gate, 1):
            if before(_word_before(text, at + 1)):
                yield at + 1, at + 1 + size
        return
    for start, end in find_word(text, form, gate):
        if (
            quick is None
            or quick[0](_word_before(text, start))
            or (quick[1] and quick[1](_word_after(text, end)))
        ):
            yield start, end


def _phrase_places(
    text: str, phrases: set[tuple[str, int]], size: int, gate: WordGate | None
) -> Iterator[tuple[int, int]]:
    """The typed word's places inside each phrase standing whole (by ``find_all`` through the
    word filters, on the typed word)."""
    seen = set()
    for phrase, offset in sorted(phrases):
        for at in find_all(text, phrase, gate, offset):
            edge = text[at - 1 : at] if at else ""
            after = text[at + len(phrase) : at + len(phrase) + 1]
            if (edge and (edge.isalnum() or edge in _NOT_BEFORE)) or (
                after and (after.isalnum() or after in "_@/-")
            ):
                continue
            start = at + offset
            if start not in seen:
                seen.add(start)
                yield start, start + size


_NOT_BEFORE = frozenset("_@/-'’#.")


def _word_both_sides(pattern: _Pattern) -> bool:
    return any(not token.end for token in pattern.before[:1]) and any(
        not token.end for token in pattern.after[:1]
    )


def _read_place(
    text: str, start: int, end: int, form: str, patterns: tuple[_Pattern, ...], table: _Table
) -> Confusion | None:
    if text[end : end + 1] in _CODE_AFTER or text[start - 1 : start] == "`":
        return None  # a name in code ("advise()", "`then`")
    before = _words_before(text, start, 4)
    if before and form[:1].isupper():
        return None  # a capital only opens a sentence: after a word it is a name ("by Than")
    after = _words_after(text, end, 4)
    for pattern in patterns:
        if not (_fits(pattern.before, before) and _fits(pattern.after, after)):
            continue
        guards = table.guards.get(pattern.family, {}).get(pattern.typed, ())
        if any(_fits(g.before, before) and _fits(g.after, after) for g in guards):
            return None
        if _clause_quiet(text, start, end, pattern.family, after, table):
            return None
        if looks_technical(text, start, end):
            return None
        return Confusion(
            start, end, form, _cased_like(form, pattern.fix), pattern.family, pattern.confidence
        )
    return None


def _clause_quiet(
    text: str, start: int, end: int, family: str, after: list[str], table: _Table
) -> bool:
    """Whether a word of the clause keeps the family quiet: a condition's "if" before it, an
    "until" before it where a subject pronoun follows (the typed word opens the next clause),
    a "than" later ("more famous then in Europe than at home": the "then" is time)."""
    stops = table.clause_not.get(family) or frozenset()
    if after and after[0] in _SUBJECTS:
        stops = stops | table.clause_not_before_subject.get(family, frozenset())
    if stops and stops.intersection(_words_before(text, start, _CLAUSE_WORDS, _CLAUSE_REACH)):
        return True
    later = table.after_not.get(family)
    return bool(later) and bool(later.intersection(_words_after(text, end, _CLAUSE_WORDS)))


_SUBJECTS = frozenset(("i", "you", "he", "she", "it", "we", "they"))


def _cased_like(typed: str, right: str) -> str:
    if typed[:1].isupper():
        return right[:1].upper() + right[1:]
    return right
