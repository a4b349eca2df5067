// A pan moves the kept pixels of the map's bottom layers and paints only the uncovered strips:
// the picture must be the one a fresh renderer paints, and only whole-pixel moves may scroll.
#include "render_check.h"

#include "render/atlas_data.h"
#include "render/frame_builder.h"
#include "render/map_renderer.h"
#include "render/posture_scene.h"
#include "render/scrolled_base.h"

#include <QGuiApplication>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace flank;

namespace {

// A checkerboard of 16-pixel squares anchored at `origin`, painted within `area` only: what
// a map's base is to ScrolledBase (it moves with its origin).
void paintBoard(QPainter& painter, QPointF origin, const QRectF& area)
{
    painter.fillRect(area, Qt::white);
    const int firstColumn = int(std::floor((area.left() - origin.x()) / 16));
    const int firstRow = int(std::floor((area.top() - origin.y()) / 16));
    for (int row = firstRow; origin.y() + row * 16 < area.bottom(); ++row)
        for (int column = firstColumn; origin.x() + column * 16 < area.right(); ++column)
            if ((row + column) % 2 == 0)
                painter.fillRect(QRectF(origin + QPointF(column * 16, row * 16), QSizeF(16, 16))
                                     .intersected(area),
                                 QColor(40 + (column * 37 & 127), 90, 40 + (row * 53 & 127)));
}

struct Calls
{
    int whole = 0;
    QList<QRectF> areas;
};

QImage boardAt(QPointF origin, QSize size)
{
    QImage expected(size, QImage::Format_RGB32);
    QPainter painter(&expected);
    paintBoard(painter, origin, QRectF(QPointF(0, 0), size));
    return expected;
}

} // namespace

class ScrolledBaseTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_data = render::AtlasData::load(); }

    // The first frame of a key is painted whole on the target, the second whole into the kept
    // pixels, a whole-pixel pan only in its strips, and anything else whole again.
    void scrollsOnlyWholePixelPansOfOneKey()
    {
        render::ScrolledBase base;
        QImage target(200, 120, QImage::Format_RGB32);
        Calls calls;
        const auto paintAt = [&](const render::ScrolledBase::Key& key, QPointF origin) {
            calls = {};
            QPainter painter(&target);
            QVERIFY(render::ScrolledBase::suits(painter));
            base.paint(
                painter, key, origin,
                [&](QPainter& p) {
                    ++calls.whole;
                    paintBoard(p, origin, QRectF(0, 0, 200, 120));
                },
                [&](QPainter& p, const QRectF& area) {
                    calls.areas << area;
                    paintBoard(p, origin, area);
                });
        };
        render::ScrolledBase::Key key;
        key.scale = 2;
        paintAt(key, QPointF(5, 5));
        QCOMPARE(calls.whole, 1);
        paintAt(key, QPointF(5, 5));
        QCOMPARE(calls.whole, 1);
        QCOMPARE(target, boardAt(QPointF(5, 5), target.size()));

        paintAt(key, QPointF(8, 3)); // three right, two up
        QCOMPARE(calls.whole, 0);
        QCOMPARE(calls.areas, (QList<QRectF>{QRectF(0, 0, 3, 120), QRectF(0, 118, 200, 2)}));
        QCOMPARE(target, boardAt(QPointF(8, 3), target.size()));

        paintAt(key, QPointF(-9, 20)); // seventeen left, seventeen down
        QCOMPARE(calls.whole, 0);
        QCOMPARE(calls.areas, (QList<QRectF>{QRectF(183, 0, 17, 120), QRectF(0, 0, 200, 17)}));
        QCOMPARE(target, boardAt(QPointF(-9, 20), target.size()));

        paintAt(key, QPointF(-8.5, 20)); // half a pixel: no pixel can move there
        QCOMPARE(calls.whole, 1);
        QVERIFY(calls.areas.isEmpty());

        paintAt(key, QPointF(300, 20)); // further than the picture is wide
        QCOMPARE(calls.whole, 1);
        QVERIFY(calls.areas.isEmpty());

        key.hover = QStringLiteral("POL");
        paintAt(key, QPointF(301, 20));
        QCOMPARE(calls.whole, 1);
        QVERIFY(calls.areas.isEmpty());
    }

    // Pixels the caller covers with opaque ones afterwards (the legend's panel) are not
    // copied from the kept ones: the target keeps what it had there, and all else is the map.
    void leavesCoveredPixelsToTheCaller()
    {
        render::ScrolledBase base;
        QImage target(200, 120, QImage::Format_RGB32);
        const QRect covered(30, 40, 50, 20);
        const auto paintAt = [&](QPointF origin) {
            target.fill(Qt::magenta);
            QPainter painter(&target);
            base.paint(
                painter, render::ScrolledBase::Key(), origin,
                [&](QPainter& p) { paintBoard(p, origin, QRectF(0, 0, 200, 120)); },
                [&](QPainter& p, const QRectF& area) { paintBoard(p, origin, area); }, covered);
        };
        paintAt(QPointF(5, 5));
        paintAt(QPointF(5, 5)); // kept, then copied
        paintAt(QPointF(9, 2)); // scrolled, then copied
        const QImage board = boardAt(QPointF(9, 2), target.size());
        for (int y = 0; y < target.height(); ++y)
            for (int x = 0; x < target.width(); ++x) {
                const QRgb expected =
                    covered.contains(x, y) ? QColor(Qt::magenta).rgb() : board.pixel(x, y);
                if (target.pixel(x, y) != expected)
                    QFAIL(qPrintable(QStringLiteral("pixel (%1, %2) differs").arg(x).arg(y)));
            }
    }

    // Only the whole of an unmoved, unclipped image can be kept and moved.
    void suitsOnlyWholeImages()
    {
        QImage image(50, 50, QImage::Format_RGB32);
        QPainter painter(&image);
        QVERIFY(render::ScrolledBase::suits(painter));
        painter.setClipRect(0, 0, 20, 20);
        QVERIFY(!render::ScrolledBase::suits(painter));
        painter.setClipping(false);
        painter.translate(3, 0);
        QVERIFY(!render::ScrolledBase::suits(painter));
        painter.end();
        QImage grey(50, 50, QImage::Format_Grayscale8);
        QPainter greyPainter(&grey);
        QVERIFY(!render::ScrolledBase::suits(greyPainter));
    }

    void pannedFramesMatchFreshPictures_data()
    {
        QTest::addColumn<double>("pixelRatio");
        QTest::newRow("screen") << 1.0;
        QTest::newRow("200 % screen") << 2.0;
    }

    // A drag across the eastern flank, hatched Ukraine and the border-posture layers included,
    // in whole pixels and then by half a pixel: every frame is the picture a fresh renderer
    // paints at that view.
    void pannedFramesMatchFreshPictures()
    {
        QFETCH(double, pixelRatio);
        core::MapState state;
        state.date = QDate(2026, 3, 1);
        state.detail = core::DetailLevel::Medium50m;
        render::MapFrame frame =
            render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(900, 600));
        frame.state.extent = frame.view.transform.visibleExtent(); // the default view, to move
        render::MapRenderer window(m_data.projections);
        window.setKeepsBaseForPans(true);
        QImage picture(QSize(900, 600) * pixelRatio, QImage::Format_RGB32);
        picture.setDevicePixelRatio(pixelRatio);
        const double pixel = 1 / frame.view.transform.pixelsPerMapUnit();
        const QList<QPointF> drags{{0, 0},   {0, 0},   {7, 0},     {0, -5},
                                   {-12, 9}, {40, 33}, {0.5, 0.0}, {-3, 2}};
        for (const QPointF& drag : drags) {
            frame.state.extent.translate(drag.x() * pixel, -drag.y() * pixel);
            render::resolveView(frame, *m_data.projections);
            QPainter painter(&picture);
            window.paint(painter, frame);
            painter.end();

            render::MapRenderer fresh(m_data.projections);
            QImage expected(picture.size(), picture.format());
            expected.setDevicePixelRatio(pixelRatio);
            QPainter freshPainter(&expected);
            fresh.paint(freshPainter, frame);
            freshPainter.end();
            const qint64 differing = test::pixelsDiffering(picture, expected, 8);
            QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 pixels differ after (%2, %3)")
                                                    .arg(differing)
                                                    .arg(drag.x())
                                                    .arg(drag.y())));
        }
    }

    // A troop disc partly outside the picture is moved in by a pan until the uncovered strip's
    // inner edge runs half a radius right of its centre: the kept part and the strip's part
    // make it whole.
    // Only the disc is compared: what a picture's last columns show may differ by a shade
    // from what the same place shows inside a picture.
    void discCutByAStripIsDrawnWhole()
    {
        core::MapState state;
        state.date = QDate(2026, 3, 1);
        state.detail = core::DetailLevel::Medium50m;
        state.decorations.legend = false;
        render::MapFrame frame =
            render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(900, 600));
        const auto largestDisc = [&] {
            const render::PostureScene scene = render::buildPostureScene(frame);
            return *std::max_element(
                scene.markers.begin(), scene.markers.end(),
                [](const auto& a, const auto& b) { return a.radius < b.radius; });
        };
        const render::PostureScene::Marker disc = largestDisc();
        QVERIFY(disc.radius >= 6);
        const double pixel = 1 / frame.view.transform.pixelsPerMapUnit();
        // The disc's centre half a radius inside the right edge of the picture.
        const double edgeGap = std::round(disc.radius / 2);
        frame.state.extent = frame.view.transform.visibleExtent();
        frame.state.extent.translate((disc.at.x() - (900 - edgeGap)) * pixel, 0);
        render::resolveView(frame, *m_data.projections);
        QCOMPARE(qRound(largestDisc().at.x()), qRound(900 - edgeGap));

        render::MapRenderer window(m_data.projections);
        window.setKeepsBaseForPans(true);
        QImage picture(900, 600, QImage::Format_RGB32);
        const auto paint = [&](render::MapRenderer& renderer, QImage& image) {
            QPainter painter(&image);
            renderer.paint(painter, frame);
        };
        paint(window, picture);
        paint(window, picture); // now kept
        frame.state.extent.translate(40 * pixel, 0);
        render::resolveView(frame, *m_data.projections);
        paint(window, picture);

        render::MapRenderer fresh(m_data.projections);
        QImage expected(picture.size(), picture.format());
        paint(fresh, expected);
        const QPointF moved = largestDisc().at;
        QCOMPARE(qRound(moved.x()), qRound(860 - edgeGap)); // the strip starts at 860
        const double reach = disc.radius + 2;
        const QRect box =
            QRectF(moved - QPointF(reach, reach), QSizeF(2, 2) * reach).toAlignedRect();
        QCOMPARE(test::pixelsDiffering(picture.copy(box), expected.copy(box), 8), 0);
    }

    // A step of the timeline that changes no state's status and no programme but brings a
    // deployment in or out: the kept picture holds the troop discs, so it must be drawn again.
    void timelineStepOfTroopsAloneRedrawsTheDiscs()
    {
        core::MapState state;
        state.detail = core::DetailLevel::Medium50m;
        state.decorations.legend = false; // it would hide the discs in its corner
        const auto frameOn = [&](QDate date) {
            state.date = date;
            return render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(900, 600));
        };
        // What the discs show: place, size and kind (a note replaced by another changes none).
        const auto troopDiscs = [](const render::MapFrame& frame) {
            QStringList discs;
            for (const posture::TroopNote& note : frame.troopMarkers)
                discs << QStringLiteral("%1 %2 %3 %4")
                             .arg(note.location->lon)
                             .arg(note.location->lat)
                             .arg(note.troops.value_or(0))
                             .arg(int(note.kind));
            discs.sort();
            return discs;
        };
        const auto programmeIds = [](const render::MapFrame& frame) {
            QStringList ids;
            for (const posture::Fortification& programme : frame.fortifications)
                ids << programme.id;
            return ids;
        };
        std::optional<render::MapFrame> before, after;
        render::MapFrame previous = frameOn(QDate(2022, 1, 1));
        for (QDate date(2022, 2, 1); date <= QDate(2026, 12, 1) && !after;
             date = date.addMonths(1)) {
            render::MapFrame next = frameOn(date);
            if (next.statuses == previous.statuses &&
                programmeIds(next) == programmeIds(previous) &&
                troopDiscs(next) != troopDiscs(previous)) {
                before = previous;
                after = next;
            }
            previous = std::move(next);
        }
        QVERIFY2(after, "no month in which only the troop discs change");
        after->state.extent = before->state.extent = before->view.transform.visibleExtent();
        render::resolveView(*before, *m_data.projections);
        render::resolveView(*after, *m_data.projections);

        render::MapRenderer window(m_data.projections);
        window.setKeepsBaseForPans(true);
        QImage picture(900, 600, QImage::Format_RGB32);
        for (const render::MapFrame* frame : {&*before, &*before, &*after}) {
            QPainter painter(&picture);
            window.paint(painter, *frame);
        }
        render::MapRenderer fresh(m_data.projections);
        QImage expected(picture.size(), picture.format());
        QPainter freshPainter(&expected);
        fresh.paint(freshPainter, *after);
        freshPainter.end();
        QCOMPARE(test::pixelsDiffering(picture, expected, 8), 0);
    }

private:
    render::AtlasData m_data;
};

QTEST_MAIN(ScrolledBaseTest)

#include "tst_scrolled_base.moc"
