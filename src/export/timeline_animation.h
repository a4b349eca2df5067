#pragma once

#include "posture/dated_steps.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace flank::exporting {

// How an animated timeline spends its time.
struct AnimationTiming
{
    QDate from;
    QDate to;
    // The whole clip, holds included; used when perEventSeconds is not set.
    double durationSeconds = 10;
    // Each stretch between two dated steps (and from `from` to the first, and from the last
    // to `to`) takes this long instead.
    std::optional<double> perEventSeconds;
    int fps = 30;
    double holdSeconds = 0; // a pause at every dated step, with its caption shown
};

// One picture of the clip.
struct AnimationFrame
{
    QDate date;
    QString caption; // the dated step's, while the clip holds on it
    friend bool operator==(const AnimationFrame&, const AnimationFrame&) = default;
};

// Whether the timing can be carried out: an error naming the option, or an empty string.
QString checkTiming(const AnimationTiming& timing, qsizetype stepCount);

// The clip frame by frame: dates never go back, the first is `from` and the last `to`. With
// --duration the clip has round(duration x fps) frames; with --per-event each stretch has
// round(seconds x fps) frames and one more shows `to`. A hold adds round(hold x fps) frames at
// a step's date, captioned, where the running date reaches it.
QList<AnimationFrame> scheduleFrames(const AnimationTiming& timing,
                                     const QList<posture::DatedStep>& steps);

} // namespace flank::exporting
