#include "map_session.h"

#include "geo/flank_extent.h"

#include <algorithm>

namespace flank::ui {

MapSession::MapSession(render::AtlasData data, QObject* parent)
    : QObject(parent), m_data(std::move(data))
{
    m_state.date = QDate::currentDate();
}

QRectF MapSession::defaultExtent() const
{
    const auto projector = m_data.projections->projectorFor(m_state.crs);
    return projector->isValid() ? geo::flankExtent(*projector) : QRectF();
}

bool MapSession::hasTreaties(core::TreatyChoice choice) const
{
    const QStringList ids = core::treatyIds(choice);
    return std::all_of(ids.begin(), ids.end(),
                       [&](const QString& id) { return m_data.dataset.findTreaty(id); });
}

void MapSession::apply(const core::MapState& next)
{
    if (next == m_state)
        return;
    const core::MapState previous = m_state;
    m_state = next;
    emit stateChanged(m_state);
    if (previous.selection != m_state.selection)
        emit selectionChanged(m_state.selection);
    if (previous.date != m_state.date)
        emit dateChanged(m_state.date);
}

void MapSession::setState(const core::MapState& state)
{
    apply(state);
}

void MapSession::setDate(const QDate& date)
{
    core::MapState next = m_state;
    next.date = date;
    apply(next);
}

void MapSession::setTreatyChoice(core::TreatyChoice choice)
{
    core::MapState next = m_state;
    next.treaty = choice;
    apply(next);
}

void MapSession::setExtent(const QRectF& extent)
{
    core::MapState next = m_state;
    next.extent = extent;
    apply(next);
}

void MapSession::setSelection(const QString& iso3)
{
    core::MapState next = m_state;
    next.selection = iso3;
    apply(next);
}

void MapSession::setLayers(const core::MapLayers& layers)
{
    core::MapState next = m_state;
    next.layers = layers;
    apply(next);
}

void MapSession::setPostureFocus(const std::optional<render::PostureItem>& item)
{
    if (item == m_postureFocus)
        return;
    m_postureFocus = item;
    emit postureFocusChanged();
}

void MapSession::setTheme(core::Theme theme)
{
    core::MapState next = m_state;
    next.theme = theme;
    apply(next);
}

void MapSession::setDataset(const posture::Dataset& dataset)
{
    m_data.setDataset(dataset);
    // The item may not be in the new data; the state keeps its selection.
    m_postureFocus.reset();
    emit datasetChanged();
    core::MapState next = m_state;
    if (!hasTreaties(next.treaty))
        for (const core::TreatyChoice choice :
             {core::TreatyChoice::Ottawa, core::TreatyChoice::Ccm})
            if (hasTreaties(choice)) {
                next.treaty = choice;
                break;
            }
    if (next == m_state)
        emit stateChanged(m_state);
    else
        apply(next);
    emit postureFocusChanged();
}

} // namespace flank::ui
