// A long session through the objects the window uses: 1,000 timeline steps and 1,000
// selections, each drawn by the renderer as the canvas would, and 100 exports. Resident memory
// after a warm-up may not grow by more than 10 %; the figures are printed for the record.
#include "export/export_options.h"
#include "export/map_exporter.h"
#include "render/frame_builder.h"
#include "render/map_renderer.h"
#include "ui/map_session.h"

#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace flank;

namespace {

constexpr int kTimelineSteps = 1000;
constexpr int kSelections = 1000;
constexpr int kExports = 100;
constexpr int kWarmUpRounds = 50;
const QSizeF kCanvasSize(320, 240);

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

} // namespace

class LongSessionMemoryTest : public QObject
{
    Q_OBJECT

private slots:
    void memoryStaysFlat();

private:
    void draw();
    void stepDates(int count);
    void select(int count);
    void exportMaps(int count);

    std::unique_ptr<ui::MapSession> m_session;
    std::unique_ptr<render::MapRenderer> m_renderer;
    QTemporaryDir m_dir;
    QStringList m_states;
    int m_frames = 0;
};

void LongSessionMemoryTest::draw()
{
    QImage image(kCanvasSize.toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    m_renderer->paint(painter, render::buildFrame(m_session->state(), m_session->dataset(),
                                                  *m_session->data().projections, kCanvasSize));
    ++m_frames;
}

void LongSessionMemoryTest::stepDates(int count)
{
    const QDate first(1997, 12, 3);
    for (int i = 0; i < count; ++i) {
        m_session->setDate(first.addDays((i * 11) % 10'500));
        draw();
    }
}

void LongSessionMemoryTest::select(int count)
{
    for (int i = 0; i < count; ++i) {
        m_session->setSelection(m_states.at(i % m_states.size()));
        draw();
    }
}

void LongSessionMemoryTest::exportMaps(int count)
{
    static const char* const kFormats[] = {"png", "svg", "pdf", "tif"};
    for (int i = 0; i < count; ++i) {
        exporting::ExportOptions options;
        options.file = m_dir.filePath(QStringLiteral("map.%1").arg(kFormats[i % 4]));
        options.size = QSize(400, 300);
        options.state = m_session->state();
        const exporting::PreparedExport prepared =
            exporting::prepareExport(options, m_session->data());
        QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
        const exporting::ExportResult result = exporting::exportMap(*m_renderer, prepared.request);
        QVERIFY2(result.ok, qPrintable(result.error));
    }
}

void LongSessionMemoryTest::memoryStaysFlat()
{
    QVERIFY(m_dir.isValid());
    m_session = std::make_unique<ui::MapSession>(render::AtlasData::load());
    QVERIFY(!m_session->dataset().states().isEmpty());
    m_renderer = std::make_unique<render::MapRenderer>(m_session->data().projections);
    for (const auto& state : m_session->dataset().states())
        m_states << state.iso3;

    // Warm-up: fonts, path caches and the exporters' first allocations.
    stepDates(kWarmUpRounds);
    select(kWarmUpRounds);
    exportMaps(8);
    const qint64 before = residentBytes();
    QVERIFY(before > 0);

    stepDates(kTimelineSteps);
    select(kSelections);
    exportMaps(kExports);
    const qint64 after = residentBytes();
    const double growth = double(after - before) / double(before);
    qInfo("%d frames and %d exports: RSS %.1f MiB after warm-up, %.1f MiB at the end (%+.1f %%)",
          m_frames, kExports + 8, before / 1048576.0, after / 1048576.0, growth * 100.0);
    QVERIFY2(growth <= 0.10, qPrintable(QStringLiteral("RSS grew by %1 %").arg(growth * 100.0)));
}

QTEST_MAIN(LongSessionMemoryTest)
#include "tst_long_session_memory.moc"
