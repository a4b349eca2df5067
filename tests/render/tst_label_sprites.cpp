// Names drawn from cached sprites must look like names drawn directly, land on the same spot
// (within the pixel the sprite snaps to) and be drawn again from the cache when the view pans.
#include "render/label_painter.h"
#include "render/label_sprites.h"
#include "render/name_shapes.h"

#include <QPicture>
#include <QtTest>

using namespace flank;
using namespace flank::render;

namespace {

PlacedLabel labelAt(const QString& text, QPointF baseline, double opacity = 1.0)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(18);
    font.setBold(true);
    const QFontMetricsF metrics(font);
    PlacedLabel label{text, baseline, font, opacity, QStaticText(text), metrics.ascent()};
    label.shaped.prepare(QTransform(), font);
    return label;
}

QImage canvas()
{
    QImage image(400, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(30, 90, 160)); // a saturated fill, where the halo matters
    return image;
}

// The bounding box of the pixels that differ from the background.
QRect inkBox(const QImage& image)
{
    const QRgb background = canvas().pixel(0, 0);
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != background)
                box |= QRect(x, y, 1, 1);
    return box;
}

} // namespace

class LabelSpritesTest : public QObject
{
    Q_OBJECT

private slots:
    void spritesLookLikeDirectText()
    {
        MapFrame frame;
        frame.size = QSizeF(400, 200);
        const MapStyle style = MapStyle::forTheme(core::Theme::Light);
        const LabelPainter painter(frame, style);
        const QList<PlacedLabel> labels{labelAt(QStringLiteral("Lithuania"), {40.3, 60.6}),
                                        labelAt(QStringLiteral("Belarus"), {200.0, 150.0}, 0.5)};

        QImage direct = canvas();
        {
            QPainter p(&direct);
            p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            painter.paint(p, labels);
        }
        LabelSprites sprites;
        QImage cached = canvas();
        {
            QPainter p(&cached);
            p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            painter.paint(p, labels, &sprites);
        }
        QCOMPARE(sprites.size(), 2);
        const QRect directBox = inkBox(direct);
        const QRect cachedBox = inkBox(cached);
        QVERIFY(!directBox.isEmpty());
        // Snapping to whole pixels moves a name by half a pixel at most.
        QVERIFY2(std::abs(directBox.left() - cachedBox.left()) <= 1 &&
                     std::abs(directBox.top() - cachedBox.top()) <= 1 &&
                     std::abs(directBox.right() - cachedBox.right()) <= 1 &&
                     std::abs(directBox.bottom() - cachedBox.bottom()) <= 1,
                 qPrintable(QStringLiteral("direct %1,%2 %3x%4; sprites %5,%6 %7x%8")
                                .arg(directBox.x())
                                .arg(directBox.y())
                                .arg(directBox.width())
                                .arg(directBox.height())
                                .arg(cachedBox.x())
                                .arg(cachedBox.y())
                                .arg(cachedBox.width())
                                .arg(cachedBox.height())));
        // The same amount of halo and of letter. Glyph edges blend a little thinner onto a
        // transparent sprite than onto an opaque map, so the halo's count may fall short a bit.
        const auto count = [](const QImage& image, auto predicate) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += predicate(QColor(image.pixel(x, y))) ? 1 : 0;
            return n;
        };
        const auto light = [](const QColor& c) { return c.lightness() > 200; };
        const auto dark = [](const QColor& c) { return c.lightness() < 80; };
        const int directLight = count(direct, light), cachedLight = count(cached, light);
        const int directDark = count(direct, dark), cachedDark = count(cached, dark);
        QVERIFY(directLight > 500 && directDark > 100);
        QVERIFY2(std::abs(directLight - cachedLight) < directLight / 7 &&
                     std::abs(directDark - cachedDark) < directDark / 10,
                 qPrintable(QStringLiteral("light %1 vs %2, dark %3 vs %4")
                                .arg(directLight)
                                .arg(cachedLight)
                                .arg(directDark)
                                .arg(cachedDark)));

        // A pan moves the names: drawn again from the same two sprites, moved whole.
        QList<PlacedLabel> panned = labels;
        for (PlacedLabel& label : panned)
            label.baseline += QPointF(25, -10);
        QImage moved = canvas();
        {
            QPainter p(&moved);
            painter.paint(p, panned, &sprites);
        }
        QCOMPARE(sprites.size(), 2);
        QCOMPARE(inkBox(moved), cachedBox.translated(25, -10));
    }

    // On a 200 % target a sprite must hold twice the pixels, not be enlarged from one made at
    // 100 %: the names then match names drawn in place, edge for edge.
    void spritesAreSharpAtPixelRatioTwo()
    {
        MapFrame frame;
        frame.size = QSizeF(400, 200);
        const MapStyle style = MapStyle::forTheme(core::Theme::Light);
        const LabelPainter painter(frame, style);
        const QList<PlacedLabel> labels{labelAt(QStringLiteral("Estonia"), {40.0, 60.0})};
        const auto target = [] {
            QImage image(800, 400, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(2);
            image.fill(QColor(30, 90, 160));
            return image;
        };
        QImage direct = target();
        {
            QPainter p(&direct);
            p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            painter.paint(p, labels);
        }
        LabelSprites sprites;
        QImage cached = target();
        {
            QPainter p(&cached);
            p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            painter.paint(p, labels, &sprites);
        }
        QCOMPARE(sprites.size(), 1);
        qint64 inked = 0;
        qint64 differing = 0;
        const QRgb background = QColor(30, 90, 160).rgb();
        for (int y = 0; y < direct.height(); ++y)
            for (int x = 0; x < direct.width(); ++x) {
                const QRgb a = direct.pixel(x, y);
                const QRgb b = cached.pixel(x, y);
                inked += (a != background || b != background) ? 1 : 0;
                const int delta =
                    std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                              std::abs(qBlue(a) - qBlue(b))});
                differing += delta > 48 ? 1 : 0;
            }
        QVERIFY(inked > 2000);
        // An enlarged 100 % sprite differs on about a third of the inked pixels.
        QVERIFY2(
            differing < inked / 10,
            qPrintable(QStringLiteral("%1 of %2 inked pixels differ").arg(differing).arg(inked)));
    }

    // A name is measured and shaped once per font: placing names again on the next frame
    // finds it as it was, with what the font's metrics say.
    void namesAreShapedOncePerFont()
    {
        NameShapes shapes;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(18);
        const NameShapes::Shape& poland = shapes.shape(QStringLiteral("Poland"), font);
        QCOMPARE(poland.bounds, QFontMetricsF(font).boundingRect(QStringLiteral("Poland")));
        QCOMPARE(poland.ascent, QFontMetricsF(font).ascent());
        QCOMPARE(poland.text.text(), QStringLiteral("Poland"));
        QCOMPARE(&shapes.shape(QStringLiteral("Poland"), font), &poland);

        QFont bold = font;
        bold.setBold(true);
        const NameShapes::Shape& boldPoland = shapes.shape(QStringLiteral("Poland"), bold);
        QVERIFY(&boldPoland != &poland);
        QCOMPARE(boldPoland.bounds, QFontMetricsF(bold).boundingRect(QStringLiteral("Poland")));
    }

    void vectorTargetsKeepText()
    {
        MapFrame frame;
        frame.size = QSizeF(400, 200);
        const MapStyle style = MapStyle::forTheme(core::Theme::Light);
        LabelSprites sprites;
        QPicture picture; // a recording target, as SVG and PDF are, not a raster one
        {
            QPainter p(&picture);
            LabelPainter(frame, style)
                .paint(p, {labelAt(QStringLiteral("Poland"), {10, 40})}, &sprites);
        }
        QCOMPARE(sprites.size(), 0);
    }
};

QTEST_MAIN(LabelSpritesTest)
#include "tst_label_sprites.moc"
