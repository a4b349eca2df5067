#include "label_painter.h"

#include "geo/ring_clip.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace flank::render {

namespace {

struct Candidate
{
    QString text;
    QPointF anchor; // device
    double area = 0; // device px², of the visible part
    bool emphasised = false;
};

double ringArea(const QPolygonF& ring)
{
    double sum = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += (ring[j].x() + ring[i].x()) * (ring[j].y() - ring[i].y());
    return std::abs(sum) / 2;
}

QPointF centroid(const QPolygonF& ring)
{
    double area = 0, cx = 0, cy = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const double cross = ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
        area += cross;
        cx += (ring[j].x() + ring[i].x()) * cross;
        cy += (ring[j].y() + ring[i].y()) * cross;
    }
    if (std::abs(area) < 1e-9)
        return ring.boundingRect().center();
    return QPointF(cx / (3 * area), cy / (3 * area));
}

// A point inside the polygon near its centroid: the centroid itself when inside, else the
// inside point of a grid closest to it.
std::optional<QPointF> interiorPoint(const QPolygonF& ring)
{
    const QPointF centre = centroid(ring);
    if (ring.containsPoint(centre, Qt::OddEvenFill))
        return centre;
    const QRectF box = ring.boundingRect();
    std::optional<QPointF> best;
    double bestDistance = 0;
    constexpr int kGrid = 9;
    for (int i = 1; i < kGrid; ++i)
        for (int j = 1; j < kGrid; ++j) {
            const QPointF p(box.left() + box.width() * i / kGrid,
                            box.top() + box.height() * j / kGrid);
            if (!ring.containsPoint(p, Qt::OddEvenFill))
                continue;
            const double d = std::hypot(p.x() - centre.x(), p.y() - centre.y());
            if (!best || d < bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
    return best;
}

} // namespace

LabelPainter::LabelPainter(const MapFrame& frame, const MapStyle& style)
    : m_frame(frame), m_style(style)
{
}

void LabelPainter::paint(QPainter& painter, const geo::ProjectedLayer& layer,
                         const ViewTransform& view)
{
    const QRectF device(QPointF(0, 0), m_frame.size);
    const QRectF clipBox = device.adjusted(-2, -2, 2, 2);
    QList<Candidate> candidates;
    for (const geo::ProjectedFeature& feature : layer.features()) {
        if (feature.source->occupied || feature.source->name.isEmpty() ||
            !feature.bounds.intersects(view.visibleExtent()))
            continue;
        // The largest visible ring carries the name.
        QPolygonF best;
        double bestArea = 0;
        for (const QPolygonF& ring : feature.rings) {
            const QPolygonF visible = geo::clipRing(view.mapToDevice().map(ring), clipBox);
            const double area = visible.isEmpty() ? 0 : ringArea(visible);
            if (area > bestArea) {
                bestArea = area;
                best = visible;
            }
        }
        if (best.isEmpty())
            continue;
        const auto anchor = interiorPoint(best);
        if (!anchor)
            continue;
        candidates.append({feature.source->name, *anchor, bestArea,
                           m_frame.statuses.contains(feature.source->key)});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.emphasised != b.emphasised)
            return a.emphasised;
        return a.area > b.area;
    });

    QFont font(m_style.fontFamily);
    const double basePx = m_frame.points(m_style.baseFontPt);
    QList<QRectF> placed;
    const double minimumArea = std::pow(m_frame.points(24), 2);
    for (const Candidate& candidate : candidates) {
        if (candidate.area < minimumArea)
            continue;
        font.setPixelSize(std::max(1, int(std::lround(basePx * (candidate.emphasised ? 1.1 : 0.9)))));
        font.setBold(candidate.emphasised);
        const QFontMetricsF metrics(font);
        QRectF box = metrics.boundingRect(candidate.text);
        box.moveCenter(candidate.anchor);
        const QRectF padded = box.adjusted(-3, -2, 3, 2);
        if (!device.contains(padded))
            continue;
        if (std::any_of(placed.begin(), placed.end(),
                        [&](const QRectF& other) { return other.intersects(padded); }))
            continue;
        // Fade a name in as its country grows from small to comfortably large on screen.
        const double fade = std::clamp((candidate.area / minimumArea - 1.0) / 3.0, 0.0, 1.0);
        if (fade <= 0.05)
            continue;
        placed.append(padded);
        QPainterPath text;
        text.addText(box.left(), box.top() + metrics.ascent(), font, candidate.text);
        painter.save();
        painter.setOpacity(0.35 + 0.65 * fade);
        painter.strokePath(text, QPen(m_style.textHalo, m_frame.points(2.2), Qt::SolidLine,
                                      Qt::RoundCap, Qt::RoundJoin));
        // The name itself stays text, so SVG and PDF keep it searchable.
        painter.setFont(font);
        painter.setPen(m_style.text);
        painter.drawText(QPointF(box.left(), box.top() + metrics.ascent()), candidate.text);
        painter.restore();
    }
}

} // namespace flank::render
