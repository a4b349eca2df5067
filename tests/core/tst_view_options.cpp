#include "core/comparison_options.h"
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

// What `reader` reads from `options`, parsed as a command offering the reader's options and
// `beside`'s would parse them.
template <typename Request, typename Reader>
std::pair<QString, Request> readWith(const Reader& reader, const QStringList& options,
                                     const ViewOptionReader* beside = nullptr)
{
    QCommandLineParser parser;
    reader.addTo(parser);
    if (beside)
        beside->addTo(parser);
    Request request;
    if (!parser.parse(QStringList{QStringLiteral("flankatlas")} + options))
        return {parser.errorText(), request};
    QString error = reader.read(parser, request);
    return {error, request};
}

Read read(const ViewOptionReader& reader, const QStringList& options)
{
    auto [error, request] = readWith<ViewRequest>(reader, options);
    return {error, request};
}

// Read as `export` reads them: beside --date and --treaty.
std::pair<QString, ComparisonRequest> readComparison(const QStringList& options)
{
    const ViewOptionReader view(ViewOption::Date | ViewOption::Treaty);
    return readWith<ComparisonRequest>(ComparisonOptionReader(), options, &view);
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

    void readsComparedDatesInTheirOrder()
    {
        const auto [error, compare] = readComparison({"--compare", "2026-03-01, 2025-01-01"});
        QCOMPARE(error, QString());
        QCOMPARE(compare.kind, Comparison::Dates);
        QCOMPARE(compare.dates, (QList<QDate>{QDate(2026, 3, 1), QDate(2025, 1, 1)}));

        const auto yearly =
            readComparison({"--multiples", "yearly:2024-2026", "--columns", "3"}).second;
        QCOMPARE(yearly.kind, Comparison::Multiples);
        QCOMPARE(yearly.dates,
                 (QList<QDate>{QDate(2024, 1, 1), QDate(2025, 1, 1), QDate(2026, 1, 1)}));
        QCOMPARE(yearly.columns, 3);

        QCOMPARE(readComparison({"--compare-treaties"}).second.kind, Comparison::Treaties);
        QCOMPARE(readComparison({}).second.kind, Comparison::None);
    }

    // A date in a list is refused in the words --date uses.
    void comparedDatesAreReadAsDateReadsThem()
    {
        QCOMPARE(readComparison({"--multiples", "2025-01-01,2025-02-30"}).first,
                 QStringLiteral("--multiples: '2025-02-30' is not a date (YYYY-MM-DD)"));
        QCOMPARE(read(ViewOptionReader(kAll), {"--date", "2025-02-30"}).error,
                 QStringLiteral("--date: '2025-02-30' is not a date (YYYY-MM-DD)"));
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
