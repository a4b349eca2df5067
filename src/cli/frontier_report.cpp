#include "frontier_report.h"

#include "posture/report_format.h"

#include <cmath>

namespace flank::cli {

namespace {

// Lengths to the hundred metres: the outlines hold no finer detail.
double roundedKm(double km)
{
    return std::round(km * 10.0) / 10.0;
}

// "  1226 km  " so the labels after it line up.
QString kmCell(double km)
{
    return QStringLiteral("  %1 km  ").arg(QString::number(km, 'f', 0), 6);
}

QString programmeLine(const posture::FortificationOnDay& entry,
                      const render::FrontierBriefing& frontier)
{
    const posture::Fortification& programme = entry.programme;
    const posture::FortifiedFrontier* covered =
        programme.frontier(frontier.pair.state, frontier.pair.neighbour);
    QString line =
        QStringLiteral("    %1 (%2): %3, %4\n")
            .arg(programme.name, programme.id, posture::frontierCoverageLabel(covered->coverage),
                 posture::fortificationStageLabel(entry.stage));
    if (!covered->note.isEmpty())
        line += posture::kReportIndent + covered->note + QLatin1Char('\n');
    return line;
}

QString frontierText(const posture::Dataset& dataset, const render::FrontierBriefing& frontier,
                     QDate day)
{
    QString text = QStringLiteral("%1\u2013%2 (%3)\n")
                       .arg(frontier.stateName, frontier.neighbourName, frontier.pair.id());
    for (const geo::Scale scale : geo::kAllScales) {
        const std::optional<double> km = frontier.measuredAt(scale);
        text += km ? kmCell(*km) + measuredLabel(scale) + QLatin1Char('\n')
                   : QStringLiteral("  no shared border at 1:%1\n").arg(geo::scaleId(scale));
    }
    for (const posture::BorderFigure& figure : frontier.published) {
        text += kmCell(figure.km) + QStringLiteral("published");
        if (!figure.note.isEmpty())
            text += QStringLiteral(": ") + figure.note;
        text += QLatin1Char('\n') + posture::sourceLines(dataset, figure.sources);
    }
    if (frontier.published.isEmpty())
        text += QStringLiteral("  no published length in the data\n");
    if (!frontier.programmes.isEmpty())
        text += QStringLiteral("  Programmes on %1:\n").arg(day.toString(Qt::ISODate));
    for (const posture::FortificationOnDay& entry : frontier.programmes)
        text += programmeLine(entry, frontier);
    return text + posture::laterLine(frontier.laterProgrammes, QStringLiteral("programme"),
                                     QStringLiteral("programmes"), day);
}

} // namespace

QString measuredLabel(geo::Scale scale)
{
    return QStringLiteral("measured on Natural Earth 1:%1").arg(geo::scaleId(scale));
}

QString frontierReportText(const posture::Dataset& dataset,
                           const QList<render::FrontierBriefing>& frontiers, QDate day)
{
    QString text = QStringLiteral("Land borders with Russia and Belarus on %1\n"
                                  "Measured: geodesic length on the WGS 84 ellipsoid of the "
                                  "shared outline in the bundled Natural Earth data.\n")
                       .arg(day.toString(Qt::ISODate));
    for (const render::FrontierBriefing& frontier : frontiers)
        text += QLatin1Char('\n') + frontierText(dataset, frontier, day);
    return text;
}

QJsonObject frontierJson(const posture::Dataset& dataset, const render::FrontierBriefing& frontier)
{
    QJsonArray measured;
    for (const geo::Scale scale : geo::kAllScales) {
        const std::optional<double> km = frontier.measuredAt(scale);
        measured.append(QJsonObject{
            {QStringLiteral("scale"), geo::scaleId(scale)},
            {QStringLiteral("km"), km ? QJsonValue(roundedKm(*km)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("label"), measuredLabel(scale)}});
    }
    QJsonArray published;
    for (const posture::BorderFigure& figure : frontier.published) {
        QJsonObject entry{
            {QStringLiteral("id"), figure.id},
            {QStringLiteral("km"), figure.km},
            {QStringLiteral("sources"), posture::sourcesJson(dataset, figure.sources)}};
        posture::insertIfSet(entry, QStringLiteral("note"), figure.note);
        published.append(entry);
    }
    QJsonArray programmes;
    for (const posture::FortificationOnDay& entry : frontier.programmes) {
        const posture::FortifiedFrontier* covered =
            entry.programme.frontier(frontier.pair.state, frontier.pair.neighbour);
        QJsonObject object{
            {QStringLiteral("id"), entry.programme.id},
            {QStringLiteral("name"), entry.programme.name},
            {QStringLiteral("coverage"), posture::frontierCoverageId(covered->coverage)},
            {QStringLiteral("stage"), posture::fortificationStageId(entry.stage)},
            {QStringLiteral("stageLabel"), posture::fortificationStageLabel(entry.stage)}};
        posture::insertIfSet(object, QStringLiteral("coverageNote"), covered->note);
        programmes.append(object);
    }
    return QJsonObject{{QStringLiteral("state"), frontier.pair.state},
                       {QStringLiteral("stateName"), frontier.stateName},
                       {QStringLiteral("neighbour"), frontier.pair.neighbour},
                       {QStringLiteral("neighbourName"), frontier.neighbourName},
                       {QStringLiteral("measured"), measured},
                       {QStringLiteral("published"), published},
                       {QStringLiteral("programmes"), programmes},
                       {QStringLiteral("laterProgrammes"), frontier.laterProgrammes}};
}

QJsonArray frontiersJson(const posture::Dataset& dataset,
                         const QList<render::FrontierBriefing>& frontiers)
{
    QJsonArray array;
    for (const render::FrontierBriefing& frontier : frontiers)
        array.append(frontierJson(dataset, frontier));
    return array;
}

} // namespace flank::cli
