#pragma once

#include "map_sheet.h"

#include "core/comparison_options.h"
#include "geo/projection_cache.h"
#include "posture/dataset.h"

#include <QDate>
#include <QList>
#include <QSizeF>

namespace flank::render {

// What tells one map of a sheet from the others.
struct PaneChoice
{
    QDate date;
    core::TreatyChoice treaty = core::TreatyChoice::Ottawa;
};

// The maps a comparison asks for, from `state`'s date and treaty: one per date, or Ottawa and
// CCM on its date.
QList<PaneChoice> paneChoices(const core::ComparisonRequest& comparison,
                              const core::MapState& state);

// The sheet of `state`'s view with one map per choice, laid out on `size` device pixels at
// `dpi`. The maps take the state's view (extent, CRS, detail, theme, layers, selection) and its
// stamp and names; the page its title, subtitle, legend and sources footer. A title left empty
// becomes one naming the treaties and dates compared.
MapSheet buildSheet(const core::MapState& state, const QList<PaneChoice>& choices, int columns,
                    const posture::Dataset& dataset, geo::ProjectionCache& projections,
                    const QSizeF& size, double dpi = 96.0);

// Places the maps again after the page's size, dpi, extent, CRS or detail changed: the maps
// take the page's extent, CRS and detail, and share one resolved view, so the countries are
// projected and reduced once for all of them.
void layOutSheet(MapSheet& sheet, geo::ProjectionCache& projections);

// The number of columns that shows `count` maps of an `extent` largest in `area`, the fewest
// of those within 5 % of the largest.
int columnsFor(int count, const QSizeF& area, const QSizeF& extent);

} // namespace flank::render
