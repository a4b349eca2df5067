#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace flank::geo {

// Polygon rings in lon/lat kept as single-precision pairs. Natural Earth's finest scale is
// drawn to about a kilometre; a float keeps a longitude to 2 m or better, in half the memory
// of QPolygonF, which matters for the half million vertices of the 1:10m countries.
class CompactRings
{
public:
    CompactRings() = default;
    explicit CompactRings(const QList<QPolygonF>& rings);

    qsizetype size() const { return qsizetype(m_ends.size()); } // number of rings
    bool isEmpty() const { return m_ends.empty(); }
    qsizetype vertexCount() const { return qsizetype(m_coordinates.size() / 2); }
    QPolygonF ring(qsizetype index) const;
    QList<QPolygonF> decoded() const; // every ring, as QPolygonF
    QRectF bounds() const;

private:
    std::vector<float> m_coordinates; // x0, y0, x1, y1, ...
    std::vector<qsizetype> m_ends;    // one past each ring's last vertex
};

} // namespace flank::geo
