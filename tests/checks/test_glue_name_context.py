"""Glue after a name that a multi-word name or a person's role announces (invented sentences)."""

from __future__ import annotations

from mtlint.checks.engine import check_text


def _glue(text: str, language: str) -> list[tuple[str, str]]:
    codes = {"MT101", "MT102"}
    return [
        (finding.code, text[finding.start : finding.end])
        for finding in check_text(text, language=language).findings
        if finding.code in codes
    ]


def test_known_name_glued_to_a_short_common_word_after_a_given_name() -> None:
    # Romanian: "are" (has) glued to a surname wordfreq knows, after the given name.
    text = "Ministrul Klaus Iohannisare o întâlnire marți."
    findings = check_text(text, language="ro").findings
    glued = [finding for finding in findings if finding.code == "MT101"]
    assert [text[f.start : f.end] for f in glued] == ["Iohannisare"]
    assert any("Iohannis are" in fix.title for fix in glued[0].fixes)


def test_a_name_spelt_the_international_way_is_no_glue() -> None:
    assert _glue("Guvernul a informat Republica Kazakhstan despre schimbări.", "ro") == []


def test_two_names_glued_in_any_alphabet_after_a_role() -> None:
    assert _glue("They arrested the journalist ElifÇelik in May.", "en") == [("MT102", "ElifÇelik")]
    # No role before and the second name nowhere alone: a brand may be meant.
    assert _glue("They visited ElifÇelik in May.", "en") == []


def test_name_glued_to_a_capitalised_word_needs_the_word_alone_and_a_name_before() -> None:
    text = "Delegates of Peru, Luis VelardeSenate members spoke. The Senate voted."
    assert _glue(text, "en") == [("MT102", "VelardeSenate")]
    assert _glue("Delegates of Peru, Luis VelardeSenate members spoke.", "en") == []
    assert _glue("Delegates met VelardeSenate members. The Senate voted.", "en") == []


def test_common_word_glued_to_a_name_the_text_uses_mid_sentence() -> None:
    text = "A statement came from Okonkwo. Archive photoOkonkwo spoke later."
    assert _glue(text, "en") == [("MT102", "photoOkonkwo")]
    # A common word opening sentences is no name: identifiers stay quiet.
    assert _glue("Return the nodes with findNode. Node types differ.", "en") == []


def test_glue_word_after_the_last_word_of_a_multi_word_name() -> None:
    text = "She met Ursula von der Leyenand two aides in the hall."
    assert _glue(text, "en") == [("MT101", "Leyenand")]
    # A name that ends in a longer word ("-land") is a name.
    assert _glue("She met Judy Garland and Anna Rowland in the hall.", "en") == []


def test_long_inflected_word_glued_to_a_well_known_name_after_a_given_name() -> None:
    text = "Bakan Recep Tayyip Erdoğanbaşkanlığında bir toplantı yaptı."
    findings = [f for f in check_text(text, language="tr").findings if f.code == "MT101"]
    assert [text[f.start : f.end] for f in findings] == ["Erdoğanbaşkanlığında"]
    assert any("Erdoğan başkanlığında" in fix.title for fix in findings[0].fixes)


def test_preposition_glued_to_an_article_that_wordfreq_learnt_from_the_web() -> None:
    assert _glue("The report said ofthe forty cases most were closed.", "en") == [
        ("MT101", "ofthe")
    ]
    assert _glue("Go into the room, onto the stage, within the hour; cannot wait.", "en") == []


def test_word_glued_after_an_elided_article() -> None:
    text = "Le pays voisin de l’Estqui proteste encore."
    assert _glue(text, "fr") == [("MT101", "l’Estqui")]
    assert _glue("Il a visité l’Europe, l’Estonie et l’Assemblée.", "fr") == []


def test_a_name_that_goes_on_after_the_token_is_no_glue() -> None:
    # "-bout" after a given name, but "Bin Rashid" goes on: one long name.
    assert _glue("Le Sheikh Zorakhbout Bin Rashid Al Qasimi a parlé.", "fr") == []
    assert _glue("Le Sheikh Zorakhbout a parlé.", "fr") == [("MT101", "Zorakhbout")]


def test_a_function_word_glued_in_front_of_a_word() -> None:
    text = "The officer was notidentified and the count is quitesure."
    assert _glue(text, "en") == [("MT101", "notidentified"), ("MT101", "quitesure")]
    assert _glue("The anthem, another hero, his history; notable notice, willpower.", "en") == []


def test_swedish_preposition_i_glued_to_a_known_place_before_a_lower_case_word() -> None:
    # Invented: "i" (in) glued to a place the language's list knows, a lower-case word next.
    text = "Polisen grep en man i Göteborgi fredags efter larmet."
    assert _glue(text, "sv") == [("MT101", "Göteborgi")]
    # A capitalised word next, or a name that is no listed place: no finding.
    assert _glue("Hon bodde i Göteborgi Centrum under året.", "sv") == []
    assert _glue("Forskaren Elena Parisi talade på mötet i går.", "sv") == []


def test_romanian_genitive_article_and_din_glued_on() -> None:
    # Invented: "al" glued to a known word before a capitalised genitive; "din" glued to an
    # unknown surname after the given name.
    assert _glue("A vorbit ministrul de Externeal Ungariei despre acord.", "ro") == [
        ("MT101", "Externeal")
    ]
    assert _glue("Locuiește pe strada Paul Verlainedin orașul vechi.", "ro") == [
        ("MT101", "Verlainedin")
    ]
    # Names that end in "-din" or "-al" stay quiet.
    assert _glue("Sultanul Saladin și regele Portugaliei au semnat.", "ro") == []
