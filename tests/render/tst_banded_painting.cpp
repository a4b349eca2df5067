#include "render_check.h"

#include "render/banded_painting.h"

#include <QGuiApplication>
#include <QImage>
#include <QMutex>
#include <QPainterPath>
#include <QThread>
#include <QtTest>

using namespace flank;

namespace {

// Antialiased shapes that cross every band edge, drawn in the picture's coordinates.
void drawScene(QPainter& painter, QSizeF size)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), size), QColor(200, 220, 240));
    QPainterPath blob;
    blob.addEllipse(
        QRectF(size.width() * 0.1, size.height() * 0.05, size.width() * 0.7, size.height() * 0.9));
    painter.fillPath(blob, QBrush(QColor(0, 114, 178), Qt::BDiagPattern));
    QBrush scaled(QColor(213, 94, 0), Qt::FDiagPattern); // as the map's hatching is
    scaled.setTransform(QTransform::fromScale(1.4, 1.4));
    painter.fillPath(blob, scaled);
    painter.strokePath(blob, QPen(Qt::black, 0.7));
    painter.setPen(QPen(QColor(213, 94, 0), 2.5));
    painter.drawLine(QPointF(0, 0), QPointF(size.width(), size.height()));
}

// Clipping at a band edge may move an antialiased edge's coverage by a few steps of 255,
// which no eye sees; a misplaced pattern or a missing piece differs by far more.
qint64 differingPixels(const QImage& a, const QImage& b)
{
    return test::pixelsDiffering(a, b, 8);
}

QImage oneThread(QSize pixels, double ratio)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    QPainter painter(&image);
    drawScene(painter, image.deviceIndependentSize());
    return image;
}

} // namespace

class BandedPaintingTest : public QObject
{
    Q_OBJECT

private slots:
    void bandsTileThePictureAndOneRunsHere()
    {
        QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        render::BandLayout layout;
        QMutex mutex;
        QList<QRectF> areas;
        int onCallingThread = 0;
        bool meanwhileRan = false;
        const bool banded = render::paintInBands(
            painter, 3, layout,
            [&](QPainter&, const QRectF& area, int number) {
                QMutexLocker lock(&mutex);
                areas << area;
                // Band 0 is the calling thread's own. Another band may run there too: waiting
                // for a band whose thread has not started yet, Qt runs it on the waiting thread.
                if (number == 0) {
                    ++onCallingThread;
                    QCOMPARE(QThread::currentThread(), thread());
                }
            },
            [&] { meanwhileRan = QThread::currentThread() == thread(); });
        QVERIFY(banded);
        QVERIFY(meanwhileRan);
        QCOMPARE(areas.size(), 3);
        QCOMPARE(onCallingThread, 1);
        std::sort(areas.begin(), areas.end(),
                  [](const QRectF& a, const QRectF& b) { return a.top() < b.top(); });
        double top = 0;
        for (const QRectF& area : areas) {
            QCOMPARE(area.top(), top);
            QCOMPARE(area.left(), 0.0);
            QCOMPARE(area.width(), 400.0);
            top = area.bottom();
        }
        QCOMPARE(top, 300.0);
    }

    void bandsDrawWhatOnePainterDraws_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
    }

    void bandsDrawWhatOnePainterDraws()
    {
        QFETCH(double, ratio);
        const QSize pixels(640, 500); // bands meet off the patterns' 8-pixel grid
        QImage banded(pixels, QImage::Format_ARGB32_Premultiplied);
        banded.setDevicePixelRatio(ratio);
        banded.fill(Qt::magenta);
        QPainter painter(&banded);
        render::BandLayout layout;
        QVERIFY(render::paintInBands(
            painter, 3, layout,
            [&](QPainter& band, const QRectF&, int) { drawScene(band, QSizeF(pixels) / ratio); },
            {}));
        painter.end();
        QCOMPARE(differingPixels(banded, oneThread(pixels, ratio)), 0);
    }

    void declinesWhatItCannotSplit()
    {
        const auto refuses = [](QPainter& painter) {
            render::BandLayout layout;
            bool called = false;
            const bool banded = render::paintInBands(
                painter, 4, layout, [&](QPainter&, const QRectF&, int) { called = true; },
                [&] { called = true; });
            return !banded && !called;
        };
        QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
        {
            QPainter painter(&image);
            painter.setClipRect(10, 10, 100, 100);
            QVERIFY(refuses(painter)); // a clip the bands would not know of
        }
        {
            QPainter painter(&image);
            painter.rotate(10);
            QVERIFY(refuses(painter));
        }
        {
            QImage small(400, 100, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&small);
            QVERIFY(refuses(painter)); // too few rows to be worth a thread
        }
        {
            QPixmap pixmap(400, 300);
            QPainter painter(&pixmap);
            QVERIFY(refuses(painter)); // not an image
        }
    }

    // A band that took longer gets fewer rows next time; equal times keep the edges.
    void layoutBalancesBandTimes()
    {
        render::BandLayout layout;
        const QList<int> even = layout.edges(1000, 2);
        QCOMPARE(even, (QList<int>{0, 500, 1000}));
        layout.learn(even, {1.0, 3.0});
        const QList<int> moved = layout.edges(1000, 2);
        QVERIFY2(moved[1] > 500, qPrintable(QString::number(moved[1])));
        // Time per row as measured: top 1/500, bottom 3/500, so equal shares meet at 2/3.
        QVERIFY(moved[1] < 667);
        for (int i = 0; i < 20; ++i) {
            const QList<int> edges = layout.edges(1000, 2);
            const double top = edges[1] * 1.0, bottom = (1000 - edges[1]) * 3.0;
            layout.learn(edges, {top, bottom});
        }
        QVERIFY(qAbs(layout.edges(1000, 2)[1] - 750) <= 2);
        render::BandLayout steady;
        steady.learn({0, 250, 500, 1000}, {1.0, 1.0, 1.0});
        QCOMPARE(steady.edges(1000, 3), (QList<int>{0, 250, 500, 1000}));
    }
};

QTEST_MAIN(BandedPaintingTest)
#include "tst_banded_painting.moc"
