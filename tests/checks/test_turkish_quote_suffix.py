"""Turkish attaches case suffixes to a closing quotation mark ("The Blank Wall"un): no spacing
error there (typography table quotes_attach_to_words, as for Hebrew and Korean)."""

from __future__ import annotations

from mtlint.checks.engine import check_text


def test_a_suffix_after_a_closing_quote_is_turkish_grammar():
    text = 'Film "Dipsiz", "The Blank Wall"un ikinci uyarlaması olarak çekildi.'
    assert [f.code for f in check_text(text, language="tr").findings] == []
