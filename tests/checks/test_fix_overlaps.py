"""resolve_overlaps keeps its rule (fixes in order of their first edit; one overlapping a fix
already taken is skipped) in log time per fix: it was quadratic, and the review panel resolves
every accepted fix at each decision (12 s of frozen window for 2,700 fixes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks import fixes as fixes_module
from mtlint.checks.fixes import _edits_overlap, _self_overlapping, resolve_overlaps
from mtlint.checks.model import Edit, Fix


def reference(fixes: list[Fix]) -> tuple[list[Fix], list[Fix]]:
    """The former quadratic resolution, word for word."""
    order = sorted(range(len(fixes)), key=lambda i: (fixes[i].span.start, fixes[i].span.end, i))
    taken, taken_edits, skipped = [], [], []
    for index in order:
        fix = fixes[index]
        if any(_edits_overlap(e, t) for e in fix.edits for t in taken_edits) or _self_overlapping(
            fix
        ):
            skipped.append(fix)
            continue
        taken.append(fix)
        taken_edits.extend(fix.edits)
    return taken, skipped


@st.composite
def edits(draw) -> Edit:
    start = draw(st.integers(0, 30))
    length = draw(st.sampled_from([0, 0, 1, 2, 3, 5]))
    return Edit(start, start + length, draw(st.sampled_from(["", "x", " "])))


fix_lists = st.lists(
    st.builds(lambda e: Fix(tuple(e)), st.lists(edits(), min_size=1, max_size=3)), max_size=25
)


@settings(max_examples=400, deadline=None)
@given(fix_lists)
def test_the_same_fixes_are_taken_and_skipped_as_before(fixes: list[Fix]) -> None:
    assert resolve_overlaps(fixes) == reference(fixes)


def test_thousands_of_fixes_are_not_compared_pairwise(monkeypatch) -> None:
    calls = []
    original = fixes_module._edits_overlap
    monkeypatch.setattr(
        fixes_module, "_edits_overlap", lambda a, b: calls.append(1) or original(a, b)
    )
    many = [Fix((Edit(10 * n, 10 * n + 3, "x"),)) for n in range(3000)]
    many += [Fix((Edit(10 * n + 1, 10 * n + 1, " "),)) for n in range(0, 3000, 7)]  # overlaps
    taken, skipped = resolve_overlaps(many)
    assert len(taken) == 3000 and len(skipped) == len(range(0, 3000, 7))
    assert len(calls) < 3000  # pairwise: ~4.5 million
