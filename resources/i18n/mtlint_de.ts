<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>Applicability</name>
    <message>
        <location filename="../../desktop/i18n.py" line="+134"/>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsafe</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>display-only</source>
        <translation>nur Hinweis</translation>
    </message>
</context>
<context>
    <name>BacktranslationComparison</name>
    <message>
        <location filename="../../desktop/backtranslation_model.py" line="+215"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pivot text</source>
        <translation>Pivottext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trip</source>
        <translation>Rückübersetzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost or added</source>
        <translation>Verloren oder hinzugefügt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Semantic</source>
        <translation>Semantik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Back-translation comparison</source>
        <translation>Vergleich der Rückübersetzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Struck through: words the round trip dropped; underlined: words it added.</source>
        <translation>Durchgestrichen: Wörter, die bei der Rückübersetzung verloren gingen; unterstrichen: hinzugekommene Wörter.</translation>
    </message>
</context>
<context>
    <name>BacktranslationView</name>
    <message>
        <location filename="../../desktop/views/backtranslation.py" line="+138"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pivot:</source>
        <translation>P&amp;ivotsprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back-translate</source>
        <translation>R&amp;ückübersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translate every sentence to the pivot and back (Ctrl+B)</source>
        <translation>Jeden Satz in die Pivotsprache und zurück übersetzen (Strg+B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Back-translation is not available in this build of mtlint.</source>
        <translation>Die Rückübersetzung ist in diesem mtlint-Build nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language(s) to translate through and back (ISO 639-1; de,fr for two)</source>
        <translation>Sprache(n), in die übersetzt und zurückübersetzt wird (ISO 639-1; de,fr für zwei)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Only flagged</source>
        <translation>Nur markier&amp;te</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only with lost &amp;names or numbers</source>
        <translation>Nur mit verlorenen &amp;Namen oder Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show pivot te&amp;xt</source>
        <translation>Pivottext an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the comparison as CSV or HTML</source>
        <translation>Den Vergleich als CSV oder HTML speichern</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Open a document (Ctrl+O): its text shows here, each sentence underlined by score.</source>
        <translation>Öffnen Sie ein Dokument (Strg+O): Hier erscheint sein Text, jeder Satz nach seiner Bewertung unterstrichen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Press Back-translate to score each sentence&apos;s round trip.</source>
        <translation>Mit „Rückübersetzen“ wird jeder Satz hin- und zurückübersetzt und bewertet.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Loading the translation models… the first run takes a little while.</source>
        <translation>Die Übersetzungsmodelle werden geladen … der erste Durchlauf dauert etwas länger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Translating…</source>
        <translation>Übersetzung läuft…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1: %2 of %3 MB</source>
        <translation>%1: %2 von %3 MB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%v / %m sentences</source>
        <translation>%v / %m Sätze</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Models installed. Back-translating…</source>
        <translation>Modelle installiert. Rückübersetzung läuft…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Download %1 (%2)</source>
        <translation>%1 herunterladen (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offline: the %1 models cannot be downloaded now; install them from a file.</source>
        <translation>Offline: Die Modelle %1 können jetzt nicht heruntergeladen werden; installieren Sie sie aus einer Datei.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 sentences via %2; %3 flagged (chrF below %4 or content lost).</source>
        <translation>%1 Sätze über %2; %3 markiert (chrF unter %4 oder Inhalt verloren).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>semantic</source>
        <translation>semantisch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download failed: %1</source>
        <translation>Herunterladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Install translation packages</source>
        <translation>Übersetzungspakete installieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argos packages (*.argosmodel);;All files (*)</source>
        <translation>Argos-Pakete (*.argosmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing…</source>
        <translation>Wird installiert…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Source</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pivot (%1)</source>
        <translation>Pivot (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trip</source>
        <translation>Rückübersetzung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Back-translate (Ctrl+B) to score each sentence&apos;s round trip. The sentence you select in the table then appears here in full: the original, the pivot text, the sentence translated back and what changed. The text on the right is underlined by score: red under the threshold, amber near it, green above.</source>
        <translation>Rückübersetzen (Strg+B) bewertet die Hin- und Rückübersetzung jedes Satzes. Der Satz, den Sie dann in der Tabelle wählen, erscheint hier vollständig: das Original, der Text in der Pivotsprache, der zurückübersetzte Satz und was sich geändert hat. Der Text rechts wird nach Wertung unterstrichen: rot unter dem Schwellenwert, orange knapp darüber, grün darüber.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a sentence in the table to see it here in full: the original, the pivot text, the sentence translated back and what changed.</source>
        <translation>Wählen Sie einen Satz in der Tabelle, um ihn hier vollständig zu sehen: das Original, den Text in der Pivotsprache, den zurückübersetzten Satz und was sich geändert hat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv);;HTML (*.html)</source>
        <translation>CSV (*.csv);;HTML (*.html)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back-translation of %1</source>
        <translation>Rückübersetzung von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen exportiert nach %2</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Back-translation failed: %1</source>
        <translation>Rückübersetzung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Back-translation needs the %1 translation models, not installed yet.</source>
        <translation>Die Rückübersetzung braucht die Übersetzungsmodelle %1; sie sind noch nicht installiert.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(Models… installs translation packages.)</source>
        <translation>(Unter „Modelle…“ lassen sich Übersetzungspakete installieren.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download cancelled: nothing was installed.</source>
        <translation>Herunterladen abgebrochen: Es wurde nichts installiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back-translation cancelled.</source>
        <translation>Rückübersetzung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <location filename="../../desktop/models.py" line="+393"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per 1k words</source>
        <translation>Je 1.000 Wörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worst chrF</source>
        <translation>Niedrigster chrF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%Ln rule(s) crashed</source>
        <translation>
            <numerusform>%Ln Regel abgestürzt</numerusform>
            <numerusform>%Ln Regeln abgestürzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln other</source>
        <translation>
            <numerusform>%Ln sonstiger Befund</numerusform>
            <numerusform>%Ln sonstige Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not checked: excluded by the project</source>
        <translation>Nicht geprüft: vom Projekt ausgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked: not a translation catalogue</source>
        <translation>Nicht geprüft: kein Übersetzungskatalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked: a backup of the original (FILE.bak)</source>
        <translation>Nicht geprüft: eine Sicherung des Originals (DATEI.bak)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked: %1 files are not read</source>
        <translation>Nicht geprüft: %1-Dateien werden nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: no extension mtlint reads</source>
        <translation>Nicht geprüft: keine Endung, die mtlint liest</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Too few words to score (a score needs %1 or more)</source>
        <translation>Zu wenige Wörter für einen Qualitätswert (er braucht mindestens %1)</translation>
    </message>
</context>
<context>
    <name>BatchStatus</name>
    <message>
        <location filename="../../desktop/batch_status.py" line="+55"/>
        <source>Languages: %1</source>
        <translation>Sprachen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln with paragraphs in another language</source>
        <translation>
            <numerusform>%Ln mit Absätzen in einer anderen Sprache</numerusform>
            <numerusform>%Ln mit Absätzen in einer anderen Sprache</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No folder checked yet: choose one (Browse…) and press Check folder.</source>
        <translation>Noch kein Ordner geprüft: Wählen Sie einen (Durchsuchen…) und klicken Sie auf „Ordner prüfen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listing the files of %1…</source>
        <translation>Die Dateien von %1 werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checking %1: %2 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 wird geprüft: %2 von %Ln Datei</numerusform>
            <numerusform>%1 wird geprüft: %2 von %Ln Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../../desktop/views/batch.py" line="+193"/>
        <location line="+117"/>
        <source>Folder to check</source>
        <translation>Zu prüfender Ordner</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;cursive</source>
        <translation>Un&amp;terordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. *.html</source>
        <translation>z. B. *.html</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Glob:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round-trip &amp;scores</source>
        <translation>Rückübersetzungs&amp;werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-translate every file (slow; needs models)</source>
        <translation>Jede Datei rückübersetzen (langsam; benötigt Übersetzungsmodelle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check folder</source>
        <translation>Ordner pr&amp;üfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cance&amp;l</source>
        <translation>Abbreche&amp;n</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Double-click (or Enter) opens the file</source>
        <translation>Doppelklick (oder Eingabetaste) öffnet die Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+310"/>
        <source>Findings per family</source>
        <translation>Befunde je Regelfamilie</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report &amp;format:</source>
        <translation>Berichts&amp;format:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listing files…</source>
        <translation>Dateien werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%v / %Ln file(s)</source>
        <translation>
            <numerusform>%v / %Ln Datei</numerusform>
            <numerusform>%v / %Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>Dateien: %1 von %Ln</numerusform>
            <numerusform>Dateien: %1 von %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, %2, %3 (%4 per 1,000 words)</source>
        <translation>%1, %2, %3 (%4 je 1.000 Wörter)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln Befund</numerusform>
            <numerusform>%Ln Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>ETA %1</source>
        <translation>Restzeit: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln file(s) could not be checked</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht geprüft werden</numerusform>
            <numerusform>%Ln Dateien konnten nicht geprüft werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln file(s) not checked (see Status)</source>
        <translation>
            <numerusform>%Ln Datei nicht geprüft (siehe Status)</numerusform>
            <numerusform>%Ln Dateien nicht geprüft (siehe Status)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done in %1</source>
        <translation>Fertig nach %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Batch failed: %1</source>
        <translation>Stapelprüfung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Cancelled after %Ln file(s)</source>
        <translation>
            <numerusform>Abgebrochen nach %Ln Datei</numerusform>
            <numerusform>Abgebrochen nach %Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too few words for a quality score</source>
        <translation>zu wenige Wörter für einen Qualitätswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quality score %1</source>
        <translation>Qualitätswert %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 report (*.%2)</source>
        <translation>%1-Bericht (*.%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>CheckCancel</name>
    <message>
        <location filename="../../desktop/cancel_check.py" line="+27"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop checking this document (Esc)</source>
        <translation>Prüfung dieses Dokuments abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Check cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check of %1 cancelled</source>
        <translation>Prüfung von %1 abgebrochen</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../desktop/dialogs/checklist_editor.py" line="+57"/>
        <source>No checklist entries: press Add entry.</source>
        <translation>Keine Checklisteneinträge: „Eintrag hinzufügen“ drücken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add entry</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test on the open document</source>
        <translation>Am geöffneten Dokument &amp;testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a document to test the patterns on it</source>
        <translation>Ein Dokument öffnen, um die Muster daran zu testen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entry(ies), all valid</source>
        <translation>
            <numerusform>%Ln Eintrag, gültig</numerusform>
            <numerusform>%Ln Einträge, alle gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln match(es) in the open document</source>
        <translation>
            <numerusform>%Ln Treffer im geöffneten Dokument</numerusform>
            <numerusform>%Ln Treffer im geöffneten Dokument</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../desktop/backtranslation_model.py" line="-204"/>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trip (changes)</source>
        <translation>Rückübersetzung (Änderungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost or added</source>
        <translation>Verloren oder hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chrF</source>
        <translation>chrF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLEU</source>
        <translation>BLEU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semantic</source>
        <translation>Semantik</translation>
    </message>
</context>
<context>
    <name>CountsLine</name>
    <message>
        <location filename="../../desktop/counts_line.py" line="+19"/>
        <source>No machine-translation artefacts found</source>
        <translation>Keine Spuren maschineller Übersetzung gefunden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+18"/>
        <source>%Ln ignored</source>
        <translation>
            <numerusform>%Ln ignoriert</numerusform>
            <numerusform>%Ln ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln Befund</numerusform>
            <numerusform>%Ln Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln info</source>
        <translation>
            <numerusform>%Ln Hinweis</numerusform>
            <numerusform>%Ln Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln doubtful</source>
        <translation>
            <numerusform>%Ln zweifelhaft</numerusform>
            <numerusform>%Ln zweifelhaft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln with fix(es)</source>
        <translation>
            <numerusform>%Ln mit Korrekturvorschlag</numerusform>
            <numerusform>%Ln mit Korrekturvorschlägen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../desktop/editing.py" line="+76"/>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New from &amp;clipboard</source>
        <translation>&amp;Neu aus der Zwischenablage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding &amp;actions…</source>
        <translation>Aktionen zum &amp;Befund…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rules…</source>
        <translation>&amp;Regeln…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(text)</source>
        <translation>(Text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — mtlint</source>
        <translation>%1[*] — mtlint</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document has unsaved changes. Save them?</source>
        <translation>Das Dokument hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1; the original is kept as %2</source>
        <translation>%1 gespeichert; das Original bleibt als %2 erhalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No finding in this row.</source>
        <translation>Kein Befund in dieser Zeile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No finding at the cursor.</source>
        <translation>Kein Befund an der Cursorposition.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This change cannot be written into the file (%1): undo it (Ctrl+Z).</source>
        <translation>Diese Änderung lässt sich nicht in die Datei schreiben (%1): bitte rückgängig machen (Strg+Z).</translation>
    </message>
</context>
<context>
    <name>DocumentEdit</name>
    <message>
        <location filename="../../desktop/views/document_view.py" line="+369"/>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or</source>
        <translation>oder</translation>
    </message>
</context>
<context>
    <name>FindingMenu</name>
    <message numerus="yes">
        <location filename="../../desktop/views/finding_menu.py" line="+55"/>
        <source>(%n places)</source>
        <translation>
            <numerusform>(%n Stelle)</numerusform>
            <numerusform>(%n Stellen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
        <source>Apply: %1 (%2)</source>
        <translation>Anwenden: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>at all %n</source>
        <translation>
            <numerusform>an %n Stelle</numerusform>
            <numerusform>an allen %n Stellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no automatic fix)</source>
        <translation>(keine automatische Korrektur)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignore &amp;here</source>
        <translation>&amp;Hier ignorieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore for &amp;good</source>
        <translation>&amp;Dauerhaft ignorieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Explain rule…</source>
        <translation>Regel &amp;erklären…</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../desktop/models.py" line="-418"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested fix</source>
        <translation>Korrekturvorschlag</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Unit %1 · line %2 of the file</source>
        <translation>Einheit %1 · Zeile %2 der Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Doubtful: confidence %1, under your bar of %2</source>
        <translation>Zweifelhaft: Konfidenz %1, unter Ihrer Schwelle von %2</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop/views/findings_panel.py" line="+50"/>
        <source>All families</source>
        <translation>Alle Regelfamilien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search findings (Ctrl+F)</source>
        <translation>Befunde durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Doubtful</source>
        <translation>&amp;Zweifelhafte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also show findings under your confidence bar (down to %1), muted and in italics: more recall, more false alarms. They are never accepted in bulk.</source>
        <translation>Auch Befunde unter Ihrer Konfidenzschwelle zeigen (bis %1), gedämpft und kursiv: mehr Treffer, mehr Fehlalarme. Sie werden nie gesammelt übernommen.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No machine-translation artefacts were found in this text.</source>
        <translation>In diesem Text wurden keine Spuren maschineller Übersetzung gefunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Confidence %1: nearly every finding of this kind was right on labelled real machine translation (measured where enough were seen, otherwise estimated).</source>
        <translation>Konfidenz %1: fast jeder Befund dieser Art war auf ausgezeichneter echter maschineller Übersetzung richtig (gemessen, wo genug vorkamen, sonst geschätzt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confidence %1: about %2 in 10 findings of this kind were right on labelled real machine translation (measured where enough were seen, otherwise estimated).</source>
        <translation>Konfidenz %1: etwa %2 von 10 Befunden dieser Art waren auf ausgezeichneter echter maschineller Übersetzung richtig (gemessen, wo genug vorkamen, sonst geschätzt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Doubtful: under your bar of %1, listed because Doubtful is on. Decide it yourself: Accept all safe and mtlint fix leave it alone.</source>
        <translation>Zweifelhaft: unter Ihrer Schwelle von %1, gelistet, weil „Zweifelhafte“ eingeschaltet ist. Entscheiden Sie selbst: „Sichere annehmen“ und mtlint fix lassen ihn unverändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2, confidence %3</source>
        <translation>%1, %2, Konfidenz %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix safety</source>
        <translation>Sicherheit der Korrektur</translation>
    </message>
</context>
<context>
    <name>LanguageCoveragePage</name>
    <message>
        <location filename="../../desktop/dialogs/language_coverage.py" line="+95"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the language tables…</source>
        <translation>Die Sprachtabellen werden gelesen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 rules run in every language (the last row lists them); the others need a language&apos;s data and run only for the languages shown with them.</source>
        <translation>%1 Regeln laufen in jeder Sprache (die letzte Zeile nennt sie); die übrigen brauchen die Daten einer Sprache und laufen nur für die Sprachen, bei denen sie stehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>language table</source>
        <translation>Sprachtabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>casing</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gazetteer</source>
        <translation>Namensliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typography</source>
        <translation>Typografie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repetition</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>every language</source>
        <translation>jede Sprache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this language</source>
        <translation>diese Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any other language</source>
        <translation>Jede andere Sprache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only the %1 for every language</source>
        <translation>nur die %1 für jede Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 + %2 for every language</source>
        <translation>%1 + %2 für jede Sprache</translation>
    </message>
</context>
<context>
    <name>LanguageStatus</name>
    <message>
        <location filename="../../desktop/language_status.py" line="+13"/>
        <source>set in Settings or the project file</source>
        <translation>in den Einstellungen oder der Projektdatei festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declared by the file</source>
        <translation>von der Datei angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: too little text to identify</source>
        <translation>Standard: zu wenig Text zum Erkennen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Target language: %1 (%2), %3</source>
        <translation>Zielsprache: %1 (%2), %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target language: %1 (%2)</source>
        <translation>Zielsprache: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language: %1 (%2), %3</source>
        <translation>Sprache: %1 (%2), %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: %1 (%2)</source>
        <translation>Sprache: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/batch_status.py" line="-32"/>
        <location filename="../../desktop/language_status.py" line="+18"/>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/language_status.py" line="+2"/>
        <source>%1 (lines %2–%3)</source>
        <translation>%1 (Zeilen %2–%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/language_status.py" line="+4"/>
        <source> · also checked as %1</source>
        <translation> · auch geprüft als %1</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop/views/document_view.py" line="+33"/>
        <source>Legend:</source>
        <translation>Legende:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Findings of the %1 family</source>
        <translation>Befunde der Regelfamilie „%1“</translation>
    </message>
</context>
<context>
    <name>LiveEditor</name>
    <message>
        <location filename="../../desktop/live_edit.py" line="+50"/>
        <source>Bilingual file: edit the targets in the segment grid.</source>
        <translation>Zweisprachige Datei: Zieltexte im Segmentraster bearbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: this format&apos;s text cannot be edited in place; review its fixes instead.</source>
        <translation>Schreibgeschützt: Der Text dieses Formats kann nicht direkt bearbeitet werden; prüfen Sie stattdessen die Korrekturen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editing the page&apos;s visible text: a change across a paragraph break or markup cannot be saved into the HTML.</source>
        <translation>Sie bearbeiten den sichtbaren Text der Seite: Eine Änderung über einen Absatzwechsel oder Markup hinweg kann nicht ins HTML gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+81"/>
        <source>mtlint</source>
        <translation>mtlint</translation>
    </message>
    <message>
        <location line="+73"/>
        <location filename="../../desktop/window_actions.py" line="+132"/>
        <source>&amp;Document</source>
        <translation>Dok&amp;ument</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/window_actions.py" line="+1"/>
        <source>&amp;Review fixes</source>
        <translation>&amp;Korrekturen überprüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/window_actions.py" line="+1"/>
        <source>Back-&amp;translation</source>
        <translation>&amp;Rückübersetzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/window_actions.py" line="+1"/>
        <source>&amp;Batch</source>
        <translation>Sta&amp;pelprüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/window_actions.py" line="-85"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a document to check</source>
        <translation>Ein Dokument zum Prüfen öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check a &amp;folder…</source>
        <translation>&amp;Ordner prüfen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch-check every document in a folder</source>
        <translation>Alle Dokumente eines Ordners in einer Stapelprüfung prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Re-check</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the document again (F5)</source>
        <translation>Das Dokument erneut prüfen (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save fi&amp;xed copy…</source>
        <translation>Korrigierte Kopie &amp;speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the accepted fixes as NAME.fixed.EXT</source>
        <translation>Die angenommenen Korrekturen als NAME.fixed.EXT speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Next finding</source>
        <translation>&amp;Nächster Befund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to the next finding (F8)</source>
        <translation>Zum nächsten Befund (F8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous finding</source>
        <translation>&amp;Vorheriger Befund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to the previous finding (Shift+F8)</source>
        <translation>Zum vorherigen Befund (Umschalt+F8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;view this fix</source>
        <translation>Diese Korrektur &amp;überprüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected finding&apos;s fix in the side-by-side review</source>
        <translation>Die Korrektur des gewählten Befunds in der Gegenüberstellung überprüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Ignore finding for good</source>
        <translation>Befund dauerhaft &amp;ignorieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss the selected finding in the project&apos;s .mtlint-ignore file</source>
        <translation>Den gewählten Befund über die .mtlint-ignore-Datei des Projekts dauerhaft ausblenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find in findings</source>
        <translation>In Befunden &amp;suchen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Back-translate</source>
        <translation>&amp;Rückübersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score every sentence&apos;s round trip (Ctrl+B)</source>
        <translation>Jeden Satz hin- und zurückübersetzen und bewerten (Strg+B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation &amp;models…</source>
        <translation>Übersetzungs&amp;modelle…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules, thresholds, pivot and language</source>
        <translation>Regeln, Schwellenwerte, Pivotsprache und Dokumentsprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About mtlint</source>
        <translation>&amp;Über mtlint</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="+51"/>
        <source>Open a document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (%1);;All files (*)</source>
        <translation>Dokumente (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the document</source>
        <translation>Das Dokument kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  Open a document (Ctrl+O), drop a file or folder here, or check a folder (Ctrl+Shift+O).</source>
        <translation>  Öffnen Sie ein Dokument (Strg+O), ziehen Sie eine Datei oder einen Ordner hierher oder prüfen Sie einen ganzen Ordner (Strg+Umschalt+O).</translation>
    </message>
    <message>
        <location filename="../../desktop/status_line.py" line="+28"/>
        <source>No document</source>
        <translation>Kein Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="+17"/>
        <source>(text)</source>
        <translation>(Text)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Some rules crashed and were skipped: %1</source>
        <translation>Einige Regeln sind abgestürzt und wurden übersprungen: %1</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>This finding has no fix to review.</source>
        <translation>Zu diesem Befund gibt es keine Korrektur zum Überprüfen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This build cannot keep ignores.</source>
        <translation>Dieser Build kann Befunde nicht dauerhaft ignorieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the ignore file: %1</source>
        <translation>Die Ignorierdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ignored for good in %2</source>
        <translation>%1 dauerhaft ignoriert (in %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>About mtlint</source>
        <translation>Über mtlint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;mtlint&lt;/b&gt; finds the damage machine translation leaves in text: glued words, lost sentence breaks, stray ellipses, casing drift — and scores each sentence&apos;s round trip through offline translation.&lt;br&gt;&lt;br&gt;Back-translation: %1</source>
        <translation>&lt;b&gt;mtlint&lt;/b&gt; findet die Schäden, die maschinelle Übersetzung im Text hinterlässt: zusammengeklebte Wörter, verlorene Satzgrenzen, verirrte Auslassungspunkte, abweichende Groß-/Kleinschreibung – und bewertet für jeden Satz die Rückübersetzung mit einer Offline-Übersetzung.&lt;br&gt;&lt;br&gt;Rückübersetzung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available in this build</source>
        <translation>in diesem Build nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>ModelsBar</name>
    <message>
        <location filename="../../desktop/views/backtranslation.py" line="-417"/>
        <source>Install from fi&amp;le…</source>
        <translation>Aus Datei in&amp;stallieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel download</source>
        <translation>Herunterladen abbrechen</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/models_dialog.py" line="+46"/>
        <source>Translation models</source>
        <translation>Übersetzungsmodelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Install from file…</source>
        <translation>Aus Datei &amp;installieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel download</source>
        <translation>Herunterladen a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Installed Argos Translate packages:</source>
        <translation>Installierte Argos-Translate-Pakete:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back-translation is not available in this build.</source>
        <translation>Die Rückübersetzung ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading installed models…</source>
        <translation>Installierte Modelle werden gelesen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing %1…</source>
        <translation>%1 wird installiert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install a translation package</source>
        <translation>Übersetzungspaket installieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argos packages (*.argosmodel);;All files (*)</source>
        <translation>Argos-Pakete (*.argosmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fetching the package index…</source>
        <translation>Paketverzeichnis wird abgerufen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No packages available to download.</source>
        <translation>Keine Pakete zum Herunterladen verfügbar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download a package</source>
        <translation>Paket herunterladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download cancelled: nothing was installed.</source>
        <translation>Herunterladen abgebrochen: Es wurde nichts installiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove package</source>
        <translation>Paket entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the %1 → %2 package?</source>
        <translation>Das Paket %1 → %2 entfernen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln package(s) installed.</source>
        <translation>
            <numerusform>%Ln Paket installiert.</numerusform>
            <numerusform>%Ln Pakete installiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No translation packages installed. Install a .argosmodel file, or download one when online.</source>
        <translation>Keine Übersetzungspakete installiert. Installieren Sie eine .argosmodel-Datei oder laden Sie online ein Paket herunter.</translation>
    </message>
</context>
<context>
    <name>Occurrences</name>
    <message>
        <location filename="../../desktop/dialogs/occurrences.py" line="+282"/>
        <source>&amp;Occurrences…</source>
        <translation>&amp;Vorkommen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every occurrence behind the selected file&apos;s consistency findings</source>
        <translation>Alle Vorkommen hinter den Konsistenzbefunden der gewählten Datei</translation>
    </message>
</context>
<context>
    <name>OccurrencesDialog</name>
    <message>
        <location line="-156"/>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
</context>
<context>
    <name>OccurrencesModel</name>
    <message>
        <location line="-38"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ReadNotes</name>
    <message>
        <location filename="../../desktop/read_notes.py" line="+18"/>
        <source>The file holds no text: nothing to check.</source>
        <translation>Die Datei enthält keinen Text: nichts zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/review_table.py" line="+113"/>
        <source>[%Ln alternative(s)]</source>
        <translation>
            <numerusform>[%Ln Alternative]</numerusform>
            <numerusform>[%Ln Alternativen]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Doubtful: confidence %1, under your bar of %2; decide it yourself</source>
        <translation>Zweifelhaft: Konfidenz %1, unter Ihrer Schwelle von %2; entscheiden Sie selbst</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop/views/review.py" line="+102"/>
        <source>&amp;Accept</source>
        <translation>A&amp;nnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the selected fix (A)</source>
        <translation>Gewählte Korrektur annehmen (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected fix (R)</source>
        <translation>Gewählte Korrektur ablehnen (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all &amp;safe</source>
        <translation>Sichere ann&amp;ehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept every pending fix marked safe (Ctrl+Shift+A)</source>
        <translation>Alle offenen, als sicher markierten Korrekturen annehmen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject a&amp;ll</source>
        <translation>Alle &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>R&amp;ückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last decision (Ctrl+Z)</source>
        <translation>Letzte Entscheidung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose among the suggested alternatives</source>
        <translation>Unter den vorgeschlagenen Alternativen wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+387"/>
        <source>Edit the replacement by hand, then Enter</source>
        <translation>Ersetzung von Hand bearbeiten, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>Sa&amp;ve as…</source>
        <translation>Spei&amp;chern unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the accepted fixes to a new file (NAME.fixed.EXT)</source>
        <translation>Die angenommenen Korrekturen in einer neuen Datei speichern (NAME.fixed.EXT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite…</source>
        <translation>Überschre&amp;iben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the accepted fixes into the original (a .bak copy is kept)</source>
        <translation>Die angenommenen Korrekturen ins Original schreiben (eine .bak-Kopie bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alternati&amp;ve:</source>
        <translation>Al&amp;ternative:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Replacement:</source>
        <translation>Erset&amp;zung:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With accepted fixes (pending ones previewed)</source>
        <translation>Mit angenommenen Korrekturen (offene als Vorschau)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_table.py" line="-89"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review.py" line="+288"/>
        <source>%1 fixes: %2 accepted, %3 rejected, %4 pending</source>
        <translation>Korrekturvorschläge: %1 · angenommen: %2 · abgelehnt: %3 · offen: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln overlapping fix(es) not applied</source>
        <translation>
            <numerusform>%Ln überlappende Korrektur nicht angewendet</numerusform>
            <numerusform>%Ln überlappende Korrekturen nicht angewendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+12"/>
        <source>pending: not accepted yet</source>
        <translation>offen: noch nicht angenommen</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Preparing the review…</source>
        <translation>Die Überprüfung wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a document (Ctrl+O): its text and the fixes mtlint suggests show here.</source>
        <translation>Öffnen Sie ein Dokument (Strg+O): Hier erscheinen sein Text und die Korrekturen, die mtlint vorschlägt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text with the fixes you accept shows here.</source>
        <translation>Hier erscheint der Text mit den Korrekturen, die Sie annehmen.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Updating the preview…</source>
        <translation>Die Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Too long to edit here: edit it in the Document tab</source>
        <translation>Zu lang, um es hier zu bearbeiten: im Reiter „Dokument“ bearbeiten</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Save fixed copy</source>
        <translation>Korrigierte Kopie speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overwrite the original?</source>
        <translation>Original überschreiben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write %1 accepted fix(es) into %2?
The original is kept as %3.</source>
        <translation>Angenommene Korrekturen (%1) in %2 schreiben?
Das Original bleibt als %3 erhalten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1; the original is kept as %2</source>
        <translation>%1 gespeichert; das Original bleibt als %2 erhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>RuleBrowser</name>
    <message>
        <location filename="../../desktop/dialogs/rule_browser.py" line="+186"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search rules (code, name, family, text)</source>
        <translation>Regeln durchsuchen (Code, Name, Familie, Text)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switching a rule on or off writes %1.</source>
        <translation>Das Ein- und Ausschalten einer Regel wird in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switching a rule on or off writes the app&apos;s settings.</source>
        <translation>Das Ein- und Ausschalten einer Regel wird in den Einstellungen der App gespeichert.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>all languages</source>
        <translation>alle Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What it finds</source>
        <translation>Was sie findet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix safety</source>
        <translation>Sicherheit der Korrektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known false positives</source>
        <translation>Bekannte Fehlalarme</translation>
    </message>
</context>
<context>
    <name>RuleFamily</name>
    <message>
        <location filename="../../desktop/i18n.py" line="-23"/>
        <source>spacing</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>punctuation</source>
        <translation>Zeichensetzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>casing</source>
        <translation>Großschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bilingual</source>
        <translation>Zweisprachig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backtranslation</source>
        <translation>Rückübersetzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residue</source>
        <translation>Seitenreste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>garble</source>
        <translation>Entstellte Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../desktop/dialogs/rule_browser.py" line="-214"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>SegmentGrid</name>
    <message>
        <location filename="../../desktop/views/segment_grid.py" line="+317"/>
        <source>Only rows with &amp;findings</source>
        <translation>Nur Zeilen mit Be&amp;funden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All families</source>
        <translation>Alle Familien</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location line="-244"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit segment %1</source>
        <translation>Segment %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Fix segment %1</source>
        <translation>Segment %1 korrigieren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="+61"/>
        <source>mtlint settings</source>
        <translation>mtlint-Einstellungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+82"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of menus, buttons and messages (MTLINT_UI_LANGUAGE overrides it)</source>
        <translation>Sprache der Menüs, Schaltflächen und Meldungen (MTLINT_UI_LANGUAGE hat Vorrang)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect when mtlint is restarted.</source>
        <translation>Wird nach einem Neustart von mtlint wirksam.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hide findings below &amp;confidence:</source>
        <translation>Befunde unter dieser &amp;Konfidenz ausblenden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round-trip chrF &amp;threshold:</source>
        <translation>chrF-&amp;Schwellenwert der Rückübersetzung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;pivot language:</source>
        <translation>Standard-&amp;Pivotsprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;language:</source>
        <translation>&amp;Dokumentsprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User interface language:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>By &amp;family</source>
        <translation>Nach &amp;Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By l&amp;anguage</source>
        <translation>Nach Spr&amp;ache</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Language(s) to translate through and back (ISO 639-1; de,fr for two)</source>
        <translation>Sprache(n), in die übersetzt und zurückübersetzt wird (ISO 639-1; de,fr für zwei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Checklist (your own patterns, codes MTC-…)</source>
        <translation>Checkliste (eigene Muster, Codes MTC-…)</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The project file %1 wins over these settings for every value it sets.</source>
        <translation>Die Projektdatei %1 hat für jeden Wert, den sie festlegt, Vorrang vor diesen Einstellungen.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../desktop/i18n.py" line="+3"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>SourceCompare</name>
    <message>
        <location filename="../../desktop/compare_source.py" line="+50"/>
        <source>Compare with &amp;source file…</source>
        <translation>Mit &amp;Quelldatei vergleichen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair this catalogue&apos;s strings with a source-language file, key by key</source>
        <translation>Die Texte dieses Katalogs Schlüssel für Schlüssel mit einer Datei der Ausgangssprache paaren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Source file for %1</source>
        <translation>Quelldatei für %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same format (*%1);;All files (*)</source>
        <translation>Gleiches Format (*%1);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>
