// Clicking the border-posture layers in the window: a deployment's disc or a programme's band
// opens its card above the host state's briefing; the View menu turns the layers off.
#include "ui_test_support.h"

#include "render/map_style.h"
#include "ui/map_canvas.h"
#include "ui/map_session.h"

#include <QAction>
#include <QHelpEvent>
#include <QMenuBar>
#include <QTest>
#include <QToolTip>

using namespace flank;
using namespace flank::ui;

namespace {

QPoint widgetPointOf(MapCanvas* canvas, QPointF lonLat)
{
    const render::MapFrame frame = canvas->currentFrame();
    const auto projected = frame.view.projector->forward(lonLat);
    return frame.view.transform.mapToDevice().map(projected.value_or(QPointF())).toPoint();
}

QAction* menuAction(MainWindow& window, const QString& text)
{
    for (QAction* action : window.menuBar()->findChildren<QAction*>())
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    return nullptr;
}

// The window on the Baltic states and Poland in June 2026, every posture layer in view.
auto balticWindow()
{
    auto window = test::openWindow();
    core::MapState state = window->session()->state();
    state.date = QDate(2026, 6, 1);
    state.crs = QStringLiteral("EPSG:4326");
    state.extent = QRectF(QPointF(18, 52), QPointF(30, 60));
    window->session()->setState(state);
    return window;
}

// Pixels near `at` within `radius` in the selection color of the session's theme.
int selectionPixelsNear(MapCanvas* canvas, QPoint at, int radius)
{
    const QColor selection =
        render::MapStyle::forTheme(canvas->currentFrame().state.theme).selection;
    const QImage image = canvas->grab().toImage();
    int count = 0;
    for (int y = at.y() - radius; y <= at.y() + radius; ++y)
        for (int x = at.x() - radius; x <= at.x() + radius; ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - selection.red()) + std::abs(c.green() - selection.green()) +
                    std::abs(c.blue() - selection.blue()) <
                24)
                ++count;
        }
    return count;
}

} // namespace

class PosturePanelTest : public QObject
{
    Q_OBJECT

private slots:
    void clickOnAGarrisonOpensItsNote()
    {
        auto window = balticWindow();
        MapSession* session = window->session();

        const posture::TroopNote* latvia = nullptr;
        for (const posture::TroopNote& note : session->dataset().records().troopNotes)
            if (note.id == QLatin1String("efp-latvia"))
                latvia = &note;
        QVERIFY(latvia && latvia->location);
        const QPoint disc =
            widgetPointOf(window->canvas(), {latvia->location->lon, latvia->location->lat});

        QHelpEvent help(QEvent::ToolTip, disc, window->canvas()->mapToGlobal(disc));
        QCoreApplication::sendEvent(window->canvas(), &help);
        QVERIFY2(QToolTip::text().contains("Click for details"), qPrintable(QToolTip::text()));

        const int ringBefore = selectionPixelsNear(window->canvas(), disc, 24);
        QTest::mouseClick(window->canvas(), Qt::LeftButton, {}, disc);
        QCOMPARE(session->state().selection, QStringLiteral("LVA"));
        // The disc the card describes is ringed on the map.
        QVERIFY2(selectionPixelsNear(window->canvas(), disc, 24) > ringBefore + 40,
                 qPrintable(QString::number(ringBefore)));
        QVERIFY(session->postureFocus());
        QCOMPARE(session->postureFocus()->id, QStringLiteral("efp-latvia"));
        QCOMPARE(test::panelTexts(*window, "cardTitle"), QStringList{latvia->title});
        QVERIFY(
            test::panelTexts(*window, "troopLocation").join(' ').contains(latvia->location->place));
        // The state's own briefing follows the card.
        QVERIFY(test::panelTexts(*window, "stateName").join(' ').contains("Latvia"));

        // A click on a state's interior closes the card.
        QTest::mouseClick(window->canvas(), Qt::LeftButton, {},
                          widgetPointOf(window->canvas(), {26.0, 58.7}));
        QVERIFY(!session->postureFocus());
        QVERIFY(test::panelTexts(*window, "cardTitle").isEmpty());
        // Latvia stays selected (its outline), but the disc loses its ring.
        session->setSelection(QString());
        QCOMPARE(selectionPixelsNear(window->canvas(), disc, 24), ringBefore);
    }

    // "]" and "[" step through the lines, bands and discs in view and open each one's card,
    // so the layers are reachable without a mouse.
    void bracketsStepThroughTheLayers()
    {
        auto window = balticWindow();
        MapSession* session = window->session();
        window->canvas()->setFocus();

        QVERIFY(!session->postureFocus());
        QTest::keyClick(window->canvas(), Qt::Key_BracketRight);
        QVERIFY(session->postureFocus());
        // Lines come first: the westernmost border line in view.
        QCOMPARE(session->postureFocus()->kind, render::PostureItem::Kind::Frontier);
        const render::PostureItem first = *session->postureFocus();
        QVERIFY(!test::panelTexts(*window, "cardTitle").isEmpty());

        QList<render::PostureItem> seen{first};
        for (int i = 0; i < 60 && seen.size() < 60; ++i) {
            QTest::keyClick(window->canvas(), Qt::Key_BracketRight);
            if (*session->postureFocus() == first)
                break; // wrapped around
            QVERIFY2(!seen.contains(*session->postureFocus()),
                     qPrintable(session->postureFocus()->id));
            seen << *session->postureFocus();
        }
        QCOMPARE(*session->postureFocus(), first);
        const auto count = [&](render::PostureItem::Kind kind) {
            return std::count_if(seen.begin(), seen.end(),
                                 [&](const auto& item) { return item.kind == kind; });
        };
        QVERIFY(count(render::PostureItem::Kind::Frontier) >= 4);
        QVERIFY(count(render::PostureItem::Kind::Fortification) >= 4);
        QVERIFY(count(render::PostureItem::Kind::Troops) >= 4);

        // Back from the first goes round to the last, a troop disc.
        QTest::keyClick(window->canvas(), Qt::Key_BracketLeft);
        QCOMPARE(*session->postureFocus(), seen.last());
        QCOMPARE(session->postureFocus()->kind, render::PostureItem::Kind::Troops);
        QVERIFY(!session->state().selection.isEmpty());

        // Esc closes the card with the selection.
        QTest::keyClick(window->canvas(), Qt::Key_Escape);
        QVERIFY(!session->postureFocus());
        QVERIFY(session->state().selection.isEmpty());
        QVERIFY(test::panelTexts(*window, "cardTitle").isEmpty());
    }

    // Tab runs through the states in view, then on through the posture items, then off the map;
    // Shift+Tab from the first item goes back to the last state.
    void tabGoesOnFromTheStatesToTheLayers()
    {
        auto window = balticWindow();
        MapSession* session = window->session();
        MapCanvas* canvas = window->canvas();
        canvas->setFocus(Qt::MouseFocusReason);
        // Zoomed to the Baltic, the map shows only some of the dataset's states.
        const qsizetype states = canvas->statesInTabOrder().size();
        QVERIFY(states > 0 && states < session->dataset().states().size());
        for (qsizetype i = 0; i < states; ++i)
            QTest::keyClick(canvas, Qt::Key_Tab);
        QVERIFY(!session->postureFocus());
        QCOMPARE(canvas->hoveredState(), canvas->statesInTabOrder().last());
        QTest::keyClick(canvas, Qt::Key_Tab);
        QVERIFY(session->postureFocus());
        QCOMPARE(session->postureFocus()->kind, render::PostureItem::Kind::Frontier);
        QTest::keyClick(canvas, Qt::Key_Tab);
        QVERIFY(session->postureFocus());
        QTest::keyClick(canvas, Qt::Key_Backtab);
        QTest::keyClick(canvas, Qt::Key_Backtab);
        QVERIFY(!session->postureFocus());
        QVERIFY(!canvas->hoveredState().isEmpty());
    }

    void viewMenuTurnsLayersOff()
    {
        auto window = test::openWindow();
        QAction* deployments = menuAction(*window, QStringLiteral("Deployments"));
        QVERIFY(deployments);
        QVERIFY(deployments->isChecked());
        deployments->trigger();
        QVERIFY(!window->session()->state().layers.troops);
        QVERIFY(window->session()->state().layers.frontier);
        QAction* programmes = menuAction(*window, QStringLiteral("Fortification Programmes"));
        QVERIFY(programmes);
        programmes->trigger();
        QVERIFY(!window->session()->state().layers.fortification);
        // A view pasted with layers on checks the menu again.
        core::MapState state = window->session()->state();
        state.layers = core::MapLayers();
        window->session()->setState(state);
        QVERIFY(deployments->isChecked() && programmes->isChecked());
    }
};

QTEST_MAIN(PosturePanelTest)
#include "tst_posture_panel.moc"
