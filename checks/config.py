"""Configuration: ``[tool.mtlint]`` in pyproject.toml or ``mtlint.toml``, found upward from a path.

Command-line options override the file; the file overrides the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from mtlint.checks.errors import ConfigError

__all__ = [
    "DOUBTFUL_FLOOR",
    "Config",
    "ConfigError",
    "config_from_table",
    "find_config_file",
    "load_config",
]

# Broad detectors report lower bands too (a finding's confidence is the precision measured for its
# band): below the user's bar such findings are "doubtful". They are hidden unless the user asks
# to see them (``show-doubtful``, the GUI's "Doubtful" switch), and then only down to this floor:
# under it a finding is more often wrong than worth a reader's look.
DOUBTFUL_FLOOR = 0.2


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    language: str | None = None
    # Findings below this confidence are not reported.
    min_confidence: float = 0.5
    # Also report findings between DOUBTFUL_FLOOR and min_confidence, marked as doubtful.
    show_doubtful: bool = False
    # Back-translation: pivot language, chrF threshold under which a sentence is flagged.
    pivot: str | None = None
    roundtrip_threshold: float = 45.0
    # Per-project dismissed findings (relative to the config file's folder).
    ignore_file: str | None = None
    # Glossary TSV for the bilingual checks.
    glossary: str | None = None
    exclude: tuple[str, ...] = ()
    # Issue 14 (checks/consistency.py, checks/checklist.py, checks/score.py): what consistency
    # ignores when comparing segments ("case", "whitespace", "punctuation"), the checklist
    # entries ([[tool.mtlint.checklist]] and --checklist files, parsed), and the CI gate.
    consistency_ignore: tuple[str, ...] = ("whitespace",)
    checklist: tuple = ()
    fail_under: float | None = None
    # Set by the batch for its workers: send each file's units to the project pass (the per-file
    # MT901/MT902 rules are then skipped there: the project pass replaces their findings).
    consistency_units: bool = False
    # PO files: also report findings in fuzzy and in obsolete ("#~") entries.
    include_fuzzy: bool = False
    include_obsolete: bool = False
    # A keyed catalogue's source-language file named with --source (its units pair by key);
    # set by the command line for its one checked file, never read from a project config.
    catalogue_source: str | None = None
    # Where the settings came from, for messages.
    source: Path | None = field(default=None, compare=False)

    @property
    def reporting_floor(self) -> float:
        """The lowest confidence reported: the bar, or the doubtful floor under it when asked."""
        if self.show_doubtful:
            return min(self.min_confidence, DOUBTFUL_FLOOR)
        return self.min_confidence

    @property
    def doubtful_below(self) -> float:
        """Reported findings under this confidence are doubtful (0 when none was asked for)."""
        return self.min_confidence if self.show_doubtful else 0.0

    def is_doubtful(self, confidence: float) -> bool:
        """A reported finding below the user's bar (shown only because doubtful ones are)."""
        return confidence < self.min_confidence

    def merged(self, **overrides: Any) -> Config:
        """A copy with the given non-None values replacing this config's."""
        values = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, **values)


_KEYS = {f.name for f in fields(Config)} - {"source", "catalogue_source"}
_ALIASES = {
    "lang": "language",
    "extend-select": "extend_select",
    "min-confidence": "min_confidence",
    "show-doubtful": "show_doubtful",
    "roundtrip-threshold": "roundtrip_threshold",
    "ignore-file": "ignore_file",
    "consistency-ignore": "consistency_ignore",
    "fail-under": "fail_under",
}


def find_config_file(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest mtlint.toml, or pyproject.toml with a [tool.mtlint] table, at or above start."""
    start = start.resolve()
    try:
        folder = start if start.is_dir() else start.parent
    except OSError:  # an unreadable folder: look from its parent
        folder = start.parent
    for candidate_folder in (folder, *folder.parents):
        for name in ("mtlint.toml", ".mtlint.toml", "pyproject.toml"):
            path = candidate_folder / name
            try:
                if not path.is_file():
                    continue
                text = path.read_text(encoding="utf-8")
            except OSError:
                # A folder we may not look into (permission denied) holds no config we can use.
                continue
            except UnicodeDecodeError as error:
                raise ConfigError(f"{path}: not UTF-8 text ({error.reason})") from error
            import tomllib  # here, not at start-up: a run without a config file never parses TOML

            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as error:
                raise ConfigError(f"{path}: invalid TOML ({error})") from error
            if name == "pyproject.toml":
                table = data.get("tool", {}).get("mtlint")
                if table is None:
                    continue
                return path, table
            return path, data.get("tool", {}).get("mtlint", data)
    return None


def config_from_table(table: dict[str, Any], source: Path | None = None) -> Config:
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = _ALIASES.get(key, key.replace("-", "_"))
        if name not in _KEYS:
            where = f"{source}: " if source else ""
            raise ConfigError(f"{where}unknown setting '{key}' in [tool.mtlint]")
        if name == "checklist":
            from mtlint.checks.checklist import parse_checklist_tables

            value = parse_checklist_tables(value, source)
        if name in ("select", "ignore", "extend_select", "exclude", "consistency_ignore"):
            if isinstance(value, str):
                value = [value]
            value = tuple(str(v) for v in value)
        if name == "pivot" and isinstance(value, list):
            value = ",".join(str(v) for v in value)  # pivot = ["de", "fr"] means "de,fr"
        values[name] = value
    return Config(source=source, **values)


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    found = find_config_file(path)
    if found is None:
        return Config()
    file_path, table = found
    return config_from_table(table, file_path)
