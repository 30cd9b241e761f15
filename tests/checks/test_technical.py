"""checks/technical.py: code inside plain-text prose (quoted code, indented code blocks) draws no
prose findings; a text that is not technical keeps every finding."""

from __future__ import annotations

import dataclasses

from mtlint.checks import engine
from mtlint.checks.config import Config
from mtlint.checks.documents import document_from_text
from mtlint.checks.pipeline import check_loaded
from mtlint.checks.technical import code_spans, quoted_code_spans

MANUAL = (
    'The method "str.format" formats a string; "\'{0} {1}\'.format(a, b)" is the same as\n'
    'the shorter form, and "[1,2] == (1,2)" is false because the types differ. Call\n'
    '"obj.__get__(instance)" when you need the bound value, and see "fractions.Fraction" too.\n'
)


def _plain(text: str):
    return dataclasses.replace(document_from_text(text, language="en"), format="text")


def _codes(text: str) -> list[str]:
    """What the whole pipeline reports on a plain-text file holding ``text``."""
    return [f.code for f in check_loaded(_plain(text), Config(language="en")).findings]


def _raw_codes(text: str) -> list[str]:
    """What the rules themselves report, before findings are judged in their context."""
    config = Config(language="en")
    document = engine.prepare_document(_plain(text), "en")
    return [f.code for f in engine.run_rules(document, engine.rules_for(config, "en"))[0]]


def test_quoted_code_needs_the_documents_evidence():
    assert len(quoted_code_spans(MANUAL)) == 5
    one = 'The agency "News.Az" said "{0}" was sent.'
    assert quoted_code_spans(one) == []


def test_no_placeholder_or_spacing_findings_inside_quoted_code():
    # The rules see "{0}" as a placeholder left in the text and ".Fraction" as a lost space.
    assert {"MT603", "MT103"} <= set(_raw_codes(MANUAL))
    assert not {"MT603", "MT103"} & set(_codes(MANUAL))


def test_an_indented_code_block_in_wrapped_prose_is_left_alone():
    prose = (
        "The example below shows how the function is called from a script that reads a\n"
        "file and prints every line it finds, numbered, with two spaces before the text\n"
        "of each line; the output of the script follows right after the code itself:\n\n"
        "   for number, line in enumerate(open(name)):\n"
        "       print(number,  line)   # {0} is the number\n\n"
        "It prints one line for every line of the file and stops at the end of it, and\n"
        "it keeps going when a line is empty, so the numbers always match the lines of\n"
        "the file that was read, which makes the output easy to compare with the file.\n"
    )
    spans = code_spans(_plain(prose))
    for code in ("for number, line", "print(number,  line)"):
        at = prose.index(code)
        assert any(start <= at and at + len(code) <= end for start, end in spans), code
    assert not any(start <= prose.index("It prints") < end for start, end in spans)
    assert {"MT106", "MT603"} <= set(_raw_codes(prose))
    assert not {"MT106", "MT603"} & set(_codes(prose))


def test_prose_findings_outside_code_stay():
    text = MANUAL + "\nVladimir Putinwho is making his third trip went to Uzbekistan.\n"
    assert "MT101" in _codes(text)
