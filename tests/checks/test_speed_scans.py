"""Shortcuts in the residue family (MT961–MT963), MT141's dash search and the casing scans
against the plain reading they replace."""

from __future__ import annotations

import random
import re
from itertools import pairwise

from mtlint.checks import proseblocks as residue
from mtlint.checks.documents.base import Document


def _random_texts(count: int, pieces: list[str], seed: int) -> list[str]:
    chooser = random.Random(seed)
    return [
        "".join(chooser.choice(pieces) for _ in range(chooser.randrange(0, 60)))
        for _ in range(count)
    ]


def test_last_words_are_those_the_search_from_the_start_finds() -> None:
    pieces = ["word", "é", "1", "_", " ", "\t", "\n", "'", "’", ",", ".", "-", "\xa0", "x" * 90]
    for text in _random_texts(4000, pieces, 3):
        expected = residue._LAST_WORDS.search(text)
        found = residue._last_words(text)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        ), text


def test_open_pairs_are_the_pairs_whose_first_block_is_open() -> None:
    sentence = "The minister said that the new rules would take effect next month and that"
    pieces = [
        sentence,
        "the government would review them.",
        "Advertisement",
        "» ",
        "”",
        ")",
        "?",
        " ",
        "\n",
        "\n\n",
        "\n \n",
        "and",
        ",",
        "It rained:",
    ]
    seen_open = 0
    for text in _random_texts(1500, pieces, 5):
        document = Document(text=text, language="en")
        blocks = residue.prose_blocks(document)
        if blocks is None:
            continue
        expected = [(b, a) for b, a in pairwise(blocks) if residue.open_block(document, b)]
        assert residue.open_pairs(document, blocks) == expected, text
        seen_open += bool(expected)
    assert seen_open > 50  # the texts do hold open blocks


def test_last_words_read_a_long_paragraph_from_its_end() -> None:
    text = "A long paragraph, " * 400 + "and the"
    assert residue._last_words(text).groups() == ("and", "the")
    assert re.fullmatch(r"[\w ]+", text[residue._last_words(text).start() :])


def test_previous_word_is_what_the_search_over_its_window_finds() -> None:
    """``casingscan.previous_word`` starts its search after the last character no word can
    hold; the answer is the one the search over the whole 40-character window gives."""
    from mtlint.checks import casingscan

    pieces = [
        "word",
        "W",
        "_",
        "1",
        " ",
        "\n",
        "'",
        "’",
        "-",
        ")",
        "]",
        '"',
        "”",
        ",",
        "é",
        "x" * 45,
    ]
    chooser = random.Random(4)
    for _ in range(20000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randrange(0, 14)))
        start = chooser.randrange(0, len(text) + 1)
        match = casingscan._PREVIOUS_WORD.search(text, max(0, start - 40), start)
        assert casingscan.previous_word(text, start) == (match.group(1) if match else "")


def test_chunk_around_is_what_the_search_over_its_window_finds() -> None:
    """``textscan.chunk_around`` starts its search after the last whitespace before the match;
    the chunk is the one the search over the whole 200-character window gives."""
    from mtlint.checks import textscan

    edge, tail = re.compile(r"\S*$"), re.compile(r"\S*")
    pieces = ["ab", " ", "\n", "\t", "\xa0", "\u3000", ".", "x" * 120, "\r"]
    chooser = random.Random(9)
    for _ in range(20000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randrange(0, 10)))
        start = chooser.randrange(0, len(text) + 1)
        end = chooser.randrange(start, len(text) + 1)
        head = edge.search(text, max(0, start - 200), start)
        after = tail.match(text, end)
        expected = (head.start() if head else start), (after.end() if after else end)
        assert textscan.chunk_around(text, start, end) == expected, (text, start, end)


def test_blocks_read_as_the_list_of_block_tuples_they_replace() -> None:
    """``residue.Blocks`` keeps offsets in arrays; read by index, slice or iteration it gives
    the Block tuples the list held (wrapped texts carry their prose flags too)."""
    pieces = ["A line of prose.", "word", " ", "\n", "\n\n", "  ", "make install", "\t", "x" * 70]
    for number, text in enumerate(_random_texts(600, pieces, 11)):
        width = 72 if number % 2 else None
        blocks = residue._blocks(text, width)
        tuples = list(blocks)
        assert all(isinstance(block, residue.Block) for block in tuples)
        assert [blocks[i] for i in range(len(blocks))] == tuples
        assert blocks[1:-1] == tuples[1:-1] and (not tuples or blocks[-1] == tuples[-1])
        assert [(b.start, b.end) for b in tuples] == list(
            zip(blocks.starts, blocks.ends, strict=True)
        )


def test_spaced_dashes_are_those_the_search_for_the_whole_mark_finds() -> None:
    """``hyphens._spaced_dashes`` searches for the dash alone; the positions are those of
    " - " and " – " searched for whole, each search going on after the last one found."""
    from mtlint.checks.rules import hyphens

    def searched_whole(text: str) -> list[int]:
        positions = []
        for mark in (" - ", " – "):
            at = text.find(mark)
            while at != -1:
                positions.append(at)
                at = text.find(mark, at + 3)
        return sorted(positions)

    pieces = [" ", "-", "–", "a", " - ", "- -", " – ", "\n", "--"]
    for text in _random_texts(5000, pieces, 5):
        assert list(hyphens._spaced_dashes(text)) == searched_whole(text), text


def test_led_matches_are_the_scans_they_replace() -> None:
    """A pattern led by a rare mark, matched at the mark's offsets (``led_matches``,
    ``scan_led``), finds what a scan of the whole text finds: the same spans and groups, in
    the same order, matches inside an earlier match skipped."""
    from mtlint.checks import textscan
    from mtlint.checks.rules import quote_spacing, separators

    pieces = ["word", "Wé", "x", " ", "  ", "\n", '"', "“", "”", ";", "; ", ". ", ",", ":", "-",
              "and ", "a ", "1", "ing that", "Ab", '""', "\t"]  # fmt: skip
    led = [
        (separators._SEMICOLON_PARTICIPLE, ";", 0),
        (separators._SEMICOLON_AND, ";", 0),
        (separators._SEMICOLON_BEFORE_WORD, ";", 0),
        (quote_spacing._STRAIGHT_GLUED, '"', 0),
        (quote_spacing._STRAIGHT_SPACED_CLOSING, '"', 0),
        (quote_spacing._STRAIGHT_AFTER_MARK, '"', 0),
        (quote_spacing._glued_both("”"), "”", 0),
        (quote_spacing._alone_before_word("“"), "“", 0),
        (re.compile(r'["“][^"“”]*?[”"]'), '"“', 0),  # matches that hold another lead
        (re.compile(r";;?"), ";", 0),
        (re.compile(r" ;"), ";", 1),  # led by the mark one place on
        (re.compile(r'(?<=^)"|(?<=\n)"'), '"', 0),
    ]
    for text in _random_texts(3000, pieces, 11):
        document = Document(text=text, language="en")
        for pattern, leads, offset in led:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            found = textscan.led_matches(document, pattern, leads, offset)
            assert [(m.span(), m.groups()) for m in found] == expected, (pattern, text)
        pairs = [(";", separators._SEMICOLON_AND), ('"', quote_spacing._STRAIGHT_GLUED)]
        merged = textscan.scan_starts(text, [pattern for _, pattern in pairs])
        assert [m.span() for m in textscan.scan_led(document, pairs)] == [
            m.span() for m in merged
        ], text
        quotes = separators._stops_before_quotes(document)
        assert list(quotes) == [m.start() for m in separators._STOP_BEFORE_QUOTE.finditer(text)]


def test_scan_marks_finds_what_the_scans_find() -> None:
    """``scan_marks`` reads each pattern's lead from the pattern: the patterns led by rare marks
    are matched at the marks, the others scanned; either way the matches of the plain scans."""
    from mtlint.checks import quote_attribution, quote_pairs, technical, textscan
    from mtlint.checks.rules import (
        casing_shapes,
        casing_starts,
        dash_glued,
        encoding,
        language_widgets,
        mark_spacing,
        punctuation,
        punctuation_orphans,
        quote_apostrophes,
        quote_lost,
        quote_marks,
        quote_openings,
        spacing_after_marks,
        spacing_sides,
        spacing_slashes,
    )

    pieces = ["said", "He", "x", " ", "\n", '"', "“", "”", "’", "‘", ";", ". ", ",", ":", "—",
              "–", "-", " — ", '."', ".”,", "said:", "a=b", "(", ")", "»", "«", "&amp;", "&", "!",
              "[", "]", "/", " / ", "′", "*", "’s", "'", "\\", "? a", "! the", "; And",
              "; Or the"]  # fmt: skip
    patterns = [
        mark_spacing._STRAIGHT_PAIR,
        mark_spacing._SPACED_MARK,
        technical._QUOTED,
        quote_lost._WORD_OR_STOP_THEN_MARK["”"],
        quote_lost._STOP_THEN_WORD['"'],
        *(screen for _kind, _chunk, screen, _end in quote_openings._SCREENS),
        *quote_attribution._SPACED_DASH.values(),
        dash_glued._GLUED,
        encoding._ENTITY,
        language_widgets._IMAGE,
        *punctuation._SPACED_MARK.values(),
        punctuation_orphans._EMPTY_LABEL,
        quote_pairs._DOUBLE_MARK,
        quote_apostrophes._EN_MARK,
        *quote_apostrophes._SPACED.values(),
        quote_marks._PRIMES,
        spacing_after_marks._DASH_AFTER_MARK,
        spacing_sides._COLON_QUOTE,
        spacing_slashes._ONE_SIDE,
        *(pattern for _mark, pattern in casing_starts._MID_BY_MARK),
        casing_shapes._semicolon_pattern("en"),
        re.compile(r"[,.]\s"),  # led by frequent marks: scanned
        re.compile(r"(?:x|”)y?"),  # led by a letter or a mark: scanned
    ]
    for text in _random_texts(2500, pieces, 13):
        document = Document(text=text, language="en")
        for pattern in patterns:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            found = [(m.span(), m.groups()) for m in textscan.scan_marks(document, [pattern])]
            assert found == expected, (pattern, text)
        for mark in '"”’“':
            comma = quote_lost._STOP_THEN_COMMA[mark]
            expected = [m.span() for m in comma.finditer(text)]
            assert [m.span() for m in textscan.led_matches(document, comma, mark, 1)] == expected
        assert technical.quoted_code_spans(text, document) == technical.quoted_code_spans(text)


def test_a_dense_mark_is_scanned_with_the_same_matches() -> None:
    """A mark more frequent than one character in ``_DENSE_MARK`` (a CSV of quotes) is not
    listed: the patterns it leads are scanned, with the same matches."""
    from mtlint.checks import textscan
    from mtlint.checks.rules import quote_spacing, separators

    text = 'He said. "Yes", "a";"b"; x"y ' * 3000 + 'He said. “No”; said. "So" x'
    document = Document(text=text, language="en")
    assert textscan.char_positions(document, '"') is None
    assert textscan.char_positions(document, "“") is not None
    for pattern, leads in (
        (quote_spacing._STRAIGHT_GLUED, '"'),
        (re.compile(r'["“][^"“”]*?[”"]'), '"“'),
        (separators._SEMICOLON_BEFORE_WORD, ";"),
    ):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in textscan.led_matches(document, pattern, leads)] == expected
        assert [m.span() for m in textscan.scan_marks(document, [pattern])] == expected
    stops = [m.start() for m in separators._STOP_BEFORE_QUOTE.finditer(text)]
    assert list(separators._stops_before_quotes(document)) == stops


def test_spaced_hyphen_matches_are_the_scans_they_replace() -> None:
    """The five patterns led by a hyphen-minus with a space beside it, tried at the shared
    spaced hyphens (``spaced_hyphen_matches``), find what a scan of the whole text finds; MT141's
    spaced dashes read from them are those it searches for; a text dense in hyphens is
    scanned."""
    from mtlint.checks import dashes, quote_attribution, textscan
    from mtlint.checks.rules import dash_spacing, hyphens, spacing_hyphens

    pieces = ["word", "a", "B", " ", "-", " - ", "- ", " -", "--", "\n", ".", "said", "the ",
              "– ", "x-y", "1", "_", "é"]  # fmt: skip
    patterns = [
        dash_spacing._HYPHEN_ONE_SIDED,
        quote_attribution._SPACED_DASH["-"],
        dashes._OPENERS["-"],
        spacing_hyphens.SpacedHyphen._either,
        spacing_hyphens.SpacedHyphen._after_space,
        spacing_hyphens.SpacedHyphen._before_space,
    ]
    texts = [*_random_texts(3000, pieces, 17), "a - b " + "x-y-z-w " * 400 + "war -which"]
    for text in texts:
        document = Document(text=text, language="en")
        for pattern in patterns:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            found = textscan.spaced_hyphen_matches(document, pattern)
            assert [(m.span(), m.groups()) for m in found] == expected, (pattern, text)
        spaced = textscan.spaced_hyphens(document)
        assert list(hyphens._spaced_dashes(text, spaced)) == list(hyphens._spaced_dashes(text))
        # MT141 reads the en dashes' shared offsets too (h31speed).
        en_dashes = textscan.char_positions(document, "–")
        both = hyphens._spaced_dashes(text, spaced, en_dashes)
        assert list(both) == list(hyphens._spaced_dashes(text))
    assert textscan.spaced_hyphens(Document(text=texts[-1], language="en")) is None


def test_matches_after_a_word_at_the_capital_positions_are_the_scan() -> None:
    """MT363's " and (Words ){1,3}Head" tried where " and" ends at a shared capital position
    (``after_word_capital_matches``) finds what a scan of the whole text finds."""
    from mtlint.checks import casingscan, romanised

    pattern = romanised._and_heads(("Bureau", "Office", "Reform and Development Commission"))
    pieces = ["and", " and ", "Science ", "Bureau", "Office", " ", "Reform and Development ",
              "Commission", "x", "\n", ".", "Á", "sand ", "AND "]  # fmt: skip
    for text in _random_texts(3000, pieces, 19):
        document = Document(text=text, language="en")
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        found = casingscan.after_word_capital_matches(document, "and", pattern)
        assert [(m.span(), m.groups()) for m in found] == expected, text


def test_dot_runs_read_from_one_scan_are_those_the_two_searches_find() -> None:
    """MT226's doubled stops and spaced runs read from the places of ". ." (one scan) are the
    findings at ``_DOT_SPACE_DOT``'s matches and at the runs ``str.find`` finds, each search
    going on after the last run's end."""
    from mtlint.checks.rules import punctuation_dots as dots

    def runs_found(text: str) -> list[int]:
        found = []
        at = text.find(dots._FIVE_SPACED)
        while at >= 0:
            found.append(at)
            end = at + len(dots._FIVE_SPACED)
            while text[end : end + 2] == " .":
                end += 2
            at = text.find(dots._FIVE_SPACED, end)
        return found

    rule = dots.DotRun()
    pieces = [".", " ", ". .", " . . . . .", "word", "a", "\n", "”", " It", "?", ".. .", "IX"]
    for text in _random_texts(4000, pieces, 23):
        places = [match.start() for match in dots._DOT_SPACE_DOT_AT.finditer(text)]
        searched = [match.start() for match in dots._DOT_SPACE_DOT.finditer(text)]
        assert list(rule._pairs(text, places)) == list(rule._pairs(text, searched)), text
        assert list(rule._spaced_runs(text, places)) == list(
            rule._spaced_runs(text, runs_found(text))
        ), text


def test_comma_groups_at_the_number_starts_are_the_scan() -> None:
    """MT206's ", 123" tried at the repetition pass's digit-led runs after ", " on a large text
    (``separators._comma_space_groups``) finds what a scan of the whole text finds (digits of
    other scripts, "_" and letters before the digits included); a small text is scanned."""
    from mtlint.checks.repeats import GATE_MIN_LENGTH
    from mtlint.checks.rules import separators

    pieces = [", ", ",", " ", "1", "123", "1,234", ", 12", "a", "_", "\u0661\u0662\u0663", "\n",
              "x1", ", 1234", "2019"]  # fmt: skip
    chooser = random.Random(29)
    for _ in range(3):
        parts: list[str] = []
        size = 0
        while size < GATE_MIN_LENGTH + 1000:
            parts.append(chooser.choice(pieces))
            size += len(parts[-1])
        text = "".join(parts)
        document = Document(text=text, language="en")
        expected = [m.span() for m in separators._COMMA_SPACE_GROUP.finditer(text)]
        found = [m.span() for m in separators._comma_space_groups(document)]
        assert found == expected and expected
    small = Document(text="about 12, 345 people, 678", language="en")
    assert [m.span() for m in separators._comma_space_groups(small)] == [(8, 13), (20, 25)]
