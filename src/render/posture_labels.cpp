#include "posture_labels.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace flank::render {

namespace {

QRectF inkBox(const PlacedLabel& label)
{
    return QRectF(label.baseline.x(), label.baseline.y() - label.ascent,
                  label.shaped.size().width(), label.shaped.size().height());
}

} // namespace

QList<PlacedLabel> placeMarkerLabels(const PostureScene& scene, const MapFrame& frame,
                                     const MapStyle& style, NameShapes& shapes,
                                     const QList<PlacedLabel>& countryNames,
                                     const QList<QRectF>& reserved)
{
    QFont font(style.fontFamily);
    font.setPixelSize(std::max(1, int(std::lround(frame.points(style.baseFontPt * 0.8)))));
    font.setBold(true);
    const QRectF device(QPointF(0, 0), frame.size);
    QList<QRectF> taken = reserved;
    for (const PlacedLabel& name : countryNames)
        taken << inkBox(name);
    for (const PostureScene::Marker& marker : scene.markers)
        taken << marker.disc();
    const double nearby = frame.points(style.baseFontPt * 4);
    QList<PlacedLabel> placed;
    // Big discs first, as the scene holds them: the larger force keeps its name.
    for (const PostureScene::Marker& marker : scene.markers) {
        if (marker.label.isEmpty())
            continue;
        const bool named = std::any_of(placed.begin(), placed.end(), [&](const PlacedLabel& l) {
            return l.text == marker.label &&
                   QLineF(l.baseline, marker.at).length() < nearby + l.shaped.size().width();
        });
        if (named)
            continue;
        const NameShapes::Shape& shape = shapes.shape(marker.label, font);
        // Right of the disc, the text's middle level with its centre; else left, above, below.
        const QSizeF size = shape.bounds.size();
        const double gap = frame.points(2);
        const QPointF at = marker.at;
        const double r = marker.radius;
        const QRectF candidates[] = {
            QRectF(QPointF(at.x() + r + gap, at.y() - size.height() / 2), size),
            QRectF(QPointF(at.x() - r - gap - size.width(), at.y() - size.height() / 2), size),
            QRectF(QPointF(at.x() - size.width() / 2, at.y() - r - gap - size.height()), size),
            QRectF(QPointF(at.x() - size.width() / 2, at.y() + r + gap), size),
        };
        const auto fits = [&](const QRectF& box) {
            // Clear of its own disc, which the candidates already are by `gap`.
            const QRectF padded = box.adjusted(-1, -1, 1, 1);
            const auto collides = [&](const QRectF& other) {
                return other.intersects(padded) && other != marker.disc();
            };
            return device.contains(padded) && std::none_of(taken.begin(), taken.end(), collides);
        };
        const QRectF* chosen = std::find_if(std::begin(candidates), std::end(candidates), fits);
        if (chosen == std::end(candidates))
            continue;
        const QRectF box = *chosen;
        taken << box.adjusted(-1, -1, 1, 1);
        placed.append({marker.label, QPointF(box.left(), box.top() + shape.ascent), font, 1.0,
                       shape.text, shape.ascent});
    }
    return placed;
}

} // namespace flank::render
