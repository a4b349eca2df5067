// The fast raster lines must look like QPainter's own strokes: round corners and ends, flat
// ends exactly at the last point, ticks where a dashed pen puts its dashes, ink only inside
// the clip, and only where they can (opaque ink on a 32-bit image).
#include "render_check.h"

#include "render/disc_sprites.h"
#include "render/raster_lines.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainterPath>
#include <QSvgGenerator>
#include <QtTest>

#include <cmath>

using namespace flank;

namespace {

QImage blank(QSize size = QSize(240, 160))
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

// A border-like line: short steps turning every way, some sharply.
QPolygonF wiggle()
{
    QPolygonF line;
    for (int i = 0; i <= 60; ++i)
        line << QPointF(20 + i * 3.3, 80 + 30 * std::sin(i * 0.45) + ((i * 7) % 5) - 2);
    return line;
}

qint64 ink(const QImage& image)
{
    qint64 total = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            total += 255 - qGreen(image.pixel(x, y));
    return total;
}

} // namespace

class RasterLinesTest : public QObject
{
    Q_OBJECT

private slots:
    // Round corners and ends: the same ink as QPainter's round-joined, round-capped stroke,
    // with differences only along the antialiased edges.
    void polylinesMatchQPainterStrokes_data()
    {
        QTest::addColumn<double>("width");
        QTest::newRow("frontier line") << 2.2;
        QTest::newRow("casing") << 4.3;
        QTest::newRow("wide band") << 16.0;
    }
    void polylinesMatchQPainterStrokes()
    {
        QFETCH(double, width);
        const QColor color(0x7A, 0x10, 0x10);
        QImage ours = blank(), qts = blank();
        {
            QPainter painter(&ours);
            painter.setRenderHint(QPainter::Antialiasing);
            QVERIFY(render::suitsRasterLines(painter, color));
            render::drawRasterPolylines(painter, {wiggle()}, color, width, true);
        }
        {
            QPainter painter(&qts);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPolyline(wiggle());
        }
        const double ratio = double(ink(ours)) / double(ink(qts));
        QVERIFY2(ratio > 0.97 && ratio < 1.03, qPrintable(QString::number(ratio)));
        // Pixels apart by more than a quarter of the ink: edge pixels only, a few of them.
        const qint64 apart = test::pixelsDiffering(ours, qts, 64);
        const qint64 inked = ink(qts) / 255;
        QVERIFY2(apart * 20 < inked, qPrintable(QStringLiteral("%1 of %2").arg(apart).arg(inked)));
    }

    // Flat ends stop at the first and last point; round ends reach half the width beyond.
    void endsStopWhereTheyShould()
    {
        const QPolygonF line{QPointF(40, 50), QPointF(120, 50), QPointF(200, 90)};
        for (const bool round : {false, true}) {
            QImage image = blank();
            {
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                render::drawRasterPolylines(painter, {line}, Qt::black, 10, round);
            }
            QCOMPARE(image.pixel(80, 50), qRgb(0, 0, 0));       // along the line
            QCOMPARE(image.pixel(120, 52), qRgb(0, 0, 0));      // at the corner
            QCOMPARE(image.pixel(80, 58), qRgb(255, 255, 255)); // beside it
            QCOMPARE(image.pixel(36, 50) == qRgb(0, 0, 0), round);
            QCOMPARE(image.pixel(30, 50), qRgb(255, 255, 255)); // beyond any end
        }
    }

    // The outer side of a corner is round: filled to half the width from the corner point, and
    // no further, as a round join.
    void cornersAreRound()
    {
        QImage image = blank();
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            const QPolygonF corner{QPointF(40, 40), QPointF(120, 40), QPointF(120, 120)};
            render::drawRasterPolylines(painter, {corner}, Qt::black, 20, false);
        }
        QCOMPARE(image.pixel(125, 34), qRgb(0, 0, 0));       // 7.1 from the corner
        QCOMPARE(image.pixel(128, 31), qRgb(255, 255, 255)); // 12 from it, where a miter reaches
    }

    // Ink stays inside the painter's clip, and a line drawn in two clipped halves is the line
    // drawn at once, also on a 200 % picture cut at half a pixel of the painter's units.
    void clippedHalvesMakeTheWhole_data()
    {
        QTest::addColumn<double>("pixelRatio");
        QTest::addColumn<double>("cut");
        QTest::newRow("screen") << 1.0 << 77.0;
        QTest::newRow("200 % screen") << 2.0 << 77.5;
    }
    void clippedHalvesMakeTheWhole()
    {
        QFETCH(double, pixelRatio);
        QFETCH(double, cut);
        const QColor color(0x1B, 0x78, 0x37);
        const auto picture = [&] {
            QImage image = blank(QSize(240, 160) * pixelRatio);
            image.setDevicePixelRatio(pixelRatio);
            return image;
        };
        QImage whole = picture(), halves = picture(), clipped = picture();
        {
            QPainter painter(&whole);
            render::drawRasterCasedLines(painter, {wiggle()}, Qt::white, 6, color, 3);
        }
        for (const QRectF& half : {QRectF(0, 0, 240, cut), QRectF(0, cut, 240, 160 - cut)}) {
            QPainter painter(&halves);
            painter.setClipRect(half);
            QVERIFY(render::suitsRasterLines(painter, color));
            render::drawRasterCasedLines(painter, {wiggle()}, Qt::white, 6, color, 3);
        }
        QCOMPARE(test::pixelsDiffering(whole, halves, 0), 0);
        QVERIFY(test::pixelsDiffering(whole, blank(whole.size()), 0) > 1000); // it drew
        {
            QPainter painter(&clipped);
            painter.setClipRect(QRectF(0, 0, 240, cut));
            render::drawRasterCasedLines(painter, {wiggle()}, Qt::white, 6, color, 3);
        }
        for (int y = int(cut * pixelRatio); y < clipped.height(); ++y)
            for (int x = 0; x < clipped.width(); ++x)
                QCOMPARE(clipped.pixel(x, y), qRgb(255, 255, 255));
    }

    // A cased line is the casing drawn and then the line: the same pixels as two passes.
    void casedLinesAreACasingAndALine()
    {
        const QColor casing(0xF0, 0xE8, 0xD8), line(0x7A, 0x10, 0x10);
        QImage once = blank(), twice = blank();
        {
            QPainter painter(&once);
            render::drawRasterCasedLines(painter, {wiggle()}, casing, 4.3, line, 2.1);
        }
        {
            QPainter painter(&twice);
            render::drawRasterPolylines(painter, {wiggle()}, casing, 4.3, true);
            render::drawRasterPolylines(painter, {wiggle()}, line, 2.1, true);
        }
        QCOMPARE(test::pixelsDiffering(once, twice, 4), 0);
    }

    // Ticks fall where a dashed pen of the same pattern and offset puts its dashes.
    void ticksFollowTheDashPattern()
    {
        // 4 long every 10, this part starting 25 along its whole line: dashes from 30, 40, ...
        // along, so from x = 25, 35, ... here, with gaps between and before the first.
        const geo::MeasuredPart part{QPolygonF{QPointF(20, 40), QPointF(220, 40)}, 25.0};
        QImage image = blank();
        {
            QPainter painter(&image);
            render::drawRasterTicks(painter, {part}, Qt::black, 12, 4, 10);
        }
        for (int tick = 0; tick < 19; ++tick) {
            const int start = 25 + tick * 10;
            QCOMPARE(image.pixel(start + 2, 40), qRgb(0, 0, 0));
            QCOMPARE(image.pixel(start + 2, 45), qRgb(0, 0, 0));       // across the band
            QCOMPARE(image.pixel(start + 7, 40), qRgb(255, 255, 255)); // the gap
        }
        QCOMPARE(image.pixel(22, 40), qRgb(255, 255, 255)); // 25 to 30 along: a gap
    }

    // Across a slanted or upright line too, each tick is the dash a flat-capped dashed pen
    // draws: none of its ink is lost at its corners, and none is added beyond them.
    void slantedTicksMatchQPainterDashes_data()
    {
        QTest::addColumn<QPointF>("to");
        QTest::newRow("upright") << QPointF(120, 150);
        QTest::newRow("steep") << QPointF(160, 150);
        QTest::newRow("diagonal") << QPointF(220, 140);
        QTest::newRow("shallow") << QPointF(230, 60);
    }
    void slantedTicksMatchQPainterDashes()
    {
        QFETCH(QPointF, to);
        const QPolygonF line{QPointF(120, 10), to};
        // Ticks 1.5 long every 4 across a band 8 wide, as a partial programme's at 1080p.
        const double width = 8, dash = 1.5, period = 4;
        QImage ours = blank(), qts = blank();
        {
            QPainter painter(&ours);
            painter.setRenderHint(QPainter::Antialiasing);
            render::drawRasterTicks(painter, {geo::MeasuredPart{line, 0.0}}, Qt::black, width, dash,
                                    period);
        }
        {
            QPainter painter(&qts);
            painter.setRenderHint(QPainter::Antialiasing);
            QPen pen(Qt::black, width, Qt::CustomDashLine, Qt::FlatCap);
            pen.setDashPattern({dash / width, (period - dash) / width});
            painter.setPen(pen);
            painter.drawPolyline(line);
        }
        const double ratio = double(ink(ours)) / double(ink(qts));
        QVERIFY2(ratio > 0.97 && ratio < 1.03, qPrintable(QString::number(ratio)));
        const qint64 apart = test::pixelsDiffering(ours, qts, 64);
        const qint64 inked = ink(qts) / 255;
        QVERIFY2(apart * 20 < inked, qPrintable(QStringLiteral("%1 of %2").arg(apart).arg(inked)));
    }

    // Only opaque ink on a 32-bit image that is neither rotated nor sheared, clipped to one
    // rectangle at most.
    void suitsOnlyOpaqueRasterPictures()
    {
        QImage image = blank();
        QPainter painter(&image);
        QVERIFY(render::suitsRasterLines(painter, Qt::black));
        QVERIFY(!render::suitsRasterLines(painter, QColor(0, 0, 0, 230)));
        painter.setOpacity(0.5);
        QVERIFY(!render::suitsRasterLines(painter, Qt::black));
        painter.setOpacity(1);
        painter.scale(2, 2);
        QVERIFY(render::suitsRasterLines(painter, Qt::black));
        painter.rotate(10);
        QVERIFY(!render::suitsRasterLines(painter, Qt::black));
        painter.resetTransform();
        painter.setClipRect(QRect(10, 10, 50, 50)); // a band of a banded picture
        QVERIFY(render::suitsRasterLines(painter, Qt::black));
        painter.setClipRegion(QRegion(QRect(10, 10, 50, 50)) + QRegion(QRect(80, 80, 9, 9)));
        QVERIFY(!render::suitsRasterLines(painter, Qt::black));
        painter.end();

        QImage packed(50, 50, QImage::Format_RGB888); // not 32-bit pixels
        QPainter packedPainter(&packed);
        QVERIFY(!render::suitsRasterLines(packedPainter, Qt::black));
        packedPainter.end();

        QBuffer svg;
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(QSize(100, 100));
        QPainter vector(&generator);
        QVERIFY(!render::suitsRasterLines(vector, Qt::black));
    }

    // A disc copied from a kept image is the disc drawn in place, to an eighth of a pixel; a
    // few images serve any number of places.
    void discSpritesStandInForDiscs()
    {
        const auto drawDisc = [](QPainter& painter) {
            painter.setPen(QPen(Qt::white, 1.5));
            painter.setBrush(QColor(0x1F, 0x4E, 0x9A, 215));
            painter.drawEllipse(QPointF(0, 0), 9.0, 9.0);
        };
        render::DiscSprites sprites;
        for (int i = 0; i < 40; ++i) {
            const QPointF centre(30 + i * 4.37, 40 + i * 2.91);
            QImage copied = blank(), drawn = blank();
            {
                QPainter painter(&copied);
                painter.setRenderHint(QPainter::Antialiasing);
                sprites.paint(painter, centre, 9.0, 1, drawDisc);
            }
            {
                QPainter painter(&drawn);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.translate(centre);
                drawDisc(painter);
            }
            QCOMPARE(test::pixelsDiffering(copied, drawn, 48), 0);
        }
        QVERIFY(sprites.size() <= 16); // one per quarter of a pixel each way, at most
    }
};

QTEST_MAIN(RasterLinesTest)
#include "tst_raster_lines.moc"
