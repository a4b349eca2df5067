#include "core/data_paths.h"
#include "render/atlas_data.h"
#include "render/legend_layout.h"
#include "render/map_style.h"
#include "story/story_reader.h"
#include "ui/compare_view.h"
#include "ui/main_window.h"
#include "ui/map_canvas.h"
#include "ui/presentation_window.h"
#include "ui/story_controller.h"
#include "ui/story_panel.h"

#include <QListWidget>
#include <QUndoStack>

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace flank;

namespace {

// Share of pixels that are exactly `color`.
double shareOf(const QImage& image, QRgb color)
{
    qint64 same = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            same += (image.pixel(x, y) & 0xFFFFFF) == (color & 0xFFFFFF);
    return double(same) / (qint64(image.width()) * image.height());
}

// The slide again, give or take the odd antialiased pixel of a label placed anew.
bool sameImage(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return false;
    qint64 different = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            different += a.pixel(x, y) != b.pixel(x, y);
    return different < qint64(a.width()) * a.height() / 100;
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clickerKeysChangeStepDateAndExtent();
    void blackAndWhiteScreens();
    void projectorSlidesKeepTheStepClearOfTheLegend();
    void numberThenEnterJumps();
    void escapeLeaves();
    void f5PresentsFromTheWindow();
    void panelEditsAreUndoable();
    void aStepAddedWhileComparingKeepsTheComparison();

private:
    std::unique_ptr<ui::PresentationWindow> present(int start);

    render::AtlasData m_data;
    story::Story m_story;
};

void TestPresentation::initTestCase()
{
    m_data = render::AtlasData::load();
    QVERIFY(m_data.countries->isUsable());
    const story::StoryLoadResult loaded = story::loadStory(core::DataPaths::exampleStory());
    QVERIFY(loaded.issues.isEmpty());
    m_story = loaded.story;
    m_story.transitionSeconds = 0.3; // short flights keep the test quick; they still run
}

std::unique_ptr<ui::PresentationWindow> TestPresentation::present(int start)
{
    auto deck = std::make_unique<present::StoryDeck>(m_story, core::DataPaths::exampleStory(),
                                                     m_data.dataset, m_data.projections);
    auto window = std::make_unique<ui::PresentationWindow>(std::move(deck), start);
    window->resize(960, 540);
    window->show();
    window->activateWindow();
    window->setFocus();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestPresentation::clickerKeysChangeStepDateAndExtent()
{
    const auto window = present(0);
    QVERIFY(window);
    const QRectF firstExtent = window->shownExtent();
    QCOMPARE(window->shownState().date, QDate(2025, 3, 18));
    QSignalSpy changed(window.get(), &ui::PresentationWindow::stepChanged);

    QTest::keyClick(window.get(), Qt::Key_PageDown);
    QCOMPARE(window->currentIndex(), 1);
    QCOMPARE(changed.size(), 1);
    QTRY_VERIFY(!window->isFlying());
    QCOMPARE(window->shownState().date, m_story.steps[1].state.date);
    QCOMPARE(window->shownState().treaty, core::TreatyChoice::Ccm);
    QVERIFY(window->shownExtent() != firstExtent);

    QTest::keyClick(window.get(), Qt::Key_Right);
    QTRY_VERIFY(!window->isFlying());
    QCOMPARE(window->shownState().date, QDate(2025, 4, 1));

    QTest::keyClick(window.get(), Qt::Key_PageUp);
    QTest::keyClick(window.get(), Qt::Key_PageUp);
    QCOMPARE(window->currentIndex(), 0);
    QTRY_VERIFY(!window->isFlying());
    QCOMPARE(window->shownState().date, QDate(2025, 3, 18));
    QCOMPARE(window->shownExtent(), firstExtent);
    QTest::keyClick(window.get(), Qt::Key_PageUp); // already at the first step
    QCOMPARE(window->currentIndex(), 0);

    QTest::keyClick(window.get(), Qt::Key_End);
    QCOMPARE(window->currentIndex(), int(m_story.steps.size()) - 1);
    QTRY_VERIFY(!window->isFlying());
    QCOMPARE(window->shownState().date, QDate(2026, 2, 20));
    QTest::keyClick(window.get(), Qt::Key_Home);
    QCOMPARE(window->currentIndex(), 0);
    QTest::keyClick(window.get(), Qt::Key_Space);
    QTest::keyClick(window.get(), Qt::Key_Return);
    QCOMPARE(window->currentIndex(), 2);
    QTest::keyClick(window.get(), Qt::Key_Backspace);
    QCOMPARE(window->currentIndex(), 1);
}

void TestPresentation::blackAndWhiteScreens()
{
    const auto window = present(0);
    QVERIFY(window);
    const QImage slide = window->grab().toImage();
    QVERIFY(shareOf(slide, qRgb(0, 0, 0)) < 0.5); // the map, not a black screen
    QTest::keyClick(window.get(), Qt::Key_B);
    QCOMPARE(window->blank(), ui::PresentationWindow::Blank::Black);
    QCOMPARE(shareOf(window->grab().toImage(), qRgb(0, 0, 0)), 1.0);
    QTest::keyClick(window.get(), Qt::Key_B);
    QCOMPARE(window->blank(), ui::PresentationWindow::Blank::None);
    QVERIFY(sameImage(window->grab().toImage(), slide));
    QTest::keyClick(window.get(), Qt::Key_W);
    QCOMPARE(shareOf(window->grab().toImage(), qRgb(255, 255, 255)), 1.0);
    QTest::keyClick(window.get(), Qt::Key_W);
    QVERIFY(sameImage(window->grab().toImage(), slide));
    QCOMPARE(window->currentIndex(), 0);
    const QString dir = qEnvironmentVariable("FLANK_STORY_GRAB_DIR");
    if (!dir.isEmpty())
        slide.save(dir + QStringLiteral("/presentation.png"));
}

// The projector's legend is large: on a 1280x720 screen it covered the west of Latvia on the
// step about Latvia's vote. The step's view moves east into the room beside its extent.
void TestPresentation::projectorSlidesKeepTheStepClearOfTheLegend()
{
    constexpr int kLatviaStep = 3;
    QCOMPARE(m_story.steps[kLatviaStep].state.selection, QStringLiteral("LVA"));
    auto deck = std::make_unique<present::StoryDeck>(m_story, core::DataPaths::exampleStory(),
                                                     m_data.dataset, m_data.projections);
    ui::PresentationWindow window(std::move(deck), kLatviaStep - 1, true);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_Right); // flies to the step
    QTRY_VERIFY(!window.isFlying());
    QCOMPARE(window.currentIndex(), kLatviaStep);

    const render::MapFrame frame = window.deck().stepFrame(kLatviaStep, QSizeF(window.size()));
    QCOMPARE(frame.state.theme, core::Theme::Projector);
    const QTransform& toDevice = frame.view.transform.mapToDevice();
    const QRectF legend =
        render::LegendLayout::compute(frame, render::MapStyle::forTheme(frame.state.theme)).box;
    QVERIFY(!legend.isEmpty());
    const QRectF latvia = toDevice.mapRect(frame.view.layer->boundsOfKey(QStringLiteral("LVA")));
    QVERIFY2(latvia.left() >= legend.right(),
             qPrintable(QStringLiteral("Latvia from x %1, the legend to x %2")
                            .arg(latvia.left())
                            .arg(legend.right())));
    // The extent the story asks for is still whole on the slide.
    const QRectF asked = toDevice.mapRect(m_story.steps[kLatviaStep].state.extent);
    QVERIFY(asked.left() >= -0.5 && asked.right() <= frame.size.width() + 0.5);
    QVERIFY(asked.top() >= -0.5 && asked.bottom() <= frame.size.height() + 0.5);
    // The window shows that view, where the flight ended.
    QCOMPARE(window.shownExtent(), frame.view.transform.visibleExtent());
}

void TestPresentation::numberThenEnterJumps()
{
    const auto window = present(0);
    QVERIFY(window);
    QTest::keyClick(window.get(), Qt::Key_1);
    QTest::keyClick(window.get(), Qt::Key_2);
    QCOMPARE(window->currentIndex(), 0); // nothing moves until Enter
    QTest::keyClick(window.get(), Qt::Key_Enter);
    QCOMPARE(window->currentIndex(), 11);
    QCOMPARE(window->shownState().date, m_story.steps[11].state.date);
    QTest::keyClick(window.get(), Qt::Key_9);
    QTest::keyClick(window.get(), Qt::Key_9);
    QTest::keyClick(window.get(), Qt::Key_Return);
    QCOMPARE(window->currentIndex(), int(m_story.steps.size()) - 1); // clamped to the last
}

void TestPresentation::escapeLeaves()
{
    const auto window = present(3);
    QVERIFY(window);
    QSignalSpy left(window.get(), &ui::PresentationWindow::left);
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QCOMPARE(left.size(), 1);
    QVERIFY(!window->isVisible());
}

void TestPresentation::f5PresentsFromTheWindow()
{
    ui::MainWindow window(render::AtlasData::load());
    QVERIFY(window.story()->load(core::DataPaths::exampleStory()).isEmpty());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.canvas(), Qt::Key_F5);
    QPointer<ui::PresentationWindow> presentation = window.story()->presentation();
    QVERIFY(presentation);
    QVERIFY(presentation->isVisible());
    QCOMPARE(presentation->currentIndex(), 0);
    // Full screen, the presentation takes the keys: the map's own Esc and arrows stay out.
    QApplication::setActiveWindow(presentation);
    QVERIFY(QTest::qWaitForWindowActive(presentation));
    QTest::keyClick(presentation, Qt::Key_Right);
    QCOMPARE(presentation->currentIndex(), 1);
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTRY_VERIFY(!presentation || !presentation->isVisible());
    // Shift+F5 starts from the step chosen in the story panel, which followed the presentation.
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.canvas(), Qt::Key_F5, Qt::ShiftModifier);
    presentation = window.story()->presentation();
    QVERIFY(presentation);
    QCOMPARE(presentation->currentIndex(), 1);
    presentation->close();
}

void TestPresentation::panelEditsAreUndoable()
{
    ui::MainWindow window(render::AtlasData::load());
    ui::StoryController* controller = window.story();
    ui::StoryPanel* panel = controller->panel();
    window.session()->setDate(QDate(2025, 6, 27));
    panel->addCurrentView();
    QCOMPARE(controller->story().steps.size(), 1);
    QCOMPARE(controller->story().steps[0].state.date, QDate(2025, 6, 27));
    panel->duplicateStep();
    QCOMPARE(controller->story().steps.size(), 2);
    panel->setCurrentIndex(0);
    panel->deleteStep();
    QCOMPARE(controller->story().steps.size(), 1);
    controller->undoStack()->undo();
    QCOMPARE(controller->story().steps.size(), 2);
    controller->undoStack()->undo();
    controller->undoStack()->undo();
    QVERIFY(controller->story().steps.isEmpty());
    controller->undoStack()->redo();
    QCOMPARE(controller->story().steps.size(), 1);
    QCOMPARE(panel->list()->count(), 1);
    // Clicking a step in the list shows its view on the map.
    window.session()->setDate(QDate(2026, 1, 10));
    panel->setCurrentIndex(-1);
    panel->setCurrentIndex(0);
    QCOMPARE(window.session()->state().date, QDate(2025, 6, 27));
}

void TestPresentation::aStepAddedWhileComparingKeepsTheComparison()
{
    ui::MainWindow window(render::AtlasData::load());
    ui::StoryPanel* panel = window.story()->panel();
    ui::CompareView* compare = window.compareView();
    panel->addCurrentView(); // one map
    compare->setMode(ui::CompareMode::Dates);
    compare->setDates(QDate(2025, 1, 1), QDate(2026, 3, 1));
    panel->addCurrentView();
    const auto& steps = window.story()->story().steps;
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps[0].comparison.kind, core::Comparison::None);
    QCOMPARE(steps[1].comparison.kind, core::Comparison::Dates);
    QCOMPARE(steps[1].comparison.dates, (QList<QDate>{QDate(2025, 1, 1), QDate(2026, 3, 1)}));

    // Showing a step shows its comparison, or one map.
    panel->setCurrentIndex(0);
    QCOMPARE(compare->mode(), ui::CompareMode::Off);
    panel->setCurrentIndex(1);
    QCOMPARE(compare->mode(), ui::CompareMode::Dates);
    QCOMPARE(compare->secondDate(), QDate(2026, 3, 1));
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
