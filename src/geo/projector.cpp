#include "projector.h"

#include <proj.h>

#include <cmath>
#include <limits>

namespace flank::geo {

struct Projector::Handles
{
    PJ_CONTEXT* context = nullptr;
    PJ* transform = nullptr; // WGS 84 lon/lat -> target, normalised axis order
    PJ* target = nullptr;

    ~Handles()
    {
        if (target)
            proj_destroy(target);
        if (transform)
            proj_destroy(transform);
        if (context)
            proj_context_destroy(context);
    }
};

namespace {

QString contextError(PJ_CONTEXT* context, const QString& what)
{
    const int code = proj_context_errno(context);
    const char* text = code ? proj_context_errno_string(context, code) : nullptr;
    return text ? QStringLiteral("%1: %2").arg(what, QString::fromUtf8(text)) : what;
}

} // namespace

Projector::Projector(const QString& crs) : m_handles(std::make_unique<Handles>()), m_crs(crs)
{
    Handles& h = *m_handles;
    h.context = proj_context_create();
    proj_log_level(h.context, PJ_LOG_NONE);
    QByteArray definition = crs.trimmed().toUtf8();
    // A bare PROJ string names an operation; the same string marked as a CRS is what we mean.
    if (definition.startsWith("+proj") && !definition.contains("+type=crs"))
        definition += " +type=crs";
    h.target = definition.isEmpty() ? nullptr : proj_create(h.context, definition.constData());
    if (!h.target || !proj_is_crs(h.target)) {
        m_error = contextError(h.context, QStringLiteral("unknown CRS '%1'").arg(crs));
        return;
    }
    // Longitude/latitude are taken in the target's own geographic CRS (for EPSG:3035 that is
    // ETRS89, within a metre of WGS 84): the operation is then the map projection alone, which
    // PROJ builds without searching its database for datum shifts, and runs several times faster.
    PJ* base = proj_crs_get_geodetic_crs(h.context, h.target);
    PJ* raw = proj_create_crs_to_crs_from_pj(h.context, base ? base : h.target, h.target, nullptr,
                                             nullptr);
    if (base)
        proj_destroy(base);
    if (!raw) {
        m_error = contextError(h.context, QStringLiteral("cannot project to '%1'").arg(crs));
        return;
    }
    h.transform = proj_normalize_for_visualization(h.context, raw);
    proj_destroy(raw);
    if (!h.transform)
        m_error = contextError(h.context, QStringLiteral("cannot normalise axis order"));
}

Projector::~Projector() = default;
Projector::Projector(Projector&&) noexcept = default;
Projector& Projector::operator=(Projector&&) noexcept = default;

bool Projector::isValid() const
{
    return m_handles && m_handles->transform;
}
QString Projector::errorString() const
{
    return m_error;
}

QString Projector::wkt() const
{
    if (!isValid())
        return {};
    const char* text = proj_as_wkt(m_handles->context, m_handles->target, PJ_WKT1_GDAL, nullptr);
    return text ? QString::fromUtf8(text) : QString();
}

bool Projector::isGeographic() const
{
    if (!isValid())
        return false;
    const PJ_TYPE type = proj_get_type(m_handles->target);
    return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
}

double Projector::centralMeridian() const
{
    if (!isValid() || isGeographic())
        return 0.0;
    PJ_CONTEXT* context = m_handles->context;
    PJ* operation = proj_crs_get_coordoperation(context, m_handles->target);
    if (!operation)
        return 0.0;
    double value = 0.0;
    for (const char* name : {"Longitude of natural origin", "Longitude of origin",
                             "Longitude of projection centre", "Longitude of false origin"}) {
        const int index = proj_coordoperation_get_param_index(context, operation, name);
        if (index >= 0) {
            proj_coordoperation_get_param(context, operation, index, nullptr, nullptr, nullptr,
                                          &value, nullptr, nullptr, nullptr, nullptr, nullptr,
                                          nullptr);
            break;
        }
    }
    proj_destroy(operation);
    return value;
}

QRectF Projector::areaOfUse() const
{
    double west = -180, south = -90, east = 180, north = 90;
    if (isValid() &&
        proj_get_area_of_use(m_handles->context, m_handles->target, &west, &south, &east, &north,
                             nullptr) &&
        west < east && west > -1000) {
        return QRectF(QPointF(west, south), QPointF(east, north));
    }
    return QRectF(QPointF(-180, -90), QPointF(180, 90));
}

std::optional<QPointF> Projector::forward(QPointF lonLat) const
{
    if (!isValid())
        return std::nullopt;
    PJ_COORD in = proj_coord(lonLat.x(), lonLat.y(), 0, 0);
    const PJ_COORD out = proj_trans(m_handles->transform, PJ_FWD, in);
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL)
        return std::nullopt;
    return QPointF(out.xy.x, out.xy.y);
}

std::optional<QPointF> Projector::inverse(QPointF xy) const
{
    if (!isValid())
        return std::nullopt;
    PJ_COORD in = proj_coord(xy.x(), xy.y(), 0, 0);
    const PJ_COORD out = proj_trans(m_handles->transform, PJ_INV, in);
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL)
        return std::nullopt;
    return QPointF(out.xy.x, out.xy.y);
}

int Projector::forward(std::vector<double>& x, std::vector<double>& y) const
{
    if (!isValid() || x.size() != y.size())
        return static_cast<int>(x.size());
    const size_t count = x.size();
    proj_trans_generic(m_handles->transform, PJ_FWD, x.data(), sizeof(double), count, y.data(),
                       sizeof(double), count, nullptr, 0, 0, nullptr, 0, 0);
    int failed = 0;
    for (size_t i = 0; i < count; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]) || x[i] == HUGE_VAL) {
            x[i] = y[i] = std::numeric_limits<double>::quiet_NaN();
            ++failed;
        }
    }
    return failed;
}

double geodesicDistance(QPointF lonLatA, QPointF lonLatB)
{
    // One shared ellipsoid object: PROJ's geodesic routines are pure functions of it.
    static PJ_CONTEXT* context = proj_context_create();
    static PJ* ellipsoid = proj_create(context, "+proj=longlat +ellps=WGS84 +no_defs");
    const PJ_COORD a = proj_coord(proj_torad(lonLatA.x()), proj_torad(lonLatA.y()), 0, 0);
    const PJ_COORD b = proj_coord(proj_torad(lonLatB.x()), proj_torad(lonLatB.y()), 0, 0);
    return proj_lp_dist(ellipsoid, a, b);
}

} // namespace flank::geo
