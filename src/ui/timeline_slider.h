#pragma once

#include "posture/timeline_event.h"

#include <QDate>
#include <QList>
#include <QSlider>

#include <functional>

namespace flank::ui {

// A horizontal date slider, one step per day, with a tick at every dated legal step; the tick
// under the mouse tells in a tooltip what happened, where, and from which source.
class TimelineSlider : public QSlider
{
    Q_OBJECT

public:
    using Describe = std::function<QString(const posture::TimelineEvent&)>;

    TimelineSlider(QDate first, QDate last, QWidget* parent = nullptr);

    QDate first() const { return m_first; }
    QDate date() const { return m_first.addDays(value()); }
    void setDate(QDate date);
    void setEvents(const QList<posture::TimelineEvent>& events, Describe describe);
    const QList<posture::TimelineEvent>& events() const { return m_events; }
    // Widget x of a date's tick, and the events whose ticks lie near a widget x.
    int xOf(QDate date) const;
    QList<posture::TimelineEvent> eventsNear(int x) const;

signals:
    void dateMoved(const QDate& date);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect grooveRect() const;

    QDate m_first;
    QList<posture::TimelineEvent> m_events;
    Describe m_describe;
};

} // namespace flank::ui
