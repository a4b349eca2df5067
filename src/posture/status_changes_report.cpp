#include "status_changes_report.h"

#include "report_format.h"

#include "core/csv.h"

#include <QJsonArray>

namespace flank::posture {

namespace {

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

QString statusChangesText(const Dataset& dataset, const QList<StatusChange>& changes, QDate from,
                          QDate to)
{
    QString text = QStringLiteral("Changes from %1 to %2\n").arg(dayText(from), dayText(to));
    if (from > to)
        text += QStringLiteral("(back in time: each status goes from the one on %1 to the one on "
                               "%2)\n")
                    .arg(dayText(from), dayText(to));
    if (changes.isEmpty())
        return text + QStringLiteral("No status changed.\n");
    for (const StatusChange& change : changes) {
        text += QStringLiteral("%1  %2, %3: %4 → %5\n")
                    .arg(change.iso3, change.name, change.treaty, statusLabel(change.from),
                         statusLabel(change.to));
        for (const LegalStep& step : change.steps) {
            text += QStringLiteral("  %1%2\n").arg(dateCell(step.date), stepKindLabel(step.kind));
            text += sourceLines(dataset, step.sources);
        }
    }
    return text;
}

QJsonObject statusChangesJson(const Dataset& dataset, const QList<StatusChange>& changes,
                              QDate from, QDate to, core::TreatyChoice treaties)
{
    QJsonArray items;
    for (const StatusChange& change : changes) {
        QJsonArray steps;
        for (const LegalStep& step : change.steps)
            steps.append(
                QJsonObject{{QStringLiteral("id"), step.id},
                            {QStringLiteral("date"), step.date.toString()},
                            {QStringLiteral("kind"), stepKindId(step.kind)},
                            {QStringLiteral("label"), stepKindLabel(step.kind)},
                            {QStringLiteral("sources"), sourcesJson(dataset, step.sources)}});
        items.append(QJsonObject{{QStringLiteral("iso3"), change.iso3},
                                 {QStringLiteral("name"), change.name},
                                 {QStringLiteral("treaty"), change.treaty},
                                 {QStringLiteral("from"), statusId(change.from)},
                                 {QStringLiteral("to"), statusId(change.to)},
                                 {QStringLiteral("steps"), steps}});
    }
    return QJsonObject{{QStringLiteral("from"), dayText(from)},
                       {QStringLiteral("to"), dayText(to)},
                       {QStringLiteral("treaty"), core::treatyChoiceName(treaties)},
                       {QStringLiteral("changes"), items}};
}

QString statusChangesCsv(const Dataset& dataset, const QList<StatusChange>& changes)
{
    QString csv = core::csvRecord(
        {QStringLiteral("iso3"), QStringLiteral("name"), QStringLiteral("treaty"),
         QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("step_date"),
         QStringLiteral("step_kind"), QStringLiteral("step_label"), QStringLiteral("step_id"),
         QStringLiteral("source_ids"), QStringLiteral("sources")});
    for (const StatusChange& change : changes) {
        const QStringList head{change.iso3, change.name, change.treaty, statusId(change.from),
                               statusId(change.to)};
        if (change.steps.isEmpty())
            csv += core::csvRecord(head + QStringList(6));
        for (const LegalStep& step : change.steps) {
            QStringList citations;
            for (const Source& source : dataset.sourcesFor(step))
                citations << sourceCitation(source);
            csv += core::csvRecord(head + QStringList{step.date.toString(), stepKindId(step.kind),
                                                      stepKindLabel(step.kind), step.id,
                                                      step.sources.join(QLatin1Char(' ')),
                                                      citations.join(QStringLiteral(" | "))});
        }
    }
    return csv;
}

} // namespace flank::posture
