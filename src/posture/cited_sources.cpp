#include "cited_sources.h"

#include <QSet>

namespace flank::posture {

QList<Source> sourcesCitedFor(const Dataset& dataset, const QString& iso3)
{
    QSet<QString> cited;
    const auto cite = [&](const QStringList& ids) {
        for (const QString& id : ids)
            cited.insert(id);
    };
    for (const LegalStep& step : dataset.steps())
        if (step.state == iso3)
            cite(step.sources);
    for (const Quote& quote : dataset.quotesFor(iso3)) {
        cite(quote.sources);
        for (const QuoteVariant& variant : quote.variants)
            cite(variant.sources);
    }
    for (const Pledge& pledge : dataset.pledgesFor(iso3))
        cite(pledge.sources);
    for (const TroopNote& note : dataset.troopNotesFor(iso3)) {
        cite(note.sources);
        if (note.location)
            cite(note.location->sources);
    }
    for (const BorderFigure& figure : dataset.borderFiguresFor(iso3))
        cite(figure.sources);
    for (const Fortification& programme : dataset.fortificationsFor(iso3))
        cite(programme.sources);
    if (const StateInfo* state = dataset.findState(iso3))
        cite(state->sources);
    QList<Source> sources;
    for (const Source& source : dataset.sources())
        if (cited.contains(source.id))
            sources << source;
    return sources;
}

} // namespace flank::posture
