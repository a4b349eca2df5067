#include "story_transition.h"

#include <algorithm>
#include <cmath>

namespace flank::story {

StoryTransition::StoryTransition(const core::MapState& from, const core::MapState& to,
                                 const QRectF& fromExtent, const QRectF& toExtent,
                                 const QSizeF& viewport)
    : m_from(from), m_to(to), m_fromExtent(fromExtent), m_toExtent(toExtent),
      m_path(fromExtent, toExtent,
             viewport.height() > 0 ? viewport.width() / viewport.height() : 1.0),
      m_sameCrs(from.crs == to.crs)
{
}

core::MapState StoryTransition::at(double t) const
{
    if (t <= 0)
        return m_from;
    if (t >= 1)
        return m_to;
    core::MapState state = t < 0.5 ? m_from : m_to;
    // Extents in two CRSs cannot be blended; such a transition cuts halfway.
    if (m_sameCrs)
        state.extent = m_path.at(t);
    else
        state.extent = t < 0.5 ? m_fromExtent : m_toExtent;
    if (m_from.date.isValid() && m_to.date.isValid()) {
        const qint64 days = m_from.date.daysTo(m_to.date);
        const double eased = t * t * (3 - 2 * t);
        state.date = m_from.date.addDays(qint64(std::llround(double(days) * eased)));
    }
    return state;
}

double StoryTransition::seconds(double baseSeconds) const
{
    if (!m_sameCrs)
        return baseSeconds;
    return baseSeconds * std::clamp(0.6 + 0.25 * m_path.length(), 0.75, 1.5);
}

} // namespace flank::story
