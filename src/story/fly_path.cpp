#include "fly_path.h"

#include <algorithm>
#include <cmath>

namespace flank::story {

namespace {

// The width of the screen-shaped view that shows all of `extent`.
double viewWidth(const QRectF& extent, double aspect)
{
    return std::max(extent.width(), extent.height() * aspect);
}

double smoothstep(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

} // namespace

FlyPath::FlyPath(const QRectF& from, const QRectF& to, double aspect)
    : m_c0(from.center()), m_c1(to.center()), m_aspect(aspect > 0 ? aspect : 1)
{
    m_w0 = std::max(1e-9, viewWidth(from, m_aspect));
    m_w1 = std::max(1e-9, viewWidth(to, m_aspect));
    const QPointF delta = m_c1 - m_c0;
    m_u1 = std::hypot(delta.x(), delta.y());
    const double rho2 = kRho * kRho;
    if (m_u1 < 1e-9 * std::max(m_w0, m_w1)) {
        m_u1 = 0;
        m_length = std::abs(std::log(m_w1 / m_w0)) / kRho;
        return;
    }
    const auto b = [&](double w, double sign) {
        return (m_w1 * m_w1 - m_w0 * m_w0 + sign * rho2 * rho2 * m_u1 * m_u1) /
               (2 * w * rho2 * m_u1);
    };
    const auto r = [](double bi) { return std::log(-bi + std::sqrt(bi * bi + 1)); };
    m_r0 = r(b(m_w0, 1));
    const double r1 = r(b(m_w1, -1));
    m_length = (r1 - m_r0) / kRho;
}

QRectF FlyPath::viewAt(double s) const
{
    QPointF centre = m_c0;
    double width = m_w0;
    if (m_u1 == 0) {
        const double direction = m_w1 >= m_w0 ? 1 : -1;
        width = m_w0 * std::exp(direction * kRho * s);
    } else {
        const double rho2 = kRho * kRho;
        const double u = m_w0 / rho2 * std::cosh(m_r0) * std::tanh(kRho * s + m_r0) -
                         m_w0 / rho2 * std::sinh(m_r0);
        width = m_w0 * std::cosh(m_r0) / std::cosh(kRho * s + m_r0);
        centre = m_c0 + (m_c1 - m_c0) * (u / m_u1);
    }
    const double height = width / m_aspect;
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height);
}

QRectF FlyPath::at(double t) const
{
    const double eased = smoothstep(t);
    if (eased <= 0)
        return viewAt(0);
    if (eased >= 1) {
        // The exact end, free of the rounding the formulas gather on the way.
        const double height = m_w1 / m_aspect;
        return QRectF(m_c1.x() - m_w1 / 2, m_c1.y() - height / 2, m_w1, height);
    }
    return viewAt(eased * m_length);
}

} // namespace flank::story
