"""Helpers the bench builders share instead of copying: build_lexicons.expand_dictionary and
hunspell_rejected (the one unmunch expansion and the one ``hunspell -l`` call of build_lexicons,
build_dictionary_words, build_solid_words, build_accent_forms), run on stand-in tools that print
invented forms; unknown_fit.fit_exported (the final fit of MT994's, the pooled and the case
models)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import build_dictionary_words
import build_lexicons

# What the stand-in unmunch prints: forms with flags, a digit, a short one, Latin-1 letters.
UNMUNCH = "Haus/AB\nHäuser\nx1yz\nab\nLicht/S\nzzzz\n".encode("latin-1")


def _tool(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


@pytest.fixture
def tools(tmp_path: Path, monkeypatch) -> Path:
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    (tmp_path / "out.txt").write_bytes(UNMUNCH)
    _tool(bin_, "unmunch", f"cat {tmp_path / 'out.txt'}")
    _tool(bin_, "hunspell", "grep '^z' || true")  # rejects the words that start with z
    dictionaries = tmp_path / "hunspell"
    dictionaries.mkdir()
    (dictionaries / "xx_XX.aff").write_text("SET ISO8859-1\n", encoding="latin-1")
    (dictionaries / "xx_XX.dic").write_text("1\nHaus/AB\n", encoding="latin-1")
    monkeypatch.setattr(build_lexicons, "HUNSPELL", dictionaries)
    monkeypatch.setenv("PATH", f"{bin_}{os.pathsep}{os.environ['PATH']}")
    return tmp_path


def test_the_expansion_reads_the_affix_files_encoding_and_keeps_letters_only(tools) -> None:
    assert build_lexicons.expand_dictionary("xx_XX") == {"haus", "häuser", "licht", "zzzz"}
    as_written = build_lexicons.expand_dictionary("xx_XX", casefold=False)
    assert as_written == {"Haus", "Häuser", "Licht", "zzzz"}
    assert build_lexicons.expand_dictionary("xx_XX", letters=(5, 30)) == {"häuser", "licht"}


def test_a_languages_dictionaries_are_expanded_together(tools) -> None:
    (tools / "hunspell" / "yy_YY.aff").write_text("SET UTF-8\n", encoding="utf-8")
    (tools / "hunspell" / "yy_YY.dic").write_text("1\nHaus/AB\n", encoding="utf-8")
    # The stand-in writes the same forms for both; the second reads them as UTF-8, where the
    # Latin-1 byte of "Häuser" is no letter.
    assert build_lexicons.expand_dictionaries(["xx_XX", "yy_YY"]) == {
        "haus",
        "häuser",
        "licht",
        "zzzz",
    }
    assert build_lexicons.expand_dictionaries([]) == set()


def test_a_missing_tool_is_named_with_its_package(tools) -> None:
    assert build_lexicons.missing_tool("unmunch", "hunspell") == ""
    why = build_lexicons.missing_tool("unmunch", "no-such-tool-here")
    assert why.startswith("no-such-tool-here is not installed")


def test_an_encoding_given_wins_over_the_affix_files(tools) -> None:
    # build_dictionary_words reads UTF-8: the Latin-1 byte is no letter there.
    assert build_dictionary_words._expanded("xx_XX") == {"Haus", "Licht", "zzzz"}


def test_rejected_words_come_from_hunspell_dash_l(tools) -> None:
    assert build_lexicons.hunspell_rejected("xx_XX", {"zebra", "haus", "zoo"}) == {"zebra", "zoo"}
    assert build_dictionary_words._accepted("xx_XX", {"zebra", "haus"}) == {"haus"}


def test_the_final_fit_is_exported_as_tables_the_run_time_model_scores(capsys) -> None:
    """unknown_fit.fit_exported: the one final fit, export and check the three fits share."""
    import numpy as np
    import unknown_fit

    rng = np.random.default_rng(7)
    rows = [{"features": {"a": float(v), "b": float(w)}} for v, w in rng.random((80, 2))]
    labels = np.array([int(row["features"]["a"] > 0.6) for row in rows])
    trees = unknown_fit.fit_exported(rows, ["a", "b"], labels, {"n_estimators": 5})
    assert set(trees) == {"init", "trees"} and len(trees["trees"]) == 5
    assert "export check" in capsys.readouterr().out
