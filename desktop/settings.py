"""The one typed wrapper around QSettings, and how settings become an engine ``Config``.

A project config file (``[tool.mtlint]`` in pyproject.toml or ``mtlint.toml`` above the opened
file) wins over these settings for every value it sets.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from mtlint.checks.config import Config, ConfigError, load_config
from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


def _as_list(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[union-attr]


def _as_bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def _as_float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


class Settings:
    """Typed access to the app's settings.

    Pass a QSettings to use another store (tests use an INI file in a temp folder)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings("mtlint", "mtlint")

    # --- rules -----------------------------------------------------------------------------------
    @property
    def disabled_rules(self) -> list[str]:
        """Codes, code prefixes or family names switched off."""
        return _as_list(self.store.value("rules/disabled"))

    @disabled_rules.setter
    def disabled_rules(self, values: list[str]) -> None:
        self.store.setValue("rules/disabled", sorted(set(values)))

    @property
    def enabled_rules(self) -> list[str]:
        """Codes that are off by default (need a source, a model …) switched on."""
        return _as_list(self.store.value("rules/enabled"))

    @enabled_rules.setter
    def enabled_rules(self, values: list[str]) -> None:
        self.store.setValue("rules/enabled", sorted(set(values)))

    @property
    def min_confidence(self) -> float:
        return _as_float(self.store.value("rules/min_confidence"), Config.min_confidence)

    @min_confidence.setter
    def min_confidence(self, value: float) -> None:
        self.store.setValue("rules/min_confidence", float(value))

    @property
    def show_doubtful(self) -> bool:
        """Also show findings under the confidence bar (down to DOUBTFUL_FLOOR), marked."""
        return _as_bool(self.store.value("rules/show_doubtful"), Config.show_doubtful)

    @show_doubtful.setter
    def show_doubtful(self, value: bool) -> None:
        self.store.setValue("rules/show_doubtful", bool(value))

    @property
    def roundtrip_threshold(self) -> float:
        return _as_float(self.store.value("backtranslation/threshold"), Config.roundtrip_threshold)

    @roundtrip_threshold.setter
    def roundtrip_threshold(self, value: float) -> None:
        self.store.setValue("backtranslation/threshold", float(value))

    @property
    def pivot(self) -> str:
        """Default pivot language ('' = chosen per document)."""
        return str(self.store.value("backtranslation/pivot", "") or "")

    @pivot.setter
    def pivot(self, value: str) -> None:
        self.store.setValue("backtranslation/pivot", value or "")

    @property
    def language(self) -> str:
        """Language override ('' = detect)."""
        return str(self.store.value("document/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("document/language", value or "")

    # --- user interface --------------------------------------------------------------------------
    @property
    def ui_language(self) -> str:
        """The UI language ('' = the system's; see desktop.i18n.LANGUAGES); read at startup."""
        return str(self.store.value("ui/language", "") or "")

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self.store.setValue("ui/language", value or "")

    # --- checklist (issue 14: the user's own [[checklist]] entries, as TOML) ----------------------
    @property
    def checklist_toml(self) -> str:
        return str(self.store.value("rules/checklist", "") or "")

    @checklist_toml.setter
    def checklist_toml(self, value: str) -> None:
        self.store.setValue("rules/checklist", value or "")

    def checklist_entries(self) -> tuple:
        """The stored entries; an invalid store (edited outside the app) gives none."""
        from mtlint.checks.config import ConfigError
        from mtlint.desktop.dialogs.checklist_editor import parse_checklist_text

        try:
            return parse_checklist_text(self.checklist_toml)
        except ConfigError:
            return ()

    # --- batch -----------------------------------------------------------------------------------
    @property
    def batch_pattern(self) -> str:
        return str(self.store.value("batch/pattern", "") or "")

    @batch_pattern.setter
    def batch_pattern(self, value: str) -> None:
        self.store.setValue("batch/pattern", value)

    @property
    def batch_recursive(self) -> bool:
        return _as_bool(self.store.value("batch/recursive"), True)

    @batch_recursive.setter
    def batch_recursive(self, value: bool) -> None:
        self.store.setValue("batch/recursive", bool(value))

    @property
    def batch_backtranslate(self) -> bool:
        return _as_bool(self.store.value("batch/backtranslate"), False)

    @batch_backtranslate.setter
    def batch_backtranslate(self, value: bool) -> None:
        self.store.setValue("batch/backtranslate", bool(value))

    # --- window ----------------------------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        return _as_list(self.store.value("files/recent"))

    def add_recent_file(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        recent = [p for p in self.recent_files if p != text]
        self.store.setValue("files/recent", [text, *recent][:MAX_RECENT])

    def clear_recent_files(self) -> None:
        self.store.setValue("files/recent", [])

    @property
    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    def sync(self) -> None:
        self.store.sync()

    # --- the engine's view -----------------------------------------------------------------------
    def base_config(self) -> Config:
        return Config(
            ignore=tuple(self.disabled_rules),
            extend_select=tuple(self.enabled_rules),
            language=self.language or None,
            min_confidence=self.min_confidence,
            show_doubtful=self.show_doubtful,
            pivot=self.pivot or None,
            roundtrip_threshold=self.roundtrip_threshold,
            checklist=self.checklist_entries(),
        )

    def config_for(self, path: str | Path | None) -> tuple[Config, str | None]:
        """The Config for checking ``path`` and a one-line warning if the project file is bad.

        Every value the project file sets (differs from the defaults) wins over the app settings.
        """
        return with_project_config(self.base_config(), path)


def with_project_config(base: Config, path: str | Path | None) -> tuple[Config, str | None]:
    """``base`` overridden by the project file found from ``path`` (no Qt: runs in workers)."""
    if path is None:
        return base, None
    try:
        project = load_config(Path(path))
    except ConfigError as error:
        return base, str(error)
    if project.source is None:
        return base, None
    defaults = Config()
    overrides = {
        f.name: getattr(project, f.name)
        for f in fields(Config)
        if f.name != "source" and getattr(project, f.name) != getattr(defaults, f.name)
    }
    return base.merged(source=project.source, **overrides), None
