"""Retired rule codes: a code is never reused, and a rule that was folded into another says so.

A retired code stays known: ``mtlint rules`` and ``mtlint explain`` name it with the rule that
took its findings, a configuration or command line that selects or ignores it gets one line
saying so and acts on the successor, and an ignore-file line written for it matches the
successor's findings (the successor reports the same spans).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RetiredRule:
    code: str
    name: str
    successor: str
    retired: str  # the session or date it was retired in
    why: str


RETIRED_RULES: dict[str, RetiredRule] = {
    rule.code: rule
    for rule in (
        RetiredRule(
            "MT221",
            "dash-after-quotation",
            "MT231",
            "2026-12-05",
            "the dash between a quotation and its attribution was found twice: MT231 "
            "(attribution-dash) took MT221's German and its closing marks",
        ),
        RetiredRule(
            "MT952",
            "time-locale-format",
            "MT946",
            "2026-12-07",
            "the bilingual 12-hour clock was folded into the locale-form judge: MT946 "
            "(twelve-hour-clock) reads every 12-hour time in a 24-hour locale, with or without "
            "a source, with the same fix (CLDR's short time)",
        ),
    )
}


_BY_NAME = {rule.name: rule for rule in RETIRED_RULES.values()}


def retired(selector: str) -> RetiredRule | None:
    """The retired rule with this code (any case) or name, or None."""
    selector = selector.strip()
    return RETIRED_RULES.get(selector.upper()) or _BY_NAME.get(selector.lower())


def successor(selector: str) -> str:
    """The code that reports a retired rule's findings now; any other selector as it is."""
    rule = retired(selector)
    return rule.successor if rule is not None else selector


def notices(selectors: list[str] | tuple[str, ...]) -> list[str]:
    """One line for each retired code or name among ``selectors`` (a configuration's select,
    ignore and extend-select), once each."""
    lines = []
    for rule in dict.fromkeys(filter(None, map(retired, selectors))):
        lines.append(
            f"{rule.code} ({rule.name}) is retired: {rule.successor} reports its findings, "
            f"and the setting is read as {rule.successor}"
        )
    return lines
