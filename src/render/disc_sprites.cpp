#include "disc_sprites.h"

#include <QPaintEngine>

#include <cmath>

namespace flank::render {

namespace {

// Forgotten when this many are kept: the maps of a sheet each have their own.
constexpr qsizetype kKeptSprites = 512;
// Places a disc may take within a pixel, each way.
constexpr double kPhases = 4;

} // namespace

void DiscSprites::paint(QPainter& painter, QPointF centre, double radius, quint64 look,
                        const std::function<void(QPainter&)>& draw)
{
    const QPaintEngine* engine = painter.paintEngine();
    const double ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    if (!engine || engine->type() != QPaintEngine::Raster ||
        !painter.worldTransform().isIdentity()) {
        painter.save();
        painter.translate(centre);
        draw(painter);
        painter.restore();
        return;
    }
    // The disc's centre in device pixels, to a quarter of a pixel (an eighth at most from
    // where it belongs, which no eye sees): a whole pixel and the fraction beyond it.
    const QPointF device(std::round(centre.x() * ratio * kPhases) / kPhases,
                         std::round(centre.y() * ratio * kPhases) / kPhases);
    const double wholeXPixels = std::floor(device.x()), wholeYPixels = std::floor(device.y());
    const int wholeX = int(wholeXPixels), wholeY = int(wholeYPixels);
    const Key key{look, radius, ratio, device.x() - wholeXPixels, device.y() - wholeYPixels};
    // Room for the disc, its ring and the antialiased edge.
    const int reach = int(std::ceil((radius + 4) * ratio)) + 1;
    QImage sprite;
    {
        const QMutexLocker lock(&m_mutex);
        sprite = m_sprites.value(key);
    }
    if (sprite.isNull()) {
        // Drawn outside the lock: two bands that both miss draw the same image.
        sprite = QImage(2 * reach, 2 * reach, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        QPainter spritePainter(&sprite);
        spritePainter.setRenderHints(painter.renderHints());
        spritePainter.translate(reach + key.phaseX, reach + key.phaseY);
        spritePainter.scale(ratio, ratio);
        draw(spritePainter);
        spritePainter.end();
        sprite.setDevicePixelRatio(ratio);
        const QMutexLocker lock(&m_mutex);
        if (m_sprites.size() >= kKeptSprites)
            m_sprites.clear();
        m_sprites.insert(key, sprite);
    }
    painter.drawImage(QPointF((wholeX - reach) / ratio, (wholeY - reach) / ratio), sprite);
}

} // namespace flank::render
