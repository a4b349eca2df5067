#pragma once

#include "posture/timeline_event.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;
class QToolButton;

namespace flank::ui {

class MapSession;
class TimelineSlider;

// The timeline: a date slider from the Ottawa Convention's adoption year to today with a tick
// per dated step, jumps to the previous and next event, and play/pause at a chosen speed.
class TimelineBar : public QWidget
{
    Q_OBJECT

public:
    static QDate firstDate() { return QDate(1997, 1, 1); }

    explicit TimelineBar(MapSession* session, QWidget* parent = nullptr);

    TimelineSlider* slider() const { return m_slider; }
    bool isPlaying() const;
    // Days the map advances per second of playing.
    int speedDaysPerSecond() const;

public slots:
    void previousEvent();
    void nextEvent();
    void togglePlaying();
    void setPlaying(bool playing);

signals:
    void playingChanged(bool playing);

private:
    void refreshEvents();
    void showDate(const QDate& date);
    void advance();
    QString describe(const QString& stepId) const;
    QString describePosture(const posture::TimelineEvent& event) const;

    MapSession* m_session;
    TimelineSlider* m_slider;
    QLabel* m_dateLabel;
    QToolButton* m_playButton;
    QComboBox* m_speed;
    QTimer* m_timer;
    double m_pendingDays = 0; // fractions of a day carried between animation ticks
};

} // namespace flank::ui
