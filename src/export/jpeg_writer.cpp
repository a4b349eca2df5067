#include "jpeg_writer.h"

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cstdio>
#include <vector>

// After <cstdio>: libjpeg's header uses FILE and size_t without including them.
#include <jerror.h>
#include <jpeglib.h>

namespace flank::exporting {

namespace {

constexpr std::size_t kBufferBytes = 64 * 1024;

class JpegStream final : public StripSink
{
public:
    JpegStream(QIODevice& device, const QSize& size, int dotsPerMetre, int quality)
        : m_device(device), m_size(size), m_dotsPerMetre(dotsPerMetre),
          m_quality(quality >= 0 ? std::min(quality, 100) : 75)
    {
    }
    ~JpegStream() override
    {
        if (m_created)
            jpeg_destroy_compress(&m_info);
    }

    bool write(const QImage& rows) override
    {
        if (!error().isEmpty())
            return false;
        // As Qt's writer reads it: each pixel's red, green and blue from 32-bit RGB.
        const QImage rgb = rows.convertToFormat(QImage::Format_RGB32);
        if (rgb.isNull() || rgb.width() != m_size.width())
            return fail(QStringLiteral("not enough memory to encode the image"));
        // libjpeg leaves by longjmp on an error: nothing with a destructor is made past here.
        if (setjmp(m_failed))
            return fail(m_failure);
        if (!m_started)
            start();
        JSAMPROW row = m_row.data();
        for (int y = 0; y < rgb.height() && m_info.next_scanline < m_info.image_height; ++y) {
            const auto* pixel = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
            JSAMPLE* out = m_row.data();
            for (int x = 0; x < rgb.width(); ++x, ++pixel) {
                *out++ = JSAMPLE(qRed(*pixel));
                *out++ = JSAMPLE(qGreen(*pixel));
                *out++ = JSAMPLE(qBlue(*pixel));
            }
            jpeg_write_scanlines(&m_info, &row, 1);
        }
        return true;
    }

    bool finish() override
    {
        if (!error().isEmpty())
            return false;
        if (!m_started || m_info.next_scanline != m_info.image_height)
            return fail(QStringLiteral("the picture was not written whole"));
        if (setjmp(m_failed))
            return fail(m_failure);
        jpeg_finish_compress(&m_info);
        return true;
    }

private:
    static JpegStream& of(j_common_ptr info)
    {
        return *static_cast<JpegStream*>(info->client_data);
    }
    static JpegStream& of(j_compress_ptr info)
    {
        return *static_cast<JpegStream*>(info->client_data);
    }

    // libjpeg reports errors by calling this, which must not return: back to the last setjmp.
    static void leave(j_common_ptr info)
    {
        JpegStream& stream = of(info);
        char message[JMSG_LENGTH_MAX] = {};
        (*info->err->format_message)(info, message);
        stream.m_failure =
            stream.m_writeFailed ? stream.m_device.errorString() : QString::fromLatin1(message);
        std::longjmp(stream.m_failed, 1);
    }
    static void quiet(j_common_ptr) {}

    static void startBuffer(j_compress_ptr info)
    {
        JpegStream& stream = of(info);
        info->dest->next_output_byte = stream.m_buffer.data();
        info->dest->free_in_buffer = stream.m_buffer.size();
    }
    void pass(j_compress_ptr info, std::size_t bytes)
    {
        const auto length = qint64(bytes);
        if (m_device.write(reinterpret_cast<const char*>(m_buffer.data()), length) != length) {
            m_writeFailed = true;
            ERREXIT(info, JERR_FILE_WRITE);
        }
    }
    static boolean passFullBuffer(j_compress_ptr info)
    {
        of(info).pass(info, of(info).m_buffer.size());
        startBuffer(info);
        return TRUE;
    }
    static void passRest(j_compress_ptr info)
    {
        of(info).pass(info, of(info).m_buffer.size() - info->dest->free_in_buffer);
    }

    // Called under the caller's setjmp. Qt's JPEG writer's settings: RGB, the density in
    // whole dots per inch or per centimetre, whichever is nearer the exact figure, and the
    // quality limited to baseline tables.
    void start()
    {
        m_info.err = jpeg_std_error(&m_errors);
        m_errors.error_exit = leave;
        m_errors.output_message = quiet;
        m_info.client_data = this;
        jpeg_create_compress(&m_info);
        m_created = true;
        m_destination.init_destination = startBuffer;
        m_destination.empty_output_buffer = passFullBuffer;
        m_destination.term_destination = passRest;
        m_info.dest = &m_destination;
        m_info.image_width = JDIMENSION(m_size.width());
        m_info.image_height = JDIMENSION(m_size.height());
        m_info.input_components = 3;
        m_info.in_color_space = JCS_RGB;
        jpeg_set_defaults(&m_info);
        const double inches = m_dotsPerMetre * 2.54 / 100.0;
        const double centimetres = m_dotsPerMetre / 100.0;
        if (std::abs(inches - qRound(inches)) <
            std::abs(centimetres - qRound(centimetres)) * 2.54) {
            m_info.density_unit = 1;
            m_info.X_density = m_info.Y_density = UINT16(qRound(inches));
        } else {
            m_info.density_unit = 2;
            m_info.X_density = m_info.Y_density = UINT16((m_dotsPerMetre + 50) / 100);
        }
        jpeg_set_quality(&m_info, m_quality, TRUE);
        jpeg_start_compress(&m_info, TRUE);
        m_row.resize(std::size_t(m_size.width()) * 3);
        m_started = true;
    }

    QIODevice& m_device;
    QSize m_size;
    int m_dotsPerMetre;
    int m_quality;
    jpeg_compress_struct m_info{};
    jpeg_error_mgr m_errors{};
    jpeg_destination_mgr m_destination{};
    std::jmp_buf m_failed;
    std::vector<JOCTET> m_buffer = std::vector<JOCTET>(kBufferBytes);
    std::vector<JSAMPLE> m_row;
    QString m_failure;
    bool m_created = false;
    bool m_started = false;
    bool m_writeFailed = false;
};

} // namespace

std::unique_ptr<StripSink> jpegStream(QIODevice& device, const QSize& size, int dotsPerMetre,
                                      int quality)
{
    return std::make_unique<JpegStream>(device, size, dotsPerMetre, quality);
}

} // namespace flank::exporting
