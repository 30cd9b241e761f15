"""Placeholders of the keyed catalogues ("$1", "$NAME$", "{{name}}", "{count}", "%1$s", "%@",
"%{name}"): a finding inside one, or cutting one, is dropped; a finding that holds one whole (a
unit left untranslated, a lost placeholder) is kept. Every file here is invented."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from mtlint.checks import engine
from mtlint.checks.batch import check_file
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding
from mtlint.checks.registry import Rule

ANDROID_EN = (
    '<resources><string name="a">Hello %1$s, %2$d new at 100%% speed</string>'
    '<string name="b">Copy %s</string></resources>'
)
ANDROID_DE = (
    '<resources><string name="a">Hallo %1$s, %2$d neu bei 100%%iger Leistung</string>'
    '<string name="b">Kopieren</string></resources>'
)
FORMATS = {
    "android": (
        {"res/values/strings.xml": ANDROID_EN, "res/values-de/strings.xml": ANDROID_DE},
        "res/values-de/strings.xml",
        ["%1$s", "%2$d", "%%"],
    ),
    "strings": (
        {
            "en.lproj/Localizable.strings": '"a" = "%@ sent %1$ld notes";\n"b" = "Copy %@";\n',
            "fr.lproj/Localizable.strings": '"a" = "%@ a envoyé %1$ld notes";\n"b" = "Copier";\n',
        },
        "fr.lproj/Localizable.strings",
        ["%@", "%1$ld"],
    ),
    "webext": (
        {
            "_locales/en/messages.json": (
                '{"a": {"message": "Server $1 refused $HOST$, cost $$5"},'
                ' "b": {"message": "Header $1 is unsigned"}}'
            ),
            "_locales/fr/messages.json": (
                '{"a": {"message": "Le serveur $1 a refusé $HOST$, coût $$5"},'
                ' "b": {"message": "Un en-tête n\'est pas signé"}}'
            ),
        },
        "_locales/fr/messages.json",
        ["$1", "$HOST$", "$$"],
    ),
    "nested": (
        {
            "locales/en/common.json": (
                '{"a": "Casual: {{casual}} ({{casualRate}}), $t(games.name) for {player}",'
                ' "b": "Open {{gameName}} now"}'
            ),
            "locales/it/common.json": (
                '{"a": "Amichevoli: {{casual}} ({{casualRate}}), $t(games.name) per {player}",'
                ' "b": "Apri subito"}'
            ),
        },
        "locales/it/common.json",
        ["{{casual}}", "{{casualRate}}", "$t(games.name)", "{player}"],
    ),
    "arb": (
        {
            "l10n/app_en.arb": '{"a": "Rename {label} to {newName}?", "b": "Delete {item}"}',
            "l10n/app_pl.arb": '{"a": "Zmienić {label} na {newName}?", "b": "Usunąć"}',
        },
        "l10n/app_pl.arb",
        ["{label}", "{newName}"],
    ),
    "yaml": (
        {
            "config/locales/en.yml": 'en:\n  a: "%{user} made %{count} gifts"\n  b: "Hi %{name}"\n',
            "config/locales/es.yml": 'es:\n  a: "%{user} hizo %{count} regalos"\n  b: "Hola"\n',
        },
        "config/locales/es.yml",
        ["%{user}", "%{count}"],
    ),
}


@pytest.mark.parametrize("style", sorted(FORMATS))
def test_every_keyed_format_marks_its_placeholders(tree, load, style):
    files, target, expected = FORMATS[style]
    document = load(tree(files) / target)
    assert [document.text[s:e] for s, e in document.placeholders] == expected


@pytest.mark.parametrize("style", sorted(FORMATS))
def test_a_dropped_placeholder_is_still_found(tree, style):
    """Unit "b" of every file lost its only placeholder: the bilingual rules still say so
    (MT703; WebExtension's "$1" is compared as a number by MT701)."""
    files, target, _ = FORMATS[style]
    report = check_file(tree(files) / target, Config(select=("MT70",)))
    codes = {located.finding.code for located in report.findings}
    assert codes & {"MT701", "MT703"}, report.findings


class _Everywhere(Rule):
    """Reports every placeholder's inside, a span cutting each, and every unit whole."""

    code = "MT000"
    name = "test-everywhere"
    summary = "test"

    def check(self, document: Document) -> Iterator[Finding]:
        for start, end in document.placeholders:
            yield self.finding(start + 1, end - 1, "inside")
            yield self.finding(start, end, "the placeholder itself")
            if start > 0:
                yield self.finding(start - 1, start + 1, "cutting its start")
        for start, end, _ in document.units:
            yield self.finding(start, end, "the whole unit")


class _Reader(_Everywhere):
    code = "MT001"
    reads_placeholders = True


def test_only_findings_inside_a_placeholder_are_dropped(tree, load):
    files, target, _ = FORMATS["webext"]
    document = load(tree(files) / target)
    kept, failures = engine.run_rules(document, [_Everywhere(), _Reader()])
    assert not failures
    mine = [f.message for f in kept if f.code == "MT000"]
    assert mine == ["the whole unit", "the whole unit"]
    assert len([f for f in kept if f.code == "MT001"]) == 3 * 3 + 2  # a placeholder reader


def test_in_placeholder_edges():
    document = Document("ab {{x}} cd {{y}}", placeholders=((3, 8), (12, 17)))
    assert document.in_placeholder(5, 6)  # inside
    assert document.in_placeholder(3, 8)  # the placeholder itself
    assert document.in_placeholder(1, 5)  # cuts its start
    assert document.in_placeholder(6, 10)  # cuts its end
    assert document.in_placeholder(9, 14)  # ends inside the next one
    assert not document.in_placeholder(0, 8)  # holds it whole
    assert not document.in_placeholder(3, 11)
    assert not document.in_placeholder(0, 17)  # holds both
    assert not document.in_placeholder(8, 12)  # between them, touching both
    assert not document.in_placeholder(3, 3)  # an insertion point before it
    assert not document.in_placeholder(0, 2)


def test_webextension_dollar_placeholders_are_no_amounts_and_i18next_names_no_glue(tree):
    root = tree(
        {
            "_locales/en/messages.json": (
                '{"a": {"message": "The DNS server $1 refused a TCP connection."},'
                ' "b": {"message": "Invalid ($1)"}}'
            ),
            "_locales/de/messages.json": (
                '{"a": {"message": "Der DNS-Server $1 hat eine TCP-Verbindung verweigert."},'
                ' "b": {"message": "Ungültig ($1)"}}'
            ),
            "locales/en/stats.json": '{"a": "Casual games: {{casual}} ({{casualRate}})."}',
            "locales/fr/stats.json": '{"a": "Parties amicales : {{casual}} ({{casualRate}})."}',
        }
    )
    for target in ("_locales/de/messages.json", "locales/fr/stats.json"):
        report = check_file(root / target, Config())
        assert not report.error
        assert not [f for f in report.findings if f.finding.code in ("MT953", "MT113")]


def test_a_unit_left_untranslated_with_placeholders_is_still_found(tree):
    root = tree(
        {
            "config/locales/en.yml": (
                'en:\n  a: "%{user} has made %{count} pull requests so far this winter"\n'
            ),
            "config/locales/fr.yml": (
                'fr:\n  a: "%{user} has made %{count} pull requests so far this winter"\n'
            ),
        }
    )
    report = check_file(root / "config/locales/fr.yml", Config(select=("MT705",)))
    assert [f.finding.code for f in report.findings] == ["MT705"]


ICU_EN = (
    '{"@@locale": "en", "a": "{count, plural, =0 {No songs} one {# song left} other {# songs'
    ' by {artist}}}", "b": "{count, plural, one {One song} other {# songs}} in your list"}'
)
ICU_DE = (
    '{"@@locale": "de", "a": "{count, plural, =0 {Keine Lieder} one {# Lied übrig} other {#'
    ' Lieder Lieder von {artist}}}", "b": "{count, plural, one {One song} other {# songs}} in'
    ' your list"}'
)


def test_icu_plural_syntax_is_placeholders_and_its_texts_are_checked(tree, load):
    root = tree({"l10n/app_en.arb": ICU_EN, "l10n/app_de.arb": ICU_DE})
    document = load(root / "l10n/app_de.arb")
    marked = [document.text[s:e] for s, e in document.placeholders]
    assert marked[:5] == ["{count, plural, =0 {", "}", " one {", "#", "}"]
    assert "{artist}" in marked and not any("Lied" in m or "von" in m for m in marked)
    assert not document.protected
    assert not any(document.in_placeholder(s, e) for s, e, _ in document.units)
    head = document.text.index("plural")
    assert document.in_placeholder(head, head + 9)  # a finding cutting the head is dropped
    report = check_file(root / "l10n/app_de.arb", Config(select=("MT401", "MT705")))
    found = [(f.finding.code, f.excerpt) for f in report.findings]
    # a doubled word inside a plural case, and the unit left in English around its syntax
    assert ("MT401", "Lieder Lieder") in found and [c for c, _ in found].count("MT705") == 1, found


def test_percent_escapes_of_a_link_are_no_placeholders(tree):
    """h29files (group 3): a Markdown link's "%5BHelp%20Guild%5D" is an address's escapes, not
    Qt's %5 and a %20; a real placeholder beside it is still compared."""
    source = '"a" = "Post in the [Help Guild](https://example.org/g/%5BHelp%20Guild%5D) as %1$@";\n'
    target = '"a" = "Postez dans la [guilde](https://example.org/fr/aide) en tant que %1$@";\n'
    root = tree({"en.lproj/A.strings": source, "fr.lproj/A.strings": target})
    config = Config(select=("MT703",), language="fr")
    assert check_file(root / "fr.lproj/A.strings", config).findings == ()
    (root / "fr.lproj/A.strings").write_text(target.replace(" en tant que %1$@", ""))
    found = check_file(root / "fr.lproj/A.strings", config).findings
    assert [f.finding.message for f in found] == [
        "tag or placeholder '%1$@' from the source missing in the target"
    ]


def _xliff(language: str, units: dict[str, str]) -> str:
    body = "".join(
        f'<trans-unit id="u{i}" resname="{key}"><source>{key}</source>'
        f"<target>{text}</target></trans-unit>\n"
        for i, (key, text) in enumerate(units.items())
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        f'<file source-language="en" target-language="{language}" original="messages.en.xlf">'
        f"<body>\n{body}</body></file></xliff>\n"
    )


def test_xliff_whose_sources_are_message_keys_compares_with_the_source_language_file(tree):
    """h29files (group 5): Symfony's keys-as-source XLIFF ("<source>stats.used</source>") has its
    English in messages.en.xlf; each keyed unit takes that file's text of the same unit, so a
    placeholder the English has is no "extra" one, and one the translation lost is found."""
    english = {
        "stats.used": "%percent%% used (%left% left)",
        "menu.quit": "Quit",
        "Save all": "Save all",
    }
    french = {
        "stats.used": "%percent%% utilisé",
        "menu.quit": "Quitter",
        "Save all": "Tout enregistrer",
    }
    root = tree(
        {
            "translations/messages.en.xlf": _xliff("en", english),
            "translations/messages.fr.xlf": _xliff("fr", french),
        }
    )
    path = root / "translations/messages.fr.xlf"
    report = check_file(path, Config(select=("MT703",)))
    assert [f.finding.message for f in report.findings] == [
        "tag or placeholder '%left%' from the source missing in the target"
    ]
    from mtlint.checks.documents import load_document

    document = load_document(path)
    assert [s for _, _, s in document.units] == [english["stats.used"], "Quit", "Save all"]
    assert any("2 of 2 units whose source is a message key" in n for n in document.notes)
    (root / "translations/messages.en.xlf").unlink()  # no English file: the keys stay
    assert [s for _, _, s in load_document(path).units] == ["stats.used", "menu.quit", "Save all"]


def test_a_catalogue_named_relative_to_the_working_folder_finds_its_source(tree, monkeypatch):
    """h29files: "mtlint check fr.json" run in the folder that holds en.json (and an XLIFF of
    message keys beside messages.en.xlf) paired nothing: a name without a folder was taken for
    text that has no file."""
    english = {"stats.used": "%percent%% used (%left% left)"}
    root = tree(
        {
            "l10n/en.json": '{"a": "Open 3 files"}',
            "l10n/fr.json": '{"a": "Ouvrir 4 fichiers"}',
            "l10n/messages.en.xlf": _xliff("en", english),
            "l10n/messages.fr.xlf": _xliff("fr", {"stats.used": "%percent%% utilisé"}),
        }
    )
    monkeypatch.chdir(root / "l10n")
    json_report = check_file(Path("fr.json"), Config(select=("MT701",)))
    assert [f.finding.message for f in json_report.findings] == [
        "number '4' is not in the source, which has '3'"
    ]
    xliff_report = check_file(Path("messages.fr.xlf"), Config(select=("MT703",)))
    assert len(xliff_report.findings) == 1 and "%left%" in xliff_report.findings[0].finding.message


def test_a_camel_case_key_the_source_file_lacks_is_no_source_text(tree):
    """h29files (group 5): keys the English file lacks are their own source; "webhookBodyDesc" or
    "CopyToClipboardError" say nothing of the message's placeholders or numbers, so nothing is
    "not in the source". A key that is English text ("Download the app") is still compared."""
    root = tree(
        {
            "lang/en.json": '{"ok": "OK"}',
            "lang/de.json": (
                '{"ok": "OK", "webhookBodyDesc": "Variablen {msg} und {monitor}, max. 3",'
                ' "CopyToClipboardError": "Kopieren fehlgeschlagen: {error}",'
                ' "Download the app": "Download the app"}'
            ),
        }
    )
    found = check_file(root / "lang/de.json", Config(select=("MT70",), language="de")).findings
    assert [(f.finding.code, f.excerpt) for f in found] == [("MT705", "Download the app")]


def test_a_glued_name_the_source_writes_the_same_way_is_mirrored(tree):
    """h29files (group 5): "SMSEagle", "GameHub" in a target whose source has them too are the
    product's names, not an acronym or a word glued by MT; one the source lacks is still found."""
    root = tree(
        {
            "lang/en.json": '{"a": "Your SMSEagle device URL", "b": "Send an SMS with Eagle"}',
            "lang/fr.json": (
                '{"a": "L\'URL de votre appareil SMSEagle", "b": "Envoyer un SMS avec SMSEagle"}'
            ),
        }
    )
    found = check_file(root / "lang/fr.json", Config(select=("MT108",), language="fr")).findings
    second = (root / "lang/fr.json").read_text().rindex("SMSEagle") + 1  # unit b's, not a's
    assert [(f.finding.code, f.line, f.column) for f in found] == [("MT108", 1, second)]


def test_any_identifier_key_the_source_file_lacks_compares_nothing(tree):
    """A key of two humps or with an acronym ("GlobalpingInfo", "OAuth2Unsupported") the source
    file lacks stands for a source nobody wrote here: the unit is flagged, not compared."""
    root = tree(
        {
            "lang/en.json": '{"ok": "OK"}',
            "lang/de.json": '{"GlobalpingInfo": "Siehe {docs}, max. 500", "OAuth2CC": "In {curl}"}',
        }
    )
    document = load_document_of(root / "lang/de.json")
    assert all("key-as-source" in info.flags for info in document.unit_info)
    found = check_file(root / "lang/de.json", Config(select=("MT70",), language="de")).findings
    assert found == ()


def test_xliff_key_that_is_one_word_and_its_resname_takes_the_english_text(tree):
    english = {"pagination": "Entries %start% to %end%"}
    root = tree(
        {
            "t/messages.en.xlf": _xliff("en", english),
            "t/messages.de.xlf": _xliff("de", {"pagination": "Einträge %start% bis %end%"}),
        }
    )
    document = load_document_of(root / "t/messages.de.xlf")
    assert [s for _, _, s in document.units] == ["Entries %start% to %end%"]


def load_document_of(path: Path):
    from mtlint.checks.documents import load_document

    return load_document(path)


def test_xliff_of_keys_reads_a_one_word_source_under_two_keys_as_two_places(tree):
    """Once an XLIFF's keys take the English file's text, "Total" under two keys is one word in
    two places of the UI, as in a keyed catalogue: two senses, not an inconsistency (MT901)."""
    english = {"invoice.total": "Total", "stats.total": "Total"}
    root = tree(
        {
            "t/messages.en.xlf": _xliff("en", english),
            "t/messages.de.xlf": _xliff(
                "de", {"invoice.total": "Rechnungsbetrag", "stats.total": "Gesamt"}
            ),
        }
    )
    config = Config(select=("MT901",), language="de")
    report = check_file(root / "t/messages.de.xlf", config)
    assert report.findings == () and report.failures == ()


def test_xliff_of_keys_is_compared_for_consistency_without_a_crash(tree):
    """h30files: MT901/MT902 crashed on every XLIFF of message keys (the plural-form helper was
    imported for keyed formats by name only), and the test above passed on the crash."""
    english = {"a.save": "Save the file", "b.save": "Save the file"}
    root = tree(
        {
            "t/messages.en.xlf": _xliff("en", english),
            "t/messages.de.xlf": _xliff(
                "de", {"a.save": "Datei speichern", "b.save": "datei speichern"}
            ),
        }
    )
    report = check_file(root / "t/messages.de.xlf", Config(select=("MT901",), language="de"))
    assert report.failures == ()
    assert [f.finding.code for f in report.findings] == ["MT901"]
