#include "commands.h"
#include "export_bench.h"
#include "median.h"
#include "processor_time.h"
#include "story_bench.h"
#include "video_bench.h"

#include "core/command_line.h"
#include "export/map_exporter.h"
#include "geo/flank_extent.h"
#include "render/atlas_data.h"
#include "render/frame_builder.h"
#include "render/sheet_builder.h"
#include "render/sheet_painter.h"
#include "render/swipe_painter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <QImage>
#include <QTextStream>
#include <functional>

#include <sys/resource.h>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace flank::cli {

namespace {

// The extent of frame `i` of a zoom benchmark: a slightly different zoom each frame, as the
// window draws after a wheel step.
QRectF zoomed(QRectF extent, int i)
{
    const double zoom = 1.0 + 0.002 * (i % 2 ? 1 : -1);
    const QPointF centre = extent.center();
    extent.setSize(extent.size() * zoom);
    extent.moveCenter(centre);
    return extent;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

// Frames each set of layers draws before the next set's turn (Bench::framesInTurnMs). Short
// turns, so that a slow spell of a busy machine, which lasts some tens of frames, falls on
// every set alike.
constexpr int kFramesInTurn = 4;

// How many times more frames a comparison of layer sets draws than one set alone: what the
// layers cost is a small difference between two larger figures, and a median of few frames
// moves more than that from run to run.
constexpr int kComparedFramesFactor = 5;

// A frame's median time on the clock, and the median processor time of all threads it took.
struct FrameTimes
{
    double wallMs = 0;
    double processorMs = 0;
};

class Bench
{
public:
    Bench(render::AtlasData& data, int repeats) : m_data(data), m_repeats(repeats) {}

    render::MapFrame defaultFrame(core::DetailLevel detail) const
    {
        return defaultFrame(detail, m_layers);
    }

    render::MapFrame defaultFrame(core::DetailLevel detail, const core::MapLayers& layers) const
    {
        core::MapState state;
        state.date = QDate(2025, 7, 1);
        state.detail = detail;
        state.layers = layers;
        const auto projector = m_data.projections->projectorFor(state.crs);
        state.extent = geo::flankExtent(*projector);
        return render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(1920, 1080));
    }

    // Each frame a slightly different zoom, as the window draws after a wheel step: every path
    // is reduced and cut again and every name placed again. The renderer lives on, as the
    // window's does, so only what a zoom does not change (names already drawn) is reused. The
    // frame's view is resolved inside the timing, as the window builds a frame per paint.
    // With `pixelRatio` 2 the window of a 200 % screen: 1920x1080 of layout, 3840x2160 pixels.
    double fullFrameMs(core::DetailLevel detail, double pixelRatio = 1.0)
    {
        return fullFrameMs(detail, pixelRatio, {m_layers}).front().wallMs;
    }

    // The same for several sets of layers (see framesInTurnMs).
    std::vector<FrameTimes> fullFrameMs(core::DetailLevel detail, double pixelRatio,
                                        const std::vector<core::MapLayers>& layerSets)
    {
        return framesInTurnMs(detail, pixelRatio, framesFor(layerSets) + 1, layerSets,
                              [](render::MapFrame& frame, const render::MapFrame& first, int i) {
                                  frame = first;
                                  frame.state.extent = zoomed(first.state.extent, i);
                              });
    }

    // The frames a figure takes for each of `layerSets` (see kComparedFramesFactor).
    int framesFor(const std::vector<core::MapLayers>& layerSets) const
    {
        return layerSets.size() > 1 ? m_repeats * kComparedFramesFactor : m_repeats;
    }

    // Median milliseconds of `frames` frames for each set of layers, drawn in turn, a few frames
    // each, each set with its own renderer and picture: a slow spell of a busy machine falls on
    // all of them alike, so what the layers cost is measured, not the moment. A few frames, not
    // one: pictures drawn alternately would push each other out of the processor's cache. The
    // sets take their turns in one order and then the other (first, second, second, first),
    // so none is always the one drawn after a change of picture.
    // `view` moves frame `i` of a set from the one before it or from the set's first.
    std::vector<FrameTimes> framesInTurnMs(
        core::DetailLevel detail, double pixelRatio, int frames,
        const std::vector<core::MapLayers>& layerSets,
        const std::function<void(render::MapFrame&, const render::MapFrame& first, int i)>& view)
    {
        struct Run
        {
            render::MapFrame first;
            render::MapFrame frame;
            render::MapRenderer renderer;
            QImage image;
            std::vector<double> times, processorTimes;
        };
        std::vector<Run> runs;
        for (const core::MapLayers& layers : layerSets) {
            const render::MapFrame first = defaultFrame(detail, layers);
            Run run{first,
                    first,
                    render::MapRenderer(m_data.projections),
                    QImage(QSize(1920, 1080) * pixelRatio, QImage::Format_ARGB32_Premultiplied),
                    {},
                    {}};
            run.renderer.setKeepsBaseForPans(true); // as the window's
            run.image.setDevicePixelRatio(pixelRatio);
            runs.push_back(std::move(run));
        }
        for (int start = 0; start < frames; start += kFramesInTurn)
            for (std::size_t turn = 0; turn < runs.size(); ++turn) {
                const bool backwards = (start / kFramesInTurn) % 2 == 1;
                Run& run = runs[backwards ? runs.size() - 1 - turn : turn];
                for (int i = start; i < std::min(start + kFramesInTurn, frames); ++i) {
                    view(run.frame, run.first, i);
                    QElapsedTimer timer;
                    timer.start();
                    const double processorBefore = processorMilliseconds();
                    render::resolveView(run.frame, *m_data.projections);
                    QPainter painter(&run.image);
                    run.renderer.paint(painter, run.frame);
                    painter.end();
                    if (i > 0) { // the first frame warms caches and fonts
                        run.times.push_back(timer.nsecsElapsed() / 1e6);
                        run.processorTimes.push_back(processorMilliseconds() - processorBefore);
                    }
                }
            }
        std::vector<FrameTimes> medians;
        for (const Run& run : runs)
            medians.push_back({median(run.times), median(run.processorTimes)});
        return medians;
    }

    // Two dates side by side on 1920x1080, measured as fullFrameMs() measures one map: the
    // sheet is laid out again inside the timing, and both maps share one renderer.
    double compareFrameMs(core::DetailLevel detail)
    {
        const core::MapState state = defaultFrame(detail).state;
        const render::MapSheet base = render::buildSheet(
            state, {{QDate(2025, 1, 1), state.treaty}, {QDate(2026, 3, 1), state.treaty}}, 0,
            m_data.dataset, *m_data.projections, QSizeF(1920, 1080));
        render::MapRenderer renderer(m_data.projections);
        QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        std::vector<double> times;
        for (int i = 0; i < m_repeats + 1; ++i) {
            render::MapSheet sheet = base;
            sheet.page.state.extent = zoomed(base.page.state.extent, i);
            QElapsedTimer timer;
            timer.start();
            render::layOutSheet(sheet, *m_data.projections);
            QPainter painter(&image);
            render::paintSheet(renderer, painter, sheet);
            painter.end();
            if (i > 0)
                times.push_back(timer.nsecsElapsed() / 1e6);
        }
        return median(times);
    }

    // One step of the window's swipe: both dates drawn once at 10m, then only the divider
    // moves, so a step copies each picture's side of it.
    double swipeFrameMs()
    {
        render::MapRenderer renderer(m_data.projections);
        render::SwipePictures pictures;
        for (auto [picture, date] : {std::pair{&pictures.first, QDate(2025, 1, 1)},
                                     std::pair{&pictures.second, QDate(2026, 3, 1)}}) {
            render::MapFrame frame = defaultFrame(core::DetailLevel::Fine10m);
            frame.state.date = date;
            *picture = QImage(1920, 1080, QImage::Format_RGB32);
            QPainter painter(picture);
            renderer.paint(painter, frame);
        }
        pictures.overlay = QImage(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        pictures.overlay.fill(Qt::transparent);
        QImage screen(1920, 1080, QImage::Format_RGB32);
        std::vector<double> times;
        for (int i = 0; i < m_repeats * 4 + 1; ++i) {
            QElapsedTimer timer;
            timer.start();
            QPainter painter(&screen);
            render::paintSwipe(painter, pictures, 400 + 25 * i, Qt::black, Qt::white);
            painter.end();
            if (i > 0)
                times.push_back(timer.nsecsElapsed() / 1e6);
        }
        return median(times);
    }

    // One renderer, the view dragged ten pixels each frame at the same zoom, as the window's
    // renderer draws a drag: the mouse moves the map by whole pixels. For each set of layers,
    // in turn (see fullFrameMs).
    std::vector<FrameTimes> panFrameMs(const std::vector<core::MapLayers>& layerSets)
    {
        const double step =
            10 / defaultFrame(core::DetailLevel::Auto).view.transform.pixelsPerMapUnit();
        return framesInTurnMs(core::DetailLevel::Auto, 1.0, framesFor(layerSets) * 2 + 1, layerSets,
                              [step](render::MapFrame& frame, const render::MapFrame&, int i) {
                                  frame.state.extent.translate(step, i % 2 ? step : -step);
                              });
    }

    // Dragging the timeline: the same view, a new date each frame, so statuses are derived
    // again and only the fills change.
    double timelineStepMs()
    {
        core::MapState state = defaultFrame(core::DetailLevel::Auto).state;
        render::MapRenderer renderer(m_data.projections);
        QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        std::vector<double> times;
        for (int i = 0; i < m_repeats * 2 + 1; ++i) {
            state.date = QDate(2025, 1, 1).addDays(i * 7);
            QElapsedTimer timer;
            timer.start();
            const render::MapFrame frame =
                render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(1920, 1080));
            QPainter painter(&image);
            renderer.paint(painter, frame);
            painter.end();
            if (i > 0)
                times.push_back(timer.nsecsElapsed() / 1e6);
        }
        return median(times);
    }

    // Hover and click: the state under a point, on the projected 1:10m paths the frame holds.
    double hitTestMicroseconds()
    {
        const render::MapFrame frame = defaultFrame(core::DetailLevel::Fine10m);
        const render::MapRenderer renderer(m_data.projections);
        return overGrid([&](QPointF point) { return !renderer.countryAt(frame, point).isEmpty(); });
    }

    // Hover over the border-posture layers: what lies under a point (a troop disc, a programme
    // band or a border line), with all three layers on, over the same grid of points.
    double postureHoverMicroseconds()
    {
        const render::MapFrame frame = defaultFrame(core::DetailLevel::Fine10m);
        const render::MapRenderer renderer(m_data.projections);
        return overGrid(
            [&](QPointF point) { return renderer.postureItemAt(frame, point).has_value(); });
    }

private:
    // Microseconds per probe over a grid of points across the 1920x1080 default scene; -1 when
    // no probe found anything, so a broken probe cannot pass for a fast one.
    static double overGrid(const std::function<bool(QPointF)>& probe)
    {
        constexpr int kColumns = 24, kRows = 14;
        QElapsedTimer timer;
        timer.start();
        int found = 0;
        for (int row = 0; row < kRows; ++row)
            for (int column = 0; column < kColumns; ++column)
                if (probe(QPointF((column + 0.5) * 1920 / kColumns, (row + 0.5) * 1080 / kRows)))
                    ++found;
        const double microseconds = timer.nsecsElapsed() / 1e3 / (kColumns * kRows);
        return found > 0 ? microseconds : -1;
    }

    render::AtlasData& m_data;
    int m_repeats;
    core::MapLayers m_layers;
};

} // namespace

int runBench(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Renders the default scene (eastern flank, EPSG:3035, 1920x1080, antialiased) and "
        "prints one 'key: value unit' line per figure."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("bench"), QStringLiteral("The command."));
    parser.addOption({QStringLiteral("repeats"),
                      QStringLiteral("Frames per figure (default 60); the frames drawn with and "
                                     "without the border-posture layers take five times as many."),
                      QStringLiteral("n"), QStringLiteral("60")});
    if (const auto exitCode =
            core::parseCommandLine(parser, arguments, QStringLiteral("flankatlas bench")))
        return *exitCode;
    const int repeats = std::clamp(parser.value(QStringLiteral("repeats")).toInt(), 3, 1000);
    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(2);

    // The exports first, while this process is small: the kernel counts a child's peak memory
    // from its parent's at the moment it starts, so once this process has loaded and drawn
    // every scale they would report its peak, not theirs. Printed where they always were.
    const ExportFigures exports = runExports();

    QElapsedTimer timer;
    timer.start();
    render::AtlasData data = render::AtlasData::load();
    data.projections->setRanksVertices(true); // as the window's
    for (geo::Scale scale : geo::kAllScales)
        data.countries->features(scale);
    out << "load_time: " << timer.nsecsElapsed() / 1e6 << " ms\n";
    if (!data.countries->isUsable()) {
        QTextStream(stderr) << "flankatlas bench: the country data did not load\n";
        return 1;
    }
    for (geo::Scale scale : geo::kAllScales) {
        timer.restart();
        const auto layer =
            data.projections->layer(QString::fromLatin1(core::MapState::kDefaultCrs), scale);
        out << "projection_time_" << geo::scaleId(scale) << ": " << timer.nsecsElapsed() / 1e6
            << " ms (" << (layer ? layer->vertexCount() : 0) << " vertices)\n";
    }
    for (geo::Scale scale : geo::kAllScales) {
        const qsizetype borders = data.frontiers->lines(scale).size();
        out << "frontier_lines_" << geo::scaleId(scale) << ": "
            << data.frontiers->tracingMilliseconds(scale) << " ms (" << borders << " borders of "
            << data.frontiers->pairs().size() << " pairs)\n";
    }
    out.flush();
    Bench bench(data, repeats);
    out << "frame_110m_ms: " << bench.fullFrameMs(core::DetailLevel::Coarse110m) << " ms\n";
    out << "frame_50m_ms: " << bench.fullFrameMs(core::DetailLevel::Medium50m) << " ms\n";
    // With the border-posture layers and without them, frame by frame in turn: the layers-off
    // figures, printed last as they always were, show what the layers cost.
    const std::vector<core::MapLayers> withAndWithout{core::MapLayers(), core::MapLayers::none()};
    const std::vector<FrameTimes> zoomFrames =
        bench.fullFrameMs(core::DetailLevel::Fine10m, 1.0, withAndWithout);
    out << "frame_10m_ms: " << zoomFrames[0].wallMs << " ms\n";
    out << "frame_auto_ms: " << bench.fullFrameMs(core::DetailLevel::Auto) << " ms\n";
    out << "compare_frame_10m_ms: " << bench.compareFrameMs(core::DetailLevel::Fine10m) << " ms\n";
    const std::vector<FrameTimes> panFrames = bench.panFrameMs(withAndWithout);
    out << "pan_frame_ms: " << panFrames[0].wallMs << " ms\n";
    out << "swipe_frame_ms: " << bench.swipeFrameMs() << " ms\n";
    out << "transition_fps: " << storyTransitionFps(data, 60) << " frames/s\n";
    out << "timeline_step_ms: " << bench.timelineStepMs() << " ms\n";
    const VideoSpeed video = videoSpeed(data);
    out << "video_1080p_fps: " << video.framesPerSecond << " frames/s (" << video.cpuMsPerFrame
        << " ms of processor time per frame)\n";
    out << "hit_test_us: " << bench.hitTestMicroseconds() << " us\n";
    out << "posture_hover_us: " << bench.postureHoverMicroseconds() << " us\n";
    out.flush();
    for (const auto& [key, run] : exports.runs)
        out << key << ": " << run.seconds << " s\n";
    double largest = -1;
    for (auto it = exports.peakByFormat.cbegin(); it != exports.peakByFormat.cend(); ++it) {
        out << "export_peak_rss_" << it.key() << ": " << it.value() << " MiB\n";
        largest = std::max(largest, it.value());
    }
    out << "export_peak_rss: " << largest << " MiB (largest export process)\n";
    out << "peak_rss: " << peakRssMiB() << " MiB\n";
    out.flush();
    // After peak_rss: a 3840x2160 picture alone takes 32 MiB, more than the window's budget.
    const std::vector<FrameTimes> hidpiFrames =
        bench.fullFrameMs(core::DetailLevel::Fine10m, 2.0, withAndWithout);
    out << "frame_10m_hidpi_ms: " << hidpiFrames[0].wallMs << " ms\n";
    // The same frames without the border-posture layers: the map alone.
    out << "frame_10m_layers_off_ms: " << zoomFrames[1].wallMs << " ms\n";
    out << "pan_frame_layers_off_ms: " << panFrames[1].wallMs << " ms\n";
    out << "frame_10m_hidpi_layers_off_ms: " << hidpiFrames[1].wallMs << " ms\n";
    // The processor time of those frames, every thread's: the work the layers add, which the
    // clock shows only as far as the drawing threads find a free core.
    for (const auto& [name, times] : {std::pair{"frame_10m", zoomFrames},
                                      {"pan_frame", panFrames},
                                      {"frame_10m_hidpi", hidpiFrames}}) {
        out << name << "_processor_ms: " << times[0].processorMs << " ms\n";
        out << name << "_layers_off_processor_ms: " << times[1].processorMs << " ms\n";
    }
    return 0;
}

} // namespace flank::cli
