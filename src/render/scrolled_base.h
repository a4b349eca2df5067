#pragma once

#include "posture_item.h"

#include "core/map_state.h"
#include "posture/status.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <optional>

namespace flank::render {

// The bottom of a window's picture (sea, countries, border lines, programme bands and troop
// discs) kept between frames, so that a pan at the same zoom moves its pixels and draws only
// the strips it uncovers; names, the discs' labels and decorations are drawn over it anew each
// frame.
//
// A frame whose key differs from the last frame's is drawn straight onto the target, as
// without this: a run of zoom frames pays nothing for it. The second frame with one key (the
// first step of a pan, or a repaint) is drawn whole into the kept pixels, then copied.
class ScrolledBase
{
public:
    // What the kept pixels show besides where the map lies: a frame with another key is drawn
    // whole.
    struct Key
    {
        const void* layer = nullptr;
        const void* frontiers = nullptr;
        quint64 pathGeneration = 0; // of the country paths' window
        quint64 lineGeneration = 0; // of the border lines' window
        double scale = 0;
        QSizeF size;
        double dpi = 0;
        bool antialias = true;
        core::Theme theme = core::Theme::Light;
        QHash<QString, posture::Status> statuses;
        QHash<QString, posture::Status> overlayStatuses;
        QString hover;
        QString selection;
        std::optional<PostureItem> highlight;
        core::MapLayers layers;
        size_t programmes = 0; // a hash of each programme's id and the borders it covers
        size_t troops = 0;     // a hash of each troop disc's note, place and size
        friend bool operator==(const Key&, const Key&) = default;
    };

    // Paints the base of a frame onto `target`, which must draw on the whole of a QImage with
    // no transform. `origin` is where the map's origin falls on the picture (device pixels).
    // `paintWhole` paints all of it on the painter given; `paintArea` only `area` (in the
    // painter's coordinates), on a painter clipped to it. The kept pixels are not copied into
    // `coveredPixels` (device pixels), which the caller covers with opaque ones afterwards.
    void paint(QPainter& target, const Key& key, QPointF origin,
               const std::function<void(QPainter&)>& paintWhole,
               const std::function<void(QPainter&, const QRectF&)>& paintArea,
               const QRect& coveredPixels = {});

    // Whether a target can be drawn through this: the whole of an image, unmoved.
    static bool suits(const QPainter& target);

private:
    bool scroll(QImage& image, QPointF origin,
                const std::function<void(QPainter&, const QRectF&)>& paintArea);
    void copyTo(QPainter& target, const QRect& coveredPixels) const;

    std::optional<Key> m_key;
    QImage m_pixels; // valid only when m_kept
    bool m_kept = false;
    QPointF m_origin;
};

} // namespace flank::render
