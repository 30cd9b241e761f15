"""MT146 on a label glued to a number: the fix is unsafe, "Level:5" may be a compact UI string
on purpose (review of h13punct, item 6)."""

from __future__ import annotations

from mtlint.checks.engine import check_text
from mtlint.checks.model import Applicability


def test_a_label_glued_to_a_number_gets_an_unsafe_fix():
    found = [
        f
        for f in check_text("Stage:4 opens the hidden garden.", language="en").findings
        if f.code == "MT146"
    ]
    assert found and all(f.fixes[0].applicability is Applicability.UNSAFE for f in found)
