#include "core/view_options.h"

#include <QtTest>

using namespace flank::core;

namespace {

constexpr ViewOptions kAll = ViewOption::Date | ViewOption::Treaty | ViewOption::Select |
                             ViewOption::Theme | ViewOption::Size | ViewOption::Extent |
                             ViewOption::Crs | ViewOption::Scale | ViewOption::Fit |
                             ViewOption::Layers | ViewOption::Paper;

struct Read
{
    QString error;
    ViewRequest request;
};

Read read(const ViewOptionReader& reader, const QStringList& options)
{
    QCommandLineParser parser;
    reader.addTo(parser);
    Read result;
    if (!parser.parse(QStringList{QStringLiteral("flankatlas")} + options))
        result.error = parser.errorText();
    else
        result.error = reader.read(parser, result.request);
    return result;
}

} // namespace

class ViewOptionsTest : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryOption()
    {
        const Read result = read(
            ViewOptionReader(kAll),
            {"--date",  "2025-07-01", "--treaty", "Both",      "--select", " est ",
             "--theme", "DARK",       "--crs",    "EPSG:4326", "--extent", "10, 45,40,70",
             "--scale", "50M",        "--fit",    "est,lva",   "--paper",  "a4",
             "--bare",  "--legend",   "--title",  "Baltic",    "--layers", "Troops, frontier"});
        QCOMPARE(result.error, QString());
        const MapState& state = result.request.state;
        QCOMPARE(state.date, QDate(2025, 7, 1));
        QCOMPARE(state.treaty, TreatyChoice::Both);
        QCOMPARE(state.selection, QStringLiteral("EST"));
        QCOMPARE(state.theme, Theme::Dark);
        QCOMPARE(state.crs, QStringLiteral("EPSG:4326"));
        QCOMPARE(state.extent, QRectF(QPointF(10, 45), QPointF(40, 70)));
        QCOMPARE(state.detail, DetailLevel::Medium50m);
        QCOMPARE(result.request.fit, QStringList({"EST", "LVA"}));
        QCOMPARE(result.request.paper, std::optional<Paper>(Paper::A4));
        Decorations expected = Decorations::none();
        expected.legend = expected.title = true;
        QCOMPARE(state.decorations, expected);
        QCOMPARE(state.title, QStringLiteral("Baltic"));
        MapLayers layers = MapLayers::none();
        layers.troops = layers.frontier = true;
        QCOMPARE(state.layers, layers);
        QCOMPARE(mapLayersText(state.layers), QStringLiteral("frontier,troops"));
    }

    void layersAllAndNone()
    {
        QCOMPARE(read(ViewOptionReader(kAll), {"--layers", "none"}).request.state.layers,
                 MapLayers::none());
        QCOMPARE(read(ViewOptionReader(kAll), {"--layers", "ALL"}).request.state.layers,
                 MapLayers());
        QCOMPARE(mapLayersText(MapLayers::none()), QStringLiteral("none"));
    }

    void keepsWhatIsNotGiven()
    {
        const Read result = read(ViewOptionReader(kAll), {});
        QCOMPARE(result.error, QString());
        QCOMPARE(result.request.state, MapState());
        QVERIFY(!result.request.size && !result.request.paper);
    }

    void saysWhichOptionIsWrong_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("error");
        QTest::newRow("impossible date") << QStringList{"--date", "2025-02-30"}
                                         << "--date: '2025-02-30' is not a date (YYYY-MM-DD)";
        QTest::newRow("month only")
            << QStringList{"--date", "2025-02"} << "--date: '2025-02' is not a date (YYYY-MM-DD)";
        QTest::newRow("treaty") << QStringList{"--treaty", "geneva"}
                                << "--treaty: 'geneva' is not one of ottawa, ccm, both";
        QTest::newRow("theme") << QStringList{"--theme", "neon"}
                               << "--theme: 'neon' is not one of light, dark, projector, print";
        QTest::newRow("select") << QStringList{"--select", "Poland"}
                                << "--select: 'Poland' is not an ISO 3166-1 alpha-3 code such "
                                   "as POL";
        QTest::newRow("extent") << QStringList{"--extent", "1,2,3"}
                                << "--extent: expected four numbers xmin,ymin,xmax,ymax";
        QTest::newRow("scale") << QStringList{"--scale", "5m"}
                               << "--scale: '5m' is not one of 110m, 50m, 10m, auto";
        QTest::newRow("size") << QStringList{"--size", "10x"}
                              << "--size: '10x' is not WxH in pixels";
        QTest::newRow("small window") << QStringList{"--size", "300x200"}
                                      << "--size: '300x200' is not from 320x240 to 8000x8000";
        QTest::newRow("paper") << QStringList{"--paper", "B5"}
                               << "--paper: 'B5' is not one of A4, A3, Letter";
        QTest::newRow("size and paper") << QStringList{"--size", "400x400", "--paper", "A4"}
                                        << "--size and --paper cannot be used together";
        QTest::newRow("fit") << QStringList{"--fit", ","}
                             << "--fit: name at least one state, e.g. EST,LVA,LTU";
        QTest::newRow("layers") << QStringList{"--layers", "frontier,roads"}
                                << "--layers: 'roads' is not one of frontier, fortification, "
                                   "troops, all, none";
        QTest::newRow("switches") << QStringList{"--legend", "--no-legend"}
                                  << "--legend and --no-legend contradict each other";
    }

    void saysWhichOptionIsWrong()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, error);
        const ViewOptionReader reader(kAll, QSize(320, 240), QSize(8000, 8000));
        QCOMPARE(read(reader, options).error, error);
    }

    void offersOnlyTheChosenOptions()
    {
        const ViewOptionReader reader(ViewOption::Date | ViewOption::Treaty);
        QCommandLineParser parser;
        reader.addTo(parser);
        QVERIFY(parser.parse({"flankatlas", "--treaty", "ccm"}));
        QVERIFY(!parser.parse({"flankatlas", "--theme", "dark"}));
    }
};

QTEST_GUILESS_MAIN(ViewOptionsTest)
#include "tst_view_options.moc"
