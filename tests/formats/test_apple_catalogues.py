"""Apple .stringsdict (plist plurals) and .xcstrings (Xcode's JSON catalogue of every language),
and --source for keyed catalogues whose source is not beside them (h26files, session 22). Every
file here is invented."""

from __future__ import annotations

import re

import pytest
from format_helpers import fix_at, units
from mtlint.checks.batch import check_file
from mtlint.checks.config import Config
from mtlint.checks.documents import InputError, load_document
from mtlint.checks.writeback import save_document


def plist(forms: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<!-- <key>old</key><string>gone</string> -->
\t<key>%d boxes</key>
\t<dict>
\t\t<key>NSStringLocalizedFormatKey</key>
\t\t<string>%#@boxes@</string>
\t\t<key>boxes</key>
\t\t<dict>
\t\t\t<key>NSStringFormatSpecTypeKey</key>
\t\t\t<string>NSStringPluralRuleType</string>
\t\t\t<key>NSStringFormatValueTypeKey</key>
\t\t\t<string>d</string>
{forms}
\t\t</dict>
\t</dict>
</dict>
</plist>
"""


DICT_EN = plist(
    "\t\t\t<key>one</key><string>%d box &amp; 2 lids</string>\n"
    "\t\t\t<key>other</key><string>%d boxes &amp; 2 lids</string>"
)
DICT_PL = plist(
    "\t\t\t<key>one</key><string>%d pudełko &amp; 2 wieczka</string>\n"
    "\t\t\t<key>few</key><string>%d pudełka &amp; 3 wieczka</string>\n"
    "\t\t\t<key>many</key><string>%d pudełek &amp; 2 wieczek</string>"
)


def test_stringsdict_plural_forms_pair_with_the_source_beside_them(tree, load):
    root = tree({"en.lproj/Boxes.stringsdict": DICT_EN, "pl.lproj/Boxes.stringsdict": DICT_PL})
    document = load(root / "pl.lproj/Boxes.stringsdict")
    assert document.format == "stringsdict" and document.language == "pl"
    # the format key "%#@boxes@" only refers to the forms: no unit of its own
    assert units(document) == [
        ("%d box & 2 lids", "%d pudełko & 2 wieczka"),
        ("%d boxes & 2 lids", "%d pudełka & 3 wieczka"),  # "few": the source's "other"
        ("%d boxes & 2 lids", "%d pudełek & 2 wieczek"),
    ]
    info = document.unit_info
    assert info[1].context == "%d boxes#boxes#few"
    assert info[0].plural_sources == ("%d box & 2 lids", "%d boxes & 2 lids")
    assert "one-number-form" in info[0].flags and not info[1].flags  # Polish "one" is 1 only
    report = check_file(root / "pl.lproj/Boxes.stringsdict", Config(select=("MT7", "MT9")))
    # the changed number, at its place in the file; "few" and "many" are no inconsistency
    assert [(f.finding.code, f.excerpt, f.line) for f in report.findings] == [("MT701", "3", 17)]


def test_stringsdict_fix_is_written_back_escaped_with_a_backup(tree, load):
    root = tree({"en.lproj/Boxes.stringsdict": DICT_EN, "pl.lproj/Boxes.stringsdict": DICT_PL})
    path = root / "pl.lproj/Boxes.stringsdict"
    document = load(path)
    save_document(document, [fix_at(document, "3 wieczka", "2 wieczka <a & b>")], path)
    assert "<string>%d pudełka &amp; 2 wieczka &lt;a &amp; b&gt;</string>" in path.read_text()
    assert path.with_name("Boxes.stringsdict.bak").read_text() == DICT_PL
    assert "2 wieczka <a & b>" in load(path).text


def _plist_of(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n'
        + body
        + "</dict>\n</plist>\n"
    )


CDATA_EN = _plist_of(
    "\t<key>tips</key>\n\t<array>\n\t\t<string>Tap <![CDATA[<b>Save</b>]]> twice</string>\n"
    "\t\t<integer>3</integer>\n\t\t<string>Open 2 files &amp; wait</string>\n\t</array>\n"
)
CDATA_FR = _plist_of(
    "\t<key>tips</key>\n\t<array>\n"
    "\t\t<string>Touchez <![CDATA[<b>Enregistrer</b> & </string> le le]]> deux fois</string>\n"
    "\t\t<integer>3</integer>\n\t\t<string>Ouvrez 3 fichiers &amp; attendez</string>\n"
    "\t</array>\n"
)


def test_stringsdict_cdata_and_array_values_are_read_mapped_and_written_back(tree, load):
    """h29files: a CDATA section's content is text as written (a "</string>" inside it ends
    nothing, "&" is no reference), and the ``<string>`` values of an ``<array>`` are units keyed
    by their index; offsets map exactly and a fix inside CDATA is written verbatim."""
    root = tree({"en.lproj/Tips.stringsdict": CDATA_EN, "fr.lproj/Tips.stringsdict": CDATA_FR})
    path = root / "fr.lproj/Tips.stringsdict"
    document = load(path)
    assert units(document) == [
        ("Tap <b>Save</b> twice", "Touchez <b>Enregistrer</b> & </string> le le deux fois"),
        ("Open 2 files & wait", "Ouvrez 3 fichiers & attendez"),
    ]
    assert [i.context for i in document.unit_info] == ["tips#0", "tips#2"]
    findings = check_file(path, Config(select=("MT701", "MT401"), language="fr")).findings
    assert {(f.finding.code, f.excerpt) for f in findings} >= {("MT701", "3")}
    save_document(document, [fix_at(document, "le le", "a & b ]]> c")], path)
    written = path.read_text(encoding="utf-8")
    assert "</string> a & b ]]]]><![CDATA[> c]]> deux fois</string>" in written
    assert "a & b ]]> c deux fois" in load(path).text
    save_document(load(path), [fix_at(load(path), "attendez", "<patientez>")], path)
    assert "&amp; &lt;patientez&gt;</string>" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (DICT_PL.replace("</dict>\n</plist>", "</plist>"), "not well-formed XML"),
        ("<plist><array><string>a</string></array></plist>", "not a .stringsdict file"),
    ],
)
def test_stringsdict_malformed_is_one_line(tree, content, expected):
    root = tree({"fr.lproj/A.stringsdict": content})
    error = check_file(root / "fr.lproj/A.stringsdict", Config()).error
    assert error is not None and "\n" not in error
    assert expected in error, error


CATALOGUE = """{
  "sourceLanguage" : "en",
  "strings" : {
    "Remove %lld songs?" : {
      "comment" : "Alert title",
      "localizations" : {
        "de" : { "variations" : { "plural" : {
          "one" : { "stringUnit" : { "state" : "translated", "value" : "%lld Lied entfernen?" } },
          "other" : { "stringUnit" : { "value" : "%lld Lieder entfernen?" } }
        } } },
        "fr" : { "stringUnit" : { "state" : "translated", "value" : "Supprimer %lld chansons ?" } }
      }
    },
    "Opens in 5 seconds" : {
      "localizations" : {
        "de" : { "stringUnit" : { "state" : "translated", "value" : "Öffnet in 7 \\"Sekunden\\"" } }
      }
    },
    "AppName" : { "shouldTranslate" : false, "localizations" : {
        "de" : { "stringUnit" : { "state" : "translated", "value" : "Lieder 9" } } } },
    "welcome" : {
      "localizations" : {
        "en" : { "stringUnit" : { "state" : "translated", "value" : "Welcome back, %@!" } },
        "de" : { "stringUnit" : { "state" : "translated", "value" : "Willkommen zurück, %@!" } }
      }
    }
  },
  "version" : "1.0"
}
"""


def test_xcstrings_reads_one_language_against_the_source_in_the_file(tree, load):
    path = tree({"Localizable.xcstrings": CATALOGUE}) / "Localizable.xcstrings"
    document = load(path)
    assert document.format == "xcstrings" and document.language == "de"
    assert units(document) == [
        ("Remove %lld songs?", "%lld Lied entfernen?"),  # no source localization: the key
        ("Remove %lld songs?", "%lld Lieder entfernen?"),
        ("Opens in 5 seconds", 'Öffnet in 7 "Sekunden"'),
        ("Welcome back, %@!", "Willkommen zurück, %@!"),  # the source language's own value
    ]
    assert document.unit_info[0].comments == "Alert title"
    assert any("(de, fr): checked 'de'" in note for note in document.notes), document.notes
    french = load(path, language="fr")
    assert units(french) == [("Remove %lld songs?", "Supprimer %lld chansons ?")]
    report = check_file(path, Config(select=("MT7", "MT9")))
    assert [(f.finding.code, f.excerpt, f.line) for f in report.findings] == [("MT701", "7", 16)]


def test_xcstrings_fix_in_json_escapes_and_the_languages_it_lacks(tree, load):
    path = tree({"Localizable.xcstrings": CATALOGUE}) / "Localizable.xcstrings"
    document = load(path)
    save_document(document, [fix_at(document, "7", '5 "x"')], path)
    assert '"Öffnet in 5 \\"x\\" \\"Sekunden\\""' in path.read_text()
    assert path.with_name("Localizable.xcstrings.bak").read_text() == CATALOGUE
    for language, expected in (("ja", "no 'ja' translations"), ("en", "no 'en' translations")):
        with pytest.raises(InputError, match=expected) as caught:
            load_document(path, language=language)
        assert "\n" not in str(caught.value) and "de, fr" in str(caught.value)


def test_xcstrings_malformed_is_one_line(tree):
    root = tree({"A.xcstrings": '{"strings": {"a": }', "B.xcstrings": '{"version": "1.0"}'})
    first = check_file(root / "A.xcstrings", Config()).error
    assert first is not None and re.search(r"not valid JSON \(line 1", first), first
    second = check_file(root / "B.xcstrings", Config()).error
    assert second is not None and "not a string catalogue" in second


SOURCE_JSON = '{"menu": {"open": "Open 3 files", "quit": "Quit"}, "hi": "Hello, {{name}}!"}\n'
TARGET_JSON = (
    '{"menu": {"open": "Ouvrir 4 fichiers", "quit": "Quitter"}, "hi": "Salut, {{name}} !",'
    ' "new": "Nouveau"}\n'
)


def test_source_given_pairs_keys_across_folders(tree, load):
    root = tree({"strings/base.json": SOURCE_JSON, "translated/french.json": TARGET_JSON})
    target, source = root / "translated/french.json", root / "strings/base.json"
    assert load_document(target).format == "text"  # no language in its name: plain text
    document = load(target, source=source)
    assert document.format == "json"
    assert units(document)[:3] == [
        ("Open 3 files", "Ouvrir 4 fichiers"),
        ("Quit", "Quitter"),
        ("Hello, {{name}}!", "Salut, {{name}} !"),
    ]
    assert units(document)[3] == ("new", "Nouveau")  # a key the source lacks: the key
    note = next(n for n in document.notes if "source strings" in n)
    assert "3 of 4 keys matched" in note and "not in the source: new" in note
    config = Config(select=("MT701",), language="fr", catalogue_source=str(source))
    assert [f.excerpt for f in check_file(target, config).findings] == ["4"]


def test_source_given_whose_keys_do_not_match_is_one_line(tree):
    root = tree({"a/other.json": '{"x": "y", "z": "w"}', "b/fr.json": TARGET_JSON})
    with pytest.raises(InputError) as caught:
        load_document(root / "b/fr.json", source=root / "a/other.json")
    message = str(caught.value)
    assert "\n" not in message and "none of its 4 keys" in message and "other.json" in message


def test_source_option_on_the_command_line(tree, capsys):
    from mtlint.checks.cli import main

    root = tree(
        {"en/app.strings": '"a" = "Open 3 files";\n', "out/fr.strings": '"a" = "Ouvrir 4";\n'}
    )
    code = main(["check", str(root / "out/fr.strings"), "--source", str(root / "en/app.strings")])
    assert code == 1 and "MT701 number '4'" in capsys.readouterr().out
    (root / "en/app.txt").write_text("Open 3 files\n")
    code = main(["check", str(root / "out/fr.strings"), "--source", str(root / "en/app.txt")])
    assert code == 2
    assert "pairs with a source file of its own format" in capsys.readouterr().err


RU_EN = plist(
    "\t\t\t<key>one</key><string>1 box left</string>\n"
    "\t\t\t<key>other</key><string>%d boxes left</string>"
)
RU = plist(
    "\t\t\t<key>one</key><string>Осталась %d коробка</string>\n"
    "\t\t\t<key>few</key><string>Осталось %d коробки</string>"
)
DE = plist(
    "\t\t\t<key>one</key><string>Eine Kiste übrig</string>\n"
    "\t\t\t<key>other</key><string>%d Kisten übrig</string>"
)


def test_a_plural_form_may_write_its_count_or_its_number(tree):
    """Russian "one" is also 21 and 31: the count where the source writes "1"; German "one"
    is 1 only: the number as a word, the placeholder gone. Neither is a lost number."""
    root = tree(
        {
            "en.lproj/B.stringsdict": RU_EN,
            "ru.lproj/B.stringsdict": RU,
            "de.lproj/B.stringsdict": DE,
        }
    )
    for language in ("ru", "de"):
        report = check_file(root / f"{language}.lproj/B.stringsdict", Config(select=("MT70",)))
        assert not report.findings, [(f.finding.code, f.finding.message) for f in report.findings]
    lost = RU.replace("Осталась %d коробка", "Осталась коробка")
    (root / "ru.lproj/B.stringsdict").write_text(lost)
    report = check_file(root / "ru.lproj/B.stringsdict", Config(select=("MT70",)))
    assert [f.finding.code for f in report.findings] == ["MT701"]  # 21 boxes need the count


SUBSTITUTED = """{
  "sourceLanguage" : "en",
  "strings" : {
    "summary %lld %lld" : { "localizations" : {
      "en" : { "stringUnit" : { "value" : "%#@arg1@ in %#@arg2@" },
        "substitutions" : {
          "arg1" : { "argNum" : 1, "variations" : { "plural" : {
            "one" : { "stringUnit" : { "value" : "%arg photo" } },
            "other" : { "stringUnit" : { "value" : "%arg photos" } } } } },
          "arg2" : { "argNum" : 2, "variations" : { "plural" : {
            "one" : { "stringUnit" : { "value" : "%arg album" } },
            "other" : { "stringUnit" : { "value" : "%arg albums" } } } } } } },
      "de" : { "stringUnit" : { "value" : "%#@photos@ aus %#@albums@" },
        "substitutions" : {
          "albums" : { "variations" : { "plural" : {
            "one" : { "stringUnit" : { "value" : "%arg Album" } },
            "other" : { "stringUnit" : { "value" : "%arg Alben" } } } } },
          "photos" : { "variations" : { "plural" : {
            "one" : { "stringUnit" : { "value" : "%arg Foto" } },
            "other" : { "stringUnit" : { "value" : "%arg Fotos Fotos" } } } } } } }
    } }
  }
}
"""


def test_xcstrings_substitutions_pair_by_argument_not_by_name(tree, load):
    path = tree({"Localizable.xcstrings": SUBSTITUTED}) / "Localizable.xcstrings"
    document = load(path)
    assert sorted(units(document)) == [
        ("%#@photos@ in %#@albums@", "%#@photos@ aus %#@albums@"),  # named as the target names
        ("%arg album", "%arg Album"),
        ("%arg albums", "%arg Alben"),
        ("%arg photo", "%arg Foto"),
        ("%arg photos", "%arg Fotos Fotos"),
    ]
    report = check_file(path, Config(select=("MT4", "MT7", "MT9")))
    assert [(f.finding.code, f.excerpt) for f in report.findings] == [("MT401", "Fotos Fotos")]


def test_fix_with_source_pairs_by_key_and_writes_atomically_with_a_backup(tree, capsys):
    """``mtlint fix --source`` reads the keyed catalogue as ``check --source`` does: a fix only
    the paired source can give (MT701's number back to the source's) is written, the original
    kept as a backup, the file still the format's own."""
    import json

    from mtlint.checks.cli import main

    root = tree({"strings/base.json": SOURCE_JSON, "translated/french.json": TARGET_JSON})
    target, source = root / "translated/french.json", root / "strings/base.json"
    argv = ["fix", str(target), "--lang", "fr", "--unsafe", "--write"]
    assert main(argv) in (0, 1)  # read as plain text: no source, no number to mend
    assert target.read_text(encoding="utf-8") == TARGET_JSON
    capsys.readouterr()
    code = main([*argv, "--source", str(source)])
    assert code in (0, 1), capsys.readouterr().err
    fixed = json.loads(target.read_text(encoding="utf-8"))
    assert fixed["menu"]["open"] == "Ouvrir 3 fichiers"
    assert (root / "translated/french.json.bak").read_text(encoding="utf-8") == TARGET_JSON
    assert "fix(es) written" in capsys.readouterr().err


def test_fix_source_refused_in_one_line(tree, capsys):
    from mtlint.checks.cli import main

    root = tree({"a.txt": "Ouvrir 4 fichiers\n", "b.txt": "Open 3 files\n", "fr.json": "{}"})
    assert main(["fix", str(root / "a.txt"), "--source", str(root / "b.txt")]) == 2
    assert "only for a keyed catalogue" in capsys.readouterr().err
    assert main(["fix", str(root / "a.txt"), str(root / "fr.json"), "--source", "x"]) == 2
    assert "exactly one file" in capsys.readouterr().err
