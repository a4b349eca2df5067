<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>flank::annotate</name>
    <message>
        <source>Add %1</source>
        <translation>Lisää %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Poista %1</translation>
    </message>
</context>
<context>
    <name>flank::exporting::TimelineVideo</name>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2–%3</translation>
    </message>
</context>
<context>
    <name>flank::posture::DatedSteps</name>
    <message>
        <source>announced</source>
        <translation>julkistettu</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>rakentaminen alkaa</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>valmistunut</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>päättyy</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>alkaa</translation>
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
        <translation>aita</translation>
    </message>
    <message>
        <source>dragon&apos;s teeth</source>
        <translation>lohikäärmeenhampaat</translation>
    </message>
    <message>
        <source>bunkers</source>
        <translation>bunkkerit</translation>
    </message>
    <message>
        <source>anti-tank obstacles</source>
        <translation>panssariesteet</translation>
    </message>
    <message>
        <source>minefields (planned)</source>
        <translation>miinakentät (suunniteltu)</translation>
    </message>
    <message>
        <source>minefields (prepared)</source>
        <translation>miinakentät (valmisteltu)</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>valvonta</translation>
    </message>
    <message>
        <source>forest barriers</source>
        <translation>metsäesteet</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>not yet announced</source>
        <translation>ei vielä julkistettu</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>julkistettu</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>rakenteilla</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>valmistunut</translation>
    </message>
    <message>
        <source>the whole border</source>
        <translation>koko raja</translation>
    </message>
    <message>
        <source>part of the border</source>
        <translation>osa rajasta</translation>
    </message>
    <message>
        <source>ditches</source>
        <translation>ojat</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>tiet</translation>
    </message>
</context>
<context>
    <name>flank::posture::Status</name>
    <message>
        <source>Party</source>
        <translation>Sopimuspuoli</translation>
    </message>
    <message>
        <source>The state has joined the treaty and is bound by all of its rules.</source>
        <translation>Valtio on sopimuspuoli, ja kaikki sopimuksen määräykset sitovat sitä.</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Keskeyttäminen julistettu</translation>
    </message>
    <message>
        <source>The state says it has suspended the treaty. The treaty has no rule for a suspension, so in law the state is still bound.</source>
        <translation>Valtion mukaan se on keskeyttänyt sopimuksen. Sopimuksessa ei ole määräystä keskeyttämisestä, joten oikeudellisesti sopimus sitoo valtiota edelleen.</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Irtautuminen julkistettu</translation>
    </message>
    <message>
        <source>The government has said it will leave. Nothing has changed in law yet: the state is still bound.</source>
        <translation>Hallitus on kertonut, että valtio irtautuu sopimuksesta. Oikeudellisesti mikään ei ole vielä muuttunut: sopimus sitoo valtiota edelleen.</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Irtautuminen hyväksytty</translation>
    </message>
    <message>
        <source>Parliament or a law has approved leaving, but the UN has not yet been told. The state is still bound.</source>
        <translation>Parlamentti tai laki on hyväksynyt irtautumisen, mutta siitä ei ole vielä ilmoitettu YK:lle. Sopimus sitoo valtiota edelleen.</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>Irtautumisesta ilmoitettu</translation>
    </message>
    <message>
        <source>The state has formally told the UN Secretary-General it is leaving. It stays bound until the withdrawal takes effect, six months later.</source>
        <translation>Valtio on virallisesti ilmoittanut YK:n pääsihteerille irtautuvansa sopimuksesta. Sopimus sitoo sitä, kunnes irtautuminen tulee voimaan kuuden kuukauden kuluttua.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Irtautunut</translation>
    </message>
    <message>
        <source>The withdrawal has taken effect: the state is no longer bound.</source>
        <translation>Irtautuminen on tullut voimaan: sopimus ei enää sido valtiota.</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Allekirjoittaja</translation>
    </message>
    <message>
        <source>The state signed the treaty but has not ratified it, so it is not bound by it; it should not act against the treaty&apos;s purpose.</source>
        <translation>Valtio on allekirjoittanut sopimuksen mutta ei ole ratifioinut sitä, joten sopimus ei sido sitä; sen tulee kuitenkin pidättäytyä toimista, jotka tekisivät tyhjäksi sopimuksen tarkoituksen.</translation>
    </message>
    <message>
        <source>Not a party</source>
        <translation>Ei sopimuspuoli</translation>
    </message>
    <message>
        <source>The state has never joined the treaty.</source>
        <translation>Valtio ei ole koskaan tullut sopimuspuoleksi.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Ei tietoja</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state.</source>
        <translation>Flank Atlas ei sisällä lähteisiin perustuvaa tietoa tästä valtiosta.</translation>
    </message>
</context>
<context>
    <name>flank::posture::StepKind</name>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation>Ratifioitu</translation>
    </message>
    <message>
        <source>Acceded</source>
        <translation>Liittynyt</translation>
    </message>
    <message>
        <source>In force for the state</source>
        <translation>Tullut voimaan valtion osalta</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Irtautuminen julkistettu</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Irtautuminen hyväksytty</translation>
    </message>
    <message>
        <source>Withdrawal notified to the UN</source>
        <translation>Irtautumisesta ilmoitettu YK:lle</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>Irtautuminen tullut voimaan</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Keskeyttäminen julistettu</translation>
    </message>
</context>
<context>
    <name>flank::posture::Treaty</name>
    <message>
        <source>Ottawa Convention</source>
        <translation>Ottawan sopimus</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions</source>
        <translation>Yleissopimus rypäleammuksista</translation>
    </message>
</context>
<context>
    <name>flank::posture::TroopNoteKind</name>
    <message>
        <source>Allied presence</source>
        <translation>Liittolaisten läsnäolo</translation>
    </message>
    <message>
        <source>Fortification</source>
        <translation>Linnoittaminen</translation>
    </message>
    <message>
        <source>Russian build-up</source>
        <translation>Venäjän joukkojen keskittäminen</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Kansalliset joukot</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Miinoittaminen</translation>
    </message>
</context>
<context>
    <name>flank::posture::Verification</name>
    <message>
        <source>Confirmed</source>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Yksi lähde</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Vahvistamaton</translation>
    </message>
</context>
<context>
    <name>flank::render::Legend</name>
    <message>
        <source>Status as of %1</source>
        <translation>Tilanne %1</translation>
    </message>
    <message>
        <source>Occupied by Russia (Crimea)</source>
        <translation>Venäjän miehittämä (Krim)</translation>
    </message>
    <message>
        <source>No data / outside the focus</source>
        <translation>Ei tietoja / tarkastelualueen ulkopuolella</translation>
    </message>
    <message>
        <source>Inner band: %1</source>
        <translation>Sisäkaista: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s): point at a band for its name</source>
        <translation>
            <numerusform>%n linnoitusohjelma: osoita kaistaa nähdäksesi nimen</numerusform>
            <numerusform>%n linnoitusohjelmaa: osoita kaistaa nähdäksesi nimen</numerusform>
        </translation>
    </message>
    <message>
        <source>Russian forces</source>
        <translation>Venäjän joukot</translation>
    </message>
    <message>
        <source>Border posture</source>
        <translation>Rajatilanne</translation>
    </message>
    <message>
        <source>Border with Russia or Belarus</source>
        <translation>Raja Venäjän tai Valko-Venäjän kanssa</translation>
    </message>
    <message>
        <source>Ticked: along part of the border, which part not published</source>
        <translation>Poikkiviivoitettu: osalla rajaa; mitä osaa, ei ole julkaistu</translation>
    </message>
    <message>
        <source>Allied forces (size: troops)</source>
        <translation>Liittolaisten joukot (koko: vahvuus)</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Kansalliset joukot</translation>
    </message>
    <message>
        <source>%1: status as of %2</source>
        <translation>%1: tilanne %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s), one color each</source>
        <translation>
            <numerusform>%n linnoitusohjelma, kukin omalla värillään</numerusform>
            <numerusform>%n linnoitusohjelmaa, kukin omalla värillään</numerusform>
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
        <translation>%1°P</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1°E</translation>
    </message>
    <message>
        <source>Scale true at %1</source>
        <translation>Mittakaava tarkka leveyspiirillä %1</translation>
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
        <translation>%1: %2–%3</translation>
    </message>
</context>
<context>
    <name>flank::render::TitleBlock</name>
    <message>
        <source>%1: status on %2</source>
        <translation>%1: tilanne %2</translation>
    </message>
    <message>
        <source>%1 and %2: status on %3</source>
        <translation>%1 ja %2: tilanne %3</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Lähteet: %1.</translation>
    </message>
    <message>
        <source>Borders: Natural Earth.</source>
        <translation>Rajat: Natural Earth.</translation>
    </message>
    <message>
        <source>Data checked on %1.</source>
        <translation>Tiedot tarkistettu %1.</translation>
    </message>
    <message>
        <source>Data: Flank Atlas posture dataset, edition of %1 (format %2).</source>
        <translation>Tiedot: Flank Atlas -tilanneaineisto, versio %1 (muoto %2).</translation>
    </message>
</context>
<context>
    <name>flank::ui</name>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Julkistettu pituus: %1 km</translation>
    </message>
    <message>
        <source>Border: %1 – %2</source>
        <translation>Raja: %1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m</source>
        <translation>%1 km mitattuna Natural Earth 1:10m -aineistosta</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 km julkaistun tiedon mukaan</translation>
    </message>
    <message>
        <source>Click for details and sources.</source>
        <translation>Napsauta nähdäksesi tiedot ja lähteet.</translation>
    </message>
</context>
<context>
    <name>flank::ui::AboutDialog</name>
    <message>
        <source>About Flank Atlas</source>
        <translation>Tietoja ohjelmasta Flank Atlas</translation>
    </message>
    <message>
        <source>Flank Atlas icon</source>
        <translation>Flank Atlas -kuvake</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A map of NATO&apos;s eastern flank under the Ottawa Convention and the Convention on Cluster Munitions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Versio %1&lt;/p&gt;&lt;p&gt;Kartta Naton itäisestä sivustasta: Ottawan sopimus ja yleissopimus rypäleammuksista.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Code:&lt;/b&gt; MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Borders:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, public domain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Posture dataset:&lt;/b&gt; as of %1, %2 sources; licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Every status, quote, pledge and troop note names its sources; quotations remain the work of their authors and outlets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonts:&lt;/b&gt; DejaVu, Bitstream Vera licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Koodi:&lt;/b&gt; MIT-lisenssi.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rajat:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, vapaasti käytettävissä (public domain).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tilanneaineisto:&lt;/b&gt; tilanne %1, %2 lähdettä; lisenssi &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Jokaisen tilan, lainauksen, sitoumuksen ja joukkotiedon lähteet on mainittu; lainaukset ovat edelleen tekijöidensä ja julkaisijoidensa teoksia.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fontit:&lt;/b&gt; DejaVu, Bitstream Vera -lisenssi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outlets the dataset cites:</source>
        <translation>Aineiston lähteinä olevat mediat:</translation>
    </message>
    <message>
        <source>Outlets the dataset cites</source>
        <translation>Aineiston lähteinä olevat mediat</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationAutosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automaattinen tallennus epäonnistui: %1</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationController</name>
    <message>
        <source>Change Color</source>
        <translation>Vaihda väri</translation>
    </message>
    <message>
        <source>Change Size</source>
        <translation>Vaihda koko</translation>
    </message>
    <message>
        <source>Change Symbol</source>
        <translation>Vaihda symboli</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Muokkaa merkintää</translation>
    </message>
    <message>
        <source>Move Annotation</source>
        <translation>Siirrä merkintää</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationEditDialog</name>
    <message>
        <source>Circle</source>
        <translation>Ympyrä</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Neliö</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Kolmio</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Tähti</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Risti</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Nimiön teksti</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>Valinnainen kuvateksti</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teksti:</translation>
    </message>
    <message>
        <source>&amp;Color:</source>
        <translation>&amp;Väri:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Koko:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymboli:</translation>
    </message>
    <message>
        <source>Size in points</source>
        <translation>Koko pisteinä</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationTools</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Valitse</translation>
    </message>
    <message>
        <source>&amp;Text Label</source>
        <translation>&amp;Tekstinimiö</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Nuoli</translation>
    </message>
    <message>
        <source>&amp;Marker</source>
        <translation>&amp;Merkki</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>Vi&amp;iva</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Alue</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>Mer&amp;kinnät</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>Muokkaa m&amp;erkintää…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Poista merkintä</translation>
    </message>
    <message>
        <source>&amp;Finish Line or Area</source>
        <translation>Päät&amp;ä viiva tai alue</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>Annotation color</source>
        <translation>Merkinnän väri</translation>
    </message>
    <message>
        <source>Annotation size</source>
        <translation>Merkinnän koko</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Marker symbol</source>
        <translation>Merkin symboli</translation>
    </message>
    <message>
        <source>&amp;Open Annotations…</source>
        <translation>Avaa me&amp;rkinnät…</translation>
    </message>
    <message>
        <source>Open Annotations</source>
        <translation>Avaa merkinnät</translation>
    </message>
    <message>
        <source>Save A&amp;nnotations As…</source>
        <translation>Tallenna merkinnät nime&amp;llä…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Tee &amp;uudelleen</translation>
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
            <numerusform>Osaa tiedostosta ei voitu lukea; %n merkintä ladattu.</numerusform>
            <numerusform>Osaa tiedostosta ei voitu lukea; %n merkintää ladattu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Annotations</source>
        <translation>Tallenna merkinnät</translation>
    </message>
    <message>
        <source>Annotations saved to %1</source>
        <translation>Merkinnät tallennettu: %1</translation>
    </message>
    <message>
        <source>Save Annotations As</source>
        <translation>Tallenna merkinnät nimellä</translation>
    </message>
    <message>
        <source>Unsaved Annotations</source>
        <translation>Tallentamattomat merkinnät</translation>
    </message>
    <message>
        <source>Save the annotations before closing?</source>
        <translation>Tallennetaanko merkinnät ennen sulkemista?</translation>
    </message>
</context>
<context>
    <name>flank::ui::Announcer</name>
    <message>
        <source>News about the map</source>
        <translation>Karttaa koskevat ilmoitukset</translation>
    </message>
</context>
<context>
    <name>flank::ui::ChangesPanel</name>
    <message>
        <source>What changed</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No state&apos;s status changed between these two dates.</source>
        <translation>Minkään valtion tila ei muuttunut näiden kahden päivämäärän välillä.</translation>
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
        <translation>Pelkkä teksti (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Citations</source>
        <translation>Vie läh&amp;deviitteet</translation>
    </message>
    <message>
        <source>Of the States in &amp;View…</source>
        <translation>Kartalla &amp;näkyvät valtiot…</translation>
    </message>
    <message>
        <source>Of %1…</source>
        <translation>Valtio: %1…</translation>
    </message>
    <message>
        <source>Of the &amp;Selected State…</source>
        <translation>&amp;Valittu valtio…</translation>
    </message>
    <message>
        <source>Export Citations</source>
        <translation>Vie lähdeviitteet</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written to %1</source>
        <translation>
            <numerusform>%n lähde tallennettu: %1</numerusform>
            <numerusform>%n lähdettä tallennettu: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The citations could not be written.</source>
        <translation>Lähdeviitteitä ei voitu tallentaa.</translation>
    </message>
</context>
<context>
    <name>flank::ui::CompareView</name>
    <message>
        <source>Second map</source>
        <translation>Toinen kartta</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>&amp;Vertailu:</translation>
    </message>
    <message>
        <source>Two dates side by side</source>
        <translation>Kaksi päivämäärää rinnakkain</translation>
    </message>
    <message>
        <source>Two treaties side by side</source>
        <translation>Kaksi sopimusta rinnakkain</translation>
    </message>
    <message>
        <source>Swipe between two dates</source>
        <translation>Pyyhkäisyvertailu kahden päivämäärän välillä</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>V&amp;asen:</translation>
    </message>
    <message>
        <source>Date of the left map</source>
        <translation>Vasemman kartan päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Oikea:</translation>
    </message>
    <message>
        <source>Date of the right map</source>
        <translation>Oikean kartan päivämäärä</translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation>Sulje vertailu</translation>
    </message>
    <message>
        <source>Back to one map (Ctrl+Shift+K)</source>
        <translation>Takaisin yhteen karttaan (Ctrl+Shift+K)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Coordinates</name>
    <message>
        <source>N</source>
        <translation>P</translation>
    </message>
    <message>
        <source>S</source>
        <translation>E</translation>
    </message>
    <message>
        <source>E</source>
        <translation>I</translation>
    </message>
    <message>
        <source>W</source>
        <translation>L</translation>
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
        <translation>Aineisto-ongelmat</translation>
    </message>
    <message>
        <source>Data issues</source>
        <translation>Aineisto-ongelmat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Sijainti</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>error</source>
        <translation>virhe</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varoitus</translation>
    </message>
    <message>
        <source>Data Issues (%1)</source>
        <translation>Aineisto-ongelmat (%1)</translation>
    </message>
</context>
<context>
    <name>flank::ui::DataMessages</name>
    <message>
        <source>the file has nothing the map can show</source>
        <translation>tiedostossa ei ole mitään, mitä kartta voisi näyttää</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>rivi %1, sarake %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2. The bundled outlines from %3 are shown instead. Replace the file with a good copy, or remove it.</source>
        <translation>Valtioiden ääriviivoja tiedostosta %1 ei voitu lukea: %2. Niiden sijaan näytetään ohjelman mukana tulevat ääriviivat (%3). Korvaa tiedosto ehjällä kopiolla tai poista se.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2. The bundled data from %3 are shown instead. Correct the file (Data Issues lists every problem), or remove it.</source>
        <translation>Tilanneaineistoa tiedostosta %1 ei voitu lukea: %2. Sen sijaan näytetään ohjelman mukana tuleva aineisto (%3). Korjaa tiedosto (Aineisto-ongelmat-luettelossa ovat kaikki ongelmat) tai poista se.</translation>
    </message>
    <message>
        <source>The bundled country outlines in %1 could not be read: %2. The map has no countries to draw. Reinstall Flank Atlas.</source>
        <translation>Ohjelman mukana tulevia valtioiden ääriviivoja tiedostosta %1 ei voitu lukea: %2. Kartalla ei ole piirrettäviä valtioita. Asenna Flank Atlas uudelleen.</translation>
    </message>
    <message>
        <source>The bundled posture data in %1 could not be read: %2. The map shows no statuses. Reinstall Flank Atlas, or open a good copy with File › Open Dataset…</source>
        <translation>Ohjelman mukana tulevaa tilanneaineistoa tiedostosta %1 ei voitu lukea: %2. Kartalla ei näytetä tiloja. Asenna Flank Atlas uudelleen tai avaa ehjä kopio valinnalla Tiedosto › Avaa aineisto…</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Valtioiden ääriviivoja tiedostosta %1 ei voitu lukea: %2, eikä ohjelman mukana tulevaa kopiota voitu käyttää niiden sijaan.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Tilanneaineistoa tiedostosta %1 ei voitu lukea: %2, eikä ohjelman mukana tulevaa kopiota voitu käyttää sen sijaan.</translation>
    </message>
    <message>
        <source>%1 could not be opened as a dataset: %2. The map still shows the data it showed before.</source>
        <translation>Tiedostoa %1 ei voitu avata aineistona: %2. Kartta näyttää edelleen aiemmat tiedot.</translation>
    </message>
    <message>
        <source>%1 has errors (%2 in all); the first is at %3. Its valid records are shown, and Data Issues lists every problem.</source>
        <translation>Tiedostossa %1 on virheitä (yhteensä %2); ensimmäinen on kohdassa %3. Sen kelvolliset tietueet näytetään, ja Aineisto-ongelmat-luettelossa ovat kaikki ongelmat.</translation>
    </message>
    <message>
        <source>%1 changed, and the new version has errors; the first is at %2. The map keeps the last version that could be read.</source>
        <translation>Tiedosto %1 muuttui, ja uudessa versiossa on virheitä; ensimmäinen on kohdassa %2. Kartta säilyttää viimeisimmän luettavissa olleen version.</translation>
    </message>
</context>
<context>
    <name>flank::ui::DatasetOpener</name>
    <message>
        <source>Open Dataset</source>
        <translation>Avaa aineisto</translation>
    </message>
    <message>
        <source>Posture datasets (*.json);;All files (*)</source>
        <translation>Tilanneaineistot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>flank::ui::EditionChanges</name>
    <message>
        <source>the edition of %1</source>
        <translation>versio %1</translation>
    </message>
    <message>
        <source>What the New Edition Changes</source>
        <translation>Uuden version muutokset</translation>
    </message>
    <message>
        <source>The edition of %1 has the same records and statuses as the one shown before.</source>
        <translation>Versiossa %1 on samat tietueet ja tilat kuin aiemmin näytetyssä versiossa.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added, removed or changed; %1 status(es) on %2 differ.</source>
        <translation>
            <numerusform>%n tietue lisätty, poistettu tai muutettu; eroavia tiloja päivänä %2: %1.</numerusform>
            <numerusform>%n tietuetta lisätty, poistettu tai muutettu; eroavia tiloja päivänä %2: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the editions</source>
        <translation>Versioiden väliset muutokset</translation>
    </message>
</context>
<context>
    <name>flank::ui::ExportDialog</name>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Selite</translation>
    </message>
    <message>
        <source>Status date stamp</source>
        <translation>Tilanteen päiväysleima</translation>
    </message>
    <message>
        <source>Sources footer</source>
        <translation>Lähteet alatunnisteessa</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Mittakaavajana</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Pohjoisnuoli</translation>
    </message>
    <message>
        <source>Inset locator map</source>
        <translation>Sijaintikartta</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>Valtioiden nimet</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Vie kartta</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>As the window shows it</source>
        <translation>Kuten ikkunassa</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pikselit</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paperi</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Vaaka</translation>
    </message>
    <message>
        <source>The treaty and the date</source>
        <translation>Sopimus ja päivämäärä</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Koko:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Pikselit:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paperi:</translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation>&amp;Tarkkuus (dpi):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Alaotsikko:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Näytä:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy &amp;Map</source>
        <translation>Kopioi &amp;kartta</translation>
    </message>
    <message>
        <source>One GeoTIFF for each map was written:
%1</source>
        <translation>Kustakin kartasta tallennettiin oma GeoTIFF-tiedosto:
%1</translation>
    </message>
    <message>
        <source>Cite the dataset edition</source>
        <translation>Mainitse aineiston versio</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</source>
        <translation>Kuvat ja asiakirjat (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Leveys pikseleinä</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Korkeus pikseleinä</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paperikoko</translation>
    </message>
    <message>
        <source>Resolution in dpi</source>
        <translation>Tarkkuus pisteinä tuumalle</translation>
    </message>
</context>
<context>
    <name>flank::ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Sanasto</translation>
    </message>
    <message>
        <source>Ottawa Convention (1997)</source>
        <translation>Ottawan sopimus (1997)</translation>
    </message>
    <message>
        <source>The Mine Ban Treaty. A state that joins promises never to use, make, stockpile or pass on anti-personnel mines (mines set off by a person), to destroy the mines it holds and to clear the ground it has mined. Anti-vehicle mines are not covered.</source>
        <translation>Jalkaväkimiinat kieltävä sopimus. Sopimuspuoleksi tuleva valtio sitoutuu olemaan koskaan käyttämättä, valmistamatta, varastoimatta tai siirtämättä jalkaväkimiinoja (ihmisen laukaisemia miinoja), hävittämään hallussaan olevat miinat ja raivaamaan miinoittamansa alueet. Ajoneuvomiinat eivät kuulu sopimuksen piiriin.</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions (2008)</source>
        <translation>Yleissopimus rypäleammuksista (2008)</translation>
    </message>
    <message>
        <source>A state that joins promises never to use, make, stockpile or pass on cluster munitions: weapons that scatter many small bomblets over a wide area, some of which fail to explode and kill people long after the fighting.</source>
        <translation>Sopimuspuoleksi tuleva valtio sitoutuu olemaan koskaan käyttämättä, valmistamatta, varastoimatta tai siirtämättä rypäleammuksia eli aseita, jotka levittävät laajalle alueelle monia pieniä tytärammuksia; osa niistä jää räjähtämättä ja tappaa ihmisiä vielä kauan taistelujen jälkeen.</translation>
    </message>
    <message>
        <source>Article 20</source>
        <translation>20 artikla</translation>
    </message>
    <message>
        <source>In both conventions, the article on leaving. A state may withdraw by telling the UN Secretary-General, the other states and the Security Council, with its reasons. The withdrawal takes effect six months later; but if the state is then in an armed conflict, it stays bound until that conflict ends.</source>
        <translation>Kummankin sopimuksen artikla sopimuksesta irtautumisesta. Valtio voi irtautua ilmoittamalla siitä perusteluineen YK:n pääsihteerille, muille sopimusvaltioille ja turvallisuusneuvostolle. Irtautuminen tulee voimaan kuuden kuukauden kuluttua; jos valtio on silloin osallisena aseellisessa selkkauksessa, sopimus sitoo sitä kuitenkin selkkauksen päättymiseen asti.</translation>
    </message>
    <message>
        <source>Notified (withdrawal notified)</source>
        <translation>Ilmoitettu (irtautumisesta ilmoitettu)</translation>
    </message>
    <message>
        <source>The state has handed its formal notice of withdrawal to the UN Secretary-General, who keeps the treaty. This starts the six-month countdown. Announcing a withdrawal or passing a law about it is not yet notifying.</source>
        <translation>Valtio on antanut virallisen irtautumisilmoituksensa YK:n pääsihteerille, joka on sopimuksen tallettaja. Tästä alkaa kuuden kuukauden määräaika. Irtautumisesta kertominen tai sitä koskevan lain hyväksyminen ei vielä ole ilmoitus.</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Kartan lukeminen</translation>
    </message>
    <message>
        <source>Each state is filled with its status under the treaty chosen, on the date on the timeline. With both treaties shown, the fill is the Ottawa Convention and a broad inner band along the border is the Convention on Cluster Munitions. Hatching marks a withdrawal under way, cross-hatching a declared suspension, so the map can be read in black and white too.</source>
        <translation>Kukin valtio on väritetty sen tilan mukaan, joka sillä on valitussa sopimuksessa aikajanalla valittuna päivänä. Kun molemmat sopimukset näytetään, täyttöväri kuvaa Ottawan sopimusta ja rajan vierellä kulkeva leveä sisäkaista yleissopimusta rypäleammuksista. Vinoviivoitus osoittaa käynnissä olevan irtautumisen ja ristiviivoitus julistetun keskeyttämisen, joten karttaa voi lukea myös mustavalkoisena.</translation>
    </message>
    <message>
        <source>Occupied territory</source>
        <translation>Miehitetty alue</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Tilat</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. The atlas shows Ukraine&apos;s status there, muted, under horizontal stripes and a dashed edge: no treaty status uses either, so occupation reads apart in color and in black and white.</source>
        <translation>Krim on Ukrainan aluetta, jota Venäjä on miehittänyt vuodesta 2014. Atlas näyttää siellä Ukrainan tilan himmennettynä, vaakaraidoituksella ja katkoviivareunalla: kumpaakaan ei käytetä millekään sopimustilalle, joten miehitys erottuu sekä värillisenä että mustavalkoisena.</translation>
    </message>
    <message>
        <source>Border posture layers</source>
        <translation>Rajatilanteen karttatasot</translation>
    </message>
    <message>
        <source>Dark lines trace each focus state&apos;s land border with Russia (Kaliningrad included) and Belarus, and the Belarus–Russia border, on the Natural Earth outlines; their lengths are measured on the ellipsoid and shown beside the published ones. Colored bands along them are named fortification programmes: solid where a source says the programme covers the whole border, ticked where it covers an unpublished part. Discs are deployments with a known garrison, sized by the troops a source gives. Each layer can be turned off in the View menu.</source>
        <translation>Tummat viivat osoittavat kunkin tarkasteltavan valtion maarajan Venäjän (Kaliningrad mukaan lukien) ja Valko-Venäjän kanssa sekä Valko-Venäjän ja Venäjän välisen rajan Natural Earth -ääriviivoilla; niiden pituudet mitataan ellipsoidilla ja näytetään julkaistujen pituuksien rinnalla. Viivojen vierellä kulkevat värilliset kaistat ovat nimettyjä linnoitusohjelmia: yhtenäisiä, kun lähteen mukaan ohjelma kattaa koko rajan, ja poikkiviivoitettuja, kun se kattaa julkaisemattoman osan. Ympyrät ovat joukkojen sijoituksia, joiden sijoituspaikka tunnetaan; niiden koko perustuu lähteen ilmoittamaan joukkojen määrään. Kunkin tason voi piilottaa Näytä-valikosta.</translation>
    </message>
    <message>
        <source>Glossary entries</source>
        <translation>Sanaston termit</translation>
    </message>
</context>
<context>
    <name>flank::ui::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Flank Atlas will be in this language from its next start.</source>
        <translation>Flank Atlas on tällä kielellä seuraavasta käynnistyksestä alkaen.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Käynnistä uudelleen nyt</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Myöhemmin</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Asetuksia ei tallennettu</translation>
    </message>
</context>
<context>
    <name>flank::ui::Legend</name>
    <message>
        <source>%1
The fill shows each state&apos;s status under this treaty on the date shown. Click for the glossary.</source>
        <translation>%1
Täyttöväri näyttää kunkin valtion tilan tässä sopimuksessa näytettynä päivänä. Avaa sanasto napsauttamalla.</translation>
    </message>
    <message>
        <source>Inner band: %1
%2</source>
        <translation>Sisäkaista: %1
%2</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state, or it lies outside the eastern flank the atlas follows.</source>
        <translation>Flank Atlas ei sisällä lähteisiin perustuvaa tietoa tästä valtiosta, tai valtio on atlaksen tarkasteleman itäisen sivustan ulkopuolella.</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. It shows Ukraine&apos;s status, muted, under horizontal stripes and a dashed edge.</source>
        <translation>Krim on Ukrainan aluetta, jota Venäjä on miehittänyt vuodesta 2014. Siinä näytetään Ukrainan tila himmennettynä, vaakaraidoituksella ja katkoviivareunalla.</translation>
    </message>
    <message>
        <source>The land border with Russia (Kaliningrad included) or Belarus, traced on the Natural Earth outlines. Click a line for its measured and published lengths.</source>
        <translation>Maaraja Venäjän (Kaliningrad mukaan lukien) tai Valko-Venäjän kanssa Natural Earth -ääriviivoilla. Napsauta viivaa nähdäksesi sen mitatun ja julkaistun pituuden.</translation>
    </message>
    <message>
        <source>%1
A fortification programme along the border, in its own color. Click the band on the map for what it builds, its budget and sources.</source>
        <translation>%1
Rajan vierellä kulkeva linnoitusohjelma omalla värillään. Napsauta kartalla kaistaa nähdäksesi, mitä ohjelmassa rakennetaan, sen budjetin ja lähteet.</translation>
    </message>
    <message>
        <source>The programme runs along part of this border; its sources do not say which part, so the whole line is ticked rather than a segment invented.</source>
        <translation>Ohjelma kattaa osan tästä rajasta; lähteet eivät kerro, minkä osan, joten koko viiva on poikkiviivoitettu sen sijaan, että osuus keksittäisiin.</translation>
    </message>
    <message>
        <source>%1
Deployments with a known place. A disc&apos;s area grows with the troops a source gives; a small disc means no number was published.</source>
        <translation>%1
Joukkojen sijoitukset, joiden paikka tunnetaan. Ympyrän pinta-ala kasvaa lähteen ilmoittaman joukkojen määrän mukaan; pieni ympyrä tarkoittaa, ettei lukua ole julkaistu.</translation>
    </message>
</context>
<context>
    <name>flank::ui::LegendStrip</name>
    <message>
        <source>Legend</source>
        <translation>Selite</translation>
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
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Lähennä</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>L&amp;oitonna</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Palauta näkymä</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Flank Atlas</source>
        <translation>&amp;Tietoja ohjelmasta Flank Atlas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kartta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Copy View as Text</source>
        <translation>&amp;Kopioi näkymä tekstinä</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste View</source>
        <translation>&amp;Liitä näkymä</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Find State…</source>
        <translation>&amp;Etsi valtio…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Teema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Vaalea</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tumma</translation>
    </message>
    <message>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Projektori (suuri kontrasti)</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Tallennetut &amp;näkymät</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation>Panoroi &amp;vasemmalle</translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation>Panoroi &amp;oikealle</translation>
    </message>
    <message>
        <source>Pan &amp;Up</source>
        <translation>Panoroi &amp;ylös</translation>
    </message>
    <message>
        <source>Pan &amp;Down</source>
        <translation>Panoroi &amp;alas</translation>
    </message>
    <message>
        <source>&amp;Next State</source>
        <translation>&amp;Seuraava valtio</translation>
    </message>
    <message>
        <source>P&amp;revious State</source>
        <translation>&amp;Edellinen valtio</translation>
    </message>
    <message>
        <source>&amp;Select Highlighted State</source>
        <translation>Valitse &amp;korostettu valtio</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Tyhjennä valinta</translation>
    </message>
    <message>
        <source>Previous &amp;Event</source>
        <translation>Edellinen ta&amp;pahtuma</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Next E&amp;vent</source>
        <translation>Seuraava tapa&amp;htuma</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>Toista / ta&amp;uko</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Sanasto</translation>
    </message>
    <message>
        <source>unknown treaty &apos;%1&apos;</source>
        <translation>tuntematon sopimus ”%1”</translation>
    </message>
    <message>
        <source>Paste View</source>
        <translation>Liitä näkymä</translation>
    </message>
    <message>
        <source>The clipboard does not hold a view.</source>
        <translation>Leikepöydällä ei ole näkymää.</translation>
    </message>
    <message>
        <source>Paste View: %1</source>
        <translation>Liitä näkymä: %1</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Tallenna nykyinen näkymä…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Tallenna näkymä</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Näkymän nimi:</translation>
    </message>
    <message>
        <source>Recover Annotations</source>
        <translation>Palauta merkinnät</translation>
    </message>
    <message numerus="yes">
        <source>Flank Atlas did not close properly last time. Recover the %n unsaved annotation(s)?</source>
        <translation>
            <numerusform>Flank Atlas ei sulkeutunut oikein viime kerralla. Palautetaanko %n tallentamaton merkintä?</numerusform>
            <numerusform>Flank Atlas ei sulkeutunut oikein viime kerralla. Palautetaanko %n tallentamatonta merkintää?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Seuraava pa&amp;neeli</translation>
    </message>
    <message>
        <source>Previ&amp;ous Pane</source>
        <translation>Edellinen paneel&amp;i</translation>
    </message>
    <message>
        <source>Saved views could not be read</source>
        <translation>Tallennettuja näkymiä ei voitu lukea</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Poista näkymä</translation>
    </message>
    <message>
        <source>Your saved views are as they were. Check that the folder exists and is writable and that the disk is not full.</source>
        <translation>Tallennetut näkymäsi ovat ennallaan. Tarkista, että kansio on olemassa ja siihen voi kirjoittaa ja ettei levy ole täynnä.</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Asetuksia ei tallennettu</translation>
    </message>
    <message>
        <source>Borders with Russia and &amp;Belarus</source>
        <translation>Rajat Venäjän ja &amp;Valko-Venäjän kanssa</translation>
    </message>
    <message>
        <source>&amp;Fortification Programmes</source>
        <translation>Linnoitusohj&amp;elmat</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Joukkojen sijoitukset</translation>
    </message>
    <message>
        <source>Next &amp;Border Item</source>
        <translation>Seuraava &amp;rajakohde</translation>
    </message>
    <message>
        <source>Previous Border &amp;Item</source>
        <translation>Edellinen rajakoh&amp;de</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopioitu: %1</translation>
    </message>
    <message>
        <source>Open &amp;Dataset…</source>
        <translation>Avaa &amp;aineisto…</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>&amp;Compare Two Dates</source>
        <translation>Vertaa kahta päivä&amp;määrää</translation>
    </message>
    <message>
        <source>S&amp;wipe Between Two Dates</source>
        <translation>P&amp;yyhkäisyvertailu kahden päivämäärän välillä</translation>
    </message>
    <message>
        <source>Compare the Two Tr&amp;eaties</source>
        <translation>Vertaa kahta sop&amp;imusta</translation>
    </message>
    <message>
        <source>S&amp;mall Multiples…</source>
        <translation>&amp;Karttasarja…</translation>
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
        <translation>Kartta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Withdrawal takes effect %1</source>
        <translation>Irtautuminen tulee voimaan %1</translation>
    </message>
    <message>
        <source>Date the withdrawal takes effect not yet known</source>
        <translation>Irtautumisen voimaantulopäivä ei vielä tiedossa</translation>
    </message>
    <message>
        <source>(date known only to the month or year)</source>
        <translation>(päivämäärä tiedossa vain kuukauden tai vuoden tarkkuudella)</translation>
    </message>
</context>
<context>
    <name>flank::ui::MessageBar</name>
    <message>
        <source>Show Issues</source>
        <translation>Näytä ongelmat</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>Aineisto-ongelma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>flank::ui::MultiplesDialog</name>
    <message>
        <source>Small Multiples</source>
        <translation>Karttasarja</translation>
    </message>
    <message>
        <source>Every year, on 1 January</source>
        <translation>Joka vuosi 1. tammikuuta</translation>
    </message>
    <message>
        <source>Each dated step of the selected state</source>
        <translation>Valitun valtion jokainen päivätty vaihe</translation>
    </message>
    <message>
        <source>Dates I type</source>
        <translation>Omat päivämäärät</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Ensimmäinen vuosi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Viimeinen vuosi</translation>
    </message>
    <message>
        <source>Dates, separated by commas</source>
        <translation>Päivämäärät pilkuilla erotettuina</translation>
    </message>
    <message>
        <source>2025-01-01, 2025-07-01, 2026-03-01</source>
        <translation>2025-01-01, 2025-07-01, 2026-03-01</translation>
    </message>
    <message>
        <source>Fit to the picture</source>
        <translation>Sovita kuvaan</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Preview of the maps</source>
        <translation>Karttojen esikatselu</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Päivämäärät:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Vuodet:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Luettelo:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Sarakkeet:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Select a state on the map first: its dated steps give the dates.</source>
        <translation>Valitse ensin valtio kartalta: sen päivätyt vaiheet antavat päivämäärät.</translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD, separated by commas.</source>
        <translation>Kirjoita päivämäärät muodossa VVVV-KK-PP pilkuilla erotettuina.</translation>
    </message>
    <message>
        <source>%1 date(s): a grid takes from %2 to %3.</source>
        <translation>Päivämääriä: %1; ruudukkoon mahtuu %2–%3.</translation>
    </message>
    <message>
        <source>Export Small Multiples</source>
        <translation>Vie karttasarja</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>Kuvat ja asiakirjat (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Panel</name>
    <message>
        <source>Source: none given</source>
        <translation>Lähde: ei mainittu</translation>
    </message>
    <message>
        <source>Source: %1, “%2”, %3</source>
        <translation>Lähde: %1, ”%2”, %3</translation>
    </message>
    <message>
        <source>(known to contain errors: %1)</source>
        <translation>(tiedetään sisältävän virheitä: %1)</translation>
    </message>
    <message>
        <source>%1% of GDP by %2</source>
        <translation>%1 % BKT:sta vuoteen %2 mennessä</translation>
    </message>
    <message>
        <source>%1 %2 billion in %3</source>
        <translation>%1 %2 mrd. vuonna %3</translation>
    </message>
    <message>
        <source>%1 %2 million in %3</source>
        <translation>%1 %2 milj. vuonna %3</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 vuonna %3</translation>
    </message>
    <message>
        <source>(known errors)</source>
        <translation>(tunnettuja virheitä)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Lähteet: %1</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>toteutunut</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>arvio</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budjetti</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>suunnitelma</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>sitoumus</translation>
    </message>
    <message>
        <source>%1% of GDP in %2 (%3)</source>
        <translation>%1 % BKT:sta vuonna %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (copy on %2)</source>
        <translation>%1 (kopio palvelussa %2)</translation>
    </message>
    <message>
        <source>Source: copy on %1 of an article by %2, “%3”, %4</source>
        <translation>Lähde: kopio palvelussa %1; %2: ”%3”, %4</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Kopioi lähdeviite</translation>
    </message>
</context>
<context>
    <name>flank::ui::PledgeChart</name>
    <message>
        <source>Defence-spending pledges, percent of GDP by target year</source>
        <translation>Puolustusmenositoumukset, prosenttia BKT:sta tavoitevuoden mukaan</translation>
    </message>
    <message>
        <source>2 %</source>
        <translation>2 %</translation>
    </message>
    <message>
        <source>Defence spending, percent of GDP by year</source>
        <translation>Puolustusmenot, prosenttia BKT:sta vuosittain</translation>
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
        <translation>julkistettu %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>aloitettu %1</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>valmistunut %1</translation>
    </message>
    <message>
        <source>planned completion %1</source>
        <translation>suunniteltu valmistuminen %1</translation>
    </message>
    <message>
        <source>Fortification programme</source>
        <translation>Linnoitusohjelma</translation>
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <source>Along: %1</source>
        <translation>Rajaosuus: %1</translation>
    </message>
    <message>
        <source>%1–%2: %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Julkistettu pituus: %1 km</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budjetti: %1</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Sisältää: %1</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Tiedot tarkistettu %1</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>johtovaltio: %1</translation>
    </message>
    <message>
        <source>size: %1</source>
        <translation>koko: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 saakka</translation>
    </message>
    <message>
        <source>Marker at %1 (%2, %3)</source>
        <translation>Merkki kohdassa %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Rajaosuus</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m (geodesic)</source>
        <translation>%1 km mitattuna Natural Earth 1:10m -aineistosta (geodeettinen)</translation>
    </message>
    <message>
        <source>Measuring on Natural Earth 1:10m…</source>
        <translation>Mitataan Natural Earth 1:10m -aineistosta…</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 km julkaistun tiedon mukaan</translation>
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
        <translation>%1: asetuksia ei voitu tallentaa (levy voi olla täynnä tai kansio kirjoitussuojattu); aiemmat asetukset säilytetään.</translation>
    </message>
</context>
<context>
    <name>flank::ui::PresentationConsole</name>
    <message>
        <source>Presenter view: %1</source>
        <translation>Esittäjän näkymä: %1</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Seuraavaksi:</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Vaihe %1/%2</translation>
    </message>
    <message>
        <source>%1    elapsed %2:%3</source>
        <translation>%1    kulunut %2:%3</translation>
    </message>
</context>
<context>
    <name>flank::ui::SavedViews</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>tiedosto on suurempi kuin %1 MiB</translation>
    </message>
    <message>
        <source>not a saved-views file (no &quot;format&quot;: &quot;%1&quot; with a &quot;views&quot; list)</source>
        <translation>ei tallennettujen näkymien tiedosto (ei kenttää &quot;format&quot;: &quot;%1&quot; ja &quot;views&quot;-luetteloa)</translation>
    </message>
    <message>
        <source>/views/%1: a view needs a &quot;name&quot; and a &quot;state&quot; object</source>
        <translation>/views/%1: näkymällä on oltava &quot;name&quot;- ja &quot;state&quot;-objekti</translation>
    </message>
    <message>
        <source>Could not save the views: %1</source>
        <translation>Näkymiä ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>Could not save the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Näkymää ei voitu tallentaa: %1. Tiedosto jätetään ennalleen; korjaa tai poista se.</translation>
    </message>
    <message>
        <source>Could not delete the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Näkymää ei voitu poistaa: %1. Tiedosto jätetään ennalleen; korjaa tai poista se.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SearchBox</name>
    <message>
        <source>Find a state (name or ISO code)</source>
        <translation>Etsi valtio (nimi tai ISO-koodi)</translation>
    </message>
    <message>
        <source>Find a state</source>
        <translation>Etsi valtio</translation>
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
        <translation>Valtiota ei ole valittu. Kartta: %1.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2, since %3.</source>
        <translation>%1: %2, %3 alkaen.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Tilanne %1.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SessionAnnouncements</name>
    <message>
        <source>Selection cleared</source>
        <translation>Valinta tyhjennetty</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Valittu: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>No state changed status.</source>
        <translation>Minkään valtion tila ei muuttunut.</translation>
    </message>
    <message>
        <source>States that changed status: %1.</source>
        <translation>Tilaa muuttaneita valtioita: %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no state&apos;s status changed</source>
        <translation>minkään valtion tila ei muuttunut</translation>
    </message>
    <message>
        <source>changes of status: %1</source>
        <translation>tilan muutoksia: %1</translation>
    </message>
    <message>
        <source>What changed from %1 to %2: %3</source>
        <translation>Muutokset %1 ja %2 välillä: %3</translation>
    </message>
</context>
<context>
    <name>flank::ui::StatePanel</name>
    <message>
        <source>State details</source>
        <translation>Valtion tiedot</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Valtiota ei ole valittu</translation>
    </message>
    <message>
        <source>Click a state on the map, find it by name (Ctrl+F), or press Tab to move through the states and Enter to select one.</source>
        <translation>Napsauta valtiota kartalla, etsi se nimellä (Ctrl+F) tai siirry valtiosta toiseen sarkainnäppäimellä ja valitse Enter-näppäimellä.</translation>
    </message>
    <message>
        <source>What do the colors mean?</source>
        <translation>Mitä värit tarkoittavat?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tilanne %1</translation>
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
        <translation>Päivämäärä: %1</translation>
    </message>
    <message>
        <source>%1, armed-conflict rule %2: %3</source>
        <translation>%1, aseellista selkkausta koskeva määräys %2: %3</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>sovelletaan</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>ei sovelleta</translation>
    </message>
    <message>
        <source>What do these statuses and Article 20 mean?</source>
        <translation>Mitä nämä tilat ja 20 artikla tarkoittavat?</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Lainaukset</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
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
        <translation>Julkaistu myös muodossa: ”%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n later quote(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n myöhempi lainaus ei näy: siirrä aikajanaa eteenpäin.</numerusform>
            <numerusform>%n myöhempää lainausta ei näy: siirrä aikajanaa eteenpäin.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (pledged %2)</source>
        <translation>%1 (sitoumus %2)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Forces and fortifications</source>
        <translation>Joukot ja linnoitteet</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>raportoitu %1</translation>
    </message>
    <message>
        <source>Borders</source>
        <translation>Rajat</translation>
    </message>
    <message>
        <source>With %1: measuring…</source>
        <translation>%1: mitataan…</translation>
    </message>
    <message>
        <source>With %1: could not be measured</source>
        <translation>%1: ei voitu mitata</translation>
    </message>
    <message>
        <source>With %1: no shared border</source>
        <translation>%1: ei yhteistä rajaa</translation>
    </message>
    <message>
        <source>With %1: about %2 km, computed from Natural Earth 1:10m (geodesic length)</source>
        <translation>%1: noin %2 km, laskettu Natural Earth 1:10m -aineistosta (geodeettinen pituus)</translation>
    </message>
    <message>
        <source>Published: %1 km</source>
        <translation>Julkaistu: %1 km</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Tiedot tarkistettu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later step(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n myöhempi vaihe ei näy: siirrä aikajanaa eteenpäin.</numerusform>
            <numerusform>%n myöhempää vaihetta ei näy: siirrä aikajanaa eteenpäin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Translated from the original (%1) by %2</source>
        <translation>Käännetty alkuperäisestä (%1), kääntäjä: %2</translation>
    </message>
    <message>
        <source>Defence spending</source>
        <translation>Puolustusmenot</translation>
    </message>
    <message>
        <source>%1 (published %2)</source>
        <translation>%1 (julkaistu %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n later figure(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n myöhempi luku ei näy: siirrä aikajanaa eteenpäin.</numerusform>
            <numerusform>%n myöhempää lukua ei näy: siirrä aikajanaa eteenpäin.</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>sijainti: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later note(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n myöhempi joukkotieto ei näy: siirrä aikajanaa eteenpäin.</numerusform>
            <numerusform>%n myöhempää joukkotietoa ei näy: siirrä aikajanaa eteenpäin.</numerusform>
        </translation>
    </message>
    <message>
        <source>No primary source: %1</source>
        <translation>Ei ensisijaista lähdettä: %1</translation>
    </message>
    <message>
        <source>Fortification programmes</source>
        <translation>Linnoitusohjelmat</translation>
    </message>
    <message numerus="yes">
        <source>%n later programme(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n myöhempi ohjelma ei näy: siirrä aikajanaa eteenpäin.</numerusform>
            <numerusform>%n myöhempää ohjelmaa ei näy: siirrä aikajanaa eteenpäin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::StatusSentence</name>
    <message>
        <source>no data on the %1</source>
        <translation>%1: ei tietoja</translation>
    </message>
    <message>
        <source>not a party to the %1</source>
        <translation>%1: ei sopimuspuoli</translation>
    </message>
    <message>
        <source>signatory to the %1 since %2</source>
        <translation>%1: allekirjoittaja %2 alkaen</translation>
    </message>
    <message>
        <source>signatory to the %1</source>
        <translation>%1: allekirjoittaja</translation>
    </message>
    <message>
        <source>party to the %1 since %2</source>
        <translation>%1: sopimuspuoli %2 alkaen</translation>
    </message>
    <message>
        <source>party to the %1</source>
        <translation>%1: sopimuspuoli</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced on %2</source>
        <translation>%1: irtautuminen julkistettu %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced</source>
        <translation>%1: irtautuminen julkistettu</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved on %2</source>
        <translation>%1: irtautuminen hyväksytty %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved</source>
        <translation>%1: irtautuminen hyväksytty</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified on %2</source>
        <translation>%1: irtautumisesta ilmoitettu YK:lle %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified</source>
        <translation>%1: irtautumisesta ilmoitettu YK:lle</translation>
    </message>
    <message>
        <source>withdrawn from the %1 since %2</source>
        <translation>%1: irtautunut %2 alkaen</translation>
    </message>
    <message>
        <source>withdrawn from the %1</source>
        <translation>%1: irtautunut</translation>
    </message>
    <message>
        <source>suspension of the %1 declared on %2</source>
        <translation>%1: keskeyttäminen julistettu %2</translation>
    </message>
    <message>
        <source>suspension of the %1 declared</source>
        <translation>%1: keskeyttäminen julistettu</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified, takes effect %2</source>
        <translation>%1: irtautumisesta ilmoitettu YK:lle, tulee voimaan %2</translation>
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
        <translation>Tilataulukko</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>Tilataulukko</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>T&amp;aulukko</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Suodata taulukkoa</translation>
    </message>
    <message>
        <source>Filter by name, code or status</source>
        <translation>Suodata nimen, koodin tai tilan mukaan</translation>
    </message>
    <message>
        <source>States and their statuses</source>
        <translation>Valtiot ja niiden tilat</translation>
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
        <translation>Valtio</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Seuraava muutos</translation>
    </message>
    <message>
        <source>Spending, % of GDP</source>
        <translation>Menot, % BKT:sta</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Lainaukset</translation>
    </message>
    <message>
        <source>Troop notes</source>
        <translation>Joukkotiedot</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3 code</source>
        <translation>ISO 3166-1 alpha-3 -koodi</translation>
    </message>
    <message>
        <source>Status under the %1 on the day</source>
        <translation>%1: tila valittuna päivänä</translation>
    </message>
    <message>
        <source>Date of the step that gave the %1 status</source>
        <translation>%1: tilaan johtaneen vaiheen päivämäärä</translation>
    </message>
    <message>
        <source>The next change already fixed by the day: when a notified withdrawal takes effect</source>
        <translation>Seuraava valittuun päivään mennessä jo vahvistunut muutos: milloin ilmoitettu irtautuminen tulee voimaan</translation>
    </message>
    <message>
        <source>Defence spending known on the day, for its year or the latest year before it</source>
        <translation>Valittuna päivänä tiedossa olleet puolustusmenot kyseiseltä vuodelta tai viimeisimmältä sitä edeltävältä vuodelta</translation>
    </message>
    <message>
        <source>Quotes said on or before the day</source>
        <translation>Valittuna päivänä tai sitä ennen esitetyt lainaukset</translation>
    </message>
    <message>
        <source>Troop notes reported on or before the day</source>
        <translation>Valittuna päivänä tai sitä ennen raportoidut joukkotiedot</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryController</name>
    <message>
        <source>Story</source>
        <translation>Tarina</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Nimetön tarina</translation>
    </message>
    <message>
        <source>Open &amp;Story…</source>
        <translation>Avaa &amp;tarina…</translation>
    </message>
    <message>
        <source>Save Story &amp;As…</source>
        <translation>Tallenna tarina &amp;nimellä…</translation>
    </message>
    <message>
        <source>&amp;Present Story</source>
        <translation>&amp;Esitä tarina</translation>
    </message>
    <message>
        <source>Present from &amp;Current Step</source>
        <translation>Esitä n&amp;ykyisestä vaiheesta</translation>
    </message>
    <message>
        <source>&amp;Example Story</source>
        <translation>Esi&amp;merkkitarina</translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation>Tarinaa ei voitu avata.</translation>
    </message>
    <message>
        <source>The story opened with warnings.</source>
        <translation>Tarina avattiin, mutta siinä oli varoituksia.</translation>
    </message>
    <message>
        <source>Open Story</source>
        <translation>Avaa tarina</translation>
    </message>
    <message>
        <source>Flank Atlas stories (*.flankstory)</source>
        <translation>Flank Atlas -tarinat (*.flankstory)</translation>
    </message>
    <message>
        <source>Save Story</source>
        <translation>Tallenna tarina</translation>
    </message>
    <message>
        <source>Present Story</source>
        <translation>Esitä tarina</translation>
    </message>
    <message>
        <source>The story has no steps yet. Add the current view with &quot;Add View&quot;, or open a story.</source>
        <translation>Tarinassa ei ole vielä vaiheita. Lisää nykyinen näkymä painikkeella ”Lisää näkymä” tai avaa tarina.</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryPanel</name>
    <message>
        <source>Animated transitions</source>
        <translation>Animoidut siirtymät</translation>
    </message>
    <message>
        <source>Add View</source>
        <translation>Lisää näkymä</translation>
    </message>
    <message>
        <source>Add the map&apos;s current view as a step after the chosen one</source>
        <translation>Lisää kartan nykyinen näkymä vaiheeksi valitun vaiheen jälkeen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Monista</translation>
    </message>
    <message>
        <source>Duplicate the chosen step</source>
        <translation>Monista valittu vaihe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete the chosen step</source>
        <translation>Poista valittu vaihe</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Undo the last story edit</source>
        <translation>Kumoa tarinan viimeisin muokkaus</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>Redo the story edit</source>
        <translation>Tee tarinan muokkaus uudelleen</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Tarina:</translation>
    </message>
    <message>
        <source>Step title:</source>
        <translation>Vaiheen otsikko:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Kuvateksti:</translation>
    </message>
    <message>
        <source>Turn Transitions On</source>
        <translation>Ota siirtymät käyttöön</translation>
    </message>
    <message>
        <source>Turn Transitions Off</source>
        <translation>Poista siirtymät käytöstä</translation>
    </message>
    <message>
        <source>Edit Story Text</source>
        <translation>Muokkaa tarinan tekstiä</translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation>Siirrä vaihetta</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Vaihe %1</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Lisää vaihe</translation>
    </message>
    <message>
        <source>Duplicate Step</source>
        <translation>Monista vaihe</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Poista vaihe</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>Tarinan vaiheet</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Tarinan otsikko</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Vaiheen otsikko</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Kuvateksti</translation>
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
        <translation>Teksti, tasatut sarakkeet (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Vie ta&amp;ulukko…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Vie taulukko</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Taulukko tallennettu: %1</translation>
    </message>
    <message>
        <source>The table could not be written.</source>
        <translation>Taulukkoa ei voitu tallentaa.</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineBar</name>
    <message>
        <source>Previous event</source>
        <translation>Edellinen tapahtuma</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Toista</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Seuraava tapahtuma</translation>
    </message>
    <message>
        <source>1 week per second</source>
        <translation>1 viikko sekunnissa</translation>
    </message>
    <message>
        <source>1 month per second</source>
        <translation>1 kuukausi sekunnissa</translation>
    </message>
    <message>
        <source>3 months per second</source>
        <translation>3 kuukautta sekunnissa</translation>
    </message>
    <message>
        <source>1 year per second</source>
        <translation>1 vuosi sekunnissa</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Toistonopeus</translation>
    </message>
    <message>
        <source>%1 – %2: %3 (%4)</source>
        <translation>%1 – %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Source: %1, “%2”</source>
        <translation>Lähde: %1, ”%2”</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>julkistettu</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>rakentaminen alkaa</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>valmistunut</translation>
    </message>
    <message>
        <source>%1 – %2: %3 %4</source>
        <translation>%1 – %2: %3 %4</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>päättyy</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>alkaa</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineSlider</name>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on nearby days</source>
        <translation>
            <numerusform>… ja %n muu tapahtuma lähipäivinä</numerusform>
            <numerusform>… ja %n muuta tapahtumaa lähipäivinä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::TreatyActions</name>
    <message>
        <source>Both Conventions (fill and inner band)</source>
        <translation>Molemmat sopimukset (täyttö ja sisäkaista)</translation>
    </message>
</context>
<context>
    <name>flank::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation>Vie video</translation>
    </message>
    <message>
        <source>map.mp4, map.webm or map.gif</source>
        <translation>map.mp4, map.webm tai map.gif</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Alku:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Loppu:</translation>
    </message>
    <message>
        <source>Seconds for the whole clip</source>
        <translation>Koko leikkeen kesto sekunteina</translation>
    </message>
    <message>
        <source>Seconds between events</source>
        <translation>Sekunteja tapahtumien välillä</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Pituus:</translation>
    </message>
    <message>
        <source>Frames per &amp;second:</source>
        <translation>Kuvaa s&amp;ekunnissa:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Pause at each event:</source>
        <translation>Ta&amp;uko jokaisen tapahtuman kohdalla:</translation>
    </message>
    <message>
        <source>Si&amp;ze (pixels):</source>
        <translation>&amp;Koko (pikseleinä):</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Leveys</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Korkeus</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;WebM video (*.webm);;Animated GIF (*.gif)</source>
        <translation>MP4-video (*.mp4);;WebM-video (*.webm);;Animoitu GIF (*.gif)</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Noin %n sekunti jäljellä</numerusform>
            <numerusform>Noin %n sekuntia jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Peruutettu: tiedostoa ei tallennettu.</translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation>Vie v&amp;ideo…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>Length in seconds</source>
        <translation>Pituus sekunteina</translation>
    </message>
    <message>
        <source>What the length counts</source>
        <translation>Mitä pituus tarkoittaa</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Kuvaa sekunnissa</translation>
    </message>
    <message>
        <source>Pause at each event, in seconds</source>
        <translation>Tauko jokaisen tapahtuman kohdalla, sekunteina</translation>
    </message>
</context>
</TS>
