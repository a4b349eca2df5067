#include "cli_run.h"
#include "export_test_support.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace flank;
using test::runExport;

namespace {

const QByteArray kOld = "the previous export";

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void refusesAbsurdRequests_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("huge size")
            << QStringList{QStringLiteral("--size"), QStringLiteral("100000x100000")}
            << QStringLiteral("each side must be from 1 to 20000");
        QTest::newRow("dpi 0") << QStringList{QStringLiteral("--dpi"), QStringLiteral("0")}
                               << QStringLiteral("--dpi: '0' is not a resolution");
        QTest::newRow("unknown CRS")
            << QStringList{QStringLiteral("--crs"), QStringLiteral("EPSG:999999")}
            << QStringLiteral("--crs: 'EPSG:999999' is not a known CRS");
        QTest::newRow("zero extent")
            << QStringList{QStringLiteral("--crs"), QStringLiteral("EPSG:4326"),
                           QStringLiteral("--extent"), QStringLiteral("10,45,10,70")}
            << QStringLiteral("--extent: the area has zero or negative size");
        QTest::newRow("unknown paper")
            << QStringList{QStringLiteral("--paper"), QStringLiteral("B5")}
            << QStringLiteral("--paper: 'B5' is not one of A4, A3, Letter");
        QTest::newRow("unknown state to fit")
            << QStringList{QStringLiteral("--fit"), QStringLiteral("XYZ")}
            << QStringLiteral("--fit: no country with the code 'XYZ'");
    }

    void refusesAbsurdRequests()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString refused =
            test::refusal(m_dir.filePath(QStringLiteral("old.png")), arguments, message);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }

    void failingTargetExitsNonZero()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        test::writeFile(blocker, kOld);
        const test::CliRun run =
            runExport({QStringLiteral("-o"), blocker + QStringLiteral("/map.pdf"),
                       QStringLiteral("--scale"), QStringLiteral("110m")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(QStringLiteral("is not a folder")), qPrintable(run.errors));
        QCOMPARE(test::readAll(blocker), kOld);
    }

    void badAnnotationsFileIsNamed()
    {
        const QString notes = m_dir.filePath(QStringLiteral("notes.geojson"));
        test::writeFile(notes, "{\"type\": \"FeatureCollection\",\n \"features\": [}\n");
        const QString file = m_dir.filePath(QStringLiteral("annotated.png"));
        const test::CliRun run =
            runExport({QStringLiteral("-o"), file, QStringLiteral("--annotations"), notes});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(notes + QStringLiteral(":2:")), qPrintable(run.errors));
        QVERIFY(!QFile::exists(file));
    }

    void writesAnAnnotatedPaperMap()
    {
        const QString notes = m_dir.filePath(QStringLiteral("good.geojson"));
        test::writeFile(notes, R"({"type":"FeatureCollection","features":[{"type":"Feature",
            "properties":{"kind":"text","text":"Narva"},
            "geometry":{"type":"Point","coordinates":[28.19,59.38]}}]})");
        const QString file = m_dir.filePath(QStringLiteral("paper.png"));
        const test::CliRun run =
            runExport({QStringLiteral("-o"), file, QStringLiteral("--paper"), QStringLiteral("A4"),
                       QStringLiteral("--landscape"), QStringLiteral("--dpi"),
                       QStringLiteral("100"), QStringLiteral("--fit"),
                       QStringLiteral("EST,LVA,LTU"), QStringLiteral("--annotations"), notes,
                       QStringLiteral("--scale"), QStringLiteral("110m")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1169, 827)); // 297 x 210 mm at 100 dpi
    }

    // --cite-dataset adds the edition's citation to the footer; by default it is left out, and
    // it needs no sources footer of its own.
    void footerCitesTheDatasetOnRequest()
    {
        const auto svgOf = [&](const QStringList& options) {
            const QString file = m_dir.filePath(QStringLiteral("cite.svg"));
            const test::CliRun run =
                runExport(QStringList{QStringLiteral("-o"), file, QStringLiteral("--scale"),
                                      QStringLiteral("110m")} +
                          options);
            QFile svg(file);
            return run.exitCode == 0 && svg.open(QIODevice::ReadOnly)
                       ? QString::fromUtf8(svg.readAll())
                       : QString();
        };
        const QString edition = QStringLiteral("Data: Flank Atlas posture dataset, edition of ");
        const QString plain = svgOf({});
        QVERIFY(plain.contains(QStringLiteral("Sources: ")));
        QVERIFY(!plain.contains(edition));
        const QString cited = svgOf({QStringLiteral("--cite-dataset")});
        QVERIFY(cited.contains(QStringLiteral("Sources: ")));
        QVERIFY(cited.contains(edition + QStringLiteral("2026-")));
        const QString bare = svgOf({QStringLiteral("--bare"), QStringLiteral("--cite-dataset")});
        QVERIFY(bare.contains(edition));
        QVERIFY(!bare.contains(QStringLiteral("Sources: ")));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_export_cli.moc"
