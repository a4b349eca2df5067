#include "frame_builder.h"

#include <QStringList>

namespace flank::render {

MapFrame buildFrame(const core::MapState& state, const posture::Dataset& dataset,
                    const QSizeF& size, double dpi)
{
    MapFrame frame;
    frame.state = state;
    if (!frame.state.date.isValid())
        frame.state.date = QDate::currentDate();
    frame.size = size;
    frame.dpi = dpi;
    QStringList shown;
    const QString fill = core::fillTreatyId(state.treaty);
    const QString overlay = core::overlayTreatyId(state.treaty);
    for (const posture::StateInfo& info : dataset.states()) {
        frame.statuses.insert(info.iso3,
                              dataset.statusOn(info.iso3, fill, frame.state.date).status);
        if (!overlay.isEmpty())
            frame.overlayStatuses.insert(
                info.iso3, dataset.statusOn(info.iso3, overlay, frame.state.date).status);
        shown << info.iso3;
    }
    if (const posture::Treaty* treaty = dataset.findTreaty(fill))
        frame.treatyName = treaty->shortName;
    if (const posture::Treaty* overlayTreaty = dataset.findTreaty(overlay))
        frame.overlayTreatyName = overlayTreaty->shortName;
    const QStringList treaties = core::treatyIds(state.treaty);
    for (const posture::Source& source : dataset.outletsBehind(shown, frame.state.date, treaties))
        if (!frame.sourceOutlets.contains(source.outlet))
            frame.sourceOutlets << source.outlet;
    frame.dataAsOf = dataset.asOf().toString();
    return frame;
}

} // namespace flank::render
