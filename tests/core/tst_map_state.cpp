#include "core/map_state.h"

#include <QtTest>

using namespace flank::core;

class MapStateTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughText()
    {
        MapState state;
        state.date = QDate(2026, 1, 10);
        applyTreatyChoice(state, QStringLiteral("both"));
        state.crs = QStringLiteral("EPSG:3857");
        state.extent = QRectF(QPointF(1.5e6, 6.0e6), QPointF(3.5e6, 8.25e6));
        state.selection = QStringLiteral("FIN");
        state.theme = Theme::Projector;
        state.detail = DetailLevel::Fine10m;
        state.decorations = Decorations::all();
        state.decorations.inset = false;
        state.title = QStringLiteral("Finland <leaves>");
        const auto back = MapState::fromText(state.toText());
        QVERIFY(back);
        QCOMPARE(*back, state);
        QCOMPARE(treatyChoice(*back), QStringLiteral("both"));
    }

    void reportsEachBadField()
    {
        Issues issues;
        const auto state = MapState::fromText(
            QStringLiteral(R"({"date":"2025-02-30","theme":"neon","extent":[1,2,1,5],
                               "decorations":{"legend":"yes"}})"),
            &issues);
        QVERIFY(!state);
        QStringList places;
        for (const Issue& issue : issues)
            places << issue.place;
        QCOMPARE(places, QStringList({"/date", "/extent", "/theme", "/decorations/legend"}));
    }

    void refusesBrokenText()
    {
        Issues issues;
        QVERIFY(!MapState::fromText(QStringLiteral("{\"date\": "), &issues));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().column > 0);
        QVERIFY(!MapState::fromText(QStringLiteral("[1,2]"), &issues));
    }

    void treatyChoices()
    {
        MapState state;
        QVERIFY(applyTreatyChoice(state, QStringLiteral("ccm")));
        QCOMPARE(state.treaty, QStringLiteral("ccm"));
        QVERIFY(state.overlayTreaty.isEmpty());
        QVERIFY(!applyTreatyChoice(state, QString()));
    }
};

QTEST_GUILESS_MAIN(MapStateTest)
#include "tst_map_state.moc"
