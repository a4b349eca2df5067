#pragma once

#include "export/timeline_animation.h"

#include <QCommandLineParser>
#include <QString>

namespace flank::cli {

// --animate and the timing of an animated timeline: --from, --to, --duration or --per-event,
// --fps, --hold.
void addTimelineVideoOptions(QCommandLineParser& parser);
bool wantsTimelineVideo(const QCommandLineParser& parser);
// Reads the timing; an error naming the option, or an empty string.
QString readTiming(const QCommandLineParser& parser, exporting::AnimationTiming& timing);
// Reads --fps alone (a story's video has no dates).
QString readFps(const QCommandLineParser& parser, int& fps);

} // namespace flank::cli
