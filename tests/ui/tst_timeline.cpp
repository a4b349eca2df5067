#include "ui_test_support.h"

#include "posture/posture_events.h"

#include "render/map_style.h"
#include "ui/map_canvas.h"
#include "ui/timeline_bar.h"
#include "ui/timeline_slider.h"

#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using namespace flank;
using namespace flank::ui;

namespace {

bool near(QColor a, QColor b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TimelineTest : public QObject
{
    Q_OBJECT

private slots:
    void movingPastFinlandsWithdrawalChangesItsColor()
    {
        auto window = test::openWindow();
        core::MapState state = window->session()->state();
        state.decorations.labels = false; // sample the fill, not a name drawn on it
        window->session()->setState(state);
        TimelineSlider* slider = window->timeline()->slider();
        const QPoint finland = test::canvasPointOf(*window, "FIN");

        slider->setDate(QDate(2026, 1, 9));
        QCOMPARE(window->session()->state().date, QDate(2026, 1, 9));
        const QColor before = window->canvas()->grab().toImage().pixelColor(finland);
        slider->setDate(QDate(2026, 1, 11));
        QCOMPARE(window->session()->state().date, QDate(2026, 1, 11));
        const QColor after = window->canvas()->grab().toImage().pixelColor(finland);

        const render::MapStyle style = render::MapStyle::forTheme(core::Theme::Light);
        const QColor withdrawn = style.statusStyle(posture::Status::Withdrawn).fill;
        QVERIFY2(near(after, withdrawn), qPrintable(after.name()));
        QVERIFY2(!near(before, withdrawn, 20), qPrintable(before.name()));
    }

    void everyStepHasATickThatTellsWhatWhereAndSource()
    {
        auto window = test::openWindow();
        TimelineSlider* slider = window->timeline()->slider();
        const posture::Dataset& dataset = window->session()->dataset();
        // Legal steps, and the border-posture layers' dated changes.
        QCOMPARE(slider->events().size(),
                 dataset.eventDates().size() + posture::postureEvents(dataset).size());
        QVERIFY(posture::postureEvents(dataset).size() > 20);
        QCOMPARE(slider->first(), QDate(1997, 1, 1));
        QCOMPARE(slider->date().addDays(slider->maximum() - slider->value()), QDate::currentDate());
        const int x = slider->xOf(QDate(2026, 1, 10));
        QHelpEvent help(QEvent::ToolTip, QPoint(x, slider->height() / 2),
                        slider->mapToGlobal(QPoint(x, slider->height() / 2)));
        QCoreApplication::sendEvent(slider, &help);
        QVERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains("Finland"), qPrintable(tip));
        QVERIFY2(tip.contains(posture::stepKindLabel(posture::StepKind::WithdrawalEffective)),
                 qPrintable(tip));
        QVERIFY2(tip.contains("Source:"), qPrintable(tip));
    }

    void previousAndNextJumpBetweenEvents()
    {
        auto window = test::openWindow();
        const QDate start(2025, 7, 1);
        window->session()->setDate(start);
        QDate expectedNext;
        for (const posture::TimelineEvent& event : window->session()->dataset().eventDates())
            if (!expectedNext.isValid() && event.date > start)
                expectedNext = event.date;
        window->timeline()->nextEvent();
        QCOMPARE(window->session()->state().date, expectedNext);
        window->timeline()->previousEvent();
        QVERIFY(window->session()->state().date <= start);
    }

    void playingMovesTheMapThroughTime()
    {
        auto window = test::openWindow();
        const QDate start(2025, 1, 1);
        window->session()->setDate(start);
        window->timeline()->setPlaying(true);
        QVERIFY(window->timeline()->isPlaying());
        QTRY_VERIFY(window->session()->state().date > start.addDays(20));
        // Anyone can look at the window mid-play: FLANK_UI_SHOTS=dir writes it there.
        if (const QString shots = qEnvironmentVariable("FLANK_UI_SHOTS"); !shots.isEmpty())
            QVERIFY(window->grab().save(shots + QStringLiteral("/timeline_playing.png")));
        window->timeline()->setPlaying(false);
        const QDate stopped = window->session()->state().date;
        QCOMPARE(window->canvas()->currentFrame().state.date, stopped);
        QCOMPARE(window->timeline()->slider()->date(), stopped);
    }
};

QTEST_MAIN(TimelineTest)
#include "tst_timeline.moc"
