<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BatchModel</name>
    <message numerus="yes">
        <location filename="../../desktop/models.py" line="+451"/>
        <source>%Ln rule(s) crashed</source>
        <translation>
            <numerusform>%Ln rule crashed</numerusform>
            <numerusform>%Ln rules crashed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln other</source>
        <translation>
            <numerusform>%Ln other</numerusform>
            <numerusform>%Ln other</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchStatus</name>
    <message numerus="yes">
        <location filename="../../desktop/batch_status.py" line="+54"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln with paragraphs in another language</source>
        <translation>
            <numerusform>%Ln with paragraphs in another language</numerusform>
            <numerusform>%Ln with paragraphs in another language</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Checking %1: %2 of %Ln file(s)</source>
        <translation>
            <numerusform>Checking %1: %2 of %Ln file</numerusform>
            <numerusform>Checking %1: %2 of %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/batch.py" line="+376"/>
        <source>%v / %Ln file(s)</source>
        <translation>
            <numerusform>%v / %Ln file</numerusform>
            <numerusform>%v / %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 of %Ln file</numerusform>
            <numerusform>%1 of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln file(s) could not be checked</source>
        <translation>
            <numerusform>%Ln file could not be checked</numerusform>
            <numerusform>%Ln files could not be checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln file(s) not checked (see Status)</source>
        <translation>
            <numerusform>%Ln file not checked (see Status)</numerusform>
            <numerusform>%Ln files not checked (see Status)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>Cancelled after %Ln file(s)</source>
        <translation>
            <numerusform>Cancelled after %Ln file</numerusform>
            <numerusform>Cancelled after %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/checklist_editor.py" line="+100"/>
        <source>%Ln entry(ies), all valid</source>
        <translation>
            <numerusform>%Ln entry, valid</numerusform>
            <numerusform>%Ln entries, all valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln match(es) in the open document</source>
        <translation>
            <numerusform>%Ln match in the open document</numerusform>
            <numerusform>%Ln matches in the open document</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsLine</name>
    <message numerus="yes">
        <location filename="../../desktop/counts_line.py" line="+21"/>
        <location line="+18"/>
        <source>%Ln ignored</source>
        <translation>
            <numerusform>%Ln ignored</numerusform>
            <numerusform>%Ln ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln info</source>
        <translation>
            <numerusform>%Ln info</numerusform>
            <numerusform>%Ln info</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln doubtful</source>
        <translation>
            <numerusform>%Ln doubtful</numerusform>
            <numerusform>%Ln doubtful</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln with fix(es)</source>
        <translation>
            <numerusform>%Ln with a fix</numerusform>
            <numerusform>%Ln with fixes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingMenu</name>
    <message numerus="yes">
        <location filename="../../desktop/views/finding_menu.py" line="+55"/>
        <source>(%n places)</source>
        <translation>
            <numerusform>(%n place)</numerusform>
            <numerusform>(%n places)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>at all %n</source>
        <translation>
            <numerusform>at %n place</numerusform>
            <numerusform>at all %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/models_dialog.py" line="+220"/>
        <source>%Ln package(s) installed.</source>
        <translation>
            <numerusform>%Ln package installed.</numerusform>
            <numerusform>%Ln packages installed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/review_table.py" line="+113"/>
        <source>[%Ln alternative(s)]</source>
        <translation>
            <numerusform>[%Ln alternative]</numerusform>
            <numerusform>[%Ln alternatives]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <location filename="../../desktop/views/review.py" line="+466"/>
        <source>%Ln overlapping fix(es) not applied</source>
        <translation>
            <numerusform>%Ln overlapping fix not applied</numerusform>
            <numerusform>%Ln overlapping fixes not applied</numerusform>
        </translation>
    </message>
</context>
</TS>
