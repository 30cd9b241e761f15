"""The chunk screens of MT206, MT208 and MT110 must see a chunk wherever ``chunk_text`` puts it.

``chunk_text`` lists a document's distinct chunks in set order (it changes with the hash seed),
each after a line break, and the last with no line break after it: a screen that wants one
after its chunk misses it one run in N. These tests put the chunk last on purpose.
"""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.registry import rule_by_code
from mtlint.checks.rules import quote_openings, separators


@pytest.mark.parametrize("chunk", ["said:", "p.m.,”", "p.m.,’", 'p.m.,"', "–", "—", "-"])
def test_mt208_screens_see_the_last_chunk(chunk):
    for last in (True, False):
        lines = f"\nThe\n{chunk}" if last else f"\n{chunk}\nThe"
        found = any(
            quote_openings._screened(lines, screen, end)
            for _, screen, _, end in quote_openings._SCREENS
        )
        # The spaced dashes are screened by spaced_dash_hits (shared with MT219).
        assert found or quote_openings.stands_alone(lines, chunk), chunk


@pytest.mark.parametrize("chunk", ["2,5", "1,074"])
def test_mt206_screens_see_the_last_chunk(chunk):
    screen = separators._DECIMAL_CHUNK if len(chunk) == 3 else separators._GROUPED_CHUNK
    assert screen.search(f"\ntrillion\n{chunk}")
    assert screen.search(f"\n{chunk}\ntrillion")


@pytest.mark.parametrize(
    "text",
    [
        "Eduardo Domínguez said: We are not what we show on the court”.",
        'The power was restored at 2:30 a.m. and promised by 11 p.m.," Itar-Tass reported.',
        "We identified more places that require evacuation. – said Filashkin.",
    ],
)
def test_mt208_finds_whatever_the_chunk_order(text):
    rule = rule_by_code("MT208")
    result = check_document(Document(text=text, language="en"), Config(), rules=[rule])
    assert [f.code for f in result.findings] == ["MT208"]
