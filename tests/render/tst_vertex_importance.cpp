// Ranking each point once (geo::douglasPeuckerImportance) must simplify exactly as running the
// simplification again at each zoom does, and a map drawn from ranked outlines must look like
// one drawn without them.
#include "render_check.h"

#include "geo/vertex_importance.h"
#include "render/atlas_data.h"
#include "render/frame_builder.h"
#include "render/line_straightening.h"
#include "render/map_renderer.h"

#include <QGuiApplication>
#include <QtTest>

#include <cmath>

using namespace flank;

namespace {

// A closed wavy ring of `points` points, its radius wobbling at two frequencies.
QPolygonF wavyRing(int points, int seed)
{
    QPolygonF ring;
    for (int i = 0; i < points; ++i) {
        const double angle = 2 * M_PI * i / points;
        const double r = 100 + 6 * std::sin(angle * (5 + seed)) + 0.8 * std::sin(angle * 97);
        ring << QPointF(r * std::cos(angle), r * std::sin(angle));
    }
    ring << ring.first();
    return ring;
}

QPolygonF keptAbove(const QPolygonF& ring, const QList<float>& importance, double tolerance)
{
    QPolygonF kept;
    for (qsizetype i = 0; i < ring.size(); ++i)
        if (importance[i] > tolerance)
            kept << ring[i];
    return kept;
}

QImage pictureOf(render::AtlasData& data, const QDate& date)
{
    core::MapState state;
    state.date = date;
    state.detail = core::DetailLevel::Fine10m;
    const render::MapFrame frame =
        render::buildFrame(state, data.dataset, *data.projections, QSizeF(900, 600));
    render::MapRenderer renderer(data.projections);
    QImage picture(900, 600, QImage::Format_RGB32);
    QPainter painter(&picture);
    renderer.paint(painter, frame);
    return picture;
}

} // namespace

class VertexImportanceTest : public QObject
{
    Q_OBJECT

private slots:
    void keepingTheRankedPointsIsTheSimplification_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<double>("tolerance");
        for (int seed : {0, 3})
            for (double tolerance : {0.05, 0.3, 1.0, 4.0})
                QTest::addRow("seed %d, %g", seed, tolerance) << seed << tolerance;
    }

    void keepingTheRankedPointsIsTheSimplification()
    {
        QFETCH(int, seed);
        QFETCH(double, tolerance);
        const QPolygonF ring = wavyRing(2000, seed);
        const QList<float> importance = geo::douglasPeuckerImportance(ring);
        QCOMPARE(importance.size(), ring.size());
        QVERIFY(std::isinf(importance.first()) && std::isinf(importance.last()));
        const QPolygonF simplified = render::straightenedRing(ring, tolerance);
        QVERIFY(simplified.size() < ring.size());
        QCOMPARE(keptAbove(ring, importance, tolerance), simplified);
    }

    // The window's layers carry ranks; exports draw without them. Both draw the same map.
    void rankedOutlinesDrawTheSameMap()
    {
        render::AtlasData plain = render::AtlasData::load();
        render::AtlasData ranked = render::AtlasData::load();
        ranked.projections->setRanksVertices(true);
        const auto layer = ranked.projections->layer(
            QString::fromLatin1(core::MapState::kDefaultCrs), geo::Scale::Fine10m);
        QVERIFY(layer && !layer->features().isEmpty());
        QCOMPARE(layer->features().first().importance.size(),
                 layer->features().first().rings.size());
        const QImage expected = pictureOf(plain, QDate(2026, 3, 1));
        const QImage actual = pictureOf(ranked, QDate(2026, 3, 1));
        const double share = double(test::pixelsDiffering(actual, expected, 24)) /
                             (actual.width() * actual.height());
        // Only along the most intricate coasts (fjords, Arctic islands), where simplifying all
        // points and simplifying points already merged keep different ones within a third of
        // a pixel, may an edge pixel differ.
        QVERIFY2(share < 0.01, qPrintable(QString::number(share)));
    }
};

QTEST_MAIN(VertexImportanceTest)

#include "tst_vertex_importance.moc"
