#include "posture_cards.h"

#include "locale_format.h"
#include "troop_facts.h"

#include <QLabel>
#include <QLocale>

namespace flank::ui {

PostureCards::PostureCards(PanelBuilder& builder, const posture::Dataset& dataset, QDate day)
    : m_builder(builder), m_dataset(dataset), m_day(day)
{
}

QString PostureCards::programmeTitle(const posture::Fortification& programme)
{
    if (!programme.nameOriginal || programme.nameOriginal->text == programme.name)
        return programme.name;
    return tr("%1 (%2)").arg(programme.name, programme.nameOriginal->text);
}

QString PostureCards::stageLine(const posture::Fortification& programme) const
{
    const posture::FortificationStage stage = posture::fortificationStageOn(programme, m_day);
    QStringList parts;
    parts << posture::fortificationStageLabel(stage);
    parts << tr("announced %1").arg(localDate(programme.announced));
    if (programme.started.isValid())
        parts << tr("started %1").arg(localDate(programme.started));
    if (programme.completed.isValid())
        parts << tr("completed %1").arg(localDate(programme.completed));
    else if (programme.plannedCompletion.isValid())
        parts << tr("planned completion %1").arg(localDate(programme.plannedCompletion));
    return parts.join(QStringLiteral("; "));
}

void PostureCards::fortification(const posture::Fortification& programme)
{
    m_builder.heading(tr("Fortification programme"))->setObjectName(QStringLiteral("cardKind"));
    m_builder.heading(programmeTitle(programme), 1.25)->setObjectName(QStringLiteral("cardTitle"));
    m_builder.text(stageLine(programme), QStringLiteral("programmeStage"));
    QStringList borders;
    for (const posture::FortifiedFrontier& frontier : programme.frontiers)
        borders << tr("%1–%2 (%3)")
                       .arg(frontier.state, frontier.neighbour,
                            posture::frontierCoverageLabel(frontier.coverage));
    m_builder.detail(tr("Along: %1").arg(borders.join(QStringLiteral(", "))),
                     QStringLiteral("programmeFrontiers"));
    for (const posture::FortifiedFrontier& frontier : programme.frontiers)
        if (!frontier.note.isEmpty())
            m_builder.detail(
                tr("%1–%2: %3").arg(frontier.state, frontier.neighbour, frontier.note));
    if (programme.length) {
        m_builder.text(tr("Announced length: %1 km").arg(QLocale().toString(programme.length->km)),
                       QStringLiteral("programmeLength"));
        if (!programme.length->note.isEmpty())
            m_builder.detail(programme.length->note);
    }
    if (programme.budget) {
        m_builder.text(tr("Budget: %1").arg(posture::amountText(programme.budget->amount)),
                       QStringLiteral("programmeBudget"));
        if (!programme.budget->note.isEmpty())
            m_builder.detail(programme.budget->note);
    }
    if (!programme.includes.isEmpty()) {
        QStringList elements;
        for (posture::FortificationElement element : programme.includes)
            elements << posture::fortificationElementLabel(element);
        m_builder.text(tr("Includes: %1").arg(elements.join(QStringLiteral(", "))),
                       QStringLiteral("programmeIncludes"));
        if (!programme.includesNote.isEmpty())
            m_builder.detail(programme.includesNote);
    }
    m_builder.text(programme.text);
    if (programme.checked.isValid())
        m_builder.detail(tr("Data checked on %1").arg(localDate(programme.checked)));
    m_builder.sources(programme.sources);
}

void PostureCards::troopNote(const posture::TroopNote& note)
{
    m_builder.heading(posture::troopNoteKindLabel(note.kind))
        ->setObjectName(QStringLiteral("cardKind"));
    m_builder.heading(note.title, 1.25)->setObjectName(QStringLiteral("cardTitle"));
    m_builder.detail(troopFacts(note).join(QStringLiteral("; ")), QStringLiteral("troopFacts"));
    if (note.location) {
        m_builder.detail(tr("Marker at %1 (%2, %3)")
                             .arg(note.location->place,
                                  QLocale().toString(note.location->lat, 'f', 4),
                                  QLocale().toString(note.location->lon, 'f', 4)),
                         QStringLiteral("troopLocation"));
        m_builder.compactSources(note.location->sources);
    }
    m_builder.text(note.text);
    if (note.checked.isValid())
        m_builder.detail(tr("Data checked on %1").arg(localDate(note.checked)));
    m_builder.sources(note.sources);
}

void PostureCards::frontier(const core::FrontierPair& pair, const QString& stateName,
                            const QString& neighbourName, std::optional<double> measuredKm)
{
    m_builder.heading(tr("Frontier"))->setObjectName(QStringLiteral("cardKind"));
    m_builder.heading(tr("%1 – %2").arg(stateName, neighbourName), 1.25)
        ->setObjectName(QStringLiteral("cardTitle"));
    m_builder.text(measuredKm ? tr("%1 km measured on Natural Earth 1:10m (geodesic)")
                                    .arg(QLocale().toString(*measuredKm, 'f', 0))
                              : tr("Measuring on Natural Earth 1:10m…"),
                   QStringLiteral("frontierMeasured"));
    for (const posture::BorderFigure& figure :
         m_dataset.borderFiguresOn(pair.state, pair.neighbour)) {
        m_builder.text(tr("%1 km published").arg(QLocale().toString(figure.km)),
                       QStringLiteral("frontierPublished"));
        if (!figure.note.isEmpty())
            m_builder.detail(figure.note);
        m_builder.compactSources(figure.sources);
    }
    for (const posture::Fortification& programme :
         m_dataset.fortificationsOn(pair.state, pair.neighbour)) {
        if (posture::fortificationStageOn(programme, m_day) ==
            posture::FortificationStage::NotAnnounced)
            continue;
        m_builder.text(tr("%1: %2").arg(programmeTitle(programme), stageLine(programme)),
                       QStringLiteral("frontierProgramme"));
    }
}

} // namespace flank::ui
