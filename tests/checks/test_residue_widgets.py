"""MT964 (page widgets left in the text), MT965 (a compound that lost its hyphen) and the
paragraph that opens with a comma (MT236) on the inputs issue 11's users care about: the strings
of a translation file are interface text by design, and a hard-wrapped text is no page."""

from __future__ import annotations

from pathlib import Path

from mtlint.checks.config import Config
from mtlint.checks.documents import load_bytes
from mtlint.checks.engine import check_document

_CODES = ("MT964", "MT965", "MT236", "MT226")


def _codes(path: str, data: str, language: str = "en") -> list[str]:
    document = load_bytes(Path(path), data.encode("utf-8"), language=language)
    config = Config(select=_CODES, min_confidence=0.0)
    return [finding.code for finding in check_document(document, config).findings]


def test_po_file_of_interface_strings_is_no_page() -> None:
    po = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Share"\nmsgstr "Share"\n\n'
        'msgid "Font size"\nmsgstr "Font size"\n\n'
        'msgid "Tags: ,"\nmsgstr "Tags: ,"\n\n'
        'msgid ", and %d more"\nmsgstr ", and %d more people liked this post."\n\n'
        'msgid "Listen to this article"\nmsgstr "Listen to this article"\n'
    )
    assert _codes("ui.po", po) == []


def test_the_same_lines_inside_an_article_are_found() -> None:
    text = (
        "Police warned residents about a new wave of telephone scams on Tuesday.\n"
        "Font size • Large • small\n"
        "Listen to this article\n"
        "Officers said three people had lost money to the callers this week.\n"
    )
    assert _codes("article.txt", text) == ["MT964", "MT964"]


def test_hard_wrapped_prose_keeps_its_lines() -> None:
    text = (
        "The committee met on Tuesday to discuss the budget, and the members\n"
        "agreed to share the costs of the new anti-fraud unit with the county.\n"
        "Print copies of the report were sent to every member of the council,\n"
        ", as the rules require, and the self-help groups were thanked.\n"
    )
    assert _codes("notes.txt", text) == []
