#include "video_bench.h"

#include "processor_time.h"

#include "export/export_options.h"
#include "export/video_export.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace flank::cli {

VideoSpeed videoSpeed(const render::AtlasData& data)
{
    QTemporaryDir directory;
    exporting::TimelineVideoRequest request;
    request.file = directory.filePath(QStringLiteral("bench.mp4"));
    request.size = QSize(1920, 1080);
    request.state = exporting::ExportOptions::defaultState();
    request.timing.from = QDate(2025, 3, 1);
    request.timing.to = QDate(2026, 3, 1);
    request.timing.durationSeconds = 10;
    request.timing.fps = 30;
    render::MapRenderer renderer(data.projections);
    QElapsedTimer timer;
    timer.start();
    const double processorBefore = processorMilliseconds();
    const exporting::ExportResult result = exporting::exportTimelineVideo(renderer, data, request);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double frames = request.timing.durationSeconds * request.timing.fps;
    if (!result.ok || seconds <= 0)
        return {};
    return {frames / seconds, (processorMilliseconds() - processorBefore) / frames};
}

} // namespace flank::cli
