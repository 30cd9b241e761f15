"""Typed plain text as its typist laid it out (h31files): CJK paragraphs filled by display
columns, continuation lines indented by a tab, commands set off by two spaces and table
columns lined up by runs of spaces. Invented text only."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.segment import split_paragraphs
from mtlint.checks.spacedlayout import layout_runs
from mtlint.checks.wrapping import columns, wrap_width

# Invented Japanese prose, filled at 76 display columns (38 wide characters a line), as an
# editor with textwidth=78 fills it: the line breaks fall between any two characters.
_JA_SENTENCES = (
    "この説明書では新しい道具の使い方を順番に説明します。最初に画面の左上にある小さな"
    "ボタンを押して設定の窓を開いてください。次に好きな色と文字の大きさを選んでから保存"
    "します。保存した設定は次に道具を起動したときにも使われますので安心してください。"
)


def _filled(text: str, per_line: int = 38) -> str:
    return "\n".join(text[i : i + per_line] for i in range(0, len(text), per_line))


def _japanese_manual() -> str:
    paragraph = _filled(_JA_SENTENCES * 2)
    return "\n\n".join([paragraph, paragraph, paragraph])


def test_columns_count_wide_characters_twice_and_expand_tabs():
    assert columns("abc") == 3
    assert columns("日本語") == 6
    assert columns("\tab") == 10


def test_a_japanese_text_filled_by_display_columns_is_hard_wrapped():
    text = _japanese_manual()
    assert max(len(line) for line in text.splitlines()) == 38  # characters, not columns
    assert wrap_width(text) in range(70, 81)
    paragraphs = split_paragraphs(text)
    assert len(paragraphs) == 3  # each paragraph's lines joined, not one paragraph a line


def test_a_continuation_indented_by_a_tab_goes_on_with_its_item_or_paragraph():
    item = (
        "  1. Move the cursor down to the line that is marked with the arrow below, and\n"
        "\tthen press the key as many times as it takes to reach its very end.\n"
    )
    prose = (
        "     The commands of this lesson work in every mode of the editor, but note that\n"
        "\tmoving with the keys of the home row is much faster once you are used to it.\n"
    )
    filler = "\n".join(
        f"  {n}. This step of the lesson explains one more thing about the editor and its\n"
        "     keys, and the next step goes on from where this one has left the cursor."
        for n in range(2, 7)
    )
    text = "\n".join([item, prose, filler]) + "\n"
    assert wrap_width(text) is not None
    found = check_text(text, language="en").findings
    starts = [text[f.start : f.end] for f in found if f.code == "MT304"]
    assert starts == []


_TUTORIAL = (
    "  1. Press  x  to delete the character under the cursor.\n"
    "  2. Type  dw  , to delete the word the cursor is on.\n"
    "  3. Type  :wq <ENTER>  to save the file and leave the editor.\n"
    "  4. Press  u  to undo the last command, and  U  to undo a whole line.\n"
)


def test_commands_set_off_by_two_spaces_are_no_doubled_spaces():
    found = check_text(_TUTORIAL, language="en").findings
    assert [
        (f.code, _TUTORIAL[f.start : f.end]) for f in found if f.code in ("MT104", "MT106")
    ] == []


def test_a_pair_of_doubled_spaces_in_prose_is_still_found():
    # One pair around a word, and no set-off commands elsewhere: no convention, two slips.
    text = "The president  arrived  on Sunday and met the ministers of the region."
    found = check_text(text, language="en").findings
    assert [f.code for f in found if f.code == "MT106"] == ["MT106", "MT106"]


def test_a_convention_needs_tokens_that_read_as_code():
    text = "The  cat  sat. The  dog  ran. The  bird  sang."
    runs = [(i, i + 2) for i in range(len(text) - 1) if text[i : i + 2] == "  "]
    assert layout_runs(text, runs) == set()
    assert layout_runs(_TUTORIAL, _runs(_TUTORIAL)) >= {_TUTORIAL.index("  x")}


def _runs(text: str) -> list[tuple[int, int]]:
    import re

    return [m.span() for m in re.finditer(r"(?<=\S)  +(?=\S)", text)]


def test_a_table_lined_up_by_runs_of_spaces_is_no_doubled_space():
    text = (
        "The commands of the client:\n\n"
        "LIST           shows the list of transfers\n"
        "CHAT <nick>    offers a chat to someone\n"
        "CLOSE <nick>   closes a transfer\n"
    )
    # Every run, the doubtful ones of a plain text of long lines included.
    found = check_text(text, language="en", config=Config(min_confidence=0.2)).findings
    assert [f for f in found if f.code == "MT106"] == []


def _paragraph(n: int) -> str:
    return (
        f"  Paragraph {n} of this manual starts with two spaces, as its typist wrote every one\n"
        "of them, and goes on over a second line that is filled up to the right margin of\n"
        "the text, which ends here with a full stop."
    )


def test_a_hard_wrapped_text_that_indents_its_paragraphs_is_typed_so():
    text = "Introduction to the manual, which has no blank lines between its paragraphs.\n"
    text += "\n".join(_paragraph(n) for n in range(1, 6)) + "\n"
    assert wrap_width(text) is not None
    found = check_text(text, language="en").findings
    assert [f for f in found if f.code == "MT112"] == []
    # A paragraph a line (MT output pasted), indented in places: still stray blanks.
    pasted = "\n".join(" ".join(_paragraph(n).split()) for n in range(1, 6))
    pasted = pasted.replace("\nParagraph", "\n  Paragraph")
    assert wrap_width(pasted) is None
    assert [f.code for f in check_text(pasted, language="en").findings if f.code == "MT112"]


def test_brackets_a_text_names_are_no_unbalanced_brackets():
    text = (
        "Put the cursor on one of (, [ or { in the line below and press the key.\n\n"
        'Press CTRL-] to jump to the tag under the cursor, and set it after "a)".\n\n'
        "The agency (RIA Novosti reported it on Sunday."
    )
    found = check_text(text, language="en").findings
    assert [text[f.start : f.end] for f in found if f.code == "MT204"] == ["("]


def test_a_vim_help_heading_tag_and_an_example_end_are_no_doubled_spaces():
    text = (
        "*05.1*  The startup file\n\nYou may want to set options each time: >\n\n"
        "\t:set tabstop=4\n<   Then the next lines explain what the option does in detail.\n"
    )
    found = check_text(text, language="en", config=Config(min_confidence=0.2)).findings
    assert [f for f in found if f.code == "MT106"] == []


def test_cjk_prose_after_an_open_line_is_no_code_block():
    # A Chinese manual filled by columns; a tip indented by two spaces after a line that ends
    # without a stop is prose (its half-width "!!!" still found), not an example of code.
    body = _filled(
        "这份说明书按顺序介绍新工具的用法。首先按下画面左上角的小按钮打开设置窗口，然后选择"
        "喜欢的颜色和文字大小并保存。保存的设置在下次启动工具时也会使用，请放心。" * 2
    )
    tip = "  提示：请先通读本节内容，之后才可以执行以下步骤!!!"
    text = f"{body}\n  **按下按钮打开窗口\n\n{tip}\n\n{body}\n"
    assert wrap_width(text) is not None
    found = check_text(text, language="zh").findings
    assert "MT205" in {f.code for f in found if text[f.start : f.end] == "!"}


_DENSE_MT = (
    "The mayor said  that the bridge, closed in 2019, will  open again. Residents  said the  "
    "toll of 3 euros was  steep, and the  council is  divided."
)


def test_mts_own_doubled_spaces_in_dense_prose_are_all_found():
    # A token with sentence punctuation ("again.", "steep,") is prose, never a set-off command
    runs = _DENSE_MT.count("  ")
    for text in (_DENSE_MT, _DENSE_MT.replace("again. ", "again.\n")):
        found = check_text(text, language="en").findings
        assert len([f for f in found if f.code == "MT106"]) == runs, text


def test_set_off_commands_are_read_only_in_typed_plain_text():
    one_line = " ".join(line.strip() for line in _TUTORIAL.splitlines())
    found = check_text(one_line, language="en").findings
    assert len([f for f in found if f.code == "MT106"]) >= 4  # one long line: not typed
    columns_only = layout_runs(_TUTORIAL, _runs(_TUTORIAL), set_off=False)
    assert columns_only < layout_runs(_TUTORIAL, _runs(_TUTORIAL))
    from mtlint.checks.documents.base import Document
    from mtlint.checks.spacedlayout import document_markup_runs

    markdown = Document(text=_TUTORIAL, language="en", format="markdown")
    assert document_markup_runs(markdown) == columns_only  # Markdown sets code off with `…`
    assert document_markup_runs(Document(text=_TUTORIAL, language="en"))
