<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>flank::annotate</name>
    <message>
        <source>Add %1</source>
        <translation>Pievienot: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Dzēst: %1</translation>
    </message>
</context>
<context>
    <name>flank::exporting::TimelineVideo</name>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: no %2 līdz %3</translation>
    </message>
</context>
<context>
    <name>flank::posture::DatedSteps</name>
    <message>
        <source>announced</source>
        <translation>izziņota</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>būvniecības sākums</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>pabeigta</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>beigas</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>sākums</translation>
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
        <translation>žogs</translation>
    </message>
    <message>
        <source>dragon&apos;s teeth</source>
        <translation>pūķa zobi</translation>
    </message>
    <message>
        <source>bunkers</source>
        <translation>bunkuri</translation>
    </message>
    <message>
        <source>anti-tank obstacles</source>
        <translation>prettanku šķēršļi</translation>
    </message>
    <message>
        <source>minefields (planned)</source>
        <translation>mīnu lauki (plānoti)</translation>
    </message>
    <message>
        <source>minefields (prepared)</source>
        <translation>mīnu lauki (sagatavoti)</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>novērošana</translation>
    </message>
    <message>
        <source>forest barriers</source>
        <translation>meža aizsprostojumi</translation>
    </message>
    <message>
        <source>other</source>
        <translation>cits</translation>
    </message>
    <message>
        <source>not yet announced</source>
        <translation>vēl nav izziņota</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>izziņota</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>tiek būvēta</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>pabeigta</translation>
    </message>
    <message>
        <source>the whole border</source>
        <translation>visa robeža</translation>
    </message>
    <message>
        <source>part of the border</source>
        <translation>daļa robežas</translation>
    </message>
    <message>
        <source>ditches</source>
        <translation>grāvji</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>ceļi</translation>
    </message>
</context>
<context>
    <name>flank::posture::Status</name>
    <message>
        <source>Party</source>
        <translation>Dalībvalsts</translation>
    </message>
    <message>
        <source>The state has joined the treaty and is bound by all of its rules.</source>
        <translation>Valsts ir līguma dalībvalsts, un visi tā noteikumi tai ir saistoši.</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Apturēšana pasludināta</translation>
    </message>
    <message>
        <source>The state says it has suspended the treaty. The treaty has no rule for a suspension, so in law the state is still bound.</source>
        <translation>Valsts apgalvo, ka ir apturējusi līguma darbību. Līgums apturēšanu neparedz, tāpēc juridiski tas valstij joprojām ir saistošs.</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Izstāšanās izziņota</translation>
    </message>
    <message>
        <source>The government has said it will leave. Nothing has changed in law yet: the state is still bound.</source>
        <translation>Valdība ir izziņojusi, ka valsts izstāsies. Juridiski vēl nekas nav mainījies: līgums valstij joprojām ir saistošs.</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Izstāšanās apstiprināta</translation>
    </message>
    <message>
        <source>Parliament or a law has approved leaving, but the UN has not yet been told. The state is still bound.</source>
        <translation>Parlaments vai likums ir apstiprinājis izstāšanos, bet ANO par to vēl nav paziņots. Līgums valstij joprojām ir saistošs.</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>Izstāšanās paziņota ANO</translation>
    </message>
    <message>
        <source>The state has formally told the UN Secretary-General it is leaving. It stays bound until the withdrawal takes effect, six months later.</source>
        <translation>Valsts ir oficiāli paziņojusi ANO ģenerālsekretāram par izstāšanos. Līgums tai ir saistošs, līdz izstāšanās stājas spēkā sešus mēnešus vēlāk.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Izstājusies</translation>
    </message>
    <message>
        <source>The withdrawal has taken effect: the state is no longer bound.</source>
        <translation>Izstāšanās ir stājusies spēkā: līgums valstij vairs nav saistošs.</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Parakstītājvalsts</translation>
    </message>
    <message>
        <source>The state signed the treaty but has not ratified it, so it is not bound by it; it should not act against the treaty&apos;s purpose.</source>
        <translation>Valsts ir parakstījusi līgumu, bet nav to ratificējusi, tāpēc tas tai nav saistošs; tai nevajadzētu rīkoties pretēji līguma mērķim.</translation>
    </message>
    <message>
        <source>Not a party</source>
        <translation>Nav dalībvalsts</translation>
    </message>
    <message>
        <source>The state has never joined the treaty.</source>
        <translation>Valsts nekad nav bijusi līguma dalībvalsts.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Nav datu</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state.</source>
        <translation>Flank Atlas nav par šo valsti neviena ieraksta ar norādītu avotu.</translation>
    </message>
</context>
<context>
    <name>flank::posture::StepKind</name>
    <message>
        <source>Signed</source>
        <translation>Parakstīšana</translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation>Ratifikācija</translation>
    </message>
    <message>
        <source>Acceded</source>
        <translation>Pievienošanās</translation>
    </message>
    <message>
        <source>In force for the state</source>
        <translation>Stāšanās spēkā attiecībā uz valsti</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Izstāšanās izziņota</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Izstāšanās apstiprināta</translation>
    </message>
    <message>
        <source>Withdrawal notified to the UN</source>
        <translation>Izstāšanās paziņota ANO</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>Izstāšanās stājusies spēkā</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Apturēšana pasludināta</translation>
    </message>
</context>
<context>
    <name>flank::posture::Treaty</name>
    <message>
        <source>Ottawa Convention</source>
        <translation>Otavas konvencija</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions</source>
        <translation>Konvencija par kasešu munīciju</translation>
    </message>
</context>
<context>
    <name>flank::posture::TroopNoteKind</name>
    <message>
        <source>Allied presence</source>
        <translation>Sabiedroto klātbūtne</translation>
    </message>
    <message>
        <source>Fortification</source>
        <translation>Nocietinājumi</translation>
    </message>
    <message>
        <source>Russian build-up</source>
        <translation>Krievijas spēku koncentrēšana</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Nacionālie spēki</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Mīnēšana</translation>
    </message>
</context>
<context>
    <name>flank::posture::Verification</name>
    <message>
        <source>Confirmed</source>
        <translation>Apstiprināts</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Viens avots</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nepārbaudīts</translation>
    </message>
</context>
<context>
    <name>flank::render::Legend</name>
    <message>
        <source>Status as of %1</source>
        <translation>Statuss: %1</translation>
    </message>
    <message>
        <source>Occupied by Russia (Crimea)</source>
        <translation>Krievijas okupēta (Krima)</translation>
    </message>
    <message>
        <source>No data / outside the focus</source>
        <translation>Nav datu / ārpus aplūkotā apgabala</translation>
    </message>
    <message>
        <source>Inner band: %1</source>
        <translation>Iekšējā josla: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s): point at a band for its name</source>
        <translation>
            <numerusform>%n nocietinājumu programma: norādiet uz joslu, lai redzētu nosaukumu</numerusform>
            <numerusform>%n nocietinājumu programmas: norādiet uz joslu, lai redzētu nosaukumu</numerusform>
            <numerusform>%n nocietinājumu programmas: norādiet uz joslu, lai redzētu nosaukumu</numerusform>
        </translation>
    </message>
    <message>
        <source>Russian forces</source>
        <translation>Krievijas spēki</translation>
    </message>
    <message>
        <source>Border posture</source>
        <translation>Robeža: nocietinājumi un spēki</translation>
    </message>
    <message>
        <source>Border with Russia or Belarus</source>
        <translation>Robeža ar Krieviju vai Baltkrieviju</translation>
    </message>
    <message>
        <source>Ticked: along part of the border, which part not published</source>
        <translation>Ar šķērssvītrām: gar daļu robežas, kura daļa — nav publicēts</translation>
    </message>
    <message>
        <source>Allied forces (size: troops)</source>
        <translation>Sabiedroto spēki (lielums: karavīru skaits)</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Nacionālie spēki</translation>
    </message>
    <message>
        <source>%1: status as of %2</source>
        <translation>%1 — statuss: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s), one color each</source>
        <translation>
            <numerusform>%n nocietinājumu programma, katra savā krāsā</numerusform>
            <numerusform>%n nocietinājumu programmas, katra savā krāsā</numerusform>
            <numerusform>%n nocietinājumu programmas, katra savā krāsā</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::render::NorthArrow</name>
    <message>
        <source>N</source>
        <translation>Z</translation>
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
        <translation>%1°Z</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1°D</translation>
    </message>
    <message>
        <source>Scale true at %1</source>
        <translation>Mērogs precīzs platumā %1</translation>
    </message>
</context>
<context>
    <name>flank::render::Sheet</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 un %2</translation>
    </message>
    <message>
        <source>%1 and %2, %3</source>
        <translation>%1 un %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 and %3</source>
        <translation>%1: %2 un %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: no %2 līdz %3</translation>
    </message>
</context>
<context>
    <name>flank::render::TitleBlock</name>
    <message>
        <source>%1: status on %2</source>
        <translation>%1 — statuss: %2</translation>
    </message>
    <message>
        <source>%1 and %2: status on %3</source>
        <translation>%1 un %2 — statuss: %3</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Avoti: %1.</translation>
    </message>
    <message>
        <source>Borders: Natural Earth.</source>
        <translation>Robežas: Natural Earth.</translation>
    </message>
    <message>
        <source>Data checked on %1.</source>
        <translation>Dati pārbaudīti %1.</translation>
    </message>
    <message>
        <source>Data: Flank Atlas posture dataset, edition of %1 (format %2).</source>
        <translation>Dati: Flank Atlas datu kopa, izdevums %1 (formāts %2).</translation>
    </message>
</context>
<context>
    <name>flank::ui</name>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Izziņotais garums: %1 km</translation>
    </message>
    <message>
        <source>Border: %1 – %2</source>
        <translation>Robeža: %1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m</source>
        <translation>%1 km, mērīts pēc Natural Earth 1:10m</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 km (publicēts)</translation>
    </message>
    <message>
        <source>Click for details and sources.</source>
        <translation>Noklikšķiniet, lai skatītu sīkāku informāciju un avotus.</translation>
    </message>
</context>
<context>
    <name>flank::ui::AboutDialog</name>
    <message>
        <source>About Flank Atlas</source>
        <translation>Par Flank Atlas</translation>
    </message>
    <message>
        <source>Flank Atlas icon</source>
        <translation>Flank Atlas ikona</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A map of NATO&apos;s eastern flank under the Ottawa Convention and the Convention on Cluster Munitions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Versija %1&lt;/p&gt;&lt;p&gt;NATO austrumu flanga karte: Otavas konvencija un Konvencija par kasešu munīciju.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nezināma</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Code:&lt;/b&gt; MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Borders:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, public domain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Posture dataset:&lt;/b&gt; as of %1, %2 sources; licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Every status, quote, pledge and troop note names its sources; quotations remain the work of their authors and outlets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonts:&lt;/b&gt; DejaVu, Bitstream Vera licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kods:&lt;/b&gt; MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Robežas:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, publiskais domēns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datu kopa:&lt;/b&gt; (stāvoklis: %1), avotu skaits: %2; licence &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Katram statusam, citātam, solījumam un piezīmei par karaspēku ir norādīti avoti; citāti joprojām ir to autoru un izdevumu darbs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonti:&lt;/b&gt; DejaVu, Bitstream Vera licence.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outlets the dataset cites:</source>
        <translation>Datu kopā citētie mediji un iestādes:</translation>
    </message>
    <message>
        <source>Outlets the dataset cites</source>
        <translation>Datu kopā citētie mediji un iestādes</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Par &amp;Qt</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationAutosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automātiskā saglabāšana neizdevās: %1</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationController</name>
    <message>
        <source>Change Color</source>
        <translation>Mainīt krāsu</translation>
    </message>
    <message>
        <source>Change Size</source>
        <translation>Mainīt izmēru</translation>
    </message>
    <message>
        <source>Change Symbol</source>
        <translation>Mainīt simbolu</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Rediģēt anotāciju</translation>
    </message>
    <message>
        <source>Move Annotation</source>
        <translation>Pārvietot anotāciju</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationEditDialog</name>
    <message>
        <source>Circle</source>
        <translation>Aplis</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Kvadrāts</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Trijstūris</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Zvaigzne</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Krusts</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anotācija</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Uzraksta teksts</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>Paraksts (nav obligāts)</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teksts:</translation>
    </message>
    <message>
        <source>&amp;Color:</source>
        <translation>&amp;Krāsa:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Izmērs:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Simbols:</translation>
    </message>
    <message>
        <source>Size in points</source>
        <translation>Izmērs punktos</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationTools</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Atlase</translation>
    </message>
    <message>
        <source>&amp;Text Label</source>
        <translation>&amp;Teksta uzraksts</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Bulta</translation>
    </message>
    <message>
        <source>&amp;Marker</source>
        <translation>&amp;Marķieris</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Līnija</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>Ap&amp;gabals</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Anotācijas</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>&amp;Rediģēt anotāciju…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Dzēst anotāciju</translation>
    </message>
    <message>
        <source>&amp;Finish Line or Area</source>
        <translation>&amp;Pabeigt līniju vai apgabalu</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anotācijas</translation>
    </message>
    <message>
        <source>Annotation color</source>
        <translation>Anotācijas krāsa</translation>
    </message>
    <message>
        <source>Annotation size</source>
        <translation>Anotācijas izmērs</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Marker symbol</source>
        <translation>Marķiera simbols</translation>
    </message>
    <message>
        <source>&amp;Open Annotations…</source>
        <translation>Atvērt a&amp;notācijas…</translation>
    </message>
    <message>
        <source>Open Annotations</source>
        <translation>Atvērt anotācijas</translation>
    </message>
    <message>
        <source>Save A&amp;nnotations As…</source>
        <translation>&amp;Saglabāt anotācijas kā…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Atsa&amp;ukt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Atkārt&amp;ot</translation>
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
            <numerusform>Daļu faila neizdevās nolasīt; ielādēta %n anotācija.</numerusform>
            <numerusform>Daļu faila neizdevās nolasīt; ielādētas %n anotācijas.</numerusform>
            <numerusform>Daļu faila neizdevās nolasīt; ielādētas %n anotācijas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Annotations</source>
        <translation>Saglabāt anotācijas</translation>
    </message>
    <message>
        <source>Annotations saved to %1</source>
        <translation>Anotācijas saglabātas failā %1</translation>
    </message>
    <message>
        <source>Save Annotations As</source>
        <translation>Saglabāt anotācijas kā</translation>
    </message>
    <message>
        <source>Unsaved Annotations</source>
        <translation>Nesaglabātas anotācijas</translation>
    </message>
    <message>
        <source>Save the annotations before closing?</source>
        <translation>Vai saglabāt anotācijas pirms aizvēršanas?</translation>
    </message>
</context>
<context>
    <name>flank::ui::Announcer</name>
    <message>
        <source>News about the map</source>
        <translation>Ziņas par karti</translation>
    </message>
</context>
<context>
    <name>flank::ui::ChangesPanel</name>
    <message>
        <source>What changed</source>
        <translation>Kas mainījās</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No state&apos;s status changed between these two dates.</source>
        <translation>Starp šiem diviem datumiem nevienas valsts statuss nav mainījies.</translation>
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
        <translation>Vienkāršs teksts (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Citations</source>
        <translation>Eksportēt atsau&amp;ces</translation>
    </message>
    <message>
        <source>Of the States in &amp;View…</source>
        <translation>Kartē redzamajām &amp;valstīm…</translation>
    </message>
    <message>
        <source>Of %1…</source>
        <translation>Valstij %1…</translation>
    </message>
    <message>
        <source>Of the &amp;Selected State…</source>
        <translation>&amp;Atlasītajai valstij…</translation>
    </message>
    <message>
        <source>Export Citations</source>
        <translation>Eksportēt atsauces</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written to %1</source>
        <translation>
            <numerusform>%n avots ierakstīts failā %1</numerusform>
            <numerusform>%n avoti ierakstīti failā %1</numerusform>
            <numerusform>%n avoti ierakstīti failā %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The citations could not be written.</source>
        <translation>Atsauces neizdevās ierakstīt.</translation>
    </message>
</context>
<context>
    <name>flank::ui::CompareView</name>
    <message>
        <source>Second map</source>
        <translation>Otrā karte</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>&amp;Salīdzināt:</translation>
    </message>
    <message>
        <source>Two dates side by side</source>
        <translation>Divi datumi blakus</translation>
    </message>
    <message>
        <source>Two treaties side by side</source>
        <translation>Divas konvencijas blakus</translation>
    </message>
    <message>
        <source>Swipe between two dates</source>
        <translation>Pārvilkšana starp diviem datumiem</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Kreisā:</translation>
    </message>
    <message>
        <source>Date of the left map</source>
        <translation>Kreisās kartes datums</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Labā:</translation>
    </message>
    <message>
        <source>Date of the right map</source>
        <translation>Labās kartes datums</translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation>Aizvērt salīdzinājumu</translation>
    </message>
    <message>
        <source>Back to one map (Ctrl+Shift+K)</source>
        <translation>Atpakaļ uz vienu karti (Ctrl+Shift+K)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Coordinates</name>
    <message>
        <source>N</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>S</source>
        <translation>D</translation>
    </message>
    <message>
        <source>E</source>
        <translation>A</translation>
    </message>
    <message>
        <source>W</source>
        <translation>R</translation>
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
        <translation>Datu problēmas</translation>
    </message>
    <message>
        <source>Data issues</source>
        <translation>Datu problēmas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Nopietnība</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problēma</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>kļūda</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>brīdinājums</translation>
    </message>
    <message>
        <source>Data Issues (%1)</source>
        <translation>Datu problēmas (%1)</translation>
    </message>
</context>
<context>
    <name>flank::ui::DataMessages</name>
    <message>
        <source>the file has nothing the map can show</source>
        <translation>failā nav nekā, ko karte varētu parādīt</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>rinda %1, kolonna %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2. The bundled outlines from %3 are shown instead. Replace the file with a good copy, or remove it.</source>
        <translation>Valstu kontūras failā %1 neizdevās nolasīt: %2. Tā vietā ir parādītas iebūvētās kontūras no %3. Aizstājiet failu ar nebojātu kopiju vai noņemiet to.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2. The bundled data from %3 are shown instead. Correct the file (Data Issues lists every problem), or remove it.</source>
        <translation>Datus failā %1 neizdevās nolasīt: %2. Tā vietā ir parādīti iebūvētie dati no %3. Izlabojiet failu (sadaļā „Datu problēmas“ ir uzskaitītas visas problēmas) vai noņemiet to.</translation>
    </message>
    <message>
        <source>The bundled country outlines in %1 could not be read: %2. The map has no countries to draw. Reinstall Flank Atlas.</source>
        <translation>Iebūvētās valstu kontūras failā %1 neizdevās nolasīt: %2. Kartē nav valstu, ko attēlot. Pārinstalējiet Flank Atlas.</translation>
    </message>
    <message>
        <source>The bundled posture data in %1 could not be read: %2. The map shows no statuses. Reinstall Flank Atlas, or open a good copy with File › Open Dataset…</source>
        <translation>Iebūvētos datus failā %1 neizdevās nolasīt: %2. Kartē netiek rādīti statusi. Pārinstalējiet Flank Atlas vai atveriet nebojātu kopiju ar Fails › Atvērt datu kopu…</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Valstu kontūras failā %1 neizdevās nolasīt: %2; arī iebūvēto kopiju nevarēja izmantot to vietā.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Datus failā %1 neizdevās nolasīt: %2; arī iebūvēto kopiju nevarēja izmantot to vietā.</translation>
    </message>
    <message>
        <source>%1 could not be opened as a dataset: %2. The map still shows the data it showed before.</source>
        <translation>%1 neizdevās atvērt kā datu kopu: %2. Kartē joprojām redzami iepriekšējie dati.</translation>
    </message>
    <message>
        <source>%1 has errors (%2 in all); the first is at %3. Its valid records are shown, and Data Issues lists every problem.</source>
        <translation>Failā %1 ir kļūdas (kopā %2); pirmā ir šeit: %3. Derīgie ieraksti ir parādīti, un sadaļā „Datu problēmas“ ir uzskaitītas visas problēmas.</translation>
    </message>
    <message>
        <source>%1 changed, and the new version has errors; the first is at %2. The map keeps the last version that could be read.</source>
        <translation>Fails %1 ir mainījies, un jaunajā versijā ir kļūdas; pirmā ir šeit: %2. Kartē saglabāta pēdējā versija, ko izdevās nolasīt.</translation>
    </message>
</context>
<context>
    <name>flank::ui::DatasetOpener</name>
    <message>
        <source>Open Dataset</source>
        <translation>Atvērt datu kopu</translation>
    </message>
    <message>
        <source>Posture datasets (*.json);;All files (*)</source>
        <translation>Flank Atlas datu kopas (*.json);;Visi faili (*)</translation>
    </message>
</context>
<context>
    <name>flank::ui::EditionChanges</name>
    <message>
        <source>the edition of %1</source>
        <translation>izdevums %1</translation>
    </message>
    <message>
        <source>What the New Edition Changes</source>
        <translation>Ko maina jaunais izdevums</translation>
    </message>
    <message>
        <source>The edition of %1 has the same records and statuses as the one shown before.</source>
        <translation>Izdevumā %1 ir tie paši ieraksti un statusi, kas iepriekš parādītajā.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added, removed or changed; %1 status(es) on %2 differ.</source>
        <translation>
            <numerusform>%n ieraksts pievienots, noņemts vai mainīts; atšķirīgi statusi (%2): %1.</numerusform>
            <numerusform>%n ieraksti pievienoti, noņemti vai mainīti; atšķirīgi statusi (%2): %1.</numerusform>
            <numerusform>%n ieraksti pievienoti, noņemti vai mainīti; atšķirīgi statusi (%2): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the editions</source>
        <translation>Izmaiņas starp izdevumiem</translation>
    </message>
</context>
<context>
    <name>flank::ui::ExportDialog</name>
    <message>
        <source>Title</source>
        <translation>Virsraksts</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leģenda</translation>
    </message>
    <message>
        <source>Status date stamp</source>
        <translation>Statusa datums</translation>
    </message>
    <message>
        <source>Sources footer</source>
        <translation>Avotu kājene</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Mēroga josla</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Ziemeļu bulta</translation>
    </message>
    <message>
        <source>Inset locator map</source>
        <translation>Novietojuma karte (ieliktnis)</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>Valstu nosaukumi</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Eksportēt karti</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Pārlūkot…</translation>
    </message>
    <message>
        <source>As the window shows it</source>
        <translation>Kā redzams logā</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pikseļi</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papīrs</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ainava</translation>
    </message>
    <message>
        <source>The treaty and the date</source>
        <translation>Līgums un datums</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fails:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>Iz&amp;mērs:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Pikseļi:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papīrs:</translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation>&amp;Izšķirtspēja (dpi):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Virsraksts:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Apakšvirsraksts:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Rādīt:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Priekšskatījums</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportēt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportēt…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy &amp;Map</source>
        <translation>Kopēt kar&amp;ti</translation>
    </message>
    <message>
        <source>One GeoTIFF for each map was written:
%1</source>
        <translation>Katrai kartei ir ierakstīts atsevišķs GeoTIFF fails:
%1</translation>
    </message>
    <message>
        <source>Cite the dataset edition</source>
        <translation>Citēt datu kopas izdevumu</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</source>
        <translation>Attēli un dokumenti (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Platums pikseļos</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Augstums pikseļos</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papīra izmērs</translation>
    </message>
    <message>
        <source>Resolution in dpi</source>
        <translation>Izšķirtspēja punktos collā</translation>
    </message>
</context>
<context>
    <name>flank::ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glosārijs</translation>
    </message>
    <message>
        <source>Ottawa Convention (1997)</source>
        <translation>Otavas konvencija (1997)</translation>
    </message>
    <message>
        <source>The Mine Ban Treaty. A state that joins promises never to use, make, stockpile or pass on anti-personnel mines (mines set off by a person), to destroy the mines it holds and to clear the ground it has mined. Anti-vehicle mines are not covered.</source>
        <translation>Kājnieku mīnu aizlieguma konvencija. Valsts, kas kļūst par tās dalībvalsti, apņemas nekad neizmantot, neražot, neuzkrāt un nenodot citiem kājnieku mīnas (mīnas, ko iedarbina cilvēks), iznīcināt savā rīcībā esošās mīnas un atmīnēt savas mīnētās teritorijas. Uz prettransporta mīnām tā neattiecas.</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions (2008)</source>
        <translation>Konvencija par kasešu munīciju (2008)</translation>
    </message>
    <message>
        <source>A state that joins promises never to use, make, stockpile or pass on cluster munitions: weapons that scatter many small bomblets over a wide area, some of which fail to explode and kill people long after the fighting.</source>
        <translation>Valsts, kas kļūst par tās dalībvalsti, apņemas nekad neizmantot, neražot, neuzkrāt un nenodot citiem kasešu munīciju — ieročus, kas plašā apgabalā izkaisa daudz sīku lādiņu, no kuriem daļa nesprāgst un nogalina cilvēkus vēl ilgi pēc kaujām.</translation>
    </message>
    <message>
        <source>Article 20</source>
        <translation>20. pants</translation>
    </message>
    <message>
        <source>In both conventions, the article on leaving. A state may withdraw by telling the UN Secretary-General, the other states and the Security Council, with its reasons. The withdrawal takes effect six months later; but if the state is then in an armed conflict, it stays bound until that conflict ends.</source>
        <translation>Abās konvencijās — pants par izstāšanos. Valsts var izstāties, paziņojot par to ANO ģenerālsekretāram, pārējām dalībvalstīm un Drošības padomei un norādot iemeslus. Izstāšanās stājas spēkā pēc sešiem mēnešiem; taču, ja valsts tad ir iesaistīta bruņotā konfliktā, konvencija tai ir saistoša līdz konflikta beigām.</translation>
    </message>
    <message>
        <source>Notified (withdrawal notified)</source>
        <translation>Paziņota ANO (izstāšanās paziņota ANO)</translation>
    </message>
    <message>
        <source>The state has handed its formal notice of withdrawal to the UN Secretary-General, who keeps the treaty. This starts the six-month countdown. Announcing a withdrawal or passing a law about it is not yet notifying.</source>
        <translation>Valsts ir iesniegusi oficiālo paziņojumu par izstāšanos ANO ģenerālsekretāram, kurš ir līguma depozitārs. Ar to sākas sešu mēnešu termiņš. Izstāšanās izziņošana vai likuma pieņemšana par to vēl nav paziņošana.</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Kā lasīt karti</translation>
    </message>
    <message>
        <source>Each state is filled with its status under the treaty chosen, on the date on the timeline. With both treaties shown, the fill is the Ottawa Convention and a broad inner band along the border is the Convention on Cluster Munitions. Hatching marks a withdrawal under way, cross-hatching a declared suspension, so the map can be read in black and white too.</source>
        <translation>Katra valsts ir iekrāsota atbilstoši tās statusam attiecībā uz izvēlēto līgumu laika skalā norādītajā datumā. Ja parādīti abi līgumi, krāsojums atbilst Otavas konvencijai, bet plata iekšējā josla gar robežu — Konvencijai par kasešu munīciju. Svītrojums apzīmē notiekošu izstāšanos, šķērssvītrojums — pasludinātu apturēšanu, tāpēc karti var lasīt arī melnbaltā attēlā.</translation>
    </message>
    <message>
        <source>Occupied territory</source>
        <translation>Okupētā teritorija</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. The atlas shows Ukraine&apos;s status there, muted, under horizontal stripes and a dashed edge: no treaty status uses either, so occupation reads apart in color and in black and white.</source>
        <translation>Krima ir Ukrainas teritorija, ko Krievija okupējusi kopš 2014. gada. Atlantā tur ir parādīts Ukrainas statuss — blāvāk, ar horizontālām svītrām un raustītu malu: neviens līguma statuss neizmanto ne vienu, ne otru, tāpēc okupāciju var atšķirt gan krāsainā, gan melnbaltā attēlā.</translation>
    </message>
    <message>
        <source>Border posture layers</source>
        <translation>Robežu slāņi: nocietinājumi un spēki</translation>
    </message>
    <message>
        <source>Dark lines trace each focus state&apos;s land border with Russia (Kaliningrad included) and Belarus, and the Belarus–Russia border, on the Natural Earth outlines; their lengths are measured on the ellipsoid and shown beside the published ones. Colored bands along them are named fortification programmes: solid where a source says the programme covers the whole border, ticked where it covers an unpublished part. Discs are deployments with a known garrison, sized by the troops a source gives. Each layer can be turned off in the View menu.</source>
        <translation>Tumšas līnijas iezīmē katras aplūkotās valsts sauszemes robežu ar Krieviju (ieskaitot Kaļiņingradu) un Baltkrieviju, kā arī Baltkrievijas–Krievijas robežu pēc Natural Earth kontūrām; to garums ir mērīts uz elipsoīda un parādīts blakus publicētajam. Krāsainās joslas gar tām ir konkrētas nocietinājumu programmas: nepārtrauktas, ja avots norāda, ka programma aptver visu robežu, un ar šķērssvītrām, ja tā aptver nepublicētu daļu. Apļi ir spēku izvietojumi ar zināmu garnizonu, un to lielums atbilst avotā norādītajam karavīru skaitam. Katru slāni var izslēgt izvēlnē „Skats“.</translation>
    </message>
    <message>
        <source>Glossary entries</source>
        <translation>Glosārija šķirkļi</translation>
    </message>
</context>
<context>
    <name>flank::ui::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Flank Atlas will be in this language from its next start.</source>
        <translation>Flank Atlas šajā valodā darbosies no nākamās palaišanas reizes.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Restartēt tagad</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Vēlāk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Val&amp;oda</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Preferences nav saglabātas</translation>
    </message>
</context>
<context>
    <name>flank::ui::Legend</name>
    <message>
        <source>%1
The fill shows each state&apos;s status under this treaty on the date shown. Click for the glossary.</source>
        <translation>%1
Krāsojums rāda katras valsts statusu attiecībā uz šo līgumu norādītajā datumā. Noklikšķiniet, lai atvērtu glosāriju.</translation>
    </message>
    <message>
        <source>Inner band: %1
%2</source>
        <translation>Iekšējā josla: %1
%2</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state, or it lies outside the eastern flank the atlas follows.</source>
        <translation>Flank Atlas nav par šo valsti neviena ieraksta ar norādītu avotu, vai arī tā atrodas ārpus atlanta aplūkotā austrumu flanga.</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. It shows Ukraine&apos;s status, muted, under horizontal stripes and a dashed edge.</source>
        <translation>Krima ir Ukrainas teritorija, ko Krievija okupējusi kopš 2014. gada. Tur ir parādīts Ukrainas statuss — blāvāk, ar horizontālām svītrām un raustītu malu.</translation>
    </message>
    <message>
        <source>The land border with Russia (Kaliningrad included) or Belarus, traced on the Natural Earth outlines. Click a line for its measured and published lengths.</source>
        <translation>Sauszemes robeža ar Krieviju (ieskaitot Kaļiņingradu) vai Baltkrieviju pēc Natural Earth kontūrām. Noklikšķiniet uz līnijas, lai redzētu tās izmērīto un publicēto garumu.</translation>
    </message>
    <message>
        <source>%1
A fortification programme along the border, in its own color. Click the band on the map for what it builds, its budget and sources.</source>
        <translation>%1
Nocietinājumu programma gar robežu, attēlota savā krāsā. Noklikšķiniet uz joslas kartē, lai redzētu, ko tā būvē, tās budžetu un avotus.</translation>
    </message>
    <message>
        <source>The programme runs along part of this border; its sources do not say which part, so the whole line is ticked rather than a segment invented.</source>
        <translation>Programma aptver daļu šīs robežas; avoti nenorāda, kuru daļu, tāpēc visa līnija ir ar šķērssvītrām, nevis izdomāts posms.</translation>
    </message>
    <message>
        <source>%1
Deployments with a known place. A disc&apos;s area grows with the troops a source gives; a small disc means no number was published.</source>
        <translation>%1
Izvietojumi ar zināmu atrašanās vietu. Apļa laukums pieaug līdz ar avotā norādīto karavīru skaitu; mazs aplis nozīmē, ka skaits nav publicēts.</translation>
    </message>
</context>
<context>
    <name>flank::ui::LegendStrip</name>
    <message>
        <source>Legend</source>
        <translation>Leģenda</translation>
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
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Tu&amp;vināt</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Tālināt</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Atiestatīt skatu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pa&amp;līdzība</translation>
    </message>
    <message>
        <source>&amp;About Flank Atlas</source>
        <translation>&amp;Par Flank Atlas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Laika skala</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informācija</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <source>&amp;Copy View as Text</source>
        <translation>&amp;Kopēt skatu kā tekstu</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste View</source>
        <translation>&amp;Ielīmēt skatu</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Find State…</source>
        <translation>&amp;Atrast valsti…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Motīvs</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Gaišs</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tumšs</translation>
    </message>
    <message>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Projektors (augsts kontrasts)</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Saglabātie s&amp;kati</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Pāriet</translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation>Pārbīdīt pa &amp;kreisi</translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation>Pārbīdīt pa &amp;labi</translation>
    </message>
    <message>
        <source>Pan &amp;Up</source>
        <translation>Pārbīdīt au&amp;gšup</translation>
    </message>
    <message>
        <source>Pan &amp;Down</source>
        <translation>Pārbīdīt le&amp;jup</translation>
    </message>
    <message>
        <source>&amp;Next State</source>
        <translation>&amp;Nākamā valsts</translation>
    </message>
    <message>
        <source>P&amp;revious State</source>
        <translation>&amp;Iepriekšējā valsts</translation>
    </message>
    <message>
        <source>&amp;Select Highlighted State</source>
        <translation>A&amp;tlasīt izcelto valsti</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>N&amp;otīrīt atlasi</translation>
    </message>
    <message>
        <source>Previous &amp;Event</source>
        <translation>Iepriekšējais notikum&amp;s</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Next E&amp;vent</source>
        <translation>Nākamais notik&amp;ums</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Atskaņot / pauzēt</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glosārijs</translation>
    </message>
    <message>
        <source>unknown treaty &apos;%1&apos;</source>
        <translation>nezināms līgums „%1“</translation>
    </message>
    <message>
        <source>Paste View</source>
        <translation>Ielīmēt skatu</translation>
    </message>
    <message>
        <source>The clipboard does not hold a view.</source>
        <translation>Starpliktuvē nav skata.</translation>
    </message>
    <message>
        <source>Paste View: %1</source>
        <translation>Ielīmēt skatu: %1</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Saglabāt pašreizējo skatu…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Saglabāt skatu</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Skata nosaukums:</translation>
    </message>
    <message>
        <source>Recover Annotations</source>
        <translation>Atgūt anotācijas</translation>
    </message>
    <message numerus="yes">
        <source>Flank Atlas did not close properly last time. Recover the %n unsaved annotation(s)?</source>
        <translation>
            <numerusform>Iepriekšējā reizē Flank Atlas darbs netika pareizi pabeigts. Vai atgūt %n nesaglabāto anotāciju?</numerusform>
            <numerusform>Iepriekšējā reizē Flank Atlas darbs netika pareizi pabeigts. Vai atgūt %n nesaglabātās anotācijas?</numerusform>
            <numerusform>Iepriekšējā reizē Flank Atlas darbs netika pareizi pabeigts. Vai atgūt %n nesaglabātās anotācijas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Nākamā &amp;rūts</translation>
    </message>
    <message>
        <source>Previ&amp;ous Pane</source>
        <translation>Ie&amp;priekšējā rūts</translation>
    </message>
    <message>
        <source>Saved views could not be read</source>
        <translation>Saglabātos skatus neizdevās nolasīt</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Dzēst skatu</translation>
    </message>
    <message>
        <source>Your saved views are as they were. Check that the folder exists and is writable and that the disk is not full.</source>
        <translation>Jūsu saglabātie skati nav mainīti. Pārbaudiet, vai mape pastāv un tajā var rakstīt un vai disks nav pilns.</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Preferences nav saglabātas</translation>
    </message>
    <message>
        <source>Borders with Russia and &amp;Belarus</source>
        <translation>Robežas ar Krieviju un &amp;Baltkrieviju</translation>
    </message>
    <message>
        <source>&amp;Fortification Programmes</source>
        <translation>&amp;Nocietinājumu programmas</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Izvietotie spēki</translation>
    </message>
    <message>
        <source>Next &amp;Border Item</source>
        <translation>Nākamais robežas &amp;elements</translation>
    </message>
    <message>
        <source>Previous Border &amp;Item</source>
        <translation>Iepriekšējais robežas ele&amp;ments</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Nokopēts: %1</translation>
    </message>
    <message>
        <source>Open &amp;Dataset…</source>
        <translation>Atvērt &amp;datu kopu…</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Kas mainījās</translation>
    </message>
    <message>
        <source>&amp;Compare Two Dates</source>
        <translation>Salīdzināt divus &amp;datumus</translation>
    </message>
    <message>
        <source>S&amp;wipe Between Two Dates</source>
        <translation>Pā&amp;rvilkt starp diviem datumiem</translation>
    </message>
    <message>
        <source>Compare the Two Tr&amp;eaties</source>
        <translation>Sa&amp;līdzināt abas konvencijas</translation>
    </message>
    <message>
        <source>S&amp;mall Multiples…</source>
        <translation>Karšu &amp;sērija…</translation>
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
        <translation>Izstāšanās stāsies spēkā %1</translation>
    </message>
    <message>
        <source>Date the withdrawal takes effect not yet known</source>
        <translation>Izstāšanās spēkā stāšanās datums vēl nav zināms</translation>
    </message>
    <message>
        <source>(date known only to the month or year)</source>
        <translation>(datums zināms tikai ar mēneša vai gada precizitāti)</translation>
    </message>
</context>
<context>
    <name>flank::ui::MessageBar</name>
    <message>
        <source>Show Issues</source>
        <translation>Rādīt problēmas</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>Datu problēma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
</context>
<context>
    <name>flank::ui::MultiplesDialog</name>
    <message>
        <source>Small Multiples</source>
        <translation>Karšu sērija</translation>
    </message>
    <message>
        <source>Every year, on 1 January</source>
        <translation>Katru gadu 1. janvārī</translation>
    </message>
    <message>
        <source>Each dated step of the selected state</source>
        <translation>Katrs atlasītās valsts solis ar datumu</translation>
    </message>
    <message>
        <source>Dates I type</source>
        <translation>Manis ierakstīti datumi</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Pirmais gads</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Pēdējais gads</translation>
    </message>
    <message>
        <source>Dates, separated by commas</source>
        <translation>Datumi, atdalīti ar komatiem</translation>
    </message>
    <message>
        <source>2025-01-01, 2025-07-01, 2026-03-01</source>
        <translation>2025-01-01, 2025-07-01, 2026-03-01</translation>
    </message>
    <message>
        <source>Fit to the picture</source>
        <translation>Ietilpināt attēlā</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonnas</translation>
    </message>
    <message>
        <source>Preview of the maps</source>
        <translation>Karšu priekšskatījums</translation>
    </message>
    <message>
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datumi:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Gadi:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Saraksts:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolonnas:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportēt…</translation>
    </message>
    <message>
        <source>Select a state on the map first: its dated steps give the dates.</source>
        <translation>Vispirms atlasiet valsti kartē: datumus noteiks tās soļi ar datumiem.</translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD, separated by commas.</source>
        <translation>Ierakstiet datumus formātā GGGG-MM-DD, atdalot tos ar komatiem.</translation>
    </message>
    <message>
        <source>%1 date(s): a grid takes from %2 to %3.</source>
        <translation>Datumu skaits: %1; režģī ietilpst no %2 līdz %3.</translation>
    </message>
    <message>
        <source>Export Small Multiples</source>
        <translation>Eksportēt karšu sēriju</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>Attēli un dokumenti (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Panel</name>
    <message>
        <source>Source: none given</source>
        <translation>Avots: nav norādīts</translation>
    </message>
    <message>
        <source>Source: %1, “%2”, %3</source>
        <translation>Avots: %1, „%2“, %3</translation>
    </message>
    <message>
        <source>(known to contain errors: %1)</source>
        <translation>(zināms, ka satur kļūdas: %1)</translation>
    </message>
    <message>
        <source>%1% of GDP by %2</source>
        <translation>%1% no IKP līdz %2. gadam</translation>
    </message>
    <message>
        <source>%1 %2 billion in %3</source>
        <translation>%1 %2 mljrd. %3. gadā</translation>
    </message>
    <message>
        <source>%1 %2 million in %3</source>
        <translation>%1 %2 milj. %3. gadā</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 %3. gadā</translation>
    </message>
    <message>
        <source>(known errors)</source>
        <translation>(zināmas kļūdas)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Avoti: %1</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>izpilde</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>aplēse</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budžets</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plāns</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>solījums</translation>
    </message>
    <message>
        <source>%1% of GDP in %2 (%3)</source>
        <translation>%1% no IKP %2. gadā (%3)</translation>
    </message>
    <message>
        <source>%1 (copy on %2)</source>
        <translation>%1 (kopija vietnē %2)</translation>
    </message>
    <message>
        <source>Source: copy on %1 of an article by %2, “%3”, %4</source>
        <translation>Avots: %2 raksta „%3“ kopija vietnē %1, %4</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Kopēt atsauci</translation>
    </message>
</context>
<context>
    <name>flank::ui::PledgeChart</name>
    <message>
        <source>Defence-spending pledges, percent of GDP by target year</source>
        <translation>Aizsardzības izdevumu solījumi, procenti no IKP pa mērķa gadiem</translation>
    </message>
    <message>
        <source>2 %</source>
        <translation>2 %</translation>
    </message>
    <message>
        <source>Defence spending, percent of GDP by year</source>
        <translation>Aizsardzības izdevumi, procenti no IKP pa gadiem</translation>
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
        <translation>izziņota %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>sākta %1</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>pabeigta %1</translation>
    </message>
    <message>
        <source>planned completion %1</source>
        <translation>plānotā pabeigšana %1</translation>
    </message>
    <message>
        <source>Fortification programme</source>
        <translation>Nocietinājumu programma</translation>
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <source>Along: %1</source>
        <translation>Gar: %1</translation>
    </message>
    <message>
        <source>%1–%2: %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Izziņotais garums: %1 km</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budžets: %1</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Ietver: %1</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Dati pārbaudīti %1</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>vada %1</translation>
    </message>
    <message>
        <source>size: %1</source>
        <translation>lielums: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>kopš %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>līdz %1</translation>
    </message>
    <message>
        <source>Marker at %1 (%2, %3)</source>
        <translation>Marķieris: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Robeža</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m (geodesic)</source>
        <translation>%1 km, mērīts pēc Natural Earth 1:10m (ģeodēziskais garums)</translation>
    </message>
    <message>
        <source>Measuring on Natural Earth 1:10m…</source>
        <translation>Notiek mērīšana pēc Natural Earth 1:10m…</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 km (publicēts)</translation>
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
        <translation>%1: preferences neizdevās ierakstīt (iespējams, disks ir pilns vai mape ir tikai lasāma); saglabātas iepriekšējās preferences.</translation>
    </message>
</context>
<context>
    <name>flank::ui::PresentationConsole</name>
    <message>
        <source>Presenter view: %1</source>
        <translation>Prezentētāja skats: %1</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nākamais:</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%1. solis no %2</translation>
    </message>
    <message>
        <source>%1    elapsed %2:%3</source>
        <translation>%1    pagājis %2:%3</translation>
    </message>
</context>
<context>
    <name>flank::ui::SavedViews</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>fails ir lielāks par %1 MiB</translation>
    </message>
    <message>
        <source>not a saved-views file (no &quot;format&quot;: &quot;%1&quot; with a &quot;views&quot; list)</source>
        <translation>nav saglabāto skatu fails (nav &quot;format&quot;: &quot;%1&quot; ar sarakstu &quot;views&quot;)</translation>
    </message>
    <message>
        <source>/views/%1: a view needs a &quot;name&quot; and a &quot;state&quot; object</source>
        <translation>/views/%1: skatam vajadzīgs &quot;name&quot; un objekts &quot;state&quot;</translation>
    </message>
    <message>
        <source>Could not save the views: %1</source>
        <translation>Neizdevās saglabāt skatus: %1</translation>
    </message>
    <message>
        <source>Could not save the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Neizdevās saglabāt skatu: %1. Fails atstāts nemainīts; izlabojiet vai noņemiet to.</translation>
    </message>
    <message>
        <source>Could not delete the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Neizdevās izdzēst skatu: %1. Fails atstāts nemainīts; izlabojiet vai noņemiet to.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SearchBox</name>
    <message>
        <source>Find a state (name or ISO code)</source>
        <translation>Atrast valsti (nosaukums vai ISO kods)</translation>
    </message>
    <message>
        <source>Find a state</source>
        <translation>Atrast valsti</translation>
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
        <translation>Nav atlasīta neviena valsts. Karte: %1.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2, since %3.</source>
        <translation>%1: %2 kopš %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Stāvoklis: %1.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SessionAnnouncements</name>
    <message>
        <source>Selection cleared</source>
        <translation>Atlase notīrīta</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Atlasīta valsts: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>No state changed status.</source>
        <translation>Nevienas valsts statuss nav mainījies.</translation>
    </message>
    <message>
        <source>States that changed status: %1.</source>
        <translation>Valstis, kuru statuss mainījies: %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no state&apos;s status changed</source>
        <translation>nevienas valsts statuss nav mainījies</translation>
    </message>
    <message>
        <source>changes of status: %1</source>
        <translation>statusa izmaiņas: %1</translation>
    </message>
    <message>
        <source>What changed from %1 to %2: %3</source>
        <translation>Kas mainījās starp datumiem %1 un %2: %3</translation>
    </message>
</context>
<context>
    <name>flank::ui::StatePanel</name>
    <message>
        <source>State details</source>
        <translation>Valsts informācija</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Nav atlasīta neviena valsts</translation>
    </message>
    <message>
        <source>Click a state on the map, find it by name (Ctrl+F), or press Tab to move through the states and Enter to select one.</source>
        <translation>Noklikšķiniet uz valsts kartē, atrodiet to pēc nosaukuma (Ctrl+F) vai spiediet Tab, lai pārvietotos starp valstīm, un Enter, lai atlasītu valsti.</translation>
    </message>
    <message>
        <source>What do the colors mean?</source>
        <translation>Ko nozīmē krāsas?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stāvoklis: %1</translation>
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
        <translation>Datums: %1</translation>
    </message>
    <message>
        <source>%1, armed-conflict rule %2: %3</source>
        <translation>%1, bruņota konflikta klauzula %2: %3</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>piemērojama</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>nav piemērojama</translation>
    </message>
    <message>
        <source>What do these statuses and Article 20 mean?</source>
        <translation>Ko nozīmē šie statusi un 20. pants?</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citāti</translation>
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
        <translation>Publicēts arī šādi: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n later quote(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n vēlāks citāts nav parādīts: pārvietojiet laika skalu uz priekšu.</numerusform>
            <numerusform>%n vēlāki citāti nav parādīti: pārvietojiet laika skalu uz priekšu.</numerusform>
            <numerusform>%n vēlāki citāti nav parādīti: pārvietojiet laika skalu uz priekšu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (pledged %2)</source>
        <translation>%1 (solīts %2)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Forces and fortifications</source>
        <translation>Spēki un nocietinājumi</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>ziņots %1</translation>
    </message>
    <message>
        <source>Borders</source>
        <translation>Robežas</translation>
    </message>
    <message>
        <source>With %1: measuring…</source>
        <translation>Ar valsti %1: notiek mērīšana…</translation>
    </message>
    <message>
        <source>With %1: could not be measured</source>
        <translation>Ar valsti %1: neizdevās izmērīt</translation>
    </message>
    <message>
        <source>With %1: no shared border</source>
        <translation>Ar valsti %1: nav kopīgas robežas</translation>
    </message>
    <message>
        <source>With %1: about %2 km, computed from Natural Earth 1:10m (geodesic length)</source>
        <translation>Ar valsti %1: aptuveni %2 km, aprēķināts pēc Natural Earth 1:10m (ģeodēziskais garums)</translation>
    </message>
    <message>
        <source>Published: %1 km</source>
        <translation>Publicēts: %1 km</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Dati pārbaudīti %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later step(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n vēlāks solis nav parādīts: pārvietojiet laika skalu uz priekšu.</numerusform>
            <numerusform>%n vēlāki soļi nav parādīti: pārvietojiet laika skalu uz priekšu.</numerusform>
            <numerusform>%n vēlāki soļi nav parādīti: pārvietojiet laika skalu uz priekšu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Translated from the original (%1) by %2</source>
        <translation>Tulkots no oriģināla (%1), tulkotājs: %2</translation>
    </message>
    <message>
        <source>Defence spending</source>
        <translation>Aizsardzības izdevumi</translation>
    </message>
    <message>
        <source>%1 (published %2)</source>
        <translation>%1 (publicēts %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n later figure(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n vēlāks skaitlis nav parādīts: pārvietojiet laika skalu uz priekšu.</numerusform>
            <numerusform>%n vēlāki skaitļi nav parādīti: pārvietojiet laika skalu uz priekšu.</numerusform>
            <numerusform>%n vēlāki skaitļi nav parādīti: pārvietojiet laika skalu uz priekšu.</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>vieta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later note(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n vēlāka piezīme nav parādīta: pārvietojiet laika skalu uz priekšu.</numerusform>
            <numerusform>%n vēlākas piezīmes nav parādītas: pārvietojiet laika skalu uz priekšu.</numerusform>
            <numerusform>%n vēlākas piezīmes nav parādītas: pārvietojiet laika skalu uz priekšu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No primary source: %1</source>
        <translation>Nav primārā avota: %1</translation>
    </message>
    <message>
        <source>Fortification programmes</source>
        <translation>Nocietinājumu programmas</translation>
    </message>
    <message numerus="yes">
        <source>%n later programme(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n vēlāka programma nav parādīta: pārvietojiet laika skalu uz priekšu.</numerusform>
            <numerusform>%n vēlākas programmas nav parādītas: pārvietojiet laika skalu uz priekšu.</numerusform>
            <numerusform>%n vēlākas programmas nav parādītas: pārvietojiet laika skalu uz priekšu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::StatusSentence</name>
    <message>
        <source>no data on the %1</source>
        <translation>%1: nav datu</translation>
    </message>
    <message>
        <source>not a party to the %1</source>
        <translation>%1: nav dalībvalsts</translation>
    </message>
    <message>
        <source>signatory to the %1 since %2</source>
        <translation>%1: parakstītājvalsts kopš %2</translation>
    </message>
    <message>
        <source>signatory to the %1</source>
        <translation>%1: parakstītājvalsts</translation>
    </message>
    <message>
        <source>party to the %1 since %2</source>
        <translation>%1: dalībvalsts kopš %2</translation>
    </message>
    <message>
        <source>party to the %1</source>
        <translation>%1: dalībvalsts</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced on %2</source>
        <translation>%1: izstāšanās izziņota %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced</source>
        <translation>%1: izstāšanās izziņota</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved on %2</source>
        <translation>%1: izstāšanās apstiprināta %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved</source>
        <translation>%1: izstāšanās apstiprināta</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified on %2</source>
        <translation>%1: izstāšanās paziņota ANO %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified</source>
        <translation>%1: izstāšanās paziņota ANO</translation>
    </message>
    <message>
        <source>withdrawn from the %1 since %2</source>
        <translation>%1: izstājusies kopš %2</translation>
    </message>
    <message>
        <source>withdrawn from the %1</source>
        <translation>%1: izstājusies</translation>
    </message>
    <message>
        <source>suspension of the %1 declared on %2</source>
        <translation>%1: apturēšana pasludināta %2</translation>
    </message>
    <message>
        <source>suspension of the %1 declared</source>
        <translation>%1: apturēšana pasludināta</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified, takes effect %2</source>
        <translation>%1: izstāšanās paziņota ANO, stāsies spēkā %2</translation>
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
        <translation>Statusu tabula</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>Statusu tabula</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>Tab&amp;ula</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtrēt tabulu</translation>
    </message>
    <message>
        <source>Filter by name, code or status</source>
        <translation>Filtrēt pēc nosaukuma, koda vai statusa</translation>
    </message>
    <message>
        <source>States and their statuses</source>
        <translation>Valstis un to statusi</translation>
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
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Kopš</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nākamās izmaiņas</translation>
    </message>
    <message>
        <source>Spending, % of GDP</source>
        <translation>Izdevumi, % no IKP</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citāti</translation>
    </message>
    <message>
        <source>Troop notes</source>
        <translation>Piezīmes par karaspēku</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3 code</source>
        <translation>ISO 3166-1 alpha-3 kods</translation>
    </message>
    <message>
        <source>Status under the %1 on the day</source>
        <translation>%1: statuss attiecīgajā dienā</translation>
    </message>
    <message>
        <source>Date of the step that gave the %1 status</source>
        <translation>%1: datums solim, ar kuru iegūts šis statuss</translation>
    </message>
    <message>
        <source>The next change already fixed by the day: when a notified withdrawal takes effect</source>
        <translation>Nākamās izmaiņas, kas attiecīgajā dienā jau ir noteiktas: kad stāsies spēkā ANO paziņotā izstāšanās</translation>
    </message>
    <message>
        <source>Defence spending known on the day, for its year or the latest year before it</source>
        <translation>Attiecīgajā dienā zināmie aizsardzības izdevumi par tās gadu vai pēdējo iepriekšējo gadu</translation>
    </message>
    <message>
        <source>Quotes said on or before the day</source>
        <translation>Citāti, kas izteikti attiecīgajā dienā vai agrāk</translation>
    </message>
    <message>
        <source>Troop notes reported on or before the day</source>
        <translation>Piezīmes par karaspēku, kas ziņotas attiecīgajā dienā vai agrāk</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryController</name>
    <message>
        <source>Story</source>
        <translation>Stāsts</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Stāsts bez nosaukuma</translation>
    </message>
    <message>
        <source>Open &amp;Story…</source>
        <translation>&amp;Atvērt stāstu…</translation>
    </message>
    <message>
        <source>Save Story &amp;As…</source>
        <translation>Saglabāt stāstu &amp;kā…</translation>
    </message>
    <message>
        <source>&amp;Present Story</source>
        <translation>&amp;Prezentēt stāstu</translation>
    </message>
    <message>
        <source>Present from &amp;Current Step</source>
        <translation>Prezentēt no pašreizējā &amp;soļa</translation>
    </message>
    <message>
        <source>&amp;Example Story</source>
        <translation>Stāsta pi&amp;emērs</translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation>Stāstu neizdevās atvērt.</translation>
    </message>
    <message>
        <source>The story opened with warnings.</source>
        <translation>Stāsts atvērts ar brīdinājumiem.</translation>
    </message>
    <message>
        <source>Open Story</source>
        <translation>Atvērt stāstu</translation>
    </message>
    <message>
        <source>Flank Atlas stories (*.flankstory)</source>
        <translation>Flank Atlas stāsti (*.flankstory)</translation>
    </message>
    <message>
        <source>Save Story</source>
        <translation>Saglabāt stāstu</translation>
    </message>
    <message>
        <source>Present Story</source>
        <translation>Prezentēt stāstu</translation>
    </message>
    <message>
        <source>The story has no steps yet. Add the current view with &quot;Add View&quot;, or open a story.</source>
        <translation>Stāstā vēl nav neviena soļa. Pievienojiet pašreizējo skatu ar pogu „Pievienot skatu“ vai atveriet stāstu.</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryPanel</name>
    <message>
        <source>Animated transitions</source>
        <translation>Animētas pārejas</translation>
    </message>
    <message>
        <source>Add View</source>
        <translation>Pievienot skatu</translation>
    </message>
    <message>
        <source>Add the map&apos;s current view as a step after the chosen one</source>
        <translation>Pievienot kartes pašreizējo skatu kā soli aiz izvēlētā</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dublēt</translation>
    </message>
    <message>
        <source>Duplicate the chosen step</source>
        <translation>Dublēt izvēlēto soli</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Delete the chosen step</source>
        <translation>Dzēst izvēlēto soli</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <source>Undo the last story edit</source>
        <translation>Atsaukt pēdējo stāsta labojumu</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Atkārtot</translation>
    </message>
    <message>
        <source>Redo the story edit</source>
        <translation>Atkārtot stāsta labojumu</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Stāsts:</translation>
    </message>
    <message>
        <source>Step title:</source>
        <translation>Soļa virsraksts:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Paraksts:</translation>
    </message>
    <message>
        <source>Turn Transitions On</source>
        <translation>Ieslēgt pārejas</translation>
    </message>
    <message>
        <source>Turn Transitions Off</source>
        <translation>Izslēgt pārejas</translation>
    </message>
    <message>
        <source>Edit Story Text</source>
        <translation>Rediģēt stāsta tekstu</translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation>Pārvietot soli</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>%1. solis</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Pievienot soli</translation>
    </message>
    <message>
        <source>Duplicate Step</source>
        <translation>Dublēt soli</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Dzēst soli</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>Stāsta soļi</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Stāsta nosaukums</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Soļa virsraksts</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Paraksts</translation>
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
        <translation>Teksts, līdzinātas kolonnas (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Eksportēt &amp;tabulu…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Eksportēt tabulu</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Tabula ierakstīta failā %1</translation>
    </message>
    <message>
        <source>The table could not be written.</source>
        <translation>Tabulu neizdevās ierakstīt.</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineBar</name>
    <message>
        <source>Previous event</source>
        <translation>Iepriekšējais notikums</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Atskaņot</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Nākamais notikums</translation>
    </message>
    <message>
        <source>1 week per second</source>
        <translation>1 nedēļa sekundē</translation>
    </message>
    <message>
        <source>1 month per second</source>
        <translation>1 mēnesis sekundē</translation>
    </message>
    <message>
        <source>3 months per second</source>
        <translation>3 mēneši sekundē</translation>
    </message>
    <message>
        <source>1 year per second</source>
        <translation>1 gads sekundē</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Atskaņošanas ātrums</translation>
    </message>
    <message>
        <source>%1 – %2: %3 (%4)</source>
        <translation>%1 – %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Source: %1, “%2”</source>
        <translation>Avots: %1, „%2“</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>izziņota</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>būvniecības sākums</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>pabeigta</translation>
    </message>
    <message>
        <source>%1 – %2: %3 %4</source>
        <translation>%1 – %2: %3 %4</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>beidzas</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>sākas</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineSlider</name>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on nearby days</source>
        <translation>
            <numerusform>… un vēl %n notikums tuvējās dienās</numerusform>
            <numerusform>… un vēl %n notikumi tuvējās dienās</numerusform>
            <numerusform>… un vēl %n notikumi tuvējās dienās</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::TreatyActions</name>
    <message>
        <source>Both Conventions (fill and inner band)</source>
        <translation>Abas konvencijas (krāsojums un iekšējā josla)</translation>
    </message>
</context>
<context>
    <name>flank::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation>Eksportēt video</translation>
    </message>
    <message>
        <source>map.mp4, map.webm or map.gif</source>
        <translation>karte.mp4, karte.webm vai karte.gif</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pārlūkot…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fails:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;No:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Līdz:</translation>
    </message>
    <message>
        <source>Seconds for the whole clip</source>
        <translation>Visa klipa ilgums sekundēs</translation>
    </message>
    <message>
        <source>Seconds between events</source>
        <translation>Sekundes starp notikumiem</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Ilgums:</translation>
    </message>
    <message>
        <source>Frames per &amp;second:</source>
        <translation>Kadri &amp;sekundē:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Pause at each event:</source>
        <translation>Pa&amp;uze pie katra notikuma:</translation>
    </message>
    <message>
        <source>Si&amp;ze (pixels):</source>
        <translation>Iz&amp;mērs (pikseļi):</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Platums</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Augstums</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Eksportēt</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;WebM video (*.webm);;Animated GIF (*.gif)</source>
        <translation>MP4 video (*.mp4);;WebM video (*.webm);;Animēts GIF (*.gif)</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Atlikusi aptuveni %n sekunde</numerusform>
            <numerusform>Atlikušas aptuveni %n sekundes</numerusform>
            <numerusform>Atlikušas aptuveni %n sekundes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Atcelts: neviens fails netika ierakstīts.</translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation>Eksportēt &amp;video…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pirmā diena</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Pēdējā diena</translation>
    </message>
    <message>
        <source>Length in seconds</source>
        <translation>Ilgums sekundēs</translation>
    </message>
    <message>
        <source>What the length counts</source>
        <translation>Ko nozīmē ilgums</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Kadri sekundē</translation>
    </message>
    <message>
        <source>Pause at each event, in seconds</source>
        <translation>Pauze pie katra notikuma, sekundēs</translation>
    </message>
</context>
</TS>
