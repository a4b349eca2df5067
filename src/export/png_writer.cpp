#include "png_writer.h"

#include <png.h>
#include <zlib.h>

#include <csetjmp>
#include <vector>

namespace flank::exporting {

namespace {

struct WriteState
{
    QIODevice* device = nullptr;
    bool failed = false;
};

void writeBytes(png_structp png, png_bytep data, png_size_t length)
{
    auto* state = static_cast<WriteState*>(png_get_io_ptr(png));
    if (state->device->write(reinterpret_cast<const char*>(data), qint64(length)) !=
        qint64(length)) {
        state->failed = true;
        png_error(png, "write failed");
    }
}

void flushBytes(png_structp) {}

} // namespace

QString writeMapPng(const QImage& source, QIODevice& device)
{
    const QImage image = source.convertToFormat(QImage::Format_RGB888);
    if (image.isNull())
        return QStringLiteral("not enough memory to encode the image");
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_write_struct(&png, &info);
        return QStringLiteral("cannot start the PNG encoder");
    }
    WriteState state{&device, false};
    // libpng reports errors by longjmp; nothing with a destructor lives between here and there.
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return state.failed ? device.errorString() : QStringLiteral("PNG encoding failed");
    }
    png_set_write_fn(png, &state, writeBytes, flushBytes);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    if (image.dotsPerMeterX() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()),
                     png_uint_32(image.dotsPerMeterY()), PNG_RESOLUTION_METER);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_set_compression_level(png, 2);
    png_set_compression_strategy(png, Z_RLE);
    png_write_info(png, info);
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, const_cast<png_bytep>(image.constScanLine(y)));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return {};
}

} // namespace flank::exporting
