// The video module is loaded by the first video, not by every process that links the exporter.
#include "export/video_encoder.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace flank::exporting;

namespace {

bool codecLibrariesMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    return maps.readAll().contains("libavcodec");
}

} // namespace

class TestVideoModule : public QObject
{
    Q_OBJECT

private slots:
    void codecLibrariesWaitForAVideo()
    {
        QVERIFY(!codecLibrariesMapped());
        VideoEncoder idle; // an encoder that opens nothing loads nothing
        QVERIFY(!codecLibrariesMapped());
    }

    void firstVideoLoadsTheModule()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("clip.mp4"));
        VideoSettings settings;
        settings.size = QSize(640, 360);
        settings.fps = 10;
        VideoEncoder encoder;
        QCOMPARE(encoder.open(file, settings), QString());
        QVERIFY(codecLibrariesMapped());
        QImage frame(settings.size, QImage::Format_RGB32);
        for (int i = 0; i < 5; ++i) {
            frame.fill(QColor::fromHsv(i * 60, 200, 200));
            QCOMPARE(encoder.addFrame(frame), QString());
        }
        QCOMPARE(encoder.finish(), QString());
        QVERIFY(QFileInfo(file).size() > 0);
    }

    void wrongSizeIsRefusedBeforeTheModule()
    {
        VideoSettings settings;
        settings.size = QSize(641, 360);
        VideoEncoder encoder;
        const QString error = encoder.open(QStringLiteral("odd.mp4"), settings);
        QVERIFY2(error.startsWith(QStringLiteral("odd.mp4: ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("--size")), qPrintable(error));
    }
};

QTEST_MAIN(TestVideoModule)
#include "tst_video_module.moc"
