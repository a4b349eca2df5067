#include "geotiff_writer.h"

#include "geo/gdal_handles.h"

#include <QUuid>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>

#include <memory>

namespace flank::exporting {

namespace {

struct DatasetCloser
{
    void operator()(void* dataset) const { GDALClose(dataset); }
};
using DatasetHandle = std::unique_ptr<void, DatasetCloser>;

// A /vsimem/ file removed when it goes out of scope.
class MemoryFile
{
public:
    MemoryFile()
        : m_path(QStringLiteral("/vsimem/flank-%1.tif")
                     .arg(QUuid::createUuid().toString(QUuid::Id128))
                     .toUtf8())
    {
    }
    ~MemoryFile() { VSIUnlink(m_path.constData()); }
    const char* path() const { return m_path.constData(); }

private:
    QByteArray m_path;
};

QString gdalError(const char* what)
{
    const QString detail = QString::fromUtf8(CPLGetLastErrorMsg());
    return detail.isEmpty() ? QString::fromLatin1(what)
                            : QStringLiteral("%1: %2").arg(QLatin1String(what), detail);
}

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
    const QImage image = renderImage(renderer, frame).convertToFormat(QImage::Format_RGB888);
    if (image.isNull())
        return exportFailure(request.file, QStringLiteral("not enough memory for the image"));

    geo::ensureGdalRegistered();
    CPLErrorReset();
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    if (!driver)
        return exportFailure(request.file, QStringLiteral("GDAL has no GTiff driver"));
    const MemoryFile memory;
    const char* options[] = {"COMPRESS=DEFLATE", "ZLEVEL=1",         "PREDICTOR=2",
                             "PHOTOMETRIC=RGB",  "INTERLEAVE=PIXEL", nullptr};
    {
        DatasetHandle dataset(GDALCreate(driver, memory.path(), image.width(), image.height(), 3,
                                         GDT_Byte, const_cast<char**>(options)));
        if (!dataset)
            return exportFailure(request.file, gdalError("GDAL could not create the GeoTIFF"));
        std::array<double, 6> transform = geoTransformFor(frame);
        const QByteArray wktBytes = wkt.toUtf8();
        int bands[] = {1, 2, 3};
        if (GDALSetGeoTransform(dataset.get(), transform.data()) != CE_None ||
            GDALSetProjection(dataset.get(), wktBytes.constData()) != CE_None ||
            GDALDatasetRasterIO(dataset.get(), GF_Write, 0, 0, image.width(), image.height(),
                                const_cast<uchar*>(image.constBits()), image.width(),
                                image.height(), GDT_Byte, 3, bands, 3, image.bytesPerLine(),
                                1) != CE_None)
            return exportFailure(request.file, gdalError("GDAL could not write the GeoTIFF"));
    } // closing flushes; GTiff reports some errors only here
    if (CPLGetLastErrorType() >= CE_Failure)
        return exportFailure(request.file, gdalError("GDAL could not finish the GeoTIFF"));
    {
        DatasetHandle check(GDALOpen(memory.path(), GA_ReadOnly));
        if (!check || GDALGetRasterXSize(check.get()) != image.width() ||
            GDALGetRasterYSize(check.get()) != image.height() ||
            GDALGetRasterCount(check.get()) != 3)
            return exportFailure(request.file, gdalError("the GeoTIFF did not read back"));
    }
    vsi_l_offset length = 0;
    const GByte* bytes = VSIGetMemFileBuffer(memory.path(), &length, FALSE);
    if (!bytes || length == 0)
        return exportFailure(request.file, QStringLiteral("the GeoTIFF is empty"));
    if (device.write(reinterpret_cast<const char*>(bytes), qint64(length)) != qint64(length))
        return exportFailure(request.file, device.errorString());
    return {true, {}};
}

} // namespace flank::exporting
