"""Source number, date and time formats carried into English (MT243, MT244, MT959's numbers
spelt by magnitudes, MT206's page reading) and spaces lost after marks (MT103, MT146, MT153,
MT157, MT968): invented sentences in the shapes found on real MT pages, and look-alikes that
must stay quiet."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.fixes import apply_edits


def _run(text: str, code: str, language: str = "en") -> list:
    config = Config(select=(code,), min_confidence=0.0)
    return [f for f in check_text(text, language=language, config=config).findings]


def _fixed(text: str, code: str, which: int = 0, language: str = "en") -> str:
    (finding,) = _run(text, code, language)
    return apply_edits(text, finding.fixes[which].edits)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("We met at 17:28 p.m., then left.", "We met at 17:28, then left.", "5:28 p.m.,"),
        ("It ended at 21:05 p.m. The next day came.", "at 21:05. The next", "9:05 p.m. The"),
        ("The bell rang at 13:00 pm sharp.", "at 13:00 sharp.", "1:00 pm sharp"),
        ("It rang at 14:30PM in the hall.", "at 14:30 in the hall.", "2:30PM"),
        # A dateline's suffix at the end of its line: the next line's capital is no name.
        ("Monday 04/July/2022 13:24 PM\nBy: Staff\nRain fell.", "2022 13:24\nBy:", "1:24 PM\n"),
    ],
)
def test_a_24_hour_time_loses_its_suffix_or_turns_12_hour(text, first, second) -> None:
    assert first in _fixed(text, "MT243", 0)
    assert second in _fixed(text, "MT243", 1)


@pytest.mark.parametrize(
    "text",
    [
        "The shop opens at 9:30 a.m. and closes at 5:30 p.m.; the 12:15 pm train left.",
        "At 17:00 PM Modi spoke to the crowd.",
        "The talks ended at 17:00 PM Sharif said, and the 18:30 PM Modi flight left.",
        "PM2.5 levels at 14:00 rose; the log says 10:15:13 AM.",
        "Open 10:00-18:00, Monday to Friday; the match starts at 19:45.",
    ],
)
def test_clock_look_alikes_stay_quiet(text) -> None:
    assert _run(text, "MT243") == []


def test_a_comma_parted_date_loses_its_commas() -> None:
    assert _fixed("Tuesday, 4, June, 2024\nThe fund grew.", "MT244").startswith(
        "Tuesday, 4 June 2024"
    )
    assert _fixed("Published 4, June 2024.", "MT244") == "Published 4 June 2024."


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2024 and on June 4, 2024, and in June, 2024, it rained.",
        "Chapters 3, 4, May and June 2024 are missing.",
        # Citations: an issue, a number or an annex before a month and year.
        "Garden Studies Quarterly, Vol. 8, No. 2, March 2018, pp. 10-19.",
        "See the Lakeside Bulletin, Issue 7, October 2022, for the tables.",
        "The plan (Appendix 5, July 2017) lists every well.",
    ],
)
def test_date_look_alikes_stay_quiet(text) -> None:
    assert _run(text, "MT244") == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("They collected Br2 million 300,000 for the museum.", "Br2.3 million"),
        ("Spending reached 4 trillion 25 billion tenge.", "4.025 trillion"),
        ("The plant cost 3 billion 750 million yuan.", "3.75 billion"),
        ("Losses reached 7 bln 163 mln rubles.", "7.163 bln"),
        ("It reached 2 billion 300 million 400 thousand.", "2.3004 billion."),
    ],
)
def test_a_number_spelt_by_magnitudes_is_one_decimal(text, written) -> None:
    assert written in _fixed(text, "MT959")


@pytest.mark.parametrize(
    "text",
    [
        "Between 5 million and 6 million came.",
        "In 3 million 2021 was a record.",
        "It rose from 2 million 1,500,000 to more.",
        "He paid 1 million, 200,000 more than planned.",
    ],
)
def test_magnitude_look_alikes_stay_quiet(text) -> None:
    assert _run(text, "MT959") == []


def test_one_dotted_group_is_read_by_the_page() -> None:
    text = "Some 23.000 workers came from the north and 11.000 from the south."
    spans = [text[f.start : f.end] for f in _run(text, "MT206")]
    assert spans == ["23.000", "11.000"]
    other = "It had 1,200 rooms; 14.000 came."
    assert [other[f.start : f.end] for f in _run(other, "MT206")] == ["14.000"]


def test_judged_scores_are_not_read_as_thousands() -> None:
    # A diving page: the crowd grouped with a comma, the scores with three decimals.
    text = (
        "Some 8,000 fans filled the pool hall. He scored 11.000 on the first dive and "
        "12.000 on the second, and the judges gave his partner 9.000 in the final."
    )
    assert _run(text, "MT206") == []


@pytest.mark.parametrize(
    "text",
    [
        "It had 1,200 rooms; 14.500 came; the lap took 2.000 s.",
        "It had 1,200 rooms at KD 5.000 each, a score of BP = 1.000.",
        "The 12.000 figure is a decimal here; no page evidence.",
        "It sold 1,200 copies; Godot 4.000 and version 2.000 shipped.",
    ],
)
def test_dotted_look_alikes_stay_quiet(text) -> None:
    assert _run(text, "MT206") == []


@pytest.mark.parametrize(
    ("text", "code", "fixed"),
    [
        ("The visit was led by Mr.Wu, the manager.", "MT968", "Mr. Wu,"),
        ("Author: Lee │ Data:2023-04-01 10:00", "MT146", "Data: 2023-04-01"),
        ("Credit:Agency.Photo by Ann Lee", "MT146", "Credit: Agency"),
        ("It met on June 3,2019 in the hall.", "MT153", "June 3, 2019 in"),
        ("Source: Daily, Aug 30 ,2018", "MT153", "Aug 30, 2018"),
        ("Home > News > World >Europe", "MT157", "World > Europe"),
        ("It had the wanted effect.after this, all went home.", "MT103", "effect. after"),
    ],
)
def test_spaces_lost_after_marks(text, code, fixed) -> None:
    findings = _run(text, code)
    assert findings
    assert fixed in apply_edits(text, findings[0].fixes[0].edits)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Home>News>World and x > y > z >w when a -> b.", "MT157"),
        ("See a.b.c, promise.then and list.last; ab.after it.", "MT103"),
        ("See data:image/png;base64,AAAA in the page.", "MT146"),
        ("Rows 3 ,2018 and 30 ,2019 of the table.", "MT153"),
    ],
)
def test_mark_look_alikes_stay_quiet(text, code) -> None:
    assert _run(text, code) == []


def test_a_long_line_is_no_breadcrumb() -> None:
    line = "Home > News > World >Europe " + "word " * 80
    assert _run(line, "MT157") == []


def test_a_glued_date_and_its_year_comma_are_both_found() -> None:
    text = "The club met on June 3,2019,every member came."
    findings = _run(text, "MT153")
    edits = [edit for finding in findings for edit in finding.fixes[0].edits]
    assert len(findings) == 2
    assert apply_edits(text, edits) == "The club met on June 3, 2019, every member came."
