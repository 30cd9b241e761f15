"""Properties that must hold for any text (hypothesis): no crash, fixes touch only their spans,
newlines and byte-order marks survive a round trip."""

from __future__ import annotations

import codecs

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from mtlint.checks.config import Config
from mtlint.checks.documents import decode_bytes
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document, check_text
from mtlint.checks.fixes import apply_edits, apply_fixes
from mtlint.checks.model import Applicability, Edit, Fix
from mtlint.checks.writeback import encode_text

PROPERTY_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# Text that looks like MT output: words, the characters the rules look for, scripts, controls.
_PIECES = st.sampled_from(
    [
        "the",
        "The",
        "the the",
        "Putin",
        "who",
        " ",
        "  ",
        ". ",
        ", ",
        "\n",
        "\r\n",
        "…",
        "“",
        "”",
        "’",
        "Ã©",
        "â€™",
        "&amp;",
        "&#8217;",
        "<br>",
        "[ad_1]",
        "{{x}}",
        "%s",
        "\u200b",
        "\u00ad",
        "\ufeff",
        "\x07",
        "三聚氰胺",
        "Москва",
        "food food food",
        "in the morning",
        "Le président a rencontré les ministres dans la capitale.",
        "é",
        "İ",
        "ß",
        "👨\u200d👩",
    ]
)
mt_like_text = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join)


@PROPERTY_SETTINGS
@given(st.text(max_size=400))
@example("AÀa")  # MT983 with a capital inside and no marked letter in English's alphabet
def test_no_crash_on_arbitrary_unicode(text):
    result = check_text(text, language="en")
    assert result.failures == ()
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text)


@PROPERTY_SETTINGS
@given(mt_like_text, st.sampled_from(["en", "ru", "ja", "de", None]))
def test_no_crash_on_mt_like_text(text, language):
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    assert result.failures == ()
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        for fix in finding.fixes:
            for edit in fix.edits:
                assert 0 <= edit.start <= edit.end <= len(text)


@PROPERTY_SETTINGS
@given(st.text(max_size=300))
def test_applying_no_fix_returns_the_identical_text(text):
    outcome = apply_fixes(text, [])
    assert outcome.text == text
    assert outcome.applied == () and outcome.skipped == ()


def _outside_edits_unchanged(original: str, fixed: str, edits: list[Edit]) -> bool:
    """Rebuild the fixed text from the untouched pieces of the original and the replacements."""
    pieces, position = [], 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        pieces.append(original[position : edit.start])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(original[position:])
    return "".join(pieces) == fixed


@st.composite
def text_and_fixes(draw):
    text = draw(st.text(min_size=1, max_size=200))
    fixes = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 10)))
        replacement = draw(st.text(max_size=5))
        fixes.append(Fix((Edit(start, end, replacement),), Applicability.SAFE))
    return text, fixes


@PROPERTY_SETTINGS
@given(text_and_fixes())
def test_fixes_change_only_their_spans(case):
    text, fixes = case
    outcome = apply_fixes(text, fixes)
    applied_edits = [e for fix in outcome.applied for e in fix.edits]
    assert len(outcome.applied) + len(outcome.skipped) == len(fixes)
    assert _outside_edits_unchanged(text, outcome.text, applied_edits)
    # Deterministic: the same input gives the same choice.
    assert apply_fixes(text, fixes) == outcome


@PROPERTY_SETTINGS
@given(mt_like_text)
def test_rule_fixes_change_only_their_spans(text):
    result = check_document(Document(text=text, language="en"), Config(min_confidence=0.0))
    fixes = [f.preferred_fix for f in result.findings if f.preferred_fix is not None]
    outcome = apply_fixes(text, fixes)
    edits = [e for fix in outcome.applied for e in fix.edits]
    assert _outside_edits_unchanged(text, outcome.text, edits)
    assert apply_edits(text, edits) == outcome.text


# NUL bytes make a file binary (refused on load), so they are left out here.
# Lines without line-break characters (splitlines knows eight more), NUL bytes (binary), a BOM
# (taken as the file's byte-order mark when first) or lone surrogates (not encodable).
_LINES = st.lists(
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cs",),
            blacklist_characters="\r\n\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufeff",
        ),
        max_size=30,
    ),
    max_size=8,
)


@PROPERTY_SETTINGS
@given(_LINES, st.sampled_from(["\n", "\r\n", "\r"]))
def test_newlines_survive_decoding_and_fixing(lines, newline):
    text = newline.join(lines)
    decoded, encoding, bom = decode_bytes(text.encode("utf-8"))
    assert decoded == text and encoding == "utf-8" and not bom
    result = check_document(Document(text=decoded, language="en"), Config())
    fixes = [f.preferred_fix for f in result.findings if f.preferred_fix is not None]
    fixed = apply_fixes(decoded, fixes).text
    # Fixes work inside lines: the line breaks, and their style, are exactly those of the input.
    assert fixed.count(newline) == text.count(newline)
    assert (fixed.count("\r"), fixed.count("\n")) == (text.count("\r"), text.count("\n"))
    assert encode_text(fixed, encoding, bom) == fixed.encode("utf-8")


@PROPERTY_SETTINGS
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufeff"),
        max_size=200,
    ),
    st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"]),
)
def test_bom_round_trip(text, encoding):
    boms = {
        "utf-8": codecs.BOM_UTF8,
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
    }
    # FF FE 00 00 is both a UTF-16-LE BOM before U+0000 and the UTF-32-LE BOM; like Python's
    # own "utf-32" codec the decoder reads it as UTF-32 (a text that starts with NUL is binary).
    assume(not (encoding == "utf-16-le" and text.startswith("\x00")))
    data = boms[encoding] + text.encode(encoding)
    decoded, found_encoding, bom = decode_bytes(data)
    assert decoded == text
    assert bom and found_encoding == encoding
    assert encode_text(decoded, found_encoding, bom) == data
