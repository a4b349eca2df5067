#include "render_check.h"

#include "render/panel_sprites.h"

#include <QGuiApplication>
#include <QPicture>
#include <QtTest>

using namespace flank;

namespace {

const QRectF kBounds(20.4, 10.7, 120.5, 40.2); // deliberately off the pixel grid

void drawPanel(QPainter& painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::darkGray, 0.8));
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRoundedRect(kBounds.adjusted(1, 1, -1, -1), 4, 4);
    painter.setPen(Qt::black);
    painter.drawText(kBounds, Qt::AlignCenter, QStringLiteral("Status as of 1 July 2025"));
}

QImage background()
{
    QImage image(200, 80, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0, 114, 178));
    return image;
}

} // namespace

class PanelSpritesTest : public QObject
{
    Q_OBJECT

private slots:
    // The copy lands where drawing in place would, the first time and from the cache.
    void copyMatchesDrawingInPlace()
    {
        QImage direct = background();
        {
            QPainter painter(&direct);
            drawPanel(painter);
        }
        render::PanelSprites sprites;
        int drawn = 0;
        for (int frame = 0; frame < 2; ++frame) {
            QImage copied = background();
            QPainter painter(&copied);
            sprites.paint(painter, kBounds.adjusted(-1, -1, 1, 1), QStringLiteral("stamp"),
                          [&](QPainter& target) {
                              ++drawn;
                              drawPanel(target);
                          });
            painter.end();
            QCOMPARE(test::pixelsDiffering(copied, direct, 2), 0);
        }
        QCOMPARE(drawn, 1); // the second frame copied the image
        QCOMPARE(sprites.size(), 1);
    }

    // An opaque panel, as the map's are, on a picture at 100 % and at 200 %: its inside is
    // copied, its rounded edge blended, and the copy still matches drawing in place.
    void opaquePanelMatchesDrawingInPlace_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::newRow("100 %") << 1.0;
        QTest::newRow("200 %") << 2.0;
    }

    void opaquePanelMatchesDrawingInPlace()
    {
        QFETCH(double, ratio);
        const auto drawOpaque = [](QPainter& painter) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(Qt::darkGray, 0.8));
            painter.setBrush(Qt::white);
            painter.drawRoundedRect(kBounds.adjusted(1, 1, -1, -1), 4, 4);
            painter.setPen(Qt::black);
            painter.drawText(kBounds, Qt::AlignCenter, QStringLiteral("Legend"));
        };
        const auto scaledBackground = [ratio] {
            QImage image(QSize(200, 80) * ratio, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            image.fill(QColor(0, 114, 178));
            return image;
        };
        QImage direct = scaledBackground();
        {
            QPainter painter(&direct);
            drawOpaque(painter);
        }
        render::PanelSprites sprites;
        for (int frame = 0; frame < 2; ++frame) {
            QImage copied = scaledBackground();
            QPainter painter(&copied);
            sprites.paint(painter, kBounds.adjusted(-1, -1, 1, 1), QStringLiteral("legend"),
                          drawOpaque);
            painter.end();
            QCOMPARE(test::pixelsDiffering(copied, direct, 2), 0);
        }
    }

    // A new key draws again; a vector target is always drawn, never cached.
    void keysAndVectorTargets()
    {
        render::PanelSprites sprites;
        int drawn = 0;
        const auto count = [&](QPainter& target) {
            ++drawn;
            drawPanel(target);
        };
        QImage image = background();
        QPainter painter(&image);
        sprites.paint(painter, kBounds, QStringLiteral("one"), count);
        sprites.paint(painter, kBounds, QStringLiteral("two"), count);
        sprites.paint(painter, kBounds.translated(5, 0), QStringLiteral("one"), count);
        QCOMPARE(drawn, 3);
        painter.end();
        QPicture picture;
        QPainter recorder(&picture);
        sprites.paint(recorder, kBounds, QStringLiteral("one"), count);
        recorder.end();
        QCOMPARE(drawn, 4);
        QCOMPARE(sprites.size(), 3);
    }
};

QTEST_MAIN(PanelSpritesTest)
#include "tst_panel_sprites.moc"
