"""Words left in a source language that a capital or a spelling hid (issue 11): dates with a
capitalised month or weekday of another language (MT503), international words in the source's
spelling (MT506), capitalised common words of a source language (MT507), words in letters only
one other language writes (MT504). Every sentence here is invented to show the shape."""

from __future__ import annotations

import pytest
from mtlint.checks.calendarnames import own_calendar_name
from mtlint.checks.cognates import cognate
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits


def findings(text: str, code: str, language: str = "en") -> list:
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [f for f in result.findings if f.code == code]


def spans(text: str, code: str, language: str = "en") -> list[str]:
    return [text[f.start : f.end] for f in findings(text, code, language)]


def fixed(text: str, code: str) -> str:
    edits = [edit for f in findings(text, code) if f.fixes for edit in f.fixes[0].edits]
    return apply_edits(text, edits)


# --- MT503: dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair opened on 3 Oktober 2018 in Bandung.",
            "The fair opened on 3 October 2018 in Bandung.",
        ),
        ("Posted 8 Mei 2017 by the desk.", "Posted 8 May 2017 by the desk."),
        (
            "Selasa 9 Mar 2016 10:15 WIB\nThe port reopened.",
            "Tuesday 9 Mar 2016 10:15 WIB\nThe port reopened.",
        ),
    ],
)
def test_capitalised_foreign_dates_get_the_own_name(text, expected):
    assert fixed(text, "MT503") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Agosto family met on 4 August 2016.",
        "Mei Lin spoke on 3 May; the Mai 2019 tour was long.",
        "The shop opened on 3 Jun 2020 at noon.",
    ],
)
def test_names_and_own_abbreviations_are_no_foreign_dates(text):
    assert spans(text, "MT503") == []


def test_a_time_is_no_part_of_a_date():
    assert spans("Selasa 9 Mar 2016 10:15 WIB", "MT503") == ["Selasa 9 Mar 2016"]


def test_a_month_name_means_one_month_or_none():
    assert own_calendar_name("Oktober", "en") == "October"
    assert own_calendar_name("juli", "en") == "July"
    # Czech November, Croatian October: no certain fix.
    assert own_calendar_name("listopad", "en") is None


# --- MT506: cognates in the source spelling ------------------------------------------------------


def test_cognates_keep_the_case_they_are_written_in():
    assert cognate("Koronavirus", "en")[1] == "Coronavirus"
    assert cognate("kabinet", "en")[1] == "cabinet"
    assert cognate("Oktober", "en") is None  # a month: MT503's
    assert cognate("koronavirus", "de") is None  # the table serves English


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kabinet met on Friday to discuss the budget.",
            "The Cabinet met on Friday to discuss the budget.",
        ),
        (
            "Prezident Ivan Sokol opened the new bridge.",
            "President Ivan Sokol opened the new bridge.",
        ),
    ],
)
def test_cognates_are_spelled_in_english(text, expected):
    assert fixed(text, "MT506") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lady Kabinet arrived; the word ‘kabinet’ is Dutch.",
        "The Kabinet Diario/16 column, Kabinet 16 and the Kabinet club.",
        "Het kabinet heeft maandag besloten dat de nieuwe regels voor alle scholen gelden.",
    ],
)
def test_cognates_in_names_quotes_and_titles_stay_quiet(text):
    assert spans(text, "MT506") == []


def test_cognate_pairs_agree_in_meaning_and_number():
    # h8 review: wrong pairs the builder made (a false friend, a plural, a foreign word).
    for word in ("policia", "tsena", "khate", "retirez"):
        assert cognate(word, "en") is None, word
    assert cognate("klinika", "en")[1] == "clinic"
    assert cognate("ekonomika", "en")[1] == "economics"  # "-ics" names a field


def test_cognates_file_matches_its_builder():
    import importlib.util
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "build_cognates", root / "bench/build_cognates.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    stored = json.loads(module.OUT.read_text(encoding="utf-8"))
    assert stored["place_words"] == list(module.PLACE_WORDS)
    reviewed = module.stop_list()
    assert {"policia", "khate", "gothia", "kargo"} <= {
        w for w, pair in reviewed.items() if not pair
    }
    for word, pair in reviewed.items():
        if pair:
            assert stored["words"][word].split()[0] == pair, word
        else:
            assert word not in stored["words"], word


@pytest.mark.parametrize(
    ("text", "has_fix"),
    [
        # A capital the text never writes in lower case, where a name stands: no fix offered.
        ("The team played in Kabinet this summer.", False),
        ("The team played in Gothia this summer.", None),
        ("The startup Kargo raised money.", None),
        ("The startup Kabinet raised money from two funds.", None),
        ("The Kabinet met on Friday to discuss the budget.", True),
    ],
)
def test_cognates_where_a_name_stands(text, has_fix):
    found = findings(text, "MT506")
    if has_fix is None:
        assert found == []
    else:
        (finding,) = found
        assert bool(finding.fixes) is has_fix


# --- MT507 and MT504 ----------------------------------------------------------------------------


def test_capitalised_source_words_at_the_edges_of_a_text():
    assert spans("Mehrere buses were late.", "MT507") == ["Mehrere"]
    assert spans("The report was filed under Wirtschaft", "MT507") == ["Wirtschaft"]


def test_a_title_with_its_number_is_quiet():
    assert spans("He wrote for the Gesicht / 24 weekly.", "MT507") == []


def test_letters_only_vietnamese_writes():
    assert spans("The permit was signed ảnh 3 yesterday.", "MT504") == ["ảnh"]
    assert spans("Prime Minister Phạm Văn Đức visited Huế.", "MT504") == []
