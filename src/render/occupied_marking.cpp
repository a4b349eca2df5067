#include "occupied_marking.h"

namespace flank::render {

void addOccupiedTerritory(CountryPaintList& list, const CountryPaintList::Path& path,
                          const StatusStyle& ownerStatus, const MapStyle& style,
                          const MapFrame& frame)
{
    list.fillWithStatus(path, ownerStatus);
    // A veil of the land color mutes the owner's status, so the stripes lead.
    QColor veil = style.land;
    veil.setAlpha(150);
    list.fillWithStatus(path, {veil, FillPattern::Stripes, style.occupiedHatch});
    QPen edge(style.occupiedHatch, frame.points(3.0), Qt::CustomDashLine, Qt::FlatCap);
    edge.setDashPattern({1.5, 1.0});
    list.strokeInside(path, edge);
}

} // namespace flank::render
