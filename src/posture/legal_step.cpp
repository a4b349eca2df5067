#include "legal_step.h"

#include <QCoreApplication>

namespace flank::posture {

namespace {

struct StepKindText
{
    StepKind kind;
    const char* id;
    const char* label;
    int order;
};

constexpr StepKindText kStepKinds[] = {
    {StepKind::Signed, "signed", QT_TRANSLATE_NOOP("flank::posture::StepKind", "Signed"), 0},
    {StepKind::Ratified, "ratified", QT_TRANSLATE_NOOP("flank::posture::StepKind", "Ratified"), 1},
    {StepKind::Acceded, "acceded", QT_TRANSLATE_NOOP("flank::posture::StepKind", "Acceded"), 1},
    {StepKind::InForce, "in-force",
     QT_TRANSLATE_NOOP("flank::posture::StepKind", "In force for the state"), 2},
    {StepKind::WithdrawalAnnounced, "withdrawal-announced",
     QT_TRANSLATE_NOOP("flank::posture::StepKind", "Withdrawal announced"), 3},
    {StepKind::WithdrawalApproved, "withdrawal-approved",
     QT_TRANSLATE_NOOP("flank::posture::StepKind", "Withdrawal approved"), 4},
    {StepKind::WithdrawalNotified, "withdrawal-notified",
     QT_TRANSLATE_NOOP("flank::posture::StepKind", "Withdrawal notified to the UN"), 5},
    {StepKind::WithdrawalEffective, "withdrawal-effective",
     QT_TRANSLATE_NOOP("flank::posture::StepKind", "Withdrawal effective"), 6},
    {StepKind::SuspensionDeclared, "suspension-declared",
     QT_TRANSLATE_NOOP("flank::posture::StepKind", "Suspension declared"), -1},
};

const StepKindText& textFor(StepKind kind)
{
    for (const auto& text : kStepKinds)
        if (text.kind == kind)
            return text;
    return kStepKinds[0];
}

} // namespace

QList<StepKind> allStepKinds()
{
    QList<StepKind> kinds;
    for (const auto& text : kStepKinds)
        kinds << text.kind;
    return kinds;
}

QString stepKindId(StepKind kind)
{
    return QString::fromLatin1(textFor(kind).id);
}

std::optional<StepKind> stepKindFromId(const QString& id)
{
    for (const auto& text : kStepKinds)
        if (id == QLatin1String(text.id))
            return text.kind;
    return std::nullopt;
}

QString stepKindLabel(StepKind kind)
{
    return QCoreApplication::translate("flank::posture::StepKind", textFor(kind).label);
}

int stepOrder(StepKind kind)
{
    return textFor(kind).order;
}

bool needsArmedConflictClause(StepKind kind)
{
    return kind == StepKind::WithdrawalNotified || kind == StepKind::WithdrawalEffective;
}

} // namespace flank::posture
