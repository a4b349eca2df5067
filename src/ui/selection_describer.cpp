#include "selection_describer.h"

#include "locale_format.h"
#include "posture_summary.h"

#include "core/country_names.h"
#include "posture/treaty_names.h"

#include <QAccessible>
#include <QWidget>

namespace flank::ui {

SelectionDescriber::SelectionDescriber(QWidget* map, MapSession* session)
    : QObject(map), m_map(map), m_session(session)
{
    connect(m_session, &MapSession::stateChanged, this, &SelectionDescriber::update);
    connect(m_session, &MapSession::datasetChanged, this, &SelectionDescriber::update);
    connect(m_session, &MapSession::postureFocusChanged, this, &SelectionDescriber::update);
    update();
}

QString SelectionDescriber::describe() const
{
    const core::MapState& state = m_session->state();
    const posture::Dataset& dataset = m_session->dataset();
    const QString date = localDate(state.date);
    if (state.selection.isEmpty())
        return tr("No state selected. Map of %1.").arg(date);
    const posture::StateInfo* info = dataset.findState(state.selection);
    QStringList parts;
    if (const auto& item = m_session->postureFocus()) {
        // The border item opened first, in its tooltip's words.
        for (const QString& line : postureItemFacts(*item, *m_session, state.date))
            parts << tr("%1.").arg(line);
    }
    parts << tr("%1.").arg(info ? core::localCountryName(info->iso3, info->name) : state.selection);
    for (const QString& treatyId : core::treatyIds(state.treaty)) {
        const posture::Treaty* treaty = dataset.findTreaty(treatyId);
        const QString treatyName = posture::treatyShortName(treaty, treatyId);
        const posture::StatusOnDate status =
            dataset.statusOn(state.selection, treatyId, state.date);
        const QString label = posture::statusLabel(status.status);
        parts << (status.lastStep ? tr("%1: %2, since %3.")
                                        .arg(treatyName, label, localDate(status.lastStep->date))
                                  : tr("%1: %2.").arg(treatyName, label));
    }
    parts << tr("On %1.").arg(date);
    return parts.join(QLatin1Char(' '));
}

void SelectionDescriber::update()
{
    const QString description = describe();
    if (description == m_map->accessibleDescription())
        return;
    m_map->setAccessibleDescription(description);
    // Qt 6.4 does not announce the change itself; screen readers re-read on this event.
    QAccessibleEvent event(m_map, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace flank::ui
