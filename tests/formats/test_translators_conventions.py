"""Translators' files follow conventions that the prose rules read as errors: keyword lists,
translator credits, UI labels, accelerators, plural forms for one number, numbers spelled out,
locale digits, RTL marks, Qt's .ts format. Each convention is quiet, and real errors in the same
units are still found."""

from __future__ import annotations

from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.consistency import normalise, weak_source_difference, weak_target_difference
from mtlint.checks.documents import load_document
from mtlint.checks.documents._bilingual import unit_kind
from mtlint.checks.engine import check_document

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Language: {language}\\n"\n"Plural-Forms: {plural}\\n"\n\n'
)


def po_file(tmp_path: Path, language: str, body: str, plural: str = "") -> Path:
    plural = plural or "nplurals=2; plural=(n != 1);"
    path = tmp_path / f"{language}.po"
    path.write_text(HEADER.format(language=language, plural=plural) + body, encoding="utf-8")
    return path


def findings(path: Path) -> list[tuple[str, str]]:
    document = load_document(path)
    found = check_document(document, Config()).findings
    return [(f.code, document.text[f.start : f.end]) for f in found]


@pytest.mark.parametrize(
    ("source", "context", "kind"),
    [
        ("translator-credits", "", "credits"),
        ("Your names", "NAME OF TRANSLATORS", "credits"),
        ("calculator;arithmetic;scientific;", "", "list"),
        ("parsec,parsecs,pc", "unit-symbols", "list"),
        ("_Advanced Mode", "", "label"),
        ("Save As…", "", "label"),
        ("The file could not be saved.", "", ""),
        ("1,500", "", "label"),
    ],
)
def test_what_kind_of_string_a_source_is(source, context, kind):
    assert unit_kind(source, context) == kind


CLEAN_DE = """\
msgid "translator-credits"
msgstr ""
"Max Mustermann <max@example.org>, 2019\\n"
"https://l10n.gnome.org/teams/de/"

msgctxt "unit-symbols"
msgid "parsec,parsecs,pc"
msgstr "Parsec,Parsecs,pc"

msgid "calculator;arithmetic;scientific;"
msgstr "Rechner;Arithmetik;Taschenrechner;calculator;"

msgid "Yobibytes"
msgstr "Yobibytes"

msgid "The GNOME Project"
msgstr "The GNOME Project"

msgid "Function “%s” takes 1 argument"
msgstr "Die Funktion »%s« erwartet ein Argument"

msgid "Division by zero is undefined"
msgstr "Division durch 0 ist nicht definiert"

msgid "_Advanced"
msgstr "_Erweitert"

msgctxt "shortcuts dialog"
msgid "Advanced"
msgstr "Erweiterter Modus"

msgid "Round"
msgstr "Runden"

msgid "Rounding"
msgstr "Runden"

msgid "Start in given mode (basic, advanced, financial, programming, keyboard)"
msgstr "Im angegebenen Modus starten (basic, advanced, financial, programming, keyboard)"
"""


def test_a_clean_german_ui_file_draws_nothing(tmp_path):
    assert findings(po_file(tmp_path, "de", CLEAN_DE)) == []


PLANTED_DE = """\
msgid "Function “%s” takes %d arguments"
msgstr "Die Funktion »%s« erwartet Argumente"

msgid "The interest rate must be below 15 percent."
msgstr "Der Zinssatz muss unter 51 Prozent liegen."

msgid "The currency exchange rates could not be downloaded from the server."
msgstr "The currency exchange rates could not be downloaded from the server."

msgid "Shows the result of the calculation in the window."
msgstr "Zeigt das Ergebnis der Berechnung im im Fenster."

msgid "Choose a file from the list and open it in the editor."
msgstr "Wählen Sie eine Datei aus der Liste und öffnen Sie sie imEditor."
"""


def test_real_errors_among_the_conventions_are_still_found(tmp_path):
    found = findings(po_file(tmp_path, "de", CLEAN_DE + "\n" + PLANTED_DE))
    codes = {code for code, _ in found}
    glued = {"MT101", "MT102"}  # "imEditor": a word glued to the next (at a capital)
    assert {"MT703", "MT701", "MT705", "MT401"} <= codes and codes & glued, found
    assert codes <= {"MT703", "MT701", "MT705", "MT401", *glued}, found


def test_a_plural_form_for_one_number_may_spell_it_out(tmp_path):
    body = """\
msgid "%d-bit"
msgid_plural "%d-bit"
msgstr[0] "סיבית אחת"
msgstr[1] "%d סיביות"
"""
    plural = "nplurals=2; plural=(n != 1);"
    assert findings(po_file(tmp_path, "he", body, plural)) == []
    # The form for every other number must keep it.
    broken = body.replace('msgstr[1] "%d סיביות"', 'msgstr[1] "סיביות"')
    assert ("MT703", "סיביות") in findings(po_file(tmp_path, "he", broken, plural))


def test_locale_digits_bidi_marks_and_gershayim(tmp_path):
    fa = """\
msgid "Function “%s” takes %d arguments"
msgstr "تابع «%s»\u200f %Id آرگومان می\u200cگیرد"

msgid "64-bit"
msgstr "۶۴ بیت"
"""
    assert findings(po_file(tmp_path, "fa", fa)) == []
    he = """\
msgid "gigabit,gigabits,Gb"
msgstr "גיגה סיבית,גיגה סיביות,ג"ס"

msgid "Unknown variable “%s”"
msgstr "המשתנה „%s” אינו מוכר"
"""
    assert findings(po_file(tmp_path, "he", he)) == []


def test_accelerators_are_normalised_away_for_consistency():
    assert normalise("コピー(_C)") == normalise("コピー")
    assert normalise("Ge_avanceerd") == normalise("Geavanceerd")
    assert normalise("E&xit") == normalise("Exit")
    assert normalise("打开(&O)…") == normalise("打开…")


def test_weak_and_strong_evidence_of_inconsistency():
    assert weak_source_difference("Round", "Rounding")
    assert weak_source_difference("Advanced", "Advanced Mode")
    assert weak_source_difference("Straight-Line Depreciation", "Straight Line Depreciation")
    assert not weak_source_difference("No undo history", "No redo history")
    assert not weak_source_difference("Algerian Dinar", "Serbian Dinar")
    assert weak_target_difference("Financeiro", "_Financeira")
    assert not weak_target_difference("Datei öffnen", "Öffne Datei")
    assert not weak_target_difference("Schließen", "schließen")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Words of opposite meaning (h25prec): with every stop word left out, each pair read as
        # one source said in other words.
        ("Turn on notifications", "Turn off notifications"),
        ("Copy to clipboard", "Copy from clipboard"),
        ("Show more", "Show less"),
        ("Files before today", "Files after today"),
        # A negation on one side only, though every other word is shared.
        ("Password changed", "Password not changed"),
        ("Cancel", "Don't cancel"),
    ],
)
def test_sources_that_differ_by_a_meaning_stop_word_or_a_negation_differ(one, other):
    assert not weak_source_difference(one, other)
    assert not weak_source_difference(other, one)


def _consistency_table() -> dict:
    import json

    path = Path(__file__).resolve().parents[2] / "resources" / "consistency" / "en.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("pair", _consistency_table()["opposites"])
def test_every_opposite_pair_of_the_table_makes_two_sources_differ(pair):
    # The pairs are data (resources/consistency/en.json), not a list in the code: each one read.
    # A one-word label each ("On" / "Off"): without the pair they read as one label.
    first, second = pair
    assert not weak_source_difference(first.title(), second.title())
    assert not weak_source_difference(second, first)


def test_a_preposition_changed_or_a_label_of_one_word_is_still_weak_evidence():
    # wagtail: one source said with another preposition; thunar: one label for all three.
    assert weak_source_difference(
        "The page has been submitted for approval in moderation stage",
        "The page has been submitted for approval to moderation stage",
    )
    assert weak_source_difference("Disabled", "None")
    assert weak_source_difference("None", "No icon")
    assert weak_source_difference("List view", "List view (without overloading detail view)")


def test_paraphrases_with_stop_words_still_read_as_one_source():
    assert weak_source_difference(
        "Your password has been changed.", "Password successfully changed."
    )
    assert weak_source_difference(
        "Check for updates automatically", "Automatically check for updates"
    )
    assert weak_source_difference("No", "No, thanks")


def test_one_source_translated_two_ways_still_found_across_accelerators(tmp_path):
    body = """\
msgid "_Open File"
msgstr "Datei _öffnen"

msgid "Open File"
msgstr "Datei öffnen"

msgid "Open file"
msgstr "Öffne Datei"
"""
    found = findings(po_file(tmp_path, "de", body))
    assert [code for code, _ in found] == []  # "Open file" differs in case: another source
    # A case slip of the majority's words stays sure across two msgids (h31files) …
    slip = body + '\nmsgid "Open File "\nmsgstr "datei öffnen"\n'
    assert ("MT901", "datei öffnen") in findings(po_file(tmp_path, "de", slip))
    # … another wording of another msgid is two places of the program: doubtful, with a note.
    body += '\nmsgid "Open File "\nmsgstr "Öffne die Datei"\n'
    assert ("MT901", "Öffne die Datei") not in findings(po_file(tmp_path, "de", body))
    document = load_document(po_file(tmp_path, "de", body))
    doubtful = check_document(document, Config(min_confidence=0.4)).findings
    (wording,) = [f for f in doubtful if f.code == "MT901"]
    assert wording.confidence == 0.4 and "another msgid" in wording.message


def test_two_msgids_whose_translations_are_a_letter_apart_are_a_slip(tmp_path):
    body = 'msgid "Ban List"\nmsgstr "Bannliste"\n\nmsgid "Ban list"\nmsgstr "Bannliste"\n\n'
    body += 'msgid "_Ban List"\nmsgstr "_Ban-Liste"\n'
    assert ("MT901", "_Ban-Liste") in findings(po_file(tmp_path, "de", body))


def test_one_source_of_two_qt_contexts_translated_two_ways_stays_sure(tmp_path):
    # One source string in two contexts: its translator's tool proposes one translation.
    path = tmp_path / "app_de.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">\n'
        "<context><name>MainWindow</name><message><source>Column visibility</source>"
        "<translation>Spaltensichtbarkeit</translation></message></context>\n"
        "<context><name>PeerList</name><message><source>Column visibility</source>"
        "<translation>Spaltensichtbarkeit</translation></message></context>\n"
        "<context><name>Search</name><message><source>Column visibility</source>"
        "<translation>Sichtbarkeit der Spalten</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    assert ("MT901", "Sichtbarkeit der Spalten") in findings(path)


TS = """\
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MainWindow</name>
    <message>
        <source>Report bugs at: &lt;a href=&quot;https://example.org/issues&quot;&gt;example.org&lt;/a&gt;</source>
        <translation>Fehler melden unter: &lt;a href=&quot;https://example.org/issues&quot;&gt;example.org&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(s)?</source>
        <translation>
            <numerusform>%n Eintrag löschen?</numerusform>
            <numerusform>%n Einträge löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Unable to open %1</source>
        <translation type="unfinished">Kann nicht öffnen</translation>
    </message>
    <message>
        <source>More than 10% of passwords are reused.</source>
        <translation>Mehr als 10 % der Passwörter werden wiederverwendet.</translation>
    </message>
</context>
</TS>
"""


def test_qt_ts_files_are_read_with_their_conventions(tmp_path):
    path = tmp_path / "app_de.ts"
    path.write_text(TS, encoding="utf-8")
    document = load_document(path)
    assert document.format == "ts" and document.language == "de"
    assert len(document.units) == 5
    assert document.unit_info[3].fuzzy  # type="unfinished"
    assert findings(path) == []
    broken = TS.replace("%n Einträge löschen?", "%1 Einträge löschen?")
    path.write_text(broken, encoding="utf-8")
    assert ("MT703", "%1") in findings(path)


def test_a_typescript_file_is_read_as_text(tmp_path):
    path = tmp_path / "index.ts"
    path.write_text("export const answer: number = 42;\n", encoding="utf-8")
    assert load_document(path).format == "text"


@pytest.mark.parametrize("language", ["pl", "cs", "ru", "uk", "de", "fr", "ja", "ko", "he", "ar"])
def test_a_number_num2words_cannot_spell_is_no_crash(tmp_path, language):
    # num2words raises IndexError for Polish ordinals of 0: the number check must still run.
    body = 'msgid "0 of %(cnt)s selected"\nmsgstr "1 %(cnt)s"\n'
    assert ("MT701", "1") in findings(po_file(tmp_path, language, body))


def _ts_messages(*translations: tuple[str, str]) -> str:
    messages = "".join(
        f"<message><source>Close the palette</source><translation{kind}>{target}"
        "</translation></message>\n"
        for kind, target in translations
    )
    return (
        '<?xml version="1.0"?><TS version="2.1" language="de"><context><name>W</name>'
        f"{messages}</context></TS>"
    )


def test_drafts_and_vanished_qt_translations_are_not_compared_for_consistency(tmp_path):
    # Invented: a Qt file keeps the old "vanished" translation (here the source copied) and an
    # "unfinished" draft beside the one in use; neither is a translation the program shows, so
    # the source is not "translated two ways" (h23files: 139 of 154 such findings on real files).
    path = tmp_path / "paint_de.ts"
    path.write_text(
        _ts_messages(
            ("", "Palette schließen"),
            (' type="vanished"', "Close the palette"),
            (' type="unfinished"', "Die Palette zumachen"),
        ),
        encoding="utf-8",
    )
    assert [code for code, _ in findings(path) if code == "MT901"] == []
    # Two translations in use still are.
    path.write_text(
        _ts_messages(("", "Palette schließen"), ("", "Palette schließen"), ("", "Palette zu")),
        encoding="utf-8",
    )
    assert ("MT901", "Palette zu") in findings(path)


def test_code_in_a_sphinx_catalogue_is_not_prose(tmp_path):
    # Invented Sphinx-style entries: a role's target ("~paints.Brush" is no sentence glued after
    # a full stop), a glossary target the translation renames, an inline literal's decimal point.
    body = (
        'msgid "Use :class:`~paints.Brush` for :term:`mutable <mutable>` strokes of ``0.5``."\n'
        'msgstr "Utilisez :class:`~paints.Brush` pour des traits :term:`modifiables <modifiable>` '
        'de ``0.5``."\n'
    )
    assert findings(po_file(tmp_path, "fr", body)) == []
    # The same artefact outside the code is still found.
    glued = body.replace("pour des traits", "pour des traits.Pour")
    assert "MT103" in [code for code, _ in findings(po_file(tmp_path, "fr", glued))]


def test_utf16_qt_and_po_files_are_read_as_translations(tmp_path):
    # Qt Linguist and some PO editors on Windows save UTF-16 with a byte-order mark: the .ts was
    # read as a TypeScript file (every target a finding) and the PO failed on its NULs.
    ts = tmp_path / "app_de.ts"
    ts.write_bytes(TS.replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16"))
    document = load_document(ts)
    assert document.format == "ts" and document.language == "de" and len(document.units) == 5
    po = po_file(tmp_path, "de", 'msgid "Open the file"\nmsgstr "Datei öffnen"\n')
    po.write_bytes(po.read_text(encoding="utf-8").encode("utf-16"))
    document = load_document(po)
    assert document.format == "po" and document.text == "Datei öffnen"


def test_metavariables_of_command_help_are_written_in_the_translation(tmp_path):
    """h32files (HexChat's catalogues, group 8): "<nick>" with no "</nick>" and no markup name
    is a word the reader replaces; the translation writes it in its own language or script,
    and may bracket more of them. A lost one, a broken one and a lost tag are still found."""
    body = (
        'msgid "KICK <nick> [<reason>], kicks the nick from the channel"\n'
        'msgstr "KICK <ニック> [<理由>], 指定のニックをチャンネルからキックする"\n\n'
        'msgid "SEND <nick> [file], sends a file"\n'
        'msgstr "SEND <ニック> <ファイル>, ファイルを送る"\n\n'
        'msgid "TRAY -b <title> <text>, sets the balloon"\n'
        'msgstr "TRAY -b <タイトル> <テキスト>, バルーンを設定する"\n\n'
        'msgid "WHOIS <nick>, asks who the nick is"\n'
        'msgstr "WHOIS, ニックが誰かを尋ねる"\n\n'
        'msgid "MODE <channel> <mode>, sets a mode"\n'
        'msgstr "MODE <チャンネル > <モード>, モードを設定する"\n\n'
        'msgid "Press <b>Save</b> <nick>"\n'
        'msgstr "<ニック> 保存を押す"\n'
    )
    found = [
        (code, excerpt)
        for code, excerpt in findings(po_file(tmp_path, "ja", body))
        if code == "MT703"
    ]
    excerpts = " | ".join(excerpt for _, excerpt in found)
    assert len(found) == 3, found  # the lost "<b>", "</b>" are one finding
    assert "WHOIS" in excerpts and "<チャンネル >" in excerpts and "保存を押す" in excerpts, found
