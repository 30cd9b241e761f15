"""reStructuredText: read as plain text with its markup protected (h23files). The examples are
invented; they show the shapes real PEPs and Sphinx pages have."""

from __future__ import annotations

from pathlib import Path

from mtlint.checks.config import Config
from mtlint.checks.documents import load_bytes, load_document
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.writeback import fixed_file_text

MARKUP = """Spacing rules
=============

The helper is written as follows::

    def mix(a , b):
        return a + b ;  x , y = y , x

Prefer ``colours.Palette`` over :class:`~paints.Canvas`.  The
`style page <https://example.org/style>`_ says why.

.. code-block:: python
   :class: good

   for shade in shades: pass

.. _label-here:

>>> mix(1 , 2)

- lower-case items start list entries, **not** sentences
- another entry
"""


def load_bytes_rst(text: str) -> Document:
    return load_bytes(Path("guide.rst"), text.encode("utf-8"))


def _codes(text: str) -> list[str]:
    return [f.code for f in check_document(load_bytes_rst(text), Config()).findings]


def test_rst_markup_is_not_prose():
    # "::", code in literal blocks and directives, inline literals, roles, targets, doctest
    # lines and list items: none of it is a sentence of prose.
    assert _codes(MARKUP) == []


def test_rst_prose_is_still_checked():
    # The same file with artefacts in its prose: they are found (a note's content is prose).
    bad = (
        MARKUP
        + "\n.. note::\n\n   The painter said,, that it was fine.\n\nIt was over.. The end.\n"
    )
    codes = _codes(bad)
    assert codes.count("MT202") == 2


def test_rst_reads_as_its_text_and_fixes_write_back():
    # The text is the file's own: offsets need no mapping and a fix writes the file as text.
    text = "Colours matter.\n\nThe painter said,, that it was fine.\n"
    document = load_bytes_rst(text)
    assert document.text == text and document.format == "text"
    findings = check_document(document, Config()).findings
    fixes = [f.fixes[0] for f in findings if f.code == "MT202"]
    assert fixed_file_text(document, fixes)[0] == text.replace(",,", ",")


def test_ragged_continuation_lines_of_a_paragraph_are_no_sentences(tmp_path):
    """Only a blank line ends a reST paragraph; its lines are not filled to a column (a PEP's
    lines end where the writer broke them): "the\\nright to reject" goes on (h24files)."""
    path = tmp_path / "pep.rst"
    path.write_text(
        "Editors\n=======\n\nThe editors reserve the\nright to reject proposals that appear too"
        " unfocused or too\nbroad.  Most fixes do not need a proposal and\ncan be sent "
        "directly to the tracker. the next sentence starts in lower case.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    found = check_document(document, Config(min_confidence=0.2)).findings
    flagged = [(f.code, document.text[f.start : f.end]) for f in found]
    assert ("MT304", ". the") in flagged  # the stop and the word: either may be the slip
    assert not [f for f in flagged if f[1] in ("right", "can", "broad")], flagged
    assert not [f for f in flagged if f[0] == "MT985"], flagged
