#include "record_freshness.h"

#include <QRegularExpression>

namespace flank::posture {

namespace {

template <typename Record>
void collectStale(QList<StaleRecord>& stale, const QString& kind, const QList<Record>& records,
                  QDate cutoff)
{
    for (const Record& record : records)
        if (!record.checked.isValid() || record.checked.last() < cutoff)
            stale << StaleRecord{kind, record.id, record.checked};
}

} // namespace

QList<StaleRecord> staleRecords(const Dataset& dataset, QDate cutoff)
{
    const DatasetRecords& records = dataset.records();
    QList<StaleRecord> stale;
    collectStale(stale, QStringLiteral("source"), records.sources, cutoff);
    collectStale(stale, QStringLiteral("step"), records.steps, cutoff);
    collectStale(stale, QStringLiteral("quote"), records.quotes, cutoff);
    collectStale(stale, QStringLiteral("pledge"), records.pledges, cutoff);
    collectStale(stale, QStringLiteral("troop note"), records.troopNotes, cutoff);
    collectStale(stale, QStringLiteral("fortification"), records.fortifications, cutoff);
    collectStale(stale, QStringLiteral("note"), records.notes, cutoff);
    return stale;
}

std::optional<QDate> spanCutoff(const QString& span, QDate today)
{
    static const QRegularExpression kSpan(QStringLiteral("^([0-9]{1,4})([dwmy])$"));
    const QRegularExpressionMatch match = kSpan.match(span.trimmed());
    if (!match.hasMatch() || !today.isValid())
        return std::nullopt;
    const int count = match.captured(1).toInt();
    switch (match.captured(2).at(0).toLatin1()) {
    case 'd':
        return today.addDays(-count);
    case 'w':
        return today.addDays(-7 * count);
    case 'm':
        return today.addMonths(-count);
    default:
        return today.addYears(-count);
    }
}

} // namespace flank::posture
