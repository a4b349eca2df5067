#include "view_transform.h"

#include <algorithm>

namespace flank::render {

ViewTransform::ViewTransform(const QRectF& extent, const QSizeF& deviceSize)
{
    const QRectF safe = extent.isValid() && !extent.isEmpty() ? extent : QRectF(-1, -1, 2, 2);
    const double width = std::max(1.0, deviceSize.width());
    const double height = std::max(1.0, deviceSize.height());
    m_scale = std::min(width / safe.width(), height / safe.height());
    const QPointF centre = safe.center();
    m_mapToDevice = QTransform(m_scale, 0, 0, -m_scale, width / 2 - centre.x() * m_scale,
                               height / 2 + centre.y() * m_scale);
    const double halfWidth = width / m_scale / 2, halfHeight = height / m_scale / 2;
    m_visible =
        QRectF(centre.x() - halfWidth, centre.y() - halfHeight, 2 * halfWidth, 2 * halfHeight);
}

} // namespace flank::render
