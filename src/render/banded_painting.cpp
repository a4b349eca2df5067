#include "banded_painting.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QImage>
#include <QList>
#include <QPaintEngine>
#include <QRegion>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>

namespace flank::render {

namespace {

// Qt fills the table of its hatch patterns on first use; fill it before threads race for it.
void warmPatternTable()
{
    static const bool warmed = [] {
        QImage pixel(1, 1, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&pixel);
        painter.fillRect(pixel.rect(), QBrush(Qt::black, Qt::BDiagPattern));
        return true;
    }();
    Q_UNUSED(warmed);
}

bool formatAllowsBands(QImage::Format format)
{
    return format == QImage::Format_RGB32 || format == QImage::Format_ARGB32_Premultiplied ||
           format == QImage::Format_ARGB32;
}

// The device pixels `painter` draws on: the whole image, or the one rectangle of whole pixels
// it is clipped to (an export's strip, a map of a sheet, moved by `offset`); nothing when the
// clip has any other shape.
std::optional<QRect> paintedPixels(const QPainter& painter, const QImage& image, QPointF offset)
{
    const QRect whole(QPoint(0, 0), image.size());
    if (!painter.hasClipping())
        return whole;
    const QRegion clip = painter.clipRegion();
    const QRectF exact = painter.clipBoundingRect();
    if (clip.rectCount() != 1 || QRectF(clip.boundingRect()) != exact)
        return std::nullopt;
    const double ratio = image.devicePixelRatio();
    const QRectF pixels((exact.topLeft() + offset) * ratio, exact.size() * ratio);
    if (pixels != QRectF(pixels.toRect()))
        return std::nullopt;
    return pixels.toRect().intersected(whole);
}

} // namespace

QList<int> BandLayout::edges(int rows, int count) const
{
    QList<int> result{0};
    for (int i = 1; i < count; ++i) {
        const double fraction =
            m_fractions.size() == count - 1 ? m_fractions[i - 1] : double(i) / count;
        result.append(std::clamp(int(fraction * rows), result.last() + 1, rows - (count - i)));
    }
    result.append(rows);
    return result;
}

void BandLayout::learn(const QList<int>& edges, const QList<double>& seconds)
{
    const qsizetype count = seconds.size();
    const double rows = edges.last();
    double total = 0;
    for (double s : seconds)
        total += s;
    if (count < 2 || total <= 0 || rows <= 0)
        return;
    // Time per row is taken as even within a band; put the new edges where equal shares of
    // the total fall, and go most of the way there, so one odd frame does not swing them.
    QList<double> next;
    double before = 0; // time in the bands before band `band`
    qsizetype band = 0;
    for (qsizetype i = 1; i < count; ++i) {
        const double share = total * i / count;
        while (band + 1 < count && before + seconds[band] < share)
            before += seconds[band++];
        const double height = edges[band + 1] - edges[band];
        const double within = seconds[band] > 0 ? (share - before) / seconds[band] : 0.5;
        const double target = (edges[band] + std::clamp(within, 0.0, 1.0) * height) / rows;
        next.append(0.25 * edges[i] / rows + 0.75 * target);
    }
    m_fractions = next;
}

bool paintInBands(QPainter& painter, int maxThreads, BandLayout& layout,
                  const BandPainter& paintBand, const std::function<void()>& meanwhile)
{
    auto* image = dynamic_cast<QImage*>(painter.device());
    const QPaintEngine* engine = painter.paintEngine();
    // A painter moved to a rectangle it is clipped to (a map of a sheet) may draw in bands too.
    const QTransform world = painter.worldTransform();
    const bool moved = !world.isIdentity();
    if (!image || !engine || engine->type() != QPaintEngine::Raster ||
        world.type() > QTransform::TxTranslate || (moved && !painter.hasClipping()) ||
        !formatAllowsBands(image->format()))
        return false;
    const QPointF offset(world.dx(), world.dy());
    const std::optional<QRect> pixels = paintedPixels(painter, *image, offset);
    if (!pixels)
        return false;
    // Below this many rows a band costs more to start than it saves.
    constexpr int kMinimumRowsPerBand = 64;
    const int bands = std::min(maxThreads, pixels->height() / kMinimumRowsPerBand);
    if (bands < 2)
        return false;

    warmPatternTable();
    const QPainter::RenderHints hints = painter.renderHints();
    const double ratio = image->devicePixelRatio();
    const qsizetype stride = image->bytesPerLine();
    uchar* bits = image->bits();
    const QList<int> edges = layout.edges(pixels->height(), bands);
    QList<double> seconds(bands, 0.0);
    const auto paintBandAt = [&](int index, const QElapsedTimer& timer) {
        const int firstRow = pixels->top() + edges[index];
        const int endRow = pixels->top() + edges[index + 1];
        // Each thread draws on the whole picture, clipped to its rows: the rows are disjoint,
        // and patterns and antialiasing fall on the same pixels as on one painter.
        QImage whole(bits, image->width(), image->height(), stride, image->format());
        whole.setDevicePixelRatio(ratio);
        QPainter bandPainter(&whole);
        bandPainter.setRenderHints(hints);
        const QRectF area(pixels->left() / ratio - offset.x(), firstRow / ratio - offset.y(),
                          pixels->width() / ratio, (endRow - firstRow) / ratio);
        bandPainter.setTransform(world);
        bandPainter.setClipRect(area);
        paintBand(bandPainter, area, index);
        bandPainter.end();
        seconds[index] = timer.nsecsElapsed() / 1e9;
    };
    QList<QFuture<void>> others;
    for (int i = 1; i < bands; ++i)
        others.append(QtConcurrent::run([&paintBandAt, i] {
            QElapsedTimer timer;
            timer.start();
            paintBandAt(i, timer);
        }));
    // The calling thread's band is timed with the work done before it, so it is given less.
    QElapsedTimer timer;
    timer.start();
    if (meanwhile)
        meanwhile();
    paintBandAt(0, timer);
    for (QFuture<void>& other : others)
        other.waitForFinished();
    layout.learn(edges, seconds);
    return true;
}

} // namespace flank::render
