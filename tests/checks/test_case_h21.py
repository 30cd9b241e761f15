"""Session 17 (h21case): case shapes from real MT, each with its look-alikes (invented
sentences): a capital kept after an article that opens a sentence in lower case (MT346 "t"),
an event's name written by halves beside its full spelling (MT348 evidence heads), generic-
looking names on a lower-cased page (MT328), period names with a lower-case first word."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.engine import check_text


def _found(text: str, code: str) -> list[str]:
    result = check_text(text, language="en", config=Config(min_confidence=0.2))
    return [text[f.start : f.end] for f in result.findings if f.code == code]


def test_capital_kept_after_an_article_that_opens_a_sentence() -> None:
    text = "Guests arrived at noon.\nthe Wooden bridge was closed for repairs."
    assert _found(text, "MT346") == ["Wooden"]
    assert _found("Guests arrived at noon. the Wooden bridge was closed.", "MT346") == ["Wooden"]


def test_the_article_fix_writes_both_words() -> None:
    text = "Guests arrived at noon.\nthe Wooden bridge was closed for repairs."
    result = check_text(text, language="en", config=Config(min_confidence=0.2))
    (finding,) = [f for f in result.findings if f.code == "MT346"]
    assert finding.fixes[0].title == "write 'The wooden'"


def test_names_and_mid_sentence_articles_stay_quiet() -> None:
    # A name after the lower-case article, an article inside a sentence, a headline.
    assert _found("Guests arrived.\nthe Kremlin said the talks went well.", "MT346") == []
    assert _found("They crossed the Wooden Bridge near the old mill.", "MT346") == []
    assert _found("Guests arrived.\nthe Wooden Bridge Was Closed For Repairs", "MT346") == []


def test_event_name_by_halves_beside_its_full_spelling() -> None:
    text = (
        "Staff joined the “Clean Harbour Week” events in June. "
        "Later the “Clean harbour Week” events ended with a parade."
    )
    assert _found(text, "MT348") == ["harbour"]


def test_event_heads_need_the_texts_evidence() -> None:
    # No full spelling elsewhere: "the second Week" is a stray capital, not a name by halves.
    assert _found("The team played in the second Week of the tour.", "MT348") == []
    assert _found("Buyers met at the spring trade Fair in the city.", "MT348") == []


def test_generic_looking_names_on_a_lower_cased_page() -> None:
    text = (
        "on monday the office of the state council issued a notice on the safety of mines.\n"
        "the city also held a state council on aging in the old hall near the river bank.\n"
    )
    assert _found(text, "MT328") == ["state council"]


def test_generic_phrases_on_a_lower_cased_page_stay_quiet() -> None:
    # A possessive before the phrase, or "of" after it (a place too): the common noun phrase.
    text = (
        "we read stories about old wars at school and in the small library near the mill.\n"
        "the three kingdoms of the north fought for years over the river and the hills.\n"
        "my grandfather told us about the state council of his village and its old rules.\n"
        "we liked our spring festival best, with lanterns and music in the square.\n"
        "the warring states of europe did the same later, as our teacher told us in class.\n"
        "later the state council issued a notice on the safety of the old mines and roads.\n"
    )
    assert _found(text, "MT328") == ["state council"]


def test_generic_looking_names_need_the_lower_cased_page() -> None:
    text = "On Monday the office of the state council issued a notice on the safety of mines."
    assert _found(text, "MT328") == []


def test_period_name_with_a_lower_case_first_word() -> None:
    assert _found("The poet lived during the warring States period.", "MT303") == ["warring States"]
    # All in lower case it is a common phrase ("the warring states of Europe").
    assert _found("The envoy spoke to the warring states on Monday.", "MT303") == []


def test_titles_run_on_over_an_article() -> None:
    # "Dance of the Lanterns" (an invented title): a work's title, not a stray capital; the
    # shape without the title still reports.
    text = "She sang twice in the musical Dance of the Lanterns that spring."
    assert _found(text, "MT346") == []
    text = "She sang twice in the musical Dance of the lanterns that spring."
    assert _found(text, "MT346") == ["Dance"]


def test_a_number_opening_a_line_is_a_list_item() -> None:
    assert _found("Method 1\n2 Start the seeds indoors.\n3 Water them daily.", "MT346") == []
