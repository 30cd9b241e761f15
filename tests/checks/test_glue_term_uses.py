"""MT101's "the text's own term" count (m24files): ``term_uses`` counts every candidate in one
pass (one whole-text search per candidate was quadratic, h24 review must-fix 3); it must equal a
count over every token, on random invented texts."""

from __future__ import annotations

import random
import re

import pytest
from mtlint.checks.engine import check_text
from mtlint.checks.rules.spacing_glued import term_uses

_PIECES = [
    "readmore",
    "Readmore",
    "READMORE",
    "readmores",
    "ReadMore",
    "thetwo",
    "Thetwos",
    "sayshe",
    "-",
    "_",
    "'",
    ".",
    " ",
    " ",
    " ",
    "\n",
    "é",
    "9",
    "x",
    "the",
    "ß",
]
_TOKEN = re.compile(r"[\w-]+")


def _per_token(text: str, token: str) -> int:
    """The reading term_uses stands for, token by token."""
    forms = {token, token.lower(), token[:1].upper() + token[1:].lower(), token.upper()}
    forms |= {form + "s" for form in forms}
    return sum(1 for word in _TOKEN.findall(text) if word in forms)


@pytest.mark.parametrize("many", [False, True])
def test_term_uses_equal_per_token_count(many: bool) -> None:
    rng = random.Random(24 + many)
    for _ in range(300):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 150)))
        tokens = ["readmore", "Thetwo", "sayshe"]
        if many:  # past the per-word searches: one automaton pass
            tokens += [f"w{i}glued" for i in range(12)]
        counts = term_uses(text, tokens)
        for token in tokens:
            exact = _per_token(text, token)
            # counted at least up to the bar of four uses
            assert counts[token] == exact or (counts[token] >= 4 and exact >= 4)


def test_glue_written_four_times_is_the_texts_term() -> None:
    once = (
        "The council met on Monday and the vote was close. "
        "The mayor spoke, then the councilvoted to approve it."
    )
    assert _mt101(once) == ["councilvoted"]
    # four uses in any case: the text's own word (a template's link text, a coined term)
    assert _mt101(once + " Councilvoted again. The councilvoted. COUNCILVOTED news.") == []


def _mt101(text: str) -> list[str]:
    found = check_text(text, language="en").findings
    return [text[f.start : f.end] for f in found if f.code == "MT101"]
