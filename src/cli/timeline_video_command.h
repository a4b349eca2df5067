#pragma once

#include "export/export_options.h"

#include <QCommandLineParser>

namespace flank::cli {

// `export --animate`: the view `export` read, played from --from to --to into a video.
int runTimelineVideo(const QCommandLineParser& parser, const exporting::ExportOptions& view);

} // namespace flank::cli
