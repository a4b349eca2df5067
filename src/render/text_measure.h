#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

namespace flank::render {

// Widths and wrapped boxes of the texts a frame lays out (legend lines, stamp, title, footer),
// as QFontMetricsF(font) gives them, remembered: Qt shapes a text again on every measurement,
// and every frame lays out the same decorations again. Safe on any thread.
double textAdvance(const QFont& font, const QString& text);
// QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text).
QRectF wrappedTextBounds(const QFont& font, double width, int flags, const QString& text);

} // namespace flank::render
