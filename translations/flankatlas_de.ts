<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>flank::annotate</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>flank::exporting::TimelineVideo</name>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
</context>
<context>
    <name>flank::posture::DatedSteps</name>
    <message>
        <source>announced</source>
        <translation>angekündigt</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>Baubeginn</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fertiggestellt</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>endet</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>beginnt</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>flank::posture::Fortification</name>
    <message>
        <source>fence</source>
        <translation>Zaun</translation>
    </message>
    <message>
        <source>dragon&apos;s teeth</source>
        <translation>Drachenzähne</translation>
    </message>
    <message>
        <source>bunkers</source>
        <translation>Bunker</translation>
    </message>
    <message>
        <source>anti-tank obstacles</source>
        <translation>Panzersperren</translation>
    </message>
    <message>
        <source>minefields (planned)</source>
        <translation>Minenfelder (geplant)</translation>
    </message>
    <message>
        <source>minefields (prepared)</source>
        <translation>Minenfelder (vorbereitet)</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>forest barriers</source>
        <translation>Waldsperren</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>not yet announced</source>
        <translation>noch nicht angekündigt</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>angekündigt</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>im Bau</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fertiggestellt</translation>
    </message>
    <message>
        <source>the whole border</source>
        <translation>die gesamte Grenze</translation>
    </message>
    <message>
        <source>part of the border</source>
        <translation>ein Teil der Grenze</translation>
    </message>
    <message>
        <source>ditches</source>
        <translation>Gräben</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>Straßen</translation>
    </message>
</context>
<context>
    <name>flank::posture::Status</name>
    <message>
        <source>Party</source>
        <translation>Vertragsstaat</translation>
    </message>
    <message>
        <source>The state has joined the treaty and is bound by all of its rules.</source>
        <translation>Der Staat ist Vertragsstaat und an alle Bestimmungen des Übereinkommens gebunden.</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Aussetzung erklärt</translation>
    </message>
    <message>
        <source>The state says it has suspended the treaty. The treaty has no rule for a suspension, so in law the state is still bound.</source>
        <translation>Der Staat erklärt, das Übereinkommen ausgesetzt zu haben. Das Übereinkommen sieht keine Aussetzung vor; rechtlich bleibt der Staat daher gebunden.</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Rücktritt angekündigt</translation>
    </message>
    <message>
        <source>The government has said it will leave. Nothing has changed in law yet: the state is still bound.</source>
        <translation>Die Regierung hat den Rücktritt angekündigt. Rechtlich hat sich noch nichts geändert: Der Staat ist weiterhin gebunden.</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Rücktritt gebilligt</translation>
    </message>
    <message>
        <source>Parliament or a law has approved leaving, but the UN has not yet been told. The state is still bound.</source>
        <translation>Das Parlament oder ein Gesetz hat den Rücktritt gebilligt, er wurde den Vereinten Nationen aber noch nicht notifiziert. Der Staat ist weiterhin gebunden.</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>Rücktritt notifiziert</translation>
    </message>
    <message>
        <source>The state has formally told the UN Secretary-General it is leaving. It stays bound until the withdrawal takes effect, six months later.</source>
        <translation>Der Staat hat dem Generalsekretär der Vereinten Nationen seinen Rücktritt förmlich notifiziert. Er bleibt gebunden, bis der Rücktritt sechs Monate später wirksam wird.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgetreten</translation>
    </message>
    <message>
        <source>The withdrawal has taken effect: the state is no longer bound.</source>
        <translation>Der Rücktritt ist wirksam geworden: Der Staat ist nicht mehr gebunden.</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Unterzeichnerstaat</translation>
    </message>
    <message>
        <source>The state signed the treaty but has not ratified it, so it is not bound by it; it should not act against the treaty&apos;s purpose.</source>
        <translation>Der Staat hat das Übereinkommen unterzeichnet, aber nicht ratifiziert, und ist daher nicht daran gebunden; er soll jedoch nichts tun, was Ziel und Zweck des Übereinkommens vereiteln würde.</translation>
    </message>
    <message>
        <source>Not a party</source>
        <translation>Kein Vertragsstaat</translation>
    </message>
    <message>
        <source>The state has never joined the treaty.</source>
        <translation>Der Staat ist nie Vertragsstaat des Übereinkommens geworden.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state.</source>
        <translation>Flank Atlas hat für diesen Staat keinen belegten Eintrag.</translation>
    </message>
</context>
<context>
    <name>flank::posture::StepKind</name>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation>Ratifiziert</translation>
    </message>
    <message>
        <source>Acceded</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>In force for the state</source>
        <translation>Für den Staat in Kraft</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Rücktritt angekündigt</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Rücktritt gebilligt</translation>
    </message>
    <message>
        <source>Withdrawal notified to the UN</source>
        <translation>Rücktritt den VN notifiziert</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>Rücktritt wirksam</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Aussetzung erklärt</translation>
    </message>
</context>
<context>
    <name>flank::posture::Treaty</name>
    <message>
        <source>Ottawa Convention</source>
        <translation>Ottawa-Übereinkommen</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions</source>
        <translation>Übereinkommen über Streumunition</translation>
    </message>
</context>
<context>
    <name>flank::posture::TroopNoteKind</name>
    <message>
        <source>Allied presence</source>
        <translation>Präsenz der Verbündeten</translation>
    </message>
    <message>
        <source>Fortification</source>
        <translation>Befestigung</translation>
    </message>
    <message>
        <source>Russian build-up</source>
        <translation>Russischer Truppenaufbau</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Nationale Streitkräfte</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Verminung</translation>
    </message>
</context>
<context>
    <name>flank::posture::Verification</name>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Nur eine Quelle</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Unbestätigt</translation>
    </message>
</context>
<context>
    <name>flank::render::Legend</name>
    <message>
        <source>Status as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Occupied by Russia (Crimea)</source>
        <translation>Von Russland besetzt (Krim)</translation>
    </message>
    <message>
        <source>No data / outside the focus</source>
        <translation>Keine Daten / außerhalb des Fokus</translation>
    </message>
    <message>
        <source>Inner band: %1</source>
        <translation>Innerer Streifen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s): point at a band for its name</source>
        <translation>
            <numerusform>%n Befestigungsprogramm: für den Namen auf einen Streifen zeigen</numerusform>
            <numerusform>%n Befestigungsprogramme: für den Namen auf einen Streifen zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Russian forces</source>
        <translation>Russische Streitkräfte</translation>
    </message>
    <message>
        <source>Border posture</source>
        <translation>Lage an der Grenze</translation>
    </message>
    <message>
        <source>Border with Russia or Belarus</source>
        <translation>Grenze zu Russland oder Belarus</translation>
    </message>
    <message>
        <source>Ticked: along part of the border, which part not published</source>
        <translation>Mit Querstrichen: entlang eines Teils der Grenze; welcher Teil, ist nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Allied forces (size: troops)</source>
        <translation>Verbündete Streitkräfte (Größe: Truppenstärke)</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Nationale Streitkräfte</translation>
    </message>
    <message>
        <source>%1: status as of %2</source>
        <translation>%1: Stand %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s), one color each</source>
        <translation>
            <numerusform>%n Befestigungsprogramm, jedes in eigener Farbe</numerusform>
            <numerusform>%n Befestigungsprogramme, jedes in eigener Farbe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::render::NorthArrow</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>flank::render::ScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1°N</source>
        <translation>%1°N</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1°S</translation>
    </message>
    <message>
        <source>Scale true at %1</source>
        <translation>Maßstab exakt bei %1</translation>
    </message>
</context>
<context>
    <name>flank::render::Sheet</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 and %2, %3</source>
        <translation>%1 und %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 and %3</source>
        <translation>%1: %2 und %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
</context>
<context>
    <name>flank::render::TitleBlock</name>
    <message>
        <source>%1: status on %2</source>
        <translation>%1: Stand am %2</translation>
    </message>
    <message>
        <source>%1 and %2: status on %3</source>
        <translation>%1 und %2: Stand am %3</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Quellen: %1.</translation>
    </message>
    <message>
        <source>Borders: Natural Earth.</source>
        <translation>Grenzen: Natural Earth.</translation>
    </message>
    <message>
        <source>Data checked on %1.</source>
        <translation>Daten geprüft am %1.</translation>
    </message>
    <message>
        <source>Data: Flank Atlas posture dataset, edition of %1 (format %2).</source>
        <translation>Daten: Lagedatensatz von Flank Atlas, Ausgabe vom %1 (Format %2).</translation>
    </message>
</context>
<context>
    <name>flank::ui</name>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Angekündigte Länge: %1 km</translation>
    </message>
    <message>
        <source>Border: %1 – %2</source>
        <translation>Grenze: %1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m</source>
        <translation>%1 km, gemessen auf Natural Earth 1:10m</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 km laut Veröffentlichung</translation>
    </message>
    <message>
        <source>Click for details and sources.</source>
        <translation>Für Details und Quellen klicken.</translation>
    </message>
</context>
<context>
    <name>flank::ui::AboutDialog</name>
    <message>
        <source>About Flank Atlas</source>
        <translation>Über Flank Atlas</translation>
    </message>
    <message>
        <source>Flank Atlas icon</source>
        <translation>Symbol von Flank Atlas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A map of NATO&apos;s eastern flank under the Ottawa Convention and the Convention on Cluster Munitions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Eine Karte der NATO-Ostflanke im Hinblick auf das Ottawa-Übereinkommen und das Übereinkommen über Streumunition.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Code:&lt;/b&gt; MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Borders:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, public domain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Posture dataset:&lt;/b&gt; as of %1, %2 sources; licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Every status, quote, pledge and troop note names its sources; quotations remain the work of their authors and outlets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonts:&lt;/b&gt; DejaVu, Bitstream Vera licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Code:&lt;/b&gt; MIT-Lizenz.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grenzen:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, gemeinfrei.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lagedatensatz:&lt;/b&gt; Stand %1, %2 Quellen; lizenziert unter &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Jeder Status, jedes Zitat, jede Zusage und jede Truppenangabe nennt ihre Quellen; Zitate bleiben das Werk ihrer Urheber und Medien.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Schriften:&lt;/b&gt; DejaVu, Lizenz von Bitstream Vera.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outlets the dataset cites:</source>
        <translation>Vom Datensatz zitierte Medien:</translation>
    </message>
    <message>
        <source>Outlets the dataset cites</source>
        <translation>Vom Datensatz zitierte Medien</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationAutosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationController</name>
    <message>
        <source>Change Color</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <source>Change Size</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Change Symbol</source>
        <translation>Symbol ändern</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>Move Annotation</source>
        <translation>Anmerkung verschieben</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationEditDialog</name>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadrat</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Kreuz</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Beschriftungstext</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>Optionaler Zusatztext</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Color:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <source>Size in points</source>
        <translation>Größe in Punkt</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationTools</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>&amp;Text Label</source>
        <translation>&amp;Textbeschriftung</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Pfeil</translation>
    </message>
    <message>
        <source>&amp;Marker</source>
        <translation>&amp;Markierung</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Linie</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Fläche</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>Anmer&amp;kungen</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>Anmerkung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Anmerkung lö&amp;schen</translation>
    </message>
    <message>
        <source>&amp;Finish Line or Area</source>
        <translation>Linie oder Fläche abschli&amp;eßen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Annotation color</source>
        <translation>Farbe der Anmerkung</translation>
    </message>
    <message>
        <source>Annotation size</source>
        <translation>Größe der Anmerkung</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Marker symbol</source>
        <translation>Markierungssymbol</translation>
    </message>
    <message>
        <source>&amp;Open Annotations…</source>
        <translation>Anmerkungen &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open Annotations</source>
        <translation>Anmerkungen öffnen</translation>
    </message>
    <message>
        <source>Save A&amp;nnotations As…</source>
        <translation>Anmerkungen speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message numerus="yes">
        <source>Some of the file could not be read; %n annotation(s) loaded.</source>
        <translation>
            <numerusform>Die Datei konnte nur teilweise gelesen werden; %n Anmerkung geladen.</numerusform>
            <numerusform>Die Datei konnte nur teilweise gelesen werden; %n Anmerkungen geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Annotations</source>
        <translation>Anmerkungen speichern</translation>
    </message>
    <message>
        <source>Annotations saved to %1</source>
        <translation>Anmerkungen gespeichert in %1</translation>
    </message>
    <message>
        <source>Save Annotations As</source>
        <translation>Anmerkungen speichern unter</translation>
    </message>
    <message>
        <source>Unsaved Annotations</source>
        <translation>Nicht gespeicherte Anmerkungen</translation>
    </message>
    <message>
        <source>Save the annotations before closing?</source>
        <translation>Anmerkungen vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>flank::ui::Announcer</name>
    <message>
        <source>News about the map</source>
        <translation>Meldungen zur Karte</translation>
    </message>
</context>
<context>
    <name>flank::ui::ChangesPanel</name>
    <message>
        <source>What changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No state&apos;s status changed between these two dates.</source>
        <translation>Zwischen diesen beiden Daten hat sich der Status keines Staates geändert.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>flank::ui::CitationExporter</name>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Nur Text (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Citations</source>
        <translation>&amp;Quellenangaben exportieren</translation>
    </message>
    <message>
        <source>Of the States in &amp;View…</source>
        <translation>Staaten in der &amp;Ansicht…</translation>
    </message>
    <message>
        <source>Of %1…</source>
        <translation>Staat: %1…</translation>
    </message>
    <message>
        <source>Of the &amp;Selected State…</source>
        <translation>Ausgewählter &amp;Staat…</translation>
    </message>
    <message>
        <source>Export Citations</source>
        <translation>Quellenangaben exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written to %1</source>
        <translation>
            <numerusform>%n Quelle gespeichert unter %1</numerusform>
            <numerusform>%n Quellen gespeichert unter %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The citations could not be written.</source>
        <translation>Die Quellenangaben konnten nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>flank::ui::CompareView</name>
    <message>
        <source>Second map</source>
        <translation>Zweite Karte</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>&amp;Vergleich:</translation>
    </message>
    <message>
        <source>Two dates side by side</source>
        <translation>Zwei Daten nebeneinander</translation>
    </message>
    <message>
        <source>Two treaties side by side</source>
        <translation>Zwei Übereinkommen nebeneinander</translation>
    </message>
    <message>
        <source>Swipe between two dates</source>
        <translation>Zwischen zwei Daten wischen</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>Date of the left map</source>
        <translation>Datum der linken Karte</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Rechts:</translation>
    </message>
    <message>
        <source>Date of the right map</source>
        <translation>Datum der rechten Karte</translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation>Vergleich schließen</translation>
    </message>
    <message>
        <source>Back to one map (Ctrl+Shift+K)</source>
        <translation>Zurück zu einer Karte (Ctrl+Shift+K)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Coordinates</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>O</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
</context>
<context>
    <name>flank::ui::DataIssuesDock</name>
    <message>
        <source>Data Issues</source>
        <translation>Datenprobleme</translation>
    </message>
    <message>
        <source>Data issues</source>
        <translation>Datenprobleme</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Data Issues (%1)</source>
        <translation>Datenprobleme (%1)</translation>
    </message>
</context>
<context>
    <name>flank::ui::DataMessages</name>
    <message>
        <source>the file has nothing the map can show</source>
        <translation>die Datei enthält nichts, was die Karte darstellen kann</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2. The bundled outlines from %3 are shown instead. Replace the file with a good copy, or remove it.</source>
        <translation>Die Ländergrenzen in %1 konnten nicht gelesen werden: %2. Stattdessen werden die mitgelieferten Grenzen aus %3 angezeigt. Ersetzen Sie die Datei durch eine fehlerfreie Kopie oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2. The bundled data from %3 are shown instead. Correct the file (Data Issues lists every problem), or remove it.</source>
        <translation>Die Lagedaten in %1 konnten nicht gelesen werden: %2. Stattdessen werden die mitgelieferten Daten aus %3 angezeigt. Korrigieren Sie die Datei („Datenprobleme“ listet alle Probleme auf) oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The bundled country outlines in %1 could not be read: %2. The map has no countries to draw. Reinstall Flank Atlas.</source>
        <translation>Die mitgelieferten Ländergrenzen in %1 konnten nicht gelesen werden: %2. Die Karte kann keine Länder zeichnen. Installieren Sie Flank Atlas neu.</translation>
    </message>
    <message>
        <source>The bundled posture data in %1 could not be read: %2. The map shows no statuses. Reinstall Flank Atlas, or open a good copy with File › Open Dataset…</source>
        <translation>Die mitgelieferten Lagedaten in %1 konnten nicht gelesen werden: %2. Die Karte zeigt keinen Status an. Installieren Sie Flank Atlas neu oder öffnen Sie eine fehlerfreie Kopie über Datei › Datensatz öffnen…</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Die Ländergrenzen in %1 konnten nicht gelesen werden: %2; auch die mitgelieferte Kopie konnte nicht ersatzweise verwendet werden.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Die Lagedaten in %1 konnten nicht gelesen werden: %2; auch die mitgelieferte Kopie konnte nicht ersatzweise verwendet werden.</translation>
    </message>
    <message>
        <source>%1 could not be opened as a dataset: %2. The map still shows the data it showed before.</source>
        <translation>%1 konnte nicht als Datensatz geöffnet werden: %2. Die Karte zeigt weiterhin die bisherigen Daten.</translation>
    </message>
    <message>
        <source>%1 has errors (%2 in all); the first is at %3. Its valid records are shown, and Data Issues lists every problem.</source>
        <translation>%1 enthält Fehler (insgesamt %2); der erste befindet sich bei %3. Die gültigen Einträge werden angezeigt; „Datenprobleme“ listet alle Probleme auf.</translation>
    </message>
    <message>
        <source>%1 changed, and the new version has errors; the first is at %2. The map keeps the last version that could be read.</source>
        <translation>%1 wurde geändert, und die neue Version enthält Fehler; der erste befindet sich bei %2. Die Karte behält die letzte lesbare Version bei.</translation>
    </message>
</context>
<context>
    <name>flank::ui::DatasetOpener</name>
    <message>
        <source>Open Dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>Posture datasets (*.json);;All files (*)</source>
        <translation>Lagedatensätze (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>flank::ui::EditionChanges</name>
    <message>
        <source>the edition of %1</source>
        <translation>die Ausgabe vom %1</translation>
    </message>
    <message>
        <source>What the New Edition Changes</source>
        <translation>Änderungen in der neuen Ausgabe</translation>
    </message>
    <message>
        <source>The edition of %1 has the same records and statuses as the one shown before.</source>
        <translation>Die Ausgabe vom %1 enthält dieselben Einträge und Status wie die zuvor angezeigte.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added, removed or changed; %1 status(es) on %2 differ.</source>
        <translation>
            <numerusform>%n Eintrag hinzugefügt, entfernt oder geändert; am %2 weichen %1 Status ab.</numerusform>
            <numerusform>%n Einträge hinzugefügt, entfernt oder geändert; am %2 weichen %1 Status ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the editions</source>
        <translation>Änderungen zwischen den Ausgaben</translation>
    </message>
</context>
<context>
    <name>flank::ui::ExportDialog</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Status date stamp</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <source>Sources footer</source>
        <translation>Quellenangabe (Fußzeile)</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Maßstabsleiste</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Nordpfeil</translation>
    </message>
    <message>
        <source>Inset locator map</source>
        <translation>Übersichtskarte</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>Ländernamen</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>As the window shows it</source>
        <translation>Wie im Fenster angezeigt</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>The treaty and the date</source>
        <translation>Das Übereinkommen und das Datum</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Pixel:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation>&amp;Auflösung (dpi):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy &amp;Map</source>
        <translation>&amp;Karte kopieren</translation>
    </message>
    <message>
        <source>One GeoTIFF for each map was written:
%1</source>
        <translation>Für jede Karte wurde ein GeoTIFF geschrieben:
%1</translation>
    </message>
    <message>
        <source>Cite the dataset edition</source>
        <translation>Datensatzausgabe zitieren</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</source>
        <translation>Bilder und Dokumente (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixel</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixel</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Resolution in dpi</source>
        <translation>Auflösung in dpi</translation>
    </message>
</context>
<context>
    <name>flank::ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Ottawa Convention (1997)</source>
        <translation>Ottawa-Übereinkommen (1997)</translation>
    </message>
    <message>
        <source>The Mine Ban Treaty. A state that joins promises never to use, make, stockpile or pass on anti-personnel mines (mines set off by a person), to destroy the mines it holds and to clear the ground it has mined. Anti-vehicle mines are not covered.</source>
        <translation>Das Übereinkommen über das Verbot von Antipersonenminen. Ein Staat, der Vertragsstaat wird, verpflichtet sich, Antipersonenminen (Minen, die durch eine Person ausgelöst werden) niemals einzusetzen, herzustellen, zu lagern oder weiterzugeben, seine Bestände zu vernichten und verminte Gebiete zu räumen. Antifahrzeugminen fallen nicht darunter.</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions (2008)</source>
        <translation>Übereinkommen über Streumunition (2008)</translation>
    </message>
    <message>
        <source>A state that joins promises never to use, make, stockpile or pass on cluster munitions: weapons that scatter many small bomblets over a wide area, some of which fail to explode and kill people long after the fighting.</source>
        <translation>Ein Staat, der Vertragsstaat wird, verpflichtet sich, Streumunition niemals einzusetzen, herzustellen, zu lagern oder weiterzugeben: Waffen, die viele kleine Submunitionen über eine große Fläche verstreuen, von denen manche nicht explodieren und noch lange nach den Kämpfen Menschen töten.</translation>
    </message>
    <message>
        <source>Article 20</source>
        <translation>Artikel 20</translation>
    </message>
    <message>
        <source>In both conventions, the article on leaving. A state may withdraw by telling the UN Secretary-General, the other states and the Security Council, with its reasons. The withdrawal takes effect six months later; but if the state is then in an armed conflict, it stays bound until that conflict ends.</source>
        <translation>In beiden Übereinkommen der Artikel über den Rücktritt. Ein Staat kann zurücktreten, indem er dies dem Generalsekretär der Vereinten Nationen, den anderen Vertragsstaaten und dem Sicherheitsrat unter Angabe der Gründe notifiziert. Der Rücktritt wird sechs Monate später wirksam; ist der Staat dann jedoch an einem bewaffneten Konflikt beteiligt, bleibt er bis zum Ende dieses Konflikts gebunden.</translation>
    </message>
    <message>
        <source>Notified (withdrawal notified)</source>
        <translation>Notifiziert (Rücktritt notifiziert)</translation>
    </message>
    <message>
        <source>The state has handed its formal notice of withdrawal to the UN Secretary-General, who keeps the treaty. This starts the six-month countdown. Announcing a withdrawal or passing a law about it is not yet notifying.</source>
        <translation>Der Staat hat seine förmliche Rücktrittsnotifikation dem Generalsekretär der Vereinten Nationen als Verwahrer des Übereinkommens übergeben. Damit beginnt die Sechsmonatsfrist. Die Ankündigung eines Rücktritts oder ein Gesetz darüber ist noch keine Notifikation.</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Die Karte lesen</translation>
    </message>
    <message>
        <source>Each state is filled with its status under the treaty chosen, on the date on the timeline. With both treaties shown, the fill is the Ottawa Convention and a broad inner band along the border is the Convention on Cluster Munitions. Hatching marks a withdrawal under way, cross-hatching a declared suspension, so the map can be read in black and white too.</source>
        <translation>Jeder Staat ist nach seinem Status unter dem gewählten Übereinkommen zu dem auf der Zeitleiste eingestellten Datum eingefärbt. Werden beide Übereinkommen angezeigt, zeigt die Füllung das Ottawa-Übereinkommen und ein breiter innerer Streifen entlang der Grenze das Übereinkommen über Streumunition. Schraffur kennzeichnet einen laufenden Rücktritt, Kreuzschraffur eine erklärte Aussetzung, sodass die Karte auch in Schwarzweiß lesbar ist.</translation>
    </message>
    <message>
        <source>Occupied territory</source>
        <translation>Besetztes Gebiet</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statusangaben</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. The atlas shows Ukraine&apos;s status there, muted, under horizontal stripes and a dashed edge: no treaty status uses either, so occupation reads apart in color and in black and white.</source>
        <translation>Die Krim ist ukrainisches Staatsgebiet, das seit 2014 von Russland besetzt ist. Der Atlas zeigt dort den Status der Ukraine, abgeschwächt, mit waagerechten Streifen und gestricheltem Rand: Kein Vertragsstatus verwendet eines davon, sodass die Besetzung in Farbe wie in Schwarzweiß erkennbar ist.</translation>
    </message>
    <message>
        <source>Border posture layers</source>
        <translation>Ebenen zur Lage an der Grenze</translation>
    </message>
    <message>
        <source>Dark lines trace each focus state&apos;s land border with Russia (Kaliningrad included) and Belarus, and the Belarus–Russia border, on the Natural Earth outlines; their lengths are measured on the ellipsoid and shown beside the published ones. Colored bands along them are named fortification programmes: solid where a source says the programme covers the whole border, ticked where it covers an unpublished part. Discs are deployments with a known garrison, sized by the troops a source gives. Each layer can be turned off in the View menu.</source>
        <translation>Dunkle Linien zeigen die Landgrenze jedes Fokusstaats zu Russland (einschließlich Kaliningrad) und Belarus sowie die Grenze Belarus–Russland, gezeichnet auf den Umrissen von Natural Earth; ihre Längen werden auf dem Ellipsoid gemessen und neben den veröffentlichten Längen angezeigt. Farbige Streifen entlang der Linien sind benannte Befestigungsprogramme: durchgehend, wenn eine Quelle angibt, dass das Programm die gesamte Grenze abdeckt, mit Querstrichen, wenn es einen nicht veröffentlichten Teil abdeckt. Kreise sind Stationierungen mit bekanntem Standort, ihre Größe richtet sich nach der von einer Quelle genannten Truppenstärke. Jede Ebene lässt sich im Menü „Ansicht“ ausschalten.</translation>
    </message>
    <message>
        <source>Glossary entries</source>
        <translation>Glossareinträge</translation>
    </message>
</context>
<context>
    <name>flank::ui::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Flank Atlas will be in this language from its next start.</source>
        <translation>Flank Atlas erscheint ab dem nächsten Start in dieser Sprache.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>flank::ui::Legend</name>
    <message>
        <source>%1
The fill shows each state&apos;s status under this treaty on the date shown. Click for the glossary.</source>
        <translation>%1
Die Füllung zeigt den Status jedes Staates unter diesem Übereinkommen zum angezeigten Datum. Für das Glossar klicken.</translation>
    </message>
    <message>
        <source>Inner band: %1
%2</source>
        <translation>Innerer Streifen: %1
%2</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state, or it lies outside the eastern flank the atlas follows.</source>
        <translation>Flank Atlas hat für diesen Staat keinen belegten Eintrag, oder er liegt außerhalb der vom Atlas betrachteten Ostflanke.</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. It shows Ukraine&apos;s status, muted, under horizontal stripes and a dashed edge.</source>
        <translation>Die Krim ist ukrainisches Staatsgebiet, das seit 2014 von Russland besetzt ist. Dort wird der Status der Ukraine abgeschwächt angezeigt, mit waagerechten Streifen und gestricheltem Rand.</translation>
    </message>
    <message>
        <source>The land border with Russia (Kaliningrad included) or Belarus, traced on the Natural Earth outlines. Click a line for its measured and published lengths.</source>
        <translation>Die Landgrenze zu Russland (einschließlich Kaliningrad) oder Belarus, gezeichnet auf den Umrissen von Natural Earth. Auf eine Linie klicken, um die gemessene und die veröffentlichte Länge zu sehen.</translation>
    </message>
    <message>
        <source>%1
A fortification programme along the border, in its own color. Click the band on the map for what it builds, its budget and sources.</source>
        <translation>%1
Ein Befestigungsprogramm entlang der Grenze, in eigener Farbe. Auf den Streifen in der Karte klicken, um Bauumfang, Budget und Quellen zu sehen.</translation>
    </message>
    <message>
        <source>The programme runs along part of this border; its sources do not say which part, so the whole line is ticked rather than a segment invented.</source>
        <translation>Das Programm verläuft entlang eines Teils dieser Grenze; die Quellen nennen nicht, welcher Teil. Daher ist die ganze Linie mit Querstrichen markiert, statt einen Abschnitt zu erfinden.</translation>
    </message>
    <message>
        <source>%1
Deployments with a known place. A disc&apos;s area grows with the troops a source gives; a small disc means no number was published.</source>
        <translation>%1
Stationierungen mit bekanntem Standort. Die Fläche eines Kreises wächst mit der von einer Quelle genannten Truppenstärke; ein kleiner Kreis bedeutet, dass keine Zahl veröffentlicht wurde.</translation>
    </message>
</context>
<context>
    <name>flank::ui::LegendStrip</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>flank::ui::MainWindow</name>
    <message>
        <source>Flank Atlas</source>
        <translation>Flank Atlas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Flank Atlas</source>
        <translation>&amp;Über Flank Atlas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy View as Text</source>
        <translation>Ansicht als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste View</source>
        <translation>Ansicht &amp;einfügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Find State…</source>
        <translation>Staat &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Projektor (hoher Kontrast)</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>&amp;Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation>Nach &amp;links verschieben</translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation>Nach &amp;rechts verschieben</translation>
    </message>
    <message>
        <source>Pan &amp;Up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Pan &amp;Down</source>
        <translation>Nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Next State</source>
        <translation>&amp;Nächster Staat</translation>
    </message>
    <message>
        <source>P&amp;revious State</source>
        <translation>&amp;Vorheriger Staat</translation>
    </message>
    <message>
        <source>&amp;Select Highlighted State</source>
        <translation>Markierten Staat &amp;auswählen</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Auswahl au&amp;fheben</translation>
    </message>
    <message>
        <source>Previous &amp;Event</source>
        <translation>Vorheriges &amp;Ereignis</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Next E&amp;vent</source>
        <translation>Nächstes Ere&amp;ignis</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Wiedergabe / Pause</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>unknown treaty &apos;%1&apos;</source>
        <translation>unbekanntes Übereinkommen „%1“</translation>
    </message>
    <message>
        <source>Paste View</source>
        <translation>Ansicht einfügen</translation>
    </message>
    <message>
        <source>The clipboard does not hold a view.</source>
        <translation>Die Zwischenablage enthält keine Ansicht.</translation>
    </message>
    <message>
        <source>Paste View: %1</source>
        <translation>Ansicht einfügen: %1</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>Recover Annotations</source>
        <translation>Anmerkungen wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Flank Atlas did not close properly last time. Recover the %n unsaved annotation(s)?</source>
        <translation>
            <numerusform>Flank Atlas wurde beim letzten Mal nicht ordnungsgemäß beendet. Die %n nicht gespeicherte Anmerkung wiederherstellen?</numerusform>
            <numerusform>Flank Atlas wurde beim letzten Mal nicht ordnungsgemäß beendet. Die %n nicht gespeicherten Anmerkungen wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Previ&amp;ous Pane</source>
        <translation>Vorheriger Berei&amp;ch</translation>
    </message>
    <message>
        <source>Saved views could not be read</source>
        <translation>Gespeicherte Ansichten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Your saved views are as they were. Check that the folder exists and is writable and that the disk is not full.</source>
        <translation>Ihre gespeicherten Ansichten sind unverändert. Prüfen Sie, ob der Ordner existiert und beschreibbar ist und ob der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Borders with Russia and &amp;Belarus</source>
        <translation>Grenzen mit Russland und &amp;Belarus</translation>
    </message>
    <message>
        <source>&amp;Fortification Programmes</source>
        <translation>Befestigungs&amp;programme</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Stationierungen</translation>
    </message>
    <message>
        <source>Next &amp;Border Item</source>
        <translation>Nächstes &amp;Grenzelement</translation>
    </message>
    <message>
        <source>Previous Border &amp;Item</source>
        <translation>Vorheriges Grenzele&amp;ment</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Open &amp;Dataset…</source>
        <translation>Datensatz ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;Compare Two Dates</source>
        <translation>Zwei &amp;Daten vergleichen</translation>
    </message>
    <message>
        <source>S&amp;wipe Between Two Dates</source>
        <translation>Zwischen zwei Daten &amp;wischen</translation>
    </message>
    <message>
        <source>Compare the Two Tr&amp;eaties</source>
        <translation>Beide &amp;Übereinkommen vergleichen</translation>
    </message>
    <message>
        <source>S&amp;mall Multiples…</source>
        <translation>Karten&amp;reihe…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
</context>
<context>
    <name>flank::ui::MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Withdrawal takes effect %1</source>
        <translation>Rücktritt wirksam: %1</translation>
    </message>
    <message>
        <source>Date the withdrawal takes effect not yet known</source>
        <translation>Datum des Wirksamwerdens des Rücktritts noch nicht bekannt</translation>
    </message>
    <message>
        <source>(date known only to the month or year)</source>
        <translation>(Datum nur auf Monat oder Jahr genau bekannt)</translation>
    </message>
</context>
<context>
    <name>flank::ui::MessageBar</name>
    <message>
        <source>Show Issues</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>Datenproblem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>flank::ui::MultiplesDialog</name>
    <message>
        <source>Small Multiples</source>
        <translation>Kartenreihe</translation>
    </message>
    <message>
        <source>Every year, on 1 January</source>
        <translation>Jedes Jahr am 1. Januar</translation>
    </message>
    <message>
        <source>Each dated step of the selected state</source>
        <translation>Jeder datierte Schritt des ausgewählten Staates</translation>
    </message>
    <message>
        <source>Dates I type</source>
        <translation>Selbst eingegebene Daten</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Erstes Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Dates, separated by commas</source>
        <translation>Daten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>2025-01-01, 2025-07-01, 2026-03-01</source>
        <translation>2025-01-01, 2025-07-01, 2026-03-01</translation>
    </message>
    <message>
        <source>Fit to the picture</source>
        <translation>An Bild anpassen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Preview of the maps</source>
        <translation>Vorschau der Karten</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Jahre:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Select a state on the map first: its dated steps give the dates.</source>
        <translation>Wählen Sie zuerst einen Staat auf der Karte aus: Seine datierten Schritte liefern die Daten.</translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD, separated by commas.</source>
        <translation>Geben Sie Daten im Format JJJJ-MM-TT ein, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>%1 date(s): a grid takes from %2 to %3.</source>
        <translation>Anzahl Daten: %1; ein Raster fasst %2 bis %3.</translation>
    </message>
    <message>
        <source>Export Small Multiples</source>
        <translation>Kartenreihe exportieren</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>Bilder und Dokumente (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Panel</name>
    <message>
        <source>Source: none given</source>
        <translation>Quelle: keine angegeben</translation>
    </message>
    <message>
        <source>Source: %1, “%2”, %3</source>
        <translation>Quelle: %1, „%2“, %3</translation>
    </message>
    <message>
        <source>(known to contain errors: %1)</source>
        <translation>(bekanntermaßen fehlerhaft: %1)</translation>
    </message>
    <message>
        <source>%1% of GDP by %2</source>
        <translation>%1 % des BIP bis %2</translation>
    </message>
    <message>
        <source>%1 %2 billion in %3</source>
        <translation>%1 %2 Mrd. im Jahr %3</translation>
    </message>
    <message>
        <source>%1 %2 million in %3</source>
        <translation>%1 %2 Mio. im Jahr %3</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 im Jahr %3</translation>
    </message>
    <message>
        <source>(known errors)</source>
        <translation>(bekannte Fehler)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>Ist-Wert</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>%1% of GDP in %2 (%3)</source>
        <translation>%1 % des BIP im Jahr %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (copy on %2)</source>
        <translation>%1 (Kopie bei %2)</translation>
    </message>
    <message>
        <source>Source: copy on %1 of an article by %2, “%3”, %4</source>
        <translation>Quelle: Kopie bei %1 eines Artikels von %2, „%3“, %4</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Quellenangabe kopieren</translation>
    </message>
</context>
<context>
    <name>flank::ui::PledgeChart</name>
    <message>
        <source>Defence-spending pledges, percent of GDP by target year</source>
        <translation>Zusagen zu Verteidigungsausgaben, Prozent des BIP nach Zieljahr</translation>
    </message>
    <message>
        <source>2 %</source>
        <translation>2 %</translation>
    </message>
    <message>
        <source>Defence spending, percent of GDP by year</source>
        <translation>Verteidigungsausgaben, Prozent des BIP nach Jahr</translation>
    </message>
</context>
<context>
    <name>flank::ui::PostureCards</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>announced %1</source>
        <translation>angekündigt %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>begonnen %1</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>fertiggestellt %1</translation>
    </message>
    <message>
        <source>planned completion %1</source>
        <translation>geplante Fertigstellung %1</translation>
    </message>
    <message>
        <source>Fortification programme</source>
        <translation>Befestigungsprogramm</translation>
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <source>Along: %1</source>
        <translation>Entlang: %1</translation>
    </message>
    <message>
        <source>%1–%2: %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Angekündigte Länge: %1 km</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Umfasst: %1</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Daten geprüft am %1</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>unter Führung von %1</translation>
    </message>
    <message>
        <source>size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Marker at %1 (%2, %3)</source>
        <translation>Markierung bei %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Grenzabschnitt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m (geodesic)</source>
        <translation>%1 km, gemessen auf Natural Earth 1:10m (geodätisch)</translation>
    </message>
    <message>
        <source>Measuring on Natural Earth 1:10m…</source>
        <translation>Messung auf Natural Earth 1:10m…</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 km laut Veröffentlichung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>flank::ui::Preferences</name>
    <message>
        <source>%1: the preferences could not be written (the disk may be full or the folder read-only); the previous preferences are kept.</source>
        <translation>%1: Die Einstellungen konnten nicht geschrieben werden (der Datenträger ist möglicherweise voll oder der Ordner schreibgeschützt); die bisherigen Einstellungen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>flank::ui::PresentationConsole</name>
    <message>
        <source>Presenter view: %1</source>
        <translation>Referentenansicht: %1</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>%1    elapsed %2:%3</source>
        <translation>%1    vergangen %2:%3</translation>
    </message>
</context>
<context>
    <name>flank::ui::SavedViews</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>not a saved-views file (no &quot;format&quot;: &quot;%1&quot; with a &quot;views&quot; list)</source>
        <translation>keine Datei mit gespeicherten Ansichten (kein &quot;format&quot;: &quot;%1&quot; mit einer &quot;views&quot;-Liste)</translation>
    </message>
    <message>
        <source>/views/%1: a view needs a &quot;name&quot; and a &quot;state&quot; object</source>
        <translation>/views/%1: Eine Ansicht benötigt ein &quot;name&quot;- und ein &quot;state&quot;-Objekt</translation>
    </message>
    <message>
        <source>Could not save the views: %1</source>
        <translation>Die Ansichten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Die Ansicht konnte nicht gespeichert werden: %1. Die Datei bleibt unverändert; reparieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Could not delete the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Die Ansicht konnte nicht gelöscht werden: %1. Die Datei bleibt unverändert; reparieren oder entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SearchBox</name>
    <message>
        <source>Find a state (name or ISO code)</source>
        <translation>Staat suchen (Name oder ISO-Code)</translation>
    </message>
    <message>
        <source>Find a state</source>
        <translation>Staat suchen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>flank::ui::SelectionDescriber</name>
    <message>
        <source>No state selected. Map of %1.</source>
        <translation>Kein Staat ausgewählt. Karte: %1.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2, since %3.</source>
        <translation>%1: %2, seit %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Stand: %1.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SessionAnnouncements</name>
    <message>
        <source>Selection cleared</source>
        <translation>Auswahl aufgehoben</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>No state changed status.</source>
        <translation>Kein Staat hat seinen Status geändert.</translation>
    </message>
    <message>
        <source>States that changed status: %1.</source>
        <translation>Staaten mit geändertem Status: %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no state&apos;s status changed</source>
        <translation>bei keinem Staat hat sich der Status geändert</translation>
    </message>
    <message>
        <source>changes of status: %1</source>
        <translation>Statusänderungen: %1</translation>
    </message>
    <message>
        <source>What changed from %1 to %2: %3</source>
        <translation>Was sich vom %1 bis zum %2 geändert hat: %3</translation>
    </message>
</context>
<context>
    <name>flank::ui::StatePanel</name>
    <message>
        <source>State details</source>
        <translation>Angaben zum Staat</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Kein Staat ausgewählt</translation>
    </message>
    <message>
        <source>Click a state on the map, find it by name (Ctrl+F), or press Tab to move through the states and Enter to select one.</source>
        <translation>Klicken Sie auf einen Staat in der Karte, suchen Sie ihn nach Namen (Ctrl+F) oder wechseln Sie mit der Tabulatortaste zwischen den Staaten und wählen Sie mit der Eingabetaste einen aus.</translation>
    </message>
    <message>
        <source>What do the colors mean?</source>
        <translation>Was bedeuten die Farben?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>%1, armed-conflict rule %2: %3</source>
        <translation>%1, Klausel für bewaffnete Konflikte %2: %3</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>greift</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>greift nicht</translation>
    </message>
    <message>
        <source>What do these statuses and Article 20 mean?</source>
        <translation>Was bedeuten diese Statusangaben und Artikel 20?</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>— %1, %2, %3</source>
        <translation>— %1, %2, %3</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Also published as: “%1”</source>
        <translation>Auch veröffentlicht als: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n later quote(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n späteres Zitat nicht angezeigt: Zeitleiste vorwärts bewegen.</numerusform>
            <numerusform>%n spätere Zitate nicht angezeigt: Zeitleiste vorwärts bewegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (pledged %2)</source>
        <translation>%1 (zugesagt %2)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Forces and fortifications</source>
        <translation>Streitkräfte und Befestigungen</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>gemeldet %1</translation>
    </message>
    <message>
        <source>Borders</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>With %1: measuring…</source>
        <translation>Mit %1: wird gemessen…</translation>
    </message>
    <message>
        <source>With %1: could not be measured</source>
        <translation>Mit %1: konnte nicht gemessen werden</translation>
    </message>
    <message>
        <source>With %1: no shared border</source>
        <translation>Mit %1: keine gemeinsame Grenze</translation>
    </message>
    <message>
        <source>With %1: about %2 km, computed from Natural Earth 1:10m (geodesic length)</source>
        <translation>Mit %1: etwa %2 km, berechnet aus Natural Earth 1:10m (geodätische Länge)</translation>
    </message>
    <message>
        <source>Published: %1 km</source>
        <translation>Veröffentlicht: %1 km</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Daten geprüft am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later step(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n späterer Schritt nicht angezeigt: Zeitleiste vorwärts bewegen.</numerusform>
            <numerusform>%n spätere Schritte nicht angezeigt: Zeitleiste vorwärts bewegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Translated from the original (%1) by %2</source>
        <translation>Aus dem Original (%1) übersetzt von %2</translation>
    </message>
    <message>
        <source>Defence spending</source>
        <translation>Verteidigungsausgaben</translation>
    </message>
    <message>
        <source>%1 (published %2)</source>
        <translation>%1 (veröffentlicht %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n later figure(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n späterer Wert nicht angezeigt: Zeitleiste vorwärts bewegen.</numerusform>
            <numerusform>%n spätere Werte nicht angezeigt: Zeitleiste vorwärts bewegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later note(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n spätere Angabe nicht angezeigt: Zeitleiste vorwärts bewegen.</numerusform>
            <numerusform>%n spätere Angaben nicht angezeigt: Zeitleiste vorwärts bewegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No primary source: %1</source>
        <translation>Keine Primärquelle: %1</translation>
    </message>
    <message>
        <source>Fortification programmes</source>
        <translation>Befestigungsprogramme</translation>
    </message>
    <message numerus="yes">
        <source>%n later programme(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n späteres Programm nicht angezeigt: Zeitleiste vorwärts bewegen.</numerusform>
            <numerusform>%n spätere Programme nicht angezeigt: Zeitleiste vorwärts bewegen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::StatusSentence</name>
    <message>
        <source>no data on the %1</source>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <source>not a party to the %1</source>
        <translation>%1: kein Vertragsstaat</translation>
    </message>
    <message>
        <source>signatory to the %1 since %2</source>
        <translation>%1: Unterzeichnerstaat seit %2</translation>
    </message>
    <message>
        <source>signatory to the %1</source>
        <translation>%1: Unterzeichnerstaat</translation>
    </message>
    <message>
        <source>party to the %1 since %2</source>
        <translation>%1: Vertragsstaat seit %2</translation>
    </message>
    <message>
        <source>party to the %1</source>
        <translation>%1: Vertragsstaat</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced on %2</source>
        <translation>%1: Rücktritt am %2 angekündigt</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced</source>
        <translation>%1: Rücktritt angekündigt</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved on %2</source>
        <translation>%1: Rücktritt am %2 gebilligt</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved</source>
        <translation>%1: Rücktritt gebilligt</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified on %2</source>
        <translation>%1: Rücktritt am %2 den Vereinten Nationen notifiziert</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified</source>
        <translation>%1: Rücktritt den Vereinten Nationen notifiziert</translation>
    </message>
    <message>
        <source>withdrawn from the %1 since %2</source>
        <translation>%1: Rücktritt wirksam seit %2</translation>
    </message>
    <message>
        <source>withdrawn from the %1</source>
        <translation>%1: zurückgetreten</translation>
    </message>
    <message>
        <source>suspension of the %1 declared on %2</source>
        <translation>%1: Aussetzung am %2 erklärt</translation>
    </message>
    <message>
        <source>suspension of the %1 declared</source>
        <translation>%1: Aussetzung erklärt</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified, takes effect %2</source>
        <translation>%1: Rücktritt den Vereinten Nationen notifiziert, wirksam ab %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>flank::ui::StatusTableDock</name>
    <message>
        <source>Status Table</source>
        <translation>Statustabelle</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>Statustabelle</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Tabelle filtern</translation>
    </message>
    <message>
        <source>Filter by name, code or status</source>
        <translation>Nach Name, Code oder Status filtern</translation>
    </message>
    <message>
        <source>States and their statuses</source>
        <translation>Staaten und ihr Status</translation>
    </message>
</context>
<context>
    <name>flank::ui::StatusTableModel</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Spending, % of GDP</source>
        <translation>Ausgaben, % des BIP</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Troop notes</source>
        <translation>Truppenangaben</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3 code</source>
        <translation>Code nach ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>Status under the %1 on the day</source>
        <translation>Status nach dem %1 an diesem Tag</translation>
    </message>
    <message>
        <source>Date of the step that gave the %1 status</source>
        <translation>%1: Datum des Schritts, der zu diesem Status führte</translation>
    </message>
    <message>
        <source>The next change already fixed by the day: when a notified withdrawal takes effect</source>
        <translation>Die nächste, an diesem Tag bereits feststehende Änderung: wann ein notifizierter Rücktritt wirksam wird</translation>
    </message>
    <message>
        <source>Defence spending known on the day, for its year or the latest year before it</source>
        <translation>An diesem Tag bekannte Verteidigungsausgaben für das betreffende Jahr oder das letzte Jahr davor</translation>
    </message>
    <message>
        <source>Quotes said on or before the day</source>
        <translation>Zitate, die an diesem Tag oder früher gefallen sind</translation>
    </message>
    <message>
        <source>Troop notes reported on or before the day</source>
        <translation>An diesem Tag oder früher gemeldete Truppenangaben</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryController</name>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Story</translation>
    </message>
    <message>
        <source>Open &amp;Story…</source>
        <translation>&amp;Story öffnen…</translation>
    </message>
    <message>
        <source>Save Story &amp;As…</source>
        <translation>Story speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Present Story</source>
        <translation>Story &amp;präsentieren</translation>
    </message>
    <message>
        <source>Present from &amp;Current Step</source>
        <translation>Ab &amp;aktuellem Schritt präsentieren</translation>
    </message>
    <message>
        <source>&amp;Example Story</source>
        <translation>Beisp&amp;iel-Story</translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation>Die Story konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The story opened with warnings.</source>
        <translation>Die Story wurde mit Warnungen geöffnet.</translation>
    </message>
    <message>
        <source>Open Story</source>
        <translation>Story öffnen</translation>
    </message>
    <message>
        <source>Flank Atlas stories (*.flankstory)</source>
        <translation>Storys für Flank Atlas (*.flankstory)</translation>
    </message>
    <message>
        <source>Save Story</source>
        <translation>Story speichern</translation>
    </message>
    <message>
        <source>Present Story</source>
        <translation>Story präsentieren</translation>
    </message>
    <message>
        <source>The story has no steps yet. Add the current view with &quot;Add View&quot;, or open a story.</source>
        <translation>Die Story hat noch keine Schritte. Fügen Sie die aktuelle Ansicht mit „Ansicht hinzufügen“ hinzu oder öffnen Sie eine Story.</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryPanel</name>
    <message>
        <source>Animated transitions</source>
        <translation>Animierte Übergänge</translation>
    </message>
    <message>
        <source>Add View</source>
        <translation>Ansicht hinzufügen</translation>
    </message>
    <message>
        <source>Add the map&apos;s current view as a step after the chosen one</source>
        <translation>Aktuelle Kartenansicht als Schritt nach dem gewählten hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the chosen step</source>
        <translation>Gewählten Schritt duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen step</source>
        <translation>Gewählten Schritt löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last story edit</source>
        <translation>Letzte Bearbeitung der Story rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo the story edit</source>
        <translation>Bearbeitung der Story wiederherstellen</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Story:</translation>
    </message>
    <message>
        <source>Step title:</source>
        <translation>Schritttitel:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Bildunterschrift:</translation>
    </message>
    <message>
        <source>Turn Transitions On</source>
        <translation>Übergänge einschalten</translation>
    </message>
    <message>
        <source>Turn Transitions Off</source>
        <translation>Übergänge ausschalten</translation>
    </message>
    <message>
        <source>Edit Story Text</source>
        <translation>Story-Text bearbeiten</translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate Step</source>
        <translation>Schritt duplizieren</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Schritt löschen</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>Schritte der Story</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Titel der Story</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Schritttitel</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
</context>
<context>
    <name>flank::ui::TableExporter</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Text, aligned columns (*.txt)</source>
        <translation>Text, ausgerichtete Spalten (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Tabelle gespeichert unter %1</translation>
    </message>
    <message>
        <source>The table could not be written.</source>
        <translation>Die Tabelle konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineBar</name>
    <message>
        <source>Previous event</source>
        <translation>Vorheriges Ereignis</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Nächstes Ereignis</translation>
    </message>
    <message>
        <source>1 week per second</source>
        <translation>1 Woche pro Sekunde</translation>
    </message>
    <message>
        <source>1 month per second</source>
        <translation>1 Monat pro Sekunde</translation>
    </message>
    <message>
        <source>3 months per second</source>
        <translation>3 Monate pro Sekunde</translation>
    </message>
    <message>
        <source>1 year per second</source>
        <translation>1 Jahr pro Sekunde</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>%1 – %2: %3 (%4)</source>
        <translation>%1 – %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Source: %1, “%2”</source>
        <translation>Quelle: %1, „%2“</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>angekündigt</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>Baubeginn</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fertiggestellt</translation>
    </message>
    <message>
        <source>%1 – %2: %3 %4</source>
        <translation>%1 – %2: %3 %4</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>endet</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>beginnt</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineSlider</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on nearby days</source>
        <translation>
            <numerusform>… und %n weiteres an nahen Tagen</numerusform>
            <numerusform>… und %n weitere an nahen Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::TreatyActions</name>
    <message>
        <source>Both Conventions (fill and inner band)</source>
        <translation>Beide Übereinkommen (Füllung und innerer Streifen)</translation>
    </message>
</context>
<context>
    <name>flank::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation>Video exportieren</translation>
    </message>
    <message>
        <source>map.mp4, map.webm or map.gif</source>
        <translation>map.mp4, map.webm oder map.gif</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Seconds for the whole clip</source>
        <translation>Sekunden für den gesamten Clip</translation>
    </message>
    <message>
        <source>Seconds between events</source>
        <translation>Sekunden zwischen Ereignissen</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Frames per &amp;second:</source>
        <translation>Bilder pro &amp;Sekunde:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Pause at each event:</source>
        <translation>&amp;Pause bei jedem Ereignis:</translation>
    </message>
    <message>
        <source>Si&amp;ze (pixels):</source>
        <translation>Grö&amp;ße (Pixel):</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;WebM video (*.webm);;Animated GIF (*.gif)</source>
        <translation>MP4-Video (*.mp4);;WebM-Video (*.webm);;Animiertes GIF (*.gif)</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde</numerusform>
            <numerusform>Noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation>&amp;Video exportieren…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Length in seconds</source>
        <translation>Länge in Sekunden</translation>
    </message>
    <message>
        <source>What the length counts</source>
        <translation>Worauf sich die Länge bezieht</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>Pause at each event, in seconds</source>
        <translation>Pause bei jedem Ereignis, in Sekunden</translation>
    </message>
</context>
</TS>
