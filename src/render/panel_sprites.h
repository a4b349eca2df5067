#pragma once

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

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
        // Per row of the image, the columns of its run of opaque pixels (first > last: none).
        // An opaque panel is mostly such runs, which are copied rather than blended.
        std::vector<std::pair<int, int>> opaqueRuns;
    };
    static std::vector<std::pair<int, int>> opaqueRunsOf(const QImage& image);
    static bool copyOnto(QPainter& painter, const Sprite& sprite);

    QHash<QString, Sprite> m_sprites;
};

// A rectangle's exact coordinates, for keys (not text to read).
QString rectangleKey(const QRectF& rect);

} // namespace flank::render
