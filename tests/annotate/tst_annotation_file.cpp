#include "annotate/annotation_file.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace flank::annotate;

class TestAnnotationFile : public QObject
{
    Q_OBJECT

private:
    static AnnotationSet sample()
    {
        AnnotationSet set;
        set.append({AnnotationKind::Text,
                    {QPointF(24.105078, 56.949649)},
                    QStringLiteral("Rīga «HQ»"),
                    QColor(0x00, 0x4D, 0x80),
                    15.5,
                    MarkerSymbol::Circle});
        set.append({AnnotationKind::Arrow,
                    {QPointF(20.1, 55.9), QPointF(22.93, 54.31)},
                    QStringLiteral("Suwałki gap"),
                    QColor(0x1A, 0x1A, 0x1A),
                    12,
                    MarkerSymbol::Circle});
        set.append({AnnotationKind::Marker,
                    {QPointF(25.279652, 54.687157)},
                    QStringLiteral("Vilnius"),
                    QColor(0xC0, 0x1C, 0x28, 0x80),
                    9,
                    MarkerSymbol::Star});
        set.append({AnnotationKind::Line,
                    {QPointF(27.7, 57.5), QPointF(27.4, 56.2), QPointF(1.0 / 3, -89.999)},
                    {},
                    QColor(0x00, 0x6B, 0x4F),
                    6,
                    MarkerSymbol::Circle});
        set.append({AnnotationKind::Area,
                    {QPointF(19.6, 54.45), QPointF(22.8, 54.35), QPointF(22.7, 55.1)},
                    QStringLiteral("Kaliningrad"),
                    QColor(0x7A, 0x2E, 0x8E),
                    10,
                    MarkerSymbol::Circle});
        return set;
    }

private slots:
    void roundTripsExactly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.geojson"));
        QCOMPARE(writeAnnotationFile(path, sample()), QString());
        const AnnotationFileContents read = readAnnotationFile(path);
        QVERIFY2(read.issues.isEmpty(), qPrintable(read.issues.value(0).toString()));
        QCOMPARE(read.annotations.size(), sample().size());
        for (qsizetype i = 0; i < sample().size(); ++i)
            QVERIFY2(read.annotations.at(i) == sample().at(i), qPrintable(QString::number(i)));
        // And the same bytes again: nothing drifts on a second save.
        QCOMPARE(toGeoJson(read.annotations), toGeoJson(sample()));
    }

    void writesGeoJsonAGisOpens()
    {
        const QByteArray json = toGeoJson(sample());
        QVERIFY(json.contains("\"FeatureCollection\""));
        QVERIFY(json.contains("\"Polygon\""));
        QVERIFY(json.contains("\"marker-color\""));
        // A plain GeoJSON from elsewhere (no style properties) loads with defaults.
        const AnnotationFileContents plain = fromGeoJson(
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
               "geometry":{"type":"Point","coordinates":[21.01,52.23]}}]})",
            QStringLiteral("plain.geojson"));
        QVERIFY(plain.issues.isEmpty());
        QCOMPARE(plain.annotations.at(0).kind, AnnotationKind::Marker);
    }

    void readsTheFilesAStoryNamesOnce()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("notes")));
        QCOMPARE(writeAnnotationFile(dir.filePath(QStringLiteral("notes/a.geojson")), sample()),
                 QString());
        const QStringList names{QStringLiteral("notes/a.geojson"),
                                {},
                                QStringLiteral("missing.geojson"),
                                QStringLiteral("notes/a.geojson")};
        const AnnotationFiles files =
            readAnnotationFiles(names, dir.filePath(QStringLiteral("talk.flankstory")));
        QCOMPARE(int(files.byName.size()), 2);
        QCOMPARE(files.byName.value(QStringLiteral("notes/a.geojson")).size(), sample().size());
        QVERIFY(files.byName.value(QStringLiteral("missing.geojson")).isEmpty());
        // One issue for the missing file, however often it is named.
        QCOMPARE(int(files.issues.size()), 1);
        QVERIFY(files.issues.at(0).toString().contains(QStringLiteral("missing.geojson")));
    }

    void reportsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("place");
        QTest::addColumn<int>("line");
        QTest::newRow("broken JSON")
            << QByteArray("{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": }")
            << QStringLiteral("expected a value, found '}'") << QString() << 3;
        QTest::newRow("not a collection")
            << QByteArray("[1, 2, 3]") << QStringLiteral("FeatureCollection") << QString() << 1;
        const QByteArray head = R"({"type":"FeatureCollection","features":[{"type":"Feature",)";
        QTest::newRow("multipolygon")
            << head + R"("properties":{},"geometry":{"type":"MultiPolygon","coordinates":[]}}]})"
            << QStringLiteral("geometry type 'MultiPolygon' is not supported")
            << QStringLiteral("/features/0") << 1;
        QTest::newRow("text as a line")
            << head + R"("properties":{"kind":"text"},"geometry":{"type":"LineString",)"
                      R"("coordinates":[[1,2],[3,4]]}}]})"
            << QStringLiteral("a text cannot have a LineString geometry")
            << QStringLiteral("/features/0") << 1;
        QTest::newRow("huge coordinates")
            << head + R"("properties":{},"geometry":{"type":"Point","coordinates":[1e300,5]}}]})"
            << QStringLiteral("outside longitude") << QStringLiteral("/features/0") << 1;
        QTest::newRow("string coordinates")
            << head + R"("properties":{},"geometry":{"type":"Point","coordinates":["a","b"]}}]})"
            << QStringLiteral("[longitude, latitude]") << QStringLiteral("/features/0") << 1;
        QTest::newRow("bad color")
            << head + R"("properties":{"color":"reddish"},"geometry":{"type":"Point",)"
                      R"("coordinates":[1,2]}}]})"
            << QStringLiteral("not a color") << QStringLiteral("/features/0") << 1;
        QByteArray many = R"({"type":"FeatureCollection","features":[)";
        for (int i = 0; i < 5000; ++i)
            many +=
                QByteArray(i ? "," : "") +
                R"({"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}})";
        QTest::newRow("thousands of features")
            << many + "]}" << QStringLiteral("5000 features; only the first 1000 are read")
            << QString() << 1;
    }

    void reportsBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QFETCH(QString, place);
        QFETCH(int, line);
        const AnnotationFileContents read = fromGeoJson(json, QStringLiteral("bad.geojson"));
        QVERIFY(flank::core::hasErrors(read.issues));
        const flank::core::Issue& issue = read.issues.constFirst();
        QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
        QCOMPARE(issue.file, QStringLiteral("bad.geojson"));
        QCOMPARE(issue.place, place);
        QCOMPARE(issue.line, line);
        QVERIFY(read.annotations.size() <= kMaxAnnotations);
    }

    void failedSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("plain-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
        file.close();
        const QString error =
            writeAnnotationFile(blocker + QStringLiteral("/notes.geojson"), sample());
        QVERIFY(error.startsWith(blocker));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationFile)
#include "tst_annotation_file.moc"
