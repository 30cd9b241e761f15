"""The punctuation-family mechanisms widened in session 22 (h26punct, issue 11): each fires on
its shape with the fix it should offer and stays quiet on its look-alikes (quoted speech, code,
decimal numbers, URLs, abbreviations, French spacing). Every sentence is invented."""

from __future__ import annotations

import pytest
from helpers import rule_findings as findings
from helpers import rule_fixed as fixed
from mtlint.checks.fixes import apply_edits


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # A space before the full stop, the next sentence glued on, after a number or a mark.
        ("MT104", "The board approved 12 .It was a record.", "approved 12. It was"),
        ("MT104", "The report (2019) .The new one is late.", "(2019). The new"),
        # A colon spaced off its label and glued to the number after it.
        ("MT145", "For orders call the hotline :0086-571-1234 today.", "hotline: 0086-571"),
        ("MT145", "The usual lead time :30-45 days after payment.", "time: 30-45 days"),
        # A date's comma glued to the year after an ordinal day.
        ("MT153", "The deal was signed on Mar 1st,2021 in Rome.", "Mar 1st, 2021 in"),
        # Q&A labels glued to their first word.
        ("MT154", "Q2.What is the smallest order you take?", "Q2. What is"),
        ("MT154", "Delivery is fast. A2:Two weeks from the date of payment.", "A2: Two weeks"),
        # "X or X" doublets.
        ("MT403", "They have made or made the same error again.", "have made the same"),
        # The Chinese doubled dash and the sign-off tilde in English.
        ("MT205", "The Annual Conference —— Report was read out.", "Conference — Report"),
        ("MT205", "Thank you for your order, dear friend~", "dear friend"),
    ],
)
def test_fires_with_its_fix(code: str, text: str, expected: str) -> None:
    assert expected in fixed(text, code)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("MT104", "It runs on 4 .Net hosts and version 2 .5 is out; see .NET and .Item files."),
        ("MT145", "So cute :3 and the final score read 10 :30."),
        ("MT145", "Set x = a ? b :10 and y = c ? d :20 in the config."),
        ("MT145", "Visit https://example.com:8080/page or mailto:someone@example.com today."),
        ("MT153", "He won the 1st,2nd and 3rd rounds; 3,200 people; see 1,2021 rows."),
        ("MT154", "Sales in Q3 rose. Page A4 and B2 bombers are fine. At 10:30 we met."),
        ("MT154", "1.Introduction\nA1.Summary"),
        ("MT403", "Like it or not, sooner or later, whether or not, this or that, more or less."),
        ("MT403", "Is it good or good enough? It was one and one only."),
        ("MT205", "Mr ——— came; see ~/docs, ~50 people and ~~struck~~ text; x—y and a–b."),
        ("MT205", "Visit https://example.org/~user/ and http://host/~a~ today."),
    ],
)
def test_look_alikes_stay_quiet(code: str, text: str) -> None:
    assert findings(text, code) == []


def test_chinese_list_quotes_each_item_reported() -> None:
    text = 'The town named 12" model workers "," star sellers " and " good neighbours ".'
    spans = [text[f.span.start : f.span.end] for f in findings(text, "MT220")]
    assert spans == ['" model workers "', '" star sellers "', '" good neighbours "']


def test_straight_quotes_of_csv_and_inches_stay_quiet() -> None:
    assert findings('Rows: "a","b","c" and 5" and 7" disks; he said "yes", "no".', "MT220") == []


def test_reopened_quotation_points_at_the_second_mark() -> None:
    text = "He said: “We have a duty here. “We are the heart of the region.”"
    (finding,) = findings(text, "MT203")
    assert finding.span.start == text.index("“We are")
    removed, closed = (apply_edits(text, fix.edits) for fix in finding.fixes)
    assert "here. We are" in removed
    assert "here.” “We are" in closed


@pytest.mark.parametrize(
    "text",
    [
        "He said: “We have a duty.” “We are the heart of it.”",
        "“The first paragraph of a long quote.\n\n“The second paragraph,” he read.",
        "She said: “We told them ‘no. Never.’ and left.”",
    ],
)
def test_closed_or_carried_quotations_are_not_reopened(text: str) -> None:
    assert findings(text, "MT203") == []


@pytest.mark.parametrize(
    "text",
    [
        "The head of the coalition, Sheikh Ali Ali, spoke on Monday.",
        "Mohamed Mohamed Abdi was elected chair of the council.",
    ],
)
def test_a_repeated_given_name_is_reported_softly(text: str) -> None:
    assert findings(text, "MT401") == []
    (finding,) = findings(text, "MT401", minimum=0.0)
    assert finding.confidence < 0.5


def test_a_doubled_surname_after_a_lower_case_title_is_still_reported() -> None:
    (finding,) = findings("The minister Obama Obama said so on Friday.", "MT401")
    assert finding.confidence >= 0.5


@pytest.mark.parametrize(
    "text", ["The film starred Errol Flynn Flynn.", "The parade of the Baltic Fleet Fleet."]
)
def test_a_doubled_last_word_of_a_name_is_still_a_double(text: str) -> None:
    (finding,) = findings(text, "MT401")
    assert finding.confidence >= 0.5


def test_or_with_a_modified_second_copy_is_a_contrast() -> None:
    text = "They are independent countries or countries related to France."
    assert findings(text, "MT403") == []
    assert findings("They have made or made the same error.", "MT403") != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They invested in over 15, 000 projects last year.", "over 15,000 projects"),
        ("The economy grew by 4. 5 per cent in the first half.", "by 4.5 per cent"),
    ],
)
def test_a_number_split_at_its_mark(text: str, expected: str) -> None:
    assert expected in fixed(text, "MT153")


def test_lists_of_numbers_and_years_are_not_split_numbers() -> None:
    text = "Rows 10, 100 and 200; pages 1, 234, 5; in 2004. 5 people came; 3. 25 of them."
    assert findings(text, "MT153") == []
    assert findings("Il a 15, 000 euros.", "MT153", language="fr") == []


def test_a_long_phrase_joined_to_itself() -> None:
    text = "It will raise the level of trade and the level of trade between them."
    assert fixed(text, "MT403") == "It will raise the level of trade between them."
    long_text = text + " Plain filler text goes on here for a while." * 400
    assert [f.span.start for f in findings(long_text, "MT403")] == [text.index("the level")]


def test_a_foreign_opening_mark_pairs_with_the_native_closing_one() -> None:
    text = "« We know it well,” the minister said on Monday."
    assert findings(text, "MT203") == []
    assert findings(text, "MT205") != []


def test_q_and_a_labels_without_a_number() -> None:
    text = "Q:What is your payment term?\nA:Thirty days after the delivery."
    spans = [text[f.span.start : f.span.end] for f in findings(text, "MT154")]
    assert spans == ["Q:What", "A:Thirty"]
    assert findings("We chose plan A:The first step was easy and quick.", "MT154") == []
