#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace flank::posture {

// A state's standing under one treaty on one day, derived from its dated legal steps.
enum class Status
{
    NoData,              // the state is not in the dataset
    NonParty,            // never joined
    Signatory,           // signed, not (yet) bound
    Party,               // bound by the treaty
    WithdrawalAnnounced, // the government said it will leave; still bound
    WithdrawalApproved,  // parliament or law approved leaving; still bound
    WithdrawalNotified,  // instrument deposited with the UN; still bound until the effective date
    Withdrawn,           // withdrawal has taken effect
    SuspensionDeclared,  // declared a suspension the treaty does not provide for; still bound
};

// Every status in legend order.
QList<Status> allStatuses();

// Machine id used by the command line and files: "party", "withdrawal-notified", ...
QString statusId(Status status);
std::optional<Status> statusFromId(const QString& id);

// Short label for legends and tooltips ("Withdrawal notified").
QString statusLabel(Status status);

// One or two plain sentences for students.
QString statusExplanation(Status status);

// True while a withdrawal is under way but the state is still bound.
bool isPendingWithdrawal(Status status);

} // namespace flank::posture
