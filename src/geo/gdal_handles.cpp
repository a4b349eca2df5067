#include "gdal_handles.h"

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace flank::geo {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

QString lastGdalError(const QString& fallback)
{
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    return message.isEmpty() ? fallback : message;
}

} // namespace flank::geo
