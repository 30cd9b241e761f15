"""The golden snapshot: every finding's code, span and fixes on the seeds and the dev corpora is
what tests/golden/ recorded. A speed change proves it kept every finding; a rule change that
means to change findings records the new snapshot deliberately (the failure says how)."""

from __future__ import annotations

import pytest

from bench import golden


@pytest.mark.parametrize("corpus", golden.CORPORA)
def test_findings_match_the_golden_snapshot(corpus: str) -> None:
    if not golden.available(corpus):
        pytest.skip(f"dev data for {corpus} is not on this machine ({golden.DATA})")
    before = golden.recorded(corpus)
    assert before, f"no snapshot for {corpus}: record it with `{golden.UPDATE_COMMAND} {corpus}`"
    now = golden.snapshot(corpus)
    assert now == before, (
        f"findings on {corpus} changed. If that is intended, record them with "
        f"`{golden.UPDATE_COMMAND} {corpus}` and commit tests/golden/{corpus}.tsv.\n"
        + golden.difference(before, now)
    )
