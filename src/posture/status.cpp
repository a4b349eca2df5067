#include "status.h"

#include <QCoreApplication>

namespace flank::posture {

namespace {

struct StatusText
{
    Status status;
    const char* id;
    const char* label;
    const char* explanation;
};

// Legend order: from most bound to least, then the odd cases.
constexpr StatusText kStatusTexts[] = {
    {Status::Party, "party", QT_TRANSLATE_NOOP("flank::posture::Status", "Party"),
     QT_TRANSLATE_NOOP("flank::posture::Status",
                       "The state has joined the treaty and is bound by all of its rules.")},
    {Status::SuspensionDeclared, "suspension-declared",
     QT_TRANSLATE_NOOP("flank::posture::Status", "Suspension declared"),
     QT_TRANSLATE_NOOP("flank::posture::Status",
                       "The state says it has suspended the treaty. The treaty has no rule for a "
                       "suspension, so in law the state is still bound.")},
    {Status::WithdrawalAnnounced, "withdrawal-announced",
     QT_TRANSLATE_NOOP("flank::posture::Status", "Withdrawal announced"),
     QT_TRANSLATE_NOOP("flank::posture::Status",
                       "The government has said it will leave. Nothing has changed in law yet: "
                       "the state is still bound.")},
    {Status::WithdrawalApproved, "withdrawal-approved",
     QT_TRANSLATE_NOOP("flank::posture::Status", "Withdrawal approved"),
     QT_TRANSLATE_NOOP("flank::posture::Status",
                       "Parliament or a law has approved leaving, but the UN has not yet been "
                       "told. The state is still bound.")},
    {Status::WithdrawalNotified, "withdrawal-notified",
     QT_TRANSLATE_NOOP("flank::posture::Status", "Withdrawal notified"),
     QT_TRANSLATE_NOOP("flank::posture::Status",
                       "The state has formally told the UN Secretary-General it is leaving. It "
                       "stays bound until the withdrawal takes effect, six months later.")},
    {Status::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("flank::posture::Status", "Withdrawn"),
     QT_TRANSLATE_NOOP("flank::posture::Status",
                       "The withdrawal has taken effect: the state is no longer bound.")},
    {Status::Signatory, "signatory", QT_TRANSLATE_NOOP("flank::posture::Status", "Signatory"),
     QT_TRANSLATE_NOOP("flank::posture::Status",
                       "The state signed the treaty but has not ratified it, so it is not bound "
                       "by it; it should not act against the treaty's purpose.")},
    {Status::NonParty, "non-party", QT_TRANSLATE_NOOP("flank::posture::Status", "Not a party"),
     QT_TRANSLATE_NOOP("flank::posture::Status", "The state has never joined the treaty.")},
    {Status::NoData, "no-data", QT_TRANSLATE_NOOP("flank::posture::Status", "No data"),
     QT_TRANSLATE_NOOP("flank::posture::Status",
                       "Flank Atlas holds no sourced record for this state.")},
};

const StatusText& textFor(Status status)
{
    for (const auto& text : kStatusTexts)
        if (text.status == status)
            return text;
    return kStatusTexts[std::size(kStatusTexts) - 1];
}

} // namespace

QList<Status> allStatuses()
{
    QList<Status> statuses;
    for (const auto& text : kStatusTexts)
        statuses << text.status;
    return statuses;
}

QString statusId(Status status)
{
    return QString::fromLatin1(textFor(status).id);
}

std::optional<Status> statusFromId(const QString& id)
{
    for (const auto& text : kStatusTexts)
        if (id == QLatin1String(text.id))
            return text.status;
    return std::nullopt;
}

QString statusLabel(Status status)
{
    return QCoreApplication::translate("flank::posture::Status", textFor(status).label);
}

QString statusExplanation(Status status)
{
    return QCoreApplication::translate("flank::posture::Status", textFor(status).explanation);
}

bool isPendingWithdrawal(Status status)
{
    return status == Status::WithdrawalAnnounced || status == Status::WithdrawalApproved ||
           status == Status::WithdrawalNotified;
}

} // namespace flank::posture
