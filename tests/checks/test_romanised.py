"""MT361–MT363 and MT349 widened: romanised names in lower or odd case, and lower-case words
joined by "and" to a body's name; MT323's "general secretary". Invented sentences in the shapes
of bench/data/names-real-en."""

from __future__ import annotations

import pytest
from mtlint.checks.documents.base import Document
from mtlint.checks.registry import rule_by_code
from mtlint.checks.romanised import syllable_count


def _spans(code: str, text: str) -> list[str]:
    rule = rule_by_code(code)
    findings = sorted(rule.check(Document(text=text, language="en")), key=lambda f: f.start)
    return [text[f.start : f.end] for f in findings]


def _fixes(code: str, text: str) -> list[str]:
    rule = rule_by_code(code)
    findings = sorted(rule.check(Document(text=text, language="en")), key=lambda f: f.start)
    return [f.fixes[0].edits[0].replacement for f in findings]


@pytest.mark.parametrize(
    ("word", "count"),
    [("huashan", 2), ("zhangjiazhuang", 3), ("duolong", 2), ("xian", 1), ("hallim", 2)],
)
def test_syllable_model_splits_romanised_words(word, count):
    assert syllable_count(word) == count


@pytest.mark.parametrize("word", ["alocasia", "kwazulu", "spring", "throughout"])
def test_syllable_model_refuses_other_words(word):
    assert syllable_count(word) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The text writes the name capitalised elsewhere.
        ("Buses use the Qiaolan Highway. Later qiaolan was closed.", ["qiaolan"]),
        # A capitalised part of the same name beside it, or after its "and".
        ("The tour reached tianqiao Longmen at noon.", ["tianqiao"]),
        ("He visited zhaowen and Yangkeng villages.", ["zhaowen"]),
        ("Mr. Weng weiguang said the farm grew.", ["weiguang"]),
    ],
)
def test_mt361_finds_lower_romanised_names(text, expected):
    assert _spans("MT361", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Loanwords written in lower case on purpose; English words of pinyin syllables.
        "We ate in a Beijing hutong, drank baijiu and talked about the gaokao.",
        "The long road to the fang market was lined with bang stalls.",
        # A lower-case candidate alone, with no evidence that it is a name.
        "The menu listed zhaowen rice as a special dish.",
        # Korean-looking words of another language beside a name: Korean syllables only
        # count with the text's own capitals ("Gyoktepe etrap", a Turkmen district).
        "Work began in Gyoktepe etrap last year.",
        # A surname opening the sentence is no name part.
        "Zhang tianqiao was the plan's code word.",
    ],
)
def test_mt361_stays_quiet(text):
    assert _spans("MT361", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cyclists crowded onto qiaolan Highway at dawn.", ["Qiaolan"]),
        ("The team checked the zhaowen village dam.", ["Zhaowen"]),
        ("A team went to pan 'an County.", ["Pan'an"]),
    ],
)
def test_mt349_reads_places_before_their_noun_in_either_case(text, expected):
    assert _fixes("MT349", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant in GuangXi opened.", ["Guangxi"]),
        ("Farmers in ZhangJiaZhuang Town grow pears.", ["Zhangjiazhuang"]),
        ("Visitors toured JeollaNam-Do last spring.", ["Jeollanam-do"]),
        # The text's own writing of the name is the strongest evidence.
        ("Guangxi is warm; firms in GuangXi export.", ["Guangxi"]),
    ],
)
def test_mt362_finds_camel_case_romanised_names(text, expected):
    assert _fixes("MT362", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She booked a DiDi car, posted on WeChat, watched YouTube and used OpenAI.",
        "The clinic in KwaZulu-Natal and the TaDiRAH taxonomy were cited.",
        "The Dong-Hoon case and the Mid-Autumn Festival were reported.",
    ],
)
def test_mt362_stays_quiet(text):
    assert _spans("MT362", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heads of the finance, development and Reform Bureau came.", ["Development"]),
        ("Staff of the science and Technology Bureau came.", ["Science"]),
        (
            "Fines came from the Linyi market supervision and Administration Bureau.",
            ["Market Supervision"],
        ),
    ],
)
def test_mt363_finds_lower_words_joined_to_a_name(text, expected):
    assert _fixes("MT363", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He joined the Ministry of Health and Welfare and the Department of the Interior.",
        "The Bureau said the secretary general would attend an open forum.",
        "Parents and Education Bureau staff met; teachers and Education Bureau met too.",
        "The plan was quickly and Finance Bureau approval came later.",
    ],
)
def test_mt363_stays_quiet(text):
    assert _spans("MT363", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting studied the speech of general secretary Xi Jinping.", ["general secretary"]),
        ("Xi Jinping, general secretary of the party, spoke; the general secretary Li left.", []),
    ],
)
def test_mt323_reads_general_secretary_before_a_name(text, expected):
    assert _spans("MT323", text) == expected


def _confidences(code: str, text: str) -> list[float]:
    rule = rule_by_code(code)
    return [f.confidence for f in rule.check(Document(text=text, language="en"))]


def test_a_surname_particle_is_no_romanised_syllable():
    # Session 14 review: "DeLong", "DiNapoli" split into pinyin pieces, read as "Delong".
    text = "The economist Bradford DeLong wrote it, and Thomas DiNapoli released a report."
    assert _spans("MT362", text) == []
    assert _spans("MT362", "The team from GuangXi arrived.") == ["GuangXi"]


def test_a_clause_before_a_bodys_name_is_not_read_as_its_words():
    # "talked about" is a clause, not words of the department's name; and with no real sample
    # of the shape, what MT363 reads stays in the doubtful tier.
    text = "The minister talked about education and Health Department funding on Monday."
    assert not any("talked" in span for span in _spans("MT363", text))
    coordinated = "The Linyi market supervision and Administration Bureau said so on Monday."
    assert _spans("MT363", coordinated) == ["market supervision"]
    assert all(confidence < 0.5 for confidence in _confidences("MT363", coordinated))
