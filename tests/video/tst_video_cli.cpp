#include "cli_run.h"
#include "export_test_support.h"
#include "video_probe.h"

#include "export/export_options.h"
#include "render/frame_builder.h"
#include "render/legend_clearance.h"
#include "render/map_style.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace flank;
using test::runExport;

namespace {

const QStringList kClip{
    QStringLiteral("--animate"), QStringLiteral("--from"),     QStringLiteral("2025-12-01"),
    QStringLiteral("--to"),      QStringLiteral("2026-03-01"), QStringLiteral("--size"),
    QStringLiteral("640x360"),   QStringLiteral("--duration"), QStringLiteral("2"),
    QStringLiteral("--fps"),     QStringLiteral("20")};
constexpr int kFrames = 40;

bool near(const QColor& a, const QColor& b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// How many pixels of two pictures differ plainly (by more than compression blurs them).
int changedPixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size() || a.isNull())
        return -1;
    int changed = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            changed += near(a.pixelColor(x, y), b.pixelColor(x, y), 48) ? 0 : 1;
    return changed;
}

// Points well inside Finland, in the pixels of the clip's 640x360 frames.
QList<QPoint> finlandPixels()
{
    // The clip's view: the flank moved clear of the legend of the clip's last day.
    core::MapState state = exporting::ExportOptions::defaultState();
    state.date = QDate(2026, 3, 1);
    const render::AtlasData& data = test::atlasData();
    render::MapFrame frame =
        render::buildFrame(state, data.dataset, *data.projections, QSizeF(640, 360));
    frame.state.extent = render::extentClearOfLegend(frame);
    render::resolveView(frame, *data.projections);
    const auto projector = data.projections->projectorFor(state.crs);
    QList<QPoint> points;
    for (const QPointF lonLat : {QPointF(25.5, 62.5), QPointF(27.5, 63.5), QPointF(24.5, 61.6),
                                 QPointF(27.0, 65.5), QPointF(29.0, 62.8)})
        points << frame.view.transform.mapToDevice().map(*projector->forward(lonLat)).toPoint();
    return points;
}

} // namespace

class TestVideoCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeClip(const QString& name, const QStringList& extra = {})
    {
        const QString file = m_dir.filePath(name);
        const test::CliRun run = runExport(kClip + extra + QStringList{QStringLiteral("-o"), file});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.errors));
        return run.exitCode == 0 ? file : QString();
    }

private slots:
    void writesEachFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QString>("pixelFormat");
        QTest::newRow("mp4") << "clip.mp4"
                             << "h264"
                             << "yuv420p";
        QTest::newRow("webm") << "clip.webm"
                              << "vp9"
                              << "yuv420p";
        QTest::newRow("gif") << "clip.gif"
                             << "gif"
                             << "";
    }
    void writesEachFormat()
    {
        QFETCH(QString, name);
        QFETCH(QString, codec);
        QFETCH(QString, pixelFormat);
        const QString file = writeClip(name);
        QVERIFY(!file.isEmpty());
        const test::VideoProbe probe = test::probeVideo(file);
        QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
        QCOMPARE(probe.stream.value(QStringLiteral("codec_name")).toString(), codec);
        QCOMPARE(probe.stream.value(QStringLiteral("width")).toInt(), 640);
        QCOMPARE(probe.stream.value(QStringLiteral("height")).toInt(), 360);
        if (!pixelFormat.isEmpty())
            QCOMPARE(probe.stream.value(QStringLiteral("pix_fmt")).toString(), pixelFormat);
        QVERIFY2(std::abs(probe.frames - kFrames) <= 1, qPrintable(QString::number(probe.frames)));
        QVERIFY2(std::abs(probe.duration - 2.0) <= 0.1,
                 qPrintable(QString::number(probe.duration)));
        // Nothing of the temporary file is left beside it.
        QCOMPARE(
            QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden),
            QStringList());
    }

    // +faststart: the index comes before the media, so a player starts before the download ends.
    void mp4IndexComesFirst()
    {
        const QString file = writeClip(QStringLiteral("start.mp4"));
        QVERIFY(!file.isEmpty());
        const QStringList boxes = test::topLevelBoxes(file);
        QVERIFY2(boxes.contains(QStringLiteral("moov")) && boxes.contains(QStringLiteral("mdat")),
                 qPrintable(boxes.join(QLatin1Char(','))));
        QVERIFY2(boxes.indexOf(QStringLiteral("moov")) < boxes.indexOf(QStringLiteral("mdat")),
                 qPrintable(boxes.join(QLatin1Char(','))));
    }

    // Finland's withdrawal from the Ottawa Convention took effect on 10 January 2026: a frame
    // of late February shows it withdrawn, the first frame (1 December 2025) does not.
    void framesFollowTheDate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tolerance");
        QTest::newRow("mp4") << "colors.mp4" << 12;
        QTest::newRow("gif") << "colors.gif" << 6;
    }
    void framesFollowTheDate()
    {
        QFETCH(QString, name);
        QFETCH(int, tolerance);
        const QString file = writeClip(name);
        QVERIFY(!file.isEmpty());
        const QImage first = test::decodeFrame(file, 0);
        const QImage late = test::decodeFrame(file, kFrames - 2); // 26 February 2026
        QCOMPARE(late.size(), QSize(640, 360));
        QCOMPARE(first.size(), QSize(640, 360));
        const render::AtlasData& data = test::atlasData();
        QCOMPARE(data.dataset
                     .statusOn(QStringLiteral("FIN"), QStringLiteral("ottawa"), QDate(2026, 2, 26))
                     .status,
                 posture::Status::Withdrawn);
        const QColor withdrawn = render::MapStyle::forTheme(core::Theme::Light)
                                     .statusStyle(posture::Status::Withdrawn)
                                     .fill;
        int matches = 0;
        for (const QPoint& at : finlandPixels()) {
            QVERIFY(late.rect().contains(at));
            if (near(late.pixelColor(at), withdrawn, tolerance)) {
                ++matches;
                QVERIFY2(!near(first.pixelColor(at), withdrawn, 3 * tolerance),
                         qPrintable(first.pixelColor(at).name()));
            }
        }
        QVERIFY2(matches >= 3, qPrintable(QString::number(matches))); // a name may cover one
    }

    void refusalsKeepTheOldFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList dates{QStringLiteral("--animate"), QStringLiteral("--from"),
                                QStringLiteral("2025-12-01"), QStringLiteral("--to"),
                                QStringLiteral("2026-03-01")};
        QTest::newRow("fps 0") << "old.mp4" << dates + QStringList{"--fps", "0"}
                               << "--fps: '0' is not from 1 to 60";
        QTest::newRow("from after to")
            << "old.mp4" << QStringList{"--animate", "--from", "2026-03-01", "--to", "2025-12-01"}
            << "--from: 2026-03-01 is not before --to 2025-12-01";
        QTest::newRow("unknown extension")
            << "old.avi" << dates << "-o: '%1' does not end in .mp4, .webm or .gif";
        QTest::newRow("too small") << "old.mp4" << dates + QStringList{"--size", "320x240"}
                                   << "--size: 320x240 is not from 640x360 to 3840x2160";
        QTest::newRow("too large") << "old.webm" << dates + QStringList{"--size", "7680x4320"}
                                   << "--size: 7680x4320 is not from 640x360 to 3840x2160";
        QTest::newRow("odd side") << "old.mp4" << dates + QStringList{"--size", "641x360"}
                                  << "--size: 641x360 has an odd side";
        QTest::newRow("no to") << "old.gif" << QStringList{"--animate", "--from", "2025-12-01"}
                               << "--to: --animate needs the clip's last day";
        QTest::newRow("both paces")
            << "old.mp4" << dates + QStringList{"--duration", "3", "--per-event", "1"}
            << "--per-event: give it or --duration, not both";
        QTest::newRow("paper") << "old.mp4" << dates + QStringList{"--paper", "A4"}
                               << "--paper: a video is sized in pixels";
    }
    void refusalsKeepTheOldFile()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(name);
        const QString refused = test::refusal(
            file, arguments, message.contains(QLatin1String("%1")) ? message.arg(file) : message);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }

    // A story's video holds each step for its own seconds: with transitions off, 1 s and 2 s
    // at 10 frames per second are 30 frames.
    void storyHoldsEachStepForItsSeconds()
    {
        const QString storyFile = m_dir.filePath(QStringLiteral("two.flankstory"));
        const QByteArray story = R"({"format": "flank-story", "formatVersion": 1,
            "title": "Two steps", "transitions": false, "steps": [
            {"title": "Before", "seconds": 1, "view": {"date": "2025-12-01"}},
            {"title": "After", "seconds": 2, "view": {"date": "2026-02-01"}}]})";
        test::writeFile(storyFile, story);
        const QString file = m_dir.filePath(QStringLiteral("story.mp4"));
        const test::CliRun run =
            runExport({QStringLiteral("--story"), storyFile, QStringLiteral("--size"),
                       QStringLiteral("640x360"), QStringLiteral("--fps"), QStringLiteral("10"),
                       QStringLiteral("-o"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const test::VideoProbe probe = test::probeVideo(file);
        QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
        QCOMPARE(probe.stream.value(QStringLiteral("codec_name")).toString(),
                 QStringLiteral("h264"));
        QCOMPARE(probe.frames, 30);
        QVERIFY2(std::abs(probe.duration - 3.0) <= 0.1,
                 qPrintable(QString::number(probe.duration)));
        // Each step's slide shows for its own frames.
        const QImage before = test::decodeFrame(file, 5);
        const QImage after = test::decodeFrame(file, 25);
        QCOMPARE(before.size(), QSize(640, 360));
        const int changed = changedPixels(before, after);
        QVERIFY2(changed > 1000, qPrintable(QString::number(changed))); // Finland at least
        const int sameBefore = changedPixels(test::decodeFrame(file, 0), before);
        const int sameAfter = changedPixels(test::decodeFrame(file, 10), after);
        QVERIFY2(sameBefore >= 0 && sameBefore < changed / 20,
                 qPrintable(QString::number(sameBefore)));
        QVERIFY2(sameAfter >= 0 && sameAfter < changed / 20,
                 qPrintable(QString::number(sameAfter)));
    }

    void storyVideoRefusesBadRequests()
    {
        const QString story =
            QStringLiteral(FLANK_SOURCE_DIR "/resources/stories/eastern-flank-2025.flankstory");
        QString refused = test::refusal(
            m_dir.filePath(QStringLiteral("deck.mp4")),
            {QStringLiteral("--story"), story, QStringLiteral("--fps"), QStringLiteral("0")},
            QStringLiteral("--fps: '0' is not from 1 to 60"));
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        refused = test::refusal(
            m_dir.filePath(QStringLiteral("deck.gif")),
            {QStringLiteral("--story"), story, QStringLiteral("--size"), QStringLiteral("320x240")},
            QStringLiteral("--size: 320x240 is not from 640x360"));
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }

    void unwritableFolderLeavesNoFile()
    {
        QTemporaryDir locked;
        QString folder = locked.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        if (geteuid() == 0)
            folder = QStringLiteral("/proc"); // permissions do not stop root; /proc does
        const QString file = QDir(folder).filePath(QStringLiteral("clip.mp4"));
        const test::CliRun run = runExport(kClip + QStringList{QStringLiteral("-o"), file});
        QVERIFY2(run.exitCode != 0, qPrintable(run.errors));
        QVERIFY2(run.errors.contains(QStringLiteral("cannot write in the folder")) ||
                     run.errors.contains(QStringLiteral("cannot be written")),
                 qPrintable(run.errors));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(folder).entryList({QStringLiteral(".clip.mp4*")}, QDir::Files | QDir::Hidden),
                 QStringList());
        QFile::setPermissions(locked.filePath(QStringLiteral("locked")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_MAIN(TestVideoCli)
#include "tst_video_cli.moc"
