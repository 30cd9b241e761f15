"""Shapes of real translators' files and site sources that read as errors (h24files, session 20):
each test is an invented look-alike of a family found on fresh repositories nobody here had
measured (bench/bench_freshfiles.py, group 2)."""

from __future__ import annotations

from format_helpers import assert_mapping_exact
from mtlint.checks.config import Config
from mtlint.checks.engine import check_document

LOW = Config(min_confidence=0.2)

DRAFT = """---
title: The Example Status Field
docname: draft-example-status-latest
date: {DATE}
author:
  - name: A. Writer
--- abstract

This document defines a field that carries the status of an example, see {{RFC9110}}.

--- middle

# Parameters {#parameters}

{: style="format %d)" counter="a"}

Name:
: timeout_error

Description:
: The example gave up waiting. See {{timeouts}} for the limits.

1. For each parameter:

   {: style="format %d)"  counter="c"}
   1. Remove the spaces around it.

Reference:
: {{&SELF}}
"""


def _codes(document, text=None):
    found = check_document(document, LOW).findings
    return [(f.code, document.text[f.start : f.end]) for f in found]


def test_a_draft_in_kramdown_rfc_reads_as_its_prose(write, load):
    document = load(write("draft.md", DRAFT))
    assert_mapping_exact(document)
    assert "docname" not in document.text and "--- middle" not in document.text
    assert ": :" not in document.text and "Name: timeout_error" in document.text
    assert "counter" not in document.text and "{#" not in document.text
    codes = _codes(document)
    assert not [c for c in codes if c[0] in ("MT202", "MT603", "MT304")], codes


def test_a_lone_colon_line_is_left_as_written_and_its_errors_still_fire(write, load):
    document = load(
        write("note.md", "Name:\n: the meeting ended,, and everyone went home early.\n")
    )
    assert "MT202" in [code for code, _ in _codes(document)]


def test_a_placeholder_left_in_a_plain_markdown_file_still_fires(write, load):
    text = "Dear {{first_name}}, your order has been shipped and will arrive on Monday.\n"
    assert "MT603" in [code for code, _ in _codes(load(write("mail.md", text)))]


POST = """---
layout: news_post
title: "Ruby 9.9.9 veröffentlicht"
lang: de
---

Die neue Version behebt einen Fehler in der Bibliothek.

{% highlight ruby %}
module Example
  def self.run; puts "läuft"; end
end
{% endhighlight %}

Bitte laden Sie die Dateien von {{ release.url.gz }} herunter.
"""


def test_a_site_generator_post_keeps_its_code_and_tags_out_of_the_prose(write, load):
    document = load(write("post.md", POST))
    assert_mapping_exact(document)
    assert "layout" not in document.text and "module Example" not in document.text
    assert "Die neue Version" in document.text
    assert not _codes(document)


def test_a_page_opening_with_a_horizontal_rule_keeps_its_prose(write, load):
    # "---" on the first line with prose, not keys, after it is a thematic break (h24 review:
    # the whole first section was blanked as front matter).
    text = (
        "---\n\nThis guide explains how to set up the tool for your team.\n"
        "The engineerwho wrote it said that the plan is good for everyone.\n\n---\n\n"
        "## Usage\n\nRun the command and read the output.\n"
    )
    document = load(write("guide.md", text))
    assert_mapping_exact(document)
    assert "This guide explains" in document.text
    assert ("MT101", "engineerwho") in _codes(document)


SYMFONY = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file source-language="en" target-language="de" datatype="plaintext" original="file.ext">
    <body>
      <trans-unit id="flash_edit_success">
        <source>flash_edit_success</source>
        <target>Das Element "%name%" wurde am 3. Mai gespeichert.</target>
      </trans-unit>
      <trans-unit id="list_results_count">
        <source>list_results_count</source>
        <target>{0} Keine Daten|{1} Ein Ergebnis|]1,Inf] %count% Ergebnisse</target>
      </trans-unit>
      <trans-unit id="2">
        <source>The item "%name%" was saved.</source>
        <target>Das Element "%title%" wurde gespeichert.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_a_keyed_catalogue_has_no_source_to_compare_with(write, load):
    document = load(write("messages.de.xlf", SYMFONY))
    codes = _codes(document)
    assert ("MT703", "%title%") in codes or ("MT703", "%name%") in codes, codes
    keyed = document.text[: document.text.index('Das Element "%title%')]
    assert not [c for c in codes if c[0] in ("MT603", "MT701", "MT703") and c[1] in keyed], codes


PARAPHRASES = """msgid ""
msgstr ""
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Your profile has been saved."
msgstr "Ihr Profil wurde gespeichert."

msgid "Profile successfully saved."
msgstr "Ihr Profil wurde gespeichert."

msgid "Your profile is now saved."
msgstr "Ihr Profil wurde gespeichert."

msgid "Enter the same name twice."
msgstr "Geben Sie zweimal denselben Namen ein."

msgid "Enter the same address twice."
msgstr "Geben Sie zweimal denselben Namen ein."
"""


def test_one_translation_for_paraphrased_sources_is_no_inconsistency(write, load):
    document = load(write("app.po", PARAPHRASES))
    flagged = [text for code, text in _codes(document) if code == "MT902"]
    assert flagged == ["Geben Sie zweimal denselben Namen ein."]


RUSSIAN_UI = """msgid ""
msgstr ""
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Check the Junk folder if the message does not arrive."
msgstr "Проверьте папку \\"Спам\\", если письмо не пришло. Папка «Входящие» пуста."
"""


def test_straight_quotes_in_a_catalogue_are_the_software_convention(write, load):
    document = load(write("ru.po", RUSSIAN_UI))
    assert "Спам" in document.text
    assert not [c for c in _codes(document) if c[0] == "MT205"]


def test_a_term_the_text_uses_again_and_again_is_no_glued_word():
    from mtlint.checks.engine import check_text

    text = (
        "A Doc is a page of help. A Docstring is the first statement of a module. Every "
        "docstring is a string literal. Write one docstring per function. Keep docstrings "
        "short. Use startswith() to check a prefix of a string in the code."
    )
    found = check_text(text, language="en", config=LOW).findings
    assert not [f for f in found if f.code == "MT101"], found
