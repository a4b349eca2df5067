#include "panel_sprites.h"

#include <QPaintEngine>

#include <cmath>

namespace flank::render {

namespace {

// A legend and stamps for a few dates; past it the cache starts again rather than grow.
constexpr qsizetype kMaxSprites = 16;

} // namespace

QString rectangleKey(const QRectF& rect)
{
    // The coordinates' bits as they are, as UTF-16 code units: exact, and made without
    // printing four numbers to seventeen digits on every frame.
    const double values[] = {rect.x(), rect.y(), rect.width(), rect.height()};
    constexpr qsizetype kUnits = qsizetype(sizeof(values)) / qsizetype(sizeof(QChar));
    return QString(reinterpret_cast<const QChar*>(values), kUnits);
}

void PanelSprites::paint(QPainter& painter, const QRectF& bounds, const QString& key,
                         const Draw& draw)
{
    const QPaintEngine* engine = painter.paintEngine();
    const bool raster = engine && engine->type() == QPaintEngine::Raster;
    // A scaled screen's device transform is its pixel ratio; any other transform is drawn in
    // place.
    const double ratio =
        painter.device() ? std::max(1.0, painter.device()->devicePixelRatioF()) : 1.0;
    if (!raster || painter.deviceTransform() != QTransform::fromScale(ratio, ratio) ||
        bounds.isEmpty()) {
        draw(painter);
        return;
    }
    // The sprite starts on a whole pixel and its drawing keeps the fraction, so the copy
    // puts every edge where drawing in place would.
    const QString fullKey = key + QLatin1Char('@') + rectangleKey(bounds) + QLatin1Char('#') +
                            QString::number(painter.renderHints().toInt()) + QLatin1Char('x') +
                            QString::number(ratio);
    auto found = m_sprites.constFind(fullKey);
    if (found == m_sprites.constEnd()) {
        const QPoint origin(int(std::floor(bounds.left())), int(std::floor(bounds.top())));
        const QSize size(int(std::ceil(bounds.right())) - origin.x(),
                         int(std::ceil(bounds.bottom())) - origin.y());
        Sprite sprite{QImage(size * ratio, QImage::Format_ARGB32_Premultiplied), origin};
        sprite.image.setDevicePixelRatio(ratio);
        sprite.image.fill(Qt::transparent);
        QPainter spritePainter(&sprite.image);
        spritePainter.setRenderHints(painter.renderHints());
        spritePainter.translate(-origin);
        draw(spritePainter);
        spritePainter.end();
        if (m_sprites.size() >= kMaxSprites)
            m_sprites.clear();
        found = m_sprites.insert(fullKey, std::move(sprite));
    }
    painter.drawImage(found->origin, found->image);
}

} // namespace flank::render
