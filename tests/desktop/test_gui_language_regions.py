"""The status bar names the paragraphs checked in another language than the document's (issue 11
item 4, issue 12 item 5), from what the engine found: nothing is identified on the GUI thread."""

from __future__ import annotations

from pathlib import Path

ENGLISH = (
    "The government said on Tuesday that the new rules would take effect next year, after "
    "months of talks with the unions and the employers about the details of the plan."
)
GERMAN = (
    "Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln für die "
    "Energieversorgung ab dem nächsten Jahr gelten sollen, wie ein Sprecher mitteilte."
)


def test_status_bar_shows_a_german_region_in_an_english_file(
    qtbot, window, open_and_wait, tmp_path: Path
) -> None:
    path = tmp_path / "release.txt"
    path.write_text(f"{ENGLISH}\n\n{GERMAN}\n\n{ENGLISH}\n", encoding="utf-8")
    open_and_wait(window, path)
    assert window.language_label.text() == (
        "Language: English (en), detected · also checked as de (line 3)"
    )


def test_status_bar_of_a_monolingual_file_names_one_language(
    qtbot, window, open_and_wait, tmp_path: Path
) -> None:
    path = tmp_path / "english.txt"
    path.write_text(f"{ENGLISH}\n\n{ENGLISH}\n", encoding="utf-8")
    open_and_wait(window, path)
    assert window.language_label.text() == "Language: English (en), detected"
