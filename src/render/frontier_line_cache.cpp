#include "frontier_line_cache.h"

#include "geo/ring_clip.h"

#include <algorithm>

namespace flank::render {

QList<QPolygonF> FrontierLineCache::scaledLines(const geo::ProjectedFrontier& line, double scale,
                                                const QRectF& window)
{
    // Points within a pixel of the line through the points kept around them, or closer than
    // a pixel and a half to the last one kept, add nothing a line two pixels wide on a casing
    // of four can show: the casing still covers the country border drawn beneath, which is
    // straightened to half a pixel. A 1:10m border has thousands of points; drawn across a
    // screen it needs a few hundred, and every segment costs the line drawer alike: the rows
    // around each one's round ends are most of the work for a short one.
    constexpr double kMergeSquared = 1.5 * 1.5;
    constexpr double kStraightenTolerance = 1.0;
    const float threshold = float(kStraightenTolerance / scale);
    QList<QPolygonF> lines;
    for (qsizetype p = 0; p < line.pieces.size(); ++p) {
        const QPolygonF& piece = line.pieces[p];
        if (piece.isEmpty())
            continue;
        const QList<float>& importance = line.importance[p];
        QPolygonF thinned;
        thinned.reserve(piece.size());
        const auto scaled = [scale](QPointF point) {
            return QPointF(point.x() * scale, -point.y() * scale);
        };
        thinned.append(scaled(piece.first()));
        const qsizetype last = piece.size() - 1;
        for (qsizetype i = 1; i <= last; ++i) {
            if (!(importance[i] > threshold))
                continue;
            const QPointF point = scaled(piece[i]);
            const QPointF delta = point - thinned.last();
            if (delta.x() * delta.x() + delta.y() * delta.y() >= kMergeSquared || i == last)
                thinned.append(point);
        }
        for (const QPolygonF& part : geo::clipPolyline(thinned, window))
            lines.append(part);
    }
    return lines;
}

QRectF FrontierLineCache::windowAround(const QRectF& scaledView, double margin)
{
    const double dx = std::max(margin, scaledView.width() / 2);
    const double dy = std::max(margin, scaledView.height() / 2);
    return scaledView.adjusted(-dx, -dy, dx, dy);
}

const QHash<const geo::ProjectedFrontier*, QList<QPolygonF>>&
FrontierLineCache::lines(const geo::ProjectedFrontiers& frontiers, double scale,
                         const QRectF& scaledView, double margin)
{
    const QRectF needed = scaledView.adjusted(-margin, -margin, margin, margin);
    if (&frontiers == m_frontiers && scale == m_scale && m_window.contains(needed))
        return m_lines;
    m_frontiers = &frontiers;
    m_scale = scale;
    m_window = windowAround(scaledView, margin);
    ++m_generation;
    m_lines.clear();
    for (const geo::ProjectedFrontier& line : frontiers.frontiers()) {
        const QRectF& b = line.bounds;
        const QRectF scaledBounds(QPointF(b.left() * scale, -b.bottom() * scale),
                                  QPointF(b.right() * scale, -b.top() * scale));
        if (line.line && scaledBounds.intersects(m_window))
            m_lines.insert(&line, scaledLines(line, scale, m_window));
    }
    return m_lines;
}

} // namespace flank::render
