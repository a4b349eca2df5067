#include "session_announcements.h"

#include "announcer.h"
#include "locale_format.h"
#include "map_session.h"
#include "posture_summary.h"
#include "status_sentence.h"

#include "posture/status_changes.h"

#include <QSet>

namespace flank::ui {

namespace {

constexpr int kDateSettleMs = 400;

} // namespace

SessionAnnouncements::SessionAnnouncements(MapSession* session, Announcer* announcer)
    : QObject(announcer), m_session(session), m_announcer(announcer),
      m_announcedDate(session->state().date)
{
    m_dateSettles.setSingleShot(true);
    m_dateSettles.setInterval(kDateSettleMs);
    connect(&m_dateSettles, &QTimer::timeout, this, &SessionAnnouncements::announceDate);
    connect(session, &MapSession::dateChanged, &m_dateSettles, qOverload<>(&QTimer::start));
    connect(session, &MapSession::selectionChanged, this, &SessionAnnouncements::selectionChanged);
    connect(session, &MapSession::postureFocusChanged, this,
            &SessionAnnouncements::postureItemOpened);
}

void SessionAnnouncements::selectionChanged(const QString& iso3)
{
    if (iso3.isEmpty()) {
        m_announcer->announce(tr("Selection cleared"));
        return;
    }
    m_announcer->announce(
        tr("Selected: %1").arg(StatusSentence::of(*m_session, m_session->state(), iso3)));
}

void SessionAnnouncements::postureItemOpened()
{
    // The border line, programme or troop disc that Tab, ] or [ opened, in its tooltip's words;
    // said after its state's selection, which comes first.
    const auto& item = m_session->postureFocus();
    if (!item)
        return;
    QStringList sentences;
    for (const QString& fact : postureItemFacts(*item, *m_session, m_session->state().date))
        sentences << tr("%1.").arg(fact);
    m_announcer->announce(sentences.join(QLatin1Char(' ')));
}

void SessionAnnouncements::announceDate()
{
    const core::MapState& state = m_session->state();
    if (state.date == m_announcedDate)
        return;
    const QList<posture::StatusChange> changes =
        posture::statusChanges(m_session->dataset(), m_announcedDate, state.date, state.treaty);
    QSet<QString> states;
    for (const posture::StatusChange& change : changes)
        states.insert(change.iso3);
    m_announcedDate = state.date;
    // Counted without a plural, so a screen reader never spells out "state(s)".
    const QString changed = states.isEmpty()
                                ? tr("No state changed status.")
                                : tr("States that changed status: %1.").arg(states.size());
    m_announcer->announce(tr("%1. %2").arg(localDate(state.date), changed));
}

void SessionAnnouncements::changesListed(const QDate& from, const QDate& to, int changeCount)
{
    const QString found = changeCount == 0 ? tr("no state's status changed")
                                           : tr("changes of status: %1").arg(changeCount);
    m_announcer->announce(
        tr("What changed from %1 to %2: %3").arg(localDate(from), localDate(to), found));
}

} // namespace flank::ui
