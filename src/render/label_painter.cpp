#include "label_painter.h"

#include "label_sprites.h"

#include "core/country_names.h"
#include "geo/ring_clip.h"

#include <QPaintEngine>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace flank::render {

namespace {

struct Candidate
{
    QString text;
    QPointF anchor;  // device
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

void LabelPainter::paintHalo(QPainter& painter, const PlacedLabel& label, QPointF baseline) const
{
    // An opaque halo: a name must read on hatching and on saturated fills alike.
    QColor halo = m_style.textHalo;
    halo.setAlpha(255);
    const double radius = m_frame.points(1.3);
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster) {
        // On images, the text drawn around the spot is a halo at a fraction of the cost of
        // stroking glyph outlines; two rings leave no gaps at the glyphs' corners.
        painter.setPen(halo);
        const QPointF topLeft = baseline - QPointF(0, label.ascent);
        for (const double ring : {radius, radius / 2})
            for (int i = 0; i < 12; ++i) {
                const double angle = i * M_PI / 6;
                painter.drawStaticText(topLeft +
                                           QPointF(ring * std::cos(angle), ring * std::sin(angle)),
                                       label.shaped);
            }
        return;
    }
    // In SVG and PDF one stroked outline keeps a single copy of the text searchable.
    QPainterPath outline;
    outline.addText(baseline, label.font, label.text);
    painter.strokePath(outline, QPen(halo, 2 * radius, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
}

LabelPainter::LabelPainter(const MapFrame& frame, const MapStyle& style)
    : m_frame(frame), m_style(style)
{
}

QList<PlacedLabel> LabelPainter::layout(DevicePathCache& paths, NameShapes& shapes,
                                        const QList<QRectF>& avoid) const
{
    if (!m_frame.view.layer)
        return {};
    const geo::ProjectedLayer& layer = *m_frame.view.layer;
    const ViewTransform& view = m_frame.view.transform;
    const QRectF device(QPointF(0, 0), m_frame.size);
    const QRectF clipBox = device.adjusted(-2, -2, 2, 2);
    const QTransform& toDevice = view.mapToDevice();
    const QPointF offset(toDevice.dx(), toDevice.dy());
    const double minimumArea = std::pow(m_frame.points(24), 2);
    QList<Candidate> candidates;
    for (const geo::ProjectedFeature& feature : layer.features()) {
        if (feature.source->occupied || feature.source->name.isEmpty() ||
            !feature.bounds.intersects(view.visibleExtent()))
            continue;
        const QPolygonF& ring = paths.largestRingFor(feature);
        if (ring.isEmpty())
            continue;
        const QPolygonF visible = geo::clipRing(ring.translated(offset), clipBox);
        const double area = visible.isEmpty() ? 0 : ringArea(visible);
        if (area < minimumArea)
            continue;
        if (const auto anchor = interiorPoint(visible))
            candidates.append({core::localCountryName(feature.source->key, feature.source->name),
                               *anchor, area, m_frame.statuses.contains(feature.source->key)});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.emphasised != b.emphasised)
            return a.emphasised;
        return a.area > b.area;
    });

    QList<PlacedLabel> labels;
    QList<QRectF> placed = avoid;
    const double basePx = m_frame.points(m_style.baseFontPt);
    for (const Candidate& candidate : candidates) {
        QFont font(m_style.fontFamily);
        font.setPixelSize(
            std::max(1, int(std::lround(basePx * (candidate.emphasised ? 1.1 : 0.9)))));
        font.setBold(candidate.emphasised);
        const NameShapes::Shape& shape = shapes.shape(candidate.text, font);
        QRectF box = shape.bounds;
        box.moveCenter(candidate.anchor);
        const QRectF padded = box.adjusted(-3, -2, 3, 2);
        if (!device.contains(padded) ||
            std::any_of(placed.begin(), placed.end(),
                        [&](const QRectF& other) { return other.intersects(padded); }))
            continue;
        // Fade a name in as its country grows from small to comfortably large on screen. A
        // state the map colors by status is what the reader came for: its name is whole
        // sooner, so Estonia or Moldova reads clearly on a map of the whole flank.
        const double fadeSpan = candidate.emphasised ? 1.0 : 3.0;
        const double fade = std::clamp((candidate.area / minimumArea - 1.0) / fadeSpan, 0.0, 1.0);
        if (fade <= 0.05)
            continue;
        placed.append(padded);
        labels.append({candidate.text, QPointF(box.left(), box.top() + shape.ascent), font,
                       0.35 + 0.65 * fade, shape.text, shape.ascent});
    }
    return labels;
}

void LabelPainter::paintLabel(QPainter& painter, const PlacedLabel& label, QPointF baseline) const
{
    painter.save();
    painter.setFont(label.font);
    // Only the name fades; its halo stays whole so a faint name still reads on any fill.
    paintHalo(painter, label, baseline);
    painter.setOpacity(label.opacity);
    painter.setPen(m_style.text);
    // The name itself stays text, so SVG and PDF keep it searchable.
    painter.drawText(baseline, label.text);
    painter.restore();
}

void LabelPainter::paint(QPainter& painter, const QList<PlacedLabel>& labels,
                         LabelSprites* sprites) const
{
    const bool raster =
        painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    if (!sprites || !raster || painter.transform().type() > QTransform::TxTranslate) {
        for (const PlacedLabel& label : labels)
            paintLabel(painter, label, label.baseline);
        return;
    }
    const double haloRadius = m_frame.points(1.3);
    const QString styleKey = m_style.text.name(QColor::HexArgb) +
                             m_style.textHalo.name(QColor::HexArgb) + QString::number(haloRadius);
    for (const PlacedLabel& label : labels)
        sprites->paint(painter, label, styleKey, haloRadius,
                       [&](QPainter& spritePainter) { paintLabel(spritePainter, label, {}); });
}

} // namespace flank::render
