// Every file the app writes, written where it cannot be: under a regular file (CI runs as
// root, so permissions alone never fail), into a missing folder, and onto a full disk (a device
// that fails after N bytes, or RLIMIT_FSIZE in a child process). Each must fail with a message
// naming the file and leave the old file byte for byte as it was.
#include "failing_device.h"

#include "annotate/annotation_file.h"
#include "core/atomic_file.h"
#include "export/export_options.h"
#include "export/map_exporter.h"
#include "render/atlas_data.h"
#include "story/story_writer.h"
#include "ui/saved_views.h"

#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace flank;

namespace {

const QByteArray kOldBytes = QByteArrayLiteral("the previous good file\n");
constexpr rlim_t kFullDiskBytes = 4096;

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

annotate::AnnotationSet someAnnotations()
{
    annotate::AnnotationSet set;
    for (int i = 0; i < 200; ++i) {
        annotate::Annotation note;
        note.kind = annotate::AnnotationKind::Text;
        note.points = {QPointF(20.0 + i * 0.01, 50.0)};
        note.text = QStringLiteral("note %1 with enough text to fill a few kilobytes").arg(i);
        set.append(note);
    }
    return set;
}

story::Story someStory()
{
    story::Story story;
    story.title = QStringLiteral("Fault injection");
    for (int i = 0; i < 100; ++i) {
        story::StoryStep step;
        step.title = QStringLiteral("Step %1, long enough to need several kilobytes").arg(i);
        step.state.date = QDate(2025, 1, 1).addDays(i);
        story.steps << step;
    }
    return story;
}

// Runs `save` in a forked child whose files may not grow past kFullDiskBytes: the kernel's
// EFBIG is what a full disk looks like to the writer. Returns the child's error message.
template <typename Save> QString saveOnFullDisk(Save save)
{
    int pipeEnds[2];
    if (pipe(pipeEnds) != 0)
        return QStringLiteral("pipe failed");
    const pid_t child = fork();
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{kFullDiskBytes, kFullDiskBytes};
        setrlimit(RLIMIT_FSIZE, &limit);
        const QByteArray message = save().toUtf8();
        [[maybe_unused]] const auto written =
            write(pipeEnds[1], message.constData(), message.size());
        _exit(message.isEmpty() ? 0 : 1);
    }
    close(pipeEnds[1]);
    QByteArray message;
    char buffer[512];
    for (ssize_t n; (n = read(pipeEnds[0], buffer, sizeof buffer)) > 0;)
        message.append(buffer, n);
    close(pipeEnds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status))
        return QStringLiteral("the child crashed");
    return WEXITSTATUS(status) == 0 ? QString() : QString::fromUtf8(message);
}

} // namespace

class FaultInjectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badPlaces_data();
    void badPlaces();
    void exportToFullDevice_data();
    void exportToFullDevice();
    void savesOnFullDisk();
    void savedViewsUnderFaults();
    void bufferedWritesOnFullDisk();
    void appExportOnFullDisk_data();
    void appExportOnFullDisk();

private:
    exporting::ExportResult exportTo(const QString& file, exporting::ExportFormat format);

    QTemporaryDir m_dir;
    render::AtlasData m_data;
    std::unique_ptr<render::MapRenderer> m_renderer;
};

void FaultInjectionTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = render::AtlasData::load();
    QVERIFY(m_data.countries && m_data.countries->isUsable());
    m_renderer = std::make_unique<render::MapRenderer>(m_data.projections);
    writeFile(m_dir.filePath(QStringLiteral("regular.txt")), kOldBytes);
}

exporting::ExportResult FaultInjectionTest::exportTo(const QString& file,
                                                     exporting::ExportFormat format)
{
    exporting::ExportOptions options;
    options.file = file;
    options.format = format;
    options.size = QSize(400, 300);
    const exporting::PreparedExport prepared = exporting::prepareExport(options, m_data);
    if (!prepared.error.isEmpty())
        return {false, prepared.error};
    return exporting::exportMap(*m_renderer, prepared.request);
}

void FaultInjectionTest::badPlaces_data()
{
    QTest::addColumn<QString>("writer");
    QTest::addColumn<QString>("relativePath");
    const QStringList writers{QStringLiteral("png"),  QStringLiteral("svg"),
                              QStringLiteral("pdf"),  QStringLiteral("geotiff"),
                              QStringLiteral("html"), QStringLiteral("annotations"),
                              QStringLiteral("story")};
    for (const QString& writer : writers) {
        QTest::newRow(qPrintable(writer + QStringLiteral(" under a regular file")))
            << writer << QStringLiteral("regular.txt/out.file");
        QTest::newRow(qPrintable(writer + QStringLiteral(" in a missing folder")))
            << writer << QStringLiteral("missing/folder/out.file");
    }
}

void FaultInjectionTest::badPlaces()
{
    QFETCH(QString, writer);
    QFETCH(QString, relativePath);
    const QString path = m_dir.filePath(relativePath);
    QString error;
    if (writer == QLatin1String("annotations"))
        error = annotate::writeAnnotationFile(path, someAnnotations());
    else if (writer == QLatin1String("story"))
        error = story::saveStory(someStory(), path);
    else
        error = exportTo(path, *exporting::formatFromId(writer)).error;
    QVERIFY2(!error.isEmpty(), "the write should have failed");
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(contents(m_dir.filePath(QStringLiteral("regular.txt"))), kOldBytes);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing"))));
}

void FaultInjectionTest::exportToFullDevice_data()
{
    QTest::addColumn<exporting::ExportFormat>("format");
    QTest::addColumn<qint64>("capacity");
    for (const qint64 capacity : {qint64(0), qint64(100), qint64(5000)}) {
        for (const auto format : {exporting::ExportFormat::Png, exporting::ExportFormat::Jpeg,
                                  exporting::ExportFormat::Svg, exporting::ExportFormat::Pdf,
                                  exporting::ExportFormat::GeoTiff, exporting::ExportFormat::Html})
            QTest::addRow("%s after %lld bytes", qPrintable(exporting::formatId(format)),
                          qlonglong(capacity))
                << format << capacity;
    }
}

void FaultInjectionTest::exportToFullDevice()
{
    QFETCH(exporting::ExportFormat, format);
    QFETCH(qint64, capacity);
    exporting::ExportOptions options;
    options.file = m_dir.filePath(QStringLiteral("device.out"));
    options.format = format;
    options.size = QSize(400, 300);
    const exporting::PreparedExport prepared = exporting::prepareExport(options, m_data);
    QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
    FailingDevice device(capacity);
    QVERIFY(device.open(QIODevice::WriteOnly));
    const exporting::ExportResult result =
        exporting::exportToDevice(*m_renderer, prepared.request, device);
    QVERIFY2(!result.ok, "writing to a full device should fail");
    QVERIFY2(!result.error.isEmpty(), "the failure should say why");
}

// Annotation and story saves, and every export format, on a disk that fills up: the old file
// must survive untouched.
void FaultInjectionTest::savesOnFullDisk()
{
    const QString annotations = m_dir.filePath(QStringLiteral("full.geojson"));
    const QString storyFile = m_dir.filePath(QStringLiteral("full.flankstory"));
    writeFile(annotations, kOldBytes);
    writeFile(storyFile, kOldBytes);

    QString error = saveOnFullDisk(
        [&] { return annotate::writeAnnotationFile(annotations, someAnnotations()); });
    QVERIFY2(error.contains(annotations), qPrintable(error));
    QCOMPARE(contents(annotations), kOldBytes);

    error = saveOnFullDisk([&] { return story::saveStory(someStory(), storyFile); });
    QVERIFY2(error.contains(storyFile), qPrintable(error));
    QCOMPARE(contents(storyFile), kOldBytes);

    // Nothing but the two old files is left behind (no stray temporary files).
    QDir dir(m_dir.path());
    QCOMPARE(dir.entryList({QStringLiteral("full*")}, QDir::Files | QDir::Hidden).size(), 2);
}

// Saved views: their own file, written like every other save.
void FaultInjectionTest::savedViewsUnderFaults()
{
    core::MapState baltic;
    baltic.date = QDate(2025, 6, 27);
    baltic.selection = QStringLiteral("LTU");
    const QString viewsFile = m_dir.filePath(QStringLiteral("views/views.json"));
    ui::SavedViews views(viewsFile);
    QCOMPARE(views.save(QStringLiteral("Baltic"), baltic), QString()); // makes the folder
    const QByteArray oldBytes = contents(viewsFile);
    QVERIFY(oldBytes.contains("LTU"));

    // A name long enough to take the file past what the full disk holds.
    const QString longName(6000, QLatin1Char('x'));
    QString error =
        saveOnFullDisk([&] { return ui::SavedViews(viewsFile).save(longName, baltic); });
    QVERIFY2(error.contains(viewsFile), qPrintable(error));
    QCOMPARE(contents(viewsFile), oldBytes);
    QCOMPARE(views.names(), QStringList{QStringLiteral("Baltic")});
    QCOMPARE(views.view(QStringLiteral("Baltic"))->selection, QStringLiteral("LTU"));

    // Under a regular file.
    const QString underFile = m_dir.filePath(QStringLiteral("regular.txt/views.json"));
    error = ui::SavedViews(underFile).save(QStringLiteral("Nowhere"), baltic);
    QVERIFY2(error.contains(underFile), qPrintable(error));
    QCOMPARE(contents(m_dir.filePath(QStringLiteral("regular.txt"))), kOldBytes);

    // A file it cannot read is neither overwritten by a save nor by a delete.
    const QString brokenFile = m_dir.filePath(QStringLiteral("views/broken.json"));
    writeFile(brokenFile, QByteArrayLiteral("{\"format\": \"flankatlas-views\", \"views\": [tru"));
    ui::SavedViews broken(brokenFile);
    QString readError;
    QVERIFY(broken.names(&readError).isEmpty());
    QVERIFY2(readError.contains(brokenFile + QStringLiteral(":1:42: error:")),
             qPrintable(readError));
    error = broken.save(QStringLiteral("Over it"), baltic);
    QVERIFY2(error.contains(brokenFile), qPrintable(error));
    QVERIFY(!broken.remove(QStringLiteral("Baltic")).isEmpty());
    QCOMPARE(contents(brokenFile),
             QByteArrayLiteral("{\"format\": \"flankatlas-views\", \"views\": [tru"));

    // Nothing is left behind beside the files themselves.
    QCOMPARE(
        QDir(m_dir.filePath(QStringLiteral("views"))).entryList(QDir::Files | QDir::Hidden).size(),
        2);
}

// Many small writes stay in QSaveFile's buffer until the commit; a full disk met while that
// buffer is flushed must still fail the save (QSaveFile::commit alone misses it).
void FaultInjectionTest::bufferedWritesOnFullDisk()
{
    const QString path = m_dir.filePath(QStringLiteral("buffered.txt"));
    writeFile(path, kOldBytes);
    const QString error = saveOnFullDisk([&] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        const QByteArray line(100, 'y');
        for (int i = 0; i < 120; ++i)
            file.write(line);
        const QString reason = core::commitAtomically(file);
        return reason.isEmpty() ? QString() : path + QStringLiteral(": ") + reason;
    });
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(contents(path), kOldBytes);
}

void FaultInjectionTest::appExportOnFullDisk_data()
{
    QTest::addColumn<QString>("fileName");
    for (const char* name : {"full.png", "full.jpg", "full.svg", "full.pdf", "full.tif"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// The real `flankatlas export` in a child whose files cannot grow past a few kilobytes.
void FaultInjectionTest::appExportOnFullDisk()
{
    QFETCH(QString, fileName);
    const QString path = m_dir.filePath(fileName);
    writeFile(path, kOldBytes);
    QProcess app;
    app.setChildProcessModifier([] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{kFullDiskBytes, kFullDiskBytes};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    app.start(QStringLiteral(FLANK_BUILD_DIR "/app/flankatlas"),
              {QStringLiteral("export"), QStringLiteral("-o"), path, QStringLiteral("--size"),
               QStringLiteral("800x600")});
    QVERIFY2(app.waitForFinished(120'000), qPrintable(app.errorString()));
    const QString stderrText = QString::fromLocal8Bit(app.readAllStandardError());
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() != 0, "the export should have failed");
    QVERIFY2(stderrText.contains(path), qPrintable(stderrText));
    QCOMPARE(contents(path), kOldBytes);
}

QTEST_MAIN(FaultInjectionTest)
#include "tst_fault_injection.moc"
