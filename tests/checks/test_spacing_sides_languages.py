"""MT145/MT146 (a mark on the wrong side of its space, a colon with no space after it) in the
shapes a language writes on purpose: gender suffixes and case endings after a colon, mail
prefixes, emoticons. The reviewer's reproductions; invented sentences."""

from __future__ import annotations

from helpers import code_findings as _findings
from helpers import code_fixed as _fixed


def test_colon_leaves_gender_suffixes_of_the_language() -> None:
    assert not _findings("Viele Lehrer:innen und Schüler:innen kamen.", "MT146", "de")
    assert not _findings("Jede Mitarbeiter:in und der Schüler:innenrat.", "MT146", "de")
    assert not _findings("Les Français:es et les étudiant:es sont venus.", "MT146", "fr")
    # The suffix belongs to the language: English and a German word that is no suffix still fire.
    assert _fixed("Sie sagte:Wir kommen.", "MT146", "de") == "Sie sagte: Wir kommen."
    assert _findings("The teacher:innen", "MT146")


def test_colon_leaves_case_endings_after_names_and_abbreviations() -> None:
    assert not _findings("Yle:lle kerrottiin eilen, ja tv:ssä näytettiin.", "MT146", "fi")
    assert not _findings("Enligt Ikea:s chef och SVT:s nyheter.", "MT146", "sv")
    assert not _findings("EU:n komissio ja USA:ssa.", "MT146", "fi")
    assert _fixed("Hän sanoi:Emme tule.", "MT146", "fi") == "Hän sanoi: Emme tule."
    # Outside those languages a capitalised word before the colon is a label: "Source:agency".
    assert _findings("Source:agency reports.", "MT146")


def test_colon_prefixes_of_mail_subjects_are_per_language() -> None:
    assert not _findings("Betreff AW:Angebot und WG:Termin.", "MT146", "de")
    assert not _findings("Ämne SV:Offert i går.", "MT146", "sv")
    assert not _findings("See Re:Offer and Fwd:Plans.", "MT146")


def test_wrong_side_mark_leaves_emoticons() -> None:
    assert not _findings("I love this song :D and more", "MT145")
    assert not _findings("Great :P and fine ;) yes :-) or XD and ;D too :p", "MT145")
    assert _fixed("He said :A new plan.", "MT145") == "He said: A new plan."
