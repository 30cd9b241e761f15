"""Checklists: a team's own patterns, as rules with their own codes (``MTC-<ID>``).

In the project config (``[[tool.mtlint.checklist]]`` in pyproject.toml, ``[[checklist]]`` in
mtlint.toml) or a file named with ``--checklist FILE`` (the same ``[[checklist]]`` tables)::

    [[checklist]]
    id = "click-here"                       # letters, digits, - and _; the code is MTC-CLICK-HERE
    message = "Say what the link does instead of 'click here'"
    target = "(?i)\\bclick here\\b"         # a pattern on the target (or the monolingual text)
    source = "..."                          # a pattern on the source segment (bilingual files)
    regex = true                            # false: the patterns are literal text
    ignore-case = false
    whole-word = false                      # the match must start and end on word edges
    severity = "warning"                    # error, warning or info
    replacement = "..."                     # a fix for each target match (\\1, \\g<name> in regex)
    fix = "unsafe"                          # safe: applied by `mtlint fix --write`

What is flagged: with only ``target``, every match in the target; with only ``source``, the
target of each unit whose source matches; with both, a unit whose source matches while its target
does not (a term the translation should carry).

Every problem is one line naming the file, the line of the entry and what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule

PREFIX = "MTC-"
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
_KEYS = {
    "id",
    "message",
    "source",
    "target",
    "regex",
    "ignore-case",
    "whole-word",
    "severity",
    "replacement",
    "fix",
    "name",
}


class ChecklistError(ValueError):
    """A checklist mtlint cannot use; the message is one line with the file and line."""


@dataclass(frozen=True)
class ChecklistEntry:
    id: str
    message: str
    source: str | None = None
    target: str | None = None
    regex: bool = True
    ignore_case: bool = False
    whole_word: bool = False
    severity: str = "warning"
    replacement: str | None = None
    fix: str = "unsafe"
    origin: str = ""  # "file:line", for messages

    @property
    def code(self) -> str:
        return PREFIX + self.id.upper()

    def compiled(self, side: str) -> re.Pattern[str] | None:
        pattern = self.source if side == "source" else self.target
        if pattern is None:
            return None
        return _compile(pattern, self.regex, self.ignore_case, self.whole_word)


@lru_cache(maxsize=512)
def _compile(pattern: str, regex: bool, ignore_case: bool, whole_word: bool) -> re.Pattern[str]:
    body = pattern if regex else re.escape(pattern)
    if whole_word:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    return re.compile(body, re.IGNORECASE if ignore_case else 0)


# --- parsing and validation ------------------------------------------------------------------


def _entry_lines(path: Path | None, text: str | None = None) -> list[tuple[int, dict[str, int]]]:
    """For each ``[[checklist]]`` table in the file, its header line and each key's line."""
    if text is None:
        if path is None:
            return []
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return []
    found: list[tuple[int, dict[str, int]]] = []
    header = re.compile(r"^\s*\[\[\s*(?:tool\.mtlint\.)?checklist\s*\]\]")
    other_table = re.compile(r"^\s*\[")
    key = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        if header.match(line):
            found.append((number, {}))
            inside = True
        elif other_table.match(line):
            inside = False
        elif inside and (match := key.match(line)):
            found[-1][1].setdefault(match.group(1), number)
    return found


def parse_checklist_tables(
    tables: Any, source: Path | None = None, *, text: str | None = None, name: str | None = None
) -> tuple[ChecklistEntry, ...]:
    """Validate ``[[checklist]]`` tables (as tomllib gives them); raises ConfigError on the
    first problem, one line naming the file (or ``name``) and line. ``text``: the TOML they came
    from, when not a file (the GUI's editor)."""
    from mtlint.checks.config import ConfigError

    lines = _entry_lines(source, text)
    name = name or (str(source) if source else "checklist")
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ConfigError(f"{name}: 'checklist' must be an array of tables ([[checklist]])")
    entries = []
    seen: dict[str, str] = {}
    for index, table in enumerate(tables):
        header, key_lines = lines[index] if index < len(lines) else (0, {})

        def where(key: str | None = None, header: int = header, key_lines=key_lines) -> str:
            number = key_lines.get(key, header) if key else header
            return f"{name}:{number}" if number else name

        try:
            entry = _entry(table, where)
        except ChecklistError as error:
            raise ConfigError(str(error)) from None
        if entry.id.upper() in seen:
            raise ConfigError(
                f"{where('id')}: checklist id '{entry.id}' is used twice (first at "
                f"{seen[entry.id.upper()]})"
            )
        seen[entry.id.upper()] = where("id")
        entries.append(entry)
    return tuple(entries)


def _entry(table: dict[str, Any], where) -> ChecklistEntry:
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ChecklistError(
            f"{where(unknown[0])}: unknown checklist key '{unknown[0]}' "
            f"(known: {', '.join(sorted(_KEYS))})"
        )
    for key, kind in (("regex", bool), ("ignore-case", bool), ("whole-word", bool)):
        if key in table and not isinstance(table[key], kind):
            raise ChecklistError(f"{where(key)}: '{key}' must be true or false")
    for key in ("id", "message", "source", "target", "severity", "replacement", "fix"):
        if key in table and not isinstance(table[key], str):
            raise ChecklistError(f"{where(key)}: '{key}' must be a string")
    entry_id = table.get("id", "")
    if not entry_id:
        raise ChecklistError(f"{where()}: a checklist entry needs an 'id'")
    if not _ID.fullmatch(entry_id):
        raise ChecklistError(
            f"{where('id')}: checklist id '{entry_id}' may hold only letters, digits, - and _ "
            "(at most 40)"
        )
    if not table.get("message"):
        raise ChecklistError(f"{where()}: checklist entry '{entry_id}' needs a 'message'")
    if not table.get("source") and not table.get("target"):
        raise ChecklistError(
            f"{where()}: checklist entry '{entry_id}' needs a 'source' or 'target' pattern"
        )
    severity = table.get("severity", "warning")
    if severity not in ("error", "warning", "info"):
        raise ChecklistError(
            f"{where('severity')}: severity must be error, warning or info, not '{severity}'"
        )
    fix = table.get("fix", "unsafe")
    if fix not in ("safe", "unsafe"):
        raise ChecklistError(f"{where('fix')}: fix must be 'safe' or 'unsafe', not '{fix}'")
    if "replacement" in table and not table.get("target"):
        raise ChecklistError(
            f"{where('replacement')}: a replacement needs a 'target' pattern to replace"
        )
    entry = ChecklistEntry(
        id=entry_id,
        message=table["message"],
        source=table.get("source") or None,
        target=table.get("target") or None,
        regex=table.get("regex", True),
        ignore_case=table.get("ignore-case", False),
        whole_word=table.get("whole-word", False),
        severity=severity,
        replacement=table.get("replacement"),
        fix=fix,
        origin=where(),
    )
    for side in ("source", "target"):
        try:
            pattern = entry.compiled(side)
        except re.error as error:
            raise ChecklistError(
                f"{where(side)}: checklist '{entry_id}': bad {side} regex "
                f"{getattr(entry, side)!r}: {error}"
            ) from None
        if pattern is not None and pattern.search("") is not None:
            raise ChecklistError(
                f"{where(side)}: checklist '{entry_id}': the {side} pattern matches empty text"
            )
    if entry.replacement is not None and entry.regex:
        try:
            entry.compiled("target").sub(entry.replacement, "")  # type: ignore[union-attr]
            _check_template(entry)
        except (re.error, IndexError) as error:
            raise ChecklistError(
                f"{where('replacement')}: checklist '{entry_id}': bad replacement "
                f"{entry.replacement!r}: {error}"
            ) from None
    return entry


def _check_template(entry: ChecklistEntry) -> None:
    # Group references are only resolved on a match: try them against the pattern's groups.
    pattern = entry.compiled("target")
    assert pattern is not None and entry.replacement is not None
    for match in re.finditer(r"\\(\d+)|\\g<(\w+)>", entry.replacement):
        group = match.group(1) or match.group(2)
        if group.isdigit() and int(group) > pattern.groups:
            raise re.error(f"invalid group reference {group}")
        if not group.isdigit() and group not in pattern.groupindex:
            raise re.error(f"unknown group name '{group}'")


def load_checklist_file(path: str | Path) -> tuple[ChecklistEntry, ...]:
    """A ``--checklist FILE``: ``[[checklist]]`` tables (or ``[[tool.mtlint.checklist]]``)."""
    import tomllib  # here, not at start-up (a run without a checklist never parses TOML)

    from mtlint.checks.config import ConfigError

    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the checklist ({error.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the checklist is not UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML ({error})") from None
    tables = data.get("checklist", data.get("tool", {}).get("mtlint", {}).get("checklist"))
    if tables is None:
        raise ConfigError(f"{path}: no [[checklist]] tables")
    return parse_checklist_tables(tables, path)


# --- the rules -----------------------------------------------------------------------------------


class ChecklistRule(Rule):
    """One checklist entry as a rule (an instance per entry; the registry's rules are classes)."""

    def __init__(self, entry: ChecklistEntry) -> None:
        self.entry = entry
        self.code = entry.code  # type: ignore[misc]
        self.name = entry.id.lower()  # type: ignore[misc]
        self.summary = entry.message  # type: ignore[misc]
        self.severity = Severity(entry.severity)  # type: ignore[misc]
        self.doc = _doc(entry)  # type: ignore[misc]
        self.examples: tuple[Example, ...] = ()  # type: ignore[misc]

    def check(self, document: Document) -> Iterator[Finding]:
        entry = self.entry
        target = entry.compiled("target")
        source = entry.compiled("source")
        if source is None:
            assert target is not None
            yield from self._matches(document, target, 0, len(document.text))
            return
        for start, end, source_text in document.units:
            if not source.search(source_text):
                continue
            if target is None or not target.search(document.text, start, end):
                yield self.finding(start, end, entry.message, confidence=1.0)

    def _matches(
        self, document: Document, pattern: re.Pattern[str], start: int, end: int
    ) -> Iterator[Finding]:
        entry = self.entry
        applicability = Applicability.SAFE if entry.fix == "safe" else Applicability.UNSAFE
        for match in pattern.finditer(document.text, start, end):
            if match.end() == match.start():
                continue
            fixes: tuple[Fix, ...] = ()
            if entry.replacement is not None:
                new = match.expand(entry.replacement) if entry.regex else entry.replacement
                fixes = (Fix((Edit(match.start(), match.end(), new),), applicability),)
            yield self.finding(
                match.start(), match.end(), entry.message, fixes=fixes, confidence=1.0
            )


def _doc(entry: ChecklistEntry) -> str:
    parts = []
    if entry.source:
        parts.append(f"source {'regex' if entry.regex else 'text'} {entry.source!r}")
    if entry.target:
        parts.append(f"target {'regex' if entry.regex else 'text'} {entry.target!r}")
    flags = (("ignore case", entry.ignore_case), ("whole word", entry.whole_word))
    options = [name for name, on in flags if on]
    fix = (
        f"replaced by {entry.replacement!r} ({entry.fix})"
        if entry.replacement is not None
        else "no fix"
    )
    return (
        f"What it finds: {', '.join(parts)}{' (' + ', '.join(options) + ')' if options else ''}.\n"
        f"Why it matters: {entry.message}\nFix safety: {fix}.\n"
        f"Known false positives: as the team's pattern allows. Defined at {entry.origin}."
    )


def checklist_rules(entries: Iterable[ChecklistEntry]) -> list[Rule]:
    return [ChecklistRule(entry) for entry in entries]
