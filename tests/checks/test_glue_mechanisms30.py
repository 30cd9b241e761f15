"""Session 24's glue and doublet mechanisms (h30glue), invented sentences:
MT117, a lower-case word glued to a short function word that opens the next sentence;
MT403, a doubled "-ing" word after a preposition or a determiner (a gerund, not the progressive
idiom); MT120, a word glued to an amount its word of money or measure follows."""

from __future__ import annotations

import pytest
from helpers import code_findings, code_fixed
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text


def _all(text: str, code: str) -> list:
    config = Config(select=(code,), min_confidence=0.0)
    return [f for f in check_text(text, language="en", config=config).findings if f.code == code]


def test_a_short_opener_the_document_opens_a_sentence_with_is_a_lost_break() -> None:
    text = "Call your motherIf she is at home, stay for lunch. If not, leave a note."
    assert code_fixed(text, "MT117").startswith("Call your mother If she")
    (finding,) = _all(text, "MT117")
    assert finding.confidence >= 0.5


def test_a_short_opener_without_the_documents_evidence_is_doubtful() -> None:
    (finding,) = _all("Pack a coat for your trip abroadAs the nights are cold.", "MT117")
    assert finding.confidence < 0.5
    assert not code_findings("Pack a coat for your trip abroadAs the nights are cold.", "MT117")


@pytest.mark.parametrize(
    "text",
    [
        "Use groupBy and then sortBy to order the rows of the table.",
        "Open the saveAs setting of the editor; keep the others.",
        "The team at wikiHow wrote it. As always, wikiHow thanks its readers.",
        # A capitalised head is a name or a title, never a lost sentence break here.
        "The firm ParisAs opened a shop. As planned, it sells bread.",
        # "By" never opens a sentence of this text, and the line holds another identifier.
        "Call mapTo on the list, then filterBy the date field.",
    ],
)
def test_identifiers_brands_and_names_stay_quiet(text: str) -> None:
    assert not _all(text, "MT117")


def test_a_gerund_doubled_after_a_preposition_is_a_doublet() -> None:
    text = "After washing and washing the shirts, she hung them outside."
    assert code_fixed(text, "MT403") == "After washing the shirts, she hung them outside."
    assert code_findings("The art of carving and carving wood takes years.", "MT403")


@pytest.mark.parametrize(
    "text",
    [
        "The river kept rising and rising all night.",
        "The room was shrinking and shrinking around us.",
        "He went on running and running until dark.",
    ],
)
def test_the_progressive_idiom_stays_quiet(text: str) -> None:
    assert not _all(text, "MT403")


def test_a_word_glued_to_an_amount_with_its_unit_word_after() -> None:
    text = "Adults pay20 dollars a night and children less."
    assert code_fixed(text, "MT120") == "Adults pay 20 dollars a night and children less."
    assert code_findings("Last year the farms harvest40 tonnes of tea.", "MT120")
    # No word of money or measure after the amount, no verb marker: not read.
    assert not code_findings("Last year the farms harvest40 boxes of tea.", "MT120")


@pytest.mark.parametrize(
    "text",
    [
        # A code's digits, and an amount with no word of money or measure after it.
        "The old win32 dollars joke is back; the speed3 class runs fast.",
        "Children up to twelve stay free; the room7 key is at the desk.",
    ],
)
def test_codes_and_amounts_without_a_unit_stay_quiet(text: str) -> None:
    assert not _all(text, "MT120")


def test_a_photo_credit_is_translated_as_a_photo_credit() -> None:
    text = "The new bridge opened on Monday after two years of work.\nFoto: EFE\n"
    assert code_fixed(text, "MT503").endswith("Photo: EFE\n")
    source = "The new bridge opened on Monday after two years of work.\nFuente: EFE\n"
    assert code_fixed(source, "MT503").endswith("Source: EFE\n")


def test_a_vietnamese_credit_line_is_read_without_a_casing_table() -> None:
    text = "The port handled more ships this year than ever before.\nNguồn: TTXVN\n"
    assert code_fixed(text, "MT503").endswith("Source: TTXVN\n")
    caption = "The port handled more ships this year than ever before.\nẢnh: TTXVN\n"
    assert code_fixed(caption, "MT503").endswith("Photo: TTXVN\n")


@pytest.mark.parametrize(
    "text",
    [
        "Plus the new coach arrived early on the first day.",
        "Till the end of the match, the fans kept singing.",
        "Pour the milk into the bowl and stir it well.",
        "Son of a farmer, he became the town's first mayor.",
    ],
)
def test_english_words_that_are_foreign_function_words_stay_quiet(text: str) -> None:
    assert not _all(text, "MT503")


def test_a_foreign_function_word_before_english_words_is_still_read() -> None:
    assert code_findings("The total is 9,931. De these new cases, most are local.", "MT503")


@pytest.mark.parametrize(
    ("text", "with_colon"),
    [
        ("Ministers met in the capital.. Talks resume on Monday", "capital: Talks resume"),
        ("The army stayed in the north .. These units will leave.", "north: These units"),
        ("Prices..Rising fuel costs hit families", "Prices: Rising fuel"),
    ],
)
def test_two_dots_before_a_capital_offer_a_colon_as_well(text: str, with_colon: str) -> None:
    from mtlint.checks.fixes import apply_edits

    (finding,) = _all(text, "MT202")
    fixed = [apply_edits(text, list(fix.edits)) for fix in finding.fixes]
    assert any(with_colon in candidate for candidate in fixed[1:])


def test_two_dots_before_a_lower_case_word_offer_no_colon() -> None:
    (finding,) = _all("The shop sells bread, milk etc.. and it opens early.", "MT202")
    assert len(finding.fixes) == 1


def test_an_abbreviations_dot_before_a_full_stop_offers_no_colon() -> None:
    (finding,) = _all("The U.S.. Supreme Court ruled on the case last year.", "MT202")
    assert len(finding.fixes) == 1
