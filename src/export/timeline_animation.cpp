#include "timeline_animation.h"

#include <cmath>

namespace flank::exporting {

namespace {

constexpr double kMaxClipSeconds = 3600;

qsizetype framesFor(double seconds, int fps)
{
    return qsizetype(std::llround(seconds * fps));
}

// The running dates, before holds: from `from` to `to` through each knot at equal shares of
// the frames between knots.
QList<QDate> runningDates(const QList<QDate>& knots, const QList<qsizetype>& framesPerStretch)
{
    QList<QDate> dates;
    for (qsizetype k = 0; k + 1 < knots.size(); ++k) {
        const qint64 days = knots[k].daysTo(knots[k + 1]);
        const qsizetype frames = framesPerStretch[k];
        for (qsizetype i = 0; i < frames; ++i)
            dates << knots[k].addDays(qint64(std::floor(double(days) * double(i) / frames)));
    }
    dates << knots.last();
    return dates;
}

double holdTotal(const AnimationTiming& timing, qsizetype stepCount)
{
    return double(framesFor(timing.holdSeconds, timing.fps) * stepCount) / timing.fps;
}

} // namespace

QString checkTiming(const AnimationTiming& timing, qsizetype stepCount)
{
    if (!timing.from.isValid())
        return QStringLiteral("--from: a first date is required");
    if (!timing.to.isValid())
        return QStringLiteral("--to: a last date is required");
    if (timing.from >= timing.to)
        return QStringLiteral("--from: %1 is not before --to %2")
            .arg(timing.from.toString(Qt::ISODate), timing.to.toString(Qt::ISODate));
    if (timing.fps < 1 || timing.fps > 60)
        return QStringLiteral("--fps: %1 is not from 1 to 60 frames per second").arg(timing.fps);
    if (!(timing.holdSeconds >= 0 && timing.holdSeconds <= 60))
        return QStringLiteral("--hold: %1 is not from 0 to 60 seconds").arg(timing.holdSeconds);
    if (timing.perEventSeconds) {
        const double seconds = *timing.perEventSeconds;
        if (!(seconds * timing.fps >= 1 && seconds <= 600))
            return QStringLiteral("--per-event: %1 s is not from one frame to 600 seconds")
                .arg(seconds);
        if (seconds * double(stepCount + 1) + holdTotal(timing, stepCount) > kMaxClipSeconds)
            return QStringLiteral("--per-event: %1 s for each of %2 stretches makes a clip "
                                  "longer than an hour")
                .arg(seconds)
                .arg(stepCount + 1);
        return {};
    }
    if (!(timing.durationSeconds > 0 && timing.durationSeconds <= kMaxClipSeconds))
        return QStringLiteral("--duration: %1 is not from 0 to %2 seconds")
            .arg(timing.durationSeconds)
            .arg(kMaxClipSeconds);
    const double running = timing.durationSeconds - holdTotal(timing, stepCount);
    if (running * timing.fps < 2)
        return QStringLiteral("--hold: %1 holds of %2 s leave no time of the %3 s --duration to "
                              "run the dates")
            .arg(stepCount)
            .arg(timing.holdSeconds)
            .arg(timing.durationSeconds);
    return {};
}

QList<AnimationFrame> scheduleFrames(const AnimationTiming& timing,
                                     const QList<posture::DatedStep>& steps)
{
    if (!checkTiming(timing, steps.size()).isEmpty())
        return {};
    const qsizetype holdFrames = framesFor(timing.holdSeconds, timing.fps);
    QList<QDate> knots{timing.from};
    QList<qsizetype> stretches;
    if (timing.perEventSeconds) {
        for (const posture::DatedStep& step : steps)
            if (step.date > knots.last() && step.date < timing.to)
                knots << step.date;
        knots << timing.to;
        stretches.fill(framesFor(*timing.perEventSeconds, timing.fps), knots.size() - 1);
    } else {
        knots << timing.to;
        // The clip's frames less the holds; the last running frame shows `to`.
        stretches << framesFor(timing.durationSeconds, timing.fps) - holdFrames * steps.size() - 1;
    }
    const QList<QDate> dates = runningDates(knots, stretches);
    QList<AnimationFrame> frames;
    qsizetype nextStep = 0;
    for (const QDate& date : dates) {
        while (nextStep < steps.size() && steps[nextStep].date <= date) {
            const posture::DatedStep& step = steps[nextStep++];
            for (qsizetype i = 0; i < holdFrames; ++i)
                frames << AnimationFrame{step.date, step.caption};
        }
        frames << AnimationFrame{date, {}};
    }
    return frames;
}

} // namespace flank::exporting
