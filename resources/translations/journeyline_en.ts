<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionListUpdate</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
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
</TS>
