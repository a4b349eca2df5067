#include "timeline_video_command.h"

#include "video_options.h"

#include "export/video_export.h"
#include "render/atlas_data.h"

#include <QTextStream>

namespace flank::cli {

int runTimelineVideo(const QCommandLineParser& parser, const exporting::ExportOptions& view)
{
    QTextStream err(stderr);
    const auto refuse = [&](const QString& error) {
        err << "flankatlas export: " << error << '\n';
        return 2;
    };
    // A video is a sequence of one map in pixels: nothing that needs a page or several maps.
    if (view.paper != exporting::Paper::None)
        return refuse(QStringLiteral("--paper: a video is sized in pixels; use --size"));
    if (view.comparison.kind != core::Comparison::None)
        return refuse(QStringLiteral("%1: a video shows one map")
                          .arg(core::comparisonOption(view.comparison.kind)));
    if (parser.isSet(QStringLiteral("format")))
        return refuse(QStringLiteral("--format: a video's format follows its extension"));
    exporting::TimelineVideoRequest request;
    request.file = view.file;
    request.size = view.size;
    request.state = view.state;
    if (QString error = readTiming(parser, request.timing); !error.isEmpty())
        return refuse(error);
    if (QString error = exporting::checkVideoTarget(request.file, request.size); !error.isEmpty())
        return refuse(error);

    render::AtlasData data = render::AtlasData::load();
    if (!data.countries->isUsable()) {
        for (const core::Issue& issue : data.countries->issues())
            err << issue.toString() << '\n';
        return 1;
    }
    if (!view.fit.isEmpty()) {
        QString error;
        request.state.extent = exporting::fitExtent(view.fit, data, request.state.crs, &error);
        if (!error.isEmpty())
            return refuse(error);
    }
    if (QString error = exporting::checkTimelineVideo(request, data); !error.isEmpty())
        return refuse(error);
    render::MapRenderer renderer(data.projections);
    const exporting::ExportResult result = exporting::exportTimelineVideo(renderer, data, request);
    if (!result.ok) {
        err << "flankatlas export: " << result.error << '\n';
        return 1;
    }
    return 0;
}

} // namespace flank::cli
