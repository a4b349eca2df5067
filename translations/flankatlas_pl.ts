<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>flank::annotate</name>
    <message>
        <source>Add %1</source>
        <translation>Dodaj: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Usuń: %1</translation>
    </message>
</context>
<context>
    <name>flank::exporting::TimelineVideo</name>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: od %2 do %3</translation>
    </message>
</context>
<context>
    <name>flank::posture::DatedSteps</name>
    <message>
        <source>announced</source>
        <translation>ogłoszony</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>początek budowy</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ukończony</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>koniec</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>początek</translation>
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
        <translation>ogrodzenie</translation>
    </message>
    <message>
        <source>dragon&apos;s teeth</source>
        <translation>zęby smoka</translation>
    </message>
    <message>
        <source>bunkers</source>
        <translation>bunkry</translation>
    </message>
    <message>
        <source>anti-tank obstacles</source>
        <translation>zapory przeciwpancerne</translation>
    </message>
    <message>
        <source>minefields (planned)</source>
        <translation>pola minowe (planowane)</translation>
    </message>
    <message>
        <source>minefields (prepared)</source>
        <translation>pola minowe (przygotowane)</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>nadzór</translation>
    </message>
    <message>
        <source>forest barriers</source>
        <translation>zapory leśne</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>not yet announced</source>
        <translation>jeszcze nie ogłoszony</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>ogłoszony</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>w budowie</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ukończony</translation>
    </message>
    <message>
        <source>the whole border</source>
        <translation>cała granica</translation>
    </message>
    <message>
        <source>part of the border</source>
        <translation>część granicy</translation>
    </message>
    <message>
        <source>ditches</source>
        <translation>rowy</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>drogi</translation>
    </message>
</context>
<context>
    <name>flank::posture::Status</name>
    <message>
        <source>Party</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>The state has joined the treaty and is bound by all of its rules.</source>
        <translation>Państwo przystąpiło do traktatu i wiążą je wszystkie jego postanowienia.</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Ogłoszone zawieszenie</translation>
    </message>
    <message>
        <source>The state says it has suspended the treaty. The treaty has no rule for a suspension, so in law the state is still bound.</source>
        <translation>Państwo twierdzi, że zawiesiło stosowanie traktatu. Traktat nie przewiduje zawieszenia, więc prawnie państwo nadal jest nim związane.</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Zapowiedziane wystąpienie</translation>
    </message>
    <message>
        <source>The government has said it will leave. Nothing has changed in law yet: the state is still bound.</source>
        <translation>Rząd zapowiedział wystąpienie. Prawnie nic się jeszcze nie zmieniło: państwo nadal jest związane traktatem.</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Wystąpienie zatwierdzone</translation>
    </message>
    <message>
        <source>Parliament or a law has approved leaving, but the UN has not yet been told. The state is still bound.</source>
        <translation>Parlament lub ustawa zatwierdziły wystąpienie, ale ONZ nie została jeszcze powiadomiona. Państwo nadal jest związane traktatem.</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>Wystąpienie notyfikowane</translation>
    </message>
    <message>
        <source>The state has formally told the UN Secretary-General it is leaving. It stays bound until the withdrawal takes effect, six months later.</source>
        <translation>Państwo formalnie powiadomiło Sekretarza Generalnego ONZ o wystąpieniu. Pozostaje związane traktatem do chwili, gdy wystąpienie stanie się skuteczne, sześć miesięcy później.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Po wystąpieniu</translation>
    </message>
    <message>
        <source>The withdrawal has taken effect: the state is no longer bound.</source>
        <translation>Wystąpienie stało się skuteczne: państwo nie jest już związane traktatem.</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Sygnatariusz</translation>
    </message>
    <message>
        <source>The state signed the treaty but has not ratified it, so it is not bound by it; it should not act against the treaty&apos;s purpose.</source>
        <translation>Państwo podpisało traktat, ale go nie ratyfikowało, więc nie jest nim związane; nie powinno jednak działać wbrew jego celowi.</translation>
    </message>
    <message>
        <source>Not a party</source>
        <translation>Nie jest stroną</translation>
    </message>
    <message>
        <source>The state has never joined the treaty.</source>
        <translation>Państwo nigdy nie przystąpiło do traktatu.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Brak danych</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state.</source>
        <translation>Flank Atlas nie ma dla tego państwa żadnych danych popartych źródłami.</translation>
    </message>
</context>
<context>
    <name>flank::posture::StepKind</name>
    <message>
        <source>Signed</source>
        <translation>Podpisanie</translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation>Ratyfikacja</translation>
    </message>
    <message>
        <source>Acceded</source>
        <translation>Przystąpienie</translation>
    </message>
    <message>
        <source>In force for the state</source>
        <translation>Wejście w życie wobec państwa</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Zapowiedź wystąpienia</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Zatwierdzenie wystąpienia</translation>
    </message>
    <message>
        <source>Withdrawal notified to the UN</source>
        <translation>Notyfikacja wystąpienia w ONZ</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>Wystąpienie skuteczne</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Ogłoszenie zawieszenia</translation>
    </message>
</context>
<context>
    <name>flank::posture::Treaty</name>
    <message>
        <source>Ottawa Convention</source>
        <translation>Konwencja ottawska</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions</source>
        <translation>Konwencja o amunicji kasetowej</translation>
    </message>
</context>
<context>
    <name>flank::posture::TroopNoteKind</name>
    <message>
        <source>Allied presence</source>
        <translation>Obecność sojusznicza</translation>
    </message>
    <message>
        <source>Fortification</source>
        <translation>Fortyfikacje</translation>
    </message>
    <message>
        <source>Russian build-up</source>
        <translation>Koncentracja sił rosyjskich</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Siły narodowe</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Minowanie</translation>
    </message>
</context>
<context>
    <name>flank::posture::Verification</name>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Jedno źródło</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Niezweryfikowane</translation>
    </message>
</context>
<context>
    <name>flank::render::Legend</name>
    <message>
        <source>Status as of %1</source>
        <translation>Status na dzień %1</translation>
    </message>
    <message>
        <source>Occupied by Russia (Crimea)</source>
        <translation>Okupowany przez Rosję (Krym)</translation>
    </message>
    <message>
        <source>No data / outside the focus</source>
        <translation>Brak danych / poza obszarem mapy</translation>
    </message>
    <message>
        <source>Inner band: %1</source>
        <translation>Pas wewnętrzny: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s): point at a band for its name</source>
        <translation>
            <numerusform>%n program umocnień: wskaż pas, by poznać nazwę</numerusform>
            <numerusform>%n programy umocnień: wskaż pas, by poznać nazwę</numerusform>
            <numerusform>%n programów umocnień: wskaż pas, by poznać nazwę</numerusform>
        </translation>
    </message>
    <message>
        <source>Russian forces</source>
        <translation>Siły rosyjskie</translation>
    </message>
    <message>
        <source>Border posture</source>
        <translation>Granica: umocnienia i wojska</translation>
    </message>
    <message>
        <source>Border with Russia or Belarus</source>
        <translation>Granica z Rosją lub Białorusią</translation>
    </message>
    <message>
        <source>Ticked: along part of the border, which part not published</source>
        <translation>Kreskowane: na części granicy, nie podano której</translation>
    </message>
    <message>
        <source>Allied forces (size: troops)</source>
        <translation>Siły sojusznicze (wielkość: liczba żołnierzy)</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Siły narodowe</translation>
    </message>
    <message>
        <source>%1: status as of %2</source>
        <translation>%1: status na dzień %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s), one color each</source>
        <translation>
            <numerusform>%n program umocnień, każdy w swoim kolorze</numerusform>
            <numerusform>%n programy umocnień, każdy w swoim kolorze</numerusform>
            <numerusform>%n programów umocnień, każdy w swoim kolorze</numerusform>
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
        <translation>Skala prawdziwa na %1</translation>
    </message>
</context>
<context>
    <name>flank::render::Sheet</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>%1 and %2, %3</source>
        <translation>%1 i %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 and %3</source>
        <translation>%1: %2 i %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: od %2 do %3</translation>
    </message>
</context>
<context>
    <name>flank::render::TitleBlock</name>
    <message>
        <source>%1: status on %2</source>
        <translation>%1: status na dzień %2</translation>
    </message>
    <message>
        <source>%1 and %2: status on %3</source>
        <translation>%1 i %2: status na dzień %3</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Źródła: %1.</translation>
    </message>
    <message>
        <source>Borders: Natural Earth.</source>
        <translation>Granice: Natural Earth.</translation>
    </message>
    <message>
        <source>Data checked on %1.</source>
        <translation>Dane sprawdzono %1.</translation>
    </message>
    <message>
        <source>Data: Flank Atlas posture dataset, edition of %1 (format %2).</source>
        <translation>Dane: zbiór danych Flank Atlas, wydanie z %1 (format %2).</translation>
    </message>
</context>
<context>
    <name>flank::ui</name>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Zapowiedziana długość: %1 km</translation>
    </message>
    <message>
        <source>Border: %1 – %2</source>
        <translation>Granica: %1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m</source>
        <translation>%1 km zmierzone na Natural Earth 1:10m</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 km według publikacji</translation>
    </message>
    <message>
        <source>Click for details and sources.</source>
        <translation>Kliknij, by zobaczyć szczegóły i źródła.</translation>
    </message>
</context>
<context>
    <name>flank::ui::AboutDialog</name>
    <message>
        <source>About Flank Atlas</source>
        <translation>O programie Flank Atlas</translation>
    </message>
    <message>
        <source>Flank Atlas icon</source>
        <translation>Ikona programu Flank Atlas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A map of NATO&apos;s eastern flank under the Ottawa Convention and the Convention on Cluster Munitions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Wersja %1&lt;/p&gt;&lt;p&gt;Mapa wschodniej flanki NATO wobec konwencji ottawskiej i Konwencji o amunicji kasetowej.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Code:&lt;/b&gt; MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Borders:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, public domain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Posture dataset:&lt;/b&gt; as of %1, %2 sources; licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Every status, quote, pledge and troop note names its sources; quotations remain the work of their authors and outlets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonts:&lt;/b&gt; DejaVu, Bitstream Vera licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kod:&lt;/b&gt; licencja MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Granice:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, domena publiczna.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zbiór danych:&lt;/b&gt; stan na %1, źródła: %2; licencja &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/deed.pl&quot;&gt;CC BY 4.0&lt;/a&gt;. Każdy status, cytat, zobowiązanie i informacja o wojskach podaje swoje źródła; cytaty pozostają dziełem ich autorów i redakcji.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Czcionki:&lt;/b&gt; DejaVu, licencja Bitstream Vera.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outlets the dataset cites:</source>
        <translation>Media i instytucje cytowane w danych:</translation>
    </message>
    <message>
        <source>Outlets the dataset cites</source>
        <translation>Media i instytucje cytowane w danych</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationAutosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autozapis nie powiódł się: %1</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationController</name>
    <message>
        <source>Change Color</source>
        <translation>Zmień kolor</translation>
    </message>
    <message>
        <source>Change Size</source>
        <translation>Zmień rozmiar</translation>
    </message>
    <message>
        <source>Change Symbol</source>
        <translation>Zmień symbol</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Edytuj adnotację</translation>
    </message>
    <message>
        <source>Move Annotation</source>
        <translation>Przesuń adnotację</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationEditDialog</name>
    <message>
        <source>Circle</source>
        <translation>Koło</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Kwadrat</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Trójkąt</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Gwiazda</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Krzyż</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Adnotacja</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Tekst etykiety</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>Opcjonalny podpis</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>&amp;Color:</source>
        <translation>&amp;Kolor:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pkt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Rozmiar:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <source>Size in points</source>
        <translation>Rozmiar w punktach</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationTools</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Zaznaczanie</translation>
    </message>
    <message>
        <source>&amp;Text Label</source>
        <translation>Etykieta &amp;tekstowa</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Strzałka</translation>
    </message>
    <message>
        <source>&amp;Marker</source>
        <translation>Zna&amp;cznik</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Linia</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Obszar</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Adnotacje</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>&amp;Edytuj adnotację…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Usuń adnotację</translation>
    </message>
    <message>
        <source>&amp;Finish Line or Area</source>
        <translation>Za&amp;kończ linię lub obszar</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Adnotacje</translation>
    </message>
    <message>
        <source>Annotation color</source>
        <translation>Kolor adnotacji</translation>
    </message>
    <message>
        <source>Annotation size</source>
        <translation>Rozmiar adnotacji</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pkt</translation>
    </message>
    <message>
        <source>Marker symbol</source>
        <translation>Symbol znacznika</translation>
    </message>
    <message>
        <source>&amp;Open Annotations…</source>
        <translation>&amp;Otwórz adnotacje…</translation>
    </message>
    <message>
        <source>Open Annotations</source>
        <translation>Otwórz adnotacje</translation>
    </message>
    <message>
        <source>Save A&amp;nnotations As…</source>
        <translation>Zapisz ad&amp;notacje jako…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
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
            <numerusform>Części pliku nie udało się odczytać; wczytano %n adnotację.</numerusform>
            <numerusform>Części pliku nie udało się odczytać; wczytano %n adnotacje.</numerusform>
            <numerusform>Części pliku nie udało się odczytać; wczytano %n adnotacji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Annotations</source>
        <translation>Zapisz adnotacje</translation>
    </message>
    <message>
        <source>Annotations saved to %1</source>
        <translation>Adnotacje zapisano w %1</translation>
    </message>
    <message>
        <source>Save Annotations As</source>
        <translation>Zapisz adnotacje jako</translation>
    </message>
    <message>
        <source>Unsaved Annotations</source>
        <translation>Niezapisane adnotacje</translation>
    </message>
    <message>
        <source>Save the annotations before closing?</source>
        <translation>Zapisać adnotacje przed zamknięciem?</translation>
    </message>
</context>
<context>
    <name>flank::ui::Announcer</name>
    <message>
        <source>News about the map</source>
        <translation>Wiadomości o mapie</translation>
    </message>
</context>
<context>
    <name>flank::ui::ChangesPanel</name>
    <message>
        <source>What changed</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No state&apos;s status changed between these two dates.</source>
        <translation>Status żadnego państwa nie zmienił się między tymi dwiema datami.</translation>
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
        <translation>Zwykły tekst (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Citations</source>
        <translation>Eksportuj &amp;cytowania</translation>
    </message>
    <message>
        <source>Of the States in &amp;View…</source>
        <translation>Państw w &amp;widoku…</translation>
    </message>
    <message>
        <source>Of %1…</source>
        <translation>Państwa: %1…</translation>
    </message>
    <message>
        <source>Of the &amp;Selected State…</source>
        <translation>&amp;Wybranego państwa…</translation>
    </message>
    <message>
        <source>Export Citations</source>
        <translation>Eksport cytowań</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written to %1</source>
        <translation>
            <numerusform>Zapisano %n źródło w %1</numerusform>
            <numerusform>Zapisano %n źródła w %1</numerusform>
            <numerusform>Zapisano %n źródeł w %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The citations could not be written.</source>
        <translation>Nie udało się zapisać cytowań.</translation>
    </message>
</context>
<context>
    <name>flank::ui::CompareView</name>
    <message>
        <source>Second map</source>
        <translation>Druga mapa</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>Porówna&amp;j:</translation>
    </message>
    <message>
        <source>Two dates side by side</source>
        <translation>Dwie daty obok siebie</translation>
    </message>
    <message>
        <source>Two treaties side by side</source>
        <translation>Dwie konwencje obok siebie</translation>
    </message>
    <message>
        <source>Swipe between two dates</source>
        <translation>Przesuwanie między dwiema datami</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Lewa:</translation>
    </message>
    <message>
        <source>Date of the left map</source>
        <translation>Data lewej mapy</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>P&amp;rawa:</translation>
    </message>
    <message>
        <source>Date of the right map</source>
        <translation>Data prawej mapy</translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation>Zamknij porównanie</translation>
    </message>
    <message>
        <source>Back to one map (Ctrl+Shift+K)</source>
        <translation>Powrót do jednej mapy (Ctrl+Shift+K)</translation>
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
        <translation>E</translation>
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
        <translation>Problemy z danymi</translation>
    </message>
    <message>
        <source>Data issues</source>
        <translation>Problemy z danymi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <source>Data Issues (%1)</source>
        <translation>Problemy z danymi (%1)</translation>
    </message>
</context>
<context>
    <name>flank::ui::DataMessages</name>
    <message>
        <source>the file has nothing the map can show</source>
        <translation>plik nie zawiera niczego, co mapa mogłaby pokazać</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2. The bundled outlines from %3 are shown instead. Replace the file with a good copy, or remove it.</source>
        <translation>Nie udało się odczytać granic państw z %1: %2. Zamiast nich pokazano granice dołączone do programu, z %3. Zastąp plik poprawną kopią albo go usuń.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2. The bundled data from %3 are shown instead. Correct the file (Data Issues lists every problem), or remove it.</source>
        <translation>Nie udało się odczytać danych z %1: %2. Zamiast nich pokazano dane dołączone do programu, z %3. Popraw plik (panel Problemy z danymi wymienia wszystkie błędy) albo go usuń.</translation>
    </message>
    <message>
        <source>The bundled country outlines in %1 could not be read: %2. The map has no countries to draw. Reinstall Flank Atlas.</source>
        <translation>Nie udało się odczytać granic państw dołączonych do programu, z %1: %2. Mapa nie ma państw do narysowania. Zainstaluj Flank Atlas ponownie.</translation>
    </message>
    <message>
        <source>The bundled posture data in %1 could not be read: %2. The map shows no statuses. Reinstall Flank Atlas, or open a good copy with File › Open Dataset…</source>
        <translation>Nie udało się odczytać danych dołączonych do programu, z %1: %2. Mapa nie pokazuje statusów. Zainstaluj Flank Atlas ponownie albo otwórz poprawną kopię przez Plik › Otwórz zbiór danych…</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Nie udało się odczytać granic państw z %1: %2; nie można też było użyć w ich miejsce kopii dołączonej do programu.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Nie udało się odczytać danych z %1: %2; nie można też było użyć w ich miejsce kopii dołączonej do programu.</translation>
    </message>
    <message>
        <source>%1 could not be opened as a dataset: %2. The map still shows the data it showed before.</source>
        <translation>Nie udało się otworzyć %1 jako zbioru danych: %2. Mapa nadal pokazuje poprzednie dane.</translation>
    </message>
    <message>
        <source>%1 has errors (%2 in all); the first is at %3. Its valid records are shown, and Data Issues lists every problem.</source>
        <translation>%1 zawiera błędy (łącznie: %2); pierwszy: %3. Pokazano poprawne rekordy, a panel Problemy z danymi wymienia wszystkie błędy.</translation>
    </message>
    <message>
        <source>%1 changed, and the new version has errors; the first is at %2. The map keeps the last version that could be read.</source>
        <translation>Plik %1 zmienił się, a nowa wersja zawiera błędy; pierwszy: %2. Mapa zachowuje ostatnią wersję, którą udało się odczytać.</translation>
    </message>
</context>
<context>
    <name>flank::ui::DatasetOpener</name>
    <message>
        <source>Open Dataset</source>
        <translation>Otwórz zbiór danych</translation>
    </message>
    <message>
        <source>Posture datasets (*.json);;All files (*)</source>
        <translation>Zbiory danych (*.json);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>flank::ui::EditionChanges</name>
    <message>
        <source>the edition of %1</source>
        <translation>wydanie z %1</translation>
    </message>
    <message>
        <source>What the New Edition Changes</source>
        <translation>Co zmienia nowe wydanie</translation>
    </message>
    <message>
        <source>The edition of %1 has the same records and statuses as the one shown before.</source>
        <translation>Wydanie z %1 ma te same wpisy i statusy co poprzednio wyświetlane.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added, removed or changed; %1 status(es) on %2 differ.</source>
        <translation>
            <numerusform>%n wpis dodany, usunięty lub zmieniony; różne statusy na %2: %1.</numerusform>
            <numerusform>%n wpisy dodane, usunięte lub zmienione; różne statusy na %2: %1.</numerusform>
            <numerusform>%n wpisów dodanych, usuniętych lub zmienionych; różne statusy na %2: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the editions</source>
        <translation>Zmiany między wydaniami</translation>
    </message>
</context>
<context>
    <name>flank::ui::ExportDialog</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Status date stamp</source>
        <translation>Data statusu</translation>
    </message>
    <message>
        <source>Sources footer</source>
        <translation>Stopka ze źródłami</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Podziałka</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Strzałka północy</translation>
    </message>
    <message>
        <source>Inset locator map</source>
        <translation>Mapka lokalizacyjna</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>Nazwy państw</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Eksportuj mapę</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>As the window shows it</source>
        <translation>Tak jak w oknie</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Piksele</translation>
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
        <translation>Poziomo</translation>
    </message>
    <message>
        <source>The treaty and the date</source>
        <translation>Traktat i data</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Rozmiar:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Piksele:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation>Rozdzielczość (&amp;dpi):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Podtytuł:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy &amp;Map</source>
        <translation>Kopiuj &amp;mapę</translation>
    </message>
    <message>
        <source>One GeoTIFF for each map was written:
%1</source>
        <translation>Zapisano osobny plik GeoTIFF dla każdej mapy:
%1</translation>
    </message>
    <message>
        <source>Cite the dataset edition</source>
        <translation>Cytuj wydanie zbioru danych</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</source>
        <translation>Obrazy i dokumenty (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Szerokość w pikselach</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Wysokość w pikselach</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <source>Resolution in dpi</source>
        <translation>Rozdzielczość w dpi</translation>
    </message>
</context>
<context>
    <name>flank::ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Słowniczek</translation>
    </message>
    <message>
        <source>Ottawa Convention (1997)</source>
        <translation>Konwencja ottawska (1997)</translation>
    </message>
    <message>
        <source>The Mine Ban Treaty. A state that joins promises never to use, make, stockpile or pass on anti-personnel mines (mines set off by a person), to destroy the mines it holds and to clear the ground it has mined. Anti-vehicle mines are not covered.</source>
        <translation>Traktat o zakazie min. Państwo, które do niego przystępuje, zobowiązuje się nigdy nie używać, nie produkować, nie gromadzić i nie przekazywać min przeciwpiechotnych (min odpalanych przez człowieka), zniszczyć posiadane miny i oczyścić zaminowany przez siebie teren. Miny przeciwpancerne nie są nim objęte.</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions (2008)</source>
        <translation>Konwencja o amunicji kasetowej (2008)</translation>
    </message>
    <message>
        <source>A state that joins promises never to use, make, stockpile or pass on cluster munitions: weapons that scatter many small bomblets over a wide area, some of which fail to explode and kill people long after the fighting.</source>
        <translation>Państwo, które do niej przystępuje, zobowiązuje się nigdy nie używać, nie produkować, nie gromadzić i nie przekazywać amunicji kasetowej: broni rozrzucającej na dużym obszarze wiele małych podpocisków, z których część nie wybucha i zabija ludzi długo po zakończeniu walk.</translation>
    </message>
    <message>
        <source>Article 20</source>
        <translation>Artykuł 20</translation>
    </message>
    <message>
        <source>In both conventions, the article on leaving. A state may withdraw by telling the UN Secretary-General, the other states and the Security Council, with its reasons. The withdrawal takes effect six months later; but if the state is then in an armed conflict, it stays bound until that conflict ends.</source>
        <translation>W obu konwencjach artykuł o wystąpieniu. Państwo może wystąpić, powiadamiając Sekretarza Generalnego ONZ, pozostałe państwa i Radę Bezpieczeństwa oraz podając powody. Wystąpienie staje się skuteczne sześć miesięcy później; jeśli jednak państwo jest wtedy w konflikcie zbrojnym, pozostaje związane aż do jego zakończenia.</translation>
    </message>
    <message>
        <source>Notified (withdrawal notified)</source>
        <translation>Notyfikowane (wystąpienie notyfikowane)</translation>
    </message>
    <message>
        <source>The state has handed its formal notice of withdrawal to the UN Secretary-General, who keeps the treaty. This starts the six-month countdown. Announcing a withdrawal or passing a law about it is not yet notifying.</source>
        <translation>Państwo złożyło formalne powiadomienie o wystąpieniu Sekretarzowi Generalnemu ONZ, który jest depozytariuszem traktatu. Od tego momentu biegnie sześciomiesięczny termin. Zapowiedź wystąpienia ani uchwalenie ustawy w tej sprawie nie są jeszcze notyfikacją.</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Jak czytać mapę</translation>
    </message>
    <message>
        <source>Each state is filled with its status under the treaty chosen, on the date on the timeline. With both treaties shown, the fill is the Ottawa Convention and a broad inner band along the border is the Convention on Cluster Munitions. Hatching marks a withdrawal under way, cross-hatching a declared suspension, so the map can be read in black and white too.</source>
        <translation>Każde państwo ma kolor swojego statusu wobec wybranego traktatu w dniu wskazanym na osi czasu. Gdy pokazane są oba traktaty, wypełnienie oznacza konwencję ottawską, a szeroki pas wewnętrzny wzdłuż granicy – Konwencję o amunicji kasetowej. Kreskowanie oznacza trwające wystąpienie, kreskowanie krzyżowe – ogłoszone zawieszenie, dzięki czemu mapę można czytać także w czerni i bieli.</translation>
    </message>
    <message>
        <source>Occupied territory</source>
        <translation>Terytorium okupowane</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statusy</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. The atlas shows Ukraine&apos;s status there, muted, under horizontal stripes and a dashed edge: no treaty status uses either, so occupation reads apart in color and in black and white.</source>
        <translation>Krym jest terytorium Ukrainy okupowanym przez Rosję od 2014 roku. Atlas pokazuje tam status Ukrainy, przygaszony, pod poziomymi pasami i z przerywaną krawędzią: żaden status traktatowy ich nie używa, więc okupację widać osobno w kolorze i w czerni i bieli.</translation>
    </message>
    <message>
        <source>Border posture layers</source>
        <translation>Warstwy stanu granic</translation>
    </message>
    <message>
        <source>Dark lines trace each focus state&apos;s land border with Russia (Kaliningrad included) and Belarus, and the Belarus–Russia border, on the Natural Earth outlines; their lengths are measured on the ellipsoid and shown beside the published ones. Colored bands along them are named fortification programmes: solid where a source says the programme covers the whole border, ticked where it covers an unpublished part. Discs are deployments with a known garrison, sized by the troops a source gives. Each layer can be turned off in the View menu.</source>
        <translation>Ciemne linie wyznaczają granicę lądową każdego z państw z Rosją (łącznie z Kaliningradem) i Białorusią oraz granicę białorusko-rosyjską, na konturach Natural Earth; ich długości są mierzone na elipsoidzie i pokazane obok opublikowanych. Kolorowe pasy wzdłuż nich to nazwane programy umocnień: ciągłe, gdy źródło mówi, że program obejmuje całą granicę, kreskowane, gdy obejmuje nieopublikowaną część. Koła to rozmieszczenia wojsk o znanym garnizonie, o wielkości według liczby żołnierzy podanej przez źródło. Każdą warstwę można wyłączyć w menu Widok.</translation>
    </message>
    <message>
        <source>Glossary entries</source>
        <translation>Hasła słowniczka</translation>
    </message>
</context>
<context>
    <name>flank::ui::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Flank Atlas will be in this language from its next start.</source>
        <translation>Flank Atlas będzie w tym języku od następnego uruchomienia.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Uruchom ponownie teraz</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Później</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Nie zapisano ustawień</translation>
    </message>
</context>
<context>
    <name>flank::ui::Legend</name>
    <message>
        <source>%1
The fill shows each state&apos;s status under this treaty on the date shown. Click for the glossary.</source>
        <translation>%1
Wypełnienie pokazuje status każdego państwa wobec tego traktatu w wybranym dniu. Kliknij, aby otworzyć słowniczek.</translation>
    </message>
    <message>
        <source>Inner band: %1
%2</source>
        <translation>Pas wewnętrzny: %1
%2</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state, or it lies outside the eastern flank the atlas follows.</source>
        <translation>Flank Atlas nie ma dla tego państwa danych popartych źródłami albo leży ono poza wschodnią flanką, którą obejmuje atlas.</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. It shows Ukraine&apos;s status, muted, under horizontal stripes and a dashed edge.</source>
        <translation>Krym jest terytorium Ukrainy okupowanym przez Rosję od 2014 roku. Pokazuje status Ukrainy, przygaszony, pod poziomymi pasami i z przerywaną krawędzią.</translation>
    </message>
    <message>
        <source>The land border with Russia (Kaliningrad included) or Belarus, traced on the Natural Earth outlines. Click a line for its measured and published lengths.</source>
        <translation>Granica lądowa z Rosją (łącznie z Kaliningradem) lub Białorusią, wyznaczona na konturach Natural Earth. Kliknij linię, by zobaczyć długość zmierzoną i opublikowaną.</translation>
    </message>
    <message>
        <source>%1
A fortification programme along the border, in its own color. Click the band on the map for what it builds, its budget and sources.</source>
        <translation>%1
Program umocnień wzdłuż granicy, we własnym kolorze. Kliknij pas na mapie, by zobaczyć, co obejmuje, jego budżet i źródła.</translation>
    </message>
    <message>
        <source>The programme runs along part of this border; its sources do not say which part, so the whole line is ticked rather than a segment invented.</source>
        <translation>Program obejmuje część tej granicy; źródła nie mówią którą, więc cała linia jest kreskowana zamiast wymyślonego odcinka.</translation>
    </message>
    <message>
        <source>%1
Deployments with a known place. A disc&apos;s area grows with the troops a source gives; a small disc means no number was published.</source>
        <translation>%1
Rozmieszczenia wojsk o znanym miejscu. Pole koła rośnie z liczbą żołnierzy podaną przez źródło; małe koło oznacza, że liczby nie opublikowano.</translation>
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
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Powiększ</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>P&amp;omniejsz</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Przywróć &amp;widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About Flank Atlas</source>
        <translation>&amp;O programie Flank Atlas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Copy View as Text</source>
        <translation>&amp;Kopiuj widok jako tekst</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste View</source>
        <translation>&amp;Wklej widok</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Find State…</source>
        <translation>&amp;Znajdź państwo…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Projektor (wysoki kontrast)</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Zapisane wido&amp;ki</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Przej&amp;dź</translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation>Przesuń w &amp;lewo</translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation>Przesuń w p&amp;rawo</translation>
    </message>
    <message>
        <source>Pan &amp;Up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <source>Pan &amp;Down</source>
        <translation>Przesuń w &amp;dół</translation>
    </message>
    <message>
        <source>&amp;Next State</source>
        <translation>&amp;Następne państwo</translation>
    </message>
    <message>
        <source>P&amp;revious State</source>
        <translation>&amp;Poprzednie państwo</translation>
    </message>
    <message>
        <source>&amp;Select Highlighted State</source>
        <translation>&amp;Wybierz podświetlone państwo</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>W&amp;yczyść wybór</translation>
    </message>
    <message>
        <source>Previous &amp;Event</source>
        <translation>Poprzednie &amp;zdarzenie</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Next E&amp;vent</source>
        <translation>Nast&amp;ępne zdarzenie</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Odtwórz / wstrzymaj</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Słowniczek</translation>
    </message>
    <message>
        <source>unknown treaty &apos;%1&apos;</source>
        <translation>nieznany traktat „%1”</translation>
    </message>
    <message>
        <source>Paste View</source>
        <translation>Wklej widok</translation>
    </message>
    <message>
        <source>The clipboard does not hold a view.</source>
        <translation>Schowek nie zawiera widoku.</translation>
    </message>
    <message>
        <source>Paste View: %1</source>
        <translation>Wklej widok: %1</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Zapisz bieżący widok…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Zapisz widok</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nazwa widoku:</translation>
    </message>
    <message>
        <source>Recover Annotations</source>
        <translation>Odzyskaj adnotacje</translation>
    </message>
    <message numerus="yes">
        <source>Flank Atlas did not close properly last time. Recover the %n unsaved annotation(s)?</source>
        <translation>
            <numerusform>Flank Atlas nie został ostatnio poprawnie zamknięty. Odzyskać %n niezapisaną adnotację?</numerusform>
            <numerusform>Flank Atlas nie został ostatnio poprawnie zamknięty. Odzyskać %n niezapisane adnotacje?</numerusform>
            <numerusform>Flank Atlas nie został ostatnio poprawnie zamknięty. Odzyskać %n niezapisanych adnotacji?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Następny o&amp;bszar</translation>
    </message>
    <message>
        <source>Previ&amp;ous Pane</source>
        <translation>Poprzedni obsz&amp;ar</translation>
    </message>
    <message>
        <source>Saved views could not be read</source>
        <translation>Nie można odczytać zapisanych widoków</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Usuń widok</translation>
    </message>
    <message>
        <source>Your saved views are as they were. Check that the folder exists and is writable and that the disk is not full.</source>
        <translation>Zapisane widoki pozostały bez zmian. Sprawdź, czy folder istnieje i można w nim zapisywać oraz czy dysk nie jest pełny.</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Nie zapisano ustawień</translation>
    </message>
    <message>
        <source>Borders with Russia and &amp;Belarus</source>
        <translation>Granice z Rosją i &amp;Białorusią</translation>
    </message>
    <message>
        <source>&amp;Fortification Programmes</source>
        <translation>Programy &amp;umocnień</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Rozmieszczenia wojsk</translation>
    </message>
    <message>
        <source>Next &amp;Border Item</source>
        <translation>Następny element &amp;granicy</translation>
    </message>
    <message>
        <source>Previous Border &amp;Item</source>
        <translation>Poprzedni &amp;element granicy</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Skopiowano: %1</translation>
    </message>
    <message>
        <source>Open &amp;Dataset…</source>
        <translation>Otwórz zbiór &amp;danych…</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <source>&amp;Compare Two Dates</source>
        <translation>Porównaj &amp;dwie daty</translation>
    </message>
    <message>
        <source>S&amp;wipe Between Two Dates</source>
        <translation>Prze&amp;suwanie między dwiema datami</translation>
    </message>
    <message>
        <source>Compare the Two Tr&amp;eaties</source>
        <translation>Porównaj dwi&amp;e konwencje</translation>
    </message>
    <message>
        <source>S&amp;mall Multiples…</source>
        <translation>Si&amp;atka map…</translation>
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
        <translation>Mapa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Withdrawal takes effect %1</source>
        <translation>Wystąpienie stanie się skuteczne %1</translation>
    </message>
    <message>
        <source>Date the withdrawal takes effect not yet known</source>
        <translation>Data skuteczności wystąpienia nie jest jeszcze znana</translation>
    </message>
    <message>
        <source>(date known only to the month or year)</source>
        <translation>(data znana tylko z dokładnością do miesiąca lub roku)</translation>
    </message>
</context>
<context>
    <name>flank::ui::MessageBar</name>
    <message>
        <source>Show Issues</source>
        <translation>Pokaż problemy</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>Problem z danymi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>flank::ui::MultiplesDialog</name>
    <message>
        <source>Small Multiples</source>
        <translation>Siatka map</translation>
    </message>
    <message>
        <source>Every year, on 1 January</source>
        <translation>Co roku, 1 stycznia</translation>
    </message>
    <message>
        <source>Each dated step of the selected state</source>
        <translation>Każdy datowany krok wybranego państwa</translation>
    </message>
    <message>
        <source>Dates I type</source>
        <translation>Daty wpisane przeze mnie</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Pierwszy rok</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Ostatni rok</translation>
    </message>
    <message>
        <source>Dates, separated by commas</source>
        <translation>Daty rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>2025-01-01, 2025-07-01, 2026-03-01</source>
        <translation>2025-01-01, 2025-07-01, 2026-03-01</translation>
    </message>
    <message>
        <source>Fit to the picture</source>
        <translation>Dopasuj do obrazu</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Preview of the maps</source>
        <translation>Podgląd map</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Daty:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Lata:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolumny:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Select a state on the map first: its dated steps give the dates.</source>
        <translation>Najpierw wybierz państwo na mapie: daty dadzą jego datowane kroki.</translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD, separated by commas.</source>
        <translation>Wpisz daty jako RRRR-MM-DD, rozdzielone przecinkami.</translation>
    </message>
    <message>
        <source>%1 date(s): a grid takes from %2 to %3.</source>
        <translation>Liczba dat: %1; siatka mieści od %2 do %3.</translation>
    </message>
    <message>
        <source>Export Small Multiples</source>
        <translation>Eksportuj siatkę map</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>Obrazy i dokumenty (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Panel</name>
    <message>
        <source>Source: none given</source>
        <translation>Źródło: nie podano</translation>
    </message>
    <message>
        <source>Source: %1, “%2”, %3</source>
        <translation>Źródło: %1, „%2”, %3</translation>
    </message>
    <message>
        <source>(known to contain errors: %1)</source>
        <translation>(zawiera znane błędy: %1)</translation>
    </message>
    <message>
        <source>%1% of GDP by %2</source>
        <translation>%1% PKB do %2</translation>
    </message>
    <message>
        <source>%1 %2 billion in %3</source>
        <translation>%1 %2 mld w %3</translation>
    </message>
    <message>
        <source>%1 %2 million in %3</source>
        <translation>%1 %2 mln w %3</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 w %3</translation>
    </message>
    <message>
        <source>(known errors)</source>
        <translation>(znane błędy)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Źródła: %1</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>wykonanie</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>szacunek</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budżet</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>zobowiązanie</translation>
    </message>
    <message>
        <source>%1% of GDP in %2 (%3)</source>
        <translation>%1% PKB w %2 r. (%3)</translation>
    </message>
    <message>
        <source>%1 (copy on %2)</source>
        <translation>%1 (kopia w %2)</translation>
    </message>
    <message>
        <source>Source: copy on %1 of an article by %2, “%3”, %4</source>
        <translation>Źródło: kopia w %1 artykułu %2, „%3”, %4</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Kopiuj przypis</translation>
    </message>
</context>
<context>
    <name>flank::ui::PledgeChart</name>
    <message>
        <source>Defence-spending pledges, percent of GDP by target year</source>
        <translation>Zobowiązania wydatków na obronność, procent PKB w roku docelowym</translation>
    </message>
    <message>
        <source>2 %</source>
        <translation>2%</translation>
    </message>
    <message>
        <source>Defence spending, percent of GDP by year</source>
        <translation>Wydatki na obronność, procent PKB w kolejnych latach</translation>
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
        <translation>ogłoszony %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>rozpoczęty %1</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>ukończony %1</translation>
    </message>
    <message>
        <source>planned completion %1</source>
        <translation>planowane ukończenie %1</translation>
    </message>
    <message>
        <source>Fortification programme</source>
        <translation>Program umocnień</translation>
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <source>Along: %1</source>
        <translation>Wzdłuż: %1</translation>
    </message>
    <message>
        <source>%1–%2: %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Zapowiedziana długość: %1 km</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budżet: %1</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Obejmuje: %1</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Dane sprawdzone %1</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>dowodzi %1</translation>
    </message>
    <message>
        <source>size: %1</source>
        <translation>liczebność: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <source>Marker at %1 (%2, %3)</source>
        <translation>Znacznik w %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Granica</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m (geodesic)</source>
        <translation>%1 km zmierzone na Natural Earth 1:10m (geodezyjnie)</translation>
    </message>
    <message>
        <source>Measuring on Natural Earth 1:10m…</source>
        <translation>Pomiar na Natural Earth 1:10m…</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 km według publikacji</translation>
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
        <translation>%1: nie udało się zapisać ustawień (dysk może być pełny albo folder tylko do odczytu); poprzednie ustawienia pozostają bez zmian.</translation>
    </message>
</context>
<context>
    <name>flank::ui::PresentationConsole</name>
    <message>
        <source>Presenter view: %1</source>
        <translation>Widok prowadzącego: %1</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Następny:</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <source>%1    elapsed %2:%3</source>
        <translation>%1    upłynęło %2:%3</translation>
    </message>
</context>
<context>
    <name>flank::ui::SavedViews</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>plik jest większy niż %1 MiB</translation>
    </message>
    <message>
        <source>not a saved-views file (no &quot;format&quot;: &quot;%1&quot; with a &quot;views&quot; list)</source>
        <translation>to nie jest plik zapisanych widoków (brak &quot;format&quot;: &quot;%1&quot; z listą &quot;views&quot;)</translation>
    </message>
    <message>
        <source>/views/%1: a view needs a &quot;name&quot; and a &quot;state&quot; object</source>
        <translation>/views/%1: widok wymaga pól &quot;name&quot; i obiektu &quot;state&quot;</translation>
    </message>
    <message>
        <source>Could not save the views: %1</source>
        <translation>Nie można zapisać widoków: %1</translation>
    </message>
    <message>
        <source>Could not save the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Nie można zapisać widoku: %1. Plik pozostawiono bez zmian; napraw go lub usuń.</translation>
    </message>
    <message>
        <source>Could not delete the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Nie można usunąć widoku: %1. Plik pozostawiono bez zmian; napraw go lub usuń.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SearchBox</name>
    <message>
        <source>Find a state (name or ISO code)</source>
        <translation>Znajdź państwo (nazwa lub kod ISO)</translation>
    </message>
    <message>
        <source>Find a state</source>
        <translation>Znajdź państwo</translation>
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
        <translation>Nie wybrano państwa. Mapa na dzień %1.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2, since %3.</source>
        <translation>%1: %2, od %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Stan na %1.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SessionAnnouncements</name>
    <message>
        <source>Selection cleared</source>
        <translation>Zaznaczenie usunięte</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Zaznaczono: %1</translation>
    </message>
    <message>
        <source>No state changed status.</source>
        <translation>Żadne państwo nie zmieniło statusu.</translation>
    </message>
    <message>
        <source>States that changed status: %1.</source>
        <translation>Państwa, które zmieniły status: %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no state&apos;s status changed</source>
        <translation>żadne państwo nie zmieniło statusu</translation>
    </message>
    <message>
        <source>changes of status: %1</source>
        <translation>zmiany statusu: %1</translation>
    </message>
    <message>
        <source>What changed from %1 to %2: %3</source>
        <translation>Co się zmieniło od %1 do %2: %3</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>flank::ui::StatePanel</name>
    <message>
        <source>State details</source>
        <translation>Szczegóły państwa</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Nie wybrano państwa</translation>
    </message>
    <message>
        <source>Click a state on the map, find it by name (Ctrl+F), or press Tab to move through the states and Enter to select one.</source>
        <translation>Kliknij państwo na mapie, znajdź je po nazwie (Ctrl+F) albo przechodź między państwami klawiszem Tab i wybierz jedno klawiszem Enter.</translation>
    </message>
    <message>
        <source>What do the colors mean?</source>
        <translation>Co oznaczają kolory?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stan na %1</translation>
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
        <translation>%1, klauzula konfliktu zbrojnego %2: %3</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>ma zastosowanie</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>nie ma zastosowania</translation>
    </message>
    <message>
        <source>What do these statuses and Article 20 mean?</source>
        <translation>Co oznaczają te statusy i artykuł 20?</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Cytaty</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
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
        <translation>Opublikowano także jako: „%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n later quote(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n późniejszy cytat nie jest pokazany: przesuń oś czasu do przodu.</numerusform>
            <numerusform>%n późniejsze cytaty nie są pokazane: przesuń oś czasu do przodu.</numerusform>
            <numerusform>%n późniejszych cytatów nie pokazano: przesuń oś czasu do przodu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (pledged %2)</source>
        <translation>%1 (zobowiązanie z %2)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Forces and fortifications</source>
        <translation>Wojska i fortyfikacje</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>zgłoszono %1</translation>
    </message>
    <message>
        <source>Borders</source>
        <translation>Granice</translation>
    </message>
    <message>
        <source>With %1: measuring…</source>
        <translation>Z państwem %1: trwa pomiar…</translation>
    </message>
    <message>
        <source>With %1: could not be measured</source>
        <translation>Z państwem %1: nie udało się zmierzyć</translation>
    </message>
    <message>
        <source>With %1: no shared border</source>
        <translation>Z państwem %1: brak wspólnej granicy</translation>
    </message>
    <message>
        <source>With %1: about %2 km, computed from Natural Earth 1:10m (geodesic length)</source>
        <translation>Z państwem %1: około %2 km, obliczone z Natural Earth 1:10m (długość geodezyjna)</translation>
    </message>
    <message>
        <source>Published: %1 km</source>
        <translation>Według publikacji: %1 km</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Dane sprawdzono %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later step(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n późniejszy krok nie jest pokazany: przesuń oś czasu do przodu.</numerusform>
            <numerusform>%n późniejsze kroki nie są pokazane: przesuń oś czasu do przodu.</numerusform>
            <numerusform>%n późniejszych kroków nie pokazano: przesuń oś czasu do przodu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Translated from the original (%1) by %2</source>
        <translation>Przekład z oryginału (%1): %2</translation>
    </message>
    <message>
        <source>Defence spending</source>
        <translation>Wydatki na obronność</translation>
    </message>
    <message>
        <source>%1 (published %2)</source>
        <translation>%1 (opublikowano %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n later figure(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n późniejsza liczba nie jest pokazana: przesuń oś czasu do przodu.</numerusform>
            <numerusform>%n późniejsze liczby nie są pokazane: przesuń oś czasu do przodu.</numerusform>
            <numerusform>%n późniejszych liczb nie pokazano: przesuń oś czasu do przodu.</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>w: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later note(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n późniejsza notatka nie jest pokazana: przesuń oś czasu do przodu.</numerusform>
            <numerusform>%n późniejsze notatki nie są pokazane: przesuń oś czasu do przodu.</numerusform>
            <numerusform>%n późniejszych notatek nie pokazano: przesuń oś czasu do przodu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No primary source: %1</source>
        <translation>Brak źródła pierwotnego: %1</translation>
    </message>
    <message>
        <source>Fortification programmes</source>
        <translation>Programy umocnień</translation>
    </message>
    <message numerus="yes">
        <source>%n later programme(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n późniejszy program nie jest pokazany: przesuń oś czasu do przodu.</numerusform>
            <numerusform>%n późniejsze programy nie są pokazane: przesuń oś czasu do przodu.</numerusform>
            <numerusform>%n późniejszych programów nie jest pokazanych: przesuń oś czasu do przodu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::StatusSentence</name>
    <message>
        <source>withdrawal from the %1 notified, takes effect %2</source>
        <translation>wystąpienie notyfikowane: %1, skuteczne od %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>no data on the %1</source>
        <translation>brak danych: %1</translation>
    </message>
    <message>
        <source>not a party to the %1</source>
        <translation>nie jest stroną: %1</translation>
    </message>
    <message>
        <source>signatory to the %1 since %2</source>
        <translation>sygnatariusz: %1, od %2</translation>
    </message>
    <message>
        <source>signatory to the %1</source>
        <translation>sygnatariusz: %1</translation>
    </message>
    <message>
        <source>party to the %1 since %2</source>
        <translation>strona: %1, od %2</translation>
    </message>
    <message>
        <source>party to the %1</source>
        <translation>strona: %1</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced on %2</source>
        <translation>zapowiedziane wystąpienie: %1, %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced</source>
        <translation>zapowiedziane wystąpienie: %1</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved on %2</source>
        <translation>wystąpienie zatwierdzone: %1, %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved</source>
        <translation>wystąpienie zatwierdzone: %1</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified on %2</source>
        <translation>wystąpienie notyfikowane: %1, %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified</source>
        <translation>wystąpienie notyfikowane: %1</translation>
    </message>
    <message>
        <source>withdrawn from the %1 since %2</source>
        <translation>po wystąpieniu: %1, od %2</translation>
    </message>
    <message>
        <source>withdrawn from the %1</source>
        <translation>po wystąpieniu: %1</translation>
    </message>
    <message>
        <source>suspension of the %1 declared on %2</source>
        <translation>ogłoszone zawieszenie: %1, %2</translation>
    </message>
    <message>
        <source>suspension of the %1 declared</source>
        <translation>ogłoszone zawieszenie: %1</translation>
    </message>
</context>
<context>
    <name>flank::ui::StatusTableDock</name>
    <message>
        <source>Status Table</source>
        <translation>Tabela statusów</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>Tabela statusów</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>&amp;Tabela</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtruj tabelę</translation>
    </message>
    <message>
        <source>Filter by name, code or status</source>
        <translation>Filtruj według nazwy, kodu lub statusu</translation>
    </message>
    <message>
        <source>States and their statuses</source>
        <translation>Państwa i ich statusy</translation>
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
        <translation>Państwo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Następna zmiana</translation>
    </message>
    <message>
        <source>Spending, % of GDP</source>
        <translation>Wydatki, % PKB</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Cytaty</translation>
    </message>
    <message>
        <source>Troop notes</source>
        <translation>Informacje o wojskach</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3 code</source>
        <translation>Kod ISO 3166-1 alfa-3</translation>
    </message>
    <message>
        <source>Status under the %1 on the day</source>
        <translation>%1: status w danym dniu</translation>
    </message>
    <message>
        <source>Date of the step that gave the %1 status</source>
        <translation>%1: data kroku, który dał ten status</translation>
    </message>
    <message>
        <source>The next change already fixed by the day: when a notified withdrawal takes effect</source>
        <translation>Następna zmiana ustalona do tego dnia: kiedy notyfikowane wystąpienie staje się skuteczne</translation>
    </message>
    <message>
        <source>Defence spending known on the day, for its year or the latest year before it</source>
        <translation>Wydatki na obronność znane w danym dniu, za jego rok lub ostatni wcześniejszy</translation>
    </message>
    <message>
        <source>Quotes said on or before the day</source>
        <translation>Cytaty wypowiedziane w danym dniu lub wcześniej</translation>
    </message>
    <message>
        <source>Troop notes reported on or before the day</source>
        <translation>Informacje o wojskach podane w danym dniu lub wcześniej</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryController</name>
    <message>
        <source>Story</source>
        <translation>Opowieść</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Opowieść bez tytułu</translation>
    </message>
    <message>
        <source>Open &amp;Story…</source>
        <translation>Otwórz &amp;opowieść…</translation>
    </message>
    <message>
        <source>Save Story &amp;As…</source>
        <translation>Zapisz opowieść &amp;jako…</translation>
    </message>
    <message>
        <source>&amp;Present Story</source>
        <translation>&amp;Prezentuj opowieść</translation>
    </message>
    <message>
        <source>Present from &amp;Current Step</source>
        <translation>Prezentuj od &amp;bieżącego kroku</translation>
    </message>
    <message>
        <source>&amp;Example Story</source>
        <translation>&amp;Przykładowa opowieść</translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation>Nie udało się otworzyć opowieści.</translation>
    </message>
    <message>
        <source>The story opened with warnings.</source>
        <translation>Opowieść otwarto z ostrzeżeniami.</translation>
    </message>
    <message>
        <source>Open Story</source>
        <translation>Otwórz opowieść</translation>
    </message>
    <message>
        <source>Flank Atlas stories (*.flankstory)</source>
        <translation>Opowieści Flank Atlas (*.flankstory)</translation>
    </message>
    <message>
        <source>Save Story</source>
        <translation>Zapisz opowieść</translation>
    </message>
    <message>
        <source>Present Story</source>
        <translation>Prezentuj opowieść</translation>
    </message>
    <message>
        <source>The story has no steps yet. Add the current view with &quot;Add View&quot;, or open a story.</source>
        <translation>Opowieść nie ma jeszcze kroków. Dodaj bieżący widok przyciskiem „Dodaj widok” albo otwórz opowieść.</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryPanel</name>
    <message>
        <source>Animated transitions</source>
        <translation>Animowane przejścia</translation>
    </message>
    <message>
        <source>Add View</source>
        <translation>Dodaj widok</translation>
    </message>
    <message>
        <source>Add the map&apos;s current view as a step after the chosen one</source>
        <translation>Dodaj bieżący widok mapy jako krok po wybranym</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Powiel</translation>
    </message>
    <message>
        <source>Duplicate the chosen step</source>
        <translation>Powiel wybrany krok</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete the chosen step</source>
        <translation>Usuń wybrany krok</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo the last story edit</source>
        <translation>Cofnij ostatnią zmianę opowieści</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Redo the story edit</source>
        <translation>Ponów zmianę opowieści</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Opowieść:</translation>
    </message>
    <message>
        <source>Step title:</source>
        <translation>Tytuł kroku:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Podpis:</translation>
    </message>
    <message>
        <source>Turn Transitions On</source>
        <translation>Włącz przejścia</translation>
    </message>
    <message>
        <source>Turn Transitions Off</source>
        <translation>Wyłącz przejścia</translation>
    </message>
    <message>
        <source>Edit Story Text</source>
        <translation>Edytuj tekst opowieści</translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation>Przesuń krok</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Krok %1</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Dodaj krok</translation>
    </message>
    <message>
        <source>Duplicate Step</source>
        <translation>Powiel krok</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Usuń krok</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>Kroki opowieści</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Tytuł opowieści</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Tytuł kroku</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Podpis</translation>
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
        <translation>Tekst, wyrównane kolumny (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Eksportuj &amp;tabelę…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Eksportuj tabelę</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Tabelę zapisano w %1</translation>
    </message>
    <message>
        <source>The table could not be written.</source>
        <translation>Nie udało się zapisać tabeli.</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineBar</name>
    <message>
        <source>Previous event</source>
        <translation>Poprzednie zdarzenie</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Odtwórz</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Następne zdarzenie</translation>
    </message>
    <message>
        <source>1 week per second</source>
        <translation>1 tydzień na sekundę</translation>
    </message>
    <message>
        <source>1 month per second</source>
        <translation>1 miesiąc na sekundę</translation>
    </message>
    <message>
        <source>3 months per second</source>
        <translation>3 miesiące na sekundę</translation>
    </message>
    <message>
        <source>1 year per second</source>
        <translation>1 rok na sekundę</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Szybkość odtwarzania</translation>
    </message>
    <message>
        <source>%1 – %2: %3 (%4)</source>
        <translation>%1 – %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Source: %1, “%2”</source>
        <translation>Źródło: %1, „%2”</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>ogłoszony</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>początek budowy</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ukończony</translation>
    </message>
    <message>
        <source>%1 – %2: %3 %4</source>
        <translation>%1 – %2: %3 %4</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>kończy się</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>zaczyna się</translation>
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
            <numerusform>… i jeszcze %n zdarzenie w pobliskich dniach</numerusform>
            <numerusform>… i jeszcze %n zdarzenia w pobliskich dniach</numerusform>
            <numerusform>… i jeszcze %n zdarzeń w pobliskich dniach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::TreatyActions</name>
    <message>
        <source>Both Conventions (fill and inner band)</source>
        <translation>Obie konwencje (wypełnienie i pas wewnętrzny)</translation>
    </message>
</context>
<context>
    <name>flank::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation>Eksport wideo</translation>
    </message>
    <message>
        <source>map.mp4, map.webm or map.gif</source>
        <translation>mapa.mp4, mapa.webm lub mapa.gif</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Wy&amp;bierz…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>Seconds for the whole clip</source>
        <translation>Sekund na cały film</translation>
    </message>
    <message>
        <source>Seconds between events</source>
        <translation>Sekund między zdarzeniami</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Dłu&amp;gość:</translation>
    </message>
    <message>
        <source>Frames per &amp;second:</source>
        <translation>Klatki na &amp;sekundę:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Pause at each event:</source>
        <translation>Pa&amp;uza przy każdym zdarzeniu:</translation>
    </message>
    <message>
        <source>Si&amp;ze (pixels):</source>
        <translation>&amp;Rozmiar (piksele):</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Szerokość</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Wysokość</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;ksportuj</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;WebM video (*.webm);;Animated GIF (*.gif)</source>
        <translation>Wideo MP4 (*.mp4);;Wideo WebM (*.webm);;Animowany GIF (*.gif)</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Zostało około %n sekundy</numerusform>
            <numerusform>Zostało około %n sekund</numerusform>
            <numerusform>Zostało około %n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Anulowano: nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation>Eksportuj &amp;wideo…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Length in seconds</source>
        <translation>Długość w sekundach</translation>
    </message>
    <message>
        <source>What the length counts</source>
        <translation>Czego dotyczy długość</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Klatki na sekundę</translation>
    </message>
    <message>
        <source>Pause at each event, in seconds</source>
        <translation>Pauza przy każdym wydarzeniu, w sekundach</translation>
    </message>
</context>
</TS>
