"""Command-line options of the QA features (issue 14): checklists, consistency options, the
quality-score gate. cli.py calls these three functions; everything else lives here."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from pathlib import Path

from mtlint.checks.config import Config, ConfigError
from mtlint.checks.results import FileReport
from mtlint.checks.score import ScoreTally


def add_options(parser: argparse.ArgumentParser, *, gate: bool = False) -> None:
    group = parser.add_argument_group("translation QA")
    group.add_argument(
        "--checklist",
        action="append",
        type=Path,
        metavar="FILE",
        help="also run the [[checklist]] patterns in FILE (repeatable)",
    )
    if not gate:
        return
    group.add_argument(
        "--consistency-ignore",
        metavar="WHAT",
        help="what consistency checks ignore: case, whitespace, punctuation (comma-separated)",
    )
    group.add_argument(
        "--fail-under",
        type=float,
        metavar="SCORE",
        help="exit 1 when the quality score (0-100) is below SCORE, else 0",
    )


def apply_options(args: argparse.Namespace, config: Config) -> Config:
    """The config with the command line's checklist files and consistency options."""
    from mtlint.checks.checklist import load_checklist_file
    from mtlint.checks.consistency import IGNORE_OPTIONS

    entries = tuple(config.checklist)
    for path in getattr(args, "checklist", None) or ():
        if not path.is_file():
            raise ConfigError(f"{path}: no such checklist file")
        entries += load_checklist_file(path)
    codes = [entry.code for entry in entries]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise ConfigError(f"checklist code {duplicates[0]} is defined twice")
    ignore = getattr(args, "consistency_ignore", None)
    if ignore is not None:
        parts = tuple(p.strip() for p in ignore.split(",") if p.strip())
        unknown = [p for p in parts if p not in IGNORE_OPTIONS]
        if unknown:
            raise ConfigError(
                f"--consistency-ignore: unknown '{unknown[0]}' (choose from "
                f"{', '.join(IGNORE_OPTIONS)})"
            )
        config = config.merged(consistency_ignore=parts)
    fail_under = getattr(args, "fail_under", None)
    if fail_under is not None and not 0 <= fail_under <= 100:
        raise ConfigError("--fail-under needs a score from 0 to 100")
    return config.merged(checklist=entries, fail_under=fail_under)


class ScoreGate:
    """Watches the report stream; decides the exit code when a fail-under score is set."""

    def __init__(self, threshold: float | None) -> None:
        self.threshold = threshold
        self.tally = ScoreTally()

    def watch(self, reports: Iterable[FileReport]) -> Iterator[FileReport]:
        return self.tally.watch(reports) if self.threshold is not None else iter(reports)

    def exit_code(self, default: int) -> int:
        """``default`` for input errors or without a threshold; else 1 below it, 0 at or above."""
        if self.threshold is None or default == 2:
            return default
        total = self.tally.total
        return 1 if total.scored and total.score < self.threshold else 0

    def message(self) -> str | None:
        if self.threshold is None:
            return None
        if not self.tally.total.scored:
            return f"no quality score (too few words) for --fail-under {self.threshold:g}"
        score = self.tally.total.score
        verdict = "below" if score < self.threshold else "meets"
        return f"quality score {score:.1f} {verdict} --fail-under {self.threshold:g}"
