#include "failing_device.h"

#include "export_test_support.h"

#include "export/map_exporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace flank;

namespace {

const QByteArray kOld = "the previous export";

} // namespace

class TestExportFailures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    exporting::ExportRequest request(const QString& file)
    {
        const exporting::PreparedExport prepared =
            exporting::prepareExport(test::balticOptions(file), test::atlasData());
        if (!prepared.error.isEmpty())
            qFatal("%s", qPrintable(prepared.error));
        return prepared.request;
    }

private slots:
    void refusesAbsurdRequests_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<QString>("crs");
        QTest::addColumn<QRectF>("extent");
        QTest::addColumn<QString>("message");
        const QRectF none;
        QTest::newRow("huge") << QSize(100000, 100000) << 0.0 << "EPSG:3035" << none
                              << "each side must be from 1 to 20000";
        QTest::newRow("dpi 5000") << QSize(800, 600) << 5000.0 << "EPSG:3035" << none
                                  << "--dpi must be from 24 to 1200";
        QTest::newRow("unknown CRS") << QSize(800, 600) << 0.0 << "EPSG:999999" << none
                                     << "--crs: 'EPSG:999999' is not a known CRS";
        QTest::newRow("zero extent") << QSize(800, 600) << 0.0 << "EPSG:3035"
                                     << QRectF(4e6, 3e6, 0, 1e5) << "the area has zero size";
    }

    void refusesAbsurdRequests()
    {
        QFETCH(QSize, size);
        QFETCH(double, dpi);
        QFETCH(QString, crs);
        QFETCH(QRectF, extent);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(QStringLiteral("refused.png"));
        test::writeFile(file, kOld);
        exporting::ExportOptions options = test::balticOptions(file);
        options.fit.clear();
        options.size = size;
        options.dpi = dpi;
        options.state.crs = crs;
        options.state.extent = extent;
        const QString error = exporting::checkOptions(options);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(exporting::prepareExport(options, test::atlasData()).error, error);
        QCOMPARE(test::readAll(file), kOld);
    }

    void refusesAZeroDpiFrame()
    {
        exporting::ExportRequest zero = request(m_dir.filePath(QStringLiteral("zero.png")));
        zero.frame.dpi = 0;
        render::MapRenderer renderer(test::atlasData().projections);
        const exporting::ExportResult result = exporting::exportMap(renderer, zero);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("from 24 to 1200 dpi")),
                 qPrintable(result.error));
        QVERIFY(!QFile::exists(zero.file));
    }

    void failingTargetsKeepOldFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        // Tests may run as root, who may write anywhere: a folder that is really a file
        // cannot be written by anyone.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        test::writeFile(blocker, kOld);
        for (const char* extension : {"png", "jpg", "svg", "pdf", "tif"}) {
            QTest::addRow("under a file, %s", extension)
                << blocker + QStringLiteral("/map.") + QLatin1String(extension)
                << QStringLiteral("is not a folder");
            QTest::addRow("missing folder, %s", extension)
                << m_dir.filePath(QStringLiteral("missing/map.")) + QLatin1String(extension)
                << QStringLiteral("does not exist");
        }
    }

    void failingTargetsKeepOldFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        render::MapRenderer renderer(test::atlasData().projections);
        const exporting::ExportResult result = exporting::exportMap(renderer, request(file));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(file) && result.error.contains(message),
                 qPrintable(result.error));
        QCOMPARE(test::readAll(blocker), kOld);
    }

    void fullDiskFailsEveryFormat_data()
    {
        QTest::addColumn<QString>("extension");
        for (const char* extension : {"png", "jpg", "svg", "pdf", "tif"})
            QTest::newRow(extension) << QString::fromLatin1(extension);
    }

    void fullDiskFailsEveryFormat()
    {
        QFETCH(QString, extension);
        const QString file = m_dir.filePath(QStringLiteral("full.") + extension);
        render::MapRenderer renderer(test::atlasData().projections);
        FailingDevice device(4096);
        QVERIFY(device.open(QIODevice::WriteOnly));
        const exporting::ExportResult result =
            exporting::exportToDevice(renderer, request(file), device);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(file), qPrintable(result.error));
    }

    void successReplacesTheOldFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("replace.svg"));
        test::writeFile(file, kOld);
        render::MapRenderer renderer(test::atlasData().projections);
        const exporting::ExportResult result = exporting::exportMap(renderer, request(file));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(test::readAll(file).contains("<svg"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("replace.svg*")}, QDir::Files).size(),
                 1);
    }
};

QTEST_MAIN(TestExportFailures)
#include "tst_export_failures.moc"
