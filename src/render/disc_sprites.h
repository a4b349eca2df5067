#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QPainter>
#include <QPointF>

#include <functional>

namespace flank::render {

// Round markers drawn once into an image and copied on later frames: a large antialiased disc
// costs the rasterizer far more than a copy (a translucent fill also waits on Qt's own thread
// pool), and every frame draws every marker again. An image is made for a look and the quarter
// of a pixel where the centre falls, so a few images serve every zoom and pan, and a copy is
// the disc drawn in place to an eighth of a pixel.
class DiscSprites
{
public:
    // What `draw` paints for a disc of `radius` centred on the origin, at `centre` (the
    // painter's coordinates): from a kept image on a plain raster painter (no transform of its
    // own), else drawn directly. `look` names everything `draw` depends on besides the radius.
    // The bands of one picture may call it at once, each with its own painter.
    void paint(QPainter& painter, QPointF centre, double radius, quint64 look,
               const std::function<void(QPainter&)>& draw);

    qsizetype size() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_sprites.size();
    }
    void clear()
    {
        const QMutexLocker lock(&m_mutex);
        m_sprites.clear();
    }

private:
    struct Key
    {
        quint64 look = 0;
        double radius = 0;
        double pixelRatio = 1;
        double phaseX = 0, phaseY = 0; // of a device pixel
        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.look, key.radius, key.pixelRatio, key.phaseX, key.phaseY);
        }
    };
    mutable QMutex m_mutex; // guards m_sprites
    QHash<Key, QImage> m_sprites;
};

} // namespace flank::render
