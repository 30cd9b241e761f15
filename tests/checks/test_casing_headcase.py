"""h29case (issue 11): names written by halves around their head (MT384), the possessive of a
style of address in lower case (MT385), an office by halves after a comma (MT312), a
conjunction capitalised after "); " (MT311) and a shift-key slip after a bracket (MT319), on
invented sentences in the shapes of the tuning pools, and look-alikes that must stay quiet
(status words, a body's level, an adjective before an office, headlines, "The Hague",
"Ministry of Health and Welfare", brand casing, German noun capitals)."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text


def _found(text: str, code: str, language: str = "en") -> list[tuple[str, float]]:
    # Every tier: the doubtful one is asserted below the bar where the text gives no evidence.
    result = check_text(text, language=language, config=Config(min_confidence=0.0))
    return [(text[f.start : f.end], f.confidence) for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # The text writes the head in lower case elsewhere.
        (
            "Ann Lee of the planning and operation Department won; the sales department lost.",
            "planning and operation Department",
        ),
        (
            'The "fine art award" went to Ben, and the "most beautiful cake Award" to Ann.',
            "most beautiful cake Award",
        ),
        # "of" and a name after the head: the head names one body or office.
        ("It was so, said the press Secretary of the President on Monday.", "press Secretary"),
        ("They visited the memorial Hall of Lakeshore Campaign today.", "memorial Hall"),
        ("Students met the vice President of Northgate College.", "vice President"),
    ],
)
def test_capital_head_after_lower_words(text: str, span: str) -> None:
    found = _found(text, "MT384")
    assert [written for written, _ in found] == [span]
    assert found[0][1] >= 0.5


def test_bare_half_name_stays_doubtful() -> None:
    # No evidence in the text: the shape alone is a doubtful reading.
    found = _found("The award went to the culture Department yesterday.", "MT384")
    assert [written for written, _ in found] == ["culture Department"]
    assert found[0][1] < 0.5


def test_half_name_fix_follows_the_text() -> None:
    text = "Ann Lee of the planning Department won; the sales department lost."
    (finding,) = [f for f in check_text(text, language="en").findings if f.code == "MT384"]
    edit = finding.fixes[0].edits[0]
    assert text[: edit.start] + edit.replacement + text[edit.end :] == text.replace(
        "planning Department", "planning department"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The former President of Brazil met the then Minister of Finance on Monday.",
        "The embattled President of the club met the city Council members.",
        "He met the US state Department officials and the White House press Office staff.",
        "The new Committee of the club met; the federal Government and the local Council agreed.",
        "The Hague hosted the Ministry of Health and Welfare and the Trump administration.",
        "She bought an iPhone on eBay from the Apple Store at the Royal Albert Hall.",
        "THE PLANNING DEPARTMENT\n\nThe Planning Department met on Monday.",
        "Annual Report Of The Culture Department And Museum",
        "They met the health, education Department and the planning Department-level staff.",
    ],
)
def test_half_name_look_alikes_stay_quiet(text: str) -> None:
    assert _found(text, "MT384") == []


def test_german_nouns_are_not_read() -> None:
    assert _found("Die neue Abteilung und das Museum der Stadt.", "MT384", "de") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("We wish health and long life to your Majesty and the family.", "your"),
        ("The envoy was received by his Excellency the ambassador.", "his"),
        ("Guests waited for her Royal Highness at the gate.", "her"),
    ],
)
def test_honorific_after_lower_possessive(text: str, span: str) -> None:
    assert [written for written, _ in _found(text, "MT385")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Your Majesty, His Excellency and Her Royal Highness arrived on Monday.",
        "He bowed to his majesty the king, as the old custom asked.",
        "She met his Grace Lee, a cousin, at the gate of the old hall.",
        "HIS MAJESTY VISITS THE PORT",
    ],
)
def test_honorific_look_alikes_stay_quiet(text: str) -> None:
    assert _found(text, "MT385") == []


def test_office_by_halves_after_a_comma() -> None:
    text = "They met Ann Lee, Deputy chairman of the board, and Ben Ode."
    assert [w for w, _ in _found(text, "MT312")] == ["Deputy chairman"]
    quiet = "They met Ann Lee, Deputy Chairman of the board, and the deputy chairman."
    assert _found(quiet, "MT312") == []


def test_office_by_halves_lower_fix_points_at_the_office() -> None:
    text = "On Monday the Prime minister went to the regions."
    (finding,) = [f for f in check_text(text, language="en").findings if f.code == "MT312"]
    edit = finding.fixes[1].edits[0]
    assert text[edit.start : edit.end] == "Prime" and edit.replacement == "prime"


def test_conjunction_after_bracket_and_semicolon() -> None:
    text = "The rain will pass 50 mm (or 40 mm an hour); Or if it reaches 60 mm, schools close."
    assert [w for w, _ in _found(text, "MT311")] == ["Or"]


def test_shift_key_capitals_inside_brackets() -> None:
    assert [w for w, _ in _found("The fair opened in Inuyama (JApan) today.", "MT319")] == ["JApan"]
    assert _found("The IDs and PCs (TVs too) were counted; “McDonald's opened”.", "MT319") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("This matters to all of us – The teachers, the parents and the pupils.", "The"),
        ("We waited for the bus for an hour — But nobody came to the stop.", "But"),
        ("Prices rose in the north, – And the south followed a week later.", "And"),
    ],
)
def test_function_word_capital_after_dash(text: str, span: str) -> None:
    assert [w for w, _ in _found(text, "MT386")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "KYIV – The talks resumed on Monday, (Reuters) – The bank said so.",
        "We watched the film Star Wars – The Force Awakens at home.",
        "apple – The fruit of the tree, eaten raw or cooked.",
        "We waited for an hour – He never came, and we left.",
        "Well, that's what the – I mean, that's what – The reason is the heat.",
        "Not at uh — This is at six thirty, he said.",
        "THE MARKET – THE PRICES ROSE\n\nBuyers came.",
        "Die Preise stiegen – Der Markt reagierte am Montag.",
    ],
)
def test_capital_after_dash_look_alikes_stay_quiet(text: str) -> None:
    language = "de" if text.startswith("Die") else "en"
    assert _found(text, "MT386", language) == []


def test_romanised_surname_after_a_bracket() -> None:
    text = "Pupils planted trees along the river on Sunday! (ren Tao / Xu Ling / photo)"
    assert [(w, c) for w, c in _found(text, "MT361")] == [("ren", 0.6)]


def test_romanised_word_after_a_chinese_place_is_doubtful() -> None:
    text = "Last year the Zhejiang huanpu valve company joined the export fair."
    found = _found(text, "MT361")
    assert [w for w, _ in found] == ["huanpu"]
    assert found[0][1] < 0.5
    # A common English word after the place is no romanised name.
    assert _found("In 2010 the Zhejiang water pump company made the list.", "MT361") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Soldiers of the Chinese people's Liberation Army took part.", "people's Liberation Army"),
        ("Soldiers of the Chinese people’s Liberation Army took part.", "people’s Liberation Army"),
        ("Aid came from the world Food Programme on Monday.", "world Food Programme"),
        (
            "Loans from the International monetary Fund, the bank said.",
            "International monetary Fund",
        ),
    ],
)
def test_known_name_inner_lower_case(text: str, span: str) -> None:
    assert [w for w, _ in _found(text, "MT387")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        # A head alone in lower case is a house style; a short name's first word is MT322's.
        "The European commission and the European parliament met in Silicon valley.",
        "It was a world Food Programme of its own, and north Korea agreed.",
        "The World Food Programme and the People's Liberation Army; WORLD FOOD PROGRAMME.",
    ],
)
def test_known_name_inner_lower_look_alikes_stay_quiet(text: str) -> None:
    assert _found(text, "MT387") == []
