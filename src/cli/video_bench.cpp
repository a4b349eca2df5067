#include "video_bench.h"

#include "export/export_options.h"
#include "export/video_export.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace flank::cli {

double videoFps(const render::AtlasData& data)
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
    const exporting::ExportResult result = exporting::exportTimelineVideo(renderer, data, request);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!result.ok || seconds <= 0)
        return 0;
    return request.timing.durationSeconds * request.timing.fps / seconds;
}

} // namespace flank::cli
