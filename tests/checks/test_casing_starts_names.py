"""MT304's lower-case-name guard (h23files; m23starts after the review): a name the text writes
in lower case by convention ("curl") is skipped, a repeated topic noun that lost its capital is
not, and the words are counted once per document. Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.rules import casing_starts


def _mt304(text: str) -> list:
    result = check_text(text, language="en", config=Config(min_confidence=0.2))
    return [f for f in result.findings if f.code == "MT304"]


def _found(text: str) -> list[str]:
    """The words flagged (a finding after a full stop spans the stop too: ". residents")."""
    return [text[f.start : f.end].lstrip(". ") for f in _mt304(text)]


@pytest.mark.parametrize("noun", ["residents", "exporters", "farmers"])
def test_a_repeated_topic_noun_keeps_its_lost_capital(noun: str) -> None:
    text = (
        f"People in the valley have waited years for the bridge. Many {noun} say the ferry is "
        f"too slow. {noun} also complain about the noise of the trucks.\n\n"
        f"The company told {noun} the work will start soon. Some {noun} doubt it, and older "
        f"{noun} remember earlier promises that came to nothing."
    )
    assert _found(text) == [noun]
    (finding,) = _mt304(text)
    # After a word the lost capital is the likelier slip: capitalising is the first fix, removing
    # the stop the second.
    assert finding.fixes[0].title.startswith("capitalise")


def test_a_page_that_lost_its_capitals_throughout_is_still_found() -> None:
    nouns = ["officials", "residents", "farmers", "exporters", "drivers"]
    text = " ".join(f"The talks ended. {n} were told again. Many {n} waited." for n in nouns * 3)
    assert len(_found(text)) == 15


def test_a_name_written_as_code_is_skipped() -> None:
    text = (
        "Install `ripple` first.\n\nripple reads the files. We run ripple daily and ripple "
        "logs the results. Ask ripple for help.\n\nripple is free."
    )
    assert _found(text) == []


def test_a_name_that_is_no_common_word_is_skipped() -> None:
    text = "zorpq reads files. We like zorpq and zorpq likes us. Run zorpq twice.\n\nzorpq is free."
    assert _found(text) == []


def test_the_words_are_asked_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = casing_starts.lower_case_names

    def counting(document, language, words):
        calls.append(len(words))
        return real(document, language, words)

    monkeypatch.setattr(casing_starts, "lower_case_names", counting)
    many = " ".join(f"It ended. word{i}x went on. He left! word{i}y came." for i in range(40))
    _found(many)
    assert calls == [80]
    calls.clear()
    _found("It ended. The talks went on.\n\nA calm day.")
    assert calls == []


@pytest.mark.parametrize(
    "evidence", ["See https://ripple.example/docs for more.", "Call ripple_open() first."]
)
def test_a_name_in_a_web_address_or_an_identifier_is_skipped(evidence: str) -> None:
    text = (
        f"{evidence}\n\nripple reads the files. We run ripple daily and ripple logs the "
        "results. Ask ripple for help.\n\nripple is free."
    )
    assert _found(text) == []


def test_a_name_s_possessive_is_the_name() -> None:
    text = (
        "Install `ripple` first.\n\nripple reads the files. We run ripple daily and ripple "
        "logs the results. ripple's output is plain. Ask ripple for help."
    )
    assert _found(text) == []
