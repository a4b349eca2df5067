#include "cli_run.h"
#include "export_test_support.h"

#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace flank;
using test::runExport;

namespace {

const QStringList kQuick{QStringLiteral("--scale"), QStringLiteral("110m")};

QStringList comparing(const QString& option, const QString& dates)
{
    return QStringList{option, dates} + kQuick;
}

} // namespace

// `flankatlas export --compare`, `--multiples` and `--compare-treaties`: what they refuse and
// what they write.
class TestCompareCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void refusesBadComparisons_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString compare = QStringLiteral("--compare");
        const QString multiples = QStringLiteral("--multiples");
        QStringList thirteen;
        for (int month = 1; month <= 12; ++month)
            thirteen << QDate(2025, month, 1).toString(Qt::ISODate);
        thirteen << QStringLiteral("2026-01-01");
        QTest::newRow("one date to compare")
            << comparing(compare, QStringLiteral("2025-01-01"))
            << QStringLiteral("--compare: give two dates, D1,D2 (got 1)");
        QTest::newRow("thirteen multiples")
            << comparing(multiples, thirteen.join(QLatin1Char(',')))
            << QStringLiteral("--multiples: give from 2 to 12 dates (got 13)");
        QTest::newRow("one multiple") << comparing(multiples, QStringLiteral("2025-01-01"))
                                      << QStringLiteral("--multiples: give from 2 to 12 dates");
        QTest::newRow("bad date") << comparing(compare, QStringLiteral("2025-01-01,2025-13-01"))
                                  << QStringLiteral(
                                         "--compare: '2025-13-01' is not a date (YYYY-MM-DD)");
        QTest::newRow("bad yearly") << comparing(multiples, QStringLiteral("yearly:2026-2024"))
                                    << QStringLiteral("--multiples: 'yearly:2026-2024' is not");
        QTest::newRow("no columns")
            << comparing(multiples, QStringLiteral("2024-01-01,2025-01-01")) +
                   QStringList{QStringLiteral("--columns"), QStringLiteral("0")}
            << QStringLiteral("--columns: '0' is not a number of columns from 1 to 12");
        QTest::newRow("columns alone")
            << QStringList{QStringLiteral("--columns"), QStringLiteral("2")}
            << QStringLiteral("--columns: only with --multiples");
        QTest::newRow("two comparisons")
            << comparing(compare, QStringLiteral("2025-01-01,2026-01-01")) +
                   QStringList{QStringLiteral("--compare-treaties")}
            << QStringLiteral("cannot be used together");
        QTest::newRow("date and dates")
            << comparing(compare, QStringLiteral("2025-01-01,2026-01-01")) +
                   QStringList{QStringLiteral("--date"), QStringLiteral("2025-01-01")}
            << QStringLiteral("--compare: the maps' dates are in its list; leave out --date");
        QTest::newRow("treaty and treaties")
            << QStringList{QStringLiteral("--compare-treaties"), QStringLiteral("--treaty"),
                           QStringLiteral("ccm")}
            << QStringLiteral("--compare-treaties: the maps are Ottawa and CCM");
        QTest::newRow("GeoTIFF") << comparing(compare, QStringLiteral("2025-01-01,2026-01-01")) +
                                        QStringList{QStringLiteral("--format"),
                                                    QStringLiteral("geotiff")}
                                 << QStringLiteral("--compare: a GeoTIFF holds one map in place");
    }

    void refusesBadComparisons()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString refused =
            test::refusal(m_dir.filePath(QStringLiteral("old.png")), arguments, message);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }

    // Every format but GeoTIFF takes a side-by-side picture.
    void writesEveryFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("PNG") << QStringLiteral("compare.png");
        QTest::newRow("JPEG") << QStringLiteral("compare.jpg");
        QTest::newRow("SVG") << QStringLiteral("compare.svg");
        QTest::newRow("PDF") << QStringLiteral("compare.pdf");
    }

    void writesEveryFormat()
    {
        QFETCH(QString, name);
        const QString file = m_dir.filePath(name);
        const test::CliRun run = runExport(
            QStringList{QStringLiteral("-o"), file, QStringLiteral("--size"),
                        QStringLiteral("640x360")} +
            comparing(QStringLiteral("--compare"), QStringLiteral("2025-01-01,2026-03-01")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QByteArray bytes = test::readAll(file);
        QVERIFY(bytes.size() > 4000);
        if (name.endsWith(QLatin1String(".svg"))) {
            QSvgRenderer svg(bytes);
            QVERIFY(svg.isValid());
            QCOMPARE(svg.viewBoxF().size(), QSizeF(640, 360));
            QVERIFY(bytes.contains("1 January 2025"));
            QVERIFY(bytes.contains("1 March 2026"));
        } else if (name.endsWith(QLatin1String(".pdf"))) {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        } else {
            QCOMPARE(QImage(file).size(), QSize(640, 360));
        }
    }

    // A grid on paper, bare but for a title, and the treaties side by side.
    void writesGridsAndTreaties()
    {
        const QString grid = m_dir.filePath(QStringLiteral("grid.png"));
        test::CliRun run = runExport(
            QStringList{QStringLiteral("-o"), grid, QStringLiteral("--paper"), QStringLiteral("A4"),
                        QStringLiteral("--dpi"), QStringLiteral("50"), QStringLiteral("--bare"),
                        QStringLiteral("--title"), QStringLiteral("Three years"),
                        QStringLiteral("--columns"), QStringLiteral("1")} +
            comparing(QStringLiteral("--multiples"), QStringLiteral("yearly:2024-2026")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QCOMPARE(QImage(grid).size(), QSize(413, 585)); // 210 x 297 mm at 50 dpi

        const QString treaties = m_dir.filePath(QStringLiteral("treaties.pdf"));
        run = runExport(QStringList{QStringLiteral("-o"), treaties, QStringLiteral("--date"),
                                    QStringLiteral("2026-03-01"),
                                    QStringLiteral("--compare-treaties")} +
                        kQuick);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY(test::readAll(treaties).startsWith("%PDF-"));
    }
};

QTEST_GUILESS_MAIN(TestCompareCli)
#include "tst_compare_cli.moc"
