"""The UI language: Qt translators for mtlint's own strings and for Qt's standard dialogs.

English is the source language. ``resources/i18n/mtlint_<lang>.ts`` holds the translations and
the compiled ``mtlint_<lang>.qm`` files ship as package data;
``python -m mtlint.desktop.i18n_update`` regenerates both from the sources. ``mtlint_en`` carries
only the English plural forms
(``self.tr("%n finding(s)", "", n)`` → "1 finding" / "5 findings"), as Qt recommends for the
source language.

Plurals: write ``self.tr("%Ln finding(s)", "", n)`` inside a QObject subclass. lupdate marks
only ``self.tr(..., n)`` as numerus, not ``QCoreApplication.translate(..., n)``.
"""

from __future__ import annotations

import gettext
import os
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

# The languages the UI ships in, by their own names (what the settings list shows).
LANGUAGES = {"en": "English", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"
# Beats the setting: ``MTLINT_UI_LANGUAGE=de mtlint-gui …`` (screenshots, bug reports).
ENV = "MTLINT_UI_LANGUAGE"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def system_language() -> str:
    """The first supported language among the system's UI languages, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve(setting: str | None) -> str:
    """The language to show: $MTLINT_UI_LANGUAGE, else the setting, else the system's."""
    for candidate in (os.environ.get(ENV, ""), setting or ""):
        code = candidate.strip().lower().replace("_", "-").split("-")[0]
        if code in LANGUAGES:
            return code
    return system_language()


def catalog(language: str) -> Traversable:
    """The compiled translation of mtlint's strings into ``language`` (package data)."""
    return resources.files("mtlint.resources") / "i18n" / f"mtlint_{language}.qm"


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def ui_locale(language: str) -> QLocale:
    """Number formats that go with the UI language (the system's if it speaks it)."""
    system = QLocale.system()
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def install(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Show the UI in ``language`` from now on; returns the translation files loaded.

    Replaces translators installed by an earlier call. Widgets built before keep their text:
    switching the language takes a restart (or new widgets)."""
    app = app or QCoreApplication.instance()
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    if language != SOURCE_LANGUAGE:
        # Qt's own strings (standard buttons, file dialogs, context menus) when Qt ships them.
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_translations_dir()):
            app.installTranslator(qt)
            _installed.append(qt)
            loaded.append(qt.filePath())
    own = QTranslator(app)
    with resources.as_file(catalog(language)) as path:
        if path.is_file() and own.load(str(path)):
            app.installTranslator(own)
            _installed.append(own)
            loaded.append(str(path))
    QLocale.setDefault(ui_locale(language))
    _current = language
    return loaded


def current_language() -> str:
    return _current


# --- the engine's identifiers, shown in the UI's language ----------------------------------------
# The engine keeps these as ids (configs and reports use them); only what is shown is translated.
_FAMILIES = (
    QT_TRANSLATE_NOOP("RuleFamily", "spacing"),
    QT_TRANSLATE_NOOP("RuleFamily", "punctuation"),
    QT_TRANSLATE_NOOP("RuleFamily", "casing"),
    QT_TRANSLATE_NOOP("RuleFamily", "repetition"),
    QT_TRANSLATE_NOOP("RuleFamily", "language"),
    QT_TRANSLATE_NOOP("RuleFamily", "encoding"),
    QT_TRANSLATE_NOOP("RuleFamily", "bilingual"),
    QT_TRANSLATE_NOOP("RuleFamily", "backtranslation"),
    QT_TRANSLATE_NOOP("RuleFamily", "consistency"),
    QT_TRANSLATE_NOOP("RuleFamily", "locale"),
    QT_TRANSLATE_NOOP("RuleFamily", "checklist"),
    QT_TRANSLATE_NOOP("RuleFamily", "residue"),
    QT_TRANSLATE_NOOP("RuleFamily", "garble"),
    QT_TRANSLATE_NOOP("RuleFamily", "other"),
)
_SEVERITIES = (
    QT_TRANSLATE_NOOP("Severity", "error"),
    QT_TRANSLATE_NOOP("Severity", "warning"),
    QT_TRANSLATE_NOOP("Severity", "info"),
)
_APPLICABILITIES = (
    QT_TRANSLATE_NOOP("Applicability", "safe"),
    QT_TRANSLATE_NOOP("Applicability", "unsafe"),
    QT_TRANSLATE_NOOP("Applicability", "display-only"),
)
KNOWN_TERMS = {"RuleFamily": _FAMILIES, "Severity": _SEVERITIES, "Applicability": _APPLICABILITIES}


def family_label(family: str) -> str:
    """``"casing"`` → "casing" / "Großschreibung"."""
    return QCoreApplication.translate("RuleFamily", family)


def family_title(family: str) -> str:
    """A family as a column heading: "Casing" / "Großschreibung"."""
    label = family_label(family)
    return label[:1].upper() + label[1:]


def severity_label(severity: object) -> str:
    return QCoreApplication.translate("Severity", str(severity))


def applicability_label(applicability: object) -> str:
    return QCoreApplication.translate("Applicability", str(applicability))


def number(value: float, decimals: int | None = None) -> str:
    """A number in the UI locale's format: 12,345 / 12.345; 2.5 / 2,5 (shortest if no decimals)."""
    if decimals is not None:
        return QLocale().toString(float(value), "f", decimals)
    if isinstance(value, int):
        return QLocale().toString(value)
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return QLocale().toString(float(value), "g", shortest)


@cache
def _language_names(language: str) -> gettext.NullTranslations:
    try:
        import pycountry
    except ImportError:
        return gettext.NullTranslations()
    return gettext.translation(
        "iso639-3", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


def language_name(english_name: str) -> str:
    """A language's English name (pycountry's) in the UI language: "English" → "Englisch"."""
    if not english_name or _current == SOURCE_LANGUAGE:
        return english_name
    return _language_names(_current).gettext(english_name)
