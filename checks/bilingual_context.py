"""Bilingual files (.po, XLIFF, TMX, CSV/TSV): a target-side finding the source has too is not
an MT artefact.

Rules look at the target text; a translator's file also says what the source looked like. Applied
once per bilingual document, after every rule ran (``checks/context.py``):

- mirrored text: a placeholder or printf/ICU/brace variable (``%s``, ``%(name)s``, ``{0}``,
  ``{{ limit }}``), an entity, a doubled ``::``, two spaces, straight quotes, or an identifier
  written as the source writes it ("graphviz", "TestCode") that the unit's source has as well;
- a lower-case start where the source starts in lower case too (a fragment: "numéro %s" for
  "number %s");
- an unbalanced bracket or quote where the source is unbalanced the same way;
- a tag or placeholder renamed the same way in several units (``<file>`` → ``<fichier>``, a
  project's convention): one file-level note at its first place instead of one finding per unit;
- PO units: ``fuzzy`` and obsolete ones are skipped unless ``include_fuzzy`` /
  ``include_obsolete`` is set; a plural form may use the placeholders of ``msgid`` or of
  ``msgid_plural``; an entry flagged ``no-c-format`` / ``no-python-format`` has no printf
  placeholders (a "%" there is a percent sign).

The decisions use only the units' text, so the same content gives the same findings whatever its
container.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document, UnitInfo
from mtlint.checks.model import MISSING_ITEMS, Finding, Severity

# Findings whose flagged text, found in the unit's source as well, was put there on purpose.
MIRRORED_TEXT_CODES = frozenset(
    {
        # an identifier or name written as the source has it ("SMSEagle", "GameHub": MT108 and
        # MT113 too, h29files)
        *("MT101", "MT102", "MT108", "MT113", "MT303", "MT980"),
        *("MT104", "MT106", "MT202", "MT205"),  # spacing and punctuation copied from the source
        *("MT501", "MT601", "MT602", "MT603", "MT604"),  # scripts, escapes, placeholders
        *("MT702", "MT703"),
    }
)
SENTENCE_START_CODES = frozenset({"MT304"})
UNTRANSLATED_RUN_CODES = frozenset({"MT502", "MT503", "MT516", "MT522", "MT523"})
DOUBLING_CODES = frozenset({"MT401", "MT403"})
_DOUBLED = re.compile(r"\b(\w+)[\s-]+\1\b", re.IGNORECASE)
BALANCE_CODES = frozenset({"MT203", "MT204"})
RENAMED_TAG_CODE = "MT703"
# A rename seen in this many units is a convention, not an accident.
MIN_CONVENTION_UNITS = 2

_PAIRS = {"(": ")", "[": "]", "{": "}", ")": "(", "]": "[", "}": "{"}
_QUOTES = '"“”„«»'
_FIRST_LETTER = re.compile(r"[^\W\d_]")
# A line break inside a sentence (a UI string wrapped by hand): a lower-case letter after it.
_WRAPPED = re.compile(r"[^\W\d_][,]?[ \t]*\n[ \t]*[^\W\d_A-Z]")
_LOWER_AFTER_MARK = re.compile(r"[.!?]\s+[^\W\d_]")
# The name inside a brace placeholder: "{{ limit }}", "{count, plural, …}", "{0}", "${name}".
_BRACE_NAME = re.compile(r"\$?\{+\s*([\w.]+)")


def filter_bilingual(
    document: Document, findings: Sequence[Finding], config: Config
) -> list[Finding]:
    """``findings`` of a bilingual document, judged against each unit's source."""
    units = document.units
    if not units:
        return list(findings)
    starts = [unit[0] for unit in units]
    infos = document.unit_info if len(document.unit_info) == len(units) else ()
    include_fuzzy = getattr(config, "include_fuzzy", False)
    include_obsolete = getattr(config, "include_obsolete", False)
    kept: list[Finding] = []
    for finding in findings:
        index = bisect.bisect_right(starts, finding.start) - 1
        if index < 0 or finding.start > units[index][1]:
            kept.append(finding)  # outside every unit (a separator): leave it alone
            continue
        info = infos[index] if infos else UnitInfo()
        if (info.fuzzy and not include_fuzzy) or (info.obsolete and not include_obsolete):
            continue
        if not _fits_unit_kind(document, finding, units[index], info):
            continue
        if finding.code in KEY_SOURCE_CODES and (
            _KEY_SOURCE.fullmatch(units[index][2].strip()) or "key-as-source" in info.flags
        ):
            continue
        if _translators_convention(document, finding, units[index], infos):
            continue
        if not _mirrors_source(document, finding, units[index], info):
            kept.append(finding)
    return _renames_as_notes(document, _once_per_untranslated_unit(kept, starts))


# A unit whose "source" is a message key ("btn_create", "form.label_name": Symfony and other
# keyed catalogues): the source says nothing of the message's numbers, placeholders, length or
# language, so these comparisons have nothing to compare with (h24files: 112 MT703 "%name% is
# not in the source" on one admin bundle's XLIFF). A placeholder or Symfony interval ("{0}",
# "{1}" before the plural forms) in such a target is the message format's (MT603).
# Keys written in camelCase or PascalCase are keys too ("webhookCustomBodyDesc",
# "CopyToClipboardError": h29files, a vue-i18n catalogue whose English file lacks 122 of its
# keys); a PascalCase word of two humps is more likely a name ("GitHub") and stays text.
KEY_SOURCE_CODES = frozenset({"MT603", "MT701", "MT702", "MT703", "MT704", "MT705", "MT706"})
_KEY_SOURCE = re.compile(
    r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+|(?:[A-Z][a-z0-9]+){3,}"
)


def _once_per_untranslated_unit(findings: list[Finding], starts: list[int]) -> list[Finding]:
    """A unit reported as untranslated (MT705) is not reported again sentence by sentence."""
    untranslated = {bisect.bisect_right(starts, f.start) - 1 for f in findings if f.code == "MT705"}
    if not untranslated:
        return findings
    return [
        f
        for f in findings
        if f.code not in UNTRANSLATED_RUN_CODES
        or bisect.bisect_right(starts, f.start) - 1 not in untranslated
    ]


# What a list (keyword list, a unit's names) is not: prose whose spacing, casing, language and
# length a sentence would have. Numbers, addresses, placeholders, encoding and consistency stay.
LIST_SKIPPED_CODES = frozenset(
    {
        *("MT101", "MT102", "MT103", "MT104", "MT105", "MT106", "MT109", "MT110", "MT111"),
        "MT151",  # punctuation glued to the next word (ar, fa, he, ko): a list's separator
        *("MT201", "MT203", "MT204", "MT205", "MT207"),
        *("MT301", "MT302", "MT303", "MT304", "MT305", "MT306", "MT307", "MT308", "MT309"),
        *("MT310", "MT402", "MT403", "MT404", "MT405", "MT504", "MT505"),
        *("MT501", "MT502", "MT503", "MT516", "MT522", "MT523", "MT705", "MT706", "MT903", "MT955"),
    }
)
# A doubled separator in a list leaves an empty item: kept. Other doubled marks (an
# abbreviation's full stop before the separator, "ст.,") are the list's own.
_EMPTY_ITEM = re.compile(r"[;,]\s*[;,]")
# Credits: the translators' names, addresses and years, not a translation of the source.
CREDITS_KEPT_CODES = frozenset({"MT601", "MT604"})


def _fits_unit_kind(
    document: Document, finding: Finding, unit: tuple[int, int, str], info: UnitInfo
) -> bool:
    """Whether a finding means something for the kind of string the unit is (``UnitInfo.kind``):
    a list is no prose, a label no sentence, a credits unit no translation."""
    kind = info.kind
    code = finding.code
    if kind == "label" and _list_around(document.text[unit[0] : unit[1]], unit[2]):
        kind = "list"  # "au" → "astronomická jednotka,…,au": the translator's list of names
    if kind == "credits":
        return code in CREDITS_KEPT_CODES
    if kind == "list":
        if code == "MT705":
            # A list copied unchanged: the convention of some teams (units, keywords kept in
            # English), an omission where the file translates its lists.
            return _lists_translated(document)
        if code == "MT202":
            return bool(_EMPTY_ITEM.fullmatch(document.text[finding.start : finding.end]))
        return code not in LIST_SKIPPED_CODES
    if kind == "label":
        if code in SENTENCE_START_CODES and (_title_case(unit[2]) or _one_word(unit[2])):
            # "Polish Złoty" → "złoty polski", "Daily" → "denně": the source's capital is
            # English title case (a one-word label has nothing else), and a language without
            # it writes a common noun or an option in lower case.
            return False
        if code == "MT706":
            return False  # a label's length says nothing: "British Pound Sterling" is "英鎊"
        if code == "MT111":
            return False  # a space between two terms of a CJK label ("ビット演算 論理積")
        if code == "MT101" and len(unit[2].split()) == 1:
            return False  # one word in the source: nothing there to glue
    return True


# Bidirectional marks and embeddings: RTL translators put them around a left-to-right run (a
# placeholder, a number, Latin letters) so the UI string displays in order.
_BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "ug", "ckb", "dv", "sd"})
_CURLY_QUOTES = "“”„«»"


def _translators_convention(
    document: Document,
    finding: Finding,
    unit: tuple[int, int, str],
    infos: Sequence[UnitInfo],
) -> bool:
    """Conventions of translators' files that the monolingual rules read as errors: bidi marks
    in an RTL translation, quotes paired in another style than the rule expects („%s” in
    Hebrew), and a word "capitalised elsewhere" only by the title case of UI labels."""
    flagged = document.text[finding.start : finding.end]
    code = finding.code
    if code == "MT604":
        language = (document.language or "").split("-")[0]
        return language in _RTL_LANGUAGES and bool(flagged) and set(flagged) <= _BIDI_CONTROLS
    if code == "MT205" and flagged == '"':
        # Straight quotes are the convention of software strings in every language: typed on
        # a keyboard, shown in a UI font (h23files/h24files: Russian, German, French units of
        # Django, Qt and Xfce catalogues, 31 findings, none an error of the translation).
        return True
    if code in ("MT203", "MT205") and flagged == '"':
        # A '"' that quotes nothing: the seconds sign "(\")", a Hebrew gershayim (מע"מ).
        return _symbol_quote(document.text, finding.start)
    if code == "MT203" and flagged in _CURLY_QUOTES:
        target = document.text[unit[0] : unit[1]]
        source = _sources(unit, UnitInfo())
        paired = sum(target.count(q) for q in _CURLY_QUOTES) % 2 == 0
        return paired and sum(source.count(q) for q in _CURLY_QUOTES + '"') % 2 == 0
    if code == "MT303" and "capitalised elsewhere" in finding.message and infos:
        return _capitals_only_in_labels(document, flagged, infos)
    return False


def _symbol_quote(text: str, index: int) -> bool:
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if (before.isalpha() and after.isalpha()) or before.isdigit():
        return True
    return before in ("", "(", ",", ";", "\n") and after in ("", ")", ",", ";", "\n")


def _capitals_only_in_labels(document: Document, word: str, infos: Sequence[UnitInfo]) -> bool:
    if not word[:1].isalpha():
        return False
    capital = word[0].upper() + word[1:]
    starts = [unit[0] for unit in document.units]
    for match in re.finditer(r"(?<!\w)" + re.escape(capital) + r"(?!\w)", document.text):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index < 0 or infos[index].kind not in ("label", "list"):
            return False
    return True


_LIST_SEPARATOR = re.compile(r"[;,](?=\S)")


def _list_around(target: str, source: str) -> bool:
    """A target that is a ;/,-list of names with the one-word source among its items."""
    stripped = source.strip()
    if not stripped or " " in stripped or not _LIST_SEPARATOR.search(target):
        return False
    items = [item.strip() for item in re.split(r"[;,]", target)]
    return stripped in items and not any(len(item.split()) > 5 for item in items)


def _name_like(text: str) -> bool:
    """Every word capitalised (or a one-letter word): a name or a title, not a sentence."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return bool(words) and len(words) <= 6 and all(w[0].isupper() for w in words)


def _one_word(source: str) -> bool:
    """A one-word label ("Daily", "Euro"), or one letter ("T" for Thursday)."""
    stripped = _ACCELERATOR_MARK.sub("", source.strip())
    return bool(stripped) and len(stripped.split()) == 1 and stripped.isalpha()


_ACCELERATOR_MARK = re.compile(r"[_&](?=\w)")


# A file translates its lists when at most this share of them is the source copied.
_COPIED_LISTS_CONVENTION = 0.05


def _lists_translated(document: Document) -> bool:
    def compute() -> bool:
        lists = copied = 0
        for (start, end, source), info in zip(document.units, document.unit_info, strict=False):
            if info.kind == "list":
                lists += 1
                target = document.text[start:end]
                copied += " ".join(source.split()).casefold() == " ".join(target.split()).casefold()
        return lists > 0 and copied <= _COPIED_LISTS_CONVENTION * lists

    return document.analysis.get("hpo:lists_translated", compute)


_TITLE_WORD = re.compile(r"(?<![%\w])[^\W\d_]{3,}")


def _title_case(source: str) -> bool:
    """A label in English title case: two words of three letters or more, all capitalised."""
    words = _TITLE_WORD.findall(source)
    return len(words) >= 2 and all(w[0].isupper() for w in words)


# XLIFF and TMX sources keep "&lt;" and "&gt;" escaped (so a rule can tell real inline tags from
# text); the target is decoded. Compared as text, both sides are decoded.
_XML_ESCAPES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&"))


def _sources(unit: tuple[int, int, str], info: UnitInfo) -> str:
    source = "\n".join(info.plural_sources) if info.plural_sources else unit[2]
    if "&" in source:
        for escaped, plain in _XML_ESCAPES:
            source = source.replace(escaped, plain)
    return source


def _missing_items(finding: Finding) -> tuple[str, ...]:
    """The source's items a "missing" finding of MT701/MT703 names (its data, not its wording)."""
    items = dict(finding.data).get(MISSING_ITEMS, ()) if finding.data else ()
    return tuple(str(item) for item in items)  # type: ignore[union-attr]


def _mirrors_source(
    document: Document, finding: Finding, unit: tuple[int, int, str], info: UnitInfo
) -> bool:
    source = _sources(unit, info)
    flagged = document.text[finding.start : finding.end]
    code = finding.code
    # A "missing" finding spans the whole target: a target that is part of its source ("m²" for
    # "%s m²") has lost something, it mirrors nothing.
    missing = _missing_items(finding)
    # A plural form for one number ("one file"): the number may be a word, the placeholder
    # gone ("%d fichier" or "un fichier"); what is missing is the count ("%d", "%s" in some
    # projects, "{}") or a number.
    if (
        code in ("MT701", "MT703")
        and missing
        and _one_number(info)
        and all(_NUMBER_TOKEN.fullmatch(item) for item in missing)
    ):
        return True
    if code == "MT701" and missing and info.plural_sources:
        # A plural form whose source writes the number of its form ("1 file") where the
        # translation writes the count ("%ld файл": Russian "one" is 21 and 31 too).
        named = missing
        target = document.text[unit[0] : unit[1]]
        if named and set(named) <= {"0", "1", "2"} and _COUNT.search(target):
            return True
    if code in _PLACEHOLDER_CODES and _no_format(info):
        # "#, no-c-format": the translator's file says "%" is a plain percent sign.
        named = _QUOTED.findall(finding.message) or [flagged.strip()]
        if all(item.startswith("%") for item in named):
            return True
    whole_unit = (finding.start, finding.end) == (unit[0], unit[1])
    if (
        code in MIRRORED_TEXT_CODES
        and not (whole_unit and code in ("MT701", "MT702", "MT703"))
        and (flagged.strip() or len(flagged) >= 2)  # a run of spaces the source has too
        and (flagged in source or flagged in unit[2] or _same_placeholder(flagged, source))
    ):
        # MT703 reports a target token the source lacks; in a plural unit the other
        # form's source may have it. (An MT702 address found in the source once its XML
        # escapes are decoded was only cut differently.)
        return code != RENAMED_TAG_CODE or bool(info.plural_sources)
    if code in DOUBLING_CODES and _DOUBLED.search(source):
        return True  # "Ping Ping", "Beep-Beep": the source doubles a word too
    if code in UNTRANSLATED_RUN_CODES and flagged.strip() in source:
        # A name the source has too ("Have I Been Pwned" in a Chinese sentence): kept as
        # written. A sentence copied from the source is still reported.
        return _name_like(flagged)
    if code in SENTENCE_START_CODES:
        return _lower_start_mirrored(document.text, finding.start, unit, source)
    if code in BALANCE_CODES and len(flagged) == 1:
        target = document.text[unit[0] : unit[1]]
        return _unbalanced_alike(flagged, source) or _same_brackets(target, source)
    return False


_PLACEHOLDER_CODES = frozenset({"MT603", "MT703"})


# A count placeholder (printf, Python's named "%(counter)s", Apple's %@ and %arg, a brace name,
# Qt's %n).
_COUNT = re.compile(
    r"%(?:\d+\$)?[-+#0'I]*\d*(?:hh|h|ll|l|L|q|z|j|t)?[dius@]|%\(\w+\)[dius]|%arg\b|\{\w*\}|%L?n"
)
_NUMBER_TOKEN = re.compile(
    r"%(?:\d+\$)?[-+#0'I]*\d*(?:hh|h|ll|l|L|z|j|t)?[dius]|%\(\w+\)[dius]|\{\w*\}|%L?n|\d+"
)


def _one_number(info: UnitInfo) -> bool:
    return "one-number-form" in info.flags


def _no_format(info: UnitInfo) -> bool:
    return any(flag.startswith("no-") and flag.endswith("-format") for flag in info.flags)


def _same_placeholder(flagged: str, source: str) -> bool:
    """A brace placeholder whose name the source has in braces too (ICU messages translate the
    words inside: "{count, plural, one {# fichier} …}")."""
    match = _BRACE_NAME.match(flagged.strip())
    if not match:
        return False
    name = re.escape(match.group(1))
    return re.search(r"\{+\s*" + name + r"\b", source) is not None


def _lower_start_mirrored(text: str, start: int, unit: tuple[int, int, str], source: str) -> bool:
    first = _FIRST_LETTER.search(source)
    if first is None:
        return True  # a source without letters ("%s: %s") sets no sentence case
    target_first = _FIRST_LETTER.search(text, unit[0], unit[1])
    if target_first is not None and target_first.start() == start:
        return first.group().islower()
    if text[unit[0] : start].rstrip(" \t").endswith("\n") and _WRAPPED.search(source):
        return True  # the source wraps its sentence onto the next line; so does the target
    # A lower-case start inside the unit (after a full stop, or a line of its own such as a
    # command): mirrored when the source starts a sentence or a line with the same word, or
    # has a lower-case sentence start of its own.
    word = re.match(r"[\w'’\-]+", text[start : start + 80])
    if word and re.search(r"(?:^|[\n.!?:]\s*)" + re.escape(word.group()) + r"\b", source):
        return True
    return any(m.group()[-1].islower() for m in _LOWER_AFTER_MARK.finditer(source))


_BRACKETS = re.compile(r"[()\[\]{}]")


def _same_brackets(target: str, source: str) -> bool:
    """The target has the source's brackets in the same order ("[(]" for "Start Group [(]"):
    whatever the rule makes of them, the translation kept them as they were."""
    found = _BRACKETS.findall(target)
    return bool(found) and found == _BRACKETS.findall(source)


def _unbalanced_alike(char: str, source: str) -> bool:
    if char in _QUOTES:
        return sum(source.count(q) for q in _QUOTES) % 2 == 1
    partner = _PAIRS.get(char)
    if partner is None:
        return False
    return source.count(char) != source.count(partner)


def _renames_as_notes(document: Document, findings: list[Finding]) -> list[Finding]:
    """A tag renamed the same way in several units: one note at its first place, and the
    "source tag missing" findings of those units that only miss the renamed tag dropped."""
    groups: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        flagged = document.text[finding.start : finding.end]
        if finding.code == RENAMED_TAG_CODE and _TEXT_TAG.fullmatch(flagged):
            groups[flagged].append(finding)
    conventions = {
        tag: group for tag, group in groups.items() if len(group) >= MIN_CONVENTION_UNITS
    }
    if not conventions:
        return findings
    dropped = {id(f) for group in conventions.values() for f in group[1:]}
    notes = {}
    renamed_from: dict[int, set[str]] = defaultdict(set)  # unit start → source tags renamed
    for target_tag, group in conventions.items():
        source_tags = {e.replacement for f in group for fix in f.fixes[:1] for e in fix.edits}
        was = (
            f"{sorted(source_tags)[0]!r} is written {target_tag!r}"
            if source_tags
            else (f"{target_tag!r} stands for a source tag")
        )
        notes[id(group[0])] = replace(
            group[0],
            message=(
                f"{was} in {len(group)} units of this file: a consistent renaming (a project "
                "convention?), reported once"
            ),
            severity=Severity.INFO,
            fixes=(),
        )
        for finding in group:
            renamed_from[_unit_start(document, finding.start)] |= source_tags
    for finding in findings:
        if finding.code == RENAMED_TAG_CODE and id(finding) not in notes:
            tags = renamed_from.get(finding.start)
            listed = set(_QUOTED.findall(finding.message))
            if tags and listed and listed <= tags and "missing" in finding.message:
                dropped.add(id(finding))
    return [notes.get(id(f), f) for f in findings if id(f) not in dropped]


_TEXT_TAG = re.compile(r"</?[^<>\s/][^<>]*>")
_QUOTED = re.compile(r"'([^']*)'")


def _unit_start(document: Document, offset: int) -> int:
    starts = [unit[0] for unit in document.units]
    return document.units[bisect.bisect_right(starts, offset) - 1][0]
