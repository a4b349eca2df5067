#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

namespace flank::ui {

class Announcer;
class MapSession;

// Puts into words, for the announcer, what a screen-reader user would otherwise miss: the
// state selected, the border item opened, the day the timeline moved to and how many states
// changed status on the way, and what a comparison's "what changed" list found.
class SessionAnnouncements : public QObject
{
    Q_OBJECT

public:
    SessionAnnouncements(MapSession* session, Announcer* announcer);

public slots:
    void changesListed(const QDate& from, const QDate& to, int changeCount);

private:
    void selectionChanged(const QString& iso3);
    void postureItemOpened();
    void announceDate();

    MapSession* m_session;
    Announcer* m_announcer;
    QDate m_announcedDate; // the day the last date announcement spoke of
    // Playing or dragging the timeline moves the date many times a second; only the day it
    // rests on is read, once.
    QTimer m_dateSettles;
};

} // namespace flank::ui
