#include "gdal_handles.h"

#include <cpl_error.h>
#include <gdal.h>
#include <gdal_frmts.h>
#include <ogrsf_frmts.h>

#include <mutex>

namespace flank::geo {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        RegisterOGRGeoPackage();
        RegisterOGRShape();
        RegisterOGRGeoJSON();
        RegisterOGRGeoJSONSeq();
        RegisterOGRTopoJSON();
        RegisterOGRMEM();
        GDALRegister_GTiff();
        GDALRegister_MEM();
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

void ensureAllGdalDriversRegistered()
{
    ensureGdalRegistered();
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

QString lastGdalError(const QString& fallback)
{
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    return message.isEmpty() ? fallback : message;
}

} // namespace flank::geo
