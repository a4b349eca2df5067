#include "hatch_tile.h"

#include <QHash>
#include <QPainter>

namespace flank::render {

namespace {

struct TileKey
{
    QRgb fill = 0;
    QRgb ink = 0;
    FillPattern pattern = FillPattern::Solid;
    int period = 0;
    int lineWidthHundredths = 0;
    friend bool operator==(const TileKey&, const TileKey&) = default;
};

size_t qHash(const TileKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.fill, key.ink, int(key.pattern), key.period,
                      key.lineWidthHundredths);
}

// Lines that repeat every `period` pixels in x and y, so the tile's edges meet their
// neighbours: each is drawn with its copies one period either side. A stripe lies on the rows
// from its period's first down, `stripeOffset` from their top to its middle.
void drawHatching(QPainter& painter, FillPattern pattern, double period, double stripeOffset)
{
    const double p = period;
    for (int k = -1; k <= 2; ++k) {
        const double c = k * p;
        if (pattern == FillPattern::Stripes) {
            painter.drawLine(QPointF(-p, c + stripeOffset), QPointF(2 * p, c + stripeOffset));
            continue;
        }
        painter.drawLine(QPointF(c - 2 * p, 2 * p), QPointF(c + 2 * p, -2 * p)); // x + y = c
        if (pattern == FillPattern::CrossHatch)
            painter.drawLine(QPointF(c - 2 * p, -2 * p), QPointF(c + 2 * p, 2 * p)); // x - y = c
    }
}

QImage makeTile(const StatusStyle& style, int period, double lineWidth)
{
    const bool opaque = style.fill.isValid() && style.fill.alpha() == 255;
    QImage tile(period, period,
                opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    tile.fill(style.fill.isValid() ? style.fill : QColor(Qt::transparent));
    if (style.pattern == FillPattern::Solid)
        return tile;
    QPainter painter(&tile);
    // A line of a pixel or so is set pixel by pixel, as Qt's own patterns are: crisp, not grey.
    const bool thin = lineWidth < 1.5;
    painter.setRenderHint(QPainter::Antialiasing, !thin);
    painter.setPen(QPen(style.patternColor, thin ? 1.0 : lineWidth, Qt::SolidLine, Qt::FlatCap));
    if (thin)
        painter.translate(0.5, 0.5); // through pixel centres
    drawHatching(painter, style.pattern, period, thin ? 0.0 : lineWidth / 2);
    return tile;
}

} // namespace

QImage hatchTile(const StatusStyle& style, int period, double lineWidth)
{
    // A handful of statuses and scales are in use at once; a change of scale starts afresh.
    constexpr qsizetype kMostTiles = 64;
    thread_local QHash<TileKey, QImage> tiles;
    const TileKey key{style.fill.isValid() ? style.fill.rgba() : 0u, style.patternColor.rgba(),
                      style.pattern, period, int(lineWidth * 100 + 0.5)};
    auto found = tiles.constFind(key);
    if (found == tiles.constEnd()) {
        if (tiles.size() >= kMostTiles)
            tiles.clear();
        found = tiles.insert(key, makeTile(style, period, lineWidth));
    }
    return *found;
}

} // namespace flank::render
