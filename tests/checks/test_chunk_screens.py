"""Screens over ``textscan.chunk_text`` must match a chunk wherever the set order puts it.

The chunk text is "\\nchunk\\nchunk…" in no particular order (set order follows the hash seed). It
once had no line break after the last chunk, so a screen ending in ``(?=\\n)`` or asking for
"\\nX\\n" missed that chunk under some seeds, and a rule's finding came and went from run to run
(MT313, MT955, MT959 and MT152 each had this bug once). The chunk text now ends with a line break
too, and this test holds it to that."""


def test_every_chunk_stands_between_line_breaks() -> None:
    from mtlint.checks.documents import Document
    from mtlint.checks.textscan import chunk_text

    document = Document("a / b c/ d", language="en")
    lines = chunk_text(document)
    for chunk in ("a", "/", "b", "c/", "d"):
        assert f"\n{chunk}\n" in lines, (chunk, lines)
