#pragma once

#include "dataset.h"

#include "core/treaty_choice.h"

#include <QDate>
#include <QList>
#include <QString>

namespace flank::posture {

// A state whose status under one treaty is not the same on two days, and the legal steps that
// moved it.
struct StatusChange
{
    QString iso3;
    QString name;
    QString treaty;
    Status from = Status::NoData; // on the first day asked for
    Status to = Status::NoData;   // on the second
    // Dated after the earlier of the two days and on or before the later one, oldest first;
    // a partial date counts from its first day, as in Dataset::statusOn().
    QList<LegalStep> steps;
};

// Every state and treaty whose status on `from` differs from its status on `to`: states in the
// dataset's order, then treaties (each of the dataset's with TreatyChoice::Both). When `from`
// is after `to` the list reads backwards in time: each change still goes from the status on
// `from` to the one on `to`, with the steps between the two days.
QList<StatusChange> statusChanges(const Dataset& dataset, QDate from, QDate to,
                                  core::TreatyChoice treaties);

// The dataset's treaty ids a choice stands for: every treaty with Both, in the dataset's order.
QStringList chosenTreaties(const Dataset& dataset, core::TreatyChoice treaties);

} // namespace flank::posture
