"""Word lists moved out of rule code into the language tables (h29tidy, session 23): each key
is in every resources/lang/*.json, and the rules read each language's own words. Invented
sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import code_findings
from mtlint.checks.langdata import every_language_words, load_language_data

_LANG = Path(__file__).resolve().parents[2] / "resources" / "lang"
_KEYS = (
    "code_member_words",
    "shift_key_short_words",
    "day_month_links",
    "qa_labels",
    "idiom_coordinators",
    "ambiguous_month_names",
    "number_unit_abbreviations",
    "contraction_tails",
    "contracted_inner_words",
    "past_endings",
    "participle_endings",
    "dot_led_names",
    # A pre-existing key (MT503) that five tables had; the others now say "none" (h30mend).
    "function_word_homographs",
)


@pytest.mark.parametrize("path", sorted(_LANG.glob("*.json")), ids=lambda p: p.stem)
def test_the_moved_keys_are_in_every_language_table(path: Path) -> None:
    table = json.loads(path.read_text(encoding="utf-8"))
    missing = [key for key in _KEYS if not isinstance(table.get(key), list)]
    assert not missing, f"{path.name} lacks {missing}"


def test_a_list_read_for_every_language_joins_the_tables() -> None:
    joined = every_language_words("ambiguous_month_names")
    assert {"may", "mayo", "mars"} <= joined
    assert load_language_data("es").word_set("ambiguous_month_names") == {"mayo"}


def test_a_comparative_idiom_is_quiet_with_the_languages_own_coordinator() -> None:
    assert not code_findings("Los precios suben más y más y la gente protesta.", "MT402", "es")
    assert not code_findings("Die Preise steigen mehr und mehr und schneller.", "MT402", "de")
    assert code_findings("The prices rose and fell and fell and fell again.", "MT402")
    # Polish writes "i": another language's "y" no longer excuses the repeat there.
    assert code_findings("Los precios suben más y más y la gente protesta.", "MT402", "pl")


def test_question_labels_come_from_the_table() -> None:
    text = "Q2.Was ist Ihre kleinste Menge pro Auftrag?\nA2:Zwei Kisten von jedem Modell."
    assert len(code_findings(text, "MT154", "de")) == 2
    assert not code_findings("F2.Was ist Ihre kleinste Menge pro Auftrag?", "MT154", "de")


def test_a_past_form_glued_to_its_amount_reads_the_languages_endings() -> None:
    assert load_language_data("en").word_set("past_endings") == {"ed"}
    assert code_findings("The clinic treated1,200 patients last year.", "MT120")
    # "speed" has no stem "spe" or "spee": no past form.
    assert not code_findings("The train kept its speed300 kilometres an hour.", "MT120")


def test_a_participle_after_a_bare_plural_is_read_from_the_table() -> None:
    # The document writes "the ministers’ office" with an apostrophe: "the ministers office"
    # is a lost one; "the ministers meeting" (a participle, en's participle_endings) is not.
    text = "The ministers’ office is closed. The ministers office opens on Monday."
    assert code_findings(text, "MT224")
    quiet = "The ministers’ meeting ended. The ministers meeting today agreed on it."
    assert not code_findings(quiet, "MT224")
    assert load_language_data("en").word_set("participle_endings") == {"ing", "ed"}
