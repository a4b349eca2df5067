#include "render/scale_bar_painter.h"

#include <QGuiApplication>
#include <QtTest>

using namespace flank;

class ScaleBarTest : public QObject
{
    Q_OBJECT

private slots:
    void roundsDownToOneTwoOrFive_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("expected");
        QTest::newRow("just under 200 km") << 199999.0 << 100000.0;
        QTest::newRow("exactly 200 km") << 200000.0 << 200000.0;
        QTest::newRow("740 m") << 740.0 << 500.0;
        QTest::newRow("3.1 km") << 3100.0 << 2000.0;
        QTest::newRow("zero") << 0.0 << 0.0;
        QTest::newRow("not a number") << qQNaN() << 0.0;
    }

    void roundsDownToOneTwoOrFive()
    {
        QFETCH(double, value);
        QFETCH(double, expected);
        QCOMPARE(render::roundLengthBelow(value), expected);
    }

    // A long bar is labelled at 0, half and full length; a short one drops the half rather
    // than print "100 km200 km".
    void labelsNeverTouch()
    {
        QFont font;
        font.setPixelSize(11);
        const QFontMetricsF metrics(font);
        const auto texts = [](const QList<render::ScaleTick>& ticks) {
            QStringList result;
            for (const render::ScaleTick& tick : ticks)
                result << tick.text;
            return result;
        };
        const auto longBar = render::scaleBarTicks(200000, 300, metrics, 4);
        QCOMPARE(texts(longBar), (QStringList{"0", "100 km", "200 km"}));
        QCOMPARE(longBar[1].offset, 150.0);
        const auto shortBar = render::scaleBarTicks(200000, 75, metrics, 4);
        QCOMPARE(texts(shortBar), (QStringList{"0", "200 km"}));
        for (double pixels = 20; pixels <= 400; pixels += 7) {
            const auto ticks = render::scaleBarTicks(50000, pixels, metrics, 4);
            for (qsizetype i = 1; i + 1 < ticks.size(); ++i) {
                const double right = ticks[i].offset + metrics.horizontalAdvance(ticks[i].text) / 2;
                const double nextLeft =
                    ticks[i + 1].offset - metrics.horizontalAdvance(ticks[i + 1].text) / 2;
                QVERIFY(right + 4 <= nextLeft + 1e-9);
            }
        }
    }
};

QTEST_MAIN(ScaleBarTest)
#include "tst_scale_bar.moc"
