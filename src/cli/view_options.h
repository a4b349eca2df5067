#pragma once

#include "core/map_state.h"

#include <QCommandLineParser>
#include <QSize>
#include <QString>

namespace flank::cli {

// The options every picture-making command shares: what to show, the title, and which
// decorations (--bare for none, then --legend, --no-inset, ... one by one).
void addViewOptions(QCommandLineParser& parser);

// Applies them to `state`; returns an error message naming the option, or an empty string.
QString applyViewOptions(const QCommandLineParser& parser, core::MapState& state);

// "1920x1080" -> QSize; invalid QSize when malformed.
QSize parseSize(const QString& text);

} // namespace flank::cli
