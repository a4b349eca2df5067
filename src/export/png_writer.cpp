#include "png_writer.h"

#include <png.h>
#include <zlib.h>

#include <csetjmp>

namespace flank::exporting {

namespace {

class PngStream final : public StripSink
{
public:
    PngStream(QIODevice& device, const QSize& size, int dotsPerMetre)
        : m_device(device), m_size(size), m_dotsPerMetre(dotsPerMetre),
          m_png(png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr)),
          m_info(m_png ? png_create_info_struct(m_png) : nullptr)
    {
        if (!m_png || !m_info)
            fail(QStringLiteral("cannot start the PNG encoder"));
    }
    ~PngStream() override { png_destroy_write_struct(&m_png, &m_info); }

    bool write(const QImage& rows) override
    {
        if (!error().isEmpty())
            return false;
        const QImage rgb = rows.convertToFormat(QImage::Format_RGB888);
        if (rgb.isNull() || rgb.width() != m_size.width() ||
            m_rowsWritten + rgb.height() > m_size.height())
            return fail(QStringLiteral("not enough memory to encode the image"));
        // libpng reports errors by longjmp; nothing with a destructor is made past here.
        if (setjmp(png_jmpbuf(m_png)))
            return fail(failure());
        if (!m_started)
            start();
        for (int y = 0; y < rgb.height(); ++y)
            png_write_row(m_png, const_cast<png_bytep>(rgb.constScanLine(y)));
        m_rowsWritten += rgb.height();
        return true;
    }

    bool finish() override
    {
        if (!error().isEmpty())
            return false;
        if (!m_started || m_rowsWritten != m_size.height())
            return fail(QStringLiteral("the picture was not written whole"));
        if (setjmp(png_jmpbuf(m_png)))
            return fail(failure());
        png_write_end(m_png, m_info);
        return true;
    }

private:
    static void writeBytes(png_structp png, png_bytep data, png_size_t length)
    {
        auto* stream = static_cast<PngStream*>(png_get_io_ptr(png));
        if (stream->m_device.write(reinterpret_cast<const char*>(data), qint64(length)) !=
            qint64(length)) {
            stream->m_writeFailed = true;
            png_error(png, "write failed");
        }
    }
    static void flushBytes(png_structp) {}

    QString failure() const
    {
        return m_writeFailed ? m_device.errorString() : QStringLiteral("PNG encoding failed");
    }

    // Called under the caller's setjmp.
    void start()
    {
        png_set_write_fn(m_png, this, writeBytes, flushBytes);
        png_set_IHDR(m_png, m_info, png_uint_32(m_size.width()), png_uint_32(m_size.height()), 8,
                     PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                     PNG_FILTER_TYPE_DEFAULT);
        if (m_dotsPerMetre > 0)
            png_set_pHYs(m_png, m_info, png_uint_32(m_dotsPerMetre), png_uint_32(m_dotsPerMetre),
                         PNG_RESOLUTION_METER);
        png_set_filter(m_png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
        png_set_compression_level(m_png, 2);
        png_set_compression_strategy(m_png, Z_RLE);
        png_write_info(m_png, m_info);
        m_started = true;
    }

    QIODevice& m_device;
    QSize m_size;
    int m_dotsPerMetre;
    png_structp m_png;
    png_infop m_info;
    int m_rowsWritten = 0;
    bool m_started = false;
    bool m_writeFailed = false;
};

} // namespace

std::unique_ptr<StripSink> pngStream(QIODevice& device, const QSize& size, int dotsPerMetre)
{
    return std::make_unique<PngStream>(device, size, dotsPerMetre);
}

} // namespace flank::exporting
