"""A single review decision patches the preview where its fix sits (h21gui, defect 2): the
patched preview is the rebuilt one, decision after decision, with fixes near each other (the
rebuild is asked for then), alternatives, hand edits and undo."""

from __future__ import annotations

import random

from mtlint.checks.model import Applicability, Edit, Finding, Fix, Span
from mtlint.desktop.decisions import Status
from mtlint.desktop.review_patch import Footprints, patch
from mtlint.desktop.review_state import ReviewState

WORDS = ["Putinwho", "the the", "Tashkent ,", "On Sunday", "😀x", "a\r\nb", "wreath"]


def random_case(rng: random.Random) -> tuple[str, tuple[Finding, ...]]:
    text = " ".join(rng.choice(WORDS) for _ in range(60))
    findings = []
    for _ in range(25):
        start = rng.randrange(0, len(text) - 8)
        end = start + rng.randrange(0, 6)
        fixes = []
        for _ in range(rng.randrange(1, 3)):
            at = rng.randrange(start, end + 1)
            cut = min(len(text), at + rng.randrange(0, 3))
            edits = [Edit(at, cut, rng.choice(["", " ", "X", ", ", "é😀"]))]
            if rng.random() < 0.2:
                later = min(len(text), cut + rng.randrange(0, 4))
                edits.append(Edit(later, later, "!"))
            safety = rng.choice([Applicability.SAFE, Applicability.UNSAFE])
            fixes.append(Fix(tuple(edits), safety))
        findings.append(Finding("MT101", "glued-word", "m", Span(start, end), fixes=tuple(fixes)))
    findings.sort(key=lambda f: (f.start, f.end))
    return text, tuple(findings)


def test_a_patched_preview_is_the_rebuilt_preview() -> None:
    rng = random.Random(21)
    patched = rebuilt = 0
    for _ in range(60):
        text, findings = random_case(rng)
        state = ReviewState(text, findings)
        footprints = Footprints(state)
        preview = state.fixed(include_pending=True)
        for _ in range(30):
            item = rng.randrange(len(state))
            move = rng.random()
            if move < 0.4:
                state.set_status(item, rng.choice(list(Status)))
            elif move < 0.6:
                state.choose(item, rng.randrange(len(state.items[item].fixes)))
            elif move < 0.8:
                state.edit(item, rng.choice(["", "Putin who", "x😀"]))
            else:
                touched = state.undo()
                if len(touched) != 1:
                    preview = state.fixed(include_pending=True)
                    continue
                item = touched[0]
            expected = state.fixed(include_pending=True)
            result = patch(state, preview, item, footprints)
            if result is None:
                rebuilt += 1
                preview = expected
                continue
            patched += 1
            assert result.fixed == expected
            assert (
                preview.text[: result.start] + result.replacement + preview.text[result.end :]
                == expected.text
            )
            preview = result.fixed
    assert patched > 300 and rebuilt > 30  # both paths were walked
