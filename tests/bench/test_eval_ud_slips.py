"""bench/eval_ud_slips.py: a treebank's sentences rebuilt as written (multiword tokens whole),
its marked slips placed, and the slips that count towards recall; on invented CoNLL-U."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from eval_ud_slips import main, one_edit, sentence  # noqa: E402

_NO_SPACE = "SpaceAfter=No"


def _token(index: str, form: str, feats: str = "_", misc: str = "_") -> str:
    return "\t".join((index, form, "_", "_", "_", feats, "_", "_", "_", misc))


def test_a_multiword_token_is_written_as_one_word() -> None:
    block = "\n".join(
        (
            "# text = Parla alla gente.",
            _token("1", "Parla"),
            _token("2-3", "alla"),
            _token("2", "a"),
            _token("3", "la"),
            _token("4", "gente", misc=_NO_SPACE),
            _token("5", "."),
        )
    )
    text, marks = sentence(block)
    assert text == "Parla alla gente."
    assert marks == []


def test_a_marked_slip_has_its_place_and_correction() -> None:
    block = "\n".join(
        (
            _token("1", "Das"),
            _token("2", "ist"),
            _token("3", "nciht", feats="Typo=Yes", misc="CorrectForm=nicht"),
            _token("4", "gut", misc=_NO_SPACE),
            _token("5", "."),
        )
    )
    text, marks = sentence(block)
    assert text == "Das ist nciht gut."
    assert [(m["text"], m["fix"]) for m in marks] == [("nciht", "nicht")]
    assert text[marks[0]["start"] : marks[0]["end"]] == "nciht"


def test_only_one_edit_slips_count_towards_recall() -> None:
    assert one_edit("nciht", "nicht")
    assert one_edit("Mannschaft", "Manschaft")
    assert not one_edit("madchen", "mädchen")  # accents alone
    assert not one_edit("Berlin", "berlin")  # case alone
    assert not one_edit("gegangen", "ging")
    assert not one_edit("zu", "zum Beispiel")


def test_no_mirror_is_reported_not_measured(tmp_path: Path, capsys) -> None:
    assert main(["--lang", "de", "--mirrors", str(tmp_path)]) == 1
    assert "absent" in capsys.readouterr().out
