"""MT705 reads the catalogue's own evidence (h31files): a segment left as its source whose
words the catalogue keeps wherever it translates them is a name, doubtful; an English
sentence whose words the catalogue translates elsewhere stays sure, and so does every copy in a
catalogue that leaves much of its text untranslated. Invented catalogues only."""

from __future__ import annotations

from pathlib import Path

from mtlint.checks.config import Config
from mtlint.checks.documents import load_document
from mtlint.checks.engine import check_document

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Language: de\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)

TRANSLATED = [
    ("Enable Harbor Stream", "Harbor Stream aktivieren"),
    ("Harbor Stream is not available", "Harbor Stream ist nicht verfügbar"),
    ("Enter the new name", "Geben Sie den neuen Namen ein"),
    ("The name is too long", "Der Name ist zu lang"),
    ("Choose a folder for the files", "Wählen Sie einen Ordner für die Dateien"),
    ("Save the settings now", "Die Einstellungen jetzt speichern"),
    ("Delete all files in the folder", "Alle Dateien im Ordner löschen"),
    ("Open the folder of the files", "Den Ordner der Dateien öffnen"),
    ("Close the window after saving", "Das Fenster nach dem Speichern schließen"),
    ("Show the version number", "Die Versionsnummer anzeigen"),
    ("Check the settings of the stream", "Die Einstellungen des Streams prüfen"),
    ("Restart the program to apply them", "Das Programm neu starten, um sie anzuwenden"),
    ("Copy the link to the clipboard", "Den Link in die Zwischenablage kopieren"),
    ("Print the list of all files", "Die Liste aller Dateien drucken"),
    ("Sort the list by the date", "Die Liste nach dem Datum sortieren"),
    ("Search the list for a name", "Die Liste nach einem Namen durchsuchen"),
    ("Export the settings to a file", "Die Einstellungen in eine Datei exportieren"),
    ("Import the settings from a file", "Die Einstellungen aus einer Datei importieren"),
    ("Move the files to the trash", "Die Dateien in den Papierkorb verschieben"),
    ("Rename the selected folder", "Den ausgewählten Ordner umbenennen"),
]


def _po(tmp_path: Path, entries: list[tuple[str, str]]) -> Path:
    body = "".join(f'msgid "{source}"\nmsgstr "{target}"\n\n' for source, target in entries)
    path = tmp_path / "de.po"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def _mt705(path: Path) -> dict[str, float]:
    document = load_document(path)
    found = check_document(document, Config(min_confidence=0.0, select=("MT705",))).findings
    return {document.text[f.start : f.end]: f.confidence for f in found}


def test_a_copy_whose_words_the_catalogue_keeps_is_a_name(tmp_path):
    copies = [("Harbor Stream Relay", "Harbor Stream Relay")]
    found = _mt705(_po(tmp_path, TRANSLATED + copies))
    assert found == {"Harbor Stream Relay": 0.4}


def test_an_english_sentence_whose_words_the_catalogue_translates_stays_sure(tmp_path):
    # "name" is kept once ("Der Name"), but "enter" and "new" are translated elsewhere.
    found = _mt705(_po(tmp_path, [*TRANSLATED, ("Enter a new name", "Enter a new name")]))
    assert found == {"Enter a new name": 0.9}


def test_one_cognate_kept_is_no_name(tmp_path):
    # "Name" is German too: one kept word (the others unseen) is not enough for a name.
    found = _mt705(_po(tmp_path, [*TRANSLATED, ("Name Zorblat Quux", "Name Zorblat Quux")]))
    assert found == {"Name Zorblat Quux": 0.9}


def test_in_a_catalogue_left_partly_untranslated_every_copy_stays_sure(tmp_path):
    untranslated = [(source, source) for source, _ in TRANSLATED[10:]]
    copies = [("Harbor Stream Relay", "Harbor Stream Relay")]
    found = _mt705(_po(tmp_path, TRANSLATED[:10] + untranslated + copies))
    assert found["Harbor Stream Relay"] == 0.9
