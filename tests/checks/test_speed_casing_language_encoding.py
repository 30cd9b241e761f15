"""The screens and faster scans of the casing, language and encoding rules, and of the shared word
finders, give exactly what the plain scans give (each test runs both, or checks the fact a
screen relies on)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks import casingscan, textscan, wordlists
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.rules import casing, encoding, language


def _document(text: str, language_code: str = "en") -> Document:
    return Document(text=text, language=language_code)


def _findings(text: str, codes: set[str], language_code: str = "en") -> list[tuple]:
    result = check_document(_document(text, language_code), Config())
    return [
        (f.code, f.start, f.end, f.message, f.confidence, f.fixes)
        for f in result.findings
        if f.code in codes
    ]


def _pieces(*pieces: str, max_size: int = 40) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# --- facts the screens rely on -------------------------------------------------------------------


def test_whitespace_is_every_character_str_split_splits_on():
    every = "".join(c for c in map(chr, range(0x110000)) if c.isspace())
    assert every == textscan.WHITESPACE
    assert textscan.unique_chunks(_document("a\x1cb\x85c\xa0d\u3000e")) == set("abcde")


def test_mid_capital_class_holds_every_character_a_rule_accepts_before_the_space():
    before = re.compile(casingscan._MID_CAPITAL.pattern.split("(?<=")[1][:-2])
    assert before.pattern.startswith("[") and before.pattern.endswith("]")
    for code in range(0x110000):
        c = chr(code)
        if c.isalnum() or c.islower() or c in '”)"':
            assert before.fullmatch(c), hex(code)


def test_chunk_text_and_characters_describe_the_distinct_chunks():
    document = _document("b a\u3000b\x1c(c)\n a")
    assert sorted(textscan.chunk_text(document).split("\n")) == ["", "(c)", "a", "b"]
    assert sorted(textscan.text_characters(document)) == sorted("abc()")
    assert textscan.text_has(document, "\x1c") and not textscan.text_has(document, "\t")
    assert textscan.has_character(document, re.compile("[\x1c]"))
    assert not textscan.has_character(document, re.compile("[\x1d]"))
    assert textscan.chunk_text(_document(" \n")) == ""


def test_character_caches_follow_a_replaced_text():
    document = _document("plain text")
    assert not textscan.has_character(document, encoding._INVISIBLE)
    document.text = "plain\u200btext"
    assert textscan.has_character(document, encoding._INVISIBLE)
    assert "\u200b" in textscan.chunk_text(document)


# --- encoding -------------------------------------------------------------------------------------

_ENCODING_TEXT = _pieces(
    "a",
    "The",
    " ",
    "\n",
    "é",
    "Ã",
    "©",
    "â€™",
    "\xa0",
    "\x85",
    "\x1c",
    "\x0b",
    "\u200b",
    "\u200d",
    "\xad",
    "&amp;",
    "&foo;",
    "&#8217;",
    "<br>",
    "</p",
    ">",
    "<span ",
    "[ad_1]",
    "[caption",
    "id=1]",
    "{{name}}",
    "{Foreign",
    "Minister}",
    "${x}",
    "%s",
    "%(name)s",
    "5%",
    "{0}",
)


@settings(max_examples=300, deadline=None)
@given(_ENCODING_TEXT)
def test_encoding_screens_never_drop_a_finding(text):
    codes = {"MT601", "MT602", "MT603", "MT604"}
    screened = _findings(text, codes)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(encoding, "_may_have_mojibake", lambda document: True)
        patch.setattr(encoding, "has_character", lambda document, pattern: True)
        patch.setattr(encoding, "chunk_text", lambda document: "&amp;\n<br>")
        patch.setattr(encoding, "_template_matches", _plain_template_matches)
        assert _findings(text, codes) == screened


_ORIGINAL_TEMPLATE_MATCHES = encoding._template_matches


def _plain_template_matches(text: str, document: object = None) -> list[re.Match[str]]:
    return _ORIGINAL_TEMPLATE_MATCHES(text)


def test_each_template_screen_lets_its_pattern_through():
    for text in [
        "a [ad_1] b",
        "[caption id=1]x[/caption]",
        "${a.b}",
        "x %s y",
        " %(n)d",
        "{{ a }}",
    ]:
        document = _document(text)
        assert encoding._template_matches(text, document), text
        assert [m.span() for m in encoding._template_matches(text, document)] == [
            m.span() for m in encoding._template_matches(text)
        ]


def test_mojibake_before_a_no_break_space_is_still_found():
    # "Ã" then U+00A0 (a continuation byte that is whitespace): the pair spans two chunks.
    text = "The caf\u00c3\u00a0 and the caf\u00c3\u00a9 opened."
    assert _findings(text, {"MT601"}) == _findings_without_screens(text, {"MT601"})
    assert _findings("A Ã\x85b.", {"MT601"}) == _findings_without_screens("A Ã\x85b.", {"MT601"})


def test_whitespace_control_characters_are_still_reported():
    for text in ["He arrived\x1c on Sunday.", "A\x0bB", "x\x85y", "tab\x1f end"]:
        assert _findings(text, {"MT604"}), repr(text)


def _findings_without_screens(text: str, codes: set[str]) -> list[tuple]:
    saved = encoding._may_have_mojibake
    encoding._may_have_mojibake = lambda document: True
    try:
        return _findings(text, codes)
    finally:
        encoding._may_have_mojibake = saved


# --- language -------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(_pieces("a", "b", " ", "\n", "Р", "utin", "三聚", "Москва", "(", ")", "α", "-", "·", "日本"))
def test_foreign_script_screen_never_drops_a_finding(text):
    for code in ("en", "ru"):
        screened = _findings(text, {"MT501"}, code)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(language, "has_character", lambda document, pattern: True)
            assert _findings(text, {"MT501"}, code) == screened


_STOP_TEXT = _pieces(
    " ", "\n", "hay", "Hay", "les", "der", "die", "el", "la", "x", "hayes", "les-", ".", ",", "é"
)


@settings(max_examples=200, deadline=None)
@given(_STOP_TEXT)
def test_stop_word_places_by_find_equal_the_scan(text):
    pattern, _ = language._foreign_stop_words("en")
    words = {m.group()[1:] for m in pattern.finditer(" " + " ".join(text.split()))}
    words |= {w for c in text.split() if (w := _chunk_word(pattern, c))}
    expected = [m.start() + 1 for m in pattern.finditer(text)]
    assert language._hits_by_find(text, frozenset(words), pattern) == expected
    if words:
        narrowed = language._narrowed(frozenset(words))
        assert language._hits_by_find(text, frozenset(words), narrowed) == [
            m.start() + 1 for m in narrowed.finditer(text)
        ]


def _chunk_word(pattern: re.Pattern[str], chunk: str) -> str:
    found = pattern.match(" " + chunk)
    return found.group()[1:] if found else ""


@settings(max_examples=200, deadline=None)
@given(_STOP_TEXT)
def test_stop_words_of_the_chunks_from_one_scan(text):
    pattern, _ = language._foreign_stop_words("en")
    chunks = set(text.split())
    expected = frozenset(w for c in chunks if (w := _chunk_word(pattern, c)))
    document = _document(text)
    # Memo tables (fresh chunks joined with spaces) and a big document's throw-away tables (the
    # cached chunk text, with line breaks).
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(language, "chunk_tables", lambda key, c, n: (c - set(), ({},), set()))
        assert language._hit_words(document, "en", pattern) == expected
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(language, "chunk_tables", lambda key, c, n: (c, ({},), set()))
        assert language._hit_words(_document(text), "en", pattern) == expected


# --- casing ---------------------------------------------------------------------------------------

_CASING_TEXT = _pieces(
    "The",
    "the",
    " ",
    "\n",
    ". ",
    "? ",
    "! ",
    "... ",
    "… ",
    "Which",
    "which",
    "On",
    "Sunday",
    "Kyiv",
    "kyiv",
    "North Korea",
    "north korea",
    "Trillium",
    "trillium",
    "ⓐ",
    "\u0345",
    "_",
    "”",
    ")",
    '"',
    ",",
    "x",
    "iPhone",
    "e.g.",
    "2",
    max_size=50,
)


@settings(max_examples=300, deadline=None)
@given(_CASING_TEXT)
def test_shared_mid_capital_places_give_the_finditer_findings(text):
    codes = {"MT301", "MT302", "MT303", "MT304"}
    screened = _findings(text, codes)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(casing, "mid_capital_matches", lambda d, pattern: pattern.finditer(d.text))
        patch.setattr(
            casing.LowercaseSentenceStart,
            "_mid_by_mark",
            (("", casing.LowercaseSentenceStart._mid),),
        )
        assert _findings(text, codes) == screened


def _classify_one(chunk: str) -> tuple[str, str] | tuple[()]:
    """The previous per-chunk classification of EntityCaseDrift."""
    rule = casing.EntityCaseDrift
    token = chunk.strip(rule._strip)
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    if not token or rule._technical.search(token):
        return ()
    if token.islower():
        return ("l", token)
    if len(token) > 2 and token[0].isupper() and token[1:].islower():
        return ("c", token)
    return ()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        _pieces("a", "B", "é", "É", "'s", "’s", ".", "(", "@", "#", "/", "1", "ǅ"), max_size=30
    )
)
def test_entity_chunk_classes_are_unchanged(chunks):
    chunks = {c for c in chunks if c}
    plain = set(filter(str.isalpha, filter(str.islower, chunks)))
    lower_of: dict[str, object] = dict(zip(plain, plain, strict=True))
    capital_of: dict[str, object] = {}
    casing.EntityCaseDrift._classify(chunks - plain, lower_of, capital_of)
    for chunk in chunks:
        known = _classify_one(chunk)
        assert lower_of.get(chunk) == (known[1] if known and known[0] == "l" else None)
        assert capital_of.get(chunk) == (known[1] if known and known[0] == "c" else None)


# --- find_words -----------------------------------------------------------------------------------

_KEYS = ["ab", "abc", "b", "ba", "a b", "o", "o'x", "a&b", "b.c", "&a", "zz"]
_WORD_TEXT = _pieces(
    "ab",
    "abc",
    "b",
    "a",
    "o",
    "'x",
    "&",
    ".",
    "c",
    " ",
    "\n",
    "\t",
    "\xa0",
    "\u3000",
    "(",
    "“",
    "-",
    "#",
    "@",
    "/",
    "’",
    max_size=50,
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_KEYS), min_size=1, max_size=8), _WORD_TEXT)
def test_word_scans_by_automaton_equal_the_class_led_scan(keys, text):
    many = set(keys) | {f"zz{i}" for i in range(30)}
    expected = textscan._find_words_regex(text, sorted(many))
    got = textscan.find_words(text, many)
    assert got == expected
    assert list(got) == list(expected)


def test_a_word_after_any_whitespace_or_punctuation_is_found_by_the_automaton():
    text = "ab\tab\xa0ab\u3000ab(ab “ab” &ab\nab x-ab o'x"
    many = {"ab", "o'x"} | {f"zz{i}" for i in range(30)}
    got = textscan.find_words(text, many)
    assert got == textscan._find_words_regex(text, sorted(many))
    assert len(got["ab"]) == 8


def test_a_word_starting_with_whitespace_is_found_as_by_the_class_led_scan():
    text = "a  b a b"
    many = {" b", "ab"} | {f"zz{i}" for i in range(30)}
    assert textscan.find_words(text, many) == textscan._find_words_regex(text, sorted(many))


# --- word frequencies -----------------------------------------------------------------------------


def test_frequency_dict_is_wordfreqs_own():
    import wordfreq

    for code in ("en", "fr"):
        ours = wordlists.frequency_dict(code)
        theirs = wordfreq.get_frequency_dict(code)
        assert ours == theirs
        assert list(ours) == list(theirs)


def test_plain_languages_are_tokenised_plainly_by_wordfreq():
    from wordfreq.language_info import get_language_info

    for code in wordlists._PLAIN_LANGUAGES:
        info = get_language_info(code)
        assert info["tokenizer"] == "regex"
        assert info["normal_form"] == "NFC"
        assert not info["remove_marks"] and not info["dotless_i"]
        assert info["diacritics_under"] is None and info["transliteration"] is None
        assert info["lookup_transliteration"] is None


def test_zipf_of_every_stop_word_is_wordfreqs():
    import wordfreq

    words = {w for code in available_languages() for w in load_language_data(code).stop_words}
    for code in [*sorted(wordlists._PLAIN_LANGUAGES), "tr"]:
        for word in sorted(words):
            assert wordlists.wordfreq_zipf(word, code) == wordfreq.zipf_frequency(word, code), (
                code,
                word,
            )


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("aeinorstßçéıłœſʼͅάςωяёїΐǆ'1-")), min_size=1, max_size=8),
    st.sampled_from(["en", "de", "el", "ru", "pl"]),
)
def test_zipf_of_any_word_is_wordfreqs(word, code):
    import wordfreq

    assert wordlists.wordfreq_zipf(word, code) == wordfreq.zipf_frequency(word, code)


@pytest.mark.parametrize("code", ["xx", "en-US", ""])
def test_frequency_dict_of_an_unusual_code_is_wordfreqs_choice(code):
    import wordfreq

    try:
        theirs = wordfreq.get_frequency_dict(code)
    except (LookupError, ValueError):
        theirs = {}
    assert wordlists.frequency_dict(code) == theirs


@settings(max_examples=300, deadline=None)
@given(
    _pieces("a", "b", " ", "\n", "…", ".", "\xa0"),
    _pieces("a", "b", " ", "\t", "…", ".", max_size=4),
)
def test_containment_from_the_chunk_text_is_containment_in_the_text(text, needle):
    assert casingscan.in_text(_document(text), needle) == (needle in text)


def test_the_file_read_is_the_one_wordfreq_reads_for_every_language():
    import langcodes
    import wordfreq

    available = wordfreq.available_languages("best")
    for code in available:
        best, _ = langcodes.closest_match(code, list(available), max_distance=60)
        assert str(wordlists._wordlist_file(code)) == available[best]
