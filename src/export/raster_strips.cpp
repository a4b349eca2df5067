#include "raster_strips.h"

#include <QPainter>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <utility>

namespace flank::exporting {

namespace {

constexpr qsizetype kStripBytes = 1 << 20;

void unmapPixels(void* info)
{
    const auto* mapping = static_cast<const std::pair<void*, std::size_t>*>(info);
    munmap(mapping->first, mapping->second);
    delete mapping;
}

// An image whose pixels are only address space until drawn on: a page takes memory when a
// strip first touches it and gives it back when released.
QImage reservedImage(const QSize& size)
{
    const qsizetype rowBytes = qsizetype(size.width()) * 4;
    const std::size_t bytes = std::size_t(rowBytes) * std::size_t(size.height());
    void* pixels = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pixels == MAP_FAILED)
        return {};
    return QImage(static_cast<uchar*>(pixels), size.width(), size.height(), rowBytes,
                  QImage::Format_ARGB32_Premultiplied, unmapPixels,
                  new std::pair<void*, std::size_t>(pixels, bytes));
}

// Gives back the memory of the whole pages among `rows` rows from `top`; they read as zero
// afterwards.
void releaseRows(QImage& image, int top, int rows)
{
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const auto start = reinterpret_cast<std::uintptr_t>(image.constBits()) +
                       std::uintptr_t(top) * std::uintptr_t(image.bytesPerLine());
    const std::uintptr_t end = start + std::uintptr_t(rows) * std::uintptr_t(image.bytesPerLine());
    const std::uintptr_t first = (start + page - 1) / page * page, last = end / page * page;
    if (last > first)
        madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

} // namespace

int dotsPerMetre(double dpi)
{
    return int(dpi / 0.0254 + 0.5);
}

QString paintInStrips(render::MapRenderer& renderer, const render::MapFrame& frame, StripSink& sink)
{
    return paintInStrips(
        frame.size.toSize(), [&](QPainter& painter) { renderer.paint(painter, frame); }, sink);
}

QString paintInStrips(const QSize& size, const PicturePainter& paint, StripSink& sink)
{
    // The strips are drawn on one image of the whole picture, clipped to their rows, so every
    // pattern and edge falls where it would on a picture drawn at once; only the rows of the
    // strip being drawn and encoded take memory.
    QImage picture = reservedImage(size);
    if (picture.isNull())
        return QStringLiteral("not enough memory for the image");
    const int rows =
        int(std::clamp<qsizetype>(kStripBytes / picture.bytesPerLine(), 1, size.height()));
    for (int top = 0; top < size.height(); top += rows) {
        const int height = std::min(rows, size.height() - top);
        QPainter painter(&picture);
        painter.setClipRect(QRect(0, top, size.width(), height));
        paint(painter);
        painter.end();
        const QImage strip(picture.constBits() + qsizetype(top) * picture.bytesPerLine(),
                           size.width(), height, picture.bytesPerLine(), picture.format());
        if (!sink.write(strip))
            return sink.error();
        releaseRows(picture, top, height);
    }
    return sink.finish() ? QString() : sink.error();
}

} // namespace flank::exporting
