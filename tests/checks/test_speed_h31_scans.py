"""Rules that read a large text through a shared layer instead of scanning all of it (h31speed):
each gives, on a large invented text full of its own examples, the findings it gives with the
plain whole-text search it replaced.

- MT303, MT383, MT387: their words and phrases searched through the text's word filters
  (``textscan.word_gate``) — compared with the gate taken away;
- MT246: its pattern matched only at the stops after a head (``_stops_after_heads``) —
  compared with a match at every full stop of the text (what the old scan tried);
- MT274, MT230: their ", "-led scans through the shared comma index
  (``commascan.comma_matches``) — compared with ``pattern.finditer``;
- ``linkbreaks.breaks_before_letter`` (MT985): the character before each break read by a
  look-behind after it — compared with the old test in Python on random texts;
- MT386: its dash-led patterns tried at the dashes' shared offsets (``textscan.led_matches``) —
  compared with ``pattern.finditer`` over the whole text.
"""

from __future__ import annotations

import random
import re

import pytest
from mtlint.checks import linkbreaks
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import prepare_document
from mtlint.checks.registry import all_rules
from mtlint.checks.rules import (
    casing_dashes,
    casing_entity_drift,
    casing_geonames,
    casing_headcase,
    punctuation_calques,
    punctuation_stray_stop,
    punctuation_subject_commas,
)

_FILLER = [
    "The committee met on Tuesday and talked about the new budget for the schools.",
    "Farmers in the valley said the rain came late this year, and the harvest was small.",
    "A spokesman for the city council told reporters that the bridge would open in May.",
    "Officials from the World Bank visited the region – the visit lasted two days.",
    "The museum opened a new hall for old maps — visitors queued outside for hours.",
    "Prices rose again in March, the statistics office said in a short statement.",
]


def _rule(code: str):
    return next(rule for rule in all_rules() if rule.code == code)


def _text(code: str, seed: int) -> str:
    """Some 60,000 characters: filler paragraphs with the rule's own examples (flagged and
    good) spread through them, each several times, at random places."""
    rng = random.Random(seed)
    examples = [example.bad for example in _rule(code).examples]
    paragraphs = []
    while sum(map(len, paragraphs)) < 60_000:
        paragraphs.append(" ".join(rng.choice(_FILLER) for _ in range(rng.randint(1, 4))))
        if rng.random() < 0.2:
            paragraphs.append(rng.choice(examples))
    paragraphs[rng.randrange(len(paragraphs))] = examples[0]
    return "\n\n".join(paragraphs)


def _findings(code: str, text: str) -> list[tuple]:
    document = prepare_document(Document(text=text, language="en"))
    return [
        (
            finding.code,
            finding.start,
            finding.end,
            finding.message,
            finding.confidence,
            tuple((fix.title, tuple(fix.edits)) for fix in finding.fixes),
        )
        for finding in _rule(code).check(document)
    ]


@pytest.mark.parametrize(
    ("code", "module"),
    [("MT303", casing_entity_drift), ("MT383", casing_geonames), ("MT387", casing_headcase)],
)
@pytest.mark.parametrize("seed", [1, 2])
def test_gated_search_finds_what_the_plain_search_finds(
    small_slices, monkeypatch, code, module, seed
):
    text = _text(code, seed)
    gated = _findings(code, text)
    assert gated, "the examples must be flagged in the large text"
    monkeypatch.setattr(module, "word_gate", lambda document: None)
    assert _findings(code, text) == gated


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_dash_patterns_at_the_dash_offsets(monkeypatch, seed):
    text = _text("MT386", seed)
    led = _findings("MT386", text)
    assert led, "the examples must be flagged in the large text"
    monkeypatch.setattr(
        casing_dashes,
        "led_matches",
        lambda document, pattern, leads: pattern.finditer(document.text),
    )
    assert _findings("MT386", text) == led


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stops_after_heads_only(small_slices, monkeypatch, seed):
    text = (
        _text("MT246", seed)
        # A head after a bracket or a hyphen: no chunk of its own, read all the same.
        .replace("Chief Inspector.", "Chief (Inspector.")
        .replace("the University.", "-University.")
    )
    found = _findings("MT246", text)
    assert found, "the examples must be flagged in the large text"
    monkeypatch.setattr(
        punctuation_stray_stop,
        "_stops_after_heads",
        lambda document, heads, chunks: [
            at for at, char in enumerate(document.text) if char == "."
        ],
    )
    assert _findings("MT246", text) == found


@pytest.mark.parametrize(
    ("code", "module"), [("MT274", punctuation_subject_commas), ("MT230", punctuation_calques)]
)
@pytest.mark.parametrize("seed", [1, 2])
def test_comma_led_scans_through_the_index(small_slices, monkeypatch, code, module, seed):
    text = _text(code, seed)
    indexed = _findings(code, text)
    assert indexed, "the examples must be flagged in the large text"
    monkeypatch.setattr(
        module, "comma_matches", lambda document, pattern: pattern.finditer(document.text)
    )
    assert _findings(code, text) == indexed


_OLD_BREAK = re.compile(r"\n(?=[^\W\d_])")


def _old_breaks_before_letter(text: str) -> list[int]:
    found = []
    for match in _OLD_BREAK.finditer(text):
        at = match.start()
        before = text[at - 1 : at]
        if before and ((before.isalnum() and not before.isdecimal()) or before in "'’"):
            found.append(at)
    return found


def test_breaks_before_letter_as_the_test_in_python():
    rng = random.Random(5)
    pieces = ["\n", "a", "É", "1", "٣", "_", "'", "’", " ", ".", "ß", "𝔘", "ǅ", "\n\n", "x\n"]
    pieces += ["²", "Ⅻ", "一", "-", "\t"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        expected = _old_breaks_before_letter(text)
        assert list(linkbreaks.breaks_before_letter(text)) == expected, text
        found += len(expected)
    assert found > 1000
