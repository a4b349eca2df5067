<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>flank::render::Legend</name>
    <message numerus="yes">
        <source>%n fortification programme(s): point at a band for its name</source>
        <translation>
            <numerusform>%n fortification programme: point at a band for its name</numerusform>
            <numerusform>%n fortification programmes: point at a band for its name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s), one color each</source>
        <translation>
            <numerusform>%n fortification programme, one color each</numerusform>
            <numerusform>%n fortification programmes, one color each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationTools</name>
    <message numerus="yes">
        <source>Some of the file could not be read; %n annotation(s) loaded.</source>
        <translation>
            <numerusform>Some of the file could not be read; %n annotation loaded.</numerusform>
            <numerusform>Some of the file could not be read; %n annotations loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::CitationExporter</name>
    <message numerus="yes">
        <source>%n source(s) written to %1</source>
        <translation>
            <numerusform>%n source written to %1</numerusform>
            <numerusform>%n sources written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::EditionChanges</name>
    <message numerus="yes">
        <source>%n record(s) added, removed or changed; %1 status(es) on %2 differ.</source>
        <translation>
            <numerusform>%n record added, removed or changed; %1 status(es) on %2 differ.</numerusform>
            <numerusform>%n records added, removed or changed; %1 status(es) on %2 differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::MainWindow</name>
    <message numerus="yes">
        <source>Flank Atlas did not close properly last time. Recover the %n unsaved annotation(s)?</source>
        <translation>
            <numerusform>Flank Atlas did not close properly last time. Recover the %n unsaved annotation?</numerusform>
            <numerusform>Flank Atlas did not close properly last time. Recover the %n unsaved annotations?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::StatePanel</name>
    <message numerus="yes">
        <source>%n later step(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n later step not shown: move the timeline forward.</numerusform>
            <numerusform>%n later steps not shown: move the timeline forward.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later quote(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n later quote not shown: move the timeline forward.</numerusform>
            <numerusform>%n later quotes not shown: move the timeline forward.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later figure(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n later figure not shown: move the timeline forward.</numerusform>
            <numerusform>%n later figures not shown: move the timeline forward.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later note(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n later note not shown: move the timeline forward.</numerusform>
            <numerusform>%n later notes not shown: move the timeline forward.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later programme(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n later programme not shown: move the timeline forward.</numerusform>
            <numerusform>%n later programmes not shown: move the timeline forward.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineSlider</name>
    <message numerus="yes">
        <source>… and %n more on nearby days</source>
        <translation>
            <numerusform>… and %n more on nearby days</numerusform>
            <numerusform>… and %n more on nearby days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::VideoExportDialog</name>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>About %n second left</numerusform>
            <numerusform>About %n seconds left</numerusform>
        </translation>
    </message>
</context>
</TS>
