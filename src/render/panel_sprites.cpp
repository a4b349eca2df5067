#include "panel_sprites.h"

#include <QPaintEngine>

#include <cmath>
#include <cstdint>
#include <cstring>

namespace flank::render {

namespace {

// A legend and stamps for a few dates; past it the cache starts again rather than grow.
constexpr qsizetype kMaxSprites = 16;

// `source` over `target`, both premultiplied, as Qt's own blend of an image rounds it.
std::uint32_t over(std::uint32_t source, std::uint32_t target)
{
    const std::uint32_t rest = 255 - (source >> 24);
    std::uint32_t redBlue = (target & 0xff00ff) * rest;
    redBlue = ((redBlue + ((redBlue >> 8) & 0xff00ff) + 0x800080) >> 8) & 0xff00ff;
    std::uint32_t alphaGreen = ((target >> 8) & 0xff00ff) * rest;
    alphaGreen = (alphaGreen + ((alphaGreen >> 8) & 0xff00ff) + 0x800080) & 0xff00ff00;
    return source + (alphaGreen | redBlue);
}

} // namespace

std::vector<std::pair<int, int>> PanelSprites::opaqueRunsOf(const QImage& image)
{
    std::vector<std::pair<int, int>> runs(std::size_t(image.height()), {0, -1});
    for (int y = 0; y < image.height(); ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(image.constScanLine(y));
        int first = 0;
        while (first < image.width() && (row[first] >> 24) != 255)
            ++first;
        int last = first;
        while (last + 1 < image.width() && (row[last + 1] >> 24) == 255)
            ++last;
        if (first < image.width())
            runs[std::size_t(y)] = {first, last};
    }
    return runs;
}

// Copies the opaque runs of `sprite` and blends the rest, when the painter draws on a whole
// 32-bit image without clip, opacity or other composition, and the sprite lies on whole pixels
// inside it; otherwise leaves it to Qt.
bool PanelSprites::copyOnto(QPainter& painter, const Sprite& sprite)
{
    auto* image = dynamic_cast<QImage*>(painter.device());
    if (!image ||
        (image->format() != QImage::Format_ARGB32_Premultiplied &&
         image->format() != QImage::Format_RGB32) ||
        painter.hasClipping() || painter.opacity() < 1.0 ||
        painter.compositionMode() != QPainter::CompositionMode_SourceOver)
        return false;
    const QPointF at = painter.deviceTransform().map(QPointF(sprite.origin));
    const QPoint topLeft(qRound(at.x()), qRound(at.y()));
    const QRect area(topLeft, sprite.image.size());
    if (QPointF(topLeft) != at || !image->rect().contains(area))
        return false;
    const int width = sprite.image.width();
    for (int y = 0; y < sprite.image.height(); ++y) {
        const auto* from = reinterpret_cast<const std::uint32_t*>(sprite.image.constScanLine(y));
        auto* to = reinterpret_cast<std::uint32_t*>(image->scanLine(topLeft.y() + y)) + topLeft.x();
        const auto [first, last] = sprite.opaqueRuns[std::size_t(y)];
        const auto blend = [&](int begin, int end) {
            for (int x = begin; x < end; ++x)
                if (from[x] != 0)
                    to[x] = (from[x] >> 24) == 255 ? from[x] : over(from[x], to[x]);
        };
        if (first > last) {
            blend(0, width);
            continue;
        }
        blend(0, first);
        std::memcpy(to + first, from + first, std::size_t(last - first + 1) * sizeof(*to));
        blend(last + 1, width);
    }
    return true;
}

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
        Sprite sprite{QImage(size * ratio, QImage::Format_ARGB32_Premultiplied), origin, {}};
        sprite.image.setDevicePixelRatio(ratio);
        sprite.image.fill(Qt::transparent);
        QPainter spritePainter(&sprite.image);
        spritePainter.setRenderHints(painter.renderHints());
        spritePainter.translate(-origin);
        draw(spritePainter);
        spritePainter.end();
        sprite.opaqueRuns = opaqueRunsOf(sprite.image);
        if (m_sprites.size() >= kMaxSprites)
            m_sprites.clear();
        found = m_sprites.insert(fullKey, std::move(sprite));
    }
    if (!copyOnto(painter, *found))
        painter.drawImage(found->origin, found->image);
}

} // namespace flank::render
