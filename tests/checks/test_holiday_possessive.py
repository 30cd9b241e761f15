"""MT303 on "new year's" before another holiday the text names (h27prec): the possessive is
this year's, not the holiday; invented sentences."""

from mtlint.checks.engine import check_text


def _flagged(text: str) -> list[str]:
    result = check_text(text, language="en")
    return [text[f.start : f.end] for f in result.findings if f.code == "MT303"]


def test_new_years_before_another_named_holiday_is_no_holiday():
    text = (
        "The Lantern Moon Festival is an old holiday. Here comes a new year's lantern moon "
        "festival with sweet cakes."
    )
    assert "new year's" not in _flagged(text)


def test_new_years_day_is_still_taken():
    text = "We met on new year's day, and the New Year's Day parade was long."
    assert "new year's" in _flagged(text)
