"""Entity case in the shapes beyond a lower-cased page (session 9, h11ents): flattened inner
capitals (MT333), names in capitals in running text (MT334), acronyms the document writes in
capitals found in title case in any language (MT307), generic uses of a name and brands written
in lower case by their owners (MT303, MT324), and the typed table loader. Invented sentences."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from mtlint.checks.casingextra import entity_case_data
from mtlint.checks.casingtables import typed_table
from mtlint.checks.engine import check_text
from mtlint.checks.entitynames import name_table


def _found(text: str, code: str, language: str = "en") -> list[str]:
    result = check_text(text, language=language)
    return [text[f.start : f.end] for f in result.findings if f.code == code]


def _fixed(text: str, code: str, language: str = "en") -> list[str]:
    result = check_text(text, language=language)
    return [f.fixes[0].edits[0].replacement for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The clip spread on Tiktok before Youtube removed it.", ["Tiktok", "Youtube"]),
        ("Tiktok's owner said the Iphone app would return.", ["Iphone", "Tiktok"]),
        ("He posted on Linkedin that the Paypal deal was off.", ["Linkedin", "Paypal"]),
    ],
)
def test_flattened_inner_capital(text: str, words: list[str]) -> None:
    assert sorted(_found(text, "MT333")) == words


def test_flattened_inner_capital_from_the_document() -> None:
    text = "Dr Anna VanderBerg spoke first; later Vanderberg thanked Zorvix and ZorVix staff."
    # "VanderBerg" is the document's own spelling; Zorvix/ZorVix is no particle-led name either.
    assert _fixed(text, "MT333") == ["VanderBerg", "ZorVix"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das Video lief auf Youtube und Tiktok, sagte die Polizei.", "de"),
        ("Видео появилось в Youtube, сообщила полиция.", "ru"),
        ("The clip spread on TikTok and YouTube; see tiktok.com/help.", "en"),
        ("Ann MacDonald met John Macdonald and Mary LeBlanc met Leblanc.", "en"),
    ],
)
def test_flattened_inner_capital_quiet(text: str, language: str) -> None:
    assert _found(text, "MT333", language) == []


def test_owner_spellings_count_in_other_languages_with_the_documents_evidence() -> None:
    text = "TikTok hat am Montag reagiert. Die Plattform Tiktok sperrte das Konto."
    assert _found(text, "MT333", "de") == ["Tiktok"]


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("NATO ministers met on Monday. A Nato spokesman said little.", "en", "Nato"),
        ("La OTAN se reunió el lunes y la Otan no dijo nada.", "es", "Otan"),
        ("Генсек ООН выступил в понедельник, и в Оон промолчали.", "ru", "Оон"),
    ],
)
def test_acronym_written_in_capitals_elsewhere(text: str, language: str, word: str) -> None:
    assert _found(text, "MT307", language) == [word]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("NATO TALKS END IN VILNIUS\n\nThe Nato summit ended on Monday.", "en"),
        ("La Nato si riunisce. Nato a Genova, il generale parlò della NATO.", "it"),
        ("He went to the CANTON FAIR in spring, and the Canton Fair opened.", "en"),
        ("The delegation reached Kef and KEF officials met the Kef governor.", "en"),
    ],
)
def test_acronym_quiet_without_running_text_evidence(text: str, language: str) -> None:
    assert _found(text, "MT307", language) == []


@pytest.mark.parametrize(
    ("text", "language", "fixed"),
    [
        ("The delegation arrived in MOSCOW on Monday for talks.", "en", "Moscow"),
        ("The Kef governor said KEF officials visited Kef twice.", "en", "Kef"),
        ("Le président a reçu à PARIS lundi le chancelier allemand.", "fr", "Paris"),
    ],
)
def test_name_in_capitals(text: str, language: str, fixed: str) -> None:
    assert _fixed(text, "MT334", language) == [fixed]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("MOSCOW, June 1 - The delegation arrived on Monday.", "en"),
        ("We will NEVER accept this, he said in Moscow.", "en"),
        ("The NATO and UNESCO officials met in Moscow.", "en"),
        ("La OTAN se reunió en Madrid con la Otan de siempre.", "es"),
        ("THE TALKS IN MOSCOW ENDED\n\nThe delegation left on Monday.", "en"),
        ("The meeting was chaired by Prime Minister Ousmane SONKO in Dakar.", "en"),
    ],
)
def test_name_in_capitals_quiet(text: str, language: str) -> None:
    assert _found(text, "MT334", language) == []


@pytest.mark.parametrize(
    "text",
    [
        "Teams are getting ready for the grand prix season in March.",
        "Two grand prix weekends were cancelled in the spring.",
    ],
)
def test_generic_name_before_the_noun_it_qualifies(text: str) -> None:
    assert _found(text, "MT303") == []


def test_generic_name_still_found_as_a_name() -> None:
    text = "Hamilton won the British Grand Prix, and the grand prix was a triumph."
    assert _found(text, "MT303") == ["grand prix"]


@pytest.mark.parametrize("brand", ["bunq", "ecobee"])
def test_brands_written_in_lower_case_by_their_owners(brand: str) -> None:
    text = f"Savers moved to {brand}, a digital company based in Europe, last year."
    assert _found(text, "MT324") == []
    assert _found("Savers moved to zentrovax, a digital company based in Europe.", "MT324") == [
        "zentrovax"
    ]


@dataclass(frozen=True)
class _Toy:
    code: str
    words: frozenset[str] = frozenset()
    endings: tuple[str, ...] = ()
    flag: bool = False


def test_typed_table_reads_each_field_by_its_type() -> None:
    table = typed_table(
        _Toy, {"words": ["Ab", "cd"], "endings": ["s", "ing", "ed"], "flag": 1}, code="xx"
    )
    assert table == _Toy("xx", frozenset({"ab", "cd"}), ("ing", "ed", "s"), True)
    assert typed_table(_Toy, {}, code="yy") == _Toy("yy")


def test_the_tables_load_through_the_typed_loader() -> None:
    english = entity_case_data("en")
    assert english.owner_spellings and english.initialisms_in_capitals
    assert "season" in english.generic_followers
    assert not entity_case_data("ru").owner_spellings
    names = name_table("en")
    assert names is not None and "bunq" in names.lower_case_brands
    assert names.name_titles[0].count(" ") >= 1  # longest first: "deputy prime minister"


def test_a_flattened_spelling_used_throughout_is_a_house_style() -> None:
    text = (
        "Police opened a Whatsapp number. Complaints on Whatsapp are read daily. "
        "Send photos via Whatsapp, the statement said."
    )
    assert _found(text, "MT333") == []
    assert _found("Police opened a Whatsapp number on Monday.", "MT333") == ["Whatsapp"]


def test_lower_case_agency_credit() -> None:
    text = "Khartoum- (zqa) The minister met the envoy. He told ZQA that the talks went well."
    assert _fixed(text, "MT335") == ["ZQA"]
    assert _found("Khartoum- (zqa) The minister met the envoy on Monday.", "MT335") == []
    assert _found("Pick the format (json) and save it. The JSON file is small.", "MT335") == []


def test_known_name_with_a_common_word_lower_cased_in_another_language() -> None:
    text = "Corea del Norte lanzó un misil. Según Seúl, corea del Norte no avisó a nadie."
    assert _fixed(text, "MT303", "es") == ["Corea del Norte"]
    # Without the name's own spelling in the text, the common word is no evidence.
    assert _found("Según Seúl, corea del Norte no avisó a nadie.", "MT303", "es") == []
