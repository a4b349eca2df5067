<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>flank::annotate</name>
    <message>
        <source>Add %1</source>
        <translation>Pridėti: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Šalinti: %1</translation>
    </message>
</context>
<context>
    <name>flank::exporting::TimelineVideo</name>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: nuo %2 iki %3</translation>
    </message>
</context>
<context>
    <name>flank::posture::DatedSteps</name>
    <message>
        <source>announced</source>
        <translation>paskelbta</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>statybų pradžia</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>baigta</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>pabaiga</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>pradžia</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>flank::posture::Fortification</name>
    <message>
        <source>fence</source>
        <translation>tvora</translation>
    </message>
    <message>
        <source>dragon&apos;s teeth</source>
        <translation>„drakono dantys“</translation>
    </message>
    <message>
        <source>bunkers</source>
        <translation>bunkeriai</translation>
    </message>
    <message>
        <source>anti-tank obstacles</source>
        <translation>prieštankinės kliūtys</translation>
    </message>
    <message>
        <source>minefields (planned)</source>
        <translation>minų laukai (planuojami)</translation>
    </message>
    <message>
        <source>minefields (prepared)</source>
        <translation>minų laukai (parengti)</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>stebėjimas</translation>
    </message>
    <message>
        <source>forest barriers</source>
        <translation>miško užtvaros</translation>
    </message>
    <message>
        <source>other</source>
        <translation>kita</translation>
    </message>
    <message>
        <source>not yet announced</source>
        <translation>dar nepaskelbta</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>paskelbta</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>statoma</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>baigta</translation>
    </message>
    <message>
        <source>the whole border</source>
        <translation>visa siena</translation>
    </message>
    <message>
        <source>part of the border</source>
        <translation>sienos dalis</translation>
    </message>
    <message>
        <source>ditches</source>
        <translation>grioviai</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>keliai</translation>
    </message>
</context>
<context>
    <name>flank::posture::Status</name>
    <message>
        <source>Party</source>
        <translation>Valstybė šalis</translation>
    </message>
    <message>
        <source>The state has joined the treaty and is bound by all of its rules.</source>
        <translation>Valstybė prisijungė prie sutarties ir privalo laikytis visų jos nuostatų.</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Paskelbtas sustabdymas</translation>
    </message>
    <message>
        <source>The state says it has suspended the treaty. The treaty has no rule for a suspension, so in law the state is still bound.</source>
        <translation>Valstybė teigia sustabdžiusi sutartį. Sutartis sustabdymo nenumato, todėl teisiškai valstybė vis dar yra ja saistoma.</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Paskelbtas pasitraukimas</translation>
    </message>
    <message>
        <source>The government has said it will leave. Nothing has changed in law yet: the state is still bound.</source>
        <translation>Vyriausybė paskelbė, kad pasitrauks. Teisiškai dar niekas nepasikeitė: valstybė vis dar saistoma sutarties.</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Pasitraukimas patvirtintas</translation>
    </message>
    <message>
        <source>Parliament or a law has approved leaving, but the UN has not yet been told. The state is still bound.</source>
        <translation>Parlamentas arba įstatymas patvirtino pasitraukimą, bet JT dar nepranešta. Valstybė vis dar saistoma sutarties.</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>Pranešta apie pasitraukimą</translation>
    </message>
    <message>
        <source>The state has formally told the UN Secretary-General it is leaving. It stays bound until the withdrawal takes effect, six months later.</source>
        <translation>Valstybė oficialiai pranešė JT Generaliniam Sekretoriui, kad pasitraukia. Ji lieka saistoma sutarties, kol pasitraukimas įsigalios – po šešių mėnesių.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Pasitraukusi</translation>
    </message>
    <message>
        <source>The withdrawal has taken effect: the state is no longer bound.</source>
        <translation>Pasitraukimas įsigaliojo: valstybė nebėra saistoma sutarties.</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Pasirašiusi valstybė</translation>
    </message>
    <message>
        <source>The state signed the treaty but has not ratified it, so it is not bound by it; it should not act against the treaty&apos;s purpose.</source>
        <translation>Valstybė pasirašė sutartį, bet jos neratifikavo, todėl ji nėra saistoma sutarties; tačiau ji neturėtų veikti prieš sutarties tikslą.</translation>
    </message>
    <message>
        <source>Not a party</source>
        <translation>Nėra valstybė šalis</translation>
    </message>
    <message>
        <source>The state has never joined the treaty.</source>
        <translation>Valstybė niekada neprisijungė prie sutarties.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Nėra duomenų</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state.</source>
        <translation>Flank Atlas neturi šios valstybės įrašų su šaltiniais.</translation>
    </message>
</context>
<context>
    <name>flank::posture::StepKind</name>
    <message>
        <source>Signed</source>
        <translation>Pasirašymas</translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation>Ratifikavimas</translation>
    </message>
    <message>
        <source>Acceded</source>
        <translation>Prisijungimas</translation>
    </message>
    <message>
        <source>In force for the state</source>
        <translation>Įsigaliojimas valstybei</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Pasitraukimo paskelbimas</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Pasitraukimo patvirtinimas</translation>
    </message>
    <message>
        <source>Withdrawal notified to the UN</source>
        <translation>Pranešimas JT apie pasitraukimą</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>Pasitraukimo įsigaliojimas</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Sustabdymo paskelbimas</translation>
    </message>
</context>
<context>
    <name>flank::posture::Treaty</name>
    <message>
        <source>Ottawa Convention</source>
        <translation>Otavos konvencija</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions</source>
        <translation>Konvencija dėl kasetinių šaudmenų</translation>
    </message>
</context>
<context>
    <name>flank::posture::TroopNoteKind</name>
    <message>
        <source>Allied presence</source>
        <translation>Sąjungininkų buvimas</translation>
    </message>
    <message>
        <source>Fortification</source>
        <translation>Įtvirtinimai</translation>
    </message>
    <message>
        <source>Russian build-up</source>
        <translation>Rusijos pajėgų telkimas</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Nacionalinės pajėgos</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Minavimas</translation>
    </message>
</context>
<context>
    <name>flank::posture::Verification</name>
    <message>
        <source>Confirmed</source>
        <translation>Patvirtinta</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Vienas šaltinis</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nepatikrinta</translation>
    </message>
</context>
<context>
    <name>flank::render::Legend</name>
    <message>
        <source>Status as of %1</source>
        <translation>Statusas %1</translation>
    </message>
    <message>
        <source>Occupied by Russia (Crimea)</source>
        <translation>Okupuota Rusijos (Krymas)</translation>
    </message>
    <message>
        <source>No data / outside the focus</source>
        <translation>Nėra duomenų / už dėmesio srities ribų</translation>
    </message>
    <message>
        <source>Inner band: %1</source>
        <translation>Vidinė juosta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s): point at a band for its name</source>
        <translation>
            <numerusform>%n įtvirtinimų programa: užveskite žymeklį ant juostos, kad pamatytumėte pavadinimą</numerusform>
            <numerusform>%n įtvirtinimų programos: užveskite žymeklį ant juostos, kad pamatytumėte pavadinimą</numerusform>
            <numerusform>%n įtvirtinimų programų: užveskite žymeklį ant juostos, kad pamatytumėte pavadinimą</numerusform>
        </translation>
    </message>
    <message>
        <source>Russian forces</source>
        <translation>Rusijos pajėgos</translation>
    </message>
    <message>
        <source>Border posture</source>
        <translation>Siena: įtvirtinimai ir pajėgos</translation>
    </message>
    <message>
        <source>Border with Russia or Belarus</source>
        <translation>Siena su Rusija arba Baltarusija</translation>
    </message>
    <message>
        <source>Ticked: along part of the border, which part not published</source>
        <translation>Brūkšneliai: palei sienos dalį, kurią – neskelbiama</translation>
    </message>
    <message>
        <source>Allied forces (size: troops)</source>
        <translation>Sąjungininkų pajėgos (dydis: karių skaičius)</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Nacionalinės pajėgos</translation>
    </message>
    <message>
        <source>%1: status as of %2</source>
        <translation>%1: statusas %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s), one color each</source>
        <translation>
            <numerusform>%n įtvirtinimų programa, kiekviena savo spalva</numerusform>
            <numerusform>%n įtvirtinimų programos, kiekviena savo spalva</numerusform>
            <numerusform>%n įtvirtinimų programų, kiekviena savo spalva</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::render::NorthArrow</name>
    <message>
        <source>N</source>
        <translation>Š</translation>
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
        <translation>%1° š. pl.</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1° p. pl.</translation>
    </message>
    <message>
        <source>Scale true at %1</source>
        <translation>Mastelis tikslus ties %1</translation>
    </message>
</context>
<context>
    <name>flank::render::Sheet</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ir %2</translation>
    </message>
    <message>
        <source>%1 and %2, %3</source>
        <translation>%1 ir %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 and %3</source>
        <translation>%1: %2 ir %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: nuo %2 iki %3</translation>
    </message>
</context>
<context>
    <name>flank::render::TitleBlock</name>
    <message>
        <source>%1: status on %2</source>
        <translation>%1: statusas %2</translation>
    </message>
    <message>
        <source>%1 and %2: status on %3</source>
        <translation>%1 ir %2: statusas %3</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Šaltiniai: %1.</translation>
    </message>
    <message>
        <source>Borders: Natural Earth.</source>
        <translation>Sienos: Natural Earth.</translation>
    </message>
    <message>
        <source>Data checked on %1.</source>
        <translation>Duomenys patikrinti %1.</translation>
    </message>
    <message>
        <source>Data: Flank Atlas posture dataset, edition of %1 (format %2).</source>
        <translation>Duomenys: Flank Atlas duomenų rinkinys, %1 leidimas (formatas %2).</translation>
    </message>
</context>
<context>
    <name>flank::ui</name>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Paskelbtas ilgis: %1 km</translation>
    </message>
    <message>
        <source>Border: %1 – %2</source>
        <translation>Siena: %1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m</source>
        <translation>%1 km, išmatuota pagal Natural Earth 1:10m</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 km pagal paskelbtus duomenis</translation>
    </message>
    <message>
        <source>Click for details and sources.</source>
        <translation>Spustelėkite, kad pamatytumėte išsamią informaciją ir šaltinius.</translation>
    </message>
</context>
<context>
    <name>flank::ui::AboutDialog</name>
    <message>
        <source>About Flank Atlas</source>
        <translation>Apie Flank Atlas</translation>
    </message>
    <message>
        <source>Flank Atlas icon</source>
        <translation>Flank Atlas piktograma</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A map of NATO&apos;s eastern flank under the Ottawa Convention and the Convention on Cluster Munitions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Versija %1&lt;/p&gt;&lt;p&gt;NATO rytinio flango žemėlapis pagal Otavos konvenciją ir Konvenciją dėl kasetinių šaudmenų.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nežinoma</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Code:&lt;/b&gt; MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Borders:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, public domain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Posture dataset:&lt;/b&gt; as of %1, %2 sources; licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Every status, quote, pledge and troop note names its sources; quotations remain the work of their authors and outlets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonts:&lt;/b&gt; DejaVu, Bitstream Vera licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kodas:&lt;/b&gt; MIT licencija.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sienos:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, vieša nuosavybė.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Duomenų rinkinys:&lt;/b&gt; %1 būklė, šaltinių: %2; licencija &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Kiekvienam statusui, citatai, įsipareigojimui ir pastabai apie pajėgas nurodyti šaltiniai; citatos lieka jų autorių ir leidinių kūriniai.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Šriftai:&lt;/b&gt; DejaVu, Bitstream Vera licencija.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outlets the dataset cites:</source>
        <translation>Duomenų rinkinyje cituojami leidiniai ir institucijos:</translation>
    </message>
    <message>
        <source>Outlets the dataset cites</source>
        <translation>Duomenų rinkinyje cituojami leidiniai ir institucijos</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Apie &amp;Qt</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationAutosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatinis įrašymas nepavyko: %1</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationController</name>
    <message>
        <source>Change Color</source>
        <translation>Keisti spalvą</translation>
    </message>
    <message>
        <source>Change Size</source>
        <translation>Keisti dydį</translation>
    </message>
    <message>
        <source>Change Symbol</source>
        <translation>Keisti simbolį</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Redaguoti anotaciją</translation>
    </message>
    <message>
        <source>Move Annotation</source>
        <translation>Perkelti anotaciją</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationEditDialog</name>
    <message>
        <source>Circle</source>
        <translation>Apskritimas</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Kvadratas</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Trikampis</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Žvaigždė</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Kryžius</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anotacija</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Etiketės tekstas</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>Neprivalomas paaiškinimas</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekstas:</translation>
    </message>
    <message>
        <source>&amp;Color:</source>
        <translation>&amp;Spalva:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Dydis:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>Si&amp;mbolis:</translation>
    </message>
    <message>
        <source>Size in points</source>
        <translation>Dydis punktais</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationTools</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Pasirinkimas</translation>
    </message>
    <message>
        <source>&amp;Text Label</source>
        <translation>&amp;Teksto etiketė</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Rodyklė</translation>
    </message>
    <message>
        <source>&amp;Marker</source>
        <translation>Ž&amp;ymeklis</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Linija</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Sritis</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Anotacijos</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>R&amp;edaguoti anotaciją…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Naikinti anotaciją</translation>
    </message>
    <message>
        <source>&amp;Finish Line or Area</source>
        <translation>&amp;Baigti liniją ar sritį</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anotacijos</translation>
    </message>
    <message>
        <source>Annotation color</source>
        <translation>Anotacijos spalva</translation>
    </message>
    <message>
        <source>Annotation size</source>
        <translation>Anotacijos dydis</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Marker symbol</source>
        <translation>Žymeklio simbolis</translation>
    </message>
    <message>
        <source>&amp;Open Annotations…</source>
        <translation>&amp;Atverti anotacijas…</translation>
    </message>
    <message>
        <source>Open Annotations</source>
        <translation>Atverti anotacijas</translation>
    </message>
    <message>
        <source>Save A&amp;nnotations As…</source>
        <translation>Įrašyti anotacijas &amp;kaip…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Atša&amp;ukti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Pakart&amp;oti</translation>
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
            <numerusform>Dalies failo nepavyko perskaityti; įkelta %n anotacija.</numerusform>
            <numerusform>Dalies failo nepavyko perskaityti; įkeltos %n anotacijos.</numerusform>
            <numerusform>Dalies failo nepavyko perskaityti; įkelta %n anotacijų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Annotations</source>
        <translation>Įrašyti anotacijas</translation>
    </message>
    <message>
        <source>Annotations saved to %1</source>
        <translation>Anotacijos įrašytos į %1</translation>
    </message>
    <message>
        <source>Save Annotations As</source>
        <translation>Įrašyti anotacijas kaip</translation>
    </message>
    <message>
        <source>Unsaved Annotations</source>
        <translation>Neįrašytos anotacijos</translation>
    </message>
    <message>
        <source>Save the annotations before closing?</source>
        <translation>Įrašyti anotacijas prieš uždarant?</translation>
    </message>
</context>
<context>
    <name>flank::ui::Announcer</name>
    <message>
        <source>News about the map</source>
        <translation>Pranešimai apie žemėlapį</translation>
    </message>
</context>
<context>
    <name>flank::ui::ChangesPanel</name>
    <message>
        <source>What changed</source>
        <translation>Kas pasikeitė</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No state&apos;s status changed between these two dates.</source>
        <translation>Tarp šių dviejų datų nė vienos valstybės statusas nepasikeitė.</translation>
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
        <translation>Paprastas tekstas (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Citations</source>
        <translation>Eksportuoti &amp;nuorodas</translation>
    </message>
    <message>
        <source>Of the States in &amp;View…</source>
        <translation>Žemėlapyje matomų &amp;valstybių…</translation>
    </message>
    <message>
        <source>Of %1…</source>
        <translation>Valstybės %1…</translation>
    </message>
    <message>
        <source>Of the &amp;Selected State…</source>
        <translation>&amp;Pasirinktos valstybės…</translation>
    </message>
    <message>
        <source>Export Citations</source>
        <translation>Eksportuoti nuorodas</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written to %1</source>
        <translation>
            <numerusform>%n šaltinis įrašytas į %1</numerusform>
            <numerusform>%n šaltiniai įrašyti į %1</numerusform>
            <numerusform>%n šaltinių įrašyta į %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The citations could not be written.</source>
        <translation>Nepavyko įrašyti nuorodų.</translation>
    </message>
</context>
<context>
    <name>flank::ui::CompareView</name>
    <message>
        <source>Second map</source>
        <translation>Antras žemėlapis</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>Pa&amp;lyginti:</translation>
    </message>
    <message>
        <source>Two dates side by side</source>
        <translation>Dvi datos greta</translation>
    </message>
    <message>
        <source>Two treaties side by side</source>
        <translation>Dvi konvencijos greta</translation>
    </message>
    <message>
        <source>Swipe between two dates</source>
        <translation>Perbraukimas tarp dviejų datų</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Kairė:</translation>
    </message>
    <message>
        <source>Date of the left map</source>
        <translation>Kairiojo žemėlapio data</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Dešinė:</translation>
    </message>
    <message>
        <source>Date of the right map</source>
        <translation>Dešiniojo žemėlapio data</translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation>Uždaryti palyginimą</translation>
    </message>
    <message>
        <source>Back to one map (Ctrl+Shift+K)</source>
        <translation>Grįžti prie vieno žemėlapio (Ctrl+Shift+K)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Coordinates</name>
    <message>
        <source>N</source>
        <translation>š. pl.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>p. pl.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>r. ilg.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>v. ilg.</translation>
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
        <translation>Duomenų problemos</translation>
    </message>
    <message>
        <source>Data issues</source>
        <translation>Duomenų problemos</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Svarba</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>error</source>
        <translation>klaida</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>įspėjimas</translation>
    </message>
    <message>
        <source>Data Issues (%1)</source>
        <translation>Duomenų problemos (%1)</translation>
    </message>
</context>
<context>
    <name>flank::ui::DataMessages</name>
    <message>
        <source>the file has nothing the map can show</source>
        <translation>faile nėra nieko, ką žemėlapis galėtų parodyti</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 eilutė, %2 stulpelis: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2. The bundled outlines from %3 are shown instead. Replace the file with a good copy, or remove it.</source>
        <translation>Nepavyko perskaityti šalių kontūrų iš %1: %2. Vietoj jų rodomi kartu su programa pateikti kontūrai iš %3. Pakeiskite failą tvarkinga kopija arba jį pašalinkite.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2. The bundled data from %3 are shown instead. Correct the file (Data Issues lists every problem), or remove it.</source>
        <translation>Nepavyko perskaityti duomenų iš %1: %2. Vietoj jų rodomi kartu su programa pateikti duomenys iš %3. Pataisykite failą (skydelyje „Duomenų problemos“ išvardytos visos problemos) arba jį pašalinkite.</translation>
    </message>
    <message>
        <source>The bundled country outlines in %1 could not be read: %2. The map has no countries to draw. Reinstall Flank Atlas.</source>
        <translation>Nepavyko perskaityti kartu su programa pateiktų šalių kontūrų iš %1: %2. Žemėlapyje nėra šalių, kurias būtų galima nubraižyti. Iš naujo įdiekite Flank Atlas.</translation>
    </message>
    <message>
        <source>The bundled posture data in %1 could not be read: %2. The map shows no statuses. Reinstall Flank Atlas, or open a good copy with File › Open Dataset…</source>
        <translation>Nepavyko perskaityti kartu su programa pateiktų duomenų iš %1: %2. Žemėlapyje nerodomi statusai. Iš naujo įdiekite Flank Atlas arba atverkite tvarkingą kopiją per Failas › Atverti duomenų rinkinį…</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Nepavyko perskaityti šalių kontūrų iš %1: %2; vietoj jų nepavyko panaudoti ir kartu su programa pateiktos kopijos.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Nepavyko perskaityti duomenų iš %1: %2; vietoj jų nepavyko panaudoti ir kartu su programa pateiktos kopijos.</translation>
    </message>
    <message>
        <source>%1 could not be opened as a dataset: %2. The map still shows the data it showed before.</source>
        <translation>Nepavyko atverti %1 kaip duomenų rinkinio: %2. Žemėlapyje ir toliau rodomi ankstesni duomenys.</translation>
    </message>
    <message>
        <source>%1 has errors (%2 in all); the first is at %3. Its valid records are shown, and Data Issues lists every problem.</source>
        <translation>Faile %1 yra klaidų (iš viso: %2); pirmoji – %3. Rodomi tinkami įrašai, o skydelyje „Duomenų problemos“ išvardytos visos problemos.</translation>
    </message>
    <message>
        <source>%1 changed, and the new version has errors; the first is at %2. The map keeps the last version that could be read.</source>
        <translation>Failas %1 pasikeitė, o naujojoje versijoje yra klaidų; pirmoji – %2. Žemėlapyje paliekama paskutinė versija, kurią pavyko perskaityti.</translation>
    </message>
</context>
<context>
    <name>flank::ui::DatasetOpener</name>
    <message>
        <source>Open Dataset</source>
        <translation>Atverti duomenų rinkinį</translation>
    </message>
    <message>
        <source>Posture datasets (*.json);;All files (*)</source>
        <translation>Duomenų rinkiniai (*.json);;Visi failai (*)</translation>
    </message>
</context>
<context>
    <name>flank::ui::EditionChanges</name>
    <message>
        <source>the edition of %1</source>
        <translation>%1 leidimas</translation>
    </message>
    <message>
        <source>What the New Edition Changes</source>
        <translation>Ką keičia naujas leidimas</translation>
    </message>
    <message>
        <source>The edition of %1 has the same records and statuses as the one shown before.</source>
        <translation>%1 leidime yra tie patys įrašai ir statusai kaip ir anksčiau rodytame.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added, removed or changed; %1 status(es) on %2 differ.</source>
        <translation>
            <numerusform>%n įrašas pridėtas, pašalintas arba pakeistas; skirtingų statusų %2: %1.</numerusform>
            <numerusform>%n įrašai pridėti, pašalinti arba pakeisti; skirtingų statusų %2: %1.</numerusform>
            <numerusform>%n įrašų pridėta, pašalinta arba pakeista; skirtingų statusų %2: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the editions</source>
        <translation>Leidimų skirtumai</translation>
    </message>
</context>
<context>
    <name>flank::ui::ExportDialog</name>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Status date stamp</source>
        <translation>Statuso data</translation>
    </message>
    <message>
        <source>Sources footer</source>
        <translation>Poraštė su šaltiniais</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Mastelio juosta</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Šiaurės rodyklė</translation>
    </message>
    <message>
        <source>Inset locator map</source>
        <translation>Vietos žemėlapis intarpe</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>Šalių pavadinimai</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Eksportuoti žemėlapį</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Naršyti…</translation>
    </message>
    <message>
        <source>As the window shows it</source>
        <translation>Kaip rodoma lange</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pikseliai</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Popierius</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Gulsčias</translation>
    </message>
    <message>
        <source>The treaty and the date</source>
        <translation>Sutartis ir data</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Failas:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Dydis:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Pikseliai:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Popierius:</translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation>&amp;Skyra (dpi):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>Pa&amp;antraštė:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Rodyti:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuoti</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy &amp;Map</source>
        <translation>Kopijuoti že&amp;mėlapį</translation>
    </message>
    <message>
        <source>One GeoTIFF for each map was written:
%1</source>
        <translation>Kiekvienam žemėlapiui įrašytas atskiras GeoTIFF failas:
%1</translation>
    </message>
    <message>
        <source>Cite the dataset edition</source>
        <translation>Cituoti duomenų rinkinio leidimą</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</source>
        <translation>Vaizdai ir dokumentai (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Plotis pikseliais</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Aukštis pikseliais</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Popieriaus dydis</translation>
    </message>
    <message>
        <source>Resolution in dpi</source>
        <translation>Skyra taškais colyje</translation>
    </message>
</context>
<context>
    <name>flank::ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Terminų žodynas</translation>
    </message>
    <message>
        <source>Ottawa Convention (1997)</source>
        <translation>Otavos konvencija (1997)</translation>
    </message>
    <message>
        <source>The Mine Ban Treaty. A state that joins promises never to use, make, stockpile or pass on anti-personnel mines (mines set off by a person), to destroy the mines it holds and to clear the ground it has mined. Anti-vehicle mines are not covered.</source>
        <translation>Minų draudimo sutartis. Prisijungusi valstybė įsipareigoja niekada nenaudoti, negaminti, nekaupti ir neperduoti priešpėstinių minų (minų, kurias susprogdina žmogus), sunaikinti turimas minas ir išvalyti savo užminuotas teritorijas. Priešmašininėms minoms ji netaikoma.</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions (2008)</source>
        <translation>Konvencija dėl kasetinių šaudmenų (2008)</translation>
    </message>
    <message>
        <source>A state that joins promises never to use, make, stockpile or pass on cluster munitions: weapons that scatter many small bomblets over a wide area, some of which fail to explode and kill people long after the fighting.</source>
        <translation>Prisijungusi valstybė įsipareigoja niekada nenaudoti, negaminti, nekaupti ir neperduoti kasetinių šaudmenų: ginklų, kurie dideliame plote išbarsto daug mažų šaudmenėlių; dalis jų nesprogsta ir žudo žmones dar ilgai po kovų.</translation>
    </message>
    <message>
        <source>Article 20</source>
        <translation>20 straipsnis</translation>
    </message>
    <message>
        <source>In both conventions, the article on leaving. A state may withdraw by telling the UN Secretary-General, the other states and the Security Council, with its reasons. The withdrawal takes effect six months later; but if the state is then in an armed conflict, it stays bound until that conflict ends.</source>
        <translation>Abiejose konvencijose – straipsnis apie pasitraukimą. Valstybė gali pasitraukti, pranešusi JT Generaliniam Sekretoriui, kitoms valstybėms ir Saugumo Tarybai ir nurodžiusi priežastis. Pasitraukimas įsigalioja po šešių mėnesių; tačiau jei tuo metu valstybė dalyvauja ginkluotame konflikte, ji lieka saistoma, kol tas konfliktas baigsis.</translation>
    </message>
    <message>
        <source>Notified (withdrawal notified)</source>
        <translation>Pranešta (pranešta apie pasitraukimą)</translation>
    </message>
    <message>
        <source>The state has handed its formal notice of withdrawal to the UN Secretary-General, who keeps the treaty. This starts the six-month countdown. Announcing a withdrawal or passing a law about it is not yet notifying.</source>
        <translation>Valstybė įteikė oficialų pranešimą apie pasitraukimą JT Generaliniam Sekretoriui, sutarties depozitarui. Nuo to prasideda šešių mėnesių terminas. Paskelbimas apie pasitraukimą ar įstatymo dėl jo priėmimas dar nėra pranešimas.</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Kaip skaityti žemėlapį</translation>
    </message>
    <message>
        <source>Each state is filled with its status under the treaty chosen, on the date on the timeline. With both treaties shown, the fill is the Ottawa Convention and a broad inner band along the border is the Convention on Cluster Munitions. Hatching marks a withdrawal under way, cross-hatching a declared suspension, so the map can be read in black and white too.</source>
        <translation>Kiekviena valstybė nuspalvinta pagal jos statusą pasirinktos sutarties atžvilgiu laiko juostoje nurodytą dieną. Kai rodomos abi sutartys, užpildas rodo Otavos konvenciją, o plati vidinė juosta palei sieną – Konvenciją dėl kasetinių šaudmenų. Brūkšniavimas žymi vykstantį pasitraukimą, kryžminis brūkšniavimas – paskelbtą sustabdymą, todėl žemėlapį galima skaityti ir nespalvotą.</translation>
    </message>
    <message>
        <source>Occupied territory</source>
        <translation>Okupuota teritorija</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statusai</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. The atlas shows Ukraine&apos;s status there, muted, under horizontal stripes and a dashed edge: no treaty status uses either, so occupation reads apart in color and in black and white.</source>
        <translation>Krymas – Ukrainos teritorija, Rusijos okupuota nuo 2014 m. Atlase ten rodomas Ukrainos statusas, pritemdytas, su horizontaliomis juostomis ir punktyriniu kraštu: jų nenaudoja joks sutarties statusas, todėl okupacija išsiskiria ir spalvotai, ir nespalvotai.</translation>
    </message>
    <message>
        <source>Border posture layers</source>
        <translation>Sienų būklės sluoksniai</translation>
    </message>
    <message>
        <source>Dark lines trace each focus state&apos;s land border with Russia (Kaliningrad included) and Belarus, and the Belarus–Russia border, on the Natural Earth outlines; their lengths are measured on the ellipsoid and shown beside the published ones. Colored bands along them are named fortification programmes: solid where a source says the programme covers the whole border, ticked where it covers an unpublished part. Discs are deployments with a known garrison, sized by the troops a source gives. Each layer can be turned off in the View menu.</source>
        <translation>Tamsios linijos žymi kiekvienos stebimos valstybės sausumos sieną su Rusija (įskaitant Kaliningradą) ir Baltarusija bei Baltarusijos ir Rusijos sieną pagal Natural Earth kontūrus; jų ilgiai išmatuoti elipsoide ir parodyti šalia paskelbtųjų. Spalvotos juostos palei jas – įvardytos įtvirtinimų programos: ištisinės, kai šaltinis nurodo, kad programa apima visą sieną, brūkšniuotos, kai ji apima neskelbiamą dalį. Skrituliai – dislokacijos su žinomu garnizonu; jų dydis priklauso nuo šaltinio nurodyto karių skaičiaus. Kiekvieną sluoksnį galima išjungti meniu „Rodinys“.</translation>
    </message>
    <message>
        <source>Glossary entries</source>
        <translation>Terminų žodyno įrašai</translation>
    </message>
</context>
<context>
    <name>flank::ui::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Flank Atlas will be in this language from its next start.</source>
        <translation>Flank Atlas šia kalba veiks nuo kito paleidimo.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Paleisti iš naujo dabar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Vėliau</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ka&amp;lba</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Nuostatos neįrašytos</translation>
    </message>
</context>
<context>
    <name>flank::ui::Legend</name>
    <message>
        <source>%1
The fill shows each state&apos;s status under this treaty on the date shown. Click for the glossary.</source>
        <translation>%1
Užpildas rodo kiekvienos valstybės statusą pagal šią sutartį nurodytą dieną. Spustelėkite, kad atvertumėte terminų žodyną.</translation>
    </message>
    <message>
        <source>Inner band: %1
%2</source>
        <translation>Vidinė juosta: %1
%2</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state, or it lies outside the eastern flank the atlas follows.</source>
        <translation>Flank Atlas neturi šios valstybės įrašų su šaltiniais arba ji yra už atlase nagrinėjamo rytinio flango ribų.</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. It shows Ukraine&apos;s status, muted, under horizontal stripes and a dashed edge.</source>
        <translation>Krymas – Ukrainos teritorija, Rusijos okupuota nuo 2014 m. Jame rodomas Ukrainos statusas, pritemdytas, su horizontaliomis juostomis ir punktyriniu kraštu.</translation>
    </message>
    <message>
        <source>The land border with Russia (Kaliningrad included) or Belarus, traced on the Natural Earth outlines. Click a line for its measured and published lengths.</source>
        <translation>Sausumos siena su Rusija (įskaitant Kaliningradą) arba Baltarusija pagal Natural Earth kontūrus. Spustelėkite liniją, kad pamatytumėte išmatuotą ir paskelbtą ilgį.</translation>
    </message>
    <message>
        <source>%1
A fortification programme along the border, in its own color. Click the band on the map for what it builds, its budget and sources.</source>
        <translation>%1
Įtvirtinimų programa palei sieną, savo spalva. Spustelėkite juostą žemėlapyje, kad pamatytumėte, ką ji stato, jos biudžetą ir šaltinius.</translation>
    </message>
    <message>
        <source>The programme runs along part of this border; its sources do not say which part, so the whole line is ticked rather than a segment invented.</source>
        <translation>Programa vykdoma palei dalį šios sienos; šaltiniai nenurodo kurią, todėl brūkšniuota visa linija, o ne išgalvota atkarpa.</translation>
    </message>
    <message>
        <source>%1
Deployments with a known place. A disc&apos;s area grows with the troops a source gives; a small disc means no number was published.</source>
        <translation>%1
Dislokacijos su žinoma vieta. Skritulio plotas didėja pagal šaltinio nurodytą karių skaičių; mažas skritulys reiškia, kad skaičius nepaskelbtas.</translation>
    </message>
</context>
<context>
    <name>flank::ui::LegendStrip</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
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
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Didinti</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Mažinti</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Atku&amp;rti rodinį</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
    <message>
        <source>&amp;About Flank Atlas</source>
        <translation>&amp;Apie Flank Atlas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Išsami informacija</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Žemėlapis</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Taisa</translation>
    </message>
    <message>
        <source>&amp;Copy View as Text</source>
        <translation>&amp;Kopijuoti rodinį kaip tekstą</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste View</source>
        <translation>Įk&amp;lijuoti rodinį</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Find State…</source>
        <translation>&amp;Rasti valstybę…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>Švie&amp;si</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tamsi</translation>
    </message>
    <message>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Projektorius (didelis kontrastas)</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Įrašytieji rod&amp;iniai</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Eiti</translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation>Slinkti &amp;kairėn</translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation>Slinkti &amp;dešinėn</translation>
    </message>
    <message>
        <source>Pan &amp;Up</source>
        <translation>Slinkti &amp;aukštyn</translation>
    </message>
    <message>
        <source>Pan &amp;Down</source>
        <translation>Slinkti že&amp;myn</translation>
    </message>
    <message>
        <source>&amp;Next State</source>
        <translation>Kita &amp;valstybė</translation>
    </message>
    <message>
        <source>P&amp;revious State</source>
        <translation>Ankstesnė vals&amp;tybė</translation>
    </message>
    <message>
        <source>&amp;Select Highlighted State</source>
        <translation>&amp;Pasirinkti paryškintą valstybę</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Išvalyti pasi&amp;rinkimą</translation>
    </message>
    <message>
        <source>Previous &amp;Event</source>
        <translation>Ankstesnis įv&amp;ykis</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Next E&amp;vent</source>
        <translation>Kitas įvyki&amp;s</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>Leisti / prista&amp;bdyti</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Terminų žodynas</translation>
    </message>
    <message>
        <source>unknown treaty &apos;%1&apos;</source>
        <translation>nežinoma sutartis „%1“</translation>
    </message>
    <message>
        <source>Paste View</source>
        <translation>Įklijuoti rodinį</translation>
    </message>
    <message>
        <source>The clipboard does not hold a view.</source>
        <translation>Iškarpinėje nėra rodinio.</translation>
    </message>
    <message>
        <source>Paste View: %1</source>
        <translation>Įklijuoti rodinį: %1</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>Į&amp;rašyti dabartinį rodinį…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ša&amp;linti</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Įrašyti rodinį</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Rodinio pavadinimas:</translation>
    </message>
    <message>
        <source>Recover Annotations</source>
        <translation>Atkurti anotacijas</translation>
    </message>
    <message numerus="yes">
        <source>Flank Atlas did not close properly last time. Recover the %n unsaved annotation(s)?</source>
        <translation>
            <numerusform>Praėjusį kartą Flank Atlas darbas nebuvo tinkamai baigtas. Atkurti %n neįrašytą anotaciją?</numerusform>
            <numerusform>Praėjusį kartą Flank Atlas darbas nebuvo tinkamai baigtas. Atkurti %n neįrašytas anotacijas?</numerusform>
            <numerusform>Praėjusį kartą Flank Atlas darbas nebuvo tinkamai baigtas. Atkurti %n neįrašytų anotacijų?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Kitas skyd&amp;elis</translation>
    </message>
    <message>
        <source>Previ&amp;ous Pane</source>
        <translation>Ankstesnis skydel&amp;is</translation>
    </message>
    <message>
        <source>Saved views could not be read</source>
        <translation>Nepavyko perskaityti įrašytų rodinių</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Šalinti rodinį</translation>
    </message>
    <message>
        <source>Your saved views are as they were. Check that the folder exists and is writable and that the disk is not full.</source>
        <translation>Jūsų įrašyti rodiniai liko nepakeisti. Patikrinkite, ar aplankas yra ir į jį galima rašyti, ir ar diskas nepilnas.</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Nuostatos neįrašytos</translation>
    </message>
    <message>
        <source>Borders with Russia and &amp;Belarus</source>
        <translation>Sienos su Rusija ir &amp;Baltarusija</translation>
    </message>
    <message>
        <source>&amp;Fortification Programmes</source>
        <translation>Įtvirtinimų &amp;programos</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>Pa&amp;jėgų dislokavimas</translation>
    </message>
    <message>
        <source>Next &amp;Border Item</source>
        <translation>Kitas sie&amp;nos elementas</translation>
    </message>
    <message>
        <source>Previous Border &amp;Item</source>
        <translation>Ankstesnis sienos e&amp;lementas</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Nukopijuota: %1</translation>
    </message>
    <message>
        <source>Open &amp;Dataset…</source>
        <translation>Atverti &amp;duomenų rinkinį…</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Kas pasikeitė</translation>
    </message>
    <message>
        <source>&amp;Compare Two Dates</source>
        <translation>Palyginti dvi d&amp;atas</translation>
    </message>
    <message>
        <source>S&amp;wipe Between Two Dates</source>
        <translation>P&amp;erbraukimas tarp dviejų datų</translation>
    </message>
    <message>
        <source>Compare the Two Tr&amp;eaties</source>
        <translation>Palyginti dvi &amp;konvencijas</translation>
    </message>
    <message>
        <source>S&amp;mall Multiples…</source>
        <translation>Žemėlapių ti&amp;nklelis…</translation>
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
        <translation>Žemėlapis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Withdrawal takes effect %1</source>
        <translation>Pasitraukimas įsigalioja %1</translation>
    </message>
    <message>
        <source>Date the withdrawal takes effect not yet known</source>
        <translation>Pasitraukimo įsigaliojimo data dar nežinoma</translation>
    </message>
    <message>
        <source>(date known only to the month or year)</source>
        <translation>(data žinoma tik mėnesio ar metų tikslumu)</translation>
    </message>
</context>
<context>
    <name>flank::ui::MessageBar</name>
    <message>
        <source>Show Issues</source>
        <translation>Rodyti problemas</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>Duomenų problema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
</context>
<context>
    <name>flank::ui::MultiplesDialog</name>
    <message>
        <source>Small Multiples</source>
        <translation>Žemėlapių tinklelis</translation>
    </message>
    <message>
        <source>Every year, on 1 January</source>
        <translation>Kasmet, sausio 1 d.</translation>
    </message>
    <message>
        <source>Each dated step of the selected state</source>
        <translation>Kiekvienas pasirinktos valstybės datuotas žingsnis</translation>
    </message>
    <message>
        <source>Dates I type</source>
        <translation>Mano įvestos datos</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Pirmieji metai</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Paskutiniai metai</translation>
    </message>
    <message>
        <source>Dates, separated by commas</source>
        <translation>Datos, atskirtos kableliais</translation>
    </message>
    <message>
        <source>2025-01-01, 2025-07-01, 2026-03-01</source>
        <translation>2025-01-01, 2025-07-01, 2026-03-01</translation>
    </message>
    <message>
        <source>Fit to the picture</source>
        <translation>Pritaikyti prie vaizdo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stulpeliai</translation>
    </message>
    <message>
        <source>Preview of the maps</source>
        <translation>Žemėlapių peržiūra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datos:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Metai:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Sąrašas:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>S&amp;tulpeliai:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <source>Select a state on the map first: its dated steps give the dates.</source>
        <translation>Pirmiausia žemėlapyje pasirinkite valstybę: datos bus paimtos iš jos datuotų žingsnių.</translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD, separated by commas.</source>
        <translation>Įveskite datas formatu MMMM-MM-DD, atskirdami kableliais.</translation>
    </message>
    <message>
        <source>%1 date(s): a grid takes from %2 to %3.</source>
        <translation>Datų: %1; tinklelyje telpa nuo %2 iki %3.</translation>
    </message>
    <message>
        <source>Export Small Multiples</source>
        <translation>Eksportuoti žemėlapių tinklelį</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>Vaizdai ir dokumentai (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Panel</name>
    <message>
        <source>Source: none given</source>
        <translation>Šaltinis: nenurodytas</translation>
    </message>
    <message>
        <source>Source: %1, “%2”, %3</source>
        <translation>Šaltinis: %1, „%2“, %3</translation>
    </message>
    <message>
        <source>(known to contain errors: %1)</source>
        <translation>(yra žinomų klaidų: %1)</translation>
    </message>
    <message>
        <source>%1% of GDP by %2</source>
        <translation>%1% BVP iki %2</translation>
    </message>
    <message>
        <source>%1 %2 billion in %3</source>
        <translation>%1 %2 mlrd. %3 m.</translation>
    </message>
    <message>
        <source>%1 %2 million in %3</source>
        <translation>%1 %2 mln. %3 m.</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 %3 m.</translation>
    </message>
    <message>
        <source>(known errors)</source>
        <translation>(žinomos klaidos)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Šaltiniai: %1</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>faktinės</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>įvertis</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>biudžetas</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>planas</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>įsipareigojimas</translation>
    </message>
    <message>
        <source>%1% of GDP in %2 (%3)</source>
        <translation>%1% BVP %2 m. (%3)</translation>
    </message>
    <message>
        <source>%1 (copy on %2)</source>
        <translation>%1 (kopija svetainėje %2)</translation>
    </message>
    <message>
        <source>Source: copy on %1 of an article by %2, “%3”, %4</source>
        <translation>Šaltinis: %2 straipsnio „%3“ kopija svetainėje %1, %4</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Kopijuoti nuorodą</translation>
    </message>
</context>
<context>
    <name>flank::ui::PledgeChart</name>
    <message>
        <source>Defence-spending pledges, percent of GDP by target year</source>
        <translation>Įsipareigojimai dėl gynybos išlaidų, BVP procentais pagal tikslinius metus</translation>
    </message>
    <message>
        <source>2 %</source>
        <translation>2 %</translation>
    </message>
    <message>
        <source>Defence spending, percent of GDP by year</source>
        <translation>Gynybos išlaidos, BVP procentais pagal metus</translation>
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
        <translation>paskelbta %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>pradėta %1</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>baigta %1</translation>
    </message>
    <message>
        <source>planned completion %1</source>
        <translation>planuojama baigti %1</translation>
    </message>
    <message>
        <source>Fortification programme</source>
        <translation>Įtvirtinimų programa</translation>
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <source>Along: %1</source>
        <translation>Palei: %1</translation>
    </message>
    <message>
        <source>%1–%2: %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Paskelbtas ilgis: %1 km</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Biudžetas: %1</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Apima: %1</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Duomenys patikrinti %1</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>vadovauja: %1</translation>
    </message>
    <message>
        <source>size: %1</source>
        <translation>dydis: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>nuo %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>iki %1</translation>
    </message>
    <message>
        <source>Marker at %1 (%2, %3)</source>
        <translation>Žymeklis ties %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Siena</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m (geodesic)</source>
        <translation>%1 km, išmatuota pagal Natural Earth 1:10m (geodeziškai)</translation>
    </message>
    <message>
        <source>Measuring on Natural Earth 1:10m…</source>
        <translation>Matuojama pagal Natural Earth 1:10m…</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 km pagal paskelbtus duomenis</translation>
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
        <translation>%1: nepavyko įrašyti nuostatų (gal diskas pilnas arba aplankas tik skaitomas); paliekamos ankstesnės nuostatos.</translation>
    </message>
</context>
<context>
    <name>flank::ui::PresentationConsole</name>
    <message>
        <source>Presenter view: %1</source>
        <translation>Pranešėjo rodinys: %1</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Toliau:</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%1 žingsnis iš %2</translation>
    </message>
    <message>
        <source>%1    elapsed %2:%3</source>
        <translation>%1    praėjo %2:%3</translation>
    </message>
</context>
<context>
    <name>flank::ui::SavedViews</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>failas didesnis nei %1 MiB</translation>
    </message>
    <message>
        <source>not a saved-views file (no &quot;format&quot;: &quot;%1&quot; with a &quot;views&quot; list)</source>
        <translation>tai ne įrašytų rodinių failas (nėra &quot;format&quot;: &quot;%1&quot; su sąrašu &quot;views&quot;)</translation>
    </message>
    <message>
        <source>/views/%1: a view needs a &quot;name&quot; and a &quot;state&quot; object</source>
        <translation>/views/%1: rodiniui reikia lauko &quot;name&quot; ir objekto &quot;state&quot;</translation>
    </message>
    <message>
        <source>Could not save the views: %1</source>
        <translation>Nepavyko įrašyti rodinių: %1</translation>
    </message>
    <message>
        <source>Could not save the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Nepavyko įrašyti rodinio: %1. Failas paliktas nepakeistas; pataisykite arba pašalinkite jį.</translation>
    </message>
    <message>
        <source>Could not delete the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Nepavyko pašalinti rodinio: %1. Failas paliktas nepakeistas; pataisykite arba pašalinkite jį.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SearchBox</name>
    <message>
        <source>Find a state (name or ISO code)</source>
        <translation>Rasti valstybę (pavadinimas arba ISO kodas)</translation>
    </message>
    <message>
        <source>Find a state</source>
        <translation>Rasti valstybę</translation>
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
        <translation>Valstybė nepasirinkta. Žemėlapis, %1.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2, since %3.</source>
        <translation>%1: %2, nuo %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Būklė %1.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SessionAnnouncements</name>
    <message>
        <source>Selection cleared</source>
        <translation>Pasirinkimas išvalytas</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Pasirinkta: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>No state changed status.</source>
        <translation>Nė viena valstybė nepakeitė statuso.</translation>
    </message>
    <message>
        <source>States that changed status: %1.</source>
        <translation>Statusą pakeitusių valstybių: %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no state&apos;s status changed</source>
        <translation>nė vienos valstybės statusas nepasikeitė</translation>
    </message>
    <message>
        <source>changes of status: %1</source>
        <translation>statuso pokyčių: %1</translation>
    </message>
    <message>
        <source>What changed from %1 to %2: %3</source>
        <translation>Kas pasikeitė nuo %1 iki %2: %3</translation>
    </message>
</context>
<context>
    <name>flank::ui::StatePanel</name>
    <message>
        <source>State details</source>
        <translation>Valstybės informacija</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Valstybė nepasirinkta</translation>
    </message>
    <message>
        <source>Click a state on the map, find it by name (Ctrl+F), or press Tab to move through the states and Enter to select one.</source>
        <translation>Spustelėkite valstybę žemėlapyje, raskite ją pagal pavadinimą (Ctrl+F) arba pereikite per valstybes klavišu Tab ir pasirinkite klavišu Enter.</translation>
    </message>
    <message>
        <source>What do the colors mean?</source>
        <translation>Ką reiškia spalvos?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Būklė %1</translation>
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
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>%1, armed-conflict rule %2: %3</source>
        <translation>%1, ginkluoto konflikto taisyklė %2: %3</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>taikoma</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>netaikoma</translation>
    </message>
    <message>
        <source>What do these statuses and Article 20 mean?</source>
        <translation>Ką reiškia šie statusai ir 20 straipsnis?</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citatos</translation>
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
        <translation>Taip pat paskelbta kaip: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n later quote(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n vėlesnė citata nerodoma: perkelkite laiko juostą į priekį.</numerusform>
            <numerusform>%n vėlesnės citatos nerodomos: perkelkite laiko juostą į priekį.</numerusform>
            <numerusform>%n vėlesnių citatų nerodoma: perkelkite laiko juostą į priekį.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (pledged %2)</source>
        <translation>%1 (įsipareigota %2)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Forces and fortifications</source>
        <translation>Pajėgos ir įtvirtinimai</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>pranešta %1</translation>
    </message>
    <message>
        <source>Borders</source>
        <translation>Sienos</translation>
    </message>
    <message>
        <source>With %1: measuring…</source>
        <translation>Su %1: matuojama…</translation>
    </message>
    <message>
        <source>With %1: could not be measured</source>
        <translation>Su %1: nepavyko išmatuoti</translation>
    </message>
    <message>
        <source>With %1: no shared border</source>
        <translation>Su %1: bendros sienos nėra</translation>
    </message>
    <message>
        <source>With %1: about %2 km, computed from Natural Earth 1:10m (geodesic length)</source>
        <translation>Su %1: apie %2 km, apskaičiuota pagal Natural Earth 1:10m (geodezinis ilgis)</translation>
    </message>
    <message>
        <source>Published: %1 km</source>
        <translation>Paskelbta: %1 km</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Duomenys patikrinti %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later step(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n vėlesnis žingsnis nerodomas: perkelkite laiko juostą į priekį.</numerusform>
            <numerusform>%n vėlesni žingsniai nerodomi: perkelkite laiko juostą į priekį.</numerusform>
            <numerusform>%n vėlesnių žingsnių nerodoma: perkelkite laiko juostą į priekį.</numerusform>
        </translation>
    </message>
    <message>
        <source>Translated from the original (%1) by %2</source>
        <translation>Išversta iš originalo (%1), vertė %2</translation>
    </message>
    <message>
        <source>Defence spending</source>
        <translation>Gynybos išlaidos</translation>
    </message>
    <message>
        <source>%1 (published %2)</source>
        <translation>%1 (paskelbta %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n later figure(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n vėlesnis skaičius nerodomas: perkelkite laiko juostą į priekį.</numerusform>
            <numerusform>%n vėlesni skaičiai nerodomi: perkelkite laiko juostą į priekį.</numerusform>
            <numerusform>%n vėlesnių skaičių nerodoma: perkelkite laiko juostą į priekį.</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>vieta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later note(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n vėlesnė pastaba nerodoma: perkelkite laiko juostą į priekį.</numerusform>
            <numerusform>%n vėlesnės pastabos nerodomos: perkelkite laiko juostą į priekį.</numerusform>
            <numerusform>%n vėlesnių pastabų nerodoma: perkelkite laiko juostą į priekį.</numerusform>
        </translation>
    </message>
    <message>
        <source>No primary source: %1</source>
        <translation>Nėra pirminio šaltinio: %1</translation>
    </message>
    <message>
        <source>Fortification programmes</source>
        <translation>Įtvirtinimų programos</translation>
    </message>
    <message numerus="yes">
        <source>%n later programme(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n vėlesnė programa nerodoma: perkelkite laiko juostą į priekį.</numerusform>
            <numerusform>%n vėlesnės programos nerodomos: perkelkite laiko juostą į priekį.</numerusform>
            <numerusform>%n vėlesnių programų nerodoma: perkelkite laiko juostą į priekį.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::StatusSentence</name>
    <message>
        <source>no data on the %1</source>
        <translation>%1: nėra duomenų</translation>
    </message>
    <message>
        <source>not a party to the %1</source>
        <translation>%1: nėra valstybė šalis</translation>
    </message>
    <message>
        <source>signatory to the %1 since %2</source>
        <translation>%1: pasirašiusi valstybė nuo %2</translation>
    </message>
    <message>
        <source>signatory to the %1</source>
        <translation>%1: pasirašiusi valstybė</translation>
    </message>
    <message>
        <source>party to the %1 since %2</source>
        <translation>%1: valstybė šalis nuo %2</translation>
    </message>
    <message>
        <source>party to the %1</source>
        <translation>%1: valstybė šalis</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced on %2</source>
        <translation>%1: pasitraukimas paskelbtas %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced</source>
        <translation>%1: paskelbtas pasitraukimas</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved on %2</source>
        <translation>%1: pasitraukimas patvirtintas %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved</source>
        <translation>%1: pasitraukimas patvirtintas</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified on %2</source>
        <translation>%1: apie pasitraukimą pranešta JT %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified</source>
        <translation>%1: apie pasitraukimą pranešta JT</translation>
    </message>
    <message>
        <source>withdrawn from the %1 since %2</source>
        <translation>%1: pasitraukimas įsigaliojo %2</translation>
    </message>
    <message>
        <source>withdrawn from the %1</source>
        <translation>%1: pasitraukusi</translation>
    </message>
    <message>
        <source>suspension of the %1 declared on %2</source>
        <translation>%1: sustabdymas paskelbtas %2</translation>
    </message>
    <message>
        <source>suspension of the %1 declared</source>
        <translation>%1: paskelbtas sustabdymas</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified, takes effect %2</source>
        <translation>%1: apie pasitraukimą pranešta JT, jis įsigalioja %2</translation>
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
        <translation>Statusų lentelė</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>Statusų lentelė</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>&amp;Lentelė</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtruoti lentelę</translation>
    </message>
    <message>
        <source>Filter by name, code or status</source>
        <translation>Filtruoti pagal pavadinimą, kodą arba statusą</translation>
    </message>
    <message>
        <source>States and their statuses</source>
        <translation>Valstybės ir jų statusai</translation>
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
        <translation>Valstybė</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Kitas pokytis</translation>
    </message>
    <message>
        <source>Spending, % of GDP</source>
        <translation>Išlaidos, % BVP</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citatos</translation>
    </message>
    <message>
        <source>Troop notes</source>
        <translation>Pastabos apie pajėgas</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3 code</source>
        <translation>ISO 3166-1 alpha-3 kodas</translation>
    </message>
    <message>
        <source>Status under the %1 on the day</source>
        <translation>%1: statusas tą dieną</translation>
    </message>
    <message>
        <source>Date of the step that gave the %1 status</source>
        <translation>%1: žingsnio, nuo kurio galioja šis statusas, data</translation>
    </message>
    <message>
        <source>The next change already fixed by the day: when a notified withdrawal takes effect</source>
        <translation>Kitas tą dieną jau nustatytas pokytis: kada įsigalioja pasitraukimas, apie kurį pranešta</translation>
    </message>
    <message>
        <source>Defence spending known on the day, for its year or the latest year before it</source>
        <translation>Tą dieną žinomos gynybos išlaidos už tų metų ar paskutinius ankstesnius metus</translation>
    </message>
    <message>
        <source>Quotes said on or before the day</source>
        <translation>Citatos, pasakytos tą dieną ar anksčiau</translation>
    </message>
    <message>
        <source>Troop notes reported on or before the day</source>
        <translation>Pastabos apie pajėgas, pateiktos tą dieną ar anksčiau</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryController</name>
    <message>
        <source>Story</source>
        <translation>Pasakojimas</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Pasakojimas be pavadinimo</translation>
    </message>
    <message>
        <source>Open &amp;Story…</source>
        <translation>Atverti &amp;pasakojimą…</translation>
    </message>
    <message>
        <source>Save Story &amp;As…</source>
        <translation>Įrašyti pasakojimą &amp;kaip…</translation>
    </message>
    <message>
        <source>&amp;Present Story</source>
        <translation>Pri&amp;statyti pasakojimą</translation>
    </message>
    <message>
        <source>Present from &amp;Current Step</source>
        <translation>Pristatyti nuo dabartinio ž&amp;ingsnio</translation>
    </message>
    <message>
        <source>&amp;Example Story</source>
        <translation>Pavy&amp;zdinis pasakojimas</translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation>Nepavyko atverti pasakojimo.</translation>
    </message>
    <message>
        <source>The story opened with warnings.</source>
        <translation>Pasakojimas atvertas su įspėjimais.</translation>
    </message>
    <message>
        <source>Open Story</source>
        <translation>Atverti pasakojimą</translation>
    </message>
    <message>
        <source>Flank Atlas stories (*.flankstory)</source>
        <translation>Flank Atlas pasakojimai (*.flankstory)</translation>
    </message>
    <message>
        <source>Save Story</source>
        <translation>Įrašyti pasakojimą</translation>
    </message>
    <message>
        <source>Present Story</source>
        <translation>Pristatyti pasakojimą</translation>
    </message>
    <message>
        <source>The story has no steps yet. Add the current view with &quot;Add View&quot;, or open a story.</source>
        <translation>Pasakojime dar nėra žingsnių. Pridėkite dabartinį rodinį mygtuku „Pridėti rodinį“ arba atverkite pasakojimą.</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryPanel</name>
    <message>
        <source>Animated transitions</source>
        <translation>Animuoti perėjimai</translation>
    </message>
    <message>
        <source>Add View</source>
        <translation>Pridėti rodinį</translation>
    </message>
    <message>
        <source>Add the map&apos;s current view as a step after the chosen one</source>
        <translation>Pridėti dabartinį žemėlapio rodinį kaip žingsnį po pasirinktojo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubliuoti</translation>
    </message>
    <message>
        <source>Duplicate the chosen step</source>
        <translation>Dubliuoti pasirinktą žingsnį</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Šalinti</translation>
    </message>
    <message>
        <source>Delete the chosen step</source>
        <translation>Šalinti pasirinktą žingsnį</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Undo the last story edit</source>
        <translation>Atšaukti paskutinį pasakojimo pakeitimą</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Pakartoti</translation>
    </message>
    <message>
        <source>Redo the story edit</source>
        <translation>Pakartoti pasakojimo pakeitimą</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Pasakojimas:</translation>
    </message>
    <message>
        <source>Step title:</source>
        <translation>Žingsnio pavadinimas:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Paaiškinimas:</translation>
    </message>
    <message>
        <source>Turn Transitions On</source>
        <translation>Įjungti perėjimus</translation>
    </message>
    <message>
        <source>Turn Transitions Off</source>
        <translation>Išjungti perėjimus</translation>
    </message>
    <message>
        <source>Edit Story Text</source>
        <translation>Redaguoti pasakojimo tekstą</translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation>Perkelti žingsnį</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>%1 žingsnis</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Pridėti žingsnį</translation>
    </message>
    <message>
        <source>Duplicate Step</source>
        <translation>Dubliuoti žingsnį</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Šalinti žingsnį</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>Pasakojimo žingsniai</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Pasakojimo pavadinimas</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Žingsnio pavadinimas</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Paaiškinimas</translation>
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
        <translation>Tekstas, lygiuoti stulpeliai (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Eksportuoti &amp;lentelę…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Eksportuoti lentelę</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Lentelė įrašyta į %1</translation>
    </message>
    <message>
        <source>The table could not be written.</source>
        <translation>Nepavyko įrašyti lentelės.</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineBar</name>
    <message>
        <source>Previous event</source>
        <translation>Ankstesnis įvykis</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Leisti</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Kitas įvykis</translation>
    </message>
    <message>
        <source>1 week per second</source>
        <translation>1 savaitė per sekundę</translation>
    </message>
    <message>
        <source>1 month per second</source>
        <translation>1 mėnuo per sekundę</translation>
    </message>
    <message>
        <source>3 months per second</source>
        <translation>3 mėnesiai per sekundę</translation>
    </message>
    <message>
        <source>1 year per second</source>
        <translation>1 metai per sekundę</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Leidimo greitis</translation>
    </message>
    <message>
        <source>%1 – %2: %3 (%4)</source>
        <translation>%1 – %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Source: %1, “%2”</source>
        <translation>Šaltinis: %1, „%2“</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pristabdyti</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>paskelbta</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>statybų pradžia</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>baigta</translation>
    </message>
    <message>
        <source>%1 – %2: %3 %4</source>
        <translation>%1 – %2: %3 %4</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>baigiasi</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>prasideda</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineSlider</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on nearby days</source>
        <translation>
            <numerusform>… ir dar %n įvykis gretimomis dienomis</numerusform>
            <numerusform>… ir dar %n įvykiai gretimomis dienomis</numerusform>
            <numerusform>… ir dar %n įvykių gretimomis dienomis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::TreatyActions</name>
    <message>
        <source>Both Conventions (fill and inner band)</source>
        <translation>Abi konvencijos (užpildas ir vidinė juosta)</translation>
    </message>
</context>
<context>
    <name>flank::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation>Vaizdo įrašo eksportas</translation>
    </message>
    <message>
        <source>map.mp4, map.webm or map.gif</source>
        <translation>map.mp4, map.webm arba map.gif</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Naršyti…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Failas:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Nu&amp;o:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Iki:</translation>
    </message>
    <message>
        <source>Seconds for the whole clip</source>
        <translation>Sekundžių visam įrašui</translation>
    </message>
    <message>
        <source>Seconds between events</source>
        <translation>Sekundžių tarp įvykių</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Trukmė:</translation>
    </message>
    <message>
        <source>Frames per &amp;second:</source>
        <translation>Kadrų per &amp;sekundę:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Pause at each event:</source>
        <translation>&amp;Pauzė ties kiekvienu įvykiu:</translation>
    </message>
    <message>
        <source>Si&amp;ze (pixels):</source>
        <translation>D&amp;ydis (pikseliais):</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Plotis</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Aukštis</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;ksportuoti</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;WebM video (*.webm);;Animated GIF (*.gif)</source>
        <translation>MP4 vaizdo įrašas (*.mp4);;WebM vaizdo įrašas (*.webm);;Animuotas GIF (*.gif)</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Liko apie %n sekundę</numerusform>
            <numerusform>Liko apie %n sekundes</numerusform>
            <numerusform>Liko apie %n sekundžių</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Atšaukta: joks failas neįrašytas.</translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation>Eksportuoti &amp;vaizdo įrašą…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pirmoji diena</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Paskutinė diena</translation>
    </message>
    <message>
        <source>Length in seconds</source>
        <translation>Trukmė sekundėmis</translation>
    </message>
    <message>
        <source>What the length counts</source>
        <translation>Ką reiškia trukmė</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Kadrų per sekundę</translation>
    </message>
    <message>
        <source>Pause at each event, in seconds</source>
        <translation>Pauzė ties kiekvienu įvykiu, sekundėmis</translation>
    </message>
</context>
</TS>
