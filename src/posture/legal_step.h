#pragma once

#include "partial_date.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flank::posture {

// The steps a treaty's life has for one state, in the order the loader requires by date.
// SuspensionDeclared stands outside that order: a treaty without a suspension rule.
enum class StepKind
{
    Signed,
    Ratified,
    Acceded,
    InForce,
    WithdrawalAnnounced,
    WithdrawalApproved,
    WithdrawalNotified,
    WithdrawalEffective,
    SuspensionDeclared,
};

QList<StepKind> allStepKinds();
QString stepKindId(StepKind kind); // "withdrawal-notified"
std::optional<StepKind> stepKindFromId(const QString& id);
QString stepKindLabel(StepKind kind); // "Withdrawal notified to the UN"
// Position in the required order; ratified and acceded share one; -1 for SuspensionDeclared.
int stepOrder(StepKind kind);
// Whether a step of this kind must say if the armed-conflict rule applies.
bool needsArmedConflictClause(StepKind kind);

// Whether the treaty's armed-conflict rule delays or blocks this withdrawal, and why.
struct ArmedConflictClause
{
    bool applies = false;
    QString note;
};

struct LegalStep
{
    QString id;
    QString state; // ISO 3166-1 alpha-3
    QString treaty;
    StepKind kind = StepKind::Signed;
    PartialDate date;
    QString dateNote; // what is known when the date is partial or uncertain
    QStringList sources;
    QString note;
    std::optional<ArmedConflictClause> armedConflictClause;
    PartialDate checked; // when the step was last checked against its sources
    QString primaryNote; // why no primary source is cited, where none could be found
};

} // namespace flank::posture
