#include "render/atlas_data.h"
#include "ui/main_window.h"
#include "ui/map_canvas.h"

#include <QtTest>

using namespace flank;

// The window opens on the eastern flank; the wheel zooms about the cursor and a drag pans.
class MapCanvasTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_window = std::make_unique<ui::MainWindow>(render::AtlasData::load());
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void opensOnTheFlank()
    {
        ui::MapCanvas* canvas = m_window->canvas();
        const auto projector =
            m_window->session()->data().projections->projectorFor(QStringLiteral("EPSG:3035"));
        const QRectF visible = canvas->visibleExtent();
        // Warsaw, Helsinki, Moscow and the North Cape are all in view.
        for (const QPointF lonLat :
             {QPointF(21.0, 52.2), QPointF(24.9, 60.2), QPointF(37.6, 55.8), QPointF(25.8, 71.1)})
            QVERIFY(visible.contains(*projector->forward(lonLat)));
    }

    // On a laptop's window the legend would cover Poland and Lithuania: the default view
    // moves them east of it, and keeps still while the date changes the legend's lines.
    void defaultViewLeavesPolandClearOfTheLegend()
    {
        m_window->resize(1366, 768);
        QVERIFY(QTest::qWaitFor([&] { return m_window->width() == 1366; }));
        ui::MapCanvas* canvas = m_window->canvas();
        ui::MapSession* session = canvas->session();
        QVERIFY(session->state().extent.isEmpty());
        const auto projector =
            session->data().projections->projectorFor(QStringLiteral("EPSG:3035"));
        const QRectF legend = canvas->legendLayout().box;
        QVERIFY(!legend.isEmpty());
        for (const QPointF lonLat : {QPointF(21.0, 52.2), QPointF(25.3, 54.7), QPointF(16.9, 52.4),
                                     QPointF(20.5, 54.7)}) // Warsaw, Vilnius, Poznań, Kaliningrad
            QVERIFY2(!legend.contains(canvas->mapToWidget(*projector->forward(lonLat))),
                     qPrintable(QStringLiteral("%1, %2").arg(lonLat.x()).arg(lonLat.y())));
        const QRectF view = canvas->visibleExtent();
        QVERIFY(view.center().x() < session->defaultExtent().center().x());
        session->setDate(QDate(2024, 1, 1));
        QCOMPARE(canvas->visibleExtent(), view);
        session->setDate(QDate::currentDate());
        m_window->resize(1000, 700);
        QVERIFY(QTest::qWaitFor([&] { return m_window->width() == 1000; }));
    }

    void wheelZoomsAboutTheCursor()
    {
        ui::MapCanvas* canvas = m_window->canvas();
        const QRectF before = canvas->visibleExtent();
        const QPoint cursor(canvas->width() / 3, canvas->height() / 2);
        const QPointF anchor = canvas->widgetToMap(cursor);
        QWheelEvent wheel(cursor, canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &wheel);
        const QRectF after = canvas->visibleExtent();
        QVERIFY(after.width() < before.width() * 0.7);
        const QPointF anchorAfter = canvas->widgetToMap(cursor);
        QVERIFY(std::abs(anchorAfter.x() - anchor.x()) < before.width() * 1e-6);
        QVERIFY(std::abs(anchorAfter.y() - anchor.y()) < before.height() * 1e-6);
    }

    void dragPans()
    {
        ui::MapCanvas* canvas = m_window->canvas();
        const QRectF before = canvas->visibleExtent();
        const QPoint start(500, 350), end(400, 300);
        QTest::mousePress(canvas, Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, end, canvas->mapToGlobal(end), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, end);
        const QRectF after = canvas->visibleExtent();
        QCOMPARE(after.size(), before.size());
        const double unitsPerPixel = before.width() / canvas->width();
        QVERIFY(std::abs((after.left() - before.left()) - 100 * unitsPerPixel) < unitsPerPixel);
        QVERIFY(std::abs((after.top() - before.top()) + 50 * unitsPerPixel) < unitsPerPixel);
        // A drag is not a click: nothing got selected.
        QVERIFY(m_window->session()->state().selection.isEmpty());
    }

    void homeResetsTheView()
    {
        ui::MapCanvas* canvas = m_window->canvas();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Home);
        QVERIFY(m_window->session()->state().extent.isEmpty());
    }

private:
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(MapCanvasTest)
#include "tst_map_canvas.moc"
