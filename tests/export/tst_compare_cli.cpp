#include "cli_run.h"
#include "export_test_support.h"

#include "geo/projection_cache.h"
#include "posture/status.h"
#include "render/map_style.h"

#include <QDir>
#include <QHash>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>

using namespace flank;
using test::runExport;

namespace {

const QStringList kQuick{QStringLiteral("--scale"), QStringLiteral("110m")};

QStringList comparing(const QString& option, const QString& dates)
{
    return QStringList{option, dates} + kQuick;
}

// A GeoTIFF as GDAL reads it: its size, its place and the color of a spot on it.
struct GeoTiff
{
    QSize size;
    double transform[6] = {};
    bool placed = false; // a geotransform and a projection
    QRgb polandFill = 0;
};

QColor fillOf(posture::Status status)
{
    return render::MapStyle::forTheme(core::Theme::Light).statusStyle(status).fill;
}

// Poland's interior point in the map's CRS (the default): the centre of its box, which the
// test checks is inside it.
QPointF polandPoint()
{
    const auto layer = test::atlasData().projections->layer(
        QString::fromLatin1(core::MapState::kDefaultCrs), geo::Scale::Coarse110m);
    for (const geo::ProjectedFeature* feature : layer->featuresWithKey(QStringLiteral("POL")))
        if (!feature->source->occupied && feature->contains(feature->bounds.center()))
            return feature->bounds.center();
    return {};
}

// The color that fills most of a small square about Poland's interior point: the state's
// fill, whatever name is written over it.
GeoTiff readGeoTiff(const QString& file)
{
    GeoTiff tiff;
    GDALDatasetH dataset = GDALOpen(QFile::encodeName(file).constData(), GA_ReadOnly);
    if (!dataset)
        return tiff;
    tiff.size = QSize(GDALGetRasterXSize(dataset), GDALGetRasterYSize(dataset));
    tiff.placed = GDALGetGeoTransform(dataset, tiff.transform) == CE_None &&
                  qstrlen(GDALGetProjectionRef(dataset)) > 0;
    const QPointF poland = polandPoint();
    const int column = int((poland.x() - tiff.transform[0]) / tiff.transform[1]);
    const int row = int((poland.y() - tiff.transform[3]) / tiff.transform[5]);
    constexpr int kSide = 15;
    QList<GByte> rgb(kSide * kSide * 3);
    int bands[] = {1, 2, 3};
    if (GDALDatasetRasterIO(dataset, GF_Read, column - kSide / 2, row - kSide / 2, kSide, kSide,
                            rgb.data(), kSide, kSide, GDT_Byte, 3, bands, 3, kSide * 3,
                            1) == CE_None) {
        QHash<QRgb, int> counts;
        for (qsizetype i = 0; i < rgb.size(); i += 3)
            ++counts[qRgb(rgb[i], rgb[i + 1], rgb[i + 2])];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > counts.value(tiff.polandFill))
                tiff.polandFill = it.key();
    }
    GDALClose(dataset);
    return tiff;
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
    }

    void refusesBadComparisons()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString refused =
            test::refusal(m_dir.filePath(QStringLiteral("old.png")), arguments, message);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }

    // Every format but GeoTIFF takes a side-by-side picture; GeoTIFF is one file per map.
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

    // One GeoTIFF per date, each the whole requested size and placed on the ground, and each
    // what a single-map export of its date writes.
    void writesOneGeoTiffPerDate()
    {
        GDALAllRegister();
        QVERIFY(!polandPoint().isNull());
        const QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cmp.tif"));
        // Poland in the middle, clear of the legend, the stamp and the footer.
        const QStringList view{QStringLiteral("--size"), QStringLiteral("640x480"),
                               QStringLiteral("--fit"), QStringLiteral("POL")};
        const test::CliRun run = runExport(
            QStringList{QStringLiteral("-o"), file} + view +
            comparing(QStringLiteral("--compare"), QStringLiteral("2025-01-01,2026-03-01")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QString before = dir.filePath(QStringLiteral("cmp-2025-01-01.tif"));
        const QString after = dir.filePath(QStringLiteral("cmp-2026-03-01.tif"));
        QCOMPARE(run.output, QStringLiteral("wrote %1\nwrote %2\n").arg(before, after));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("cmp-2025-01-01.tif"),
                              QStringLiteral("cmp-2026-03-01.tif")}));

        const GeoTiff first = readGeoTiff(before), second = readGeoTiff(after);
        for (const GeoTiff& tiff : {first, second}) {
            QCOMPARE(tiff.size, QSize(640, 480));
            QVERIFY(tiff.placed);
        }
        for (int i = 0; i < 6; ++i)
            QCOMPARE(first.transform[i], second.transform[i]);
        // Poland left the Ottawa Convention on 20 February 2026: a party, then withdrawn.
        QVERIFY(first.polandFill != second.polandFill);
        QCOMPARE(QColor(first.polandFill), fillOf(posture::Status::Party));
        QCOMPARE(QColor(second.polandFill), fillOf(posture::Status::Withdrawn));

        const QString single = dir.filePath(QStringLiteral("single.tif"));
        const test::CliRun alone =
            runExport(QStringList{QStringLiteral("-o"), single, QStringLiteral("--date"),
                                  QStringLiteral("2025-01-01")} +
                      view + kQuick);
        QVERIFY2(alone.exitCode == 0, qPrintable(alone.errors));
        QVERIFY(alone.output.isEmpty()); // one map under its own name: nothing to tell
        QCOMPARE(test::readAll(before), test::readAll(single));
    }

    void writesOneGeoTiffPerTreaty()
    {
        const QTemporaryDir dir;
        const test::CliRun run = runExport(
            QStringList{QStringLiteral("-o"), dir.filePath(QStringLiteral("treaties.tiff")),
                        QStringLiteral("--size"), QStringLiteral("320x240"),
                        QStringLiteral("--date"), QStringLiteral("2026-03-01"),
                        QStringLiteral("--compare-treaties")} +
            kQuick);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("treaties-ccm.tiff"),
                              QStringLiteral("treaties-ottawa.tiff")}));
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files)) {
            const GeoTiff tiff = readGeoTiff(dir.filePath(name));
            QCOMPARE(tiff.size, QSize(320, 240));
            QVERIFY(tiff.placed);
        }
    }

    // A map that cannot be written, the first or a later one, leaves no new file and the old
    // ones as they were.
    void failedGeoTiffsLeaveNoFile()
    {
        const QTemporaryDir dir;
        const QStringList arguments =
            QStringList{QStringLiteral("--size"), QStringLiteral("320x240")} +
            comparing(QStringLiteral("--multiples"), QStringLiteral("yearly:2024-2026"));
        // Tests may run as root, who may write anywhere: a folder that is really a file.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        test::writeFile(blocker, "not a folder");
        test::CliRun run = runExport(
            QStringList{QStringLiteral("-o"), blocker + QStringLiteral("/grid.tif")} + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(QStringLiteral("is not a folder")), qPrintable(run.errors));
        QVERIFY(run.output.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("blocker")});

        // The first map is written, the second's name is taken by a folder.
        const QByteArray old = "an older export";
        test::writeFile(dir.filePath(QStringLiteral("grid-2024-01-01.tif")), old);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("grid-2025-01-01.tif")));
        run =
            runExport(QStringList{QStringLiteral("-o"), dir.filePath(QStringLiteral("grid.tif"))} +
                      arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(QStringLiteral("grid-2025-01-01.tif")),
                 qPrintable(run.errors));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("blocker"), QStringLiteral("grid-2024-01-01.tif"),
                              QStringLiteral("grid-2025-01-01.tif")}));
        QCOMPARE(test::readAll(dir.filePath(QStringLiteral("grid-2024-01-01.tif"))), old);
    }
};

QTEST_MAIN(TestCompareCli) // the status fills come with the map style, which needs fonts
#include "tst_compare_cli.moc"
