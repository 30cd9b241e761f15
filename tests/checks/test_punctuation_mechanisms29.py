"""The punctuation-family mechanisms widened in session 23 (h29punct, issue 11): each fires on
its shape with the fix it should offer and stays quiet on its look-alikes. Every sentence is
invented."""

from __future__ import annotations

import pytest
from helpers import rule_findings as findings
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.registry import rule_by_code


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # "X and X" of any noun: an "-er" noun is no comparative when its stem is no word.
        ("MT403", "Amid laughter and laughter the guests sat down.", "Amid laughter the guests"),
        ("MT403", "The water and water ran over the road.", "The water ran over"),
        # A singular noun repeated before "of" is a doublet; a plural of quantity is emphasis.
        ("MT403", "They showed unity and unity of purpose.", "showed unity of purpose"),
        # A split "o'clock", with an opening quote typed for its apostrophe.
        ("MT104", "We met at 10 o 'clock sharp.", "at 10 o'clock sharp"),
        ("MT104", "We met at three o ‘clock sharp.", "at three o’clock sharp"),
        ("MT104", "He said it ‘s late.", "it’s late"),
        # Tokenised quotes (Penn Treebank, Moses) spaced off their quotation.
        ("MT225", "The motto `` A town of smiles '' was chosen.", "motto “A town of smiles ''"),
        # A comma after a closing mark glued to the next word.
        ("MT105", "We saw the fort (the “Red Tower”),then left.", "Tower”), then left"),
        # An acronym glued to the name it abbreviates; a phrase in brackets glued to a stop.
        ("MT147", "The Lake Tana Authority(LTA) met on Monday.", "Authority (LTA) met"),
        ("MT147", "Dinner and a night at Gondar.(*B, D)", "Gondar. (*B, D)"),
        # A hyphen typed for the dateline's dash, glued to the credit's bracket.
        ("MT144", "HARAR, May 3 (Walta)- The new mayor spoke.", "(Walta) - The new"),
        # Two surnames glued after a given name; a hyphenated given name glued to the surname.
        ("MT102", "The envoy Pedro MartinezCastro arrived.", "Pedro Martinez Castro arrived"),
        ("MT102", "The envoy Marie-ClaireDubois arrived.", "Marie-Claire Dubois arrived"),
        # A name and words glued into an institution's name.
        ("MT116", "Staff of GansuAgriculturalUniversity met.", "Gansu Agricultural University"),
        # A verb glued to the amount after it: after a verb marker, or a past form.
        ("MT120", "The board will raise20 percent more.", "will raise 20 percent"),
        ("MT120", "Sales climbed3,000 units in May.", "climbed 3,000 units"),
        # A Chinese quoted list whose joins are glued between the marks ('"and"').
        (
            "MT220",
            'The firm named 9" star teams "and" model shops "from the city.',
            'named 9 "star teams" and',
        ),
        # A straight closing mark spaced off the quotation, glued to the attribution after it.
        ("MT110", '"The vote will wait for the new year "She added.', 'new year," She added'),
        # Two adjectives of one compound joined by a spaced hyphen before their noun.
        ("MT141", "They studied the military - technical ties.", "the military-technical ties"),
        # A preposition glued to a determiner the web sometimes writes glued.
        ("MT101", "They mourned the families ofthose who died.", "families of those who"),
        # A plural possessive without its apostrophe, the document writing it with one.
        (
            "MT224",
            "The farmers’ markets opened. Most farmers markets sell eggs.",
            "Most farmers’ markets sell",
        ),
    ],
)
def test_fires_with_its_fix(code: str, text: str, expected: str) -> None:
    result = findings(text, code)
    assert result, f"{code} missed: {text}"
    assert expected in apply_edits(text, result[0].fixes[0].edits)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("MT403", "It grew louder and louder, happier and happier, and later and later."),
        ("MT403", "They walked further and further and it got worse and worse."),
        ("MT403", "They carried tons and tons of rice and crates and crates of water."),
        ("MT402", "They carried rice and crates and crates of water."),
        ("MT403", "He was tired, and tired people sleep; they sang, and sang, and sang."),
        ("MT403", "The main hall and Hall of Fame; barriers, and barriers, which are high."),
        ("MT402", "Things went from bad and worse and worse."),
        ("MT225", "Use ``code`` in Markdown and the '' mark; x = '' and y = ``a b``."),
        ("MT225", "The screen is 15 '' wide and the rope `` is long."),
        ("MT105", "Call f(x),g(y) and (a),(b); the year (2019),The list."),
        ("MT147", "The Distance(KM) column, Windows(TM) and the Lake Authority(ABC) met."),
        ("MT147", "Call obj.(a, b) in the file; see e.g.(Smith 2020)."),
        ("MT144", "Options (a)- The first; (1)- Two; the (non)- Profit."),
        ("MT102", "Users of Jan MacroBot and Ana DataHub met Tom FitzGerald."),
        ("MT120", "Set it to win32 mode or to base64 text; the speed3 class and bed2 room."),
        ("MT120", "Then they raise20 funds; the class seed42 run; a model x200 unit."),
        ("MT220", 'He said "yes","no" and "maybe"; the row "a","b","c" and "x"and"y" came.'),
        ("MT141", "It was political - especially now - and the national - Regional body met."),
        ("MT224", "The ministers’ meeting ended; the ministers meeting today agreed."),
        ("MT224", "He sang ‘the song of kings’ twice and the kings song was long."),
        ("MT110", 'The film "Tom Cruise Said" won and "No more," she said; the "Ali Khan" file.'),
        ("MT102", "The Coca-ColaLight can and Jean-Pierre Dupont's book."),
    ],
)
def test_look_alikes_stay_quiet(code: str, text: str) -> None:
    assert not findings(text, code), text


def test_tokenised_pair_both_sides_fixed() -> None:
    text = "He wrote `` we will win '' in his letter."
    edits = [edit for f in findings(text, "MT225") for edit in f.fixes[0].edits]
    assert apply_edits(text, edits) == "He wrote “we will win” in his letter."


@pytest.mark.parametrize("large", [False, True])
def test_comma_doublet_on_both_paths(large: bool) -> None:
    """ "X, and X" (doubtful, 0.45): the small-text scan and the vector screen of large texts
    agree."""
    from mtlint.checks import repeats

    filler = "The minister spoke to the press about plan {}. "
    lead = "".join(filler.format(n) for n in range(2000)) if large else ""
    text = lead + "They fired shells, and shells at the town. They sang, and sang, and sang."
    document = Document(text=text, language="en")
    assert (repeats.repeat_starts(document) is not None) == large
    found = [
        text[f.start : f.end]
        for f in check_document(
            document, Config(min_confidence=0.4), rules=[rule_by_code("MT403")]
        ).findings
    ]
    assert found == ["shells, and shells"]
