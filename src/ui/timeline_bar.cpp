#include "timeline_bar.h"

#include "locale_format.h"
#include "map_session.h"

#include "core/country_names.h"
#include "posture/posture_events.h"
#include "posture/treaty_names.h"
#include "timeline_slider.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace flank::ui {

namespace {

constexpr int kMaxFramesPerSecond = 25;

// Text symbols rather than style icons: they take the palette's text color in every theme.
QToolButton* makeButton(const QString& symbol, const QString& text, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(symbol);
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

const QString kPlaySymbol = QStringLiteral("\u25B6");        // ▶
const QString kPauseSymbol = QStringLiteral("\u275A\u275A"); // ❚❚

} // namespace

TimelineBar::TimelineBar(MapSession* session, QWidget* parent)
    : QWidget(parent), m_session(session),
      m_slider(new TimelineSlider(firstDate(), QDate::currentDate(), this)),
      m_dateLabel(new QLabel(this)), m_playButton(nullptr), m_speed(new QComboBox(this)),
      m_timer(new QTimer(this))
{
    auto* previous = makeButton(QStringLiteral("|\u25C0"), tr("Previous event"), this);
    m_playButton = makeButton(kPlaySymbol, tr("Play"), this);
    auto* next = makeButton(QStringLiteral("\u25B6|"), tr("Next event"), this);
    const struct
    {
        const char* label;
        int days;
    } speeds[] = {{QT_TR_NOOP("1 week per second"), 7},
                  {QT_TR_NOOP("1 month per second"), 30},
                  {QT_TR_NOOP("3 months per second"), 91},
                  {QT_TR_NOOP("1 year per second"), 365}};
    for (const auto& speed : speeds)
        m_speed->addItem(tr(speed.label), speed.days);
    m_speed->setCurrentIndex(1);
    m_speed->setToolTip(tr("Playing speed"));
    m_speed->setAccessibleName(tr("Playing speed"));
    m_dateLabel->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("30 September 2026")));
    m_dateLabel->setAlignment(Qt::AlignCenter);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(previous);
    layout->addWidget(m_playButton);
    layout->addWidget(next);
    layout->addWidget(m_speed);
    layout->addWidget(m_dateLabel);
    layout->addWidget(m_slider, 1);

    connect(previous, &QToolButton::clicked, this, &TimelineBar::previousEvent);
    connect(next, &QToolButton::clicked, this, &TimelineBar::nextEvent);
    connect(m_playButton, &QToolButton::clicked, this, &TimelineBar::togglePlaying);
    connect(m_timer, &QTimer::timeout, this, &TimelineBar::advance);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (isPlaying())
            setPlaying(true); // restart at the new pace
    });
    connect(m_slider, &TimelineSlider::dateMoved, m_session, &MapSession::setDate);
    connect(m_session, &MapSession::dateChanged, this, &TimelineBar::showDate);
    connect(m_session, &MapSession::datasetChanged, this, &TimelineBar::refreshEvents);
    refreshEvents();
    showDate(m_session->state().date);
}

bool TimelineBar::isPlaying() const
{
    return m_timer->isActive();
}

int TimelineBar::speedDaysPerSecond() const
{
    return m_speed->currentData().toInt();
}

void TimelineBar::refreshEvents()
{
    QList<posture::TimelineEvent> events = m_session->dataset().eventDates();
    events += posture::postureEvents(m_session->dataset());
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    m_slider->setEvents(events, [this](const posture::TimelineEvent& event) {
        return event.origin == posture::TimelineEvent::Origin::LegalStep ? describe(event.stepId)
                                                                         : describePosture(event);
    });
}

QString TimelineBar::describePosture(const posture::TimelineEvent& event) const
{
    const posture::Dataset& dataset = m_session->dataset();
    const posture::StateInfo* state = dataset.findState(event.state);
    const QString where = state ? state->name : event.state;
    if (event.origin == posture::TimelineEvent::Origin::Fortification) {
        const posture::Fortification* programme = dataset.findFortification(event.stepId);
        const QString name = programme ? programme->name : event.stepId;
        const QString what = event.what == QLatin1String("announced") ? tr("announced")
                             : event.what == QLatin1String("started") ? tr("construction starts")
                                                                      : tr("completed");
        return tr("%1 – %2: %3 %4").arg(localDate(event.date), where, name, what);
    }
    for (const posture::TroopNote& note : dataset.records().troopNotes)
        if (note.id == event.stepId)
            return tr("%1 – %2: %3 %4")
                .arg(localDate(event.date), where, note.title,
                     event.what == QLatin1String("ends") ? tr("ends") : tr("begins"));
    return {};
}

QString TimelineBar::describe(const QString& stepId) const
{
    const posture::Dataset& dataset = m_session->dataset();
    const auto& steps = dataset.steps();
    const auto step = std::find_if(steps.begin(), steps.end(),
                                   [&](const posture::LegalStep& s) { return s.id == stepId; });
    if (step == steps.end())
        return {};
    const posture::StateInfo* state = dataset.findState(step->state);
    const posture::Treaty* treaty = dataset.findTreaty(step->treaty);
    QString text = tr("%1 – %2: %3 (%4)")
                       .arg(localDate(step->date),
                            state ? core::localCountryName(state->iso3, state->name) : step->state,
                            posture::stepKindLabel(step->kind),
                            posture::treatyShortName(treaty, step->treaty));
    for (const posture::Source& source : dataset.sourcesFor(*step))
        text += QLatin1Char('\n') + tr("Source: %1, “%2”").arg(source.outlet, source.title);
    return text;
}

void TimelineBar::showDate(const QDate& date)
{
    m_slider->setDate(date);
    m_dateLabel->setText(localDate(date));
}

void TimelineBar::previousEvent()
{
    const QDate current = m_session->state().date;
    QDate target;
    for (const posture::TimelineEvent& event : m_slider->events())
        if (event.date < current && event.date >= TimelineBar::firstDate())
            target = event.date;
    if (target.isValid())
        m_session->setDate(target);
}

void TimelineBar::nextEvent()
{
    const QDate current = m_session->state().date;
    for (const posture::TimelineEvent& event : m_slider->events()) {
        if (event.date > current && event.date <= QDate::currentDate()) {
            m_session->setDate(event.date);
            return;
        }
    }
}

void TimelineBar::togglePlaying()
{
    setPlaying(!isPlaying());
}

void TimelineBar::setPlaying(bool playing)
{
    if (playing) {
        // Playing from the end starts again from the beginning.
        if (m_session->state().date >= QDate::currentDate())
            m_session->setDate(firstDate());
        const int framesPerSecond = std::min(speedDaysPerSecond(), kMaxFramesPerSecond);
        m_timer->start(1000 / std::max(1, framesPerSecond));
    } else {
        m_timer->stop();
    }
    m_pendingDays = 0;
    m_playButton->setText(playing ? kPauseSymbol : kPlaySymbol);
    m_playButton->setToolTip(playing ? tr("Pause") : tr("Play"));
    emit playingChanged(playing);
}

void TimelineBar::advance()
{
    const double framesPerSecond = 1000.0 / std::max(1, m_timer->interval());
    m_pendingDays += speedDaysPerSecond() / framesPerSecond;
    const int days = int(m_pendingDays);
    if (days == 0)
        return;
    m_pendingDays -= days;
    const QDate next = std::min(m_session->state().date.addDays(days), QDate::currentDate());
    m_session->setDate(next);
    if (next >= QDate::currentDate())
        setPlaying(false);
}

} // namespace flank::ui
