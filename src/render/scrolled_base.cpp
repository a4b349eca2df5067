#include "scrolled_base.h"

#include <QPaintEngine>

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace flank::render {

namespace {

// Moves every pixel of `image` by (dx, dy); what moves off is lost, what is uncovered keeps
// stale pixels for the caller to paint over.
void movePixels(QImage& image, int dx, int dy)
{
    const int width = image.width(), height = image.height();
    const int bytesPerPixel = image.depth() / 8;
    const std::size_t rowBytes = std::size_t(width - std::abs(dx)) * std::size_t(bytesPerPixel);
    const std::size_t to = std::size_t(std::max(dx, 0) * bytesPerPixel);
    const std::size_t from = std::size_t(std::max(-dx, 0) * bytesPerPixel);
    uchar* bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    const auto moveRow = [&](int y) {
        std::memmove(bits + y * stride + to, bits + (y - dy) * stride + from, rowBytes);
    };
    // Rows are copied in the order that reads each source row before it is overwritten.
    if (dy > 0)
        for (int y = height - 1; y >= dy; --y)
            moveRow(y);
    else
        for (int y = 0; y < height + dy; ++y)
            moveRow(y);
}

} // namespace

bool ScrolledBase::suits(const QPainter& target)
{
    const auto* image = dynamic_cast<const QImage*>(target.device());
    const QPaintEngine* engine = target.paintEngine();
    return image && engine && engine->type() == QPaintEngine::Raster &&
           target.worldTransform().isIdentity() && !target.hasClipping() &&
           (image->format() == QImage::Format_RGB32 ||
            image->format() == QImage::Format_ARGB32_Premultiplied) &&
           image->devicePixelRatio() == std::round(image->devicePixelRatio());
}

void ScrolledBase::paint(QPainter& target, const Key& key, QPointF origin,
                         const std::function<void(QPainter&)>& paintWhole,
                         const std::function<void(QPainter&, const QRectF&)>& paintArea,
                         const QRect& coveredPixels)
{
    if (!m_key || !(*m_key == key)) {
        m_key = key;
        m_kept = false;
        m_pixels = QImage(); // a zoom or a new look: nothing kept is of use
        paintWhole(target);
        return;
    }
    const auto& image = *static_cast<const QImage*>(target.device());
    if (m_kept && m_pixels.size() == image.size() && m_pixels.format() == image.format() &&
        m_pixels.devicePixelRatio() == image.devicePixelRatio() &&
        scroll(m_pixels, origin, paintArea)) {
        copyTo(target, coveredPixels);
        return;
    }
    m_pixels = QImage(image.size(), image.format());
    m_pixels.setDevicePixelRatio(image.devicePixelRatio());
    QPainter painter(&m_pixels);
    painter.setRenderHints(target.renderHints());
    paintWhole(painter);
    painter.end();
    m_kept = true;
    m_origin = origin;
    copyTo(target, coveredPixels);
}

bool ScrolledBase::scroll(QImage& image, QPointF origin,
                          const std::function<void(QPainter&, const QRectF&)>& paintArea)
{
    const double ratio = image.devicePixelRatio();
    const QPointF shift = (origin - m_origin) * ratio;
    const double dx = std::round(shift.x()), dy = std::round(shift.y());
    // Only a move by whole pixels keeps every edge where a fresh picture has it.
    constexpr double kWhole = 1e-3;
    if (std::abs(shift.x() - dx) > kWhole || std::abs(shift.y() - dy) > kWhole ||
        std::abs(dx) >= image.width() || std::abs(dy) >= image.height())
        return false;
    const int x = int(dx), y = int(dy);
    if (x != 0 || y != 0)
        movePixels(image, x, y);
    m_origin = origin;
    const QSizeF size = QSizeF(image.size()) / ratio;
    QList<QRectF> uncovered;
    if (x > 0)
        uncovered << QRectF(0, 0, x / ratio, size.height());
    else if (x < 0)
        uncovered << QRectF(size.width() + x / ratio, 0, -x / ratio, size.height());
    if (y > 0)
        uncovered << QRectF(0, 0, size.width(), y / ratio);
    else if (y < 0)
        uncovered << QRectF(0, size.height() + y / ratio, size.width(), -y / ratio);
    for (const QRectF& area : uncovered) {
        QPainter painter(&image);
        painter.setClipRect(area);
        paintArea(painter, area);
    }
    return true;
}

void ScrolledBase::copyTo(QPainter& target, const QRect& coveredPixels) const
{
    auto* image = static_cast<QImage*>(target.device());
    if (image->bytesPerLine() == m_pixels.bytesPerLine() && image->format() == m_pixels.format()) {
        const QRect covered = coveredPixels & m_pixels.rect();
        const qsizetype stride = m_pixels.bytesPerLine();
        uchar* to = image->bits();
        const uchar* from = m_pixels.constBits();
        // Whole rows above and below what is covered at once; beside it, each row's two ends.
        const auto copyRows = [&](int first, int end) {
            if (end > first)
                std::memcpy(to + first * stride, from + first * stride,
                            std::size_t((end - first) * stride));
        };
        if (covered.isEmpty()) {
            copyRows(0, m_pixels.height());
            return;
        }
        const int bytesPerPixel = m_pixels.depth() / 8;
        const std::size_t before = std::size_t(covered.left() * bytesPerPixel);
        const std::size_t after = std::size_t((covered.right() + 1) * bytesPerPixel);
        const std::size_t rowBytes = std::size_t(m_pixels.width() * bytesPerPixel);
        copyRows(0, covered.top());
        for (int y = covered.top(); y <= covered.bottom(); ++y) {
            std::memcpy(to + y * stride, from + y * stride, before);
            std::memcpy(to + y * stride + after, from + y * stride + after, rowBytes - after);
        }
        copyRows(covered.bottom() + 1, m_pixels.height());
        return;
    }
    target.save();
    target.setCompositionMode(QPainter::CompositionMode_Source);
    target.drawImage(QPointF(0, 0), m_pixels);
    target.restore();
}

} // namespace flank::render
