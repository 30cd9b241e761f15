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


def test_rare_real_word_one_letter_short_stays_quiet() -> None:
    # Review h11typo item 1: "deign", "serous", "scree", "holing" are real words, as common on
    # the web as the slips; a letter left out is taken alone only where the web hardly knows it.
    for text in (
        "He did not deign to reply to the letter.",
        "The doctor drained the serous fluid from the knee.",
        "The climbers crossed the scree below the ridge.",
        "He won the match by holing a long putt on the last green.",
    ):
        assert _fixes(text, "MT980") == [], text


def test_dropped_letter_with_the_full_word_in_the_text() -> None:
    # "diffrent" is a web word of its own (Zipf 2.2): a slip where the text writes "different",
    # and alone too, since no spelling dictionary knows it (the web's misspellings,
    # resources/spelling/en_web_typos.txt); "deign", "scree" (above) are dictionary words.
    assert _fixes("The two plans were diffrent in scope.", "MT980") == ["different"]
    text = "The two plans were diffrent in scope, and a different plan came later."
    assert _fixes(text, "MT980") == ["different"]


def test_capitalised_name_inside_a_sentence_stays_quiet() -> None:
    # Review h11typo item 2: a capitalised word inside a sentence is a name ("Aarts" is no
    # "Arts", "Regin" no "Region").
    assert _fixes("The Dutch defender Aarts scored twice in the second half.", "MT980") == []
    assert _fixes("In Norse legend the smith Regin raised the young hero.", "MT980") == []
