#include "video_bench.h"

#include "export/export_options.h"
#include "export/video_export.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace flank::cli {

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage); // every thread of the process
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

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
    const double cpuBefore = cpuSeconds();
    const exporting::ExportResult result = exporting::exportTimelineVideo(renderer, data, request);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double frames = request.timing.durationSeconds * request.timing.fps;
    if (!result.ok || seconds <= 0)
        return {};
    return {frames / seconds, (cpuSeconds() - cpuBefore) * 1000 / frames};
}

} // namespace flank::cli
