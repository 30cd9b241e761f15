"""MT104's stop spaced before instead of after (" .It"), after a word that is a sentence opener
but no function word: the word before was read against the openers, where the rule means the
function words that lead into a dot-led name ("on .Net") (h31tidy). Invented sentences."""

from mtlint.checks.engine import check_text


def _spans(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_text(text, language="en").findings if f.code == "MT104"
    ]


def test_a_stop_spaced_after_an_adverb_that_also_opens_sentences() -> None:
    text = "The committee held its vote later .Officials said the motion had passed easily."
    assert _spans(text) == [" .O"]


def test_a_dot_led_name_after_a_function_word_stays_quiet() -> None:
    text = "The team moved its old services on .Net hosting to a new data centre this year."
    assert _spans(text) == []
