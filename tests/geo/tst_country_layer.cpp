#include "core/data_paths.h"
#include "geo/country_layer.h"
#include "geo/projected_layer.h"
#include "geo/vector_source.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal.h>

using namespace flank;

class CountryLayerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_layer = std::make_unique<geo::CountryLayer>(core::DataPaths::countries());
        QVERIFY2(m_layer->isUsable(), qPrintable(core::DataPaths::countries()));
    }

    void focusStatesJoin_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::addColumn<QString>("iso3");
        QTest::addColumn<QString>("name");
        const QList<QPair<QString, QString>> states = {
            {"FIN", "Finland"},  {"EST", "Estonia"}, {"LVA", "Latvia"},  {"LTU", "Lithuania"},
            {"POL", "Poland"},   {"UKR", "Ukraine"}, {"BLR", "Belarus"}, {"RUS", "Russia"},
            {"NOR", "Norway"},   {"SWE", "Sweden"},  {"DEU", "Germany"}, {"ROU", "Romania"},
            {"SVK", "Slovakia"}, {"HUN", "Hungary"}, {"MDA", "Moldova"}, {"CZE", "Czechia"}};
        for (const QString scale : {"110m", "50m", "10m"})
            for (const auto& [iso3, name] : states)
                QTest::newRow(qPrintable(scale + QLatin1Char(' ') + iso3)) << scale << iso3 << name;
    }

    // Every focus state is one feature (plus Crimea for Ukraine) with its ISO code and name.
    void focusStatesJoin()
    {
        QFETCH(QString, scale);
        QFETCH(QString, iso3);
        QFETCH(QString, name);
        int mainParts = 0;
        for (const geo::GeoFeature& feature : m_layer->features(*geo::scaleFromId(scale))) {
            if (feature.key != iso3 || feature.occupied)
                continue;
            ++mainParts;
            QVERIFY2(feature.name.contains(name.left(4)), qPrintable(feature.name));
            QVERIFY(feature.vertexCount() > 3);
        }
        QCOMPARE(mainParts, 1);
    }

    void crimeaIsOccupiedUkraine_data()
    {
        QTest::addColumn<QString>("scale");
        for (const char* scale : {"110m", "50m", "10m"})
            QTest::newRow(scale) << QString::fromLatin1(scale);
    }

    // Simferopol lies in Ukraine's occupied part, never in Russia's polygon.
    void crimeaIsOccupiedUkraine()
    {
        QFETCH(QString, scale);
        const geo::Projector identity(QStringLiteral("EPSG:4326"));
        const geo::ProjectedLayer layer(m_layer->features(*geo::scaleFromId(scale)), identity);
        const geo::ProjectedFeature* hit = layer.featureAt(QPointF(34.1, 45.0));
        QVERIFY(hit);
        QCOMPARE(hit->source->key, QStringLiteral("UKR"));
        QVERIFY(hit->source->occupied);
        QCOMPARE(hit->source->occupiedBy, QStringLiteral("RUS"));
        for (const geo::ProjectedFeature* russia : layer.featuresWithKey(QStringLiteral("RUS")))
            QVERIFY(!russia->contains(QPointF(34.1, 45.0)));
        // Moscow is still Russia, Kyiv Ukraine.
        QCOMPARE(layer.featureAt(QPointF(37.62, 55.75))->source->key, QStringLiteral("RUS"));
        QCOMPARE(layer.featureAt(QPointF(30.52, 50.45))->source->key, QStringLiteral("UKR"));
    }

    // The formats most files come in open with the few drivers registered at start; the rest
    // of GDAL's drivers are registered only when a file needs them (so these run before any
    // test that opens another kind of file).
    void loaderReadsCommonFormatsWithFewDrivers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("driver"); // converted from GeoJSON by ogr2ogr, or committed
        QTest::newRow("GeoJSON") << QStringLiteral("two_squares.geojson") << QString();
        QTest::newRow("TopoJSON") << QStringLiteral("one_square.topojson") << QString();
        QTest::newRow("GeoPackage") << QStringLiteral("squares.gpkg") << QStringLiteral("GPKG");
        QTest::newRow("Shapefile")
            << QStringLiteral("squares.shp") << QStringLiteral("ESRI Shapefile");
    }

    void loaderReadsCommonFormatsWithFewDrivers()
    {
        QFETCH(QString, file);
        QFETCH(QString, driver);
        const QString path = driver.isEmpty() ? QStringLiteral(FLANK_TEST_DATA_DIR "/data/") + file
                                              : converted(file, driver);
        QVERIFY(!path.isEmpty());
        const auto result = readVectorFile(path, keyed());
        QVERIFY2(
            !core::hasErrors(result.issues),
            qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().toString()));
        QCOMPARE(result.features.first().key, QStringLiteral("AAA"));
        QCOMPARE(result.features.first().name, QStringLiteral("First"));
        QCOMPARE(result.features.first().bounds, QRectF(10, 50, 1, 1));
        QVERIFY2(GDALGetDriverCount() < 20, qPrintable(QString::number(GDALGetDriverCount())));
    }

    // Any other format GDAL reads still loads: FlatGeobuf and GML need the full set.
    void loaderFallsBackToEveryDriver_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("driver");
        QTest::newRow("FlatGeobuf")
            << QStringLiteral("squares.fgb") << QStringLiteral("FlatGeobuf");
        QTest::newRow("GML") << QStringLiteral("squares.gml") << QStringLiteral("GML");
    }

    void loaderFallsBackToEveryDriver()
    {
        QFETCH(QString, file);
        QFETCH(QString, driver);
        const QString path = converted(file, driver);
        QVERIFY(!path.isEmpty());
        const auto result = readVectorFile(path, keyed());
        QVERIFY2(
            !core::hasErrors(result.issues),
            qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().toString()));
        QStringList keys;
        for (const geo::GeoFeature& feature : result.features)
            keys << feature.key;
        keys.sort(); // FlatGeobuf's spatial index may reorder features
        QCOMPARE(keys, (QStringList{QStringLiteral("AAA"), QStringLiteral("BBB")}));
        QVERIFY(GDALGetDriverCount() > 100);
    }

    void loaderReportsMissingFile()
    {
        const auto result = readVectorFile(QStringLiteral("no/such/file.gpkg"), keyed());
        QVERIFY(result.features.isEmpty());
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().file, QStringLiteral("no/such/file.gpkg"));
        QVERIFY(result.issues.first().message.contains(QStringLiteral("not found")));
    }

    void loaderReportsNonGeodata()
    {
        const QString path = QStringLiteral(FLANK_TEST_DATA_DIR "/data/not_geodata.gpkg");
        const auto result = readVectorFile(path, keyed());
        QVERIFY(result.features.isEmpty());
        QVERIFY(core::hasErrors(result.issues));
        QCOMPARE(result.issues.first().file, path);
        QVERIFY2(result.issues.first().message.contains(QStringLiteral("not a vector data file")),
                 qPrintable(result.issues.first().toString()));
    }

    void loaderReportsMissingKeyField()
    {
        const QString path = QStringLiteral(FLANK_TEST_DATA_DIR "/data/no_key_field.geojson");
        const auto result = readVectorFile(path, keyed());
        QVERIFY(result.features.isEmpty());
        QVERIFY(core::hasErrors(result.issues));
        const QString message = result.issues.first().message;
        QVERIFY2(message.contains(QStringLiteral("no key field 'iso_a3'")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("name")), qPrintable(message)); // lists fields
    }

    void loaderReadsAnyVectorFormat()
    {
        const QString path = QStringLiteral(FLANK_TEST_DATA_DIR "/data/two_squares.geojson");
        const auto result = readVectorFile(path, keyed());
        QVERIFY2(
            !core::hasErrors(result.issues),
            qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().toString()));
        QCOMPARE(result.features.size(), 2);
        QCOMPARE(result.features[1].key, QStringLiteral("BBB"));
        QCOMPARE(result.features[1].rings.size(), 2); // outer ring and hole
        const geo::Projector identity(QStringLiteral("EPSG:4326"));
        const geo::ProjectedLayer layer(result.features, identity);
        QVERIFY(layer.featureAt(QPointF(12.1, 50.1)));
        QVERIFY(!layer.featureAt(QPointF(12.5, 50.5))); // inside the hole
    }

private:
    // two_squares.geojson converted to `driver`'s format in a temporary folder by ogr2ogr,
    // a separate process, so this one keeps only the drivers it registered itself.
    QString converted(const QString& fileName, const QString& driver)
    {
        const QString target = m_converted.filePath(fileName);
        QProcess ogr2ogr;
        ogr2ogr.start(QStringLiteral("ogr2ogr"),
                      {QStringLiteral("-f"), driver, target,
                       QStringLiteral(FLANK_TEST_DATA_DIR "/data/two_squares.geojson")});
        if (!ogr2ogr.waitForFinished(60000) || ogr2ogr.exitCode() != 0) {
            qWarning("ogr2ogr failed: %s", ogr2ogr.readAllStandardError().constData());
            return {};
        }
        return target;
    }

    static geo::VectorReadOptions keyed()
    {
        geo::VectorReadOptions options;
        options.keyField = QStringLiteral("iso_a3");
        options.nameField = QStringLiteral("name");
        return options;
    }

    std::unique_ptr<geo::CountryLayer> m_layer;
    QTemporaryDir m_converted;
};

QTEST_GUILESS_MAIN(CountryLayerTest)
#include "tst_country_layer.moc"
