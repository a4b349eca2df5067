<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>flank::annotate</name>
    <message>
        <source>Add %1</source>
        <translation>Додати: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Видалити: %1</translation>
    </message>
</context>
<context>
    <name>flank::exporting::TimelineVideo</name>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: з %2 до %3</translation>
    </message>
</context>
<context>
    <name>flank::posture::DatedSteps</name>
    <message>
        <source>announced</source>
        <translation>оголошено</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>початок будівництва</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>кінець</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>початок</translation>
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
        <translation>паркан</translation>
    </message>
    <message>
        <source>dragon&apos;s teeth</source>
        <translation>«зуби дракона»</translation>
    </message>
    <message>
        <source>bunkers</source>
        <translation>бункери</translation>
    </message>
    <message>
        <source>anti-tank obstacles</source>
        <translation>протитанкові загородження</translation>
    </message>
    <message>
        <source>minefields (planned)</source>
        <translation>мінні поля (заплановані)</translation>
    </message>
    <message>
        <source>minefields (prepared)</source>
        <translation>мінні поля (підготовлені)</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>спостереження</translation>
    </message>
    <message>
        <source>forest barriers</source>
        <translation>лісові загородження</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>not yet announced</source>
        <translation>ще не оголошено</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>оголошено</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>будується</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>the whole border</source>
        <translation>весь кордон</translation>
    </message>
    <message>
        <source>part of the border</source>
        <translation>частина кордону</translation>
    </message>
    <message>
        <source>ditches</source>
        <translation>рови</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>дороги</translation>
    </message>
</context>
<context>
    <name>flank::posture::Status</name>
    <message>
        <source>Party</source>
        <translation>Держава-учасниця</translation>
    </message>
    <message>
        <source>The state has joined the treaty and is bound by all of its rules.</source>
        <translation>Держава приєдналася до договору і зобов’язана виконувати всі його положення.</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Оголошено зупинення дії</translation>
    </message>
    <message>
        <source>The state says it has suspended the treaty. The treaty has no rule for a suspension, so in law the state is still bound.</source>
        <translation>Держава заявляє, що зупинила дію договору. Договір не передбачає зупинення дії, тож юридично держава й далі ним зобов’язана.</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Оголошено про вихід</translation>
    </message>
    <message>
        <source>The government has said it will leave. Nothing has changed in law yet: the state is still bound.</source>
        <translation>Уряд заявив про намір вийти. Юридично ще нічого не змінилося: держава й далі зобов’язана договором.</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Вихід схвалено</translation>
    </message>
    <message>
        <source>Parliament or a law has approved leaving, but the UN has not yet been told. The state is still bound.</source>
        <translation>Парламент або закон схвалив вихід, але ООН ще не повідомлено. Держава й далі зобов’язана договором.</translation>
    </message>
    <message>
        <source>Withdrawal notified</source>
        <translation>Про вихід повідомлено</translation>
    </message>
    <message>
        <source>The state has formally told the UN Secretary-General it is leaving. It stays bound until the withdrawal takes effect, six months later.</source>
        <translation>Держава офіційно повідомила Генерального секретаря ООН про вихід. Вона залишається зобов’язаною договором, доки вихід не набуде чинності — через шість місяців.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Вийшла</translation>
    </message>
    <message>
        <source>The withdrawal has taken effect: the state is no longer bound.</source>
        <translation>Вихід набув чинності: держава більше не зобов’язана договором.</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Держава-підписант</translation>
    </message>
    <message>
        <source>The state signed the treaty but has not ratified it, so it is not bound by it; it should not act against the treaty&apos;s purpose.</source>
        <translation>Держава підписала договір, але не ратифікувала його, тож він для неї не обов’язковий; проте вона не повинна діяти всупереч меті договору.</translation>
    </message>
    <message>
        <source>Not a party</source>
        <translation>Не є учасницею</translation>
    </message>
    <message>
        <source>The state has never joined the treaty.</source>
        <translation>Держава ніколи не приєднувалася до договору.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Немає даних</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state.</source>
        <translation>Flank Atlas не має для цієї держави жодного запису з джерелами.</translation>
    </message>
</context>
<context>
    <name>flank::posture::StepKind</name>
    <message>
        <source>Signed</source>
        <translation>Підписання</translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation>Ратифікація</translation>
    </message>
    <message>
        <source>Acceded</source>
        <translation>Приєднання</translation>
    </message>
    <message>
        <source>In force for the state</source>
        <translation>Набрання чинності для держави</translation>
    </message>
    <message>
        <source>Withdrawal announced</source>
        <translation>Оголошення про вихід</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Схвалення виходу</translation>
    </message>
    <message>
        <source>Withdrawal notified to the UN</source>
        <translation>Повідомлення ООН про вихід</translation>
    </message>
    <message>
        <source>Withdrawal effective</source>
        <translation>Вихід набув чинності</translation>
    </message>
    <message>
        <source>Suspension declared</source>
        <translation>Оголошення про зупинення дії</translation>
    </message>
</context>
<context>
    <name>flank::posture::Treaty</name>
    <message>
        <source>Ottawa Convention</source>
        <translation>Оттавська конвенція</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions</source>
        <translation>Конвенція про касетні боєприпаси</translation>
    </message>
</context>
<context>
    <name>flank::posture::TroopNoteKind</name>
    <message>
        <source>Allied presence</source>
        <translation>Присутність союзників</translation>
    </message>
    <message>
        <source>Fortification</source>
        <translation>Укріплення</translation>
    </message>
    <message>
        <source>Russian build-up</source>
        <translation>Нарощування сил Росії</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Національні сили</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Мінування</translation>
    </message>
</context>
<context>
    <name>flank::posture::Verification</name>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Одне джерело</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Не перевірено</translation>
    </message>
</context>
<context>
    <name>flank::render::Legend</name>
    <message>
        <source>Status as of %1</source>
        <translation>Статус на %1</translation>
    </message>
    <message>
        <source>Occupied by Russia (Crimea)</source>
        <translation>Окупована Росією (Крим)</translation>
    </message>
    <message>
        <source>No data / outside the focus</source>
        <translation>Немає даних / поза зоною уваги</translation>
    </message>
    <message>
        <source>Inner band: %1</source>
        <translation>Внутрішня смуга: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s): point at a band for its name</source>
        <translation>
            <numerusform>%n фортифікаційна програма: наведіть на смугу, щоб побачити назву</numerusform>
            <numerusform>%n фортифікаційні програми: наведіть на смугу, щоб побачити назву</numerusform>
            <numerusform>%n фортифікаційних програм: наведіть на смугу, щоб побачити назву</numerusform>
        </translation>
    </message>
    <message>
        <source>Russian forces</source>
        <translation>Російські сили</translation>
    </message>
    <message>
        <source>Border posture</source>
        <translation>Кордон: укріплення і війська</translation>
    </message>
    <message>
        <source>Border with Russia or Belarus</source>
        <translation>Кордон з Росією або Білоруссю</translation>
    </message>
    <message>
        <source>Ticked: along part of the border, which part not published</source>
        <translation>Штрихи: уздовж частини кордону, якої саме — не оприлюднено</translation>
    </message>
    <message>
        <source>Allied forces (size: troops)</source>
        <translation>Сили союзників (розмір: кількість військових)</translation>
    </message>
    <message>
        <source>National forces</source>
        <translation>Національні сили</translation>
    </message>
    <message>
        <source>%1: status as of %2</source>
        <translation>%1: статус на %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fortification programme(s), one color each</source>
        <translation>
            <numerusform>%n фортифікаційна програма, кожна своїм кольором</numerusform>
            <numerusform>%n фортифікаційні програми, кожна своїм кольором</numerusform>
            <numerusform>%n фортифікаційних програм, кожна своїм кольором</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::render::NorthArrow</name>
    <message>
        <source>N</source>
        <translation>Пн</translation>
    </message>
</context>
<context>
    <name>flank::render::ScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 м</translation>
    </message>
    <message>
        <source>%1°N</source>
        <translation>%1° пн. ш.</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1° пд. ш.</translation>
    </message>
    <message>
        <source>Scale true at %1</source>
        <translation>Масштаб точний на широті %1</translation>
    </message>
</context>
<context>
    <name>flank::render::Sheet</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 і %2</translation>
    </message>
    <message>
        <source>%1 and %2, %3</source>
        <translation>%1 і %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 and %3</source>
        <translation>%1: %2 і %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: з %2 до %3</translation>
    </message>
</context>
<context>
    <name>flank::render::TitleBlock</name>
    <message>
        <source>%1: status on %2</source>
        <translation>%1: статус на %2</translation>
    </message>
    <message>
        <source>%1 and %2: status on %3</source>
        <translation>%1 і %2: статус на %3</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Джерела: %1.</translation>
    </message>
    <message>
        <source>Borders: Natural Earth.</source>
        <translation>Кордони: Natural Earth.</translation>
    </message>
    <message>
        <source>Data checked on %1.</source>
        <translation>Дані перевірено %1.</translation>
    </message>
    <message>
        <source>Data: Flank Atlas posture dataset, edition of %1 (format %2).</source>
        <translation>Дані: набір даних Flank Atlas, видання від %1 (формат %2).</translation>
    </message>
</context>
<context>
    <name>flank::ui</name>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Оголошена довжина: %1 км</translation>
    </message>
    <message>
        <source>Border: %1 – %2</source>
        <translation>Кордон: %1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m</source>
        <translation>%1 км, виміряно за Natural Earth 1:10m</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 км за опублікованими даними</translation>
    </message>
    <message>
        <source>Click for details and sources.</source>
        <translation>Клацніть, щоб побачити подробиці та джерела.</translation>
    </message>
</context>
<context>
    <name>flank::ui::AboutDialog</name>
    <message>
        <source>About Flank Atlas</source>
        <translation>Про Flank Atlas</translation>
    </message>
    <message>
        <source>Flank Atlas icon</source>
        <translation>Значок Flank Atlas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A map of NATO&apos;s eastern flank under the Ottawa Convention and the Convention on Cluster Munitions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Flank Atlas&lt;/h2&gt;&lt;p&gt;Версія %1&lt;/p&gt;&lt;p&gt;Мапа східного флангу НАТО щодо Оттавської конвенції та Конвенції про касетні боєприпаси.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Code:&lt;/b&gt; MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Borders:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, public domain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Posture dataset:&lt;/b&gt; as of %1, %2 sources; licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Every status, quote, pledge and troop note names its sources; quotations remain the work of their authors and outlets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonts:&lt;/b&gt; DejaVu, Bitstream Vera licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Код:&lt;/b&gt; ліцензія MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Кордони:&lt;/b&gt; &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0, суспільне надбання.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Набір даних:&lt;/b&gt; станом на %1, джерел: %2; ліцензія &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;. Кожен статус, цитата, зобов’язання та відомість про війська має свої джерела; цитати залишаються творами їхніх авторів і видань.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Шрифти:&lt;/b&gt; DejaVu, ліцензія Bitstream Vera.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outlets the dataset cites:</source>
        <translation>Видання й установи, на які посилається набір даних:</translation>
    </message>
    <message>
        <source>Outlets the dataset cites</source>
        <translation>Видання й установи, на які посилається набір даних</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationAutosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Не вдалося автоматично зберегти: %1</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationController</name>
    <message>
        <source>Change Color</source>
        <translation>Змінити колір</translation>
    </message>
    <message>
        <source>Change Size</source>
        <translation>Змінити розмір</translation>
    </message>
    <message>
        <source>Change Symbol</source>
        <translation>Змінити символ</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Редагувати анотацію</translation>
    </message>
    <message>
        <source>Move Annotation</source>
        <translation>Перемістити анотацію</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationEditDialog</name>
    <message>
        <source>Circle</source>
        <translation>Коло</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Квадрат</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Трикутник</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Зірка</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Хрест</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Анотація</translation>
    </message>
    <message>
        <source>Label text</source>
        <translation>Текст мітки</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>Необов’язковий підпис</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Color:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Розмір:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>С&amp;имвол:</translation>
    </message>
    <message>
        <source>Size in points</source>
        <translation>Розмір у пунктах</translation>
    </message>
</context>
<context>
    <name>flank::ui::AnnotationTools</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Вибір</translation>
    </message>
    <message>
        <source>&amp;Text Label</source>
        <translation>&amp;Текстова мітка</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Стрілка</translation>
    </message>
    <message>
        <source>&amp;Marker</source>
        <translation>&amp;Маркер</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Лінія</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Область</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Анотації</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>&amp;Редагувати анотацію…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>В&amp;идалити анотацію</translation>
    </message>
    <message>
        <source>&amp;Finish Line or Area</source>
        <translation>&amp;Завершити лінію чи область</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Анотації</translation>
    </message>
    <message>
        <source>Annotation color</source>
        <translation>Колір анотації</translation>
    </message>
    <message>
        <source>Annotation size</source>
        <translation>Розмір анотації</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Marker symbol</source>
        <translation>Символ маркера</translation>
    </message>
    <message>
        <source>&amp;Open Annotations…</source>
        <translation>Відкрити &amp;анотації…</translation>
    </message>
    <message>
        <source>Open Annotations</source>
        <translation>Відкрити анотації</translation>
    </message>
    <message>
        <source>Save A&amp;nnotations As…</source>
        <translation>Зберегти анотації &amp;як…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Скас&amp;увати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
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
            <numerusform>Частину файлу не вдалося прочитати; завантажено %n анотацію.</numerusform>
            <numerusform>Частину файлу не вдалося прочитати; завантажено %n анотації.</numerusform>
            <numerusform>Частину файлу не вдалося прочитати; завантажено %n анотацій.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Annotations</source>
        <translation>Зберегти анотації</translation>
    </message>
    <message>
        <source>Annotations saved to %1</source>
        <translation>Анотації збережено у %1</translation>
    </message>
    <message>
        <source>Save Annotations As</source>
        <translation>Зберегти анотації як</translation>
    </message>
    <message>
        <source>Unsaved Annotations</source>
        <translation>Незбережені анотації</translation>
    </message>
    <message>
        <source>Save the annotations before closing?</source>
        <translation>Зберегти анотації перед закриттям?</translation>
    </message>
</context>
<context>
    <name>flank::ui::Announcer</name>
    <message>
        <source>News about the map</source>
        <translation>Повідомлення про мапу</translation>
    </message>
</context>
<context>
    <name>flank::ui::ChangesPanel</name>
    <message>
        <source>What changed</source>
        <translation>Що змінилося</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No state&apos;s status changed between these two dates.</source>
        <translation>Між цими двома датами статус жодної держави не змінився.</translation>
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
        <translation>Звичайний текст (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Citations</source>
        <translation>Експортувати &amp;посилання</translation>
    </message>
    <message>
        <source>Of the States in &amp;View…</source>
        <translation>Для держав, видимих на &amp;мапі…</translation>
    </message>
    <message>
        <source>Of %1…</source>
        <translation>Для держави %1…</translation>
    </message>
    <message>
        <source>Of the &amp;Selected State…</source>
        <translation>Для &amp;вибраної держави…</translation>
    </message>
    <message>
        <source>Export Citations</source>
        <translation>Експортувати посилання</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written to %1</source>
        <translation>
            <numerusform>%n джерело записано у %1</numerusform>
            <numerusform>%n джерела записано у %1</numerusform>
            <numerusform>%n джерел записано у %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The citations could not be written.</source>
        <translation>Не вдалося записати посилання.</translation>
    </message>
</context>
<context>
    <name>flank::ui::CompareView</name>
    <message>
        <source>Second map</source>
        <translation>Друга мапа</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>По&amp;рівняти:</translation>
    </message>
    <message>
        <source>Two dates side by side</source>
        <translation>Дві дати поруч</translation>
    </message>
    <message>
        <source>Two treaties side by side</source>
        <translation>Дві конвенції поруч</translation>
    </message>
    <message>
        <source>Swipe between two dates</source>
        <translation>Шторка між двома датами</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Ліва:</translation>
    </message>
    <message>
        <source>Date of the left map</source>
        <translation>Дата лівої мапи</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Права:</translation>
    </message>
    <message>
        <source>Date of the right map</source>
        <translation>Дата правої мапи</translation>
    </message>
    <message>
        <source>Close Comparison</source>
        <translation>Закрити порівняння</translation>
    </message>
    <message>
        <source>Back to one map (Ctrl+Shift+K)</source>
        <translation>Повернутися до однієї мапи (Ctrl+Shift+K)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Coordinates</name>
    <message>
        <source>N</source>
        <translation>пн. ш.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>пд. ш.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>сх. д.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>зх. д.</translation>
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
        <translation>Проблеми з даними</translation>
    </message>
    <message>
        <source>Data issues</source>
        <translation>Проблеми з даними</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серйозність</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>error</source>
        <translation>помилка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
    <message>
        <source>Data Issues (%1)</source>
        <translation>Проблеми з даними (%1)</translation>
    </message>
</context>
<context>
    <name>flank::ui::DataMessages</name>
    <message>
        <source>the file has nothing the map can show</source>
        <translation>файл не містить нічого, що може показати мапа</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>рядок %1, стовпець %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2. The bundled outlines from %3 are shown instead. Replace the file with a good copy, or remove it.</source>
        <translation>Не вдалося прочитати контури країн у %1: %2. Натомість показано вбудовані контури з %3. Замініть файл справною копією або видаліть його.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2. The bundled data from %3 are shown instead. Correct the file (Data Issues lists every problem), or remove it.</source>
        <translation>Не вдалося прочитати дані в %1: %2. Натомість показано вбудовані дані з %3. Виправте файл (панель «Проблеми з даними» містить усі помилки) або видаліть його.</translation>
    </message>
    <message>
        <source>The bundled country outlines in %1 could not be read: %2. The map has no countries to draw. Reinstall Flank Atlas.</source>
        <translation>Не вдалося прочитати вбудовані контури країн у %1: %2. На мапі немає країн для відображення. Перевстановіть Flank Atlas.</translation>
    </message>
    <message>
        <source>The bundled posture data in %1 could not be read: %2. The map shows no statuses. Reinstall Flank Atlas, or open a good copy with File › Open Dataset…</source>
        <translation>Не вдалося прочитати вбудовані дані в %1: %2. Мапа не показує статусів. Перевстановіть Flank Atlas або відкрийте справну копію через Файл › Відкрити набір даних…</translation>
    </message>
    <message>
        <source>The country outlines in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Не вдалося прочитати контури країн у %1: %2; вбудовану копію також не вдалося використати замість них.</translation>
    </message>
    <message>
        <source>The posture data in %1 could not be read: %2; and the bundled copy could not be used in their place.</source>
        <translation>Не вдалося прочитати дані в %1: %2; вбудовану копію також не вдалося використати замість них.</translation>
    </message>
    <message>
        <source>%1 could not be opened as a dataset: %2. The map still shows the data it showed before.</source>
        <translation>Не вдалося відкрити %1 як набір даних: %2. Мапа й далі показує попередні дані.</translation>
    </message>
    <message>
        <source>%1 has errors (%2 in all); the first is at %3. Its valid records are shown, and Data Issues lists every problem.</source>
        <translation>%1 містить помилки (усього: %2); перша — %3. Показано коректні записи, а панель «Проблеми з даними» містить усі помилки.</translation>
    </message>
    <message>
        <source>%1 changed, and the new version has errors; the first is at %2. The map keeps the last version that could be read.</source>
        <translation>Файл %1 змінився, і нова версія містить помилки; перша — %2. Мапа зберігає останню версію, яку вдалося прочитати.</translation>
    </message>
</context>
<context>
    <name>flank::ui::DatasetOpener</name>
    <message>
        <source>Open Dataset</source>
        <translation>Відкрити набір даних</translation>
    </message>
    <message>
        <source>Posture datasets (*.json);;All files (*)</source>
        <translation>Набори даних (*.json);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>flank::ui::EditionChanges</name>
    <message>
        <source>the edition of %1</source>
        <translation>видання від %1</translation>
    </message>
    <message>
        <source>What the New Edition Changes</source>
        <translation>Що змінює нове видання</translation>
    </message>
    <message>
        <source>The edition of %1 has the same records and statuses as the one shown before.</source>
        <translation>Видання від %1 має ті самі записи й статуси, що й показане раніше.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added, removed or changed; %1 status(es) on %2 differ.</source>
        <translation>
            <numerusform>%n запис додано, вилучено або змінено; відмінних статусів на %2: %1.</numerusform>
            <numerusform>%n записи додано, вилучено або змінено; відмінних статусів на %2: %1.</numerusform>
            <numerusform>%n записів додано, вилучено або змінено; відмінних статусів на %2: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the editions</source>
        <translation>Зміни між виданнями</translation>
    </message>
</context>
<context>
    <name>flank::ui::ExportDialog</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Status date stamp</source>
        <translation>Дата статусу</translation>
    </message>
    <message>
        <source>Sources footer</source>
        <translation>Нижній колонтитул із джерелами</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Лінійний масштаб</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Стрілка півночі</translation>
    </message>
    <message>
        <source>Inset locator map</source>
        <translation>Оглядова мапа-врізка</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>Назви країн</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Експортувати мапу</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>As the window shows it</source>
        <translation>Як у вікні</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Пікселі</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Папір</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомна</translation>
    </message>
    <message>
        <source>The treaty and the date</source>
        <translation>Договір і дата</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Розмір:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Пікселі:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Папір:</translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation>Розді&amp;льність (dpi):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Підзаголовок:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортувати</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy &amp;Map</source>
        <translation>Копіювати &amp;мапу</translation>
    </message>
    <message>
        <source>One GeoTIFF for each map was written:
%1</source>
        <translation>Для кожної мапи записано окремий файл GeoTIFF:
%1</translation>
    </message>
    <message>
        <source>Cite the dataset edition</source>
        <translation>Цитувати видання набору даних</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</source>
        <translation>Зображення й документи (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Ширина в пікселях</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Висота в пікселях</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Розмір паперу</translation>
    </message>
    <message>
        <source>Resolution in dpi</source>
        <translation>Роздільність у dpi</translation>
    </message>
</context>
<context>
    <name>flank::ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Глосарій</translation>
    </message>
    <message>
        <source>Ottawa Convention (1997)</source>
        <translation>Оттавська конвенція (1997)</translation>
    </message>
    <message>
        <source>The Mine Ban Treaty. A state that joins promises never to use, make, stockpile or pass on anti-personnel mines (mines set off by a person), to destroy the mines it holds and to clear the ground it has mined. Anti-vehicle mines are not covered.</source>
        <translation>Договір про заборону мін. Держава, яка приєднується, зобов’язується ніколи не застосовувати, не виробляти, не накопичувати й не передавати протипіхотні міни (міни, що спрацьовують від дії людини), знищити наявні міни та розмінувати заміновані нею території. Протитранспортні міни не охоплено.</translation>
    </message>
    <message>
        <source>Convention on Cluster Munitions (2008)</source>
        <translation>Конвенція про касетні боєприпаси (2008)</translation>
    </message>
    <message>
        <source>A state that joins promises never to use, make, stockpile or pass on cluster munitions: weapons that scatter many small bomblets over a wide area, some of which fail to explode and kill people long after the fighting.</source>
        <translation>Держава, яка приєднується, зобов’язується ніколи не застосовувати, не виробляти, не накопичувати й не передавати касетні боєприпаси: зброю, що розкидає на великій площі багато малих суббоєприпасів, частина з яких не вибухає і вбиває людей ще довго після завершення бойових дій.</translation>
    </message>
    <message>
        <source>Article 20</source>
        <translation>Стаття 20</translation>
    </message>
    <message>
        <source>In both conventions, the article on leaving. A state may withdraw by telling the UN Secretary-General, the other states and the Security Council, with its reasons. The withdrawal takes effect six months later; but if the state is then in an armed conflict, it stays bound until that conflict ends.</source>
        <translation>В обох конвенціях — стаття про вихід. Держава може вийти, повідомивши Генерального секретаря ООН, інші держави та Раду Безпеки із зазначенням причин. Вихід набуває чинності через шість місяців; але якщо держава на той час бере участь у збройному конфлікті, вона залишається зобов’язаною до його завершення.</translation>
    </message>
    <message>
        <source>Notified (withdrawal notified)</source>
        <translation>Повідомлено (про вихід повідомлено)</translation>
    </message>
    <message>
        <source>The state has handed its formal notice of withdrawal to the UN Secretary-General, who keeps the treaty. This starts the six-month countdown. Announcing a withdrawal or passing a law about it is not yet notifying.</source>
        <translation>Держава передала офіційне повідомлення про вихід Генеральному секретарю ООН, депозитарію договору. З цього моменту починається шестимісячний відлік. Оголошення про вихід чи ухвалення закону про нього ще не є повідомленням.</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Як читати мапу</translation>
    </message>
    <message>
        <source>Each state is filled with its status under the treaty chosen, on the date on the timeline. With both treaties shown, the fill is the Ottawa Convention and a broad inner band along the border is the Convention on Cluster Munitions. Hatching marks a withdrawal under way, cross-hatching a declared suspension, so the map can be read in black and white too.</source>
        <translation>Кожну державу зафарбовано кольором її статусу щодо обраного договору на дату, вибрану на шкалі часу. Якщо показано обидва договори, заливка означає Оттавську конвенцію, а широка внутрішня смуга вздовж кордону — Конвенцію про касетні боєприпаси. Штрихування позначає вихід, що триває, перехресне штрихування — оголошене зупинення дії, тож мапу можна читати й у чорно-білому вигляді.</translation>
    </message>
    <message>
        <source>Occupied territory</source>
        <translation>Окупована територія</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Статуси</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. The atlas shows Ukraine&apos;s status there, muted, under horizontal stripes and a dashed edge: no treaty status uses either, so occupation reads apart in color and in black and white.</source>
        <translation>Крим — територія України, окупована Росією з 2014 року. Атлас показує там статус України, приглушено, з горизонтальними смугами та пунктирним краєм: жоден статус договору їх не використовує, тож окупацію видно окремо і в кольорі, і в чорно-білому вигляді.</translation>
    </message>
    <message>
        <source>Border posture layers</source>
        <translation>Шари стану кордонів</translation>
    </message>
    <message>
        <source>Dark lines trace each focus state&apos;s land border with Russia (Kaliningrad included) and Belarus, and the Belarus–Russia border, on the Natural Earth outlines; their lengths are measured on the ellipsoid and shown beside the published ones. Colored bands along them are named fortification programmes: solid where a source says the programme covers the whole border, ticked where it covers an unpublished part. Discs are deployments with a known garrison, sized by the troops a source gives. Each layer can be turned off in the View menu.</source>
        <translation>Темні лінії позначають сухопутний кордон кожної держави у фокусі з Росією (разом із Калінінградом) і Білоруссю, а також кордон Білорусі з Росією, за контурами Natural Earth; їхню довжину виміряно на еліпсоїді й показано поруч з опублікованою. Кольорові смуги вздовж них — іменовані фортифікаційні програми: суцільні, якщо джерело вказує, що програма охоплює весь кордон, і штриховані, якщо вона охоплює неоприлюднену частину. Кола — розгортання з відомим гарнізоном; їхній розмір залежить від кількості військових, яку наводить джерело. Кожен шар можна вимкнути в меню «Вигляд».</translation>
    </message>
    <message>
        <source>Glossary entries</source>
        <translation>Статті глосарію</translation>
    </message>
</context>
<context>
    <name>flank::ui::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Flank Atlas will be in this language from its next start.</source>
        <translation>Flank Atlas працюватиме цією мовою після наступного запуску.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Перезапустити зараз</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>П&amp;ізніше</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Мов&amp;а</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Налаштування не збережено</translation>
    </message>
</context>
<context>
    <name>flank::ui::Legend</name>
    <message>
        <source>%1
The fill shows each state&apos;s status under this treaty on the date shown. Click for the glossary.</source>
        <translation>%1
Заливка показує статус кожної держави щодо цього договору на вказану дату. Клацніть, щоб відкрити глосарій.</translation>
    </message>
    <message>
        <source>Inner band: %1
%2</source>
        <translation>Внутрішня смуга: %1
%2</translation>
    </message>
    <message>
        <source>Flank Atlas holds no sourced record for this state, or it lies outside the eastern flank the atlas follows.</source>
        <translation>Flank Atlas не має для цієї держави записів із джерелами, або вона лежить поза східним флангом, який охоплює атлас.</translation>
    </message>
    <message>
        <source>Crimea is Ukrainian territory occupied by Russia since 2014. It shows Ukraine&apos;s status, muted, under horizontal stripes and a dashed edge.</source>
        <translation>Крим — територія України, окупована Росією з 2014 року. Там показано статус України, приглушено, з горизонтальними смугами та пунктирним краєм.</translation>
    </message>
    <message>
        <source>The land border with Russia (Kaliningrad included) or Belarus, traced on the Natural Earth outlines. Click a line for its measured and published lengths.</source>
        <translation>Сухопутний кордон з Росією (разом із Калінінградом) або Білоруссю за контурами Natural Earth. Клацніть лінію, щоб побачити виміряну й опубліковану довжину.</translation>
    </message>
    <message>
        <source>%1
A fortification programme along the border, in its own color. Click the band on the map for what it builds, its budget and sources.</source>
        <translation>%1
Фортифікаційна програма вздовж кордону, власним кольором. Клацніть смугу на мапі, щоб побачити, що вона будує, її бюджет і джерела.</translation>
    </message>
    <message>
        <source>The programme runs along part of this border; its sources do not say which part, so the whole line is ticked rather than a segment invented.</source>
        <translation>Програма охоплює частину цього кордону; джерела не кажуть, яку саме, тому штриховано всю лінію, а не вигаданий відрізок.</translation>
    </message>
    <message>
        <source>%1
Deployments with a known place. A disc&apos;s area grows with the troops a source gives; a small disc means no number was published.</source>
        <translation>%1
Розгортання з відомим місцем. Площа кола зростає з кількістю військових за джерелом; мале коло означає, що кількість не оприлюднено.</translation>
    </message>
</context>
<context>
    <name>flank::ui::LegendStrip</name>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ийти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Збільшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Ск&amp;инути вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Flank Atlas</source>
        <translation>&amp;Про Flank Atlas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Шкала часу</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Мапа</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Copy View as Text</source>
        <translation>&amp;Копіювати вигляд як текст</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste View</source>
        <translation>&amp;Вставити вигляд</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Find State…</source>
        <translation>&amp;Знайти державу…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Світла</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Темна</translation>
    </message>
    <message>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Проєктор (висока контрастність)</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Збережені &amp;вигляди</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ерехід</translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation>Посунути &amp;ліворуч</translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation>Посунути пр&amp;аворуч</translation>
    </message>
    <message>
        <source>Pan &amp;Up</source>
        <translation>Посунути вгор&amp;у</translation>
    </message>
    <message>
        <source>Pan &amp;Down</source>
        <translation>Посунути в&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Next State</source>
        <translation>Наступна &amp;держава</translation>
    </message>
    <message>
        <source>P&amp;revious State</source>
        <translation>Попе&amp;редня держава</translation>
    </message>
    <message>
        <source>&amp;Select Highlighted State</source>
        <translation>Ви&amp;брати виділену державу</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Зняти вибір</translation>
    </message>
    <message>
        <source>Previous &amp;Event</source>
        <translation>Попередня под&amp;ія</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Next E&amp;vent</source>
        <translation>Наступна поді&amp;я</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Відтворити / пауза</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Глосарій</translation>
    </message>
    <message>
        <source>unknown treaty &apos;%1&apos;</source>
        <translation>невідомий договір «%1»</translation>
    </message>
    <message>
        <source>Paste View</source>
        <translation>Вставити вигляд</translation>
    </message>
    <message>
        <source>The clipboard does not hold a view.</source>
        <translation>Буфер обміну не містить вигляду.</translation>
    </message>
    <message>
        <source>Paste View: %1</source>
        <translation>Вставити вигляд: %1</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Зберегти поточний вигляд…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Зберегти вигляд</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Назва вигляду:</translation>
    </message>
    <message>
        <source>Recover Annotations</source>
        <translation>Відновити анотації</translation>
    </message>
    <message numerus="yes">
        <source>Flank Atlas did not close properly last time. Recover the %n unsaved annotation(s)?</source>
        <translation>
            <numerusform>Минулого разу Flank Atlas закрився некоректно. Відновити %n незбережену анотацію?</numerusform>
            <numerusform>Минулого разу Flank Atlas закрився некоректно. Відновити %n незбережені анотації?</numerusform>
            <numerusform>Минулого разу Flank Atlas закрився некоректно. Відновити %n незбережених анотацій?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Наступна &amp;панель</translation>
    </message>
    <message>
        <source>Previ&amp;ous Pane</source>
        <translation>Попередня пан&amp;ель</translation>
    </message>
    <message>
        <source>Saved views could not be read</source>
        <translation>Не вдалося прочитати збережені вигляди</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Видалити вигляд</translation>
    </message>
    <message>
        <source>Your saved views are as they were. Check that the folder exists and is writable and that the disk is not full.</source>
        <translation>Ваші збережені вигляди не змінено. Перевірте, чи існує папка, чи можна до неї записувати і чи не заповнений диск.</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Налаштування не збережено</translation>
    </message>
    <message>
        <source>Borders with Russia and &amp;Belarus</source>
        <translation>Кордони з Росією та &amp;Білоруссю</translation>
    </message>
    <message>
        <source>&amp;Fortification Programmes</source>
        <translation>&amp;Фортифікаційні програми</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Розгортання військ</translation>
    </message>
    <message>
        <source>Next &amp;Border Item</source>
        <translation>Наступний елемент &amp;кордону</translation>
    </message>
    <message>
        <source>Previous Border &amp;Item</source>
        <translation>Попередній елемен&amp;т кордону</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопійовано: %1</translation>
    </message>
    <message>
        <source>Open &amp;Dataset…</source>
        <translation>Відкрити &amp;набір даних…</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Що змінилося</translation>
    </message>
    <message>
        <source>&amp;Compare Two Dates</source>
        <translation>Порівняти &amp;дві дати</translation>
    </message>
    <message>
        <source>S&amp;wipe Between Two Dates</source>
        <translation>&amp;Шторка між двома датами</translation>
    </message>
    <message>
        <source>Compare the Two Tr&amp;eaties</source>
        <translation>Порівняти дві &amp;конвенції</translation>
    </message>
    <message>
        <source>S&amp;mall Multiples…</source>
        <translation>&amp;Сітка мап…</translation>
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
        <translation>Мапа</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Withdrawal takes effect %1</source>
        <translation>Вихід набуває чинності %1</translation>
    </message>
    <message>
        <source>Date the withdrawal takes effect not yet known</source>
        <translation>Дата, коли вихід набуде чинності, ще невідома</translation>
    </message>
    <message>
        <source>(date known only to the month or year)</source>
        <translation>(дата відома лише з точністю до місяця або року)</translation>
    </message>
</context>
<context>
    <name>flank::ui::MessageBar</name>
    <message>
        <source>Show Issues</source>
        <translation>Показати проблеми</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>Проблема з даними</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>flank::ui::MultiplesDialog</name>
    <message>
        <source>Small Multiples</source>
        <translation>Сітка мап</translation>
    </message>
    <message>
        <source>Every year, on 1 January</source>
        <translation>Щороку, 1 січня</translation>
    </message>
    <message>
        <source>Each dated step of the selected state</source>
        <translation>Кожен датований крок вибраної держави</translation>
    </message>
    <message>
        <source>Dates I type</source>
        <translation>Дати, які я введу</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Перший рік</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Останній рік</translation>
    </message>
    <message>
        <source>Dates, separated by commas</source>
        <translation>Дати через кому</translation>
    </message>
    <message>
        <source>2025-01-01, 2025-07-01, 2026-03-01</source>
        <translation>2025-01-01, 2025-07-01, 2026-03-01</translation>
    </message>
    <message>
        <source>Fit to the picture</source>
        <translation>Припасувати до зображення</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <source>Preview of the maps</source>
        <translation>Попередній перегляд мап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Дати:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Роки:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Список:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>Сто&amp;впці:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>Select a state on the map first: its dated steps give the dates.</source>
        <translation>Спочатку виберіть державу на мапі: дати візьмуться з її датованих кроків.</translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD, separated by commas.</source>
        <translation>Введіть дати у форматі РРРР-ММ-ДД через кому.</translation>
    </message>
    <message>
        <source>%1 date(s): a grid takes from %2 to %3.</source>
        <translation>Дат: %1; сітка вміщує від %2 до %3.</translation>
    </message>
    <message>
        <source>Export Small Multiples</source>
        <translation>Експортувати сітку мап</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>Зображення й документи (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>flank::ui::Panel</name>
    <message>
        <source>Source: none given</source>
        <translation>Джерело: не вказано</translation>
    </message>
    <message>
        <source>Source: %1, “%2”, %3</source>
        <translation>Джерело: %1, «%2», %3</translation>
    </message>
    <message>
        <source>(known to contain errors: %1)</source>
        <translation>(містить відомі помилки: %1)</translation>
    </message>
    <message>
        <source>%1% of GDP by %2</source>
        <translation>%1% ВВП до %2</translation>
    </message>
    <message>
        <source>%1 %2 billion in %3</source>
        <translation>%1 %2 млрд у %3</translation>
    </message>
    <message>
        <source>%1 %2 million in %3</source>
        <translation>%1 %2 млн у %3</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 у %3</translation>
    </message>
    <message>
        <source>(known errors)</source>
        <translation>(відомі помилки)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Джерела: %1</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>фактично</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>бюджет</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>зобов’язання</translation>
    </message>
    <message>
        <source>%1% of GDP in %2 (%3)</source>
        <translation>%1% ВВП у %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (copy on %2)</source>
        <translation>%1 (копія на сайті %2)</translation>
    </message>
    <message>
        <source>Source: copy on %1 of an article by %2, “%3”, %4</source>
        <translation>Джерело: копія на сайті %1 статті %2, «%3», %4</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Копіювати посилання</translation>
    </message>
</context>
<context>
    <name>flank::ui::PledgeChart</name>
    <message>
        <source>Defence-spending pledges, percent of GDP by target year</source>
        <translation>Зобов’язання щодо оборонних видатків, % ВВП за цільовим роком</translation>
    </message>
    <message>
        <source>2 %</source>
        <translation>2 %</translation>
    </message>
    <message>
        <source>Defence spending, percent of GDP by year</source>
        <translation>Оборонні видатки, % ВВП за роками</translation>
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
        <translation>оголошено %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>розпочато %1</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>завершено %1</translation>
    </message>
    <message>
        <source>planned completion %1</source>
        <translation>планове завершення %1</translation>
    </message>
    <message>
        <source>Fortification programme</source>
        <translation>Фортифікаційна програма</translation>
    </message>
    <message>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <source>Along: %1</source>
        <translation>Уздовж: %1</translation>
    </message>
    <message>
        <source>%1–%2: %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <source>Announced length: %1 km</source>
        <translation>Оголошена довжина: %1 км</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Бюджет: %1</translation>
    </message>
    <message>
        <source>Includes: %1</source>
        <translation>Включає: %1</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Дані перевірено %1</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>командування: %1</translation>
    </message>
    <message>
        <source>size: %1</source>
        <translation>чисельність: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Marker at %1 (%2, %3)</source>
        <translation>Маркер у %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>Кордон</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 km measured on Natural Earth 1:10m (geodesic)</source>
        <translation>%1 км, виміряно за Natural Earth 1:10m (геодезично)</translation>
    </message>
    <message>
        <source>Measuring on Natural Earth 1:10m…</source>
        <translation>Вимірювання за Natural Earth 1:10m…</translation>
    </message>
    <message>
        <source>%1 km published</source>
        <translation>%1 км за опублікованими даними</translation>
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
        <translation>%1: не вдалося записати налаштування (можливо, диск заповнено або папка лише для читання); збережено попередні налаштування.</translation>
    </message>
</context>
<context>
    <name>flank::ui::PresentationConsole</name>
    <message>
        <source>Presenter view: %1</source>
        <translation>Вигляд доповідача: %1</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Далі:</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <source>%1    elapsed %2:%3</source>
        <translation>%1    минуло %2:%3</translation>
    </message>
</context>
<context>
    <name>flank::ui::SavedViews</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>файл більший за %1 МіБ</translation>
    </message>
    <message>
        <source>not a saved-views file (no &quot;format&quot;: &quot;%1&quot; with a &quot;views&quot; list)</source>
        <translation>це не файл збережених виглядів (немає &quot;format&quot;: &quot;%1&quot; зі списком &quot;views&quot;)</translation>
    </message>
    <message>
        <source>/views/%1: a view needs a &quot;name&quot; and a &quot;state&quot; object</source>
        <translation>/views/%1: вигляд потребує поля &quot;name&quot; та об’єкта &quot;state&quot;</translation>
    </message>
    <message>
        <source>Could not save the views: %1</source>
        <translation>Не вдалося зберегти вигляди: %1</translation>
    </message>
    <message>
        <source>Could not save the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Не вдалося зберегти вигляд: %1. Файл залишено без змін; виправте або видаліть його.</translation>
    </message>
    <message>
        <source>Could not delete the view: %1. The file is left as it is; repair or remove it.</source>
        <translation>Не вдалося видалити вигляд: %1. Файл залишено без змін; виправте або видаліть його.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SearchBox</name>
    <message>
        <source>Find a state (name or ISO code)</source>
        <translation>Знайти державу (назва або код ISO)</translation>
    </message>
    <message>
        <source>Find a state</source>
        <translation>Знайти державу</translation>
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
        <translation>Державу не вибрано. Мапа на %1.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2, since %3.</source>
        <translation>%1: %2, з %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Станом на %1.</translation>
    </message>
</context>
<context>
    <name>flank::ui::SessionAnnouncements</name>
    <message>
        <source>Selection cleared</source>
        <translation>Вибір знято</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Вибрано: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>No state changed status.</source>
        <translation>Жодна держава не змінила статус.</translation>
    </message>
    <message>
        <source>States that changed status: %1.</source>
        <translation>Держав, що змінили статус: %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no state&apos;s status changed</source>
        <translation>статус жодної держави не змінився</translation>
    </message>
    <message>
        <source>changes of status: %1</source>
        <translation>змін статусу: %1</translation>
    </message>
    <message>
        <source>What changed from %1 to %2: %3</source>
        <translation>Що змінилося з %1 до %2: %3</translation>
    </message>
</context>
<context>
    <name>flank::ui::StatePanel</name>
    <message>
        <source>State details</source>
        <translation>Відомості про державу</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Державу не вибрано</translation>
    </message>
    <message>
        <source>Click a state on the map, find it by name (Ctrl+F), or press Tab to move through the states and Enter to select one.</source>
        <translation>Клацніть державу на мапі, знайдіть її за назвою (Ctrl+F) або переходьте між державами клавішею Tab і вибирайте клавішею Enter.</translation>
    </message>
    <message>
        <source>What do the colors mean?</source>
        <translation>Що означають кольори?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Станом на %1</translation>
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
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>%1, armed-conflict rule %2: %3</source>
        <translation>%1, правило про збройний конфлікт %2: %3</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>застосовується</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>не застосовується</translation>
    </message>
    <message>
        <source>What do these statuses and Article 20 mean?</source>
        <translation>Що означають ці статуси та стаття 20?</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитати</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
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
        <translation>Також опубліковано як: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n later quote(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n пізнішу цитату не показано: пересуньте шкалу часу вперед.</numerusform>
            <numerusform>%n пізніші цитати не показано: пересуньте шкалу часу вперед.</numerusform>
            <numerusform>%n пізніших цитат не показано: пересуньте шкалу часу вперед.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (pledged %2)</source>
        <translation>%1 (зобов’язання від %2)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Forces and fortifications</source>
        <translation>Сили та укріплення</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>повідомлено %1</translation>
    </message>
    <message>
        <source>Borders</source>
        <translation>Кордони</translation>
    </message>
    <message>
        <source>With %1: measuring…</source>
        <translation>Із державою %1: вимірювання…</translation>
    </message>
    <message>
        <source>With %1: could not be measured</source>
        <translation>Із державою %1: не вдалося виміряти</translation>
    </message>
    <message>
        <source>With %1: no shared border</source>
        <translation>Із державою %1: немає спільного кордону</translation>
    </message>
    <message>
        <source>With %1: about %2 km, computed from Natural Earth 1:10m (geodesic length)</source>
        <translation>Із державою %1: близько %2 км, обчислено за Natural Earth 1:10m (геодезична довжина)</translation>
    </message>
    <message>
        <source>Published: %1 km</source>
        <translation>Опубліковано: %1 км</translation>
    </message>
    <message>
        <source>Data checked on %1</source>
        <translation>Дані перевірено %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later step(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n пізніший крок не показано: пересуньте шкалу часу вперед.</numerusform>
            <numerusform>%n пізніші кроки не показано: пересуньте шкалу часу вперед.</numerusform>
            <numerusform>%n пізніших кроків не показано: пересуньте шкалу часу вперед.</numerusform>
        </translation>
    </message>
    <message>
        <source>Translated from the original (%1) by %2</source>
        <translation>Переклад з оригіналу (%1): %2</translation>
    </message>
    <message>
        <source>Defence spending</source>
        <translation>Оборонні видатки</translation>
    </message>
    <message>
        <source>%1 (published %2)</source>
        <translation>%1 (опубліковано %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n later figure(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n пізніший показник не показано: пересуньте шкалу часу вперед.</numerusform>
            <numerusform>%n пізніші показники не показано: пересуньте шкалу часу вперед.</numerusform>
            <numerusform>%n пізніших показників не показано: пересуньте шкалу часу вперед.</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>у: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n later note(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n пізнішу примітку не показано: пересуньте шкалу часу вперед.</numerusform>
            <numerusform>%n пізніші примітки не показано: пересуньте шкалу часу вперед.</numerusform>
            <numerusform>%n пізніших приміток не показано: пересуньте шкалу часу вперед.</numerusform>
        </translation>
    </message>
    <message>
        <source>No primary source: %1</source>
        <translation>Немає першоджерела: %1</translation>
    </message>
    <message>
        <source>Fortification programmes</source>
        <translation>Фортифікаційні програми</translation>
    </message>
    <message numerus="yes">
        <source>%n later programme(s) not shown: move the timeline forward.</source>
        <translation>
            <numerusform>%n пізнішу програму не показано: пересуньте шкалу часу вперед.</numerusform>
            <numerusform>%n пізніші програми не показано: пересуньте шкалу часу вперед.</numerusform>
            <numerusform>%n пізніших програм не показано: пересуньте шкалу часу вперед.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::StatusSentence</name>
    <message>
        <source>no data on the %1</source>
        <translation>%1: немає даних</translation>
    </message>
    <message>
        <source>not a party to the %1</source>
        <translation>%1: не є учасницею</translation>
    </message>
    <message>
        <source>signatory to the %1 since %2</source>
        <translation>%1: держава-підписант з %2</translation>
    </message>
    <message>
        <source>signatory to the %1</source>
        <translation>%1: держава-підписант</translation>
    </message>
    <message>
        <source>party to the %1 since %2</source>
        <translation>%1: держава-учасниця з %2</translation>
    </message>
    <message>
        <source>party to the %1</source>
        <translation>%1: держава-учасниця</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced on %2</source>
        <translation>%1: про вихід оголошено %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 announced</source>
        <translation>%1: оголошено про вихід</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved on %2</source>
        <translation>%1: вихід схвалено %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 approved</source>
        <translation>%1: вихід схвалено</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified on %2</source>
        <translation>%1: про вихід повідомлено ООН %2</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified</source>
        <translation>%1: про вихід повідомлено ООН</translation>
    </message>
    <message>
        <source>withdrawn from the %1 since %2</source>
        <translation>%1: вихід набув чинності %2</translation>
    </message>
    <message>
        <source>withdrawn from the %1</source>
        <translation>%1: вийшла</translation>
    </message>
    <message>
        <source>suspension of the %1 declared on %2</source>
        <translation>%1: зупинення дії оголошено %2</translation>
    </message>
    <message>
        <source>suspension of the %1 declared</source>
        <translation>%1: оголошено зупинення дії</translation>
    </message>
    <message>
        <source>withdrawal from the %1 notified, takes effect %2</source>
        <translation>%1: про вихід повідомлено ООН, він набуває чинності %2</translation>
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
        <translation>Таблиця статусів</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>Таблиця статусів</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>Т&amp;аблиця</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Фільтрувати таблицю</translation>
    </message>
    <message>
        <source>Filter by name, code or status</source>
        <translation>Фільтр за назвою, кодом або статусом</translation>
    </message>
    <message>
        <source>States and their statuses</source>
        <translation>Держави та їхні статуси</translation>
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
        <translation>Держава</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Наступна зміна</translation>
    </message>
    <message>
        <source>Spending, % of GDP</source>
        <translation>Видатки, % ВВП</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитати</translation>
    </message>
    <message>
        <source>Troop notes</source>
        <translation>Відомості про війська</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3 code</source>
        <translation>Код ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>Status under the %1 on the day</source>
        <translation>%1: статус на цей день</translation>
    </message>
    <message>
        <source>Date of the step that gave the %1 status</source>
        <translation>%1: дата кроку, що визначив цей статус</translation>
    </message>
    <message>
        <source>The next change already fixed by the day: when a notified withdrawal takes effect</source>
        <translation>Наступна зміна, уже визначена на цей день: коли набуває чинності вихід, про який повідомлено ООН</translation>
    </message>
    <message>
        <source>Defence spending known on the day, for its year or the latest year before it</source>
        <translation>Оборонні видатки, відомі на цей день, за його рік або за останній попередній рік</translation>
    </message>
    <message>
        <source>Quotes said on or before the day</source>
        <translation>Цитати, сказані в цей день або раніше</translation>
    </message>
    <message>
        <source>Troop notes reported on or before the day</source>
        <translation>Відомості про війська, повідомлені в цей день або раніше</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryController</name>
    <message>
        <source>Story</source>
        <translation>Сюжет</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Сюжет без назви</translation>
    </message>
    <message>
        <source>Open &amp;Story…</source>
        <translation>Відкрити &amp;сюжет…</translation>
    </message>
    <message>
        <source>Save Story &amp;As…</source>
        <translation>Зберегти сюжет &amp;як…</translation>
    </message>
    <message>
        <source>&amp;Present Story</source>
        <translation>&amp;Показати сюжет</translation>
    </message>
    <message>
        <source>Present from &amp;Current Step</source>
        <translation>Показати з поточного &amp;кроку</translation>
    </message>
    <message>
        <source>&amp;Example Story</source>
        <translation>П&amp;риклад сюжету</translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation>Не вдалося відкрити сюжет.</translation>
    </message>
    <message>
        <source>The story opened with warnings.</source>
        <translation>Сюжет відкрито з попередженнями.</translation>
    </message>
    <message>
        <source>Open Story</source>
        <translation>Відкрити сюжет</translation>
    </message>
    <message>
        <source>Flank Atlas stories (*.flankstory)</source>
        <translation>Сюжети Flank Atlas (*.flankstory)</translation>
    </message>
    <message>
        <source>Save Story</source>
        <translation>Зберегти сюжет</translation>
    </message>
    <message>
        <source>Present Story</source>
        <translation>Показати сюжет</translation>
    </message>
    <message>
        <source>The story has no steps yet. Add the current view with &quot;Add View&quot;, or open a story.</source>
        <translation>Сюжет ще не має кроків. Додайте поточний вигляд кнопкою «Додати вигляд» або відкрийте сюжет.</translation>
    </message>
</context>
<context>
    <name>flank::ui::StoryPanel</name>
    <message>
        <source>Animated transitions</source>
        <translation>Анімовані переходи</translation>
    </message>
    <message>
        <source>Add View</source>
        <translation>Додати вигляд</translation>
    </message>
    <message>
        <source>Add the map&apos;s current view as a step after the chosen one</source>
        <translation>Додати поточний вигляд мапи як крок після вибраного</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублювати</translation>
    </message>
    <message>
        <source>Duplicate the chosen step</source>
        <translation>Дублювати вибраний крок</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Delete the chosen step</source>
        <translation>Видалити вибраний крок</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Undo the last story edit</source>
        <translation>Скасувати останню зміну сюжету</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Redo the story edit</source>
        <translation>Повторити зміну сюжету</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Сюжет:</translation>
    </message>
    <message>
        <source>Step title:</source>
        <translation>Назва кроку:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Підпис:</translation>
    </message>
    <message>
        <source>Turn Transitions On</source>
        <translation>Увімкнути переходи</translation>
    </message>
    <message>
        <source>Turn Transitions Off</source>
        <translation>Вимкнути переходи</translation>
    </message>
    <message>
        <source>Edit Story Text</source>
        <translation>Редагувати текст сюжету</translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation>Перемістити крок</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Крок %1</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Додати крок</translation>
    </message>
    <message>
        <source>Duplicate Step</source>
        <translation>Дублювати крок</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Видалити крок</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>Кроки сюжету</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Назва сюжету</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Назва кроку</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Підпис</translation>
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
        <translation>Текст, вирівняні стовпці (*.txt)</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Експортувати &amp;таблицю…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Експортувати таблицю</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Таблицю записано у %1</translation>
    </message>
    <message>
        <source>The table could not be written.</source>
        <translation>Не вдалося записати таблицю.</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineBar</name>
    <message>
        <source>Previous event</source>
        <translation>Попередня подія</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Відтворити</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Наступна подія</translation>
    </message>
    <message>
        <source>1 week per second</source>
        <translation>1 тиждень за секунду</translation>
    </message>
    <message>
        <source>1 month per second</source>
        <translation>1 місяць за секунду</translation>
    </message>
    <message>
        <source>3 months per second</source>
        <translation>3 місяці за секунду</translation>
    </message>
    <message>
        <source>1 year per second</source>
        <translation>1 рік за секунду</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Швидкість відтворення</translation>
    </message>
    <message>
        <source>%1 – %2: %3 (%4)</source>
        <translation>%1 – %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Source: %1, “%2”</source>
        <translation>Джерело: %1, «%2»</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>оголошено</translation>
    </message>
    <message>
        <source>construction starts</source>
        <translation>початок будівництва</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>%1 – %2: %3 %4</source>
        <translation>%1 – %2: %3 %4</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>завершується</translation>
    </message>
    <message>
        <source>begins</source>
        <translation>починається</translation>
    </message>
</context>
<context>
    <name>flank::ui::TimelineSlider</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on nearby days</source>
        <translation>
            <numerusform>… і ще %n подія в сусідні дні</numerusform>
            <numerusform>… і ще %n події в сусідні дні</numerusform>
            <numerusform>… і ще %n подій у сусідні дні</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flank::ui::TreatyActions</name>
    <message>
        <source>Both Conventions (fill and inner band)</source>
        <translation>Обидві конвенції (заливка і внутрішня смуга)</translation>
    </message>
</context>
<context>
    <name>flank::ui::VideoExportDialog</name>
    <message>
        <source>Export Video</source>
        <translation>Експорт відео</translation>
    </message>
    <message>
        <source>map.mp4, map.webm or map.gif</source>
        <translation>map.mp4, map.webm або map.gif</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>Seconds for the whole clip</source>
        <translation>Секунд на весь ролик</translation>
    </message>
    <message>
        <source>Seconds between events</source>
        <translation>Секунд між подіями</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Тривалість:</translation>
    </message>
    <message>
        <source>Frames per &amp;second:</source>
        <translation>Кадрів за &amp;секунду:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Pause at each event:</source>
        <translation>&amp;Пауза на кожній події:</translation>
    </message>
    <message>
        <source>Si&amp;ze (pixels):</source>
        <translation>Ро&amp;змір (пікселі):</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Висота</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Е&amp;кспортувати</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;WebM video (*.webm);;Animated GIF (*.gif)</source>
        <translation>Відео MP4 (*.mp4);;Відео WebM (*.webm);;Анімований GIF (*.gif)</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Залишилося близько %n секунди</numerusform>
            <numerusform>Залишилося близько %n секунд</numerusform>
            <numerusform>Залишилося близько %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Скасовано: жодного файлу не записано.</translation>
    </message>
    <message>
        <source>Export &amp;Video…</source>
        <translation>Експортувати &amp;відео…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Перший день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Останній день</translation>
    </message>
    <message>
        <source>Length in seconds</source>
        <translation>Тривалість у секундах</translation>
    </message>
    <message>
        <source>What the length counts</source>
        <translation>Що означає тривалість</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Кадрів за секунду</translation>
    </message>
    <message>
        <source>Pause at each event, in seconds</source>
        <translation>Пауза на кожній події, у секундах</translation>
    </message>
</context>
</TS>
