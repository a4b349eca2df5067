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
        auto window = test::openWindow();
        MapSession* session = window->session();
        core::MapState state = session->state();
        state.date = QDate(2026, 6, 1);
        state.crs = QStringLiteral("EPSG:4326");
        state.extent = QRectF(QPointF(18, 52), QPointF(30, 60));
        session->setState(state);

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
