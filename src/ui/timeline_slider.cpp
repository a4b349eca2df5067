#include "timeline_slider.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTextDocument>
#include <QToolTip>

namespace flank::ui {

namespace {

constexpr int kTickHalfWidth = 3; // pixels either side a tick answers the mouse
constexpr qsizetype kMaxToolTipEvents = 6;

} // namespace

TimelineSlider::TimelineSlider(QDate first, QDate last, QWidget* parent)
    : QSlider(Qt::Horizontal, parent), m_first(first)
{
    setRange(0, int(first.daysTo(last)));
    setSingleStep(1);
    setPageStep(30);
    setMouseTracking(true);
    setMinimumHeight(36);
    setAccessibleName(tr("Date"));
    connect(this, &QSlider::valueChanged, this, [this] { emit dateMoved(date()); });
}

void TimelineSlider::setDate(QDate date)
{
    setValue(int(std::clamp<qint64>(m_first.daysTo(date), minimum(), maximum())));
}

void TimelineSlider::setEvents(const QList<posture::TimelineEvent>& events, Describe describe)
{
    m_events = events;
    m_describe = std::move(describe);
    update();
}

QRect TimelineSlider::grooveRect() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect handle =
        style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    // The handle's centre travels from half a handle in from each end.
    return QRect(handle.width() / 2, 0, width() - handle.width(), height());
}

int TimelineSlider::xOf(QDate date) const
{
    const QRect groove = grooveRect();
    const double share = maximum() > 0 ? double(m_first.daysTo(date)) / maximum() : 0.0;
    return groove.left() + int(std::lround(std::clamp(share, 0.0, 1.0) * groove.width()));
}

QList<posture::TimelineEvent> TimelineSlider::eventsNear(int x) const
{
    QList<posture::TimelineEvent> near;
    for (const posture::TimelineEvent& event : m_events)
        if (std::abs(xOf(event.date) - x) <= kTickHalfWidth)
            near << event;
    return near;
}

void TimelineSlider::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    QColor tick = palette().color(QPalette::WindowText);
    tick.setAlpha(150);
    painter.setPen(QPen(tick, 1));
    const int bottom = height() - 2;
    QColor postureTick = palette().color(QPalette::Highlight);
    for (const posture::TimelineEvent& timelineEvent : m_events) {
        const int x = xOf(timelineEvent.date);
        if (timelineEvent.origin != posture::TimelineEvent::Origin::LegalStep) {
            // Border-posture changes: a short mark of their own color above the groove.
            painter.save();
            painter.setPen(QPen(postureTick, 2));
            painter.drawLine(x, 1, x, 5);
            painter.restore();
            continue;
        }
        // Dates known only to the month or year get a shorter tick.
        painter.drawLine(x, bottom - (timelineEvent.exact ? 8 : 4), x, bottom);
    }
    painter.end();
    QSlider::paintEvent(event);
}

bool TimelineSlider::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        QStringList lines;
        const QList<posture::TimelineEvent> near = eventsNear(help->pos().x());
        if (m_describe)
            for (qsizetype i = 0; i < std::min<qsizetype>(near.size(), kMaxToolTipEvents); ++i)
                lines << m_describe(near[i]);
        if (near.size() > kMaxToolTipEvents)
            lines << tr("… and %n more on nearby days", "", int(near.size() - kMaxToolTipEvents));
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(
                help->globalPos(),
                Qt::convertFromPlainText(lines.join(QStringLiteral("\n\n")), Qt::WhiteSpaceNormal),
                this);
        return true;
    }
    return QSlider::event(event);
}

} // namespace flank::ui
