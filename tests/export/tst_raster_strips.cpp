#include "export_test_support.h"
#include "render_check.h"

#include "export/jpeg_writer.h"
#include "export/map_exporter.h"
#include "export/png_writer.h"
#include "export/raster_strips.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTest>

using namespace flank;

namespace {

// Keeps what it is handed, strip by strip.
class StripRecorder : public exporting::StripSink
{
public:
    QList<QImage> strips;
    bool write(const QImage& rows) override
    {
        strips << rows.copy();
        return true;
    }
    bool finish() override { return true; }
};

QImage stacked(const QList<QImage>& strips, const QSize& size)
{
    QImage whole(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&whole);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    int top = 0;
    for (const QImage& strip : strips) {
        painter.drawImage(0, top, strip);
        top += strip.height();
    }
    return whole;
}

// A picture with something in every row, not a flat colour.
QImage sample(const QSize& size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb(x * 7 % 256, y * 3 % 256, (x + y) % 256));
    image.setDotsPerMeterX(exporting::dotsPerMetre(150));
    image.setDotsPerMeterY(exporting::dotsPerMetre(150));
    return image;
}

} // namespace

class TestRasterStrips : public QObject
{
    Q_OBJECT

private slots:
    // A small page at 300 dpi, painted a strip at a time: the strips hold a small part of the
    // picture each, cover it in order, and show what one picture painted at once shows (hatching,
    // the second treaty's band, wide borders and the selection across strip edges), but for the
    // antialiasing of a line where it crosses a strip edge.
    void stripsShowThePicturePaintedAtOnce()
    {
        exporting::ExportOptions options = test::balticOptions(QStringLiteral("page.png"));
        options.fit.clear();
        options.size = QSize(1240, 1748); // A6 at 300 dpi
        options.dpi = 300;
        options.state.treaty = core::TreatyChoice::Both;
        options.state.selection = QStringLiteral("UKR");
        const exporting::PreparedExport prepared =
            exporting::prepareExport(options, test::atlasData());
        QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
        const render::MapFrame& frame = prepared.request.frame;

        render::MapRenderer stripsRenderer(test::atlasData().projections);
        StripRecorder recorder;
        QCOMPARE(exporting::paintInStrips(stripsRenderer, frame, recorder), QString());
        const QSize size = frame.size.toSize();
        QVERIFY(recorder.strips.size() >= 4);
        for (const QImage& strip : std::as_const(recorder.strips)) {
            QCOMPARE(strip.width(), size.width());
            QVERIFY(strip.sizeInBytes() * 4 <= qsizetype(size.width()) * size.height() * 4);
        }

        render::MapRenderer wholeRenderer(test::atlasData().projections);
        const QImage whole = exporting::renderImage(wholeRenderer, frame);
        // Where rows are cut, as where the threads' bands meet, an antialiased edge may move by
        // a few steps of 255 and, rarely, a pixel on a shared border fall to the neighbour.
        const qint64 differing = test::pixelsDiffering(stacked(recorder.strips, size), whole, 8);
        QVERIFY2(differing <= qint64(size.width()) * size.height() / 100'000,
                 qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    }

    // The JPEG written a strip at a time is the file Qt's writer makes of the whole picture.
    void jpegStreamWritesWhatQtWrites()
    {
        const QImage image = sample(QSize(200, 150));
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        QImageWriter writer(&expected, "jpeg");
        writer.setQuality(92);
        QVERIFY(writer.write(image.convertToFormat(QImage::Format_RGB32)));

        QBuffer actual;
        actual.open(QIODevice::WriteOnly);
        const auto stream = exporting::jpegStream(actual, image.size(), image.dotsPerMeterX(), 92);
        QVERIFY(stream->write(image.copy(0, 0, 200, 70)));
        QVERIFY(stream->write(image.copy(0, 70, 200, 80)));
        QVERIFY2(stream->finish(), qPrintable(stream->error()));
        QCOMPARE(actual.data(), expected.data());
    }

    // The PNG written a strip at a time reads back as the picture, with its resolution.
    void pngStreamKeepsPixelsAndResolution()
    {
        const QImage image = sample(QSize(200, 150));
        QBuffer file;
        file.open(QIODevice::WriteOnly);
        const auto stream = exporting::pngStream(file, image.size(), image.dotsPerMeterX());
        QVERIFY(stream->write(image.copy(0, 0, 200, 33)));
        QVERIFY(stream->write(image.copy(0, 33, 200, 117)));
        QVERIFY2(stream->finish(), qPrintable(stream->error()));

        QBuffer readBack(&file.buffer());
        readBack.open(QIODevice::ReadOnly);
        const QImage read = QImageReader(&readBack, "png").read();
        QCOMPARE(read.size(), image.size());
        QCOMPARE(read.dotsPerMeterX(), image.dotsPerMeterX());
        QCOMPARE(read.convertToFormat(QImage::Format_RGB32),
                 image.convertToFormat(QImage::Format_RGB32));
    }

    // A stream handed fewer rows than the picture has does not end as if it were whole.
    void streamsRefuseAnUnfinishedPicture()
    {
        const QImage image = sample(QSize(40, 30));
        QBuffer png, jpeg;
        png.open(QIODevice::WriteOnly);
        jpeg.open(QIODevice::WriteOnly);
        for (const auto& stream :
             {exporting::pngStream(png, image.size(), image.dotsPerMeterX()),
              exporting::jpegStream(jpeg, image.size(), image.dotsPerMeterX(), 92)}) {
            QVERIFY(stream->write(image.copy(0, 0, 40, 10)));
            QVERIFY(!stream->finish());
            QVERIFY(!stream->error().isEmpty());
        }
    }
};

QTEST_MAIN(TestRasterStrips)
#include "tst_raster_strips.moc"
