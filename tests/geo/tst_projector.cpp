#include "core/data_paths.h"
#include "geo/country_layer.h"
#include "geo/projected_layer.h"
#include "geo/projector.h"
#include "geo/scale.h"

#include <QtTest>

#include <cmath>

using namespace flank;

class ProjectorTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        const QList<QPointF> points = {{21.01, 52.23}, {24.94, 60.17}, {37.62, 55.75},
                                       {25.78, 71.17}, {179.9, 66.0},  {-179.9, 66.0},
                                       {-172.0, 64.5}, {0.0, 0.0}};
        for (const char* crs : {"EPSG:3035", "EPSG:3857", "EPSG:4326", "ESRI:54030"})
            for (const QPointF& p : points)
                QTest::newRow(qPrintable(QStringLiteral("%1 %2,%3").arg(crs).arg(p.x()).arg(p.y())))
                    << QString::fromLatin1(crs) << p.x() << p.y();
    }

    void roundTrip()
    {
        QFETCH(QString, crs);
        QFETCH(double, lon);
        QFETCH(double, lat);
        const geo::Projector projector(crs);
        QVERIFY2(projector.isValid(), qPrintable(projector.errorString()));
        const auto xy = projector.forward(QPointF(lon, lat));
        QVERIFY(xy);
        const auto back = projector.inverse(*xy);
        QVERIFY(back);
        QVERIFY2(std::abs(back->x() - lon) < 1e-6 && std::abs(back->y() - lat) < 1e-6,
                 qPrintable(QStringLiteral("%1,%2").arg(back->x()).arg(back->y())));
    }

    // Axis order is always easting/longitude first, whatever the CRS's official order.
    void geographicAxisOrderIsLonLat()
    {
        const geo::Projector projector(QStringLiteral("EPSG:4326"));
        const auto xy = projector.forward(QPointF(21.0, 52.0));
        QVERIFY(xy);
        QCOMPARE(xy->x(), 21.0);
        QCOMPARE(xy->y(), 52.0);
    }

    void unknownCrsIsReported()
    {
        const geo::Projector projector(QStringLiteral("EPSG:999999"));
        QVERIFY(!projector.isValid());
        QVERIFY(projector.errorString().contains(QStringLiteral("EPSG:999999")));
    }

    void noStreaksAcrossTheAntimeridian_data()
    {
        QTest::addColumn<QString>("crs");
        for (const char* crs : {"EPSG:3035", "EPSG:4326", "ESRI:54030", "EPSG:3857",
                                "+proj=robin +lon_0=150 +datum=WGS84 +units=m +no_defs"})
            QTest::newRow(crs) << QString::fromLatin1(crs);
    }

    // Russia reaches past 180°: no edge of its projected outline may jump across the map.
    void noStreaksAcrossTheAntimeridian()
    {
        QFETCH(QString, crs);
        const geo::CountryLayer countries(core::DataPaths::countries());
        const geo::Projector projector(crs);
        QVERIFY(projector.isValid());
        const geo::ProjectedLayer layer(countries.features(geo::Scale::Medium50m), projector);
        const double worldWidth = layer.bounds().width();
        int edges = 0;
        for (const geo::ProjectedFeature* russia : layer.featuresWithKey(QStringLiteral("RUS")))
            for (const QPolygonF& ring : russia->rings)
                for (qsizetype i = 1; i < ring.size(); ++i, ++edges) {
                    const double jump = std::abs(ring[i].x() - ring[i - 1].x());
                    QVERIFY2(jump < worldWidth * 0.25,
                             qPrintable(QStringLiteral("edge %1 jumps %2 of %3")
                                            .arg(i)
                                            .arg(jump)
                                            .arg(worldWidth)));
                }
        QVERIFY(edges > 1000);
    }

    void geodesicDistanceWarsawToMoscow()
    {
        // About 1,150 km along the ellipsoid.
        const double metres = geo::geodesicDistance(QPointF(21.01, 52.23), QPointF(37.62, 55.75));
        QVERIFY2(metres > 1140e3 && metres < 1160e3, qPrintable(QString::number(metres)));
    }

    void scaleFollowsZoom()
    {
        QCOMPARE(geo::chooseScale(core::DetailLevel::Auto, 0.05), geo::Scale::Coarse110m);
        QCOMPARE(geo::chooseScale(core::DetailLevel::Auto, 0.4), geo::Scale::Medium50m);
        QCOMPARE(geo::chooseScale(core::DetailLevel::Auto, 5.0), geo::Scale::Fine10m);
        QCOMPARE(geo::chooseScale(core::DetailLevel::Fine10m, 0.05), geo::Scale::Fine10m);
    }
};

QTEST_GUILESS_MAIN(ProjectorTest)
#include "tst_projector.moc"
