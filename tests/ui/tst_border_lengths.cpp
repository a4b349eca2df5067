#include "ui_test_support.h"

#include "geo/border_lengths.h"
#include "ui/state_panel.h"

#include <QTest>

using namespace flank;

// Borders measured on the Natural Earth 1:10m outlines land near the published figures, and
// the panel shows them beside those figures.
class BorderLengthsTest : public QObject
{
    Q_OBJECT

private slots:
    void measuredLengthsAreNearPublishedOnes_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Expected values were checked independently on the same file with SpatiaLite:
        // ST_Length(ST_Intersection(ST_Boundary(a), ST_Buffer(b, 0.0005)), 1). Published
        // figures differ (FIN-RUS 1,272-1,340 km, BLR-RUS 1,239-1,312 km): that is what the
        // panel shows students.
        QTest::newRow("FIN-RUS") << "FIN"
                                 << "RUS" << 1226.0 * 0.98 << 1226.0 * 1.02;
        QTest::newRow("BLR-RUS, either order") << "RUS"
                                               << "BLR" << 920.7 * 0.98 << 920.7 * 1.02;
        QTest::newRow("POL-BLR") << "POL"
                                 << "BLR" << 330.0 << 470.0;
        QTest::newRow("POL-RUS (Kaliningrad)") << "POL"
                                               << "RUS" << 180.0 << 260.0;
        QTest::newRow("no shared border") << "FIN"
                                          << "BLR" << 0.0 << 0.5;
    }

    void measuredLengthsAreNearPublishedOnes()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(double, low);
        QFETCH(double, high);
        const auto km = geo::sharedBorderKm(
            ui::test::bundledData().countries->features(geo::Scale::Fine10m), a, b);
        QVERIFY(km.has_value());
        QVERIFY2(*km >= low && *km <= high, qPrintable(QString::number(*km)));
    }

    void unknownCountryHasNoLength()
    {
        QVERIFY(!geo::sharedBorderKm(
            ui::test::bundledData().countries->features(geo::Scale::Fine10m), "FIN", "XXX"));
    }

    void panelShowsComputedBesidePublished()
    {
        auto window = ui::test::openWindow();
        window->session()->setSelection("LVA");
        QTRY_COMPARE_WITH_TIMEOUT(window->panel()->pendingComputations(), 0, 60000);
        const QStringList computed = ui::test::panelTexts(*window, "borderComputed");
        QCOMPARE(computed.size(), 2); // Russia and Belarus
        for (const QString& line : computed)
            QVERIFY2(line.contains("computed from Natural Earth 1:10m"), qPrintable(line));
        QVERIFY(computed.first().contains("Russia"));
        // At least one published figure for each neighbour.
        QVERIFY(ui::test::panelTexts(*window, "borderFigure").size() >= 2);
    }
};

QTEST_MAIN(BorderLengthsTest)
#include "tst_border_lengths.moc"
