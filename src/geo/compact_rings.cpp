#include "compact_rings.h"

#include <algorithm>

namespace flank::geo {

CompactRings::CompactRings(const QList<QPolygonF>& rings)
{
    qsizetype vertices = 0;
    for (const QPolygonF& ring : rings)
        vertices += ring.size();
    m_coordinates.reserve(size_t(2 * vertices));
    m_ends.reserve(size_t(rings.size()));
    for (const QPolygonF& ring : rings) {
        for (const QPointF& point : ring) {
            m_coordinates.push_back(float(point.x()));
            m_coordinates.push_back(float(point.y()));
        }
        m_ends.push_back(vertexCount());
    }
}

QPolygonF CompactRings::ring(qsizetype index) const
{
    const qsizetype begin = index == 0 ? 0 : m_ends[size_t(index - 1)];
    const qsizetype end = m_ends[size_t(index)];
    QPolygonF ring;
    ring.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i)
        ring.append(QPointF(m_coordinates[size_t(2 * i)], m_coordinates[size_t(2 * i + 1)]));
    return ring;
}

QList<QPolygonF> CompactRings::decoded() const
{
    QList<QPolygonF> rings;
    rings.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        rings.append(ring(i));
    return rings;
}

QRectF CompactRings::bounds() const
{
    if (m_coordinates.empty())
        return {};
    float left = m_coordinates[0], right = left;
    float top = m_coordinates[1], bottom = top;
    for (size_t i = 0; i < m_coordinates.size(); i += 2) {
        left = std::min(left, m_coordinates[i]);
        right = std::max(right, m_coordinates[i]);
        top = std::min(top, m_coordinates[i + 1]);
        bottom = std::max(bottom, m_coordinates[i + 1]);
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace flank::geo
