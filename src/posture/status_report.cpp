#include "status_report.h"

#include <QJsonObject>

#include <algorithm>

namespace flank::posture {

QList<StatusRow> statusRows(const Dataset& dataset, QDate date, const QStringList& treaties)
{
    QStringList treatyIds = treaties;
    if (treatyIds.isEmpty())
        for (const Treaty& treaty : dataset.treaties())
            treatyIds << treaty.id;
    QList<StateInfo> states = dataset.states();
    std::sort(states.begin(), states.end(),
              [](const StateInfo& a, const StateInfo& b) { return a.iso3 < b.iso3; });

    QList<StatusRow> rows;
    for (const StateInfo& state : std::as_const(states))
        for (const QString& treaty : std::as_const(treatyIds))
            rows << StatusRow{state.iso3, state.name, treaty,
                              dataset.statusOn(state.iso3, treaty, date)};
    return rows;
}

QString pendingNote(const StatusOnDate& status)
{
    if (status.status != Status::WithdrawalNotified)
        return {};
    if (status.effective)
        return QStringLiteral("takes effect %1").arg(status.effective->toString());
    const bool blocked = status.lastStep && status.lastStep->armedConflictClause &&
                         status.lastStep->armedConflictClause->applies;
    return blocked ? QStringLiteral("not in effect while the state is in an armed conflict")
                   : QStringLiteral("effective date not known");
}

QString statusRowsText(const QList<StatusRow>& rows, QDate date)
{
    QList<QStringList> table;
    table << QStringList{QStringLiteral("ISO3"),   QStringLiteral("State"),
                         QStringLiteral("Treaty"), QStringLiteral("Status"),
                         QStringLiteral("Since"),  QStringLiteral("Note")};
    bool anyUncertain = false;
    for (const StatusRow& row : rows) {
        QString since = row.status.lastStep ? row.status.lastStep->date.toString() : QString();
        if (row.status.isUncertain()) {
            since += QLatin1Char('*');
            anyUncertain = true;
        }
        table << QStringList{row.iso3,   row.name,
                             row.treaty, statusLabel(row.status.status),
                             since,      pendingNote(row.status)};
    }
    QList<qsizetype> widths(table.constFirst().size(), 0);
    for (const QStringList& cells : std::as_const(table))
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths[i], cells.at(i).size());

    QString text = QStringLiteral("Status on %1\n").arg(date.toString(Qt::ISODate));
    for (const QStringList& cells : std::as_const(table)) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += cells.at(i).leftJustified(widths.at(i) + 2);
        text += line.trimmed() + QLatin1Char('\n');
    }
    if (anyUncertain)
        text += QStringLiteral("* date known only to the month or year\n");
    return text;
}

QJsonArray statusRowsJson(const QList<StatusRow>& rows)
{
    QJsonArray array;
    for (const StatusRow& row : rows) {
        QJsonObject object{{QStringLiteral("iso3"), row.iso3},
                           {QStringLiteral("name"), row.name},
                           {QStringLiteral("treaty"), row.treaty},
                           {QStringLiteral("status"), statusId(row.status.status)},
                           {QStringLiteral("label"), statusLabel(row.status.status)}};
        if (row.status.lastStep)
            object.insert(QStringLiteral("since"), row.status.lastStep->date.toString());
        if (row.status.isUncertain())
            object.insert(QStringLiteral("uncertain"), true);
        if (row.status.effective)
            object.insert(QStringLiteral("effective"), row.status.effective->toString());
        array.append(object);
    }
    return array;
}

} // namespace flank::posture
