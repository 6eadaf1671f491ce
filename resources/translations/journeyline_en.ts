<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionFilters</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} of %n action</numerusform>
            <numerusform>{shown} of %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionListUpdate</name>
    <message numerus="yes">
        <source>{file} cannot be used: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>{file} cannot be used: %n problem; nothing was changed.</numerusform>
            <numerusform>{file} cannot be used: %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n new action</numerusform>
            <numerusform>%n new actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new owner(s)</source>
        <translation>
            <numerusform>%n new owner</numerusform>
            <numerusform>%n new owners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message numerus="yes">
        <source>%n action row(s)</source>
        <translation>
            <numerusform>%n action row</numerusform>
            <numerusform>%n action rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n new action</numerusform>
            <numerusform>%n new actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message numerus="yes">
        <source>Clear moment of truth of %n station(s)</source>
        <translation>
            <numerusform>Clear moment of truth of station</numerusform>
            <numerusform>Clear moment of truth of %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Delete action</numerusform>
            <numerusform>Delete %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation>
            <numerusform>Delete line</numerusform>
            <numerusform>Delete %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phase(s)</source>
        <translation>
            <numerusform>Delete phase</numerusform>
            <numerusform>Delete %n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n station(s)</source>
        <translation>
            <numerusform>Delete station</numerusform>
            <numerusform>Delete %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n station(s)</source>
        <translation>
            <numerusform>Duplicate station</numerusform>
            <numerusform>Duplicate %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n station(s) as moment of truth</source>
        <translation>
            <numerusform>Mark station as moment of truth</numerusform>
            <numerusform>Mark %n stations as moment of truth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n station(s)</source>
        <translation>
            <numerusform>Move station</numerusform>
            <numerusform>Move %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n station(s)</source>
        <translation>
            <numerusform>Paste station</numerusform>
            <numerusform>Paste %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set emotion of %n station(s)</source>
        <translation>
            <numerusform>Set emotion of station</numerusform>
            <numerusform>Set emotion of %n stations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message numerus="yes">
        <source>Please check %n note(s):</source>
        <translation>
            <numerusform>Please check %n note:</numerusform>
            <numerusform>Please check %n notes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapOperations</name>
    <message numerus="yes">
        <source>Delete the line {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Delete the line {name} and its %n station?</numerusform>
            <numerusform>Delete the line {name} and its %n stations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the phase {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Delete the phase {name} and its %n station?</numerusform>
            <numerusform>Delete the phase {name} and its %n stations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} lines and their %n station(s)?</source>
        <translation>
            <numerusform>Delete {count} lines and their %n station?</numerusform>
            <numerusform>Delete {count} lines and their %n stations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} phases and their %n station(s)?</source>
        <translation>
            <numerusform>Delete {count} phases and their %n station?</numerusform>
            <numerusform>Delete {count} phases and their %n stations?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n pain point</numerusform>
            <numerusform>%n pain points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) of truth</source>
        <translation>
            <numerusform>%n moment of truth</numerusform>
            <numerusform>%n moments of truth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more in the spotlight</source>
        <translation>
            <numerusform>+%n more in the spotlight</numerusform>
            <numerusform>+%n more in the spotlight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTooltips</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message numerus="yes">
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>… and %n more (see Show Details).</numerusform>
            <numerusform>… and %n more (see Show Details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnersPanel</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message numerus="yes">
        <source>%n stations selected</source>
        <translation>
            <numerusform>%n stations selected</numerusform>
            <numerusform>%n stations selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases selected</source>
        <translation>
            <numerusform>%n phases selected</numerusform>
            <numerusform>%n phases selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines selected</source>
        <translation>
            <numerusform>%n lines selected</numerusform>
            <numerusform>%n lines selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>and %Ln more problem</numerusform>
            <numerusform>and %Ln more problems</numerusform>
        </translation>
    </message>
</context>
</TS>
