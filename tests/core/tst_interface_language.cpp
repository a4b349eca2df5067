#include "core/country_names.h"
#include "core/interface_language.h"
#include "core/local_date.h"

#include <QCoreApplication>
#include <QtTest>

// The interface languages: their translations load from the embedded files, and dates and
// country names follow the language installed.
class InterfaceLanguageTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { flank::core::installInterfaceLanguage(QStringLiteral("en")); }

    void cldrNamesCountriesInEachLanguage_data()
    {
        QTest::addColumn<QString>("iso3");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::newRow("Poland in Lithuanian") << "POL"
                                              << "lt"
                                              << "Lenkija";
        QTest::newRow("Russia in Lithuanian") << "RUS"
                                              << "lt"
                                              << "Rusija";
        QTest::newRow("Lithuania in Ukrainian") << "LTU"
                                                << "uk"
                                                << "Литва";
        QTest::newRow("Belarus in Ukrainian") << "BLR"
                                              << "uk"
                                              << "Білорусь";
        QTest::newRow("Estonia in Finnish") << "EST"
                                            << "fi"
                                            << "Viro";
        QTest::newRow("Latvia in Estonian") << "LVA"
                                            << "et"
                                            << "Läti";
        QTest::newRow("Poland in German") << "POL"
                                          << "de"
                                          << "Polen";
        QTest::newRow("lower-case code") << "fin"
                                         << "lv"
                                         << "Somija";
    }

    void cldrNamesCountriesInEachLanguage()
    {
        QFETCH(QString, iso3);
        QFETCH(QString, language);
        QFETCH(QString, name);
        QCOMPARE(flank::core::cldrCountryName(iso3, language), name);
    }

    void unknownCodesHaveNoName()
    {
        QVERIFY(
            flank::core::cldrCountryName(QStringLiteral("XYZ"), QStringLiteral("lt")).isEmpty());
        QVERIFY(
            flank::core::cldrCountryName(QStringLiteral("-99"), QStringLiteral("uk")).isEmpty());
        QVERIFY(flank::core::cldrCountryName(QString(), QStringLiteral("de")).isEmpty());
    }

    void interfaceNamesFollowTheInstalledLanguage()
    {
        using flank::core::localCountryName;
        // English keeps Natural Earth's wording, which CLDR's need not match.
        QCOMPARE(localCountryName(QStringLiteral("CZE"), QStringLiteral("Czechia")),
                 QStringLiteral("Czechia"));
        QVERIFY(flank::core::installInterfaceLanguage(QStringLiteral("lt")));
        QCOMPARE(flank::core::interfaceLanguage(), QStringLiteral("lt"));
        QCOMPARE(localCountryName(QStringLiteral("POL"), QStringLiteral("Poland")),
                 QStringLiteral("Lenkija"));
        // A deployment's framework nation, given by the data in English words.
        QCOMPARE(localCountryName(QStringLiteral("Germany")), QStringLiteral("Vokietija"));
        QCOMPARE(localCountryName(QStringLiteral("United States")),
                 QStringLiteral("Jungtinės Valstijos"));
        QCOMPARE(localCountryName(QStringLiteral("multinational")),
                 QStringLiteral("multinational"));
        // A code CLDR does not know keeps the name it came with.
        QCOMPARE(localCountryName(QStringLiteral("-99"), QStringLiteral("N. Cyprus")),
                 QStringLiteral("N. Cyprus"));
    }

    void translationsLoadForEveryLanguage()
    {
        for (const flank::core::InterfaceLanguage& language : flank::core::interfaceLanguages()) {
            QVERIFY2(flank::core::installInterfaceLanguage(language.code),
                     qPrintable(language.code));
            const QString party = QCoreApplication::translate("flank::posture::Status", "Party");
            QVERIFY(!party.isEmpty());
            if (language.code != QLatin1String("en"))
                QVERIFY2(party != QLatin1String("Party"), qPrintable(language.code));
        }
    }

    // English counts in words: "1 programme", "13 programmes", not "programme(s)".
    void englishChoosesItsPluralForms()
    {
        QVERIFY(flank::core::installInterfaceLanguage(QStringLiteral("en")));
        const auto said = [](int count) {
            return QCoreApplication::translate("flank::render::Legend",
                                               "%n fortification programme(s), one color each",
                                               "", count);
        };
        QCOMPARE(said(1), QStringLiteral("1 fortification programme, one color each"));
        QCOMPARE(said(13), QStringLiteral("13 fortification programmes, one color each"));
        QVERIFY(flank::core::installInterfaceLanguage(QStringLiteral("pl")));
        QVERIFY(!said(13).contains(QLatin1String("(s)")));
        QVERIFY(!said(13).contains(QLatin1String("programmes")));
    }

    void unknownLanguagesAreRefused()
    {
        QVERIFY(flank::core::installInterfaceLanguage(QStringLiteral("pl")));
        QVERIFY(!flank::core::installInterfaceLanguage(QStringLiteral("xx")));
        QVERIFY(!flank::core::installInterfaceLanguage(QString()));
        QCOMPARE(flank::core::interfaceLanguage(), QStringLiteral("pl"));
        QVERIFY(!flank::core::isInterfaceLanguage(QStringLiteral("ru")));
    }

    void datesAreWrittenInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::newRow("en") << "en"
                            << "1 January 2026";
        QTest::newRow("pl") << "pl"
                            << "1 stycznia 2026";
        QTest::newRow("uk") << "uk"
                            << "1 січня 2026 р.";
        QTest::newRow("lt") << "lt"
                            << "2026 m. sausio 1 d.";
        QTest::newRow("de") << "de"
                            << "1. Januar 2026";
    }

    void datesAreWrittenInTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, date);
        QVERIFY(flank::core::installInterfaceLanguage(language));
        QCOMPARE(flank::core::localDate(QDate(2026, 1, 1)), date);
    }

    void aWordIsSaidInAnotherLanguageWithoutInstallingIt()
    {
        const QString polish =
            flank::core::translateIn(QStringLiteral("pl"), "flank::posture::Status", "Party");
        QVERIFY(polish != QLatin1String("Party"));
        QCOMPARE(flank::core::interfaceLanguage(), QStringLiteral("en"));
        QCOMPARE(flank::core::translateIn(QStringLiteral("en"), "flank::posture::Status", "Party"),
                 QStringLiteral("Party"));
        QCOMPARE(flank::core::translateIn(QStringLiteral("zz"), "x", "y"), QStringLiteral("y"));
    }
};

QTEST_GUILESS_MAIN(InterfaceLanguageTest)
#include "tst_interface_language.moc"
