// On pictures, each status's hatching keeps its own spacing, the same physical size on a
// scaled screen, so statuses that share a color stay apart.
#include "render/map_frame.h"
#include "render/map_style.h"
#include "render/status_brush.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace flank;

namespace {

// The map's fill of `status` over a square, on a picture of pixel ratio `ratio`.
QImage filled(posture::Status status, double ratio)
{
    const render::MapStyle style = render::MapStyle::forTheme(core::Theme::Light);
    render::MapFrame frame;
    frame.dpi = 96;
    QImage image(QSize(200, 200) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    QPainterPath square;
    square.addRect(0, 0, 200, 200);
    render::fillWithStatus(painter, square, style.statusStyle(status), frame);
    return image;
}

// Device pixels between the starts of neighbouring runs of dark pixels along a row.
int rowPeriod(const QImage& image, int y)
{
    QList<int> starts;
    bool dark = false;
    for (int x = 0; x < image.width(); ++x) {
        const bool now = qGray(image.pixel(x, y)) < 100;
        if (now && !dark)
            starts << x;
        dark = now;
    }
    if (starts.size() < 3)
        return 0;
    return starts[2] - starts[1];
}

} // namespace

class StatusHatchingTest : public QObject
{
    Q_OBJECT

private slots:
    void spacingsDiffer_data()
    {
        QTest::addColumn<posture::Status>("status");
        QTest::addColumn<int>("period"); // device pixels at 96 dpi and pixel ratio 1
        QTest::newRow("withdrawal announced") << posture::Status::WithdrawalAnnounced << 16;
        QTest::newRow("withdrawal approved") << posture::Status::WithdrawalApproved << 11;
        QTest::newRow("withdrawal notified") << posture::Status::WithdrawalNotified << 8;
    }

    // Approved and notified share a color: only their hatching tells them apart.
    void spacingsDiffer()
    {
        QFETCH(posture::Status, status);
        QFETCH(int, period);
        QCOMPARE(rowPeriod(filled(status, 1.0), 100), period);
    }

    // At 200 % the hatching has twice the device pixels: the same size to the eye.
    void scaledScreenKeepsTheSize()
    {
        QCOMPARE(rowPeriod(filled(posture::Status::WithdrawalNotified, 2.0), 200), 16);
        QCOMPARE(rowPeriod(filled(posture::Status::WithdrawalAnnounced, 2.0), 200), 32);
    }

    // The fill under the hatching is the status's color, drawn in the same pass.
    void colorFillsBetweenLines()
    {
        const render::MapStyle style = render::MapStyle::forTheme(core::Theme::Light);
        const QImage image = filled(posture::Status::WithdrawalApproved, 1.0);
        const QColor fill = style.statusStyle(posture::Status::WithdrawalApproved).fill;
        int fillPixels = 0;
        for (int x = 0; x < image.width(); ++x)
            fillPixels += image.pixelColor(x, 100) == fill;
        QVERIFY2(fillPixels > image.width() * 3 / 4, qPrintable(QString::number(fillPixels)));
    }
};

QTEST_MAIN(StatusHatchingTest)
#include "tst_status_hatching.moc"
