"""MT980 (a letter left out of a very common word) and MT903 (a one-edit slip of a name the
text repeats): invented sentences of the shapes machine-translated pages show."""

from __future__ import annotations

from mtlint.checks import check_text


def _fixes(text: str, code: str) -> list[str]:
    return [
        f.fixes[0].edits[0].replacement
        for f in check_text(text, language="en").findings
        if f.code == code
    ]


def test_dropped_letter_of_a_common_word() -> None:
    assert _fixes("The new plan is good news for everone in the valley.", "MT980") == ["everyone"]
    text = "The harbour Deparment has opened a new office near the station."
    assert _fixes(text, "MT980") == ["Department"]


def test_plural_of_a_known_word_stays_quiet() -> None:
    assert _fixes("The budget sets aside forty billion drams for the bridge.", "MT980") == []


def test_name_slip_of_a_repeated_name() -> None:
    text = (
        "Shelling hit Dravelsk on Monday. Dravelsk lost power, and the mayor of Dravlesk "
        "asked for help."
    )
    assert _fixes(text, "MT903") == ["Dravelsk"]


def test_two_real_names_stay_quiet() -> None:
    text = "Hanson met Henson. Hanson and Henson then met Hanson's staff."
    assert _fixes(text, "MT903") == []
