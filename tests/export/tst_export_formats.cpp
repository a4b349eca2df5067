#include "export_test_support.h"
#include "render_check.h"

#include "annotate/annotation_set.h"
#include "export/map_exporter.h"
#include "export/svg_writer.h"
#include "geo/flank_extent.h"
#include "render/legend_layout.h"
#include "render/map_style.h"

#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace flank;

class TestExportFormats : public QObject
{
    Q_OBJECT

private:
    annotate::AnnotationSet m_annotations;
    QTemporaryDir m_dir;

    exporting::ExportRequest request(const QString& fileName)
    {
        const exporting::PreparedExport prepared = exporting::prepareExport(
            test::balticOptions(m_dir.filePath(fileName)), test::atlasData(), &m_annotations);
        if (!prepared.error.isEmpty())
            qFatal("%s", qPrintable(prepared.error));
        return prepared.request;
    }

    QString exportTo(const QString& fileName) { return exportRequest(request(fileName)); }

    QString exportRequest(const exporting::ExportRequest& request)
    {
        render::MapRenderer renderer(test::atlasData().projections);
        const exporting::ExportResult result = exporting::exportMap(renderer, request);
        return result.ok ? request.file : result.error;
    }

    // Mostly shapes: text is drawn by another rasterizer when an SVG is read back, and
    // Qt's raster hatch patterns have a phase of their own, so the frame has solid fills
    // (before the 2025 withdrawals) and the decorations with little text.
    exporting::ExportRequest shapesRequest(const QString& fileName)
    {
        exporting::ExportOptions options = test::balticOptions(m_dir.filePath(fileName));
        options.state.date = QDate(2024, 6, 1);
        core::Decorations& on = options.state.decorations;
        on.title = on.sources = on.legend = on.dateStamp = on.labels = false;
        const exporting::PreparedExport prepared =
            exporting::prepareExport(options, test::atlasData(), &m_annotations);
        return prepared.request;
    }

private slots:
    void initTestCase()
    {
        annotate::Annotation arrow;
        arrow.kind = annotate::AnnotationKind::Arrow;
        arrow.points = {QPointF(20.0, 56.2), QPointF(23.0, 54.4)};
        arrow.text = QStringLiteral("Suwałki gap");
        m_annotations.append(arrow);
        annotate::Annotation marker;
        marker.kind = annotate::AnnotationKind::Marker;
        marker.symbol = annotate::MarkerSymbol::Star;
        marker.points = {QPointF(25.28, 54.69)};
        m_annotations.append(marker);
    }

    void runsWithoutWidgets()
    {
        QVERIFY(qobject_cast<QGuiApplication*>(QCoreApplication::instance()));
        QVERIFY(!QCoreApplication::instance()->inherits("QApplication"));
    }

    // An export that chose its own view (here the flank, on A4 sideways) moves it east, as the
    // window's first view does, so the legend leaves Poland, Czechia and Lithuania clear; the
    // same view asked for with --extent is drawn where it was asked, under the legend.
    void chosenViewStandsClearOfTheLegend()
    {
        exporting::ExportOptions options;
        options.file = m_dir.filePath(QStringLiteral("a4.png"));
        options.paper = exporting::Paper::A4;
        options.landscape = true;
        options.dpi = 100;
        const auto legendOverStates = [](const render::MapFrame& frame) {
            const QRectF legend =
                render::LegendLayout::compute(frame, render::MapStyle::forTheme(frame.state.theme))
                    .box;
            double covered = 0;
            for (const char* code : {"POL", "CZE", "LTU"}) {
                const QRectF state = frame.view.transform.mapToDevice().mapRect(
                    frame.view.layer->boundsOfKey(QString::fromLatin1(code)));
                const QRectF both = state & legend;
                covered += both.isEmpty() ? 0.0 : both.width() * both.height();
            }
            return covered;
        };
        const exporting::PreparedExport chosen =
            exporting::prepareExport(options, test::atlasData());
        QVERIFY2(chosen.error.isEmpty(), qPrintable(chosen.error));
        QCOMPARE(legendOverStates(chosen.request.frame), 0.0);

        options.state.extent =
            geo::flankExtent(*test::atlasData().projections->projectorFor(options.state.crs));
        const exporting::PreparedExport asked =
            exporting::prepareExport(options, test::atlasData());
        QCOMPARE(asked.request.frame.view.extent, options.state.extent);
        QVERIFY(legendOverStates(asked.request.frame) > 100);
        QVERIFY(chosen.request.frame.view.extent.left() < asked.request.frame.view.extent.left());
    }

    // An upright page has no room beside the flank: the legend goes into a strip across the
    // foot of the map, and the whole flank stands above it.
    void uprightPageTakesItsLegendUnderTheFlank()
    {
        exporting::ExportOptions options;
        options.file = m_dir.filePath(QStringLiteral("upright.png"));
        options.paper = exporting::Paper::A4;
        options.dpi = 100;
        const exporting::PreparedExport chosen =
            exporting::prepareExport(options, test::atlasData());
        QVERIFY2(chosen.error.isEmpty(), qPrintable(chosen.error));
        const render::MapFrame& frame = chosen.request.frame;
        QCOMPARE(frame.legendPlace, render::LegendPlace::Strip);
        const QRectF legend =
            render::LegendLayout::compute(frame, render::MapStyle::forTheme(frame.state.theme)).box;
        QVERIFY(frame.legendStripArea.contains(legend));
        QVERIFY(legend.width() > frame.size.width() / 2);
        const QRectF flank = frame.view.transform.mapToDevice().mapRect(
            geo::flankExtent(*test::atlasData().projections->projectorFor(options.state.crs)));
        QVERIFY2(flank.bottom() < legend.top(),
                 qPrintable(QStringLiteral("flank ends at %1, legend starts at %2")
                                .arg(flank.bottom())
                                .arg(legend.top())));
        QVERIFY(flank.top() >= 0);
        QVERIFY(flank.left() >= -0.5 && flank.right() <= frame.size.width() + 0.5);

        // The picture shows the strip and the flank where the frame has them.
        QImage picture(frame.size.toSize(), QImage::Format_ARGB32_Premultiplied);
        {
            QPainter painter(&picture);
            render::MapRenderer renderer(test::atlasData().projections);
            renderer.paint(painter, frame);
        }
        const QRgb panel = render::MapStyle::forTheme(frame.state.theme).panel.rgb() & 0xffffff;
        const QRect box = legend.toAlignedRect() & picture.rect();
        qsizetype panelPixels = 0;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                panelPixels += (picture.pixel(x, y) & 0xffffff) == panel;
        QVERIFY2(panelPixels > box.width() * box.height() / 2,
                 qPrintable(QStringLiteral("%1 of %2 pixels of the legend's panel")
                                .arg(panelPixels)
                                .arg(box.width() * box.height())));

        // An extent asked for is drawn as asked, the legend over the map.
        options.state.extent =
            geo::flankExtent(*test::atlasData().projections->projectorFor(options.state.crs));
        const exporting::PreparedExport asked =
            exporting::prepareExport(options, test::atlasData());
        QCOMPARE(asked.request.frame.legendPlace, render::LegendPlace::OverMap);
        QCOMPARE(asked.request.frame.view.extent, options.state.extent);
    }

    void pngAndSvgMatchOneReference()
    {
        const QString png = exportRequest(shapesRequest(QStringLiteral("baltic.png")));
        const QImage fromPng(png);
        QVERIFY2(!fromPng.isNull(), qPrintable(png));
        QCOMPARE(fromPng.size(), QSize(640, 480));
        test::RenderCheck check =
            test::compareToReference(fromPng, QStringLiteral("export_baltic"), 8, 0.001);
        QVERIFY2(check.passed, qPrintable(check.message));

        const QString svg = exportRequest(shapesRequest(QStringLiteral("baltic.svg")));
        QSvgRenderer svgRenderer(svg);
        QVERIFY2(svgRenderer.isValid(), qPrintable(svg));
        QImage fromSvg(640, 480, QImage::Format_ARGB32_Premultiplied);
        fromSvg.fill(Qt::transparent);
        // QSvgRenderer reads a unitless font-size as points; at 72 dpi points are pixels, as
        // the SVG means them (and as browsers and Inkscape read them).
        fromSvg.setDotsPerMeterX(qRound(72 / 0.0254));
        fromSvg.setDotsPerMeterY(qRound(72 / 0.0254));
        QPainter painter(&fromSvg);
        svgRenderer.render(&painter);
        painter.end();
        // Text and antialiasing go through another code path in QSvgRenderer; shapes must not.
        check = test::compareToReference(fromSvg, QStringLiteral("export_baltic"), 40, 0.005,
                                         test::ReferenceUpdate::Never);
        QVERIFY2(check.passed, qPrintable(check.message));
    }

    void svgStaysVectorWithStateGroups()
    {
        const QByteArray svg = test::readAll(exportTo(QStringLiteral("groups.svg")));
        for (const char* iso : {"EST", "LVA", "LTU", "POL"})
            QVERIFY2(svg.contains("<g id=\"" + QByteArray(iso) + "\" class=\"state\""), iso);
        QVERIFY(!svg.contains("flank-group"));
        QVERIFY(!svg.contains("<image"));
        QVERIFY(svg.contains(">Status as of 1 July 2025</text>"));
        QVERIFY(svg.contains(">Suwałki gap</text>"));
        // Groups nest properly: the document parses as XML.
        QSvgRenderer check(svg);
        QVERIFY(check.isValid());
        QCOMPARE(svg.count("<g"), svg.count("</g>"));
    }

    void pdfHasPageVectorsTextAndMetadata()
    {
        exporting::ExportRequest pdf = request(QStringLiteral("baltic.pdf"));
        pdf.format = exporting::ExportFormat::Pdf;
        pdf.paper = exporting::Paper::A4;
        pdf.landscape = true;
        pdf.frame.dpi = 150;
        pdf.frame.size = exporting::paperPixels(pdf.paper, true, 150);
        pdf.author = QStringLiteral("Analyst Name");
        render::MapRenderer renderer(test::atlasData().projections);
        const exporting::ExportResult result = exporting::exportMap(renderer, pdf);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QByteArray bytes = test::readAll(pdf.file);
        QVERIFY(bytes.startsWith("%PDF-"));

        const QRegularExpression mediaBox(
            QStringLiteral(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])"));
        const QRegularExpressionMatch box = mediaBox.match(QString::fromLatin1(bytes));
        QVERIFY(box.hasMatch());
        QVERIFY(std::abs(box.captured(1).toDouble() - 841.89) < 1.0); // A4 landscape, points
        QVERIFY(std::abs(box.captured(2).toDouble() - 595.28) < 1.0);

        // Vector: any embedded image is small (a hatch tile), never the page.
        const QRegularExpression image(QStringLiteral(R"(/Subtype\s*/Image[^>]*?/Width\s+(\d+))"));
        for (auto it = image.globalMatch(QString::fromLatin1(bytes)); it.hasNext();)
            QVERIFY(it.next().captured(1).toInt() < 100);
        QVERIFY(bytes.contains("/Author (Analyst Name)"));
        QVERIFY(bytes.contains("/Title (Ottawa Convention: status on 1 July 2025)"));

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(pdftotext, {pdf.file, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Ottawa Convention: status on 1 July 2025")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Borders: Natural Earth")));
        QVERIFY(text.contains(QStringLiteral("Suwałki gap")));
    }

    void groupStatesWrapsMarkedRuns()
    {
        const QByteArray svg = "<g a>\n<text x=\"0\">flank-group-begin:UKR</text>\n</g>"
                               "<g b><path/></g>"
                               "<g c><text>flank-group-end:UKR</text></g>"
                               "<g d><text>flank-group-begin:UKR</text></g><g e><path/></g>"
                               "<g f><text>flank-group-end:UKR</text></g>";
        const QByteArray grouped =
            R"(<g id="UKR" class="state" data-iso3="UKR"><g b><path/></g></g>)"
            R"(<g id="UKR-2" class="state" data-iso3="UKR"><g e><path/></g></g>)";
        QCOMPARE(exporting::groupStates(svg), grouped);
    }
};

QTEST_MAIN(TestExportFormats)
#include "tst_export_formats.moc"
