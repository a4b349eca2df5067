#pragma once

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QString>

#include <functional>

namespace flank::render {

// Panels that stay put while the view pans and zooms (the legend, the date stamp) drawn once
// into an image and copied on later frames, on raster targets only: SVG and PDF keep them as
// shapes and text.
class PanelSprites
{
public:
    using Draw = std::function<void(QPainter&)>;

    // Paints what `draw` paints within `bounds` (the painter's coordinates), from the image
    // kept under `key` when there is one. The key must name everything the drawing shows.
    void paint(QPainter& painter, const QRectF& bounds, const QString& key, const Draw& draw);

    qsizetype size() const { return m_sprites.size(); }

private:
    struct Sprite
    {
        QImage image;
        QPoint origin;
    };

    QHash<QString, Sprite> m_sprites;
};

// A rectangle's exact coordinates, for keys (not text to read).
QString rectangleKey(const QRectF& rect);

} // namespace flank::render
