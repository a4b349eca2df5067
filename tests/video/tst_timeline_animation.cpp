#include "export/timeline_animation.h"

#include <QTest>

using namespace flank;
using exporting::AnimationFrame;
using exporting::AnimationTiming;

namespace {

AnimationTiming timing(double duration, int fps)
{
    AnimationTiming t;
    t.from = QDate(2025, 12, 1);
    t.to = QDate(2026, 3, 1);
    t.durationSeconds = duration;
    t.fps = fps;
    return t;
}

const QList<posture::DatedStep> kSteps{
    {QDate(2026, 1, 10), QStringLiteral("Finland: Withdrawal takes effect (Ottawa)")},
    {QDate(2026, 2, 1), QStringLiteral("Poland: East Shield completed")},
};

// Empty when the dates never go back and the clip starts and ends on its days.
QString datesProblem(const QList<AnimationFrame>& frames, const AnimationTiming& t)
{
    if (frames.isEmpty())
        return QStringLiteral("no frames");
    if (frames.first().date != t.from)
        return QStringLiteral("starts on %1").arg(frames.first().date.toString(Qt::ISODate));
    if (frames.last().date != t.to)
        return QStringLiteral("ends on %1").arg(frames.last().date.toString(Qt::ISODate));
    for (qsizetype i = 1; i < frames.size(); ++i)
        if (frames[i].date < frames[i - 1].date)
            return QStringLiteral("goes back at frame %1").arg(i);
    return {};
}

qsizetype captioned(const QList<AnimationFrame>& frames, const QString& caption)
{
    return std::count_if(frames.begin(), frames.end(),
                         [&](const AnimationFrame& f) { return f.caption == caption; });
}

} // namespace

class TestTimelineAnimation : public QObject
{
    Q_OBJECT

private slots:
    void durationGivesSecondsTimesFps_data()
    {
        QTest::addColumn<double>("duration");
        QTest::addColumn<int>("fps");
        QTest::addColumn<int>("frames");
        QTest::newRow("3 s at 30") << 3.0 << 30 << 90;
        QTest::newRow("10 s at 24") << 10.0 << 24 << 240;
        QTest::newRow("2.5 s at 25") << 2.5 << 25 << 63; // 62.5 rounds up
        QTest::newRow("1 s at 60") << 1.0 << 60 << 60;
    }
    void durationGivesSecondsTimesFps()
    {
        QFETCH(double, duration);
        QFETCH(int, fps);
        QFETCH(int, frames);
        const AnimationTiming t = timing(duration, fps);
        const QList<AnimationFrame> clip = exporting::scheduleFrames(t, kSteps);
        QCOMPARE(clip.size(), frames);
        QCOMPARE(datesProblem(clip, t), QString());
        QCOMPARE(captioned(clip, QString()), frames); // no hold, no caption
    }

    void datesRunEvenly()
    {
        const AnimationTiming t = timing(3, 31); // 93 frames over 90 days
        const QList<AnimationFrame> clip = exporting::scheduleFrames(t, {});
        QCOMPARE(clip.size(), 93);
        for (qsizetype i = 1; i < clip.size(); ++i)
            QVERIFY2(clip[i - 1].date.daysTo(clip[i].date) <= 2, qPrintable(QString::number(i)));
        QCOMPARE(clip[46].date, QDate(2026, 1, 15)); // halfway through the frames, 45 days on
    }

    void perEventGivesEachStretchItsSeconds()
    {
        AnimationTiming t = timing(0, 30);
        t.perEventSeconds = 1.5;
        const QList<AnimationFrame> clip = exporting::scheduleFrames(t, kSteps);
        // Three stretches (to 10 January, to 1 February, to 1 March) of 45 frames, and 1 March.
        QCOMPARE(clip.size(), 3 * 45 + 1);
        QCOMPARE(datesProblem(clip, t), QString());
        QCOMPARE(clip[45].date, QDate(2026, 1, 10));
        QCOMPARE(clip[90].date, QDate(2026, 2, 1));
        QVERIFY(clip[44].date < QDate(2026, 1, 10));
    }

    void holdsInsertCaptionedFrames()
    {
        AnimationTiming t = timing(6, 30);
        t.holdSeconds = 1;
        const QList<AnimationFrame> clip = exporting::scheduleFrames(t, kSteps);
        QCOMPARE(clip.size(), 180); // the holds are part of the whole clip
        QCOMPARE(datesProblem(clip, t), QString());
        for (const posture::DatedStep& step : kSteps) {
            QCOMPARE(captioned(clip, step.caption), 30);
            const auto first = std::find_if(clip.begin(), clip.end(), [&](const AnimationFrame& f) {
                return f.caption == step.caption;
            });
            // The hold is one run of frames on the step's day, where the running date gets there.
            for (auto it = first; it != first + 30; ++it) {
                QCOMPARE(it->date, step.date);
                QCOMPARE(it->caption, step.caption);
            }
            QVERIFY(first == clip.begin() || (first - 1)->date <= step.date);
            QVERIFY((first + 30)->date >= step.date);
            QVERIFY((first + 30)->caption.isEmpty());
        }
    }

    void holdsWithPerEvent()
    {
        AnimationTiming t = timing(0, 20);
        t.perEventSeconds = 1;
        t.holdSeconds = 0.5;
        const QList<AnimationFrame> clip = exporting::scheduleFrames(t, kSteps);
        QCOMPARE(clip.size(), 3 * 20 + 1 + 2 * 10);
        QCOMPARE(datesProblem(clip, t), QString());
        QCOMPARE(captioned(clip, kSteps[0].caption), 10);
    }

    void refusesBadTimings_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("fps");
        QTest::addColumn<double>("duration");
        QTest::addColumn<double>("hold");
        QTest::addColumn<QString>("message");
        const QDate a(2025, 12, 1), b(2026, 3, 1);
        QTest::newRow("fps 0") << a << b << 0 << 3.0 << 0.0 << "--fps";
        QTest::newRow("fps 61") << a << b << 61 << 3.0 << 0.0 << "--fps";
        QTest::newRow("from after to") << b << a << 30 << 3.0 << 0.0 << "--from";
        QTest::newRow("same day") << a << a << 30 << 3.0 << 0.0 << "--from";
        QTest::newRow("no duration") << a << b << 30 << 0.0 << 0.0 << "--duration";
        QTest::newRow("holds fill the clip") << a << b << 30 << 2.0 << 1.0 << "--hold";
        QTest::newRow("negative hold") << a << b << 30 << 2.0 << -1.0 << "--hold";
    }
    void refusesBadTimings()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, fps);
        QFETCH(double, duration);
        QFETCH(double, hold);
        QFETCH(QString, message);
        AnimationTiming t;
        t.from = from;
        t.to = to;
        t.fps = fps;
        t.durationSeconds = duration;
        t.holdSeconds = hold;
        const QString error = exporting::checkTiming(t, kSteps.size());
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY(exporting::scheduleFrames(t, kSteps).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimelineAnimation)
#include "tst_timeline_animation.moc"
