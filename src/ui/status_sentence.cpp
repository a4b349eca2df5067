#include "status_sentence.h"

#include "locale_format.h"
#include "map_session.h"

#include "posture/status.h"
#include "posture/treaty_names.h"

namespace flank::ui {

namespace {

// What a state is to a treaty (%1), with the date of the step that decided it (%2) when known.
struct ClauseText
{
    posture::Status status;
    const char* dated; // none where no step's date belongs in the sentence
    const char* undated;
};

constexpr ClauseText kClauses[] = {
    {posture::Status::NoData, nullptr,
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "no data on the %1")},
    {posture::Status::NonParty, nullptr,
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "not a party to the %1")},
    {posture::Status::Signatory,
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "signatory to the %1 since %2"),
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "signatory to the %1")},
    {posture::Status::Party,
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "party to the %1 since %2"),
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "party to the %1")},
    {posture::Status::WithdrawalAnnounced,
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "withdrawal from the %1 announced on %2"),
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "withdrawal from the %1 announced")},
    {posture::Status::WithdrawalApproved,
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "withdrawal from the %1 approved on %2"),
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "withdrawal from the %1 approved")},
    {posture::Status::WithdrawalNotified,
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "withdrawal from the %1 notified on %2"),
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "withdrawal from the %1 notified")},
    {posture::Status::Withdrawn,
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "withdrawn from the %1 since %2"),
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "withdrawn from the %1")},
    {posture::Status::SuspensionDeclared,
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "suspension of the %1 declared on %2"),
     QT_TRANSLATE_NOOP("flank::ui::StatusSentence", "suspension of the %1 declared")},
};

QString statusClause(const posture::StatusOnDate& status, const QString& treaty)
{
    // A notified withdrawal is read with the day it takes effect, the day that matters next.
    if (status.status == posture::Status::WithdrawalNotified && status.effective)
        return StatusSentence::tr("withdrawal from the %1 notified, takes effect %2")
            .arg(treaty, localDate(*status.effective));
    for (const ClauseText& clause : kClauses) {
        if (clause.status != status.status)
            continue;
        return status.lastStep && clause.dated
                   ? StatusSentence::tr(clause.dated).arg(treaty, localDate(status.lastStep->date))
                   : StatusSentence::tr(clause.undated).arg(treaty);
    }
    return posture::statusLabel(status.status);
}

} // namespace

QString StatusSentence::of(const MapSession& session, const core::MapState& view,
                           const QString& iso3)
{
    const posture::Dataset& dataset = session.dataset();
    QString name = session.data().countries->nameOf(iso3);
    if (name.isEmpty())
        name = iso3;
    const QDate date = view.date.isValid() ? view.date : QDate::currentDate();
    QStringList clauses;
    for (const QString& treatyId : core::treatyIds(view.treaty)) {
        clauses << statusClause(dataset.statusOn(iso3, treatyId, date),
                                posture::treatyShortName(dataset.findTreaty(treatyId), treatyId));
    }
    return tr("%1, %2").arg(name, clauses.join(tr("; ")));
}

} // namespace flank::ui
