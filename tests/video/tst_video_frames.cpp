#include "export_test_support.h"

#include "export/gif_palette.h"
#include "export/map_exporter.h"
#include "render/frame_builder.h"

#include <QPainter>
#include <QTest>

using namespace flank;

namespace {

render::MapFrame januaryFrame()
{
    core::MapState state = exporting::ExportOptions::defaultState();
    state.date = QDate(2026, 1, 15);
    const render::AtlasData& data = test::atlasData();
    return render::buildFrame(state, data.dataset, *data.projections, QSizeF(800, 450));
}

} // namespace

class TestVideoFrames : public QObject
{
    Q_OBJECT

private slots:
    // A video draws the map without its stamp once and each day's stamp over it: the sum is
    // the picture the map draws in one go.
    void deferredStampAddsUpToTheWholePicture()
    {
        render::MapFrame frame = januaryFrame();
        render::MapRenderer renderer(test::atlasData().projections);
        // Drawn on one thread: bands drawn side by side may round an edge pixel differently.
        renderer.setMaxThreads(1);
        exporting::renderImage(renderer, frame); // names drawn once are copied afterwards
        const QImage whole = exporting::renderImage(renderer, frame);
        frame.deferDateStamp = true;
        QImage picture = exporting::renderImage(renderer, frame);
        QVERIFY(picture != whole); // no stamp yet
        QPainter painter(&picture);
        renderer.paintMoment(painter, frame);
        painter.end();
        QCOMPARE(picture, whole);
    }

    // A caption stands at the foot of the map, centred, clear of the stamp's corner.
    void captionPaintsAtTheFoot()
    {
        render::MapFrame frame = januaryFrame();
        frame.deferDateStamp = true;
        render::MapRenderer renderer(test::atlasData().projections);
        const QImage map = exporting::renderImage(renderer, frame);
        QImage plain = map, captioned = map;
        QPainter painter(&plain);
        renderer.paintMoment(painter, frame);
        painter.end();
        painter.begin(&captioned);
        renderer.paintMoment(painter, frame, QStringLiteral("Finland: Withdrawal effective"));
        painter.end();
        QRect changed;
        for (int y = 0; y < plain.height(); ++y)
            for (int x = 0; x < plain.width(); ++x)
                if (plain.pixel(x, y) != captioned.pixel(x, y))
                    changed |= QRect(x, y, 1, 1);
        QVERIFY(!changed.isEmpty());
        QVERIFY2(changed.top() > plain.height() / 2, qPrintable(QString::number(changed.top())));
        QVERIFY(std::abs(changed.center().x() - plain.width() / 2) <= 2);
    }

    void paletteKeepsFewColorsExactly()
    {
        QImage image(64, 64, QImage::Format_RGB32);
        const QList<QRgb> colors{qRgb(0, 114, 178), qRgb(230, 159, 0), qRgb(154, 154, 154)};
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                image.setPixel(x, y, colors[(x / 8 + y) % 3]);
        exporting::GifPalette palette;
        palette.addColorsOf(image);
        QList<QRgb> table = palette.colors();
        std::sort(table.begin(), table.end());
        QList<QRgb> expected = colors;
        for (QRgb& color : expected)
            color |= 0xff000000u;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(table, expected);
    }

    // A gradient of 4096 colors comes down to 256, spread over it: no color is far from one.
    void paletteMergesManyColors()
    {
        QImage image(64, 64, QImage::Format_RGB32);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                image.setPixel(x, y, qRgb(x * 4, y * 4, (x + y) * 2));
        exporting::GifPalette palette;
        palette.addColorsOf(image);
        const QList<QRgb> table = palette.colors();
        QCOMPARE(table.size(), 256);
        int worst = 0;
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x) {
                const QRgb pixel = image.pixel(x, y);
                int best = 1 << 30;
                for (const QRgb color : table)
                    best = std::min(best, std::abs(qRed(color) - qRed(pixel)) +
                                              std::abs(qGreen(color) - qGreen(pixel)) +
                                              std::abs(qBlue(color) - qBlue(pixel)));
                worst = std::max(worst, best);
            }
        QVERIFY2(worst <= 40, qPrintable(QString::number(worst)));
    }
};

QTEST_MAIN(TestVideoFrames)
#include "tst_video_frames.moc"
