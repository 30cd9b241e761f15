"""The held-out real-MT sets (bench/data/realmt-<lang>-heldout): kept apart, big enough, scored.

Their lines are checked like the dev sets' in test_realmt_data.py (well formed, spans match the
text, built from excerpts.txt, no reserved site); these tests check what makes them held-out.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import localdata  # noqa: E402
import pytest  # noqa: E402
from eval_realmt import main as eval_realmt_main  # noqa: E402
from goldmatch import Found, Gold, Tally  # noqa: E402
from heldout_report import heldout_folders, merge, set_label  # noqa: E402
from realmt_build import built_path, is_heldout, set_language  # noqa: E402
from realmt_outlets import dev_outlets  # noqa: E402
from reserved_sites import host_of, registrable  # noqa: E402

HELDOUT = heldout_folders()
DEV = [f for f in sorted((BENCH / "data").glob("realmt-*")) if not is_heldout(f)]


def lines_of(folder: Path) -> list[dict]:
    # The excerpts are verbatim page text kept outside git (bench/localdata.py).
    reason = localdata.missing_reason(folder, [built_path(folder).name, "excerpts.txt"])
    if reason:
        pytest.skip(reason)
    with open(built_path(localdata.folder(folder)), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_held_out_sets_build_apart_from_dev_sets() -> None:
    assert HELDOUT and HELDOUT[0].name == "realmt-en-heldout"
    for folder in HELDOUT:
        assert built_path(folder).name == "heldout.jsonl"
        # dev harnesses look for dev.jsonl
        assert not (localdata.folder(folder) / "dev.jsonl").exists()
        language = set_language(folder)
        for line in lines_of(folder):
            assert line["dataset"] == folder.name and line["target_lang"] == language


def test_each_held_out_set_says_measure_only() -> None:
    for folder in HELDOUT:
        readme = (folder / "README.md").read_text(encoding="utf-8").lower()
        assert "measure only" in readme and "never tune" in readme, folder.name


def test_english_held_out_size() -> None:
    kinds = Counter(line["kind"] for line in lines_of(BENCH / "data" / "realmt-en-heldout"))
    assert kinds["mt"] >= 50 and kinds["clean"] >= 15


def test_three_languages_besides_english_have_fifteen_mt_excerpts() -> None:
    counts: Counter = Counter()
    for folder in HELDOUT:
        if set_language(folder) != "en":
            counts[set_language(folder)] += sum(line["kind"] == "mt" for line in lines_of(folder))
    assert sum(count >= 15 for count in counts.values()) >= 3, counts


def outlets(folders: list[Path]) -> set[str]:
    return {registrable(host_of(line["url"])) for f in folders for line in lines_of(f)}


def test_no_held_out_outlet_is_a_dev_outlet() -> None:
    # A dev set that takes text from a held-out outlet lets rules learn that outlet's habits.
    assert not outlets(DEV) & outlets(HELDOUT)


def test_no_held_out_outlet_is_in_any_dev_folder() -> None:
    """Every dev folder (the real-MT dev sets and the planted sets' native pages), read from the
    committed labels and manifests (URLs only), against every held-out set's outlets."""
    dev = set(dev_outlets(BENCH / "data"))
    assert "menafn.com" in dev  # realmt-en's outlets were read
    shared = {folder.name: outlets([folder]) & dev for folder in HELDOUT}
    assert not any(shared.values()), shared


def test_numbered_held_out_sets_are_scored_on_their_own() -> None:
    labels = [set_label(folder) for folder in HELDOUT]
    assert len(labels) == len(set(labels))
    assert set_label("realmt-ru2-heldout") == "ru2" and set_label("realmt-ru-heldout") == "ru"


def test_merge_adds_the_counts_of_every_set() -> None:
    first, second = Tally(), Tally()
    first.score("ab cd", [Found(0, 2, "MT101")], [Gold(0, 2, "glued_word")])
    second.score("ef gh", [], [Gold(3, 5, "glued_word")])
    second.score_clean("clean words here", [Found(0, 5, "MT302")])
    merged = merge([first, second]).summary()
    assert merged["categories"]["glued_word"]["gold"] == 2
    assert merged["categories"]["glued_word"]["found"] == 1
    assert merged["clean"]["findings"] == 1 and merged["clean"]["words"] == 3


def test_heldout_report_per_language(capsys) -> None:
    for folder in HELDOUT:  # every held-out set is scored, so each must be here
        lines_of(folder)
    assert eval_realmt_main(["--heldout", "--json", "--no-baseline"]) == 0
    figures = json.loads(capsys.readouterr().out)
    languages = figures["overview"]["per_language"]
    assert list(languages) == [set_label(folder) for folder in HELDOUT]
    several = {set_language(f) for f in HELDOUT if set_label(f) != set_language(f)}
    assert set(figures["overview"]["languages_combined"]) == several
    gold = sum(len(line["errors"]) for folder in HELDOUT for line in lines_of(folder))
    assert figures["overview"]["all_languages"]["mtlint"]["overall"]["gold"] == gold


def test_show_prints_no_held_out_sentence_unless_asked(capsys) -> None:
    folder = str(BENCH / "data" / "realmt-fr-heldout")
    lines_of(Path(folder))  # skips, with the restore line, where this machine lacks the set
    assert eval_realmt_main(["--set", folder, "--no-baseline", "--show", "50"]) == 0
    quiet = capsys.readouterr().out
    assert "fr-ho-" not in quiet and "not shown" in quiet
    assert (
        eval_realmt_main(["--set", folder, "--no-baseline", "--show", "50", "--reveal-heldout"])
        == 0
    )
    assert "fr-ho-mt-" in capsys.readouterr().out
