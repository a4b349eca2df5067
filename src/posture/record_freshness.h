#pragma once

#include "dataset.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace flank::posture {

// A record whose facts were last checked before a cut-off day, or never.
struct StaleRecord
{
    QString kind; // "source", "step", "quote", "pledge", "troop note", "fortification", "note"
    QString id;
    PartialDate checked; // invalid when the record has no `checked` date
};

// Every record not checked on or after `cutoff`, in file order, section by section.
QList<StaleRecord> staleRecords(const Dataset& dataset, QDate cutoff);

// "18m", "2y", "6w", "90d" -> the day that long before `today`; nullopt when malformed.
std::optional<QDate> spanCutoff(const QString& span, QDate today);

} // namespace flank::posture
