"""Numbers left in the source's notation (MT941–MT943, and MT206's decimal comma before a unit
and spaced thousands): invented sentences that must be found, look-alikes that must stay quiet."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.engine import check_text


def _found(text: str, code: str, language: str = "en") -> list:
    result = check_text(text, language=language, config=Config(min_confidence=0.0))
    return [f for f in result.findings if f.code == code]


def test_a_russian_abbreviation_in_ukrainian_is_foreign_and_the_own_one_is_not():
    assert _found("Бюджет склав 40 тыс. гривень.", "MT941", "uk")
    assert not _found("Бюджет склав 40 тис. гривень.", "MT941", "uk")


def test_a_polish_abbreviation_in_german_is_foreign():
    found = _found("Die Stadt verlor 3 tys. Einwohner.", "MT941", "de")
    assert [f.span.start for f in found] == [19]


def test_an_undotted_form_needs_a_word_after_it():
    assert _found("The fund gave 5 Mio euros.", "MT941")
    assert not _found("Sizes:\n1 Mio\n10 Mio\n", "MT941")
    assert not _found("The 5 bio pages were short.", "MT941")


def test_a_day_glued_to_its_month_by_the_ordinal_dot():
    found = _found("It closes on Monday 12.October.", "MT942")
    assert found and found[0].fixes[0].edits[0].replacement == " "


def test_a_czech_day_dot_in_czech_stays_quiet_and_a_sentence_end_too():
    assert not _found("Muzeum je zavřeno v pondělí 12. října.", "MT942", "cs")
    assert not _found("Sales rose by 12. October was calm.", "MT942")


def test_the_currency_side_is_judged_per_sign():
    found = _found("It costs €90 and 60€; a fee of 7¥.", "MT943")
    assert [(f.span.start, f.confidence) for f in found] == [(17, 0.7), (31, 0.45)]


def test_spaced_thousands_are_doubtful_alone_and_at_the_bar_beside_commas():
    alone = _found("The region has 12 000 pupils.", "MT206")
    beside = _found("The region has 1,200 schools and 12 000 pupils.", "MT206")
    assert [f.confidence for f in alone] == [0.45]
    assert [f.confidence for f in beside] == [0.7]


def test_a_decimal_comma_before_a_unit_but_not_a_grouped_thousand():
    assert _found("The track is 3,5 km long.", "MT206")
    assert not _found("The track is 3,500 km long; rows 3,5 and 7.", "MT206")


def test_an_amount_that_ends_the_text_is_read_too():
    found = _found("Early check-in costs 60€", "MT943")
    assert [f.span.start for f in found] == [21]


def test_a_zero_padded_count_between_lower_case_words():
    assert _found("The storm destroyed 04 houses.", "MT944")
    assert not _found("Le marché ouvre le 05 mai dans la salle 05 du centre.", "MT944", "fr")
    assert not _found("05 people came; see Room 05 at 05:30.", "MT944")


def test_the_shipped_magnitude_forms_are_todays_cldr_build():
    """MT941 reads the CLDR short forms from resources/language/magnitudes.json, not from Babel
    at check time (memory): the shipped table must be what the builder makes from the installed
    Babel, or a language's forms would silently go stale."""
    import json
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parents[2] / "bench"
    sys.path.insert(0, str(bench))
    try:
        import build_magnitude_forms
    finally:
        sys.path.remove(str(bench))
    shipped = json.loads(build_magnitude_forms.OUT.read_text(encoding="utf-8"))
    assert shipped == build_magnitude_forms.build()
    assert shipped["de"]["Mio."] == 6
