"""HTML, Markdown, subtitles: visible text, link boundaries, offsets to the file, write-back."""

from __future__ import annotations

import pytest
from format_helpers import assert_mapping_exact
from hypothesis import given, settings
from hypothesis import strategies as st
from mtlint.checks.batch import check_file
from mtlint.checks.config import Config
from mtlint.checks.documents.html import html_document
from mtlint.checks.documents.markdown import markdown_document
from mtlint.checks.errors import WriteRefused
from mtlint.checks.model import Applicability, Edit, Fix
from mtlint.checks.writeback import fixed_file_text, save_document

ARTICLE = (
    "<!doctype html><html><head><title>Title</title><style>p{color:red}</style></head><body>\n"
    "<h1>Putin visits Uzbekistan</h1>\n"
    '<p>Russian President <a href="/putin">Vladimir Putin</a>who is making a state visit to\n'
    'the region &amp; beyond, went to&hellip; <a href="/nk">north korea</a> Which Western '
    "countries <code>x  y</code> watched.</p>\n<script>var s = 'not text';</script>"
    "<p>Second<br>line &#8212; end</p></body></html>"
)


def test_html_visible_text_blocks_and_entities():
    document = html_document(ARTICLE)
    assert_mapping_exact(document)
    text = document.text
    assert text.startswith("Putin visits Uzbekistan\n\nRussian President Vladimir Putinwho")
    assert "the region & beyond, went to… north korea Which" in text
    assert "Title" not in text and "color" not in text and "not text" not in text
    assert "Second\nline — end" in text
    assert not text.endswith("\n")


def test_html_link_boundaries_where_artefacts_cluster():
    document = html_document(ARTICLE)
    text = document.text
    glued = text.index("Putinwho") + len("Putin")
    ellipsis_link = text.index("north korea")
    assert glued in document.boundaries
    assert ellipsis_link in document.boundaries
    assert text.index("Vladimir") in document.boundaries


def test_html_offsets_map_to_markup_and_code_is_protected():
    document = html_document(ARTICLE)
    start = document.text.index("&")
    assert (
        ARTICLE[document.to_file_offset(start) : document.to_file_offset(start + 1, is_end=True)]
        == "&amp;"
    )
    who = document.text.index("who is")
    assert ARTICLE[document.to_file_offset(who) :].startswith("who is making")
    ((code_start, code_end),) = document.protected
    assert document.text[code_start:code_end] == "x y"


def test_html_fix_written_back_is_escaped_and_touches_nothing_else():
    document = html_document(ARTICLE)
    at = document.text.index("who is")
    fix = Fix((Edit(at, at, " <&> "),), Applicability.SAFE)
    new_raw, outcome = fixed_file_text(document, [fix])
    assert outcome.applied == (fix,)
    raw_at = document.to_file_offset(at)
    assert new_raw == ARTICLE[:raw_at] + " &lt;&amp;&gt; " + ARTICLE[raw_at:]


def test_malformed_html_still_loads():
    document = html_document(
        "<p>Unclosed <b>bold <i>and <a href='x'>link</p><div>next &bogus; &amp"
    )
    assert_mapping_exact(document)
    assert "Unclosed bold and link" in document.text
    assert "next &bogus; &" in document.text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(
                alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                max_size=12,
            ),
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<a href='x'>",
                    "</a>",
                    "&amp;",
                    "&#x41;",
                    "<br>",
                    "<script>",
                    "</script>",
                    "&",
                    "<",
                    "<!-- c -->",
                    "\r\n",
                    "<pre>",
                ]
            ),
        ),
        max_size=30,
    )
)
def test_any_html_loads_with_an_exact_map(parts):
    document = html_document("".join(parts))
    assert_mapping_exact(document)
    for boundary in document.boundaries:
        assert 0 <= boundary <= len(document.text)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("<p>x<![0 y</p> z", "x z"),  # a bogus section up to the next ">", as a browser reads it
        ("<p>x<![0 y\n</p> z <b>w</b>", "x z w"),  # later offsets still exact
        ("a<![0 b", "a<![0 b"),  # no ">": the rest is text
    ],
)
def test_a_marked_section_without_a_name_is_no_crash(raw, text):
    # the stdlib's scanner raised AssertionError on "<![0" (found by the property test above)
    document = html_document(raw)
    assert document.text == text
    assert_mapping_exact(document)


MARKDOWN = (
    "# Putin visits Uzbekistan\n\n"
    "Russian President [Vladimir Putin](https://example.org/p)who is making a visit\n"
    "to… [north korea](https://example.org/k) Which *Western* countries use `a  b` "
    "&amp; AT\\&T.\n\n"
    "```\nnot prose at all\n```\n\n"
    "- item one ![a picture](p.png) end\n"
)


def test_markdown_visible_text_links_code_and_entities():
    document = markdown_document(MARKDOWN)
    assert_mapping_exact(document)
    text = document.text
    assert text.startswith(
        "Putin visits Uzbekistan\n\nRussian President Vladimir Putinwho is making"
    )
    assert "https" not in text and "not prose" not in text and "*" not in text
    assert "use a  b & AT&T." in text
    assert text.index("Putinwho") + 5 in document.boundaries
    assert any(text[s:e] == "a  b" for s, e in document.protected)
    amp = text.index("& AT")
    assert (
        MARKDOWN[document.to_file_offset(amp) : document.to_file_offset(amp + 1, is_end=True)]
        == "&amp;"
    )
    escaped = text.index("&T")
    assert MARKDOWN[document.to_file_offset(escaped) :].startswith("\\&T")


def test_markdown_fix_lands_in_the_source():
    document = markdown_document(MARKDOWN)
    at = document.text.index("who is")
    new_raw, _ = fixed_file_text(document, [Fix((Edit(at, at, " "),))])
    assert "[Vladimir Putin](https://example.org/p) who is making" in new_raw
    assert new_raw.replace("(https://example.org/p) who", "(https://example.org/p)who") == MARKDOWN


SRT = (
    "1\r\n00:00:01,000 --> 00:00:04,000\r\nRussian President <i>Vladimir Putin</i>who\r\n"
    "is making a visit to\r\n\r\n2\r\n00:00:04,500 --> 00:00:06,000\r\n"
    "Uzbekistan On Sunday, he met.\r\n"
)


def test_srt_cue_text_only_and_timings_untouched(write, load):
    path = write("a.srt", SRT)
    document = load(path)
    assert document.text == (
        "Russian President Vladimir Putinwho is making a visit to Uzbekistan On Sunday, he met."
    )
    # The lost sentence break inside cue 2, and the glued word in cue 1 (inside the <i> run).
    at = document.text.index(" On Sunday")
    glued = document.text.index("who")
    fixes = [Fix((Edit(at, at + 1, ". "),)), Fix((Edit(glued, glued, " "),))]
    save_document(document, fixes, path)
    written = path.read_bytes().decode()
    assert written == SRT.replace("Uzbekistan On", "Uzbekistan. On").replace("</i>who", "</i> who")
    assert (path.parent / "a.srt.bak").read_bytes().decode() == SRT


def test_srt_write_without_backup_keeps_none_and_with_one_reports_it(write, load):
    path = write("a.srt", SRT)
    at = load(path).text.index(" On Sunday")
    _, backup = save_document(load(path), [Fix((Edit(at, at + 1, ". "),))], path, backup=False)
    assert backup is None and not (path.parent / "a.srt.bak").exists()
    assert "Uzbekistan. On" in path.read_bytes().decode()
    glued = load(path).text.index("who")
    _, backup = save_document(load(path), [Fix((Edit(glued, glued, " "),))], path)
    assert backup == path.parent / "a.srt.bak" and "Uzbekistan. On" in backup.read_text()


def test_srt_fix_reaching_into_a_timing_line_is_refused(write, load):
    path = write("a.srt", SRT)
    document = load(path)
    gap = document.text.index(" Uzbekistan")
    # An edit spanning the join between two cues would swallow the cue number and timing.
    fix = Fix((Edit(gap - 2, gap + len(" Uzbekistan"), "to Uzbekistan"),))
    with pytest.raises(WriteRefused, match="timing"):
        save_document(document, [fix], path)
    assert path.read_bytes().decode() == SRT
    assert not (path.parent / "a.srt.bak").exists()


def test_vtt_skips_header_notes_and_settings(write, load):
    vtt = (
        "WEBVTT - title\n\nNOTE a comment\nover lines\n\nSTYLE\n::cue { color: red }\n\n"
        "intro\n00:01.000 --> 00:04.000 align:start position:10%\n"
        "<v Bob>Tom &amp; Jerry</v> arrived.\n"
    )
    document = load(write("b.vtt", vtt))
    assert document.text == "Tom & Jerry arrived."


def test_subtitle_without_cues_is_one_clear_error(write, tmp_path):
    report = check_file(write("x.srt", "just some words\nno timing\n"), Config())
    assert report.error and "no subtitle cues" in report.error and "\n" not in report.error


def test_html_keeps_its_encoding_on_write(write, load):
    raw = '<html><head><meta charset="windows-1251"></head><body><p>Привет  мир.</p></body></html>'
    path = write("ru.html", raw, encoding="cp1251")
    document = load(path)
    assert document.encoding in ("windows-1251", "cp1251")
    at = document.text.index("мир")
    save_document(document, [Fix((Edit(at, at + 3, "свет"),))], path)
    assert path.read_bytes() == raw.replace("мир", "свет").encode("cp1251")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(
                alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                max_size=10,
            ),
            st.sampled_from(
                [
                    "# ",
                    "\n\n",
                    "\n",
                    "[link](http://x)",
                    "`code`",
                    "*em*",
                    "&amp;",
                    "\\*",
                    "- ",
                    "```\n",
                    "![alt](p.png)",
                    "| a | b |\n|---|---|\n",
                    "> ",
                    "    ",
                ]
            ),
        ),
        max_size=25,
    )
)
def test_any_markdown_loads_with_an_exact_map(parts):
    document = markdown_document("".join(parts))
    assert_mapping_exact(document)
    for start, end in document.protected:
        assert 0 <= start <= end <= len(document.text)


def test_cli_fix_write_on_html_keeps_markup_and_a_backup(write):
    from mtlint.checks.cli import main

    raw = "<p>He met <a href='/p'>the</a> the president in <b>Samarkand</b> &amp; left.</p>\n"
    path = write("page.html", raw)
    # Exit 0: every finding was fixed.
    assert main(["fix", str(path), "--write", "--unsafe", "--select", "MT401", "--isolated"]) == 0
    assert path.read_text(encoding="utf-8") == raw.replace("</a> the president", "</a> president")
    assert (path.parent / "page.html.bak").read_text(encoding="utf-8") == raw


def test_japanese_cues_and_lines_join_without_a_space(write, load):
    """h32files: a sentence of a script written without spaces runs across a line or a cue
    break; reading the break as a space made MT111 see a space between two kana or Han."""
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\n仮想的な取引の上で\n相手が試みる事を\n\n"
        "2\n00:00:03,500 --> 00:00:05,000\n考えてみよう。\n\n"
        "3\n00:00:05,500 --> 00:00:07,000\nThe next cue\nis English.\n"
    )
    document = load(write("ja.srt", srt))
    assert "上で相手が試みる事を考えてみよう。" in document.text
    assert "The next cue is English." in document.text
    report = check_file(write("ja2.srt", srt), Config(select=("MT111",)))
    assert not report.findings
