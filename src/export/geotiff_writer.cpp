#include "geotiff_writer.h"

#include "raster_strips.h"

#include "geo/gdal_handles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

#include <algorithm>
#include <memory>

namespace flank::exporting {

namespace {

struct DatasetCloser
{
    void operator()(void* dataset) const { GDALClose(dataset); }
};
using DatasetHandle = std::unique_ptr<void, DatasetCloser>;

// A file in the temporary folder for GDAL to write, removed when it goes out of scope: the
// GeoTIFF is checked there and then copied to the target a piece at a time, so the whole
// file never sits in memory.
class ScratchFile
{
public:
    ScratchFile() : m_file(QDir::temp().filePath(QStringLiteral("flank-XXXXXX.tif")))
    {
        if (m_file.open()) {
            m_path = QFile::encodeName(m_file.fileName());
            m_file.close(); // GDAL opens it by name
        }
    }
    bool isValid() const { return !m_path.isEmpty(); }
    const char* path() const { return m_path.constData(); }
    QString errorString() const { return m_file.errorString(); }

    // Copies the file to `device`; false when a read or a write failed.
    bool copyTo(QIODevice& device)
    {
        if (!m_file.open())
            return false;
        constexpr qint64 kPieceBytes = 1 << 20;
        while (!m_file.atEnd()) {
            const QByteArray piece = m_file.read(kPieceBytes);
            if (piece.isEmpty() || device.write(piece) != piece.size())
                return false;
        }
        return true;
    }
    qint64 size() const { return m_file.size(); }

private:
    QTemporaryFile m_file;
    QByteArray m_path;
};

QString gdalError(const char* what)
{
    const QString detail = QString::fromUtf8(CPLGetLastErrorMsg());
    return detail.isEmpty() ? QString::fromLatin1(what)
                            : QStringLiteral("%1: %2").arg(QLatin1String(what), detail);
}

// Writes the painted strips into the dataset's three bands. GDAL keeps written blocks in its
// cache until they are flushed; flushing whenever a strip completes whole blocks hands them to
// the encoder, so the cache never holds the whole raster.
class GeoTiffStrips : public StripSink
{
public:
    explicit GeoTiffStrips(GDALDatasetH dataset) : m_dataset(dataset)
    {
        int blockColumns = 0;
        GDALGetBlockSize(GDALGetRasterBand(dataset, 1), &blockColumns, &m_blockRows);
        m_blockRows = std::max(1, m_blockRows);
    }

    bool write(const QImage& rows) override
    {
        const QImage rgb = rows.convertToFormat(QImage::Format_RGB888);
        if (rgb.isNull())
            return fail(QStringLiteral("not enough memory for the image"));
        int bands[] = {1, 2, 3};
        if (GDALDatasetRasterIO(m_dataset, GF_Write, 0, m_row, rgb.width(), rgb.height(),
                                const_cast<uchar*>(rgb.constBits()), rgb.width(), rgb.height(),
                                GDT_Byte, 3, bands, 3, rgb.bytesPerLine(), 1) != CE_None)
            return fail(gdalError("GDAL could not write the GeoTIFF"));
        m_row += rgb.height();
        if (m_row % m_blockRows == 0)
            GDALFlushCache(m_dataset);
        return true;
    }
    bool finish() override { return true; } // closing the dataset ends the file

private:
    GDALDatasetH m_dataset;
    int m_blockRows = 1;
    int m_row = 0;
};

} // namespace

std::array<double, 6> geoTransformFor(const render::MapFrame& frame)
{
    const QRectF visible = frame.view.transform.visibleExtent(); // y grows north
    return {visible.left(),
            visible.width() / frame.size.width(),
            0.0,
            visible.top() + visible.height(),
            0.0,
            -visible.height() / frame.size.height()};
}

ExportResult writeGeoTiff(render::MapRenderer& renderer, const ExportRequest& request,
                          QIODevice& device)
{
    const render::MapFrame& frame = request.frame;
    const geo::Projector& projector = *frame.view.projector;
    const QString wkt = projector.wkt();
    if (wkt.isEmpty())
        return exportFailure(request.file, QStringLiteral("the CRS '%1' has no WKT: %2")
                                               .arg(frame.state.crs, projector.errorString()));
    const QSize size = frame.size.toSize();

    geo::ensureGdalRegistered();
    CPLErrorReset();
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    if (!driver)
        return exportFailure(request.file, QStringLiteral("GDAL has no GTiff driver"));
    ScratchFile scratch;
    if (!scratch.isValid())
        return exportFailure(
            request.file,
            QStringLiteral("no temporary file for the GeoTIFF: %1").arg(scratch.errorString()));
    const char* options[] = {"COMPRESS=DEFLATE", "ZLEVEL=1",         "PREDICTOR=2",
                             "PHOTOMETRIC=RGB",  "INTERLEAVE=PIXEL", nullptr};
    {
        DatasetHandle dataset(GDALCreate(driver, scratch.path(), size.width(), size.height(), 3,
                                         GDT_Byte, const_cast<char**>(options)));
        if (!dataset)
            return exportFailure(request.file, gdalError("GDAL could not create the GeoTIFF"));
        std::array<double, 6> transform = geoTransformFor(frame);
        const QByteArray wktBytes = wkt.toUtf8();
        if (GDALSetGeoTransform(dataset.get(), transform.data()) != CE_None ||
            GDALSetProjection(dataset.get(), wktBytes.constData()) != CE_None)
            return exportFailure(request.file, gdalError("GDAL could not write the GeoTIFF"));
        GeoTiffStrips strips(dataset.get());
        if (const QString error = paintInStrips(renderer, frame, strips); !error.isEmpty())
            return exportFailure(request.file, error);
    } // closing flushes; GTiff reports some errors only here
    if (CPLGetLastErrorType() >= CE_Failure)
        return exportFailure(request.file, gdalError("GDAL could not finish the GeoTIFF"));
    {
        DatasetHandle check(GDALOpen(scratch.path(), GA_ReadOnly));
        if (!check || GDALGetRasterXSize(check.get()) != size.width() ||
            GDALGetRasterYSize(check.get()) != size.height() ||
            GDALGetRasterCount(check.get()) != 3)
            return exportFailure(request.file, gdalError("the GeoTIFF did not read back"));
    }
    if (scratch.size() == 0)
        return exportFailure(request.file, QStringLiteral("the GeoTIFF is empty"));
    if (!scratch.copyTo(device))
        return exportFailure(request.file, device.errorString());
    return {true, {}};
}

} // namespace flank::exporting
