"""Keyed catalogues (Android strings.xml, Apple .strings, JSON i18n/WebExtension/ARB, YAML):
read with offsets into the file, paired with the source file beside them, fixed back in place.
Every file here is invented."""

from __future__ import annotations

import re

from format_helpers import fix_at, units
from mtlint.checks.batch import check_file
from mtlint.checks.config import Config
from mtlint.checks.writeback import save_document

ANDROID_EN = """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name" translatable="false">Pebble Notes</string>
    <string name="greeting">Hello, %1$s! You have %2$d new notes.</string>
    <string name="saved">Saved to the \\"Notes\\" folder.</string>
    <plurals name="notes"><item quantity="one">%d note</item>
        <item quantity="other">%d notes</item></plurals>
    <string-array name="sizes"><item>Small</item><item>Large</item></string-array>
    <string name="hint"><![CDATA[Tap <b>Add</b> to start.]]></string>
</resources>
"""
ANDROID_FR = """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- <string name="old">Ancien</string> -->
    <string name="alias">@string/greeting</string>
    <string name="greeting">Bonjour, %1$s\\u00a0! Vous avez 7 nouvelles notes.</string>
    <string name="saved">Enregistré dans le dossier \\"Notes\\". C\\'est fait.</string>
    <plurals name="notes"><item quantity="one">%d note</item><item quantity="many">%d notes</item>
    </plurals>
    <string-array name="sizes"><item>Petit</item><item>Grand</item></string-array>
    <string name="hint"><![CDATA[Touchez <b>Ajouter</b> pour commencer.]]></string>
</resources>
"""


def test_android_units_pair_with_the_source_values_folder(tree, load):
    root = tree({"res/values/strings.xml": ANDROID_EN, "res/values-fr/strings.xml": ANDROID_FR})
    document = load(root / "res/values-fr/strings.xml")
    assert document.format == "android" and document.language == "fr"
    assert units(document) == [
        (
            "Hello, %1$s! You have %2$d new notes.",
            "Bonjour, %1$s\u00a0! Vous avez 7 nouvelles notes.",
        ),
        ('Saved to the "Notes" folder.', 'Enregistré dans le dossier "Notes". C\'est fait.'),
        ("%d note", "%d note"),
        ("%d notes", "%d notes"),  # "many": the source's "other"
        ("Small", "Petit"),
        ("Large", "Grand"),
        ("Tap <b>Add</b> to start.", "Touchez <b>Ajouter</b> pour commencer."),
    ]
    assert any("values/strings.xml" in note and "7 of 7" in note for note in document.notes)
    report = check_file(root / "res/values-fr/strings.xml", Config(select=("MT7",)))
    numbers = [f for f in report.findings if f.finding.code == "MT701"]
    assert [(f.excerpt, f.line) for f in numbers] == [("7", 5)], report.findings
    assert any(f.finding.code == "MT703" and f.line == 5 for f in report.findings)


def test_android_fix_is_escaped_the_android_way(tree, load):
    root = tree({"res/values-de/strings.xml": ANDROID_FR.replace("fr", "de")})
    path = root / "res/values-de/strings.xml"
    document = load(path)
    save_document(document, [fix_at(document, "Petit", "l'enfant & co")], path)
    assert "<item>l\\'enfant &amp; co</item>" in path.read_text()
    assert path.with_name("strings.xml.bak").exists()
    assert "l'enfant & co" in load(path).text


def test_android_refusals_and_other_xml(tree):
    root = tree(
        {
            "res/values-fr/strings.xml": "<resources><string name='a'>x</resources>",
            "layout.xml": "<LinearLayout><TextView/></LinearLayout>\n",
        }
    )
    error = check_file(root / "res/values-fr/strings.xml", Config()).error
    assert error is not None and "\n" not in error
    assert re.search("not well-formed XML", error), error
    report = check_file(root / "layout.xml", Config())
    assert any("not an Android resource file" in note for note in report.notes)


STRINGS_EN = '/* The title */\n"title" = "Weekly report";\n"files" = "%@ files were copied.";\n'
STRINGS_FR = (
    '/* The title */\n"title" = "Rapport \\"hebdo\\"";\n\n'
    '// counts\n"files" = "%@ fichiers ont été copiés.\\nFin";\n'
    'untranslated_key = "Only here";\n'
)


def test_apple_strings_utf16_with_its_english_source(tree, load):
    root = tree(
        {
            "en.lproj/Localizable.strings": STRINGS_EN,
            "fr.lproj/Localizable.strings": b"\xff\xfe" + STRINGS_FR.encode("utf-16-le"),
        }
    )
    path = root / "fr.lproj/Localizable.strings"
    document = load(path)
    assert document.format == "strings" and document.language == "fr"
    assert units(document) == [
        ("Weekly report", 'Rapport "hebdo"'),
        ("%@ files were copied.", "%@ fichiers ont été copiés.\nFin"),
        ("untranslated_key", "Only here"),  # no source: the key stands for it
    ]
    assert document.unit_info[1].comments == "counts"
    save_document(document, [fix_at(document, "hebdo", 'mensuel "x"')], path)
    assert '"Rapport \\"mensuel \\"x\\"\\""' in path.read_bytes().decode("utf-16")


def test_apple_strings_malformed_is_one_line(tree):
    root = tree({"fr.lproj/A.strings": '"a" = "b"\n"c" = "d";\n'})
    error = check_file(root / "fr.lproj/A.strings", Config()).error
    assert error is not None and "\n" not in error
    assert re.search(r"line 2: expected ';'", error), error


def test_i18next_nested_json_and_fix(tree, load):
    root = tree(
        {
            "locales/en/common.json": '{"menu": {"open": "Open the file", "n": "{{count}} items"}}',
            "locales/es/common.json": (
                '{\n  "menu": {\n    "open": "Abrir el \\"archivo\\"",\n'
                '    "n": "{{count}} elementos"\n  },\n  "extra": 3\n}\n'
            ),
        }
    )
    path = root / "locales/es/common.json"
    document = load(path)
    assert document.format == "json" and document.language == "es"
    assert units(document) == [
        ("Open the file", 'Abrir el "archivo"'),
        ("{{count}} items", "{{count}} elementos"),
    ]
    assert document.line_col(document.text.index("elementos")) == (4, 21)
    save_document(document, [fix_at(document, "archivo", 'fichero "a"')], path)
    assert '"Abrir el \\"fichero \\"a\\"\\""' in path.read_text()


def test_webextension_messages_with_comments_and_arb_with_icu(tree, load):
    root = tree(
        {
            "_locales/en/messages.json": '{"hi": {"message": "Hi $1", "description": "greet"}}',
            "_locales/it/messages.json": (
                '{\n  // greeting\n  "hi": {"message": "Ciao $1", "description": "greet"}\n}\n'
            ),
            "l10n/app_en.arb": (
                '{"@@locale": "en", "n": "{count, plural, one{1 file} other{{count} files}}"}'
            ),
            "l10n/app_pl.arb": (
                '{"@@locale": "pl", "n": "{count, plural, one{1 plik} other{{count} plików}}",'
                ' "@n": {"description": "files"}}'
            ),
        }
    )
    webext = load(root / "_locales/it/messages.json")
    assert units(webext) == [("Hi $1", "Ciao $1")] and webext.unit_info[0].comments == "greet"
    arb = load(root / "l10n/app_pl.arb")
    assert arb.language == "pl" and arb.unit_info[0].comments == "files"
    ((source, target),) = units(arb)
    assert source.startswith("{count, plural") and target.endswith("plików}}")
    syntax = "".join(arb.text[s:e] for s, e in arb.placeholders)  # ICU syntax: placeholders
    assert "plural" in syntax and "plik" not in syntax


def test_json_without_a_language_is_plain_text_and_broken_json_one_line(tree):
    root = tree({"package.json": '{"name": "x"}\n', "locales/fr.json": '{"a": "b",}'})
    report = check_file(root / "package.json", Config())
    assert any("names no language" in note for note in report.notes)
    error = check_file(root / "locales/fr.json", Config()).error
    assert error is not None and "\n" not in error
    assert re.search("not valid JSON", error), error


RAILS_EN = """en:
  home:
    title: Welcome to the shop
    intro: "Buy 3 books, get 1 free."
    order:
      - :day
      - :month
    body: |
      First line.
      Second line.
"""
RAILS_DE = """de:
  home:
    title: Willkommen im Laden
    intro: 'Kaufen Sie 3 Bücher, eines gibt''s gratis.'
    order:
      - :day
      - :month
    body: |
      Erste Zeile.
      Zweite Zeile.
"""


def test_rails_yaml_pairs_keys_under_the_locale(tree, load):
    root = tree({"config/locales/en.yml": RAILS_EN, "config/locales/de.yml": RAILS_DE})
    path = root / "config/locales/de.yml"
    document = load(path)
    assert document.format == "yaml" and document.language == "de"
    assert units(document) == [
        ("Welcome to the shop", "Willkommen im Laden"),
        ("Buy 3 books, get 1 free.", "Kaufen Sie 3 Bücher, eines gibt's gratis."),
        ("First line.\nSecond line.", "Erste Zeile.\nZweite Zeile."),
    ]
    assert document.unit_info[0].context == "home.title"
    fixes = [
        fix_at(document, "Laden", "Laden: jetzt"),  # a plain scalar this would break
        fix_at(document, "gibt's", "gibt's 'immer'"),
    ]
    save_document(document, fixes, path)
    written = path.read_text()
    assert 'title: "Willkommen im Laden: jetzt"' in written
    assert "gibt''s ''immer'' gratis" in written
    again = load(path)
    assert units(again)[0][1] == "Willkommen im Laden: jetzt"


def test_yaml_without_a_language_and_broken_yaml(tree):
    root = tree({"docker-compose.yml": "services:\n  web: {}\n", "fr.yml": "fr:\n  a: [b\n"})
    report = check_file(root / "docker-compose.yml", Config())
    assert any("names no language" in note for note in report.notes)
    error = check_file(root / "fr.yml", Config()).error
    assert error is not None and "\n" not in error
    assert re.search("not valid YAML", error), error


def test_a_folder_check_takes_catalogues_not_other_json_xml_yaml(tree):
    from mtlint.checks.batch import expand_paths

    root = tree(
        {
            "res/values-fr/strings.xml": ANDROID_FR,
            "res/layout/main.xml": "<LinearLayout/>",
            "locales/fr.json": '{"a": "b"}',
            "package.json": "{}",
            "config/locales/de.yml": RAILS_DE,
            ".github/ci.yml": "on: push\n",
            "docker-compose.yml": "services: {}\n",
        }
    )
    found = sorted(str(p.relative_to(root)) for p, _ in expand_paths([root]))
    assert found == ["config/locales/de.yml", "locales/fr.json", "res/values-fr/strings.xml"]


def test_one_word_labels_translated_by_their_sense_are_no_inconsistency(tree):
    def strings(*pairs: tuple[str, str]) -> str:
        items = "".join(f'<string name="{key}">{text}</string>' for key, text in pairs)
        return f"<resources>{items}</resources>"

    root = tree(
        {
            "res/values/strings.xml": strings(
                ("flash_off", "Off"), ("grid_off", "Off"), ("edit", "Edit"), ("edit2", "Edit")
            ),
            "res/values-de/strings.xml": strings(
                ("flash_off", "Aus"),
                ("grid_off", "Keine Hilfslinien"),
                ("edit", "Edit"),
                ("edit2", "Bearbeiten"),
            ),
        }
    )
    report = check_file(root / "res/values-de/strings.xml", Config(select=("MT901",)))
    # A switch's "Off" and a grid's "Off" are two senses; "Edit" left as the source beside its
    # translation is still reported.
    assert [f.excerpt for f in report.findings] == ["Bearbeiten"]


def test_yaml_aliases_of_aliases_are_read_once_not_expanded(tree, load):
    # "Billion laughs": each level is nine aliases of the level before; walked as a tree, eight
    # levels are 9**8 scalars (a 500-byte file would take gigabytes and never finish).
    levels = ["  l0: &l0\n    title: Hallo Welt"]
    for level in range(1, 9):
        aliases = ", ".join([f"*l{level - 1}"] * 9)
        levels.append(f"  l{level}: &l{level} [{aliases}]")
    root = tree(
        {
            "config/locales/en.yml": "en:\n  l0:\n    title: Hello world\n",
            "config/locales/de.yml": "de:\n" + "\n".join(levels) + "\n",
        }
    )
    document = load(root / "config/locales/de.yml")
    assert units(document) == [("Hello world", "Hallo Welt")]


def test_two_wordings_under_two_keys_are_doubtful_a_slip_is_sure(tree):
    """h30files: under two keys of a catalogue (two places of the interface) the same source
    worded two ways is style, not a slip: MT901 at 0.1 (7 of 139 judged real; h30mend), under
    the doubtful floor; two that differ only in case, or
    one left as its source, stay sure. MT902 likewise for two paraphrased sources, unless they
    are of opposite meaning."""
    english = (
        '{"menu": {"report": "Report a problem", "title": "Saved filters", "back": "Go back"},'
        ' "dialog": {"report": "Report a problem", "title": "Saved filters", "back": "Go back"},'
        ' "a": {"show": "Show replies", "on": "Sound is on"},'
        ' "b": {"show": "Display replies", "on": "Sound is off"}}'
    )
    german = (
        '{"menu": {"report": "Melde ein Problem", "title": "Gespeicherte Filter",'
        ' "back": "Zurück"}, "dialog": {"report": "Ein Problem melden",'
        ' "title": "gespeicherte Filter", "back": "Go back"},'
        ' "a": {"show": "Antworten zeigen", "on": "Ton an"},'
        ' "b": {"show": "Antworten zeigen", "on": "Ton an"}}'
    )
    root = tree({"locales/en.json": english, "locales/de.json": german})
    path = root / "locales/de.json"
    sure = check_file(path, Config(select=("MT901", "MT902"), language="de")).findings
    assert sorted((f.finding.code, f.excerpt) for f in sure) == [
        ("MT901", "Go back"),
        ("MT901", "gespeicherte Filter"),
        ("MT902", "Ton an"),
    ]
    shown = Config(select=("MT901", "MT902"), show_doubtful=True)
    assert len(check_file(path, shown).findings) == len(sure)  # under the doubtful floor
    doubtful = check_file(path, Config(select=("MT901", "MT902"), min_confidence=0.1)).findings
    wording = {(f.finding.code, f.excerpt, f.finding.confidence) for f in doubtful} - {
        (f.finding.code, f.excerpt, f.finding.confidence) for f in sure
    }
    assert wording == {("MT901", "Ein Problem melden", 0.1), ("MT902", "Antworten zeigen", 0.1)}
    assert all(
        "under another key" in f.finding.message for f in doubtful if f.finding.confidence == 0.1
    )


def test_a_source_file_named_with_a_lower_case_region_is_found(tree, load):
    """h30files: Jellyfin's strings/en-us.json was no source ("en-US" only): every unit took
    its key as its source, and a changed number went unseen."""
    root = tree(
        {
            "strings/en-us.json": '{"Retry": "Try again in 5 minutes."}',
            "strings/fr.json": '{"Retry": "Réessayez dans 3 minutes."}',
        }
    )
    document = load(root / "strings/fr.json")
    assert [source for _, _, source in document.units] == ["Try again in 5 minutes."]
    report = check_file(root / "strings/fr.json", Config(select=("MT701",)))
    assert [f.finding.code for f in report.findings] == ["MT701"]
