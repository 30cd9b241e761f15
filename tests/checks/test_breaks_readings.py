"""Session 18's readings of lost breaks, stray stops and page chrome (h22breaks): MT301's run-in
year, bracket and "The X" evidence, MT302 after a name or heading, MT246 stop-before-name,
MT614 page-chrome. Invented sentences; each quiet case is a look-alike the reading must leave
alone (a title, a transcript's stage direction, a list's "1)", a command line)."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def spans(text: str, code: str) -> list[str]:
    result = check_document(Document(text=text, language="en"), Config(min_confidence=0.0))
    return [text[f.start : f.end].strip() for f in result.findings if f.code == code]


LOUD = [
    ("MT301", "They wove cotton and real silk 1950 The mill grew fast.", "1950 The"),
    ("MT301", "Officials said on Monday (local time) The company would pay.", "The"),
    (
        "MT301",
        "He was elected head of the Republic of Utopia The Rector hoped he would stay, "
        "said the Rector on Friday.",
        "The",
    ),
    (
        "MT302",
        "Samples came from the Department of Food Sciences To check whether it was safe.",
        "To",
    ),
    ("MT302", "The officer from Lake View Police Station Along with two aides went in.", "Along"),
    ("MT246", "The gang was caught, said the Chief Inspector. Wiśniewczyk.", "."),
    ("MT246", "She studied at Sanata Dharma University. Yogyakarta, and then abroad.", "."),
    ("MT614", "Photos of the visit: Carlos Ruiz and Ana Beltrán.jfif", ".jfif"),
    ("MT614", "Police closed the area of ??Ban Khlong on Monday.", "??"),
    ("MT614", "News 2021\nTitle placeholder\nThe board met on Monday.", "Title placeholder"),
]

QUIET = [
    ("MT301", "(Laughter) When I was a child, I lived by the sea."),
    ("MT301", "Check-in times and also1) Earlier registration is needed."),
    ("MT301", "They flew to The Hague on Monday and met the press in The Hague."),
    ("MT302", "They walked Across the Universe and Around the World in 80 Days."),
    ("MT302", "He read The Lord Of the Rings in Frankfurt Am Main."),
    ("MT246", "He met the Governor. Then he left for the airport."),
    ("MT246", "The figures came from the Ministry. Reuters."),
    ("MT614", "Run the app with --screenshot out.png to save a picture."),
    ("MT614", "The pattern (?i)word matches any case; why? Because it ignores case."),
    ("MT614", "Set the field's placeholder text; designers call it lorem ipsum."),
    ("MT614", "Save the file as logo-dark.png or IMG_2041.jpg in the folder."),
    # The review of h22breaks: a sentence opening with a name and an apposition or adverb;
    # titles and bands that keep "The" in one place; a reference list's year in brackets; a
    # slide editor's vocabulary; a file named on purpose.
    ("MT246", "The delegation met the President. Nowak, however, refused to attend the dinner."),
    ("MT246", "The talks ended with a visit to the University. Kowalczyk, the rector, spoke."),
    ("MT246", "The minister thanked the Governor. Hadiwijaya, who chairs the board, agreed."),
    ("MT301", "I read The Times every morning, and the Times reported it first."),
    ("MT301", "We love The Beatles because the Beatles wrote short songs."),
    ("MT301", "Fans still read The Economist every week, and the Economist still sells well."),
    ("MT301", "Smith J, Jones K (2019) The role of trust in small teams. J Econ Behav 4:1-10."),
    ("MT301", "Lee A, Kim B (2020a) A model of growth. Econ J 9:2-5."),
    ("MT614", "On the first slide, click the title placeholder and type a heading for the talk."),
    ("MT614", "To insert a picture, open the file Holiday.jpg from the desktop folder."),
    ("MT614", "What??Really, he asked in the chat, and then ??Why not."),
]


@pytest.mark.parametrize(("code", "text", "span"), LOUD)
def test_reading_finds(code: str, text: str, span: str) -> None:
    assert span in spans(text, code)


@pytest.mark.parametrize(("code", "text"), QUIET)
def test_look_alike_stays_quiet(code: str, text: str) -> None:
    assert spans(text, code) == []


def test_year_led_by_a_word_stays_in_its_sentence() -> None:
    # "until early 1948": the year ends the sentence; the stop is lost after it, not before.
    assert spans("He worked there until early 1948 The production grew fast.", "MT301") == ["The"]


def test_a_long_run_of_blank_lines_is_read_once() -> None:
    # The scan started again from every break of a run that ends in no lower-case letter
    # (h24speed: a 3 MB file of line breaks did not finish). 60,000 breaks: the old reading
    # took ~1.8 billion steps here.
    from mtlint.checks.engine import check_text

    blank = "\n" * 60_000
    text = (
        "The minister said that" + blank + "The plan would go ahead next year, he added.\n"
        "The minister said that" + blank + "the plan would go ahead next year.\n"
    )
    found = [f for f in check_text(text, language="en").findings if f.code == "MT985"]
    second = text.index("The minister said that", 10) + len("The minister said ")
    assert [(f.start, text[f.end - 3 : f.end]) for f in found] == [(second, "the")]
