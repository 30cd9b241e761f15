"""The batch's project pass for MT901/MT902 (consistency across files): each worker sends its
file's units with its report (``with_units``, under the config ``for_workers`` gives it);
``project_pass`` streams them into an SQLite index on disk (``ProjectIndex``), spools the
reports to a temporary file, and after the last file reads the index back one group of equal
keys at a time, merging each group's findings into the reports of the files it names. Memory
stays bounded by the largest group, not the project. The units, keys and grouping it shares
with the per-file rules are checks/consistency.py's; moved out of it as they were (h30tidy,
session 24)."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import pickle
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from mtlint.checks.consistency import (
    CODES,
    SOURCE_CODE,
    TARGET_CODE,
    Flagged,
    Occurrence,
    UnitRecord,
    finding_for,
    flag_group,
    keys,
    short_text,
    unit_records,
)
from mtlint.checks.model import Applicability, Edit, Fix, Span

if TYPE_CHECKING:
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.results import FileReport, LocatedFinding


def with_units(report: FileReport, document: Document, config: Config) -> FileReport:
    """The per-file report with its units attached, when the project pass will want them."""
    if not document.units or not config.consistency_units:
        return report
    return dataclasses.replace(report, units=unit_records(document))


def for_workers(config: Config) -> Config:
    """The config the batch's per-file work runs with: units collected for the project pass,
    the per-file MT901/MT902 rules left out (the project pass finds all they would, and more)."""
    if not _selected(config):
        return config
    return dataclasses.replace(config, ignore=(*config.ignore, *CODES), consistency_units=True)


def _selected(config: Config) -> bool:
    try:
        return _selected_cached(config)
    except TypeError:  # an unhashable config
        return consistency_selected(config)


@functools.lru_cache(maxsize=16)
def _selected_cached(config: Config) -> bool:
    return consistency_selected(config)


def consistency_selected(config: Config) -> bool:
    from mtlint.checks.registry import all_rules, select_rules

    chosen = select_rules(all_rules(), config.select, config.ignore, config.extend_select)
    return any(rule.code in CODES for rule in chosen)


class ProjectIndex:
    """Units of a whole batch in SQLite on disk, grouped by normalised source and target."""

    def __init__(self, folder: Path, ignore: Iterable[str]) -> None:
        import sqlite3  # on first use: ~1.7 MB a process that never checks a batch pays

        self.ignore = tuple(ignore)
        self.db = sqlite3.connect(folder / "units.sqlite")
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute(
            "CREATE TABLE units (id INTEGER PRIMARY KEY, path TEXT, unit BLOB, skey TEXT, "
            "tkey TEXT, t2key TEXT, s2key TEXT)"
        )
        self.db.execute("CREATE TABLE found (path TEXT, item BLOB)")
        self.count = 0

    def add(self, path: str, units: Iterable[UnitRecord], language: str | None = None) -> None:
        # Files in different target locales (a project's po/de.po, po/fr.po) never compare.
        rows = []
        for unit in units:
            prefix = f"{unit.locale or language or ''}\x01"
            unit_keys = [prefix + key for key in keys(unit, self.ignore)]
            rows.append((path, pickle.dumps(unit, protocol=5), *unit_keys))
        self.db.executemany(
            "INSERT INTO units (path, unit, skey, tkey, t2key, s2key) VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        self.count += len(rows)

    def _groups(self, key: str, other: str) -> Iterator[tuple[list[Occurrence], list[str]]]:
        # Keys with more than one variant, then their rows key by key: one group in memory.
        query = (
            f"SELECT u.{key}, u.path, u.unit, u.{other} FROM units u JOIN "
            f"(SELECT {key} FROM units GROUP BY {key} HAVING COUNT(DISTINCT {other}) > 1) g "
            f"ON u.{key} = g.{key} ORDER BY u.{key}, u.id"
        )
        current = None
        occurrences: list[Occurrence] = []
        variants: list[str] = []
        for group_key, path, blob, variant in self.db.execute(query):
            if group_key != current and occurrences:
                yield occurrences, variants
                occurrences, variants = [], []
            current = group_key
            occurrences.append(Occurrence(path, pickle.loads(blob)))
            variants.append(variant)
        if occurrences:
            yield occurrences, variants

    def reduce(self, scope: str) -> None:
        """Write every flagged occurrence to the ``found`` table, keyed by path."""
        self.db.execute("CREATE INDEX units_s ON units (skey)")
        self.db.execute("CREATE INDEX units_t ON units (t2key)")
        for code, key, other in ((SOURCE_CODE, "skey", "tkey"), (TARGET_CODE, "t2key", "s2key")):
            for occurrences, variants in self._groups(key, other):
                rows = [
                    (flagged.occurrence.path, pickle.dumps(flagged, protocol=5))
                    for flagged in flag_group(code, occurrences, variants, scope)
                ]
                self.db.executemany("INSERT INTO found VALUES (?, ?)", rows)
        self.db.execute("CREATE INDEX found_path ON found (path)")

    def flagged_for(self, path: str) -> list[Flagged]:
        rows = self.db.execute("SELECT item FROM found WHERE path = ?", (path,))
        return [pickle.loads(blob) for (blob,) in rows]

    def close(self) -> None:
        self.db.close()


def _located(flagged: Flagged, report: FileReport) -> LocatedFinding:
    from mtlint.checks.results import LocatedFinding
    from mtlint.checks.rules.consistency import rule_names

    unit = flagged.occurrence.unit
    finding = dataclasses.replace(
        finding_for(flagged, "consistency", rule_names()[flagged.code], fixable=False),
        span=Span(unit.start, unit.end),
    )
    # A per-file finding at the same unit (same file, so the fix is the file's own) keeps its fix.
    same = next(
        (
            located
            for located in report.findings
            if located.finding.code == flagged.code
            and (located.file_start, located.file_end) == (unit.file_start, unit.file_end)
        ),
        None,
    )
    fixes = same.file_fixes if same else ()
    descriptions = same.fix_descriptions if same else ()
    if not same and flagged.code == SOURCE_CODE and flagged.majority_text is not None:
        # A hint only: the replacement is not escaped for the file's format here.
        hint = Fix(
            (Edit(unit.file_start, unit.file_end, flagged.majority_text),),
            Applicability.DISPLAY_ONLY,
            f"use '{short_text(flagged.majority_text, 40)}' as elsewhere",
        )
        fixes, descriptions = (hint,), (hint.title,)
    return LocatedFinding(
        dataclasses.replace(finding, fixes=same.finding.fixes if same else fixes),
        unit.file_start,
        unit.file_end,
        unit.line,
        unit.column,
        unit.target,
        fixes,
        descriptions,
        f"[{short_text(unit.target, 80)}]",
    )


def merge_into(report: FileReport, flagged: list[Flagged], config: Config) -> FileReport:
    """The report with its per-file MT901/MT902 findings replaced by the project's."""
    from mtlint.checks.batch import apply_ignores

    kept = [f for f in report.findings if f.finding.code not in CODES]
    added = [_located(item, report) for item in flagged]
    if not added and len(kept) == len(report.findings):
        return report
    merged = sorted(kept + added, key=lambda f: (f.file_start, f.file_end, f.finding.code))
    return apply_ignores(dataclasses.replace(report, findings=tuple(merged)), config)


def project_pass(
    reports: Iterable[FileReport], config: Config, *, scope: str = "in this batch"
) -> Iterator[FileReport]:
    """The consistency reduce over a stream of per-file reports (path order in, path order out).

    Reports pass straight through until the first one with units; from there on they are
    spooled to a temporary file (their units go into the index), and come back, with the
    project's findings merged in, once the stream ends. Without MT901/MT902 selected, or in a
    batch without bilingual files, nothing is held back.
    """
    if not _selected(config):
        for report in reports:
            yield dataclasses.replace(report, units=()) if report.units else report
        return
    iterator = iter(reports)
    for report in iterator:
        if not report.units:
            yield report
            continue
        yield from _spooled(report, iterator, config, scope)
        return


def _spooled(
    first: FileReport, rest: Iterator[FileReport], config: Config, scope: str
) -> Iterator[FileReport]:
    import sqlite3
    import tempfile

    with tempfile.TemporaryDirectory(prefix="mtlint-consistency-") as folder:
        index = ProjectIndex(Path(folder), config.consistency_ignore)
        try:
            with open(Path(folder) / "reports.pickle", "w+b") as spool:
                spooled = 0
                for report in (first, *()), rest:
                    for item in report:
                        index.add(item.path, item.units, item.language)
                        pickle.dump(dataclasses.replace(item, units=()), spool, protocol=5)
                        spooled += 1
                index.db.commit()
                index.reduce(scope)
                spool.seek(0)
                for _ in range(spooled):
                    report = pickle.load(spool)
                    yield merge_into(report, index.flagged_for(report.path), config)
        finally:
            with contextlib.suppress(sqlite3.Error):
                index.close()
