"""Page residue (MT961-963) and garbled names (MT971-972): the shapes found in real machine-
translated news pages, and the look-alikes found in real clean text (Markdown docs, hard-wrapped
release notes, subtitles, name registries, inflected native prose). Texts are written for the
tests in the shape of the real ones, not copied."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.registry import all_rules

RESIDUE = ("MT961", "MT962", "MT963")
GARBLE = ("MT971", "MT972")


def codes(text: str, language: str = "en", fmt: str = "text", wanted=RESIDUE + GARBLE) -> list:
    rules = [rule for rule in all_rules() if rule.code in wanted]
    document = Document(text=text, language=language, format=fmt)
    result = check_document(document, Config(min_confidence=0.0), rules=rules)
    assert not result.failures
    return sorted(f.code for f in result.findings)


NEWS_TAIL = (
    "\n\nReplying to a question, he said the talks would resume next week.\n\n"
    "The opposition criticised the plan on Tuesday."
)


# --- page residue: real shapes ---------------------------------------------------------------


def test_sentence_cut_by_paragraph_break_lower_case_continuation():
    text = (
        "The minister said that the government is focused on long-term development projects "
        "that will benefit the country's\n\neconomy." + NEWS_TAIL
    )
    assert codes(text) == ["MT962"]


def test_one_paragraph_per_line_page_cut_by_single_line_break():
    text = (
        "The minister said that the government is focused on long-term development projects "
        "that will benefit the farmers of the\nprovince in the coming months.\n"
        "Replying to a question, he said the talks would resume next week.\n"
        "The opposition criticised the plan on Tuesday."
    )
    assert codes(text) == ["MT962"]


def test_paragraph_ends_on_conjunction_next_starts_new_sentence():
    text = (
        "He said that a strong infrastructure was necessary to achieve development in any "
        "country in the world, and\n\nIt was the reason the government focused on roads."
        + NEWS_TAIL
    )
    assert codes(text) == ["MT963"]


def test_paragraph_cut_inside_an_open_quotation():
    text = (
        "«We are satisfied with yesterday's talks, which were held in an atmosphere of trust. "
        "I am sincerely pleased with the agreements reached on cooperation. We have\n"
        "He noted that a historical meeting was held in the border area." + NEWS_TAIL
    )
    assert codes(text) == ["MT963"]
    german = (
        "Er sagte: „Wir sind mit den Gesprächen von gestern sehr zufrieden“, und er fügte hinzu, "
        "dass die Gespräche in einer offenen Atmosphäre stattfanden und weitergehen würden\n\n"
        "Die Delegation reiste am Abend ab.\n\nDas Treffen war das dritte in diesem Jahr."
    )
    assert codes(german, "de") == []


def test_read_also_line_inside_a_sentence():
    text = (
        "The prime minister said the agreement would be signed in the coming days and that the\n\n"
        "Read also: Protests continue in the capital\n\n"
        "opposition had been invited to the ceremony." + NEWS_TAIL
    )
    assert codes(text) == ["MT961"]


def test_ad_plugin_slot_markers_anywhere():
    text = "[ad_1]\nThe fourth round of talks will continue on Tuesday.\ntop channel\n[ad_2]\n"
    assert codes(text) == ["MT961", "MT961"]


# --- page residue: look-alikes ---------------------------------------------------------------


def test_label_between_complete_paragraphs_is_page_structure():
    text = (
        "The prime minister said the agreement would be signed in the coming days.\n\n"
        "Advertisement\n\nThe opposition had been invited to the ceremony." + NEWS_TAIL
    )
    assert codes(text) == []


def test_markdown_list_items_and_blockquotes():
    text = (
        "This happens when the file system reports a change that is not one:\n\n"
        "* the file is deleted, followed by a restore of the same file\n"
        "* the file is renamed and then renamed a second time back to its name\n\n"
        "> 11. While the parent folder is not the root of the file system,\n"
        ">     1. let the package folder be the resolution of the specifier.\n\n"
        "Both cases are handled by the watcher."
    )
    assert codes(text, fmt="markdown") == []


def test_hard_wrapped_text_leading_into_an_example():
    text = (
        " 9. Why do I get an undefined reference when I build the library?\n\n"
        "    If the test target produces something like the following lines on your own\n"
        "    system when you build it from the sources\n\n"
        "       example.o(.text+0x154): undefined reference to `gzputc'\n\n"
        "    check that you do not have old copies of the library in the system folders\n"
        "    on your machine. Remove any old versions, then install it again and retry.\n\n"
        "10. I need an interface for another language.\n\n"
        "    See the contrib directory in the distribution for the bindings that exist\n"
        "    today. Most of them are maintained by their own authors, not by us, and\n"
        "    questions about them should go to those authors directly, please.\n"
    )
    assert codes(text) == []


def test_lower_case_program_name_after_a_title_line():
    text = (
        "yq: Command-line YAML processor - jq wrapper for YAML documents\n\n"
        "yq transcodes YAML documents to JSON and passes them to jq.\n\n"
        "See the project page for more information about it."
    )
    assert codes(text) == []


def test_verse_and_headlines_are_not_cut_sentences():
    verse = (
        "I wandered lonely as a cloud that floats on high over the vales and hills\n\n"
        "when all at once I saw a crowd, a host of golden daffodils beside the lake\n\n"
        "beneath the trees, fluttering and dancing in the breeze along the shore\n\n"
        "continuous as the stars that shine and twinkle on the milky way"
    )
    assert codes(verse) == []
    headline = "Putin and Trump Discuss Ukraine Ceasefire And Prisoner Exchange\n\n" + (
        "iPhone sales rose in the third quarter, the company said." + NEWS_TAIL
    )
    assert codes(headline) == []


@pytest.mark.parametrize("fmt", ["srt", "po", "csv"])
def test_formats_that_split_sentences_by_design(fmt):
    text = (
        "The minister said that the government is focused on long-term development projects "
        "that will benefit the country's\n\neconomy." + NEWS_TAIL
    )
    assert codes(text, fmt=fmt, wanted=RESIDUE) == []


def test_short_salutation_and_dateline_end_on_a_comma():
    text = (
        "President of Russia Vladimir Putin: Mr President,\n\n"
        "We have talked on the phone about vital issues several times.\n\n"
        "ASHKHABAD, Turkmenistan,\n\nThe two presidents began private talks on Tuesday." + NEWS_TAIL
    )
    assert codes(text) == []


# --- garbled names: real shapes --------------------------------------------------------------


def test_name_with_last_letter_dropped_once():
    text = (
        "President Mirziyoyev received the delegation in Tashkent. Mirziyoyev said trade "
        "had doubled. Later Mirziyoyev visited a factory, where Mirziyoye spoke to workers."
    )
    assert codes(text) == ["MT971"]


def test_name_with_a_stray_accent_once():
    text = "Talks in Sochi ended. Sochi will host the next round, and Sochí is ready for it."
    assert codes(text) == ["MT971"]


def test_accent_inside_a_long_name_is_left_to_mt903():
    """Same first and last letters, same skeleton: one name written two ways, MT903's finding;
    MT971 stays out so that one mistake gives one finding."""
    text = "Talks in Tashkent ended. Tashkent will host the next round; Tashként is ready."
    assert codes(text, wanted=("MT903", "MT971")) == ["MT903"]


def test_typo_in_a_heading_beside_the_right_spelling():
    text = (
        "Vulnerabilities fixed in this release.\n\nVulnerabilties\n\n"
        "Vulnerabilities were reported by two researchers."
    )
    assert codes(text) == ["MT971"]


def test_common_word_with_a_stray_accent():
    assert codes("The goverńment said the plan would go ahead.") == ["MT972"]


# --- garbled names: look-alikes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Smith met the Smiths. Smith said the Smiths and Smith's sons had gone."),
        ("de", "Merkel sprach lange. Merkels Rede und Merkels Plan gefielen den Grünen."),
        ("de", "Der Bauer kam. Den Bauern half niemand, den Bauern fehlte Geld."),
        ("ru", "Встреча с Мирзиёевым. Мирзиёевым довольны. Мирзиёеву позвонили вчера."),
        ("pl", "Rozmowa z Kowalskim. Kowalskim zajęła się policja. Kowalski wrócił."),
        ("cs", "Setkání s Novákem. Novákem se zabývali. Novák odjel do Brna."),
        ("es", "Sánchez habló. Sánchez dijo que sí. Los Sánchez y Sanchez llegaron."),
    ],
)
def test_inflection_and_real_variants_are_no_damage(language, text):
    assert codes(text, language, wanted=("MT971",)) == []


def test_accented_names_some_language_writes():
    text = (
        "Michael Dahl, Michael Ross and Michael Ng reviewed it; Michaël Zasso merged it. "
        "David fixed the build and David released it; Dávid Szabó tested it."
    )
    assert codes(text, wanted=GARBLE) == []


def test_distant_names_in_a_long_list_are_no_damage():
    entries = [f"Description: Language number {n} of the registry." for n in range(120)]
    text = "Description: Mandarin\n" * 3 + "\n".join(entries) + "\nDescription: Mandari\n"
    assert codes(text, wanted=("MT971",)) == []


def test_stray_accent_rule_stays_out_of_languages_that_use_marks():
    text = "Președintele a spus că și puțin timp a trecut până la ședință."
    assert codes(text, "ro", wanted=("MT972",)) == []
