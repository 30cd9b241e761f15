"""Bilingual formats (XLIFF 1.2/2.0, TMX, PO, CSV/TSV) and the bilingual checks (MT7xx)."""

from __future__ import annotations

import pytest
from mtlint.checks.batch import check_file
from mtlint.checks.config import Config
from mtlint.checks.documents import InputError
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.glossary import GlossaryEntry, parse_glossary
from mtlint.checks.model import Edit, Fix
from mtlint.checks.writeback import save_document

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en-US" target-language="de-DE" datatype="plaintext" original="x">
  <body>
   <!-- <trans-unit id="c"><source>comment</source><target>Kommentar</target></trans-unit> -->
   <trans-unit id="1"><source>The meeting lasted 45 minutes.</source>
     <target state="translated">Das Treffen dauerte 54 Minuten.</target></trans-unit>
   <trans-unit id="2"><source>Click <x id="1"/> to see &lt;more&gt; &amp; less.</source>
     <target>Klicken Sie, um &lt;mehr&gt; &amp; weniger zu sehen.</target></trans-unit>
   <trans-unit id="3"><source>Not yet translated</source></trans-unit>
  </body>
 </file>
</xliff>
"""

XLIFF20 = """<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
 <file id="f1"><unit id="u1"><segment><source>See https://example.com/help now.</source>
 <target>Voir https://exemple.com/aide maintenant.</target></segment></unit>
 <unit id="u2"><segment><source>The committee will meet again next week.</source>
 <target>The committee will meet again next week.</target></segment></unit></file>
</xliff>
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
 creationtool="t" creationtoolversion="1" o-tmf="t"/>
<body><tu><tuv xml:lang="de"><seg>Preis: 15 Euro (ca.</seg></tuv>
<tuv xml:lang="en"><seg>Price: 15 euros (approx.)</seg></tuv></tu></body></tmx>
"""

PO = r"""msgid ""
msgstr ""
"Language: de\n"
"Content-Type: text/plain; charset=UTF-8\n"

#: src/app.c:10
msgid "Hello %s, you have %d messages"
msgstr "Hallo %d, Sie haben "
"%d \"neue\" Nachrichten"

msgid "One file"
msgid_plural "%d files"
msgstr[0] "Eine Datei"
msgstr[1] "%d Dateien"
"""


def codes(report):
    return [f.finding.code for f in report.findings]


def test_xliff12_targets_units_languages_and_mapping(write, load):
    document = load(write("a.xlf", XLIFF12))
    assert document.language == "de" and document.source_language == "en"
    assert document.text == (
        "Das Treffen dauerte 54 Minuten.\n\nKlicken Sie, um <mehr> & weniger zu sehen."
    )
    (_, _, src1), (s2, e2, src2) = document.units
    assert src1 == "The meeting lasted 45 minutes."
    # In the source, escaped angle brackets stay escaped so they never look like a tag.
    assert src2 == 'Click <x id="1"/> to see &lt;more&gt; & less.'
    raw = document.raw_text
    assert raw[document.to_file_offset(s2) : document.to_file_offset(e2, is_end=True)] == (
        "Klicken Sie, um &lt;mehr&gt; &amp; weniger zu sehen."
    )


def test_xliff_checks_find_number_and_lost_tag(write):
    report = check_file(write("a.xlf", XLIFF12), Config(select=("MT7",)))
    found = {f.finding.code: f for f in report.findings}
    assert set(found) == {"MT701", "MT703"}
    number = found["MT701"]
    assert number.excerpt == "54" and number.fix_descriptions == ("'54' → '45'",)
    tag_messages = [f.finding.message for f in report.findings if f.finding.code == "MT703"]
    assert any("<x" in message for message in tag_messages)


def test_xliff_fix_written_back_changes_only_the_target(write, load):
    path = write("a.xlf", XLIFF12)
    document = load(path)
    at = document.text.index("54")
    save_document(document, [Fix((Edit(at, at + 2, "45 & <"),))], path)
    assert path.read_text() == XLIFF12.replace("dauerte 54", "dauerte 45 &amp; &lt;")
    again = load(path)
    assert again.text.startswith("Das Treffen dauerte 45 & < Minuten.")


def test_xliff20_url_and_untranslated(write, load):
    path = write("b.xliff", XLIFF20)
    document = load(path)
    assert document.language == "fr" and len(document.units) == 2
    report = check_file(path, Config(select=("MT7",)))
    assert codes(report) == ["MT702", "MT705"]
    assert report.findings[0].excerpt == "https://exemple.com/aide"


def test_tmx_source_by_header_language_and_bracket_parity(write, load):
    path = write("c.tmx", TMX)
    document = load(path)
    assert document.text == "Preis: 15 Euro (ca."
    assert document.units[0][2] == "Price: 15 euros (approx.)"
    assert document.language == "de" and document.source_language == "en"
    report = check_file(path, Config(select=("MT7",)))
    assert codes(report) == ["MT704"] and report.findings[0].excerpt == "("


def test_po_strings_plurals_escapes_and_writeback(write, load):
    path = write("d.po", PO)
    document = load(path)
    assert document.language == "de"
    assert document.text == 'Hallo %d, Sie haben %d "neue" Nachrichten\n\nEine Datei\n\n%d Dateien'
    assert [u[2] for u in document.units] == [
        "Hello %s, you have %d messages",
        "One file",
        "%d files",
    ]
    report = check_file(path, Config(select=("MT703",)))
    assert codes(report) == ["MT703"]
    assert report.findings[0].fix_descriptions == ("'%d' → '%s'",)
    at = document.text.index("neue")
    save_document(document, [Fix((Edit(at, at + 4, 'ganz "neue'),))], path)
    assert 'Sie haben "\n"%d \\"ganz \\"neue\\" Nachrichten"' in path.read_text()
    assert load(path).text.startswith('Hallo %d, Sie haben %d "ganz "neue" Nachrichten')


@pytest.mark.parametrize("declared", ["zh_Hant", "zh_TW", "sr@latin", "pt_BR"])
def test_po_declared_language_is_taken_even_when_the_toolkit_does_not_know_it(
    write, load, declared
):
    text = PO.replace("Language: de", f"Language: {declared}")
    document = load(write("x.po", text))
    assert document.language == declared.split("_")[0].split("@")[0]


def test_chinese_po_is_checked_as_declared_without_a_length_alarm(write):
    path = write(
        "zh.po",
        'msgid ""\nmsgstr ""\n"Language: zh_Hant\\n"\n\n'
        'msgid "Save the document before closing"\nmsgstr "關閉前請先儲存文件"\n',
    )
    report = check_file(path, Config())
    assert report.language == "zh"
    assert "MT706" not in codes(report)


def test_broken_po_is_one_clear_line(write):
    report = check_file(write("e.po", 'msgid "unterminated\nmsgstr "x"\n'), Config())
    assert report.error is not None and "\n" not in report.error


def test_csv_and_tsv_columns_quotes_and_languages(write, load):
    csv_text = (
        'id,source_lang,target_lang,source,target\n1,en,de,"He said ""yes"", 3 times.",'
        '"Er sagte ""ja"", 4 mal."\n2,en,de,Good morning,Good morning to all of you\n'
    )
    document = load(write("f.csv", csv_text))
    assert document.text == 'Er sagte "ja", 4 mal.\n\nGood morning to all of you'
    assert document.units[0][2] == 'He said "yes", 3 times.'
    assert (document.language, document.source_language) == ("de", "en")
    quote = document.text.index('"')
    assert (
        csv_text[document.to_file_offset(quote) : document.to_file_offset(quote + 1, is_end=True)]
        == '""'
    )
    tsv = load(write("g.tsv", "Source\tTarget\nGood morning\tGuten Morgen\n"))
    assert tsv.text == "Guten Morgen" and tsv.units == ((0, 12, "Good morning"),)


def test_table_without_source_target_columns_is_refused(write):
    report = check_file(write("h.csv", "a,b\n1,2\n"), Config())
    assert report.error and "source" in report.error


def _bilingual(target: str, source: str, **kwargs) -> Document:
    return Document(
        text=target,
        language=kwargs.pop("language", "de"),
        units=((0, len(target), source),),
        source_text=source,
        source_language=kwargs.pop("source_language", "en"),
        **kwargs,
    )


def _codes(document: Document, select: str = "MT7") -> list[str]:
    result = check_document(document, Config(select=(select,), min_confidence=0.0))
    assert not result.failures
    return [f.code for f in result.findings]


@pytest.mark.parametrize(
    ("target", "source", "expected"),
    [
        ("Es kostet 1.500 Euro.", "It costs 1,500 euros.", []),
        ("Es kostet 1,5 Millionen.", "It costs 1.5 million.", []),
        ("Es kostet 15.000 Euro.", "It costs 1,500 euros.", ["MT701"]),
        ("Es kostet Euro.", "It costs 1,500 euros.", ["MT701"]),
        ("Mail an info@example.org.", "Mail info@example.org.", []),
        ("Mail an info@beispiel.org.", "Mail info@example.org.", ["MT702"]),
        ("Hallo {name}, <b>Willkommen</b>!", "Hello {name}, <b>welcome</b>!", []),
        ("Hallo, <b>Willkommen!", "Hello {name}, <b>welcome</b>!", ["MT703"]),
        ("Hallo {0}, <i>Willkommen</i>!", "Hello {name}, <b>welcome</b>!", ["MT703"] * 4),
        ("Er sagte (leise) nichts.", "He said (quietly) nothing.", []),
        ("Er sagte (leise nichts.", "He said (quietly) nothing.", ["MT704"]),
        ("Er sagte (leise nichts.", "He said (quietly nothing.", []),
    ],
)
def test_bilingual_checks_on_units(target, source, expected):
    assert sorted(_codes(_bilingual(target, source), "MT70")) == sorted(expected)


def test_untranslated_detected_by_language():
    source = "The government announced new measures to support small businesses this winter."
    target = "The government announced new measures to help small businesses during the winter."
    assert _codes(_bilingual(target, source), "MT705") == ["MT705"]
    translated = "Die Regierung kündigte neue Maßnahmen zur Unterstützung kleiner Unternehmen an."
    assert _codes(_bilingual(translated, source), "MT705") == []


def test_length_ratio_both_ways():
    source = "The president arrived in Samarkand on Sunday for two days of talks."
    assert _codes(_bilingual("Ja.", source), "MT706") == ["MT706"]
    assert _codes(_bilingual(source * 4, source, language="en"), "MT706") == ["MT706"]


def test_glossary_from_config_file(tmp_path, write):
    (tmp_path / "glossary.tsv").write_text(
        "source\ttarget\tstatus\treplacement\nKremlin spokesman\tKremlsprecher\n"
        "\tMinisterpräsident\tforbidden\tPremierminister\n",
        encoding="utf-8",
    )
    (tmp_path / "mtlint.toml").write_text('glossary = "glossary.tsv"\n', encoding="utf-8")
    path = write(
        "t.tsv",
        "source\ttarget\nThe Kremlin spokesman met the prime minister.\t"
        "Der Sprecher des Kremls traf den Ministerpräsident.\n",
    )
    from mtlint.checks.config import load_config

    report = check_file(path, load_config(path))
    found = [(f.finding.code, f.excerpt) for f in report.findings if f.finding.code >= "MT707"]
    assert found == [
        ("MT707", "Der Sprecher des Kremls traf den Ministerpräsident."),
        ("MT708", "Ministerpräsident"),
    ]
    assert report.findings[-1].fix_descriptions == ("'Ministerpräsident' → 'Premierminister'",)


def test_forbidden_term_only_on_word_edges():
    entries = (GlossaryEntry("", "Minister", "forbidden"),)
    document = _bilingual("Die Ministerin reiste ab.", "The minister left.", glossary=entries)
    assert _codes(document, "MT708") == []


def test_forbidden_term_fix():
    entries = (GlossaryEntry("", "Ministerpräsident", "forbidden", "Premierminister"),)
    document = _bilingual(
        "Der Ministerpräsident reiste ab.", "The prime minister left.", glossary=entries
    )
    result = check_document(document, Config(select=("MT708",)))
    (finding,) = result.findings
    assert finding.fixes[0].edits[0].replacement == "Premierminister"


def test_glossary_parse_errors_are_one_line():
    with pytest.raises(InputError, match=":2:"):
        parse_glossary("a\tb\nonly-one-column\n", "g.tsv")
    with pytest.raises(InputError, match="status"):
        parse_glossary("a\tb\tmaybe\n", "g.tsv")


def test_monolingual_documents_get_no_bilingual_findings():
    document = Document(
        text="It costs 54 euros at https://example.com (see <b>here</b>.", language="en"
    )
    assert _codes(document) == []


def test_csv_fix_in_quoted_field_doubles_quotes(write, load):
    text = 'source,target\n"He said yes.","Er sagte ja."\n'
    path = write("q.csv", text)
    document = load(path)
    at = document.text.index("ja")
    save_document(document, [Fix((Edit(at, at + 2, '"ja"'),))], path)
    assert path.read_text(encoding="utf-8") == text.replace("sagte ja", 'sagte ""ja""')
    assert load(path).text == 'Er sagte "ja".'


def test_csv_fix_that_would_split_an_unquoted_field_quotes_it(write, load):
    # "korea Which" -> "Korea, which": written raw, the comma would add a column to the row.
    text = (
        "source,target\n"
        "a,A visit to north korea Which Western countries accuse.\n"
        'b,"He said ""yes"" to it."\n'
        "c,Plain  field\n"
    )
    path = write("u.csv", text)
    document = load(path)
    first = document.text.index(" Which")
    quoted = document.text.index("yes")
    double = document.text.index("  ")
    fixes = [
        Fix((Edit(first, first + 6, ", which"),)),
        Fix((Edit(quoted, quoted + 3, '“yes” and "no"'),)),
        Fix((Edit(double, double + 2, " "),)),
    ]
    save_document(document, fixes, path)
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["source", "target"],
        ["a", "A visit to north korea, which Western countries accuse."],
        ["b", 'He said "“yes” and "no"" to it.'],
        ["c", "Plain field"],
    ]
    # Only the field the comma lands in is rewritten; the others keep their form.
    assert path.read_text(encoding="utf-8").splitlines()[3] == "c,Plain field"
    assert load(path).text.startswith("A visit to north korea, which Western")


def test_declared_xml_encoding_is_kept_on_write(write, load):
    text = XLIFF12.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace(
        "Das Treffen", "Die Sitzung (Bürgerrat)"
    )
    path = write("latin.xlf", text, encoding="latin-1")
    document = load(path)
    assert document.encoding == "iso-8859-1"
    assert document.text.startswith("Die Sitzung (Bürgerrat) dauerte 54")
    at = document.text.index("54")
    save_document(document, [Fix((Edit(at, at + 2, "45"),))], path)
    assert path.read_bytes() == text.replace("dauerte 54", "dauerte 45").encode("latin-1")
