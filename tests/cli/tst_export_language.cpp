#include "command_run.h"

#include "core/interface_language.h"
#include "core/local_date.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// `export --lang`: every word of the picture in the language asked for, and a clear refusal
// of a language there is no translation for.
class ExportLanguageTest : public QObject
{
    Q_OBJECT

private slots:
    void ukrainianExportSpeaksUkrainian()
    {
        const QString svg = exportSvg({QStringLiteral("--lang"), QStringLiteral("uk")});
        QVERIFY(!svg.isEmpty());
        const auto ukrainian = [](const char* context, const char* source) {
            return flank::core::translateIn(QStringLiteral("uk"), context, source);
        };
        // The legend's status labels, the treaty in the title, the date in the stamp.
        const QString party = ukrainian("flank::posture::Status", "Party");
        QVERIFY(party != QLatin1String("Party"));
        QVERIFY2(svg.contains(party.toHtmlEscaped()), qPrintable(party));
        const QString treaty = ukrainian("flank::posture::Treaty", "Ottawa Convention");
        QVERIFY2(svg.contains(treaty.toHtmlEscaped()), qPrintable(treaty));
        QVERIFY(!svg.contains(QLatin1String("Ottawa Convention")));
        QVERIFY(flank::core::installInterfaceLanguage(QStringLiteral("uk")));
        const QString day = flank::core::localDate(QDate(2026, 3, 1));
        flank::core::installInterfaceLanguage(QStringLiteral("en"));
        QVERIFY2(svg.contains(day), qPrintable(day));
        QVERIFY(!svg.contains(QLatin1String("March")));
        // Country names on the map come from CLDR.
        QVERIFY(svg.contains(QStringLiteral("Польща")));
        QVERIFY(!svg.contains(QLatin1String(">Poland<")));
    }

    void lithuanianExportNamesCountriesInLithuanian()
    {
        const QString svg = exportSvg({QStringLiteral("--lang"), QStringLiteral("lt")});
        QVERIFY(svg.contains(QStringLiteral("Lenkija")));
        QVERIFY(svg.contains(QStringLiteral("Baltarusija")));
    }

    void withoutLangTheExportStaysEnglish()
    {
        const QString svg = exportSvg({});
        QVERIFY(svg.contains(QLatin1String("1 March 2026")));
        QVERIFY(svg.contains(QLatin1String("Poland")));
    }

    void unknownLanguageIsRefused()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("map.svg"));
        const CommandRun result = run({QStringLiteral("export"), QStringLiteral("--lang"),
                                       QStringLiteral("xx"), QStringLiteral("-o"), file});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("--lang: 'xx'")), qPrintable(result.err));
        for (const flank::core::InterfaceLanguage& language : flank::core::interfaceLanguages())
            QVERIFY2(result.err.contains(language.code), qPrintable(result.err));
        QVERIFY(!QFile::exists(file));
    }

private:
    static CommandRun run(const QStringList& arguments)
    {
        return runCommand(QStringLiteral(FLANK_EXECUTABLE), arguments);
    }

    // The SVG of the map on 1 March 2026 with `options`; empty (and a failure logged) when the
    // export fails.
    static QString exportSvg(const QStringList& options)
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("map.svg"));
        const CommandRun result =
            run(QStringList{QStringLiteral("export"), QStringLiteral("-o"), file,
                            QStringLiteral("--date"), QStringLiteral("2026-03-01"),
                            QStringLiteral("--size"), QStringLiteral("1200x800")} +
                options);
        if (result.exitCode != 0) {
            qWarning("%s", qPrintable(result.err));
            return {};
        }
        QFile svg(file);
        return svg.open(QIODevice::ReadOnly) ? QString::fromUtf8(svg.readAll()) : QString();
    }
};

QTEST_GUILESS_MAIN(ExportLanguageTest)
#include "tst_export_language.moc"
