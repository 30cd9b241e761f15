"""MT328: names on a page written all in lower case (invented sentences)."""

from __future__ import annotations

from mtlint.checks.engine import check_text


def _names(text: str, language: str) -> list[tuple[str, str]]:
    result = check_text(text, language=language)
    return [
        (text[f.start : f.span.end], f.fixes[0].edits[0].replacement)
        for f in result.findings
        if f.code == "MT328"
    ]


def test_pinyin_name_and_acronym_on_a_lower_case_italian_page() -> None:
    text = (
        "il 3 maggio il portavoce zhou ning ha risposto alle domande dei giornalisti. "
        "il giornalista della cctv ha chiesto se il presidente è nato a roma."
    )
    assert _names(text, "it") == [("zhou ning", "Zhou Ning"), ("cctv", "CCTV")]


def test_name_after_a_title_runs_over_the_unknown_words() -> None:
    text = "ieri il primo ministro okonkwo adebayo ha incontrato i giornalisti nella capitale."
    assert _names(text, "it") == [("okonkwo adebayo", "Okonkwo Adebayo")]


def test_names_joined_by_a_hyphen_on_a_lower_case_page() -> None:
    text = "i rapporti cina-giappone sono migliorati molto durante il lungo anno passato."
    assert _names(text, "it") == [("cina", "Cina"), ("giappone", "Giappone")]


def test_lower_case_lines_under_a_capitalised_menu_make_the_page() -> None:
    text = (
        "Home | News | Contact\n"
        "on monday the spokesman zhou ning said the talks with the delegation went well.\n"
        "zhou ning added that the two sides would meet again before the end of the year.\n"
        "(reporter li wei)\n"
    )
    assert [written for _, written in _names(text, "en")] == [
        "Zhou Ning",
        "Zhou Ning",
        "Li Wei",
    ]


def test_normally_cased_text_and_lower_case_prose_without_names_stay_quiet() -> None:
    cased = "On Monday the spokesman Zhou Ning said the talks went well, and li wei agreed."
    poem = "we ran along the long road home\nand the rain came down on the old tin roof\n" * 2
    assert _names(cased, "en") == []
    assert _names(poem, "en") == []
    assert _names("il bambino è nato a giugno e la sua famiglia vive ancora qui.", "it") == []


def test_pinyin_loanwords_on_a_lower_case_page_are_no_names() -> None:
    # Review h9ents #2: common nouns English borrowed from Chinese (lower_page.json loanwords).
    text = (
        "we moved the sofa by the rules of feng shui and the room felt calmer at once.\n"
        "my uncle teaches qi gong and tai chi in the park every morning before work.\n"
    )
    assert _names(text, "en") == []
