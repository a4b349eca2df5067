// Without its module, a video is refused with a message naming where the module was looked for.
#include "export/video_encoder.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace flank::exporting;

class TestVideoModuleMissing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_empty;

private slots:
    void initTestCase()
    {
        // Read once per process, at the first video: this test's folder has no module.
        qputenv("FLANKATLAS_MODULE_DIR", QFile::encodeName(m_empty.path()));
    }

    void refusalNamesTheModule()
    {
        const QString file = m_empty.filePath(QStringLiteral("clip.webm"));
        VideoSettings settings;
        settings.format = VideoFormat::WebM;
        settings.size = QSize(640, 360);
        VideoEncoder encoder;
        const QString error = encoder.open(file, settings);
        QVERIFY2(error.startsWith(file + QStringLiteral(": video encoding is not available")),
                 qPrintable(error));
        QVERIFY2(error.contains(m_empty.path() + QStringLiteral("/flankatlas_ffmpeg.so")),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(encoder.addFrame(QImage(settings.size, QImage::Format_RGB32)),
                 QStringLiteral("the video is not open"));
    }
};

QTEST_MAIN(TestVideoModuleMissing)
#include "tst_video_module_missing.moc"
