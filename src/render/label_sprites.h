#pragma once

#include <QFont>
#include <QHash>
#include <QImage>
#include <QString>

#include <functional>

namespace flank::render {

struct PlacedLabel;

// Names with their halos drawn once into small images and reused while the view pans: on
// raster targets a frame then copies a few pixels per name instead of shaping and drawing the
// name two dozen times for its halo. Vector targets never use it; their text stays text.
// Sprites are made at the target's device pixel ratio, so names stay sharp on scaled screens.
class LabelSprites
{
public:
    // How a name and its halo are drawn; the painter's origin is the name's baseline start.
    using Draw = std::function<void(QPainter&)>;

    // Draws `label` with its top-left on the nearest whole pixel, from the cached sprite when
    // one is there for the same name, font, colors and opacity.
    void paint(QPainter& painter, const PlacedLabel& label, const QString& styleKey,
               double haloRadius, const Draw& draw);

    qsizetype size() const { return m_sprites.size(); }

private:
    struct Sprite
    {
        QImage image;
        QPointF baselineInImage;
    };
    Sprite render(const PlacedLabel& label, double haloRadius, const Draw& draw,
                  double ratio) const;

    QHash<QString, Sprite> m_sprites;
    QFont m_lastFont;
    QString m_lastFontKey;
};

} // namespace flank::render
