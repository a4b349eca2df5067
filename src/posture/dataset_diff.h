#pragma once

#include "dataset.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace flank::posture {

enum class RecordChange
{
    Added,
    Removed,
    Changed,
};

QString recordChangeId(RecordChange change); // "added"

// One record, by its id, that one edition of the posture file has and the other has not, or
// has with other values.
struct RecordDifference
{
    QString section; // the file's key for its list: "steps", "quotes", "troopNotes", ...
    QString id;      // a state's ISO code in "states"
    RecordChange change = RecordChange::Changed;
    QStringList fields; // with Changed: the fields that differ, by the file's keys, sorted
};

// A state whose status under one treaty on the day is not the same in the two editions.
struct StatusDifference
{
    QString iso3;
    QString name; // as the newer edition has it, else the older
    QString treaty;
    Status before = Status::NoData;
    Status after = Status::NoData;
};

// What a newer edition of the posture file changes, for reviewing an update before it ships.
struct DatasetDiff
{
    QDate date; // the day the statuses are compared on
    // Section by section in the file's order, then the older edition's order with the added
    // records after it.
    QList<RecordDifference> records;
    // The newer edition's states, then the ones only the older has; treaties likewise.
    QList<StatusDifference> statuses;

    bool isEmpty() const { return records.isEmpty() && statuses.isEmpty(); }
};

DatasetDiff diffDatasets(const Dataset& before, const Dataset& after, QDate date);

} // namespace flank::posture
