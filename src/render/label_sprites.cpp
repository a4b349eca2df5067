#include "label_sprites.h"

#include "label_painter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace flank::render {

namespace {

// Enough for every name of a few views; past it the cache starts again rather than grow.
constexpr qsizetype kMaxSprites = 512;

// The target's pixels per painter unit: a sprite made at 1 and enlarged on a 200 % screen
// would come out blurred beside outlines drawn at full resolution.
double devicePixelRatioOf(const QPainter& painter)
{
    const QPaintDevice* device = painter.device();
    return device ? std::max(1.0, device->devicePixelRatioF()) : 1.0;
}

} // namespace

LabelSprites::Sprite LabelSprites::render(const PlacedLabel& label, double haloRadius,
                                          const Draw& draw, double ratio) const
{
    const QRectF ink = QFontMetricsF(label.font).boundingRect(label.text);
    const double margin = std::ceil(haloRadius) + 2;
    const QPointF baseline(margin - ink.left(), margin - ink.top());
    const QSize size(int(std::ceil((ink.width() + 2 * margin) * ratio)),
                     int(std::ceil((ink.height() + 2 * margin) * ratio)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.translate(baseline);
    draw(painter);
    painter.end();
    return {image, baseline};
}

void LabelSprites::paint(QPainter& painter, const PlacedLabel& label, const QString& styleKey,
                         double haloRadius, const Draw& draw)
{
    const double ratio = devicePixelRatioOf(painter);
    // Names come in a font or two: the font's key is made again only when the font changes.
    if (!(label.font == m_lastFont) || m_lastFontKey.isEmpty()) {
        m_lastFont = label.font;
        m_lastFontKey = label.font.key();
    }
    const QString key = styleKey + QLatin1Char('|') + m_lastFontKey + QLatin1Char('|') +
                        QString::number(std::lround(label.opacity * 32)) + QLatin1Char('|') +
                        QString::number(ratio) + QLatin1Char('|') + label.text;
    auto found = m_sprites.constFind(key);
    if (found == m_sprites.constEnd()) {
        if (m_sprites.size() >= kMaxSprites)
            m_sprites.clear();
        found = m_sprites.insert(key, render(label, haloRadius, draw, ratio));
    }
    // On the nearest whole device pixel, so the copy is not resampled.
    const QPointF topLeft = label.baseline - found->baselineInImage;
    painter.drawImage(
        QPointF(std::round(topLeft.x() * ratio) / ratio, std::round(topLeft.y() * ratio) / ratio),
        found->image);
}

} // namespace flank::render
