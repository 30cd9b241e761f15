"""A legacy 8-bit file whose code page charset_normalizer cannot tell apart (h30tidy, session
24): a short French text in Windows-1252 reads as well in Windows-1250, where "à" is "ŕ"; the
commoner code page wins the tie. Invented sentences."""

from __future__ import annotations

from mtlint.checks.documents import decode_bytes


def test_a_short_french_text_in_windows_1252_keeps_its_accents() -> None:
    text = "La réunion a commencé à midi et tout s'est bien passé.\n"
    decoded, encoding, bom = decode_bytes(text.encode("cp1252"))
    assert decoded == text and encoding == "cp1252" and not bom


def test_a_czech_text_in_windows_1250_is_still_read_as_such() -> None:
    text = "Řekl, že přijede v úterý a že Šárka už čeká na nádraží.\n"
    decoded, encoding, _bom = decode_bytes(text.encode("cp1250"))
    assert decoded == text and encoding == "cp1250"
