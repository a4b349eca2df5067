#include "dataset_diff_report.h"

#include <QJsonArray>

namespace flank::posture {

QString datasetDiffText(const DatasetDiff& diff, const QString& older, const QString& newer)
{
    QString text = QStringLiteral("From %1 to %2\n").arg(older, newer);
    if (diff.records.isEmpty())
        text += QStringLiteral("No record added, removed or changed.\n");
    else
        text += QStringLiteral("Records:\n");
    for (const RecordDifference& record : diff.records) {
        QString line =
            QStringLiteral("  %1 %2 \"%3\"")
                .arg(recordChangeId(record.change).leftJustified(8), record.section, record.id);
        if (!record.fields.isEmpty())
            line += QStringLiteral(": ") + record.fields.join(QStringLiteral(", "));
        text += line + QLatin1Char('\n');
    }
    const QString day = diff.date.toString(Qt::ISODate);
    if (diff.statuses.isEmpty())
        return text + QStringLiteral("No status differs on %1.\n").arg(day);
    text += QStringLiteral("Statuses on %1:\n").arg(day);
    for (const StatusDifference& status : diff.statuses)
        text += QStringLiteral("  %1  %2, %3: %4 → %5\n")
                    .arg(status.iso3, status.name, status.treaty, statusLabel(status.before),
                         statusLabel(status.after));
    return text;
}

QJsonObject datasetDiffJson(const DatasetDiff& diff, const QString& older, const QString& newer)
{
    QJsonArray records;
    for (const RecordDifference& record : diff.records) {
        QJsonObject item{{QStringLiteral("section"), record.section},
                         {QStringLiteral("id"), record.id},
                         {QStringLiteral("change"), recordChangeId(record.change)}};
        if (record.change == RecordChange::Changed)
            item.insert(QStringLiteral("fields"), QJsonArray::fromStringList(record.fields));
        records.append(item);
    }
    QJsonArray statuses;
    for (const StatusDifference& status : diff.statuses)
        statuses.append(QJsonObject{{QStringLiteral("iso3"), status.iso3},
                                    {QStringLiteral("name"), status.name},
                                    {QStringLiteral("treaty"), status.treaty},
                                    {QStringLiteral("from"), statusId(status.before)},
                                    {QStringLiteral("to"), statusId(status.after)}});
    return QJsonObject{{QStringLiteral("old"), older},
                       {QStringLiteral("new"), newer},
                       {QStringLiteral("date"), diff.date.toString(Qt::ISODate)},
                       {QStringLiteral("records"), records},
                       {QStringLiteral("statuses"), statuses}};
}

} // namespace flank::posture
