"""Consistency across bilingual units: one source translated several ways (MT901), one translation
given to several sources (MT902), within one file or across a whole batch.

Per file, the MT901/MT902 rules (checks/rules/consistency.py) compare the document's own units in
memory. Across a batch (checks/consistency_project.py), each worker sends its file's units
(``UnitRecord``: path-local unit id, line, offsets, source, target) with the file's report;
``project_pass`` streams them into an SQLite index on disk, spools the reports to a temporary
file, and after the last file reads the index back one group of equal keys at a time. So memory
stays bounded by the largest group, not the project, and the same reduce serves the process pool
and Dask (both hand it the same stream).

Segments are compared by a normalised key: numbers become ``0``, inline tags, placeholders and
``{0}``/``%s`` variables become ``<>``, menu accelerators (``&File``, ``_Open``) lose their marker,
runs of whitespace are collapsed; ``Config.consistency_ignore`` adds ``case``, ``punctuation`` and
(by default) ``whitespace`` (all of it, not only runs).
"""

from __future__ import annotations

import bisect
import functools
import html
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity, Span
from mtlint.checks.wordshape import edit_distance

if TYPE_CHECKING:
    from mtlint.checks.documents.base import Document

SOURCE_CODE = "MT901"
TARGET_CODE = "MT902"
CODES = (SOURCE_CODE, TARGET_CODE)
IGNORE_OPTIONS = ("case", "whitespace", "punctuation")
# Occurrences listed in one finding's data (the count is always exact).
MAX_LISTED = 200

_TAG = re.compile(
    r"<[^<>]{1,200}>|\{\{?[\w.\-:]*\}?\}|%(?:\([\w.\-]+\))?[-+ #0'I]*\d*(?:\.\d+)?[sdifgxXucr%@]"
    r"|\$\{?\w+\}?|&(?:[a-zA-Z]+|#\d+);"
)
# Menu accelerators: a marker before a letter, inside a word too ("Ge_avanceerd", "E&xit"),
# and the CJK convention of the Latin key in brackets after the label ("コピー(_C)", "打开(&O)").
_ACCELERATOR = re.compile(r"[&_~](?=\w)")
_CJK_ACCELERATOR = re.compile(r"\s*[(（][&_~][A-Za-z0-9][)）]")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_SPACE = re.compile(r"\s+")


def _reduce_by_fields(self: object) -> tuple[type, tuple[object, ...]]:
    # As checks/model.py does: a constructor call pickles far faster than the dataclass default.
    return type(self), tuple([getattr(self, name) for name in self.__match_args__])  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class UnitRecord:
    """One bilingual unit as the consistency reduce needs it (plain data, cheap to pickle)."""

    unit_id: str
    line: int
    column: int
    start: int  # offsets of the target in the document's text
    end: int
    file_start: int  # … and in the file
    file_end: int
    source: str
    target: str
    # Plural forms after the first (PO msgstr[1..]) compare only with the same form elsewhere.
    form: int = 0
    # The target locale the file declares (es_AR, zh_Hant): files of different locales never
    # compare (one string object per file, so pickling repeats it once).
    locale: str = ""
    # What the file says tells two equal sources apart (a PO msgctxt, a Qt disambiguation):
    # "Paste" in a shortcuts dialog may be a noun where the menu's is a verb.
    context: str = ""
    # A keyed catalogue's unit (Android, .strings, JSON, YAML): its key names the place it is
    # shown, so a one-word source under two keys may be two senses (``senses_of_one_word``).
    keyed: bool = False
    # A PO or Qt unit: gettext merges equal msgids, so two entries of one catalogue are two
    # strings of the program, each shown in its own place, like two keys (h31files).
    program_string: bool = False

    __reduce__ = _reduce_by_fields


# The formats whose units are named by a key (checks/documents/_keyed.py).
KEYED_FORMATS = frozenset(
    {"android", "strings", "stringsdict", "xcstrings", "json", "yaml", "resx"}
)


@dataclass(frozen=True, slots=True)
class Occurrence:
    path: str
    unit: UnitRecord


def normalise(text: str, ignore: Iterable[str] = ("whitespace",), *, numbers: bool = True) -> str:
    """The key two segments must share to count as "the same" (see the module docstring);
    ``numbers=False`` keeps the digits ("2 進数" and "8 進数" are different translations)."""
    ignore = set(ignore)
    # XML sources keep "&lt;" escaped (checks/documents/_bilingual.py); PO sources do not.
    key = unicodedata.normalize("NFC", html.unescape(text) if "&" in text else text)
    key = _TAG.sub("<>", key)
    key = _ACCELERATOR.sub("", _CJK_ACCELERATOR.sub("", key))
    if numbers:
        key = _NUMBER.sub("0", key)
    if "punctuation" in ignore:
        key = "".join(
            ch for ch in key if ch in "<>" or not unicodedata.category(ch).startswith(("P", "S"))
        )
    key = _SPACE.sub("" if "whitespace" in ignore else " ", key).strip()
    if "case" in ignore:
        key = key.casefold()
    return key


# --- units from a document ----------------------------------------------------------------------

_ID_PATTERNS = {
    "xliff": re.compile(r"<(?:trans-unit|unit)\b[^>]*?\bid\s*=\s*[\"']([^\"']*)[\"']"),
    "tmx": re.compile(r"<tu\b[^>]*?\btuid\s*=\s*[\"']([^\"']*)[\"']"),
    "po": re.compile(r'^(?:msgctxt[ \t]+"((?:[^"\\\n]|\\.)*)"[ \t]*\r?\n)?msgid[ \t]', re.M),
    # Qt .ts: a message, named by its line (its numerus forms share it).
    "ts": re.compile(r"<message\b()"),
}


# A "#, fuzzy" flag line: it belongs to the entry whose msgid (msgctxt) follows it.
_FUZZY = re.compile(r"^#,[^\n]*\bfuzzy\b", re.M)


def _fuzzy_between(flags: list[int], previous: int, anchor: int) -> bool:
    index = bisect.bisect_left(flags, anchor) - 1
    return index >= 0 and flags[index] > previous


def unit_records(document: Document) -> tuple[UnitRecord, ...]:
    """The document's units with an id each: the XLIFF unit id, the TMX ``tuid``, the PO entry
    (its ``msgctxt`` and the line of its ``msgid``), else the line in the file. Computed once
    per document (MT901, MT902 and the batch's unit list share it) and kept in its analysis,
    not in a cache keyed on the Document: such a cache held the last two documents alive, text
    and analyses, after their check (h25speed)."""
    if not document.units:
        return ()
    return document.analysis.get("unit_records", lambda: _unit_records(document))


def _unit_records(document: Document) -> tuple[UnitRecord, ...]:
    kind = document.format.split("-")[0]
    # Once, not per unit; an XLIFF of message keys has keyed units too (h30files: a crash).
    from mtlint.checks.documents._keyed import plural_form

    pattern = _ID_PATTERNS.get(kind)
    raw = document.file_text
    anchors: list[int] = []
    names: list[str] = []
    fuzzy: set[int] = set()  # anchors of PO entries marked fuzzy: not translations yet
    line, counted = 1, 0
    flags = [m.start() for m in _FUZZY.finditer(raw)] if kind == "po" else []
    if pattern is not None:
        for match in pattern.finditer(raw):
            anchors.append(match.start())
            if kind in ("po", "ts"):
                line += raw.count("\n", counted, match.end())
                counted = match.end()
                names.append(f"{match.group(1)} @{line}" if match.group(1) else f"@{line}")
                if _fuzzy_between(flags, anchors[-2] if len(anchors) > 1 else -1, anchors[-1]):
                    fuzzy.add(len(anchors) - 1)
            else:
                names.append(match.group(1))
    locale = _declared_locale(raw, kind) or document.language or ""
    records = []
    previous_id = None
    form = 0
    infos = document.unit_info if len(document.unit_info) == len(document.units) else ()
    # Only a PO msgctxt and a Qt disambiguation tell equal sources apart; an XLIFF id names
    # every unit differently.
    contexts = kind in ("po", "ts")
    for start, end, source, unit_index in _paragraph_units(document):
        info = infos[unit_index] if infos else None
        if info is not None and info.kind == "credits":
            continue  # the translators' names: no translation to compare
        if info is not None and (info.fuzzy or info.obsolete):
            # Not a translation in use: a Qt "unfinished" draft (often the source copied) or a
            # "vanished"/"obsolete" one the program no longer shows, like a PO fuzzy entry.
            continue
        file_start = document.to_file_offset(start)
        file_end = max(file_start, document.to_file_offset(end, is_end=True))
        line, column = document.file_line_col(file_start)
        index = bisect.bisect_right(anchors, file_start) - 1
        if index in fuzzy:
            continue
        unit_id = names[index] if index >= 0 else f"@{line}"
        keyed = (
            info is not None
            and bool(info.context)
            and (kind in KEYED_FORMATS or "keyed-source" in info.flags)  # an XLIFF of keys
        )
        if keyed:
            unit_id = info.context  # the catalogue's key
        form = form + 1 if unit_id == previous_id and kind in ("po", "ts") else 0
        if keyed:  # a plural form ("files#few") is compared with the same form only
            form = plural_form(unit_id)
        previous_id = unit_id
        target = document.text[start:end]
        records.append(
            UnitRecord(
                unit_id,
                line,
                column,
                start,
                end,
                file_start,
                file_end,
                source,
                target,
                form,
                locale,
                info.context if contexts and info is not None else "",
                keyed,
                contexts,
            )
        )
    return tuple(records)


_LOCALE_PATTERNS = {
    "po": re.compile(r'^"Language:[ \t]*([\w@-]+)', re.M),
    "xliff": re.compile(r"\b(?:target-language|trgLang)\s*=\s*[\"']([^\"']+)"),
}


def _declared_locale(raw: str, kind: str) -> str | None:
    pattern = _LOCALE_PATTERNS.get(kind)
    match = pattern.search(raw, 0, 20000) if pattern else None
    return match.group(1).replace("-", "_") if match else None


def _paragraph_units(document: Document) -> Iterator[tuple[int, int, str, int]]:
    """The document's units (with each one's index); one holding several paragraphs on both
    sides (as many in the source as in the target) is compared paragraph by paragraph."""
    text = document.text
    for index, (start, end, source) in enumerate(document.units):
        target = text[start:end]
        source_parts = source.split("\n\n")
        if len(source_parts) == 1 or target.count("\n\n") != len(source_parts) - 1:
            yield start, end, source, index
            continue
        position = start
        for part in source_parts:
            stop = text.find("\n\n", position, end)
            stop = end if stop == -1 else stop
            yield position, stop, part, index
            position = stop + 2


# --- grouping (shared by the per-file rules and the project reduce) -----------------------------


# Sources that differ only in these are one source for MT902 ("Straight-Line Depreciation" and
# "Straight Line Depreciation", "Keyboard Shortcuts" and "Keyboard shortcuts").
_LOOSE = ("case", "punctuation", "whitespace")


def keys(unit: UnitRecord, ignore: Iterable[str]) -> tuple[str, str, str, str]:
    """(source key, target key) that MT901 groups and compares by, then (target key, source
    key) for MT902. Each side keeps its digits where it is grouped: "Base-2 Exponential" and
    "Base-10 Exponential" are two sources ("Mocnina dvou", "Mocnina deseti"), "2 進数に切り替える"
    and "8 進数に切り替える" two translations; MT902 compares sources loosely. A PO msgctxt is
    part of the source key."""
    suffix = f"\x00{unit.form}" if unit.form else ""
    context = f"\x02{unit.context}" if unit.context else ""
    return (
        normalise(unit.source, ignore, numbers=False) + suffix + context,
        normalise(unit.target, ignore) + suffix,
        normalise(unit.target, ignore, numbers=False) + suffix,
        # A number and a placeholder are one slot: "takes 1 argument" and the singular form of
        # "takes %d arguments" may share a translation.
        normalise(unit.source, (*ignore, *_LOOSE)).replace("<>", "0") + suffix,
    )


_WORD = re.compile(r"\w+")
# Words sharing this long a beginning, or this similar, are one word's forms (Depreciation /
# Depreciations, Financeiro / Financeira, Number / Numeric).
_SHARED_STEM = 5
_SIMILAR_WORDS = 0.75


# The source language's words the comparison reads (resources/consistency/en.json: the
# sources of the catalogues the pass compares are English): articles left out, words of opposite
# meaning and negations. With every stop word left out (the paraphrase reading) two sources that
# differ by such a word read as one source said twice (h25prec, the reviewer's question on MT902
# and English stop words).
@functools.cache
def _source_words() -> tuple[frozenset[str], tuple[tuple[str, str], ...], frozenset[str]]:
    """(articles, opposite pairs, negations) of the sources' language."""
    from mtlint.checks.resourcefiles import resource_json

    table = resource_json("consistency", "en.json")
    opposites = tuple((str(a), str(b)) for a, b in table.get("opposites", ()))
    return (
        frozenset(table.get("articles", ())),
        opposites,
        frozenset(table.get("negations", ())),
    )


def _opposite_sources(first: list[str], second: list[str]) -> bool:
    """One source has a word the other has the opposite of, or a negation only one has."""
    _, opposites, negations = _source_words()
    one, other = set(first), set(second)
    if negations.isdisjoint(one) != negations.isdisjoint(other):
        return True
    for a, b in opposites:
        first_forms, second_forms = _inflected(a), _inflected(b)
        if (one & first_forms and other & second_forms) and not (
            other & first_forms or one & second_forms
        ):
            return True
        if (one & second_forms and other & first_forms) and not (
            other & second_forms or one & first_forms
        ):
            return True
    return False


@functools.cache
def _inflected(word: str) -> frozenset[str]:
    """An English word's regular forms ("enable": "enabled", "enables", "enabling"): a pair of
    opposites is opposite in every form ("Hotkeys enabled." / "Hotkeys disabled.", h32files)."""
    forms = {word, f"{word}s", f"{word}ed", f"{word}ing"}
    if word.endswith("e"):
        forms |= {f"{word}d", f"{word[:-1]}ing"}
    return frozenset(forms)


@functools.cache
def _number_words() -> dict[str, str]:
    """English number words as digits ("five" → "5", "fortyfive" → "45"): a source that spells
    a number and one that writes it are one source ("Five minutes", "5 minutes")."""
    try:
        from num2words import num2words
    except ImportError:  # pragma: no cover - declared in pyproject.toml
        return {}
    words = {}
    for value in range(101):
        spelled = num2words(value, lang="en")
        words[spelled] = words[spelled.replace("-", "")] = str(value)
    return words


def _words(text: str, *, fold: bool = True) -> list[str]:
    text = _ACCELERATOR.sub("", _CJK_ACCELERATOR.sub("", text))
    words = _WORD.findall(text)
    if not fold:
        return words
    numbers = _number_words()
    articles = _source_words()[0]
    folded = (numbers.get(w, w) for w in (w.casefold() for w in words))
    return [w for w in folded if w not in articles]


def _forms_of_one_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[:1] != b[:1]:
        return False  # another initial, or the same word in another case
    if a.startswith(b) or b.startswith(a) or a[:_SHARED_STEM] == b[:_SHARED_STEM]:
        return True
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio() >= _SIMILAR_WORDS


def _same_words_in_other_forms(first: list[str], second: list[str]) -> bool:
    return len(first) == len(second) and all(
        _forms_of_one_word(a, b) for a, b in zip(first, second, strict=True)
    )


def weak_source_difference(one: str, other: str) -> bool:
    """Whether two sources that share a translation may well mean one thing: a one-word source
    (a label's "Round" and "Rounding", "Undo" and "Cancel": languages have fewer words), one
    source's words all in the other ("Advanced" / "Advanced Mode"), or the same words in other
    forms. MT902 reports only sources that differ beyond that, and always sources of opposite
    meaning ("Turn on / off notifications", "Password changed" / "Password not changed")."""
    first, second = _words(one), _words(other)
    if _opposite_sources(first, second):
        return False  # "Turn on / off notifications", "Password changed / not changed"
    if len(first) < 2 or len(second) < 2:
        return True
    if set(first) <= set(second) or set(second) <= set(first):
        return True
    if _same_words_in_other_forms(first, second):
        return True
    return _content_words_within(first, second) or _content_words_within(second, first)


def _content_words_within(first: list[str], second: list[str]) -> bool:
    """Every content word of ``first`` is in ``second`` in some form: the sources say one
    thing in other words ("Your password has been changed." / "Password successfully changed.",
    "Email address confirmation" / "Confirm Email Address", "Check for updates automatically").
    h24files: 22 of the 22 MT902 on django-allauth's catalogues were such paraphrases; a
    content word of its own ("the same password" / "the same email") still counts."""
    from mtlint.checks.langdata import load_language_data

    stop = load_language_data("en").stop_words
    content = [w for w in first if w not in stop]
    other = [w for w in second if w not in stop]
    return bool(content) and all(any(_forms_of_one_word(a, b) for b in other) for a in content)


def weak_target_difference(one: str, other: str) -> bool:
    """Whether two translations of one source differ only as one word's forms do ("Financeiro" /
    "Financeira" for a label whose noun differs by place, "貼り付け" / "貼り付ける"), or one
    only adds words to the other ("Klávesnice" / "Režim klávesnice"): MT901 reports only
    translations that differ beyond that."""
    # Case kept: "Schließen" and "schließen" differ unless the config ignores case.
    first, second = _words(one, fold=False), _words(other, fold=False)
    if not first or not second:
        return False
    if set(first) < set(second) or set(second) < set(first):
        return True
    return _same_words_in_other_forms(first, second)


def senses_of_one_word(unit: UnitRecord, majority_target: str) -> bool:
    """Whether a keyed catalogue's one-word source ("Off", "None", "Default") has two
    translations that are two of its senses: each key is a place in the UI ("Off" a switch's
    state, "Aus", and a grid's, "Keine Hilfslinien"; h25files: Open Camera's labels). Still
    reported: one of the two left as the source ("Edit" beside "Modifier"), or two that differ
    only in case, accents or punctuation. Not applied to PO, Qt or XLIFF files: measured on
    h23files' and h24files' catalogues, it dropped as many findings judged real ("Exit" as
    "Quitter" and "Sortir") as false alarms (Xfce's "Shortcuts", "View")."""
    source = unit.source.strip()
    if not unit.keyed or len(source.split()) != 1 or not any(ch.isalpha() for ch in source):
        return False
    if source in (unit.target.strip(), majority_target.strip()):
        return False
    return _bare(unit.target) != _bare(majority_target)


def _bare(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


# Two wordings under two keys: judged real 7 times in 139 (MT901) and 3 in 55 (MT902) on
# h30files' catalogues, about one in twenty: under the doubtful floor too, shown only with a
# --min-confidence of 0.1 or lower.
KEYED_WORDING_CONFIDENCE = 0.1
KEYED_WORDING_NOTE = " (under another key: two places of the interface may word it two ways)"
# Two wordings of two msgids of a PO or Qt catalogue (h31files, groups 1-2, 5, 6 and 8 of the
# fresh files): MT901 judged real 14 times in 35 (13 of them by sessions 19-20, whose
# criteria counted every synonym real; 1 in 12 by the later criteria) — doubtful
# (--show-doubtful), where the slips, sources left and differing placeholders stay sure.
PROGRAM_WORDING_CONFIDENCE = 0.4
PROGRAM_WORDING_NOTE = " (another msgid: two places of the program may word it two ways)"
_SLOTS = re.compile(rf"{_TAG.pattern}|{_NUMBER.pattern}")


def wording_confidence(code: str, unit: UnitRecord, other: UnitRecord) -> float | None:
    """The confidence of a finding whose two units differ only in wording (``keyed_wording``):
    two keys, or two msgids of a PO or Qt catalogue; None when the difference is sure."""
    if not keyed_wording(code, unit, other):
        return None
    if unit.keyed and other.keyed:
        return KEYED_WORDING_CONFIDENCE
    return PROGRAM_WORDING_CONFIDENCE


def keyed_wording(code: str, unit: UnitRecord, other: UnitRecord) -> bool:
    """Whether two keyed units differ only in wording: a key is one place of the interface,
    translated on its own ("Melde einen Fehler" / "Einen Fehler melden"). MT901 stays sure when
    the translations differ only in case, accents or punctuation, one is its source left, or
    their placeholders or numbers differ; MT902 when the sources are of opposite meaning
    (h30files: 132 of 139 other MT901 and 52 of 55 MT902 under two keys were wording). Two
    msgids of a PO or Qt catalogue are two such places too (``program_string``)."""
    # Two program strings are two places only as two msgids: an equal source repeated (Qt
    # contexts, a duplicated entry) is one string its translator's tool proposes one way.
    # MT902 stays sure there: one translation for two msgids was judged real 13 times in 69
    # by the last three sessions' criteria, a translation memory's leftover among them.
    places = (unit.keyed and other.keyed) or (
        code == SOURCE_CODE
        and unit.program_string
        and other.program_string
        and unit.source != other.source
    )
    if not places or unit.unit_id == other.unit_id:
        return False
    if code == TARGET_CODE:
        return not _opposite_sources(_words(unit.source), _words(other.source))
    mine, theirs = _bare(unit.target), _bare(other.target)
    if mine == theirs or (min(len(mine), len(theirs)) >= 6 and edit_distance(mine, theirs, 1) <= 1):
        return False  # the same words in another case or punctuation, or a letter apart: a slip
    sources = {_bare(unit.source), _bare(other.source)}
    if _bare(unit.target) in sources or _bare(other.target) in sources:
        return False  # one of them left as its source
    return sorted(_SLOTS.findall(unit.target)) == sorted(_SLOTS.findall(other.target))


@dataclass(frozen=True, slots=True)
class Flagged:
    """One occurrence to report, with what makes it inconsistent."""

    occurrence: Occurrence
    code: str
    message: str
    majority_text: str | None  # the preferred variant's text (MT901: a target to offer)
    majority_source: str | None  # … and its source (the fix needs the very same source)
    occurrences: tuple[tuple[str, str, int, int, str], ...]  # (path, unit id, line, col, text)
    total: int
    confidence: float | None = None  # below the code's own when weak (``keyed_wording``)


def short_text(text: str, limit: int = 60) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def flag_group(
    code: str, occurrences: Sequence[Occurrence], variant_keys: Sequence[str], scope: str
) -> Iterator[Flagged]:
    """Given every occurrence of one key (source for MT901, target for MT902) and each one's
    variant key (its target, resp. source), flag the occurrences that are not the majority variant.

    Occurrences in one unit (PO plural forms) never count against each other.
    """
    counts = Counter(variant_keys)
    if len(counts) < 2:
        return
    first_seen = {key: i for i, key in reversed(list(enumerate(variant_keys)))}
    ranked = sorted(counts, key=lambda key: (-counts[key], first_seen[key]))
    majority = ranked[0]

    def text_of(occurrence: Occurrence) -> str:
        unit = occurrence.unit
        return unit.target if code == SOURCE_CODE else unit.source

    examples = {key: text_of(occurrences[first_seen[key]]) for key in ranked}
    shown = ", ".join(f"'{short_text(examples[k], 40)}' ({counts[k]}×)" for k in ranked[:4])
    more = f" and {len(ranked) - 4} more" if len(ranked) > 4 else ""
    anchor = short_text(
        occurrences[0].unit.source if code == SOURCE_CODE else occurrences[0].unit.target
    )
    if code == SOURCE_CODE:
        head = f"'{anchor}' is translated {len(ranked)} ways {scope}: {shown}{more}"
    else:
        head = f"'{anchor}' translates {len(ranked)} different sources {scope}: {shown}{more}"
    listed = tuple(
        (o.path, o.unit.unit_id, o.unit.line, o.unit.column, text_of(o))
        for o in occurrences[:MAX_LISTED]
    )
    majority_source = occurrences[first_seen[majority]].unit.source
    for occurrence, key in zip(occurrences, variant_keys, strict=True):
        if key == majority:
            continue
        if code == TARGET_CODE and weak_source_difference(occurrence.unit.source, majority_source):
            continue
        if code == SOURCE_CODE and weak_target_difference(
            occurrence.unit.target, examples[majority]
        ):
            continue
        if code == SOURCE_CODE and senses_of_one_word(occurrence.unit, examples[majority]):
            continue
        other = occurrences[first_seen[majority]].unit
        wording = wording_confidence(code, occurrence.unit, other)
        note = ""
        if wording is not None:
            note = KEYED_WORDING_NOTE if occurrence.unit.keyed else PROGRAM_WORDING_NOTE
        yield Flagged(
            occurrence,
            code,
            f"{head}; this one is '{short_text(text_of(occurrence), 40)}'{note}",
            examples[majority],
            other.source,
            listed,
            len(occurrences),
            wording,
        )


def group_in_memory(
    occurrences: Sequence[Occurrence], ignore: Iterable[str], scope: str
) -> Iterator[Flagged]:
    """Both checks over occurrences held in memory (one document)."""
    ignore = tuple(ignore)
    by_source: dict[str, list[tuple[Occurrence, str]]] = {}
    by_target: dict[str, list[tuple[Occurrence, str]]] = {}
    for occurrence in occurrences:
        source_key, target_key, target_group, source_variant = keys(occurrence.unit, ignore)
        by_source.setdefault(source_key, []).append((occurrence, target_key))
        by_target.setdefault(target_group, []).append((occurrence, source_variant))
    for code, groups in ((SOURCE_CODE, by_source), (TARGET_CODE, by_target)):
        for members in groups.values():
            if len(members) > 1:
                yield from flag_group(code, [m[0] for m in members], [m[1] for m in members], scope)


def finding_for(flagged: Flagged, family: str, name: str, *, fixable: bool) -> Finding:
    """The finding at the flagged unit's target (text offsets); MT901 offers the majority target
    as an unsafe fix where both are plain text (a tagged segment is left to the translator)."""
    unit = flagged.occurrence.unit
    fixes: tuple[Fix, ...] = ()
    if (
        fixable
        and flagged.code == SOURCE_CODE
        and flagged.majority_text is not None
        and "<" not in flagged.majority_text + unit.target
        # Numbers and placeholders are normalised: "2D" and "3D" sources share a key, and the
        # 2D target must not overwrite the 3D one.
        and _SPACE.sub(" ", flagged.majority_source or "").strip()
        == _SPACE.sub(" ", unit.source).strip()
    ):
        fixes = (
            Fix(
                (Edit(unit.start, unit.end, flagged.majority_text),),
                Applicability.UNSAFE,
                f"use '{short_text(flagged.majority_text, 40)}' as elsewhere",
            ),
        )
    return Finding(
        code=flagged.code,
        name=name,
        message=flagged.message,
        span=Span(unit.start, unit.end),
        severity=Severity.WARNING if flagged.code == SOURCE_CODE else Severity.INFO,
        confidence=flagged.confidence or (0.9 if flagged.code == SOURCE_CODE else 0.7),
        fixes=fixes,
        family=family,
        data=(("occurrences", flagged.occurrences), ("total", flagged.total)),
    )
