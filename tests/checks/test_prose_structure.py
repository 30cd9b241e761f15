"""Structure-aware text: hard-wrapped paragraphs, code and commands in plain text, Markdown list
items, table cells, admonitions and code spans (checks/wrapping.py, checks/structure.py)."""

from __future__ import annotations

from pathlib import Path

from mtlint.checks.config import Config
from mtlint.checks.documents import load_document
from mtlint.checks.documents.markdown import markdown_document
from mtlint.checks.engine import check_document, check_text
from mtlint.checks.model import Applicability
from mtlint.checks.segment import split_paragraphs
from mtlint.checks.wrapping import wrap_width

SEED = Path(__file__).resolve().parents[2] / "seeds" / "putin-uzbekistan.txt"

WRAPPED = """\
Project notes

We welcome patches from anyone who wants to help.  Please read the whole of
this file before contributing back to this project, and keep each change
small (one idea per patch) so that it can be reviewed in a single sitting
by the maintainers, who are all volunteers with other jobs to attend to.

To build the library and run the tests, type the following commands in the
top-level folder of the source tree, then check the output carefully:

    ./configure
    make test

If the tests fail, please send the output of the failing test to the list
with a short description of your system, the compiler you used and how you
configured the build; we try to answer every report within a few days.

- one item of a list that is long enough to wrap onto a second line of its
  own, indented under the text of the item
- another item
"""


def _texts(text: str) -> list[str]:
    return [text[p.start : p.end] for p in split_paragraphs(text)]


def test_a_hard_wrapped_text_is_recognised_and_others_are_not():
    assert wrap_width(WRAPPED) in range(70, 81)
    assert wrap_width(SEED.read_text(encoding="utf-8")) is None
    one_sentence_per_line = "\n".join(f"Sentence number {i} ends here." for i in range(30))
    assert wrap_width(one_sentence_per_line) is None


def test_wrapped_lines_join_into_paragraphs_and_structure_keeps_its_breaks():
    paragraphs = _texts(WRAPPED)
    assert paragraphs[0] == "Project notes"
    assert paragraphs[1].startswith("We welcome") and paragraphs[1].endswith("attend to.")
    assert "./configure" in paragraphs and "make test" in paragraphs
    assert paragraphs[-2].startswith("- one item") and paragraphs[-2].endswith("the item")
    assert paragraphs[-1] == "- another item"


def test_no_sentence_start_finding_on_wrapped_lines_commands_or_a_bracket_split_by_a_wrap():
    result = check_text(WRAPPED, language="en")
    assert [f for f in result.findings if f.code in ("MT304", "MT204", "MT203")] == []


def test_a_lower_case_start_next_to_a_single_line_break_is_never_a_safe_fix():
    result = check_text("Short first line\nsecond line starts low.\n", language="en")
    starts = [f for f in result.findings if f.code == "MT304"]
    assert starts and all(
        fix.applicability is not Applicability.SAFE for f in starts for fix in f.fixes
    )
    after_blank = check_text("First paragraph.\n\nsecond paragraph.\n", language="en")
    fixes = [fix for f in after_blank.findings if f.code == "MT304" for fix in f.fixes]
    assert [fix.applicability for fix in fixes] == [Applicability.SAFE]


def test_a_name_the_text_never_capitalises_is_no_lower_case_start(tmp_path):
    text = WRAPPED + "\nzlib is small. We use zlib here, and zlib there.\n"
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    findings = check_document(load_document(path), Config()).findings
    assert [f for f in findings if f.code == "MT304"] == []
    # A common word is no name: a lower-case "the" at a paragraph start is still reported.
    path.write_text(WRAPPED + "\nthe end came. The end.\n", encoding="utf-8")
    findings = check_document(load_document(path), Config()).findings
    assert [f.code for f in findings if f.code == "MT304"] == ["MT304"]


MARKDOWN = """\
# Guide

- an item in lower case
- another one

| option | meaning |
|---|---|
| verbose | print more |

Call `reset!` to start again. Then run `done?` once more.

!!! warning
    The trio package must be installed first.

[getting started](start.md)
"""


def test_markdown_list_items_table_cells_code_spans_and_admonitions_are_not_sentences():
    document = markdown_document(MARKDOWN)
    assert document.fragments
    findings = check_document(document, Config(language="en")).findings
    assert [f for f in findings if f.code in ("MT301", "MT304")] == []


def test_markdown_prose_is_still_checked():
    document = markdown_document("Some text here.\n\nthe next paragraph starts low.\n")
    findings = check_document(document, Config(language="en")).findings
    assert [f.code for f in findings] == ["MT304"]


def test_plain_text_layout_spaces_are_no_spacing_error(tmp_path):
    text = WRAPPED + (
        "\nThe home page is http://zlib.net/ .  Examples are in test/example.c .\n"
        "\n  Jean-loup Gailly        Mark Adler\n"
        "\nThe results , as expected , were good.\n"
    )
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    findings = check_document(load_document(path), Config()).findings
    flagged = [(f.code, text[f.start : f.end]) for f in findings if f.code in ("MT104", "MT106")]
    # Only the spaces before the commas after ordinary words are reported.
    assert flagged == [("MT104", " ,"), ("MT104", " ,")]


def test_a_subtitle_cue_that_trails_off_is_no_stray_ellipsis(tmp_path):
    cues = (
        "1\n00:00:01,000 --> 00:00:02,000\nYou've only failed to see...\n\n"
        "2\n00:00:03,000 --> 00:00:04,000\nThese are dragon lands, Sintel.\n\n"
        "3\n00:00:05,000 --> 00:00:06,000\nHe went to… north korea. North Korea is far.\n"
    )
    path = tmp_path / "a.srt"
    path.write_text(cues, encoding="utf-8")
    document = load_document(path)
    findings = check_document(document, Config()).findings
    ellipses = [document.text[f.start : f.end] for f in findings if f.code == "MT201"]
    assert ellipses == ["…"]  # the cut inside a cue, not the cue that trails off


# h30files: a plain-text README whose wrapped paragraphs sit between lists, a table and
# commands: too few of its lines are full for the overall test, yet every line the next one
# continues in lower case broke where the next word would not fit.
MIXED = """\
Building on the frobnicator platform

_ If compression has to be supported, the ZLIB development files must
  be installed first.
_ Likewise, if the secure copy protocols have to be compiled in, LIBSSH2
  development environment must be installed.
_ Enter the shell (QSH).
_ Change directory.

  The option stores the address of static binary data (of type void *)
and thus is not converted. If the size option is issued after the data
option, the data size is adjusted to the one given, or the default one.
Returned structures should be freed with frob_certinfo_free_all()
after use. Other options are processed like the usual ones, see above.

    FROB_A      on
    FROB_B      off
    FROB_C      on
    FROB_D      off
    FROB_E      on
    FROB_F      off
    FROB_G      on
    FROB_H      off
    FROB_I      on
"""


def test_a_readme_of_lists_and_tables_is_still_read_as_wrapped():
    assert wrap_width(MIXED) in range(65, 81)
    result = check_text(MIXED, language="en")
    assert [f for f in result.findings if f.code == "MT304"] == []
    # Lines that break short as often as full are no wrapped paragraphs: a lower case after
    # one is still found.
    ragged = "\n".join(f"Item {i} is here\nand it goes on" for i in range(8))
    assert wrap_width(ragged) is None


def test_plain_text_bullets_changelog_headers_and_field_tables_are_no_sentences():
    text = (
        "Release notes\n\n o cache: fix the count of entries [12]\n o lib: drop the old"
        " option [13]\n o tool: add a flag [14]\n\nzorp (1.2.3) stable; urgency=low\n\n"
        "  * Fix the thing\n\n\tstring\t\tkey name\n\tuint32  flags\n\n"
        "o the cat sat on the mat.\n"
    )
    result = check_text(text, language="en")
    assert [text[f.start : f.end] for f in result.findings if f.code == "MT304"] == ["o"]
