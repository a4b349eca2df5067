#include "core/data_paths.h"
#include "geo/frontier_lines.h"
#include "posture/dataset_loader.h"

#include <QLineF>
#include <QtTest>

#include <future>

using namespace flank;

namespace {

const QStringList kScales = {"110m", "50m", "10m"};

// The pairs the issue names, with Kaliningrad counted as Russia.
const QList<core::FrontierPair> kFlankPairs = {
    {"FIN", "RUS"}, {"BLR", "RUS"}, {"POL", "BLR"}, {"LTU", "BLR"}, {"LVA", "RUS"}, {"LVA", "BLR"},
    {"EST", "RUS"}, {"POL", "RUS"}, {"LTU", "RUS"}, {"NOR", "RUS"}, {"UKR", "RUS"}, {"UKR", "BLR"}};

QString published(const posture::Dataset& dataset, const core::FrontierPair& pair)
{
    QStringList figures;
    for (const posture::BorderFigure& figure : dataset.borderFiguresOn(pair.state, pair.neighbour))
        figures << QString::number(figure.km, 'f', 0);
    return figures.isEmpty() ? QStringLiteral("none") : figures.join(QStringLiteral(", "));
}

} // namespace

// The land borders of the flank traced on the bundled Natural Earth outlines at each scale:
// found where two countries touch, nothing where they do not, measured on the ellipsoid, and
// projected once per scale and CRS for drawing and hit-testing.
class FrontierLinesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_countries = std::make_shared<geo::CountryLayer>(core::DataPaths::countries());
        QVERIFY(m_countries->isUsable());
        QElapsedTimer reading;
        reading.start();
        QVERIFY(!m_countries->features(geo::Scale::Fine10m).isEmpty());
        qInfo("reading the 1:10m countries took %lld ms", reading.elapsed());
        QList<core::FrontierPair> asked = kFlankPairs;
        asked << core::FrontierPair{"EST", "BLR"} << core::FrontierPair{"SWE", "RUS"}
              << core::FrontierPair{"FIN", "BLR"};
        m_frontiers = std::make_unique<geo::FrontierLines>(m_countries, asked);
        // Traced on two threads at once: both get the one list, traced once.
        auto other = std::async(std::launch::async,
                                [this] { return &m_frontiers->lines(geo::Scale::Fine10m); });
        const QList<geo::FrontierLine>* here = &m_frontiers->lines(geo::Scale::Fine10m);
        QCOMPARE(other.get(), here);
        for (const geo::Scale scale : geo::kAllScales)
            m_frontiers->lines(scale);
        for (const geo::Scale scale : geo::kAllScales)
            qInfo("tracing %d pairs at 1:%s took %.0f ms", int(asked.size()),
                  qPrintable(geo::scaleId(scale)), m_frontiers->tracingMilliseconds(scale));
    }

    void belarusRussiaIsLongerThan800KmAt10m()
    {
        const geo::FrontierLine* line = m_frontiers->find("BLR", "RUS", geo::Scale::Fine10m);
        QVERIFY(line);
        QVERIFY2(line->km > 800.0, qPrintable(QString::number(line->km)));
    }

    void everyFlankPairAtEveryScale_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("neighbour");
        QTest::addColumn<QString>("scale");
        for (const core::FrontierPair& pair : kFlankPairs)
            for (const QString& scale : kScales)
                QTest::newRow(qPrintable(pair.id() + QLatin1Char(' ') + scale))
                    << pair.state << pair.neighbour << scale;
    }

    void everyFlankPairAtEveryScale()
    {
        QFETCH(QString, state);
        QFETCH(QString, neighbour);
        QFETCH(QString, scale);
        const geo::Scale at = *geo::scaleFromId(scale);
        const geo::FrontierLine* line = m_frontiers->find(neighbour, state, at);
        QVERIFY(line);
        QVERIFY(line->km > 0.0);
        QVERIFY(!line->pieces.isEmpty());
        // The lines are the sum of their pieces, each measured on the ellipsoid.
        double km = 0.0;
        for (const QPolygonF& piece : line->pieces)
            km += geo::geodesicKm(piece);
        QCOMPARE(line->km, km);
        // A coarser scale smooths the line, so it measures shorter than at 1:10m (by up to a
        // third: Lithuania-Belarus and Norway-Russia at 1:110m), never longer by much.
        const double fine = m_frontiers->find(state, neighbour, geo::Scale::Fine10m)->km;
        QVERIFY2(
            line->km > 0.6 * fine && line->km < 1.05 * fine,
            qPrintable(QStringLiteral("%1 km against %2 km at 1:10m").arg(line->km).arg(fine)));
    }

    void measuredBesidePublished()
    {
        const posture::LoadResult bundled = posture::loadDataset(core::DataPaths::posture());
        for (const core::FrontierPair& pair : kFlankPairs) {
            QStringList measured;
            for (const geo::Scale scale : geo::kAllScales) {
                const geo::FrontierLine* line =
                    m_frontiers->find(pair.state, pair.neighbour, scale);
                measured << QStringLiteral("%1 km at 1:%2 (%3 lines)")
                                .arg(line->km, 0, 'f', 0)
                                .arg(geo::scaleId(scale))
                                .arg(line->pieces.size());
            }
            qInfo("%s: %s; published %s km", qPrintable(pair.id()),
                  qPrintable(measured.join(QStringLiteral(", "))),
                  qPrintable(published(bundled.dataset, pair)));
        }
    }

    void pairsThatDoNotTouchGiveNothing_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("neighbour");
        QTest::addColumn<QString>("scale");
        for (const QString& scale : kScales) {
            QTest::newRow(qPrintable("EST-BLR " + scale)) << "EST"
                                                          << "BLR" << scale;
            QTest::newRow(qPrintable("FIN-BLR " + scale)) << "FIN"
                                                          << "BLR" << scale;
            QTest::newRow(qPrintable("SWE-RUS, sea only " + scale)) << "SWE"
                                                                    << "RUS" << scale;
        }
    }

    void pairsThatDoNotTouchGiveNothing()
    {
        QFETCH(QString, state);
        QFETCH(QString, neighbour);
        QFETCH(QString, scale);
        const geo::Scale at = *geo::scaleFromId(scale);
        QVERIFY(!m_frontiers->find(state, neighbour, at));
        const auto traced =
            geo::traceFrontier(m_countries->features(at), core::FrontierPair{state, neighbour}, at);
        QVERIFY(traced);
        QVERIFY(traced->isEmpty());
        QCOMPARE(traced->km, 0.0);
    }

    void unknownCountryIsNotTraced()
    {
        QVERIFY(!geo::traceFrontier(m_countries->features(geo::Scale::Coarse110m),
                                    core::FrontierPair{"FIN", "XXX"}, geo::Scale::Coarse110m));
        QVERIFY(!m_frontiers->find("FIN", "XXX", geo::Scale::Coarse110m));
    }

    void projectedOncePerScaleAndCrs()
    {
        const auto fine = m_frontiers->projected("EPSG:3035", geo::Scale::Fine10m);
        QVERIFY(fine);
        QCOMPARE(m_frontiers->projected("EPSG:3035", geo::Scale::Fine10m), fine);
        QVERIFY(m_frontiers->projected("EPSG:3035", geo::Scale::Coarse110m) != fine);
        QVERIFY(!m_frontiers->projected("EPSG:999999", geo::Scale::Fine10m));
        QCOMPARE(fine->frontiers().size(), m_frontiers->lines(geo::Scale::Fine10m).size());

        // Metres in LAEA Europe: a point on Belarus-Russia finds that line, 3 km off still
        // does within 5 km, and a point in the Baltic Sea finds none.
        const geo::ProjectedFrontier* belarus = fine->find("RUS", "BLR");
        QVERIFY(belarus && !belarus->path.isEmpty());
        QCOMPARE(belarus->line->pair.id(), QStringLiteral("BLR-RUS"));
        const QPolygonF& piece = belarus->pieces.constFirst();
        const QPointF onLine = piece.at(piece.size() / 2);
        QCOMPARE(fine->frontierNear(onLine, 1.0), belarus);
        QCOMPARE(fine->frontierNear(onLine + QPointF(3000, 0), 5000.0), belarus);
        const geo::Projector laea("EPSG:3035");
        QVERIFY(!fine->frontierNear(*laea.forward({19.0, 56.0}), 20000.0));
    }

    void linesAreCutWhereTheProjectionTears()
    {
        // lon_0 = -150 tears the map at 30 E, across Finland-Russia and Belarus-Russia.
        const QString crs = "+proj=laea +lat_0=60 +lon_0=-150 +datum=WGS84 +units=m +no_defs";
        const auto torn = m_frontiers->projected(crs, geo::Scale::Medium50m);
        QVERIFY(torn);
        const geo::ProjectedFrontier* finland = torn->find("FIN", "RUS");
        QVERIFY(finland);
        QVERIFY(finland->pieces.size() >
                m_frontiers->find("FIN", "RUS", geo::Scale::Medium50m)->pieces.size());
        // No segment jumps across the map: every step is short, as on the ground.
        for (const geo::ProjectedFrontier& frontier : torn->frontiers())
            for (const QPolygonF& projected : frontier.pieces)
                for (qsizetype i = 1; i < projected.size(); ++i)
                    QVERIFY2(QLineF(projected[i - 1], projected[i]).length() < 100'000.0,
                             qPrintable(frontier.line->pair.id()));
    }

private:
    std::shared_ptr<const geo::CountryLayer> m_countries;
    std::unique_ptr<geo::FrontierLines> m_frontiers;
};

QTEST_GUILESS_MAIN(FrontierLinesTest)
#include "tst_frontier_lines.moc"
