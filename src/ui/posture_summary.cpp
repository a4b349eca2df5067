#include "posture_summary.h"

#include "map_session.h"
#include "posture_cards.h"

#include <QCoreApplication>
#include <QLocale>

namespace flank::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("flank::ui::PostureSummary", text);
}

std::optional<core::FrontierPair> pairOf(const QString& pairId)
{
    const QStringList parts = pairId.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return std::nullopt;
    return core::FrontierPair{parts[0], parts[1]};
}

const posture::TroopNote* troopNote(const posture::Dataset& dataset, const QString& id)
{
    for (const posture::TroopNote& note : dataset.records().troopNotes)
        if (note.id == id)
            return &note;
    return nullptr;
}

} // namespace

std::optional<double> measuredFrontierKm(const MapSession& session, const QString& pairId)
{
    const auto pair = pairOf(pairId);
    const auto& lines = session.data().frontiers;
    if (!pair || !lines || lines->tracingMilliseconds(geo::Scale::Fine10m) < 0)
        return std::nullopt;
    const geo::FrontierLine* line = lines->find(pair->state, pair->neighbour, geo::Scale::Fine10m);
    return line ? std::optional<double>(line->km) : std::nullopt;
}

QString postureItemState(const render::PostureItem& item, const MapSession& session)
{
    const posture::Dataset& dataset = session.dataset();
    switch (item.kind) {
    case render::PostureItem::Kind::Fortification:
        if (const posture::Fortification* programme = dataset.findFortification(item.id))
            return programme->states.value(0);
        return {};
    case render::PostureItem::Kind::Troops:
        if (const posture::TroopNote* note = troopNote(dataset, item.id))
            return note->state;
        return {};
    case render::PostureItem::Kind::Frontier:
        break;
    }
    const auto pair = pairOf(item.id);
    return pair ? pair->state : QString();
}

QStringList postureItemFacts(const render::PostureItem& item, const MapSession& session, QDate day)
{
    const posture::Dataset& dataset = session.dataset();
    QStringList lines;
    switch (item.kind) {
    case render::PostureItem::Kind::Fortification:
        if (const posture::Fortification* programme = dataset.findFortification(item.id)) {
            lines << PostureCards::programmeTitle(*programme);
            lines << posture::fortificationStageLabel(
                posture::fortificationStageOn(*programme, day));
            if (programme->length)
                lines
                    << tr("Announced length: %1 km").arg(QLocale().toString(programme->length->km));
        }
        break;
    case render::PostureItem::Kind::Troops:
        if (const posture::TroopNote* note = troopNote(dataset, item.id)) {
            lines << note->title;
            if (!note->size.isEmpty())
                lines << note->size;
        }
        break;
    case render::PostureItem::Kind::Frontier: {
        const auto pair = pairOf(item.id);
        if (!pair)
            break;
        const auto& countries = *session.data().countries;
        lines << tr("Border: %1 – %2")
                     .arg(countries.nameOf(pair->state), countries.nameOf(pair->neighbour));
        if (const auto km = measuredFrontierKm(session, item.id))
            lines
                << tr("%1 km measured on Natural Earth 1:10m").arg(QLocale().toString(*km, 'f', 0));
        for (const posture::BorderFigure& figure :
             dataset.borderFiguresOn(pair->state, pair->neighbour))
            lines << tr("%1 km published").arg(QLocale().toString(figure.km));
        break;
    }
    }
    return lines;
}

QString postureItemSummary(const render::PostureItem& item, const MapSession& session, QDate day)
{
    QStringList lines = postureItemFacts(item, session, day);
    if (!lines.isEmpty())
        lines << tr("Click for details and sources.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace flank::ui
