#include "export_test_support.h"

#include "annotate/annotation_set.h"
#include "export/geotiff_writer.h"
#include "export/map_exporter.h"

#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <ogr_srs_api.h>

using namespace flank;

class TestExportGeoTiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GDALAllRegister(); }

    // A magenta marker on Warsaw, the map otherwise bare: reading the file with GDAL alone,
    // Warsaw's pixel must be magenta.
    void knownCityLandsOnItsPixel_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::newRow("LAEA Europe") << QStringLiteral("EPSG:3035");
        QTest::newRow("Web Mercator") << QStringLiteral("EPSG:3857");
        QTest::newRow("lon/lat") << QStringLiteral("EPSG:4326");
    }

    void knownCityLandsOnItsPixel()
    {
        QFETCH(QString, crs);
        const QPointF warsaw(21.0122, 52.2297);
        annotate::AnnotationSet annotations;
        annotate::Annotation marker;
        marker.kind = annotate::AnnotationKind::Marker;
        marker.points = {warsaw};
        marker.color = QColor(255, 0, 255);
        marker.size = 6;
        annotations.append(marker);

        QTemporaryDir dir;
        exporting::ExportOptions options =
            test::balticOptions(dir.filePath(QStringLiteral("map.tif")));
        options.state.crs = crs;
        options.state.decorations = core::Decorations::none();
        options.fit = {QStringLiteral("POL"), QStringLiteral("LTU")};
        options.size = QSize(800, 600);
        const exporting::PreparedExport prepared =
            exporting::prepareExport(options, test::atlasData(), &annotations);
        QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
        QCOMPARE(prepared.request.format, exporting::ExportFormat::GeoTiff);
        render::MapRenderer renderer(test::atlasData().projections);
        const exporting::ExportResult result = exporting::exportMap(renderer, prepared.request);
        QVERIFY2(result.ok, qPrintable(result.error));

        GDALDatasetH dataset = GDALOpen(options.file.toUtf8().constData(), GA_ReadOnly);
        QVERIFY(dataset);
        QCOMPARE(GDALGetRasterXSize(dataset), 800);
        QCOMPARE(GDALGetRasterCount(dataset), 3);
        double transform[6];
        QCOMPARE(GDALGetGeoTransform(dataset, transform), CE_None);
        const auto expected = exporting::geoTransformFor(prepared.request.frame);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(transform[i], expected[i]);

        // Warsaw into the file's own CRS, with OGR rather than the app's projector.
        OGRSpatialReferenceH fileSrs = OSRNewSpatialReference(GDALGetProjectionRef(dataset));
        OGRSpatialReferenceH expectedSrs = OSRNewSpatialReference(nullptr);
        OSRSetFromUserInput(expectedSrs, crs.toUtf8().constData());
        QVERIFY(OSRIsSame(fileSrs, expectedSrs));
        OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(wgs84, 4326);
        OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
        OSRSetAxisMappingStrategy(fileSrs, OAMS_TRADITIONAL_GIS_ORDER);
        OGRCoordinateTransformationH toFile = OCTNewCoordinateTransformation(wgs84, fileSrs);
        double x = warsaw.x(), y = warsaw.y();
        QVERIFY(OCTTransform(toFile, 1, &x, &y, nullptr));
        const int column = int((x - transform[0]) / transform[1]);
        const int row = int((y - transform[3]) / transform[5]);
        GByte rgb[3] = {};
        int bands[] = {1, 2, 3};
        QCOMPARE(GDALDatasetRasterIO(dataset, GF_Read, column, row, 1, 1, rgb, 1, 1, GDT_Byte, 3,
                                     bands, 3, 3, 1),
                 CE_None);
        QVERIFY2(rgb[0] > 230 && rgb[1] < 30 && rgb[2] > 230,
                 qPrintable(QStringLiteral("pixel %1,%2 is %3,%4,%5")
                                .arg(column)
                                .arg(row)
                                .arg(rgb[0])
                                .arg(rgb[1])
                                .arg(rgb[2])));
        OCTDestroyCoordinateTransformation(toFile);
        OSRDestroySpatialReference(wgs84);
        OSRDestroySpatialReference(expectedSrs);
        OSRDestroySpatialReference(fileSrs);
        GDALClose(dataset);
    }
};

QTEST_MAIN(TestExportGeoTiff)
#include "tst_export_geotiff.moc"
