#pragma once

#include <QPointF>
#include <QRectF>

namespace flank::story {

// The camera path between two views after van Wijk and Nuij, "Smooth and efficient zooming and
// panning" (InfoVis 2003): it zooms out, pans and zooms in so the perceived speed stays even,
// instead of sliding across the map at full zoom.
class FlyPath
{
public:
    // Views are given as extents; `aspect` (width / height) is the screen's.
    FlyPath(const QRectF& from, const QRectF& to, double aspect);

    // The view at progress t in [0, 1], eased in and out; at 0 and 1 the views given (fitted).
    QRectF at(double t) const;
    // Path length in the paper's units: about 1 per doubling of zoom or per screen of panning.
    double length() const { return m_length; }

private:
    QRectF viewAt(double s) const;

    static constexpr double kRho = 1.4; // zoom-out eagerness; the paper recommends about sqrt(2)

    QPointF m_c0, m_c1;
    double m_w0 = 1, m_w1 = 1;
    double m_u1 = 0; // distance between centres
    double m_r0 = 0;
    double m_length = 0;
    double m_aspect = 1;
};

} // namespace flank::story
