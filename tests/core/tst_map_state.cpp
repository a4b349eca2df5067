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
        state.treaty = TreatyChoice::Both;
        state.crs = QStringLiteral("EPSG:3857");
        state.extent = QRectF(QPointF(1.5e6, 6.0e6), QPointF(3.5e6, 8.25e6));
        state.selection = QStringLiteral("FIN");
        state.theme = Theme::Projector;
        state.detail = DetailLevel::Fine10m;
        state.decorations = Decorations::all();
        state.decorations.inset = false;
        state.layers.fortification = false;
        state.title = QStringLiteral("Finland <leaves>");
        const auto back = MapState::fromText(state.toText());
        QVERIFY(back);
        QCOMPARE(*back, state);
        QVERIFY(state.toText().contains(R"("treaty":"ottawa")"));
        QVERIFY(state.toText().contains(R"("overlayTreaty":"ccm")"));
    }

    void reportsEachBadField()
    {
        Issues issues;
        const auto state = MapState::fromText(
            QStringLiteral(R"({"date":"2025-02-30","theme":"neon","extent":[1,2,1,5],
                               "decorations":{"legend":"yes"},"layers":{"troops":1}})"),
            &issues);
        QVERIFY(!state);
        QStringList places;
        for (const Issue& issue : issues)
            places << issue.place;
        QCOMPARE(places, QStringList({"/date", "/extent", "/theme", "/decorations/legend",
                                      "/layers/troops"}));
    }

    void refusesBrokenText()
    {
        Issues issues;
        QVERIFY(!MapState::fromText(QStringLiteral("{\"date\": "), &issues));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().column > 0);
        QVERIFY(!MapState::fromText(QStringLiteral("[1,2]"), &issues));
    }

    void placesEachBadField()
    {
        Issues issues;
        QVERIFY(!MapState::fromText(
            QStringLiteral("{\"date\": \"2025-01-01\",\n \"theme\": 7,\n \"treaty\": \"geneva\"}"),
            &issues, QStringLiteral("view.json")));
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues[0].toString(), QStringLiteral("view.json:3:12 [/treaty]: error: unknown "
                                                      "treaty 'geneva' (ottawa or ccm)"));
        QCOMPARE(issues[1].toString(),
                 QStringLiteral("view.json:2:11 [/theme]: error: expected a string"));
    }

    void treatyChoices_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<int>("choice");
        QTest::newRow("default") << "{}" << int(TreatyChoice::Ottawa);
        QTest::newRow("ccm") << R"({"treaty":"ccm"})" << int(TreatyChoice::Ccm);
        QTest::newRow("both") << R"({"treaty":"ottawa","overlayTreaty":"ccm"})"
                              << int(TreatyChoice::Both);
        QTest::newRow("overlay alone") << R"({"overlayTreaty":"ccm"})" << int(TreatyChoice::Both);
        QTest::newRow("reversed") << R"({"treaty":"ccm","overlayTreaty":"ottawa"})" << -1;
        QTest::newRow("choice name is no id") << R"({"treaty":"both"})" << -1;
    }

    void treatyChoices()
    {
        QFETCH(QString, json);
        QFETCH(int, choice);
        Issues issues;
        const auto state = MapState::fromText(json, &issues);
        QCOMPARE(state.has_value(), choice >= 0);
        if (state)
            QCOMPARE(int(state->treaty), choice);
        for (const TreatyChoice each :
             {TreatyChoice::Ottawa, TreatyChoice::Ccm, TreatyChoice::Both})
            QCOMPARE(parseTreatyChoice(treatyChoiceName(each)), each);
        QVERIFY(!parseTreatyChoice(u"Ottawa"));
    }
};

QTEST_GUILESS_MAIN(MapStateTest)
#include "tst_map_state.moc"
