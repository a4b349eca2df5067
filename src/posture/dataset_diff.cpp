#include "dataset_diff.h"

#include "record_fields.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace flank::posture {

namespace {

QString idOf(const StateInfo& state)
{
    return state.iso3;
}

template <typename Record> QString idOf(const Record& record)
{
    return record.id;
}

QStringList fieldsThatDiffer(const QJsonObject& before, const QJsonObject& after)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    QStringList differ;
    for (const QString& key : std::as_const(keys))
        if (before.value(key) != after.value(key))
            differ << key;
    std::sort(differ.begin(), differ.end());
    return differ;
}

template <typename Record>
void diffSection(const QString& section, const QList<Record>& before, const QList<Record>& after,
                 QList<RecordDifference>& out)
{
    QHash<QString, const Record*> newer;
    for (const Record& record : after)
        newer.insert(idOf(record), &record);
    QSet<QString> older;
    for (const Record& record : before) {
        const QString id = idOf(record);
        older.insert(id);
        const Record* match = newer.value(id);
        if (!match) {
            out << RecordDifference{section, id, RecordChange::Removed, {}};
            continue;
        }
        const QStringList fields = fieldsThatDiffer(recordFields(record), recordFields(*match));
        if (!fields.isEmpty())
            out << RecordDifference{section, id, RecordChange::Changed, fields};
    }
    for (const Record& record : after)
        if (!older.contains(idOf(record)))
            out << RecordDifference{section, idOf(record), RecordChange::Added, {}};
}

// The ids of both lists, the newer's order first.
template <typename Record>
QStringList unionOf(const QList<Record>& newer, const QList<Record>& older)
{
    QStringList ids;
    for (const Record& record : newer)
        ids << idOf(record);
    for (const Record& record : older)
        ids << idOf(record);
    ids.removeDuplicates();
    return ids;
}

} // namespace

QString recordChangeId(RecordChange change)
{
    switch (change) {
    case RecordChange::Added:
        return QStringLiteral("added");
    case RecordChange::Removed:
        return QStringLiteral("removed");
    case RecordChange::Changed:
        break;
    }
    return QStringLiteral("changed");
}

DatasetDiff diffDatasets(const Dataset& before, const Dataset& after, QDate date)
{
    DatasetDiff diff;
    diff.date = date;
    const DatasetRecords& old = before.records();
    const DatasetRecords& now = after.records();
    diffSection(QStringLiteral("sources"), old.sources, now.sources, diff.records);
    diffSection(QStringLiteral("treaties"), old.treaties, now.treaties, diff.records);
    diffSection(QStringLiteral("states"), old.states, now.states, diff.records);
    diffSection(QStringLiteral("steps"), old.steps, now.steps, diff.records);
    diffSection(QStringLiteral("quotes"), old.quotes, now.quotes, diff.records);
    diffSection(QStringLiteral("pledges"), old.pledges, now.pledges, diff.records);
    diffSection(QStringLiteral("troopNotes"), old.troopNotes, now.troopNotes, diff.records);
    diffSection(QStringLiteral("borderFigures"), old.borderFigures, now.borderFigures,
                diff.records);
    diffSection(QStringLiteral("fortifications"), old.fortifications, now.fortifications,
                diff.records);
    diffSection(QStringLiteral("notes"), old.notes, now.notes, diff.records);

    const QStringList states = unionOf(now.states, old.states);
    const QStringList treaties = unionOf(now.treaties, old.treaties);
    for (const QString& iso3 : states) {
        const StateInfo* info = after.findState(iso3);
        if (!info)
            info = before.findState(iso3);
        for (const QString& treaty : treaties) {
            const Status was = before.statusOn(iso3, treaty, date).status;
            const Status is = after.statusOn(iso3, treaty, date).status;
            if (was != is)
                diff.statuses << StatusDifference{iso3, info->name, treaty, was, is};
        }
    }
    return diff;
}

} // namespace flank::posture
