#include "fortification_report.h"

#include "report_format.h"

namespace flank::posture {

namespace {

QString frontierText(const FortifiedFrontier& frontier)
{
    QString coverage = frontierCoverageLabel(frontier.coverage);
    if (!frontier.note.isEmpty())
        coverage += QStringLiteral(": ") + frontier.note;
    return QStringLiteral("%1\u2013%2 (%3)").arg(frontier.state, frontier.neighbour, coverage);
}

QString timelineText(const Fortification& programme)
{
    QStringList parts{QStringLiteral("announced %1").arg(programme.announced.toString())};
    if (programme.started.isValid())
        parts << QStringLiteral("started %1").arg(programme.started.toString());
    if (programme.plannedCompletion.isValid())
        parts
            << QStringLiteral("planned completion %1").arg(programme.plannedCompletion.toString());
    if (programme.completed.isValid())
        parts << QStringLiteral("completed %1").arg(programme.completed.toString());
    return parts.join(QStringLiteral("; "));
}

// "700 km (note)"; the note in brackets only when there is one.
QString withNote(const QString& figure, const QString& note)
{
    return note.isEmpty() ? figure : QStringLiteral("%1 (%2)").arg(figure, note);
}

QString includesText(const Fortification& programme)
{
    QStringList labels;
    for (const FortificationElement element : programme.includes)
        labels << fortificationElementLabel(element);
    const QString text = labels.join(QStringLiteral(", "));
    if (text.isEmpty())
        return programme.includesNote;
    return withNote(text, programme.includesNote);
}

} // namespace

QString fortificationText(const Dataset& dataset, const Fortification& programme,
                          FortificationStage stage)
{
    QString name = programme.name;
    if (programme.nameOriginal)
        name += QStringLiteral(" (%1)").arg(programme.nameOriginal->text);
    QString text = QStringLiteral("  %1%2 [%3]\n")
                       .arg(dateCell(programme.announced), name, fortificationStageLabel(stage));
    QStringList frontiers;
    for (const FortifiedFrontier& frontier : programme.frontiers)
        frontiers << frontierText(frontier);
    text +=
        kReportIndent + QStringLiteral("Borders: %1\n").arg(frontiers.join(QStringLiteral("; ")));
    text += kReportIndent + QStringLiteral("Timeline: %1\n").arg(timelineText(programme));
    if (programme.length)
        text += kReportIndent + QStringLiteral("Length: %1\n")
                                    .arg(withNote(QStringLiteral("%1 km").arg(QString::number(
                                                      programme.length->km, 'g', 10)),
                                                  programme.length->note));
    if (programme.budget)
        text += kReportIndent +
                QStringLiteral("Budget: %1\n")
                    .arg(withNote(amountText(programme.budget->amount), programme.budget->note));
    if (const QString includes = includesText(programme); !includes.isEmpty())
        text += kReportIndent + QStringLiteral("Includes: %1\n").arg(includes);
    text += kReportIndent + programme.text + QLatin1Char('\n');
    return text + sourceLines(dataset, programme.sources);
}

QJsonObject fortificationJson(const Dataset& dataset, const Fortification& programme,
                              FortificationStage stage)
{
    QJsonArray frontiers;
    for (const FortifiedFrontier& frontier : programme.frontiers) {
        QJsonObject entry{{QStringLiteral("state"), frontier.state},
                          {QStringLiteral("neighbour"), frontier.neighbour},
                          {QStringLiteral("coverage"), frontierCoverageId(frontier.coverage)}};
        insertIfSet(entry, QStringLiteral("note"), frontier.note);
        frontiers.append(entry);
    }
    QJsonArray includes;
    for (const FortificationElement element : programme.includes)
        includes.append(fortificationElementId(element));
    QJsonObject object{{QStringLiteral("id"), programme.id},
                       {QStringLiteral("name"), programme.name},
                       {QStringLiteral("states"), QJsonArray::fromStringList(programme.states)},
                       {QStringLiteral("frontiers"), frontiers},
                       {QStringLiteral("announced"), programme.announced.toString()},
                       {QStringLiteral("stage"), fortificationStageId(stage)},
                       {QStringLiteral("stageLabel"), fortificationStageLabel(stage)},
                       {QStringLiteral("includes"), includes},
                       {QStringLiteral("text"), programme.text},
                       {QStringLiteral("sources"), sourcesJson(dataset, programme.sources)}};
    if (programme.nameOriginal)
        object.insert(QStringLiteral("nameOriginal"),
                      QJsonObject{{QStringLiteral("language"), programme.nameOriginal->language},
                                  {QStringLiteral("text"), programme.nameOriginal->text}});
    if (programme.length) {
        QJsonObject length{{QStringLiteral("km"), programme.length->km}};
        insertIfSet(length, QStringLiteral("note"), programme.length->note);
        object.insert(QStringLiteral("length"), length);
    }
    if (programme.budget) {
        QJsonObject budget = amountJson(programme.budget->amount);
        insertIfSet(budget, QStringLiteral("note"), programme.budget->note);
        object.insert(QStringLiteral("budget"), budget);
    }
    insertIfSet(object, QStringLiteral("started"), programme.started);
    insertIfSet(object, QStringLiteral("plannedCompletion"), programme.plannedCompletion);
    insertIfSet(object, QStringLiteral("completed"), programme.completed);
    insertIfSet(object, QStringLiteral("includesNote"), programme.includesNote);
    insertIfSet(object, QStringLiteral("checked"), programme.checked);
    return object;
}

QString fortificationsSection(const Dataset& dataset, const StateBriefing& briefing)
{
    QString text;
    for (const FortificationOnDay& entry : briefing.fortifications)
        text += fortificationText(dataset, entry.programme, entry.stage);
    return text + laterLine(briefing.laterFortifications, QStringLiteral("programme"),
                            QStringLiteral("programmes"), briefing.date);
}

QJsonArray fortificationsJson(const Dataset& dataset, const StateBriefing& briefing)
{
    QJsonArray array;
    for (const FortificationOnDay& entry : briefing.fortifications)
        array.append(fortificationJson(dataset, entry.programme, entry.stage));
    return array;
}

} // namespace flank::posture
