<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>flank::annotate</name>
    <message>
        <source>Add %1</source>
        <translation>Lisa: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Kustuta: %1</translation>
    </message>
</context>
<context>
    <name>flank::exporting::TimelineVideo</name>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 kuni %3</translation>
    </message>
</context>
<context>
    <name>flank::posture::DatedSteps</name>
    <message>
        <source>announced</source>
        <translation>välja kuulutatud</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>ehituse algus</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>lõpp</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>algus</translation>
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
        <translation>tara</translation>
    </message>
    <message>
        <source>dragon&apos;s teeth</source>
        <translation>lohehambad</translation>
    </message>
    <message>
        <source>bunkers</source>
        <translation>punkrid</translation>
    </message>
    <message>
        <source>anti-tank obstacles</source>
        <translation>tankitõrjetõkked</translation>
    </message>
    <message>
        <source>minefields (planned)</source>
        <translation>miiniväljad (kavandatud)</translation>
    </message>
    <message>
        <source>minefields (prepared)</source>
        <translation>miiniväljad (ettevalmistatud)</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>seire</translation>
    </message>
    <message>
        <source>forest barriers</source>
        <translation>metsatõkked</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>not yet announced</source>
        <translation>veel välja kuulutamata</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>välja kuulutatud</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>ehitamisel</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>the whole border</source>
        <translation>kogu piir</translation>
    </message>
    <message>
        <source>part of the border</source>
        <translation>osa piirist</translation>
    </message>
    <message>
        <source>ditches</source>
        <translation>kraavid</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>teed</translation>
    </message>
</context>
<context>
    <name>flank::posture::Status</name>
    <message>
        <source>Party</source>
        <translation>Osalisriik</translation>
    </message>
    <message>
        <source>The state has joined the treaty and is bound by all of its rules.</source>
        <translation>Riik on lepingu osalisriik ja kõik lepingu sätted on talle siduvad.</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Peatamine välja kuulutatud</translation>
    </message>
    <message>
        <source>The state says it has suspended the treaty. The treaty has no rule for a suspension, so in law the state is still bound.</source>
        <translation>Riik väidab, et on lepingu täitmise peatanud. Leping peatamist ette ei näe, seega on see riigile õiguslikult endiselt siduv.</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Väljaastumine välja kuulutatud</translation>
    </message>
    <message>
        <source>The government has said it will leave. Nothing has changed in law yet: the state is still bound.</source>
        <translation>Valitsus on välja kuulutanud, et riik astub lepingust välja. Õiguslikult pole veel midagi muutunud: leping on riigile endiselt siduv.</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Väljaastumine heaks kiidetud</translation>
    </message>
    <message>
        <source>Parliament or a law has approved leaving, but the UN has not yet been told. The state is still bound.</source>
        <translation>Parlament või seadus on väljaastumise heaks kiitnud, kuid ÜRO-le pole sellest veel teatatud. Leping on riigile endiselt siduv.</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>Väljaastumisest ÜRO-le teatatud</translation>
    </message>
    <message>
        <source>The state has formally told the UN Secretary-General it is leaving. It stays bound until the withdrawal takes effect, six months later.</source>
        <translation>Riik on ÜRO peasekretärile ametlikult teatanud lepingust väljaastumisest. Leping on talle siduv, kuni väljaastumine jõustub kuus kuud hiljem.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Välja astunud</translation>
    </message>
    <message>
        <source>The withdrawal has taken effect: the state is no longer bound.</source>
        <translation>Väljaastumine on jõustunud: leping ei ole riigile enam siduv.</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Allakirjutanud riik</translation>
    </message>
    <message>
        <source>The state signed the treaty but has not ratified it, so it is not bound by it; it should not act against the treaty&apos;s purpose.</source>
        <translation>Riik on lepingule alla kirjutanud, kuid pole seda ratifitseerinud, seega ei ole leping talle siduv; riik ei peaks tegutsema lepingu eesmärgi vastaselt.</translation>
    </message>
    <message>
        <source>Not a party</source>
        <translation>Ei ole osalisriik</translation>
    </message>
    <message>
        <source>The state has never joined the treaty.</source>
        <translation>Riik ei ole kunagi olnud lepingu osalisriik.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Andmed puuduvad</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state.</source>
        <translation>Flank Atlas ei sisalda selle riigi kohta ühtegi allikaga kirjet.</translation>
    </message>
</context>
<context>
    <name>flank::posture::StepKind</name>
    <message>
        <source>Signed</source>
        <translation>Allakirjutamine</translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation>Ratifitseerimine</translation>
    </message>
    <message>
        <source>Acceded</source>
        <translation>Ühinemine</translation>
    </message>
    <message>
        <source>In force for the state</source>
        <translation>Jõustumine riigi suhtes</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Väljaastumine välja kuulutatud</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Väljaastumine heaks kiidetud</translation>
    </message>
    <message>
        <source>Withdrawal notified to the UN</source>
        <translation>Väljaastumisest ÜRO-le teatatud</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>Väljaastumine jõustunud</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Peatamine välja kuulutatud</translation>
    </message>
</context>
<context>
    <name>flank::posture::Treaty</name>
    <message>
        <source>Ottawa Convention</source>
        <translation>Ottawa konventsioon</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions</source>
        <translation>Kassettlahingumoona konventsioon</translation>
    </message>
</context>
<context>
    <name>flank::posture::TroopNoteKind</name>
    <message>
        <source>Allied presence</source>
        <translation>Liitlaste kohalolek</translation>
    </message>
    <message>
        <source>Fortification</source>
        <translation>Kindlustused</translation>
    </message>
    <message>
        <source>Russian build-up</source>
        <translation>Venemaa vägede koondamine</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Riigi oma väed</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Mineerimine</translation>
    </message>
</context>
<context>
    <name>flank::posture::Verification</name>
    <message>
        <source>Confirmed</source>
        <translation>Kinnitatud</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Üks allikas</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Kontrollimata</translation>
    </message>
</context>
<context>
    <name>flank::render::Legend</name>
    <message>
        <source>Status as of %1</source>
        <translation>Staatus seisuga %1</translation>
    </message>
    <message>
        <source>Occupied by Russia (Crimea)</source>
        <translation>Venemaa okupeeritud (Krimm)</translation>
    </message>
    <message>
        <source>No data / outside the focus</source>
        <translation>Andmed puuduvad / vaatlusalast väljas</translation>
    </message>
    <message>
        <source>Inner band: %1</source>
        <translation>Sisemine vöönd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s): point at a band for its name</source>
        <translation>
            <numerusform>%n kindlustusprogramm: nime nägemiseks osuta vööndile</numerusform>
            <numerusform>%n kindlustusprogrammi: nime nägemiseks osuta vööndile</numerusform>
        </translation>
    </message>
    <message>
        <source>Russian forces</source>
        <translation>Venemaa väed</translation>
    </message>
    <message>
        <source>Border posture</source>
        <translation>Piir: kindlustused ja väed</translation>
    </message>
    <message>
        <source>Border with Russia or Belarus</source>
        <translation>Piir Venemaa või Valgevenega</translation>
    </message>
    <message>
        <source>Ticked: along part of the border, which part not published</source>
        <translation>Kriipsudega: piki osa piirist; millist osa, pole avaldatud</translation>
    </message>
    <message>
        <source>Allied forces (size: troops)</source>
        <translation>Liitlasväed (suurus: sõdurite arv)</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Riigi oma väed</translation>
    </message>
    <message>
        <source>%1: status as of %2</source>
        <translation>%1: staatus seisuga %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s), one color each</source>
        <translation>
            <numerusform>%n kindlustusprogramm, igaüks oma värviga</numerusform>
            <numerusform>%n kindlustusprogrammi, igaüks oma värviga</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::render::NorthArrow</name>
    <message>
        <source>N</source>
        <translation>P</translation>
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
        <translation>%1° p.l.</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1° l.l.</translation>
    </message>
    <message>
        <source>Scale true at %1</source>
        <translation>Mõõtkava täpne laiusel %1</translation>
    </message>
</context>
<context>
    <name>flank::render::Sheet</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ja %2</translation>
    </message>
    <message>
        <source>%1 and %2, %3</source>
        <translation>%1 ja %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 and %3</source>
        <translation>%1: %2 ja %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 kuni %3</translation>
    </message>
</context>
<context>
    <name>flank::render::TitleBlock</name>
    <message>
        <source>%1: status on %2</source>
        <translation>%1: staatus seisuga %2</translation>
    </message>
    <message>
        <source>%1 and %2: status on %3</source>
        <translation>%1 ja %2: staatus seisuga %3</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Allikad: %1.</translation>
    </message>
    <message>
        <source>Borders: Natural Earth.</source>
        <translation>Piirid: Natural Earth.</translation>
    </message>
    <message>
        <source>Data checked on %1.</source>
        <translation>Andmed kontrollitud %1.</translation>
    </message>
    <message>
        <source>Data: Flank Atlas posture dataset, edition of %1 (format %2).</source>
        <translation>Andmed: Flank Atlas andmestik, väljaanne %1 (vorming %2).</translation>
    </message>
</context>
<context>
    <name>flank::ui</name>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Väljakuulutatud pikkus: %1 km</translation>
    </message>
    <message>
        <source>Border: %1 – %2</source>
        <translation>Piir: %1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m</source>
        <translation>%1 km, mõõdetud Natural Earth 1:10m järgi</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 km (avaldatud)</translation>
    </message>
    <message>
        <source>Click for details and sources.</source>
        <translation>Klõpsa üksikasjade ja allikate nägemiseks.</translation>
    </message>
</context>
<context>
    <name>flank::ui::AboutDialog</name>
    <message>
        <source>About Flank Atlas</source>
        <translation>Teave programmi Flank Atlas kohta</translation>
    </message>
    <message>
        <source>Flank Atlas icon</source>
        <translation>Flank Atlas ikoon</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A map of NATO&apos;s eastern flank under the Ottawa Convention and the Convention on Cluster Munitions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Versioon %1&lt;/p&gt;&lt;p&gt;NATO idatiiva kaart: Ottawa konventsioon ja kassettlahingumoona konventsioon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>teadmata</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Code:&lt;/b&gt; MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Borders:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, public domain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Posture dataset:&lt;/b&gt; as of %1, %2 sources; licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Every status, quote, pledge and troop note names its sources; quotations remain the work of their authors and outlets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonts:&lt;/b&gt; DejaVu, Bitstream Vera licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kood:&lt;/b&gt; MIT litsents.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Piirid:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, avalik omand.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Andmestik:&lt;/b&gt; seisuga %1, allikaid: %2; litsents &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Iga staatuse, tsitaadi, lubaduse ja vägede kohta käiva märkuse juures on nimetatud selle allikad; tsitaadid jäävad nende autorite ja väljaannete teoseks.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fondid:&lt;/b&gt; DejaVu, Bitstream Vera litsents.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outlets the dataset cites:</source>
        <translation>Andmestikus tsiteeritud väljaanded ja asutused:</translation>
    </message>
    <message>
        <source>Outlets the dataset cites</source>
        <translation>Andmestikus tsiteeritud väljaanded ja asutused</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt teave</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationAutosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automaatne salvestamine nurjus: %1</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationController</name>
    <message>
        <source>Change Color</source>
        <translation>Muuda värvi</translation>
    </message>
    <message>
        <source>Change Size</source>
        <translation>Muuda suurust</translation>
    </message>
    <message>
        <source>Change Symbol</source>
        <translation>Muuda sümbolit</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Redigeeri märget</translation>
    </message>
    <message>
        <source>Move Annotation</source>
        <translation>Teisalda märge</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationEditDialog</name>
    <message>
        <source>Circle</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Ruut</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Kolmnurk</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Täht</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Rist</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Märge</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Sildi tekst</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>Allkiri (valikuline)</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>&amp;Color:</source>
        <translation>&amp;Värv:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Suurus:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>Sü&amp;mbol:</translation>
    </message>
    <message>
        <source>Size in points</source>
        <translation>Suurus punktides</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationTools</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Valimine</translation>
    </message>
    <message>
        <source>&amp;Text Label</source>
        <translation>&amp;Tekstisilt</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Nool</translation>
    </message>
    <message>
        <source>&amp;Marker</source>
        <translation>&amp;Marker</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Joon</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Piirkond</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>Mär&amp;ked</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>&amp;Redigeeri märget…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Kustuta märge</translation>
    </message>
    <message>
        <source>&amp;Finish Line or Area</source>
        <translation>&amp;Lõpeta joon või piirkond</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Märked</translation>
    </message>
    <message>
        <source>Annotation color</source>
        <translation>Märke värv</translation>
    </message>
    <message>
        <source>Annotation size</source>
        <translation>Märke suurus</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Marker symbol</source>
        <translation>Markeri sümbol</translation>
    </message>
    <message>
        <source>&amp;Open Annotations…</source>
        <translation>&amp;Ava märked…</translation>
    </message>
    <message>
        <source>Open Annotations</source>
        <translation>Ava märked</translation>
    </message>
    <message>
        <source>Save A&amp;nnotations As…</source>
        <translation>&amp;Salvesta märked kui…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Võta ta&amp;gasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Tee &amp;uuesti</translation>
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
            <numerusform>Osa failist ei õnnestunud lugeda; laaditi %n märge.</numerusform>
            <numerusform>Osa failist ei õnnestunud lugeda; laaditi %n märget.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Annotations</source>
        <translation>Salvesta märked</translation>
    </message>
    <message>
        <source>Annotations saved to %1</source>
        <translation>Märked salvestati faili %1</translation>
    </message>
    <message>
        <source>Save Annotations As</source>
        <translation>Salvesta märked kui</translation>
    </message>
    <message>
        <source>Unsaved Annotations</source>
        <translation>Salvestamata märked</translation>
    </message>
    <message>
        <source>Save the annotations before closing?</source>
        <translation>Kas salvestada märked enne sulgemist?</translation>
    </message>
</context>
<context>
    <name>flank::ui::Announcer</name>
    <message>
        <source>News about the map</source>
        <translation>Teated kaardi kohta</translation>
    </message>
</context>
<context>
    <name>flank::ui::ChangesPanel</name>
    <message>
        <source>What changed</source>
        <translation>Mis muutus</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No state&apos;s status changed between these two dates.</source>
        <translation>Nende kahe kuupäeva vahel ei muutunud ühegi riigi staatus.</translation>
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
        <translation>Lihttekst (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Citations</source>
        <translation>Ekspordi v&amp;iited</translation>
    </message>
    <message>
        <source>Of the States in &amp;View…</source>
        <translation>Kaardil nähtavate &amp;riikide kohta…</translation>
    </message>
    <message>
        <source>Of %1…</source>
        <translation>Riigi %1 kohta…</translation>
    </message>
    <message>
        <source>Of the &amp;Selected State…</source>
        <translation>&amp;Valitud riigi kohta…</translation>
    </message>
    <message>
        <source>Export Citations</source>
        <translation>Ekspordi viited</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written to %1</source>
        <translation>
            <numerusform>%n allikas kirjutati faili %1</numerusform>
            <numerusform>%n allikat kirjutati faili %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The citations could not be written.</source>
        <translation>Viiteid ei õnnestunud kirjutada.</translation>
    </message>
</context>
<context>
    <name>flank::ui::CompareView</name>
    <message>
        <source>Second map</source>
        <translation>Teine kaart</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>Võ&amp;rdle:</translation>
    </message>
    <message>
        <source>Two dates side by side</source>
        <translation>Kaks kuupäeva kõrvuti</translation>
    </message>
    <message>
        <source>Two treaties side by side</source>
        <translation>Kaks konventsiooni kõrvuti</translation>
    </message>
    <message>
        <source>Swipe between two dates</source>
        <translation>Libistamine kahe kuupäeva vahel</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Vasak:</translation>
    </message>
    <message>
        <source>Date of the left map</source>
        <translation>Vasaku kaardi kuupäev</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Parem:</translation>
    </message>
    <message>
        <source>Date of the right map</source>
        <translation>Parema kaardi kuupäev</translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation>Sulge võrdlus</translation>
    </message>
    <message>
        <source>Back to one map (Ctrl+Shift+K)</source>
        <translation>Tagasi ühe kaardi juurde (Ctrl+Shift+K)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Coordinates</name>
    <message>
        <source>N</source>
        <translation>p.l.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>l.l.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>i.p.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>l.p.</translation>
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
        <translation>Andmeprobleemid</translation>
    </message>
    <message>
        <source>Data issues</source>
        <translation>Andmeprobleemid</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Asukoht</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Raskusaste</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>error</source>
        <translation>viga</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>hoiatus</translation>
    </message>
    <message>
        <source>Data Issues (%1)</source>
        <translation>Andmeprobleemid (%1)</translation>
    </message>
</context>
<context>
    <name>flank::ui::DataMessages</name>
    <message>
        <source>the file has nothing the map can show</source>
        <translation>failis pole midagi, mida kaart saaks näidata</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>rida %1, veerg %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2. The bundled outlines from %3 are shown instead. Replace the file with a good copy, or remove it.</source>
        <translation>Riikide piirjooni failist %1 ei õnnestunud lugeda: %2. Nende asemel näidatakse programmiga kaasas olevaid piirjooni (allikas: %3). Asenda fail korras koopiaga või eemalda see.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2. The bundled data from %3 are shown instead. Correct the file (Data Issues lists every problem), or remove it.</source>
        <translation>Andmeid failist %1 ei õnnestunud lugeda: %2. Nende asemel näidatakse programmiga kaasas olevaid andmeid (allikas: %3). Paranda fail (paneel „Andmeprobleemid“ loetleb kõik probleemid) või eemalda see.</translation>
    </message>
    <message>
        <source>The bundled country outlines in %1 could not be read: %2. The map has no countries to draw. Reinstall Flank Atlas.</source>
        <translation>Programmiga kaasas olevaid riikide piirjooni failist %1 ei õnnestunud lugeda: %2. Kaardil pole riike, mida joonistada. Paigalda Flank Atlas uuesti.</translation>
    </message>
    <message>
        <source>The bundled posture data in %1 could not be read: %2. The map shows no statuses. Reinstall Flank Atlas, or open a good copy with File › Open Dataset…</source>
        <translation>Programmiga kaasas olevaid andmeid failist %1 ei õnnestunud lugeda: %2. Kaart ei näita staatusi. Paigalda Flank Atlas uuesti või ava korras koopia menüükäsuga Fail › Ava andmestik…</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Riikide piirjooni failist %1 ei õnnestunud lugeda: %2; ka programmiga kaasas olevat koopiat ei saanud nende asemel kasutada.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Andmeid failist %1 ei õnnestunud lugeda: %2; ka programmiga kaasas olevat koopiat ei saanud nende asemel kasutada.</translation>
    </message>
    <message>
        <source>%1 could not be opened as a dataset: %2. The map still shows the data it showed before.</source>
        <translation>Faili %1 ei õnnestunud andmestikuna avada: %2. Kaart näitab endiselt varasemaid andmeid.</translation>
    </message>
    <message>
        <source>%1 has errors (%2 in all); the first is at %3. Its valid records are shown, and Data Issues lists every problem.</source>
        <translation>Failis %1 on vigu (kokku %2); esimene asub kohas %3. Kehtivad kirjed on näidatud ja paneel „Andmeprobleemid“ loetleb kõik probleemid.</translation>
    </message>
    <message>
        <source>%1 changed, and the new version has errors; the first is at %2. The map keeps the last version that could be read.</source>
        <translation>Fail %1 muutus ja uues versioonis on vigu; esimene asub kohas %2. Kaart näitab viimast versiooni, mida õnnestus lugeda.</translation>
    </message>
</context>
<context>
    <name>flank::ui::DatasetOpener</name>
    <message>
        <source>Open Dataset</source>
        <translation>Ava andmestik</translation>
    </message>
    <message>
        <source>Posture datasets (*.json);;All files (*)</source>
        <translation>Flank Atlas andmestikud (*.json);;Kõik failid (*)</translation>
    </message>
</context>
<context>
    <name>flank::ui::EditionChanges</name>
    <message>
        <source>the edition of %1</source>
        <translation>väljaanne %1</translation>
    </message>
    <message>
        <source>What the New Edition Changes</source>
        <translation>Mida uus väljaanne muudab</translation>
    </message>
    <message>
        <source>The edition of %1 has the same records and statuses as the one shown before.</source>
        <translation>Väljaandes %1 on samad kirjed ja staatused mis varem näidatus.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added, removed or changed; %1 status(es) on %2 differ.</source>
        <translation>
            <numerusform>%n kirje lisati, eemaldati või muudeti; erinevaid staatusi seisuga %2: %1.</numerusform>
            <numerusform>%n kirjet lisati, eemaldati või muudeti; erinevaid staatusi seisuga %2: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the editions</source>
        <translation>Väljaannete erinevused</translation>
    </message>
</context>
<context>
    <name>flank::ui::ExportDialog</name>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Status date stamp</source>
        <translation>Staatuse kuupäev</translation>
    </message>
    <message>
        <source>Sources footer</source>
        <translation>Allikate jalus</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Mõõtkavajoonlaud</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Põhjasuuna nool</translation>
    </message>
    <message>
        <source>Inset locator map</source>
        <translation>Asukoha ülevaatekaart</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>Riikide nimed</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Ekspordi kaart</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sirvi…</translation>
    </message>
    <message>
        <source>As the window shows it</source>
        <translation>Nagu aknas näha</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pikslid</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paber</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Rõhtpaigutus</translation>
    </message>
    <message>
        <source>The treaty and the date</source>
        <translation>Leping ja kuupäev</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fail:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Suurus:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Pikslid:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paber:</translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation>&amp;Eraldusvõime (dpi):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pealkiri:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Alapealkiri:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Näita:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Eelvaade</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspordi</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspordi…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy &amp;Map</source>
        <translation>Kopeeri kaa&amp;rt</translation>
    </message>
    <message>
        <source>One GeoTIFF for each map was written:
%1</source>
        <translation>Iga kaardi kohta kirjutati eraldi GeoTIFF-fail:
%1</translation>
    </message>
    <message>
        <source>Cite the dataset edition</source>
        <translation>Viita andmestiku väljaandele</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</source>
        <translation>Pildid ja dokumendid (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Laius pikslites</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Kõrgus pikslites</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paberi suurus</translation>
    </message>
    <message>
        <source>Resolution in dpi</source>
        <translation>Eraldusvõime punktides tolli kohta</translation>
    </message>
</context>
<context>
    <name>flank::ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Sõnastik</translation>
    </message>
    <message>
        <source>Ottawa Convention (1997)</source>
        <translation>Ottawa konventsioon (1997)</translation>
    </message>
    <message>
        <source>The Mine Ban Treaty. A state that joins promises never to use, make, stockpile or pass on anti-personnel mines (mines set off by a person), to destroy the mines it holds and to clear the ground it has mined. Anti-vehicle mines are not covered.</source>
        <translation>Jalaväemiinide keelustamise leping. Konventsiooni osalisriigiks saanud riik kohustub mitte kunagi kasutama, tootma, varuma ega üle andma jalaväemiine (miine, mis plahvatavad inimese toimel), hävitama olemasolevad miinid ja puhastama enda mineeritud alad. Sõidukivastaseid miine konventsioon ei hõlma.</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions (2008)</source>
        <translation>Kassettlahingumoona konventsioon (2008)</translation>
    </message>
    <message>
        <source>A state that joins promises never to use, make, stockpile or pass on cluster munitions: weapons that scatter many small bomblets over a wide area, some of which fail to explode and kill people long after the fighting.</source>
        <translation>Konventsiooni osalisriigiks saanud riik kohustub mitte kunagi kasutama, tootma, varuma ega üle andma kassettlahingumoona: relvi, mis paiskavad laiale alale palju väikseid lõhkekehi, millest osa jääb lõhkemata ja tapab inimesi veel kaua pärast lahingute lõppu.</translation>
    </message>
    <message>
        <source>Article 20</source>
        <translation>Artikkel 20</translation>
    </message>
    <message>
        <source>In both conventions, the article on leaving. A state may withdraw by telling the UN Secretary-General, the other states and the Security Council, with its reasons. The withdrawal takes effect six months later; but if the state is then in an armed conflict, it stays bound until that conflict ends.</source>
        <translation>Mõlemas konventsioonis väljaastumist käsitlev artikkel. Riik võib välja astuda, teatades sellest ÜRO peasekretärile, teistele osalisriikidele ja Julgeolekunõukogule ning esitades põhjused. Väljaastumine jõustub kuus kuud hiljem; kui riik on siis aga relvakonfliktis, jääb konventsioon talle siduvaks kuni konflikti lõpuni.</translation>
    </message>
    <message>
        <source>Notified (withdrawal notified)</source>
        <translation>Teatatud (väljaastumisest ÜRO-le teatatud)</translation>
    </message>
    <message>
        <source>The state has handed its formal notice of withdrawal to the UN Secretary-General, who keeps the treaty. This starts the six-month countdown. Announcing a withdrawal or passing a law about it is not yet notifying.</source>
        <translation>Riik on esitanud ametliku väljaastumisteate ÜRO peasekretärile, kes on lepingu depositaar. Sellest algab kuuekuuline tähtaeg. Väljaastumise väljakuulutamine või selle kohta seaduse vastuvõtmine ei ole veel teatamine.</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Kuidas kaarti lugeda</translation>
    </message>
    <message>
        <source>Each state is filled with its status under the treaty chosen, on the date on the timeline. With both treaties shown, the fill is the Ottawa Convention and a broad inner band along the border is the Convention on Cluster Munitions. Hatching marks a withdrawal under way, cross-hatching a declared suspension, so the map can be read in black and white too.</source>
        <translation>Iga riik on värvitud vastavalt oma staatusele valitud lepingu järgi ajateljel näidatud kuupäeval. Kui näidatud on mõlemad lepingud, tähistab täitevärv Ottawa konventsiooni ja lai sisemine vöönd piki piiri kassettlahingumoona konventsiooni. Viirutus tähistab käimasolevat väljaastumist, ristviirutus väljakuulutatud peatamist, nii et kaarti saab lugeda ka mustvalgena.</translation>
    </message>
    <message>
        <source>Occupied territory</source>
        <translation>Okupeeritud ala</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Staatused</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. The atlas shows Ukraine&apos;s status there, muted, under horizontal stripes and a dashed edge: no treaty status uses either, so occupation reads apart in color and in black and white.</source>
        <translation>Krimm on Ukraina ala, mille Venemaa on okupeerinud 2014. aastast. Atlas näitab seal Ukraina staatust summutatult, horisontaalsete triipude ja katkendliku servaga: kumbagi ei kasuta ükski lepingustaatus, nii et okupatsioon eristub nii värviliselt kui ka mustvalgelt.</translation>
    </message>
    <message>
        <source>Border posture layers</source>
        <translation>Piiri kihid: kindlustused ja väed</translation>
    </message>
    <message>
        <source>Dark lines trace each focus state&apos;s land border with Russia (Kaliningrad included) and Belarus, and the Belarus–Russia border, on the Natural Earth outlines; their lengths are measured on the ellipsoid and shown beside the published ones. Colored bands along them are named fortification programmes: solid where a source says the programme covers the whole border, ticked where it covers an unpublished part. Discs are deployments with a known garrison, sized by the troops a source gives. Each layer can be turned off in the View menu.</source>
        <translation>Tumedad jooned näitavad iga vaadeldava riigi maismaapiiri Venemaaga (sh Kaliningradiga) ja Valgevenega ning Valgevene–Venemaa piiri Natural Earth piirjoonte järgi; nende pikkus on mõõdetud ellipsoidil ja näidatud avaldatud pikkuse kõrval. Värvilised vööndid piki piire on nimega kindlustusprogrammid: pidevad, kui allikas ütleb, et programm hõlmab kogu piiri, ja kriipsudega, kui see hõlmab avaldamata osa. Ringid on teadaoleva garnisoniga vägede paiknemiskohad, mille suurus vastab allika esitatud sõdurite arvule. Iga kihi saab menüüs Vaade välja lülitada.</translation>
    </message>
    <message>
        <source>Glossary entries</source>
        <translation>Sõnastiku kirjed</translation>
    </message>
</context>
<context>
    <name>flank::ui::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Flank Atlas will be in this language from its next start.</source>
        <translation>Flank Atlas on selles keeles alates järgmisest käivitamisest.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Taaskäivita kohe</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Hiljem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Eelistused salvestamata</translation>
    </message>
</context>
<context>
    <name>flank::ui::Legend</name>
    <message>
        <source>%1
The fill shows each state&apos;s status under this treaty on the date shown. Click for the glossary.</source>
        <translation>%1
Täitevärv näitab iga riigi staatust selle lepingu järgi näidatud kuupäeval. Sõnastiku avamiseks klõpsa.</translation>
    </message>
    <message>
        <source>Inner band: %1
%2</source>
        <translation>Sisemine vöönd: %1
%2</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state, or it lies outside the eastern flank the atlas follows.</source>
        <translation>Flank Atlas ei sisalda selle riigi kohta ühtegi allikaga kirjet või asub riik väljaspool atlase vaadeldavat idatiiba.</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. It shows Ukraine&apos;s status, muted, under horizontal stripes and a dashed edge.</source>
        <translation>Krimm on Ukraina ala, mille Venemaa on okupeerinud 2014. aastast. Seal näidatakse Ukraina staatust summutatult, horisontaalsete triipude ja katkendliku servaga.</translation>
    </message>
    <message>
        <source>The land border with Russia (Kaliningrad included) or Belarus, traced on the Natural Earth outlines. Click a line for its measured and published lengths.</source>
        <translation>Maismaapiir Venemaa (sh Kaliningradi) või Valgevenega Natural Earth piirjoonte järgi. Klõpsa joonel, et näha selle mõõdetud ja avaldatud pikkust.</translation>
    </message>
    <message>
        <source>%1
A fortification programme along the border, in its own color. Click the band on the map for what it builds, its budget and sources.</source>
        <translation>%1
Kindlustusprogramm piki piiri, oma värviga. Klõpsa kaardil vööndil, et näha, mida see ehitab, selle eelarvet ja allikaid.</translation>
    </message>
    <message>
        <source>The programme runs along part of this border; its sources do not say which part, so the whole line is ticked rather than a segment invented.</source>
        <translation>Programm kulgeb piki osa sellest piirist; allikad ei ütle, millist osa, seega on kogu joon märgitud kriipsudega, mitte välja mõeldud lõiguna.</translation>
    </message>
    <message>
        <source>%1
Deployments with a known place. A disc&apos;s area grows with the troops a source gives; a small disc means no number was published.</source>
        <translation>%1
Teadaoleva asukohaga vägede paiknemised. Ringi pindala kasvab koos allika esitatud sõdurite arvuga; väike ring tähendab, et arvu pole avaldatud.</translation>
    </message>
</context>
<context>
    <name>flank::ui::LegendStrip</name>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
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
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lõpeta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Su&amp;urenda</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Vähenda</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Lähtesta vaade</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>&amp;About Flank Atlas</source>
        <translation>&amp;Teave programmi Flank Atlas kohta</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ajatelg</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigeeri</translation>
    </message>
    <message>
        <source>&amp;Copy View as Text</source>
        <translation>&amp;Kopeeri vaade tekstina</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste View</source>
        <translation>&amp;Aseta vaade</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Find State…</source>
        <translation>&amp;Leia riik…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Teema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hele</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tume</translation>
    </message>
    <message>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Projektor (suur kontrastsus)</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>&amp;Salvestatud vaated</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mine</translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation>Nihuta &amp;vasakule</translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation>Nihuta pare&amp;male</translation>
    </message>
    <message>
        <source>Pan &amp;Up</source>
        <translation>Nihuta ü&amp;les</translation>
    </message>
    <message>
        <source>Pan &amp;Down</source>
        <translation>Nihuta &amp;alla</translation>
    </message>
    <message>
        <source>&amp;Next State</source>
        <translation>&amp;Järgmine riik</translation>
    </message>
    <message>
        <source>P&amp;revious State</source>
        <translation>&amp;Eelmine riik</translation>
    </message>
    <message>
        <source>&amp;Select Highlighted State</source>
        <translation>Vali esiletõstetud &amp;riik</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Tühjenda valik</translation>
    </message>
    <message>
        <source>Previous &amp;Event</source>
        <translation>Eelmine sün&amp;dmus</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Next E&amp;vent</source>
        <translation>Järgmine sündmu&amp;s</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>Es&amp;ita / peata</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Sõnastik</translation>
    </message>
    <message>
        <source>unknown treaty &apos;%1&apos;</source>
        <translation>tundmatu leping „%1“</translation>
    </message>
    <message>
        <source>Paste View</source>
        <translation>Aseta vaade</translation>
    </message>
    <message>
        <source>The clipboard does not hold a view.</source>
        <translation>Lõikelaual pole vaadet.</translation>
    </message>
    <message>
        <source>Paste View: %1</source>
        <translation>Aseta vaade: %1</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Salvesta praegune vaade…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Kustuta</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Salvesta vaade</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Vaate nimi:</translation>
    </message>
    <message>
        <source>Recover Annotations</source>
        <translation>Taasta märked</translation>
    </message>
    <message numerus="yes">
        <source>Flank Atlas did not close properly last time. Recover the %n unsaved annotation(s)?</source>
        <translation>
            <numerusform>Flank Atlas ei sulgunud eelmisel korral korrektselt. Kas taastada %n salvestamata märge?</numerusform>
            <numerusform>Flank Atlas ei sulgunud eelmisel korral korrektselt. Kas taastada %n salvestamata märget?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Järgmine &amp;paan</translation>
    </message>
    <message>
        <source>Previ&amp;ous Pane</source>
        <translation>Eelmine paa&amp;n</translation>
    </message>
    <message>
        <source>Saved views could not be read</source>
        <translation>Salvestatud vaateid ei õnnestunud lugeda</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Kustuta vaade</translation>
    </message>
    <message>
        <source>Your saved views are as they were. Check that the folder exists and is writable and that the disk is not full.</source>
        <translation>Sinu salvestatud vaated on muutmata. Kontrolli, et kaust on olemas ja sellesse saab kirjutada ning et ketas pole täis.</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Eelistused salvestamata</translation>
    </message>
    <message>
        <source>Borders with Russia and &amp;Belarus</source>
        <translation>&amp;Piirid Venemaa ja Valgevenega</translation>
    </message>
    <message>
        <source>&amp;Fortification Programmes</source>
        <translation>&amp;Kindlustusprogrammid</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>Paigutatud vä&amp;ed</translation>
    </message>
    <message>
        <source>Next &amp;Border Item</source>
        <translation>Järgmine piiriobje&amp;kt</translation>
    </message>
    <message>
        <source>Previous Border &amp;Item</source>
        <translation>Eelmine piirio&amp;bjekt</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopeeritud: %1</translation>
    </message>
    <message>
        <source>Open &amp;Dataset…</source>
        <translation>Ava &amp;andmestik…</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Mis muutus</translation>
    </message>
    <message>
        <source>&amp;Compare Two Dates</source>
        <translation>Võ&amp;rdle kaht kuupäeva</translation>
    </message>
    <message>
        <source>S&amp;wipe Between Two Dates</source>
        <translation>Li&amp;bista kahe kuupäeva vahel</translation>
    </message>
    <message>
        <source>Compare the Two Tr&amp;eaties</source>
        <translation>Võrdle kaht ko&amp;nventsiooni</translation>
    </message>
    <message>
        <source>S&amp;mall Multiples…</source>
        <translation>Kaardiseer&amp;ia…</translation>
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
        <translation>Kaart</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Withdrawal takes effect %1</source>
        <translation>Väljaastumine jõustub %1</translation>
    </message>
    <message>
        <source>Date the withdrawal takes effect not yet known</source>
        <translation>Väljaastumise jõustumise kuupäev pole veel teada</translation>
    </message>
    <message>
        <source>(date known only to the month or year)</source>
        <translation>(kuupäev on teada vaid kuu või aasta täpsusega)</translation>
    </message>
</context>
<context>
    <name>flank::ui::MessageBar</name>
    <message>
        <source>Show Issues</source>
        <translation>Näita probleeme</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>Andmeprobleem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
</context>
<context>
    <name>flank::ui::MultiplesDialog</name>
    <message>
        <source>Small Multiples</source>
        <translation>Kaardiseeria</translation>
    </message>
    <message>
        <source>Every year, on 1 January</source>
        <translation>Igal aastal 1. jaanuaril</translation>
    </message>
    <message>
        <source>Each dated step of the selected state</source>
        <translation>Valitud riigi iga dateeritud samm</translation>
    </message>
    <message>
        <source>Dates I type</source>
        <translation>Minu sisestatud kuupäevad</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Esimene aasta</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Viimane aasta</translation>
    </message>
    <message>
        <source>Dates, separated by commas</source>
        <translation>Kuupäevad komadega eraldatult</translation>
    </message>
    <message>
        <source>2025-01-01, 2025-07-01, 2026-03-01</source>
        <translation>2025-01-01, 2025-07-01, 2026-03-01</translation>
    </message>
    <message>
        <source>Fit to the picture</source>
        <translation>Sobita pildiga</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Veerud</translation>
    </message>
    <message>
        <source>Preview of the maps</source>
        <translation>Kaartide eelvaade</translation>
    </message>
    <message>
        <source>to</source>
        <translation>kuni</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Kuupäevad:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Aastad:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Loend:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Veerud:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspordi…</translation>
    </message>
    <message>
        <source>Select a state on the map first: its dated steps give the dates.</source>
        <translation>Vali esmalt kaardil riik: kuupäevad võetakse selle dateeritud sammudest.</translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD, separated by commas.</source>
        <translation>Sisesta kuupäevad kujul AAAA-KK-PP, eraldatuna komadega.</translation>
    </message>
    <message>
        <source>%1 date(s): a grid takes from %2 to %3.</source>
        <translation>Kuupäevi: %1; ruudustikku mahub %2 kuni %3.</translation>
    </message>
    <message>
        <source>Export Small Multiples</source>
        <translation>Ekspordi kaardiseeria</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>Pildid ja dokumendid (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Panel</name>
    <message>
        <source>Source: none given</source>
        <translation>Allikas: pole esitatud</translation>
    </message>
    <message>
        <source>Source: %1, “%2”, %3</source>
        <translation>Allikas: %1, „%2“, %3</translation>
    </message>
    <message>
        <source>(known to contain errors: %1)</source>
        <translation>(teadaolevalt sisaldab vigu: %1)</translation>
    </message>
    <message>
        <source>%1% of GDP by %2</source>
        <translation>%1% SKP-st aastaks %2</translation>
    </message>
    <message>
        <source>%1 %2 billion in %3</source>
        <translation>%1 %2 mld aastal %3</translation>
    </message>
    <message>
        <source>%1 %2 million in %3</source>
        <translation>%1 %2 mln aastal %3</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 aastal %3</translation>
    </message>
    <message>
        <source>(known errors)</source>
        <translation>(teadaolevad vead)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Allikad: %1</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>tegelik</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>hinnang</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>eelarve</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>kava</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>lubadus</translation>
    </message>
    <message>
        <source>%1% of GDP in %2 (%3)</source>
        <translation>%1% SKP-st aastal %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (copy on %2)</source>
        <translation>%1 (koopia: %2)</translation>
    </message>
    <message>
        <source>Source: copy on %1 of an article by %2, “%3”, %4</source>
        <translation>Allikas: koopia (%1) autori %2 artiklist „%3“, %4</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Kopeeri viide</translation>
    </message>
</context>
<context>
    <name>flank::ui::PledgeChart</name>
    <message>
        <source>Defence-spending pledges, percent of GDP by target year</source>
        <translation>Kaitsekulutuste lubadused, protsent SKP-st sihtaasta järgi</translation>
    </message>
    <message>
        <source>2 %</source>
        <translation>2 %</translation>
    </message>
    <message>
        <source>Defence spending, percent of GDP by year</source>
        <translation>Kaitsekulutused, protsent SKP-st aastate kaupa</translation>
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
        <translation>välja kuulutatud %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>alustatud %1</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>valmis %1</translation>
    </message>
    <message>
        <source>planned completion %1</source>
        <translation>kavandatud valmimine %1</translation>
    </message>
    <message>
        <source>Fortification programme</source>
        <translation>Kindlustusprogramm</translation>
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <source>Along: %1</source>
        <translation>Piki: %1</translation>
    </message>
    <message>
        <source>%1–%2: %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Väljakuulutatud pikkus: %1 km</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Eelarve: %1</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Sisaldab: %1</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Andmed kontrollitud %1</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>juhib %1</translation>
    </message>
    <message>
        <source>size: %1</source>
        <translation>suurus: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>alates %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>kuni %1</translation>
    </message>
    <message>
        <source>Marker at %1 (%2, %3)</source>
        <translation>Marker: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Piir</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m (geodesic)</source>
        <translation>%1 km, mõõdetud Natural Earth 1:10m järgi (geodeetiline pikkus)</translation>
    </message>
    <message>
        <source>Measuring on Natural Earth 1:10m…</source>
        <translation>Mõõtmine Natural Earth 1:10m järgi…</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 km (avaldatud)</translation>
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
        <translation>%1: eelistusi ei õnnestunud kirjutada (ketas võib olla täis või kaust kirjutuskaitstud); jäävad kehtima varasemad eelistused.</translation>
    </message>
</context>
<context>
    <name>flank::ui::PresentationConsole</name>
    <message>
        <source>Presenter view: %1</source>
        <translation>Esitleja vaade: %1</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Järgmine:</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Samm %1 / %2</translation>
    </message>
    <message>
        <source>%1    elapsed %2:%3</source>
        <translation>%1    möödunud %2:%3</translation>
    </message>
</context>
<context>
    <name>flank::ui::SavedViews</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>fail on suurem kui %1 MiB</translation>
    </message>
    <message>
        <source>not a saved-views file (no &quot;format&quot;: &quot;%1&quot; with a &quot;views&quot; list)</source>
        <translation>pole salvestatud vaadete fail (puudub &quot;format&quot;: &quot;%1&quot; koos loendiga &quot;views&quot;)</translation>
    </message>
    <message>
        <source>/views/%1: a view needs a &quot;name&quot; and a &quot;state&quot; object</source>
        <translation>/views/%1: vaatel peab olema &quot;name&quot; ja objekt &quot;state&quot;</translation>
    </message>
    <message>
        <source>Could not save the views: %1</source>
        <translation>Vaateid ei õnnestunud salvestada: %1</translation>
    </message>
    <message>
        <source>Could not save the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Vaadet ei õnnestunud salvestada: %1. Faili ei muudetud; paranda või eemalda see.</translation>
    </message>
    <message>
        <source>Could not delete the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Vaadet ei õnnestunud kustutada: %1. Faili ei muudetud; paranda või eemalda see.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SearchBox</name>
    <message>
        <source>Find a state (name or ISO code)</source>
        <translation>Leia riik (nimi või ISO-kood)</translation>
    </message>
    <message>
        <source>Find a state</source>
        <translation>Leia riik</translation>
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
        <translation>Ühtegi riiki pole valitud. Kaart seisuga %1.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2, since %3.</source>
        <translation>%1: %2 alates %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Seisuga %1.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SessionAnnouncements</name>
    <message>
        <source>Selection cleared</source>
        <translation>Valik tühjendatud</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Valitud: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>No state changed status.</source>
        <translation>Ühegi riigi staatus ei muutunud.</translation>
    </message>
    <message>
        <source>States that changed status: %1.</source>
        <translation>Staatust muutnud riike: %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no state&apos;s status changed</source>
        <translation>ühegi riigi staatus ei muutunud</translation>
    </message>
    <message>
        <source>changes of status: %1</source>
        <translation>staatuse muutusi: %1</translation>
    </message>
    <message>
        <source>What changed from %1 to %2: %3</source>
        <translation>Mis muutus ajavahemikus %1 kuni %2: %3</translation>
    </message>
</context>
<context>
    <name>flank::ui::StatePanel</name>
    <message>
        <source>State details</source>
        <translation>Riigi üksikasjad</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Ühtegi riiki pole valitud</translation>
    </message>
    <message>
        <source>Click a state on the map, find it by name (Ctrl+F), or press Tab to move through the states and Enter to select one.</source>
        <translation>Klõpsa kaardil riiki, leia see nime järgi (Ctrl+F) või liigu Tab-klahviga riikide vahel ja vali üks Enter-klahviga.</translation>
    </message>
    <message>
        <source>What do the colors mean?</source>
        <translation>Mida värvid tähendavad?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Seisuga %1</translation>
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
        <translation>Kuupäev: %1</translation>
    </message>
    <message>
        <source>%1, armed-conflict rule %2: %3</source>
        <translation>%1, relvakonflikti klausel %2: %3</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>kehtib</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>ei kehti</translation>
    </message>
    <message>
        <source>What do these statuses and Article 20 mean?</source>
        <translation>Mida need staatused ja artikkel 20 tähendavad?</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Tsitaadid</translation>
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
        <translation>Avaldatud ka kujul: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n later quote(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n hilisem tsitaat pole näidatud: liiguta ajatelge edasi.</numerusform>
            <numerusform>%n hilisemat tsitaati pole näidatud: liiguta ajatelge edasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (pledged %2)</source>
        <translation>%1 (lubatud %2)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Forces and fortifications</source>
        <translation>Väed ja kindlustused</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>raporteeritud %1</translation>
    </message>
    <message>
        <source>Borders</source>
        <translation>Piirid</translation>
    </message>
    <message>
        <source>With %1: measuring…</source>
        <translation>Riigiga %1: mõõdetakse…</translation>
    </message>
    <message>
        <source>With %1: could not be measured</source>
        <translation>Riigiga %1: mõõta ei õnnestunud</translation>
    </message>
    <message>
        <source>With %1: no shared border</source>
        <translation>Riigiga %1: ühist piiri pole</translation>
    </message>
    <message>
        <source>With %1: about %2 km, computed from Natural Earth 1:10m (geodesic length)</source>
        <translation>Riigiga %1: umbes %2 km, arvutatud Natural Earth 1:10m järgi (geodeetiline pikkus)</translation>
    </message>
    <message>
        <source>Published: %1 km</source>
        <translation>Avaldatud: %1 km</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Andmed kontrollitud %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later step(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n hilisem samm pole näidatud: liiguta ajatelge edasi.</numerusform>
            <numerusform>%n hilisemat sammu pole näidatud: liiguta ajatelge edasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Translated from the original (%1) by %2</source>
        <translation>Tõlgitud originaalist (%1), tõlkija: %2</translation>
    </message>
    <message>
        <source>Defence spending</source>
        <translation>Kaitsekulutused</translation>
    </message>
    <message>
        <source>%1 (published %2)</source>
        <translation>%1 (avaldatud %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n later figure(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n hilisem arv pole näidatud: liiguta ajatelge edasi.</numerusform>
            <numerusform>%n hilisemat arvu pole näidatud: liiguta ajatelge edasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>asukoht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later note(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n hilisem märkus pole näidatud: liiguta ajatelge edasi.</numerusform>
            <numerusform>%n hilisemat märkust pole näidatud: liiguta ajatelge edasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No primary source: %1</source>
        <translation>Esmane allikas puudub: %1</translation>
    </message>
    <message>
        <source>Fortification programmes</source>
        <translation>Kindlustusprogrammid</translation>
    </message>
    <message numerus="yes">
        <source>%n later programme(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n hilisem programm pole näidatud: liiguta ajatelge edasi.</numerusform>
            <numerusform>%n hilisemat programmi pole näidatud: liiguta ajatelge edasi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::StatusSentence</name>
    <message>
        <source>no data on the %1</source>
        <translation>%1: andmed puuduvad</translation>
    </message>
    <message>
        <source>not a party to the %1</source>
        <translation>%1: ei ole osalisriik</translation>
    </message>
    <message>
        <source>signatory to the %1 since %2</source>
        <translation>%1: allakirjutanud riik alates %2</translation>
    </message>
    <message>
        <source>signatory to the %1</source>
        <translation>%1: allakirjutanud riik</translation>
    </message>
    <message>
        <source>party to the %1 since %2</source>
        <translation>%1: osalisriik alates %2</translation>
    </message>
    <message>
        <source>party to the %1</source>
        <translation>%1: osalisriik</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced on %2</source>
        <translation>%1: väljaastumine välja kuulutatud %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced</source>
        <translation>%1: väljaastumine välja kuulutatud</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved on %2</source>
        <translation>%1: väljaastumine heaks kiidetud %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved</source>
        <translation>%1: väljaastumine heaks kiidetud</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified on %2</source>
        <translation>%1: väljaastumisest ÜRO-le teatatud %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified</source>
        <translation>%1: väljaastumisest ÜRO-le teatatud</translation>
    </message>
    <message>
        <source>withdrawn from the %1 since %2</source>
        <translation>%1: välja astunud alates %2</translation>
    </message>
    <message>
        <source>withdrawn from the %1</source>
        <translation>%1: välja astunud</translation>
    </message>
    <message>
        <source>suspension of the %1 declared on %2</source>
        <translation>%1: peatamine välja kuulutatud %2</translation>
    </message>
    <message>
        <source>suspension of the %1 declared</source>
        <translation>%1: peatamine välja kuulutatud</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified, takes effect %2</source>
        <translation>%1: väljaastumisest ÜRO-le teatatud, jõustub %2</translation>
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
        <translation>Staatuste tabel</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>Staatuste tabel</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>T&amp;abel</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtreeri tabelit</translation>
    </message>
    <message>
        <source>Filter by name, code or status</source>
        <translation>Filtreeri nime, koodi või staatuse järgi</translation>
    </message>
    <message>
        <source>States and their statuses</source>
        <translation>Riigid ja nende staatused</translation>
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
        <translation>Riik</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Alates</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Järgmine muutus</translation>
    </message>
    <message>
        <source>Spending, % of GDP</source>
        <translation>Kulutused, % SKP-st</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Tsitaadid</translation>
    </message>
    <message>
        <source>Troop notes</source>
        <translation>Märkused vägede kohta</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3 code</source>
        <translation>ISO 3166-1 alpha-3 kood</translation>
    </message>
    <message>
        <source>Status under the %1 on the day</source>
        <translation>%1: staatus sel päeval</translation>
    </message>
    <message>
        <source>Date of the step that gave the %1 status</source>
        <translation>%1: selle sammu kuupäev, millest staatus tuleneb</translation>
    </message>
    <message>
        <source>The next change already fixed by the day: when a notified withdrawal takes effect</source>
        <translation>Järgmine muutus, mis on selleks päevaks juba kindel: millal jõustub väljaastumine, millest on ÜRO-le teatatud</translation>
    </message>
    <message>
        <source>Defence spending known on the day, for its year or the latest year before it</source>
        <translation>Sel päeval teadaolevad kaitsekulutused selle aasta või viimase varasema aasta kohta</translation>
    </message>
    <message>
        <source>Quotes said on or before the day</source>
        <translation>Sel päeval või varem öeldud tsitaadid</translation>
    </message>
    <message>
        <source>Troop notes reported on or before the day</source>
        <translation>Sel päeval või varem raporteeritud märkused vägede kohta</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryController</name>
    <message>
        <source>Story</source>
        <translation>Lugu</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Pealkirjata lugu</translation>
    </message>
    <message>
        <source>Open &amp;Story…</source>
        <translation>&amp;Ava lugu…</translation>
    </message>
    <message>
        <source>Save Story &amp;As…</source>
        <translation>Salvesta lugu &amp;kui…</translation>
    </message>
    <message>
        <source>&amp;Present Story</source>
        <translation>&amp;Esitle lugu</translation>
    </message>
    <message>
        <source>Present from &amp;Current Step</source>
        <translation>Esitle &amp;praegusest sammust</translation>
    </message>
    <message>
        <source>&amp;Example Story</source>
        <translation>&amp;Näidislugu</translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation>Lugu ei õnnestunud avada.</translation>
    </message>
    <message>
        <source>The story opened with warnings.</source>
        <translation>Lugu avati hoiatustega.</translation>
    </message>
    <message>
        <source>Open Story</source>
        <translation>Ava lugu</translation>
    </message>
    <message>
        <source>Flank Atlas stories (*.flankstory)</source>
        <translation>Flank Atlas lood (*.flankstory)</translation>
    </message>
    <message>
        <source>Save Story</source>
        <translation>Salvesta lugu</translation>
    </message>
    <message>
        <source>Present Story</source>
        <translation>Esitle lugu</translation>
    </message>
    <message>
        <source>The story has no steps yet. Add the current view with &quot;Add View&quot;, or open a story.</source>
        <translation>Lool pole veel ühtegi sammu. Lisa praegune vaade nupuga „Lisa vaade“ või ava lugu.</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryPanel</name>
    <message>
        <source>Animated transitions</source>
        <translation>Animeeritud üleminekud</translation>
    </message>
    <message>
        <source>Add View</source>
        <translation>Lisa vaade</translation>
    </message>
    <message>
        <source>Add the map&apos;s current view as a step after the chosen one</source>
        <translation>Lisa kaardi praegune vaade sammuna valitud sammu järele</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubleeri</translation>
    </message>
    <message>
        <source>Duplicate the chosen step</source>
        <translation>Dubleeri valitud samm</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Delete the chosen step</source>
        <translation>Kustuta valitud samm</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Võta tagasi</translation>
    </message>
    <message>
        <source>Undo the last story edit</source>
        <translation>Võta tagasi loo viimane muudatus</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uuesti</translation>
    </message>
    <message>
        <source>Redo the story edit</source>
        <translation>Tee loo muudatus uuesti</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Lugu:</translation>
    </message>
    <message>
        <source>Step title:</source>
        <translation>Sammu pealkiri:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Allkiri:</translation>
    </message>
    <message>
        <source>Turn Transitions On</source>
        <translation>Lülita üleminekud sisse</translation>
    </message>
    <message>
        <source>Turn Transitions Off</source>
        <translation>Lülita üleminekud välja</translation>
    </message>
    <message>
        <source>Edit Story Text</source>
        <translation>Redigeeri loo teksti</translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation>Teisalda samm</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Samm %1</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Lisa samm</translation>
    </message>
    <message>
        <source>Duplicate Step</source>
        <translation>Dubleeri samm</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Kustuta samm</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>Loo sammud</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Loo pealkiri</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Sammu pealkiri</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Allkiri</translation>
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
        <translation>Tekst, joondatud veerud (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Ekspordi &amp;tabel…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Ekspordi tabel</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Tabel kirjutati faili %1</translation>
    </message>
    <message>
        <source>The table could not be written.</source>
        <translation>Tabelit ei õnnestunud kirjutada.</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineBar</name>
    <message>
        <source>Previous event</source>
        <translation>Eelmine sündmus</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Esita</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Järgmine sündmus</translation>
    </message>
    <message>
        <source>1 week per second</source>
        <translation>1 nädal sekundis</translation>
    </message>
    <message>
        <source>1 month per second</source>
        <translation>1 kuu sekundis</translation>
    </message>
    <message>
        <source>3 months per second</source>
        <translation>3 kuud sekundis</translation>
    </message>
    <message>
        <source>1 year per second</source>
        <translation>1 aasta sekundis</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Esituskiirus</translation>
    </message>
    <message>
        <source>%1 – %2: %3 (%4)</source>
        <translation>%1 – %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Source: %1, “%2”</source>
        <translation>Allikas: %1, „%2“</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>välja kuulutatud</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>ehituse algus</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>%1 – %2: %3 %4</source>
        <translation>%1 – %2: %3 %4</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>lõpeb</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>algab</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineSlider</name>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on nearby days</source>
        <translation>
            <numerusform>… ja veel %n sündmus lähipäevadel</numerusform>
            <numerusform>… ja veel %n sündmust lähipäevadel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::TreatyActions</name>
    <message>
        <source>Both Conventions (fill and inner band)</source>
        <translation>Mõlemad konventsioonid (täitevärv ja sisemine vöönd)</translation>
    </message>
</context>
<context>
    <name>flank::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation>Ekspordi video</translation>
    </message>
    <message>
        <source>map.mp4, map.webm or map.gif</source>
        <translation>kaart.mp4, kaart.webm või kaart.gif</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fail:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Alates:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kuni:</translation>
    </message>
    <message>
        <source>Seconds for the whole clip</source>
        <translation>Kogu klipi kestus sekundites</translation>
    </message>
    <message>
        <source>Seconds between events</source>
        <translation>Sekundeid sündmuste vahel</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Pikkus:</translation>
    </message>
    <message>
        <source>Frames per &amp;second:</source>
        <translation>Kaadrit sekun&amp;dis:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Pause at each event:</source>
        <translation>Pa&amp;us igal sündmusel:</translation>
    </message>
    <message>
        <source>Si&amp;ze (pixels):</source>
        <translation>Suu&amp;rus (pikslid):</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Laius</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Kõrgus</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Ekspordi</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;WebM video (*.webm);;Animated GIF (*.gif)</source>
        <translation>MP4-video (*.mp4);;WebM-video (*.webm);;Animeeritud GIF (*.gif)</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Jäänud umbes %n sekund</numerusform>
            <numerusform>Jäänud umbes %n sekundit</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Katkestatud: faili ei kirjutatud.</translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation>Ekspordi &amp;video…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Esimene päev</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimane päev</translation>
    </message>
    <message>
        <source>Length in seconds</source>
        <translation>Pikkus sekundites</translation>
    </message>
    <message>
        <source>What the length counts</source>
        <translation>Mida pikkus tähistab</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Kaadrit sekundis</translation>
    </message>
    <message>
        <source>Pause at each event, in seconds</source>
        <translation>Paus igal sündmusel, sekundites</translation>
    </message>
</context>
</TS>
