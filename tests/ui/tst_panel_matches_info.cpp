#include "ui_test_support.h"

#include "ui/map_session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace flank;
using namespace flank::ui;

// The side panel and `flankatlas info --format json` are two views of one briefing: for the
// same state and day they list the same steps, quotes, spending figures and troop notes, and
// leave out the same later records.
class TestPanelMatchesInfo : public QObject
{
    Q_OBJECT

private slots:
    void sameRecords_data();
    void sameRecords();
};

void TestPanelMatchesInfo::sameRecords_data()
{
    QTest::addColumn<QString>("iso3");
    QTest::addColumn<QDate>("date");
    for (const char* iso3 : {"POL", "LTU", "UKR", "FIN", "NOR"})
        for (const QDate date :
             {QDate(2024, 6, 1), QDate(2025, 7, 1), QDate(2026, 1, 15), QDate(2026, 12, 1)})
            QTest::addRow("%s %s", iso3, qPrintable(date.toString(Qt::ISODate)))
                << QString::fromLatin1(iso3) << date;
}

void TestPanelMatchesInfo::sameRecords()
{
    QFETCH(QString, iso3);
    QFETCH(QDate, date);

    QProcess info;
    info.start(QStringLiteral(FLANKATLAS_PATH),
               {QStringLiteral("info"), iso3, QStringLiteral("--date"), date.toString(Qt::ISODate),
                QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(info.waitForFinished(60000));
    QCOMPARE(info.exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(info.readAllStandardOutput()).object();
    QCOMPARE(report.value(QLatin1String("iso3")).toString(), iso3);

    auto window = test::openWindow();
    window->session()->setDate(date);
    window->session()->setSelection(iso3);

    qsizetype steps = 0;
    for (const QJsonValue& treaty : report.value(QLatin1String("treaties")).toArray())
        steps += treaty.toObject().value(QLatin1String("steps")).toArray().size();
    QCOMPARE(test::panelTexts(*window, QStringLiteral("step")).size(), steps);

    QStringList quotes;
    for (const QJsonValue& quote : report.value(QLatin1String("quotes")).toArray())
        quotes << QStringLiteral("“%1”").arg(
            quote.toObject().value(QLatin1String("text")).toString());
    QCOMPARE(test::panelTexts(*window, QStringLiteral("quoteText")), quotes);

    QCOMPARE(test::panelTexts(*window, QStringLiteral("pledge")).size(),
             report.value(QLatin1String("pledges")).toArray().size());

    const QStringList panelNotes = test::panelTexts(*window, QStringLiteral("troopTitle"));
    const QJsonArray notes = report.value(QLatin1String("troopNotes")).toArray();
    QCOMPARE(panelNotes.size(), notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i)
        QVERIFY2(panelNotes.at(i).startsWith(
                     notes.at(i).toObject().value(QLatin1String("title")).toString()),
                 qPrintable(panelNotes.at(i)));
}

QTEST_MAIN(TestPanelMatchesInfo)
#include "tst_panel_matches_info.moc"
