#include "render_check.h"

#include "export/map_exporter.h"
#include "geo/flank_extent.h"
#include "render/atlas_data.h"
#include "render/decoration_painter.h"
#include "render/device_path_cache.h"
#include "render/frame_builder.h"
#include "render/inset_map_painter.h"
#include "render/label_painter.h"
#include "render/legend_clearance.h"
#include "render/legend_layout.h"
#include "render/map_renderer.h"
#include "render/name_shapes.h"
#include "render/view_transform.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace flank;

class MapRendererTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_data = render::AtlasData::load();
        QVERIFY(m_data.countries->isUsable());
        QVERIFY(!m_data.dataset.isEmpty());
    }

    // The default scene, small: a stable picture of fills, patterns, labels and legend.
    void flankMatchesReference()
    {
        render::MapRenderer renderer(m_data.projections);
        const QImage image = exporting::renderImage(renderer, smallFrame());
        const auto check = test::compareToReference(image, QStringLiteral("flank_2025-07-01"));
        QVERIFY2(check.passed, qPrintable(check.message));
    }

    // The exporter writes what the renderer paints: the PNG matches the same reference.
    void exportedPngMatchesReference()
    {
        QTemporaryDir directory;
        render::MapRenderer renderer(m_data.projections);
        exporting::ExportRequest request;
        request.file = directory.filePath(QStringLiteral("map.png"));
        request.frame = smallFrame();
        const auto result = exporting::exportMap(renderer, request);
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto check =
            test::compareToReference(QImage(request.file), QStringLiteral("flank_2025-07-01"));
        QVERIFY2(check.passed, qPrintable(check.message));
    }

    // A renderer keeps its legend as a picture between frames: every legend that differs, by
    // the day's statuses and programmes, its layers or its theme, is drawn anew, as a renderer
    // that has kept nothing draws it.
    void keptLegendsFollowWhatTheyShow()
    {
        render::MapRenderer window(m_data.projections);
        const QList<QDate> days{QDate(2023, 1, 1), QDate(2025, 7, 1), QDate(2026, 6, 1)};
        for (const core::Theme theme : {core::Theme::Light, core::Theme::Dark})
            for (const bool layers : {true, false})
                for (const QDate& day : days) {
                    render::MapFrame frame = smallFrame();
                    frame.state.date = day;
                    frame.state.theme = theme;
                    if (!layers)
                        frame.state.layers = core::MapLayers::none();
                    frame = render::buildFrame(frame.state, m_data.dataset, *m_data.projections,
                                               frame.size);
                    render::MapRenderer fresh(m_data.projections);
                    const QImage kept = exporting::renderImage(window, frame);
                    const QImage expected = exporting::renderImage(fresh, frame);
                    QCOMPARE(test::pixelsDiffering(kept, expected, 0), 0);
                }
    }

    // Statuses color the states: Poland (withdrawal under way) and Russia (never a party) differ
    // from Germany (party) at their interior points.
    void statusesColorStates()
    {
        render::MapRenderer renderer(m_data.projections);
        render::MapFrame frame = smallFrame();
        frame.state.decorations = core::Decorations::none(); // no label over the sample points
        const QImage image = exporting::renderImage(renderer, frame);
        const render::ViewTransform view(frame.state.extent, frame.size);
        const auto pixelAt = [&](double lon, double lat) {
            const auto projector = m_data.projections->projectorFor(frame.state.crs);
            const QPointF device = view.mapToDevice().map(*projector->forward(QPointF(lon, lat)));
            return image.pixelColor(device.toPoint());
        };
        const QColor germany = pixelAt(10.0, 51.0);
        const QColor russia = pixelAt(40.0, 58.0);
        QCOMPARE(germany, QColor(0x00, 0x72, 0xB2));
        QCOMPARE(russia, QColor(0x9A, 0x9A, 0x9A));
    }

    void hitTestFindsStates()
    {
        render::MapRenderer renderer(m_data.projections);
        render::MapFrame frame = smallFrame();
        const render::ViewTransform view(frame.state.extent, frame.size);
        const auto projector = m_data.projections->projectorFor(frame.state.crs);
        const QPointF warsaw = view.mapToDevice().map(*projector->forward(QPointF(21.0, 52.2)));
        QCOMPARE(renderer.countryAt(frame, warsaw), QStringLiteral("POL"));
        const QPointF northSea = view.mapToDevice().map(*projector->forward(QPointF(3.0, 56.0)));
        QCOMPARE(renderer.countryAt(frame, northSea), QString());
    }

    // The frame says where it looks: the flank when the state names no extent, a level of
    // detail for its size, and the projected countries paint() and the hit test use.
    void frameResolvesItsView()
    {
        core::MapState state;
        state.date = QDate(2025, 7, 1);
        render::MapFrame frame =
            render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(480, 360));
        const auto projector = m_data.projections->projectorFor(state.crs);
        QCOMPARE(frame.view.extent, geo::flankExtent(*projector));
        QVERIFY(frame.view.scale != geo::Scale::Fine10m);
        QCOMPARE(frame.view.layer, m_data.projections->layer(state.crs, frame.view.scale));
        QCOMPARE(frame.view.projector, projector);

        // Closer in, the frame resolved again takes the finest data, and the hit test follows.
        const QPointF warsaw = *projector->forward(QPointF(21.0, 52.2));
        frame.state.extent = QRectF(warsaw - QPointF(50e3, 50e3), QSizeF(100e3, 100e3));
        render::resolveView(frame, *m_data.projections);
        QCOMPARE(frame.view.scale, geo::Scale::Fine10m);
        QCOMPARE(frame.view.layer, m_data.projections->layer(state.crs, geo::Scale::Fine10m));
        const render::MapRenderer renderer(m_data.projections);
        QCOMPARE(renderer.countryAt(frame, QPointF(240, 180)), QStringLiteral("POL"));
    }

    // On a picture wider than the flank needs, the default view moves east of the legend as
    // far as there is room: nothing of the flank's west is left under it, or the flank's east
    // edge meets the picture's. Without the legend, or without room, the view stays.
    void defaultViewClearsTheLegend_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<bool>("legend");
        QTest::addColumn<bool>("moves");
        QTest::newRow("laptop window") << QSizeF(980, 600) << true << true;
        QTest::newRow("room for part of the move") << QSizeF(700, 600) << true << true;
        QTest::newRow("legend clear already") << QSizeF(1400, 500) << true << false;
        QTest::newRow("no legend") << QSizeF(980, 600) << false << false;
        QTest::newRow("portrait, no room") << QSizeF(500, 900) << true << false;
    }

    void defaultViewClearsTheLegend()
    {
        QFETCH(QSizeF, size);
        QFETCH(bool, legend);
        QFETCH(bool, moves);
        core::MapState state;
        state.date = QDate(2026, 3, 1);
        state.decorations.legend = legend;
        render::MapFrame frame =
            render::buildFrame(state, m_data.dataset, *m_data.projections, size);
        const QRectF flank = frame.view.extent;
        const QRectF cleared = render::extentClearOfLegend(frame);
        QCOMPARE(cleared.size(), flank.size());
        QCOMPARE(cleared.y(), flank.y());
        QCOMPARE(cleared.x() < flank.x(), moves);
        if (!moves) {
            QCOMPARE(cleared, flank);
            return;
        }
        frame.state.extent = cleared;
        render::resolveView(frame, *m_data.projections);
        QCOMPARE(frame.view.transform.pixelsPerMapUnit(),
                 render::ViewTransform(flank, size).pixelsPerMapUnit());
        const QRectF shown = frame.view.transform.mapToDevice().mapRect(flank);
        const QRectF box =
            render::LegendLayout::compute(frame, render::MapStyle::forTheme(frame.state.theme)).box;
        QVERIFY(!box.isEmpty());
        const bool clear = shown.left() >= box.right() + box.left() - 0.5;
        const bool noMoreRoom = std::abs(shown.right() - size.width()) < 0.5;
        QVERIFY2(clear || noMoreRoom, qPrintable(QStringLiteral("flank from %1 to %2, legend to %3")
                                                     .arg(shown.left())
                                                     .arg(shown.right())
                                                     .arg(box.right())));
        QVERIFY(shown.right() <= size.width() + 0.5);
    }

    // Over a narrow map, a pane of a comparison, the legend keeps to the statuses and lines and
    // leaves the troops' colors to the tooltips, so it covers less than a third of the map; a
    // window's map keeps them.
    void legendMakesRoomOnNarrowMaps()
    {
        const auto legendOf = [&](QSizeF size) {
            core::MapState state;
            state.date = QDate(2026, 3, 1);
            const render::MapFrame frame =
                render::buildFrame(state, m_data.dataset, *m_data.projections, size);
            return render::LegendLayout::compute(frame,
                                                 render::MapStyle::forTheme(frame.state.theme));
        };
        const auto has = [](const render::LegendLayout& legend, render::LegendItemKind kind) {
            return std::any_of(legend.items.begin(), legend.items.end(),
                               [&](const render::LegendItem& item) { return item.kind == kind; });
        };
        const render::LegendLayout window = legendOf(QSizeF(980, 600));
        QVERIFY(has(window, render::LegendItemKind::Troops));
        const QSizeF pane(485, 570);
        const render::LegendLayout narrow = legendOf(pane);
        QVERIFY(!has(narrow, render::LegendItemKind::Troops));
        QVERIFY(has(narrow, render::LegendItemKind::Frontier));
        QVERIFY(has(narrow, render::LegendItemKind::Status));
        QVERIFY(narrow.box.width() * narrow.box.height() <= pane.width() * pane.height() / 3);
    }

    // Too many programmes to name: one line stands for them. The window's map asks the reader
    // to point at a band; a picture that cannot be pointed at (a file, a slide) does not.
    void programmeSummaryAsksToPointOnlyWherePointing()
    {
        core::MapState state;
        state.date = QDate(2026, 3, 1);
        render::MapFrame frame =
            render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(1024, 600));
        const auto summary = [&](bool answersPointer) {
            frame.answersPointer = answersPointer;
            const render::LegendLayout legend =
                render::LegendLayout::compute(frame, render::MapStyle::forTheme(frame.state.theme));
            QStringList lines;
            for (const render::LegendItem& item : legend.items)
                if (item.kind == render::LegendItemKind::Programme)
                    lines << item.text;
            return lines;
        };
        const QStringList static_ = summary(false);
        QCOMPARE(static_.size(), 1); // summarised, not named one by one
        const QString count = QString::number(frame.fortifications.size());
        QVERIFY2(static_.first().startsWith(count), qPrintable(static_.first()));
        QVERIFY2(!static_.first().contains(QStringLiteral("point")), qPrintable(static_.first()));
        const QStringList window = summary(true);
        QCOMPARE(window.size(), 1);
        QVERIFY2(window.first().contains(QStringLiteral("point at a band")),
                 qPrintable(window.first()));
    }

    // A page stood upright has height for every programme's name, but the list would cover
    // over a fifth of it: one line stands for them there too. A wide 1080p picture names each.
    void programmeListGivesWayOnAnUprightPage()
    {
        core::MapState state;
        state.date = QDate(2026, 3, 1);
        const auto programmeLines = [&](QSizeF size) {
            const render::MapFrame frame =
                render::buildFrame(state, m_data.dataset, *m_data.projections, size);
            const render::LegendLayout legend =
                render::LegendLayout::compute(frame, render::MapStyle::forTheme(frame.state.theme));
            return std::count_if(legend.items.begin(), legend.items.end(), [](const auto& item) {
                return item.kind == render::LegendItemKind::Programme;
            });
        };
        QCOMPARE(programmeLines(QSizeF(661, 935)), 1); // A4 upright at 80 dpi
        QVERIFY(programmeLines(QSizeF(1920, 1080)) > 5);
    }

    // Drawn in bands by several threads, the map is the picture one thread draws: fills,
    // hatching, the second treaty's band, borders, hover and selection, border lines and
    // programme bands across band edges.
    void threadsDrawTheSamePicture()
    {
        core::MapState state = smallFrame().state;
        state.detail = core::DetailLevel::Medium50m;
        state.treaty = core::TreatyChoice::Both;
        state.selection = QStringLiteral("UKR");
        state.date = QDate(2026, 6, 1);   // every posture layer has lines and discs by then
        state.layers = core::MapLayers(); // all three layers
        render::MapFrame frame =
            render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(800, 600));
        frame.hover = QStringLiteral("POL");
        render::MapRenderer alone(m_data.projections);
        alone.setMaxThreads(1);
        render::MapRenderer shared(m_data.projections);
        shared.setMaxThreads(4);
        const QImage expected = exporting::renderImage(alone, frame);
        for (int i = 0; i < 3; ++i) { // the band edges move between frames
            const QImage actual = exporting::renderImage(shared, frame);
            // A band edge may move an antialiased edge's coverage by a few steps of 255.
            QCOMPARE(test::pixelsDiffering(actual, expected, 8), 0);
        }
    }

    // Names keep off every decoration in the right-hand column: the date stamp and, below it,
    // the locator inset, where "Russia" used to be half hidden on a Baltic export.
    void namesKeepOffTheInset()
    {
        core::MapState state = smallFrame().state;
        state.decorations.inset = true;
        state.decorations.dateStamp = true;
        const render::MapFrame frame =
            render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(1920, 1080));
        const render::MapStyle style = render::MapStyle::forTheme(state.theme);
        const QList<QRectF> reserved =
            render::DecorationPainter(frame, style, *m_data.projections).reservedAreas();
        const QSizeF inset = render::InsetMapPainter(frame, style, *m_data.projections).size();
        const auto insetBox = std::find_if(reserved.begin(), reserved.end(), [&](const QRectF& r) {
            return qFuzzyCompare(r.width(), inset.width()) &&
                   qFuzzyCompare(r.height(), inset.height());
        });
        QVERIFY(insetBox != reserved.end());
        QCOMPARE(insetBox->right(), frame.size.width() - frame.points(10));
        // Below the stamp, not over it.
        for (const QRectF& other : reserved)
            if (&other != &*insetBox && other.right() > frame.size.width() / 2 &&
                other.height() < frame.size.height() / 4)
                QVERIFY(!other.intersects(*insetBox));

        state.decorations.inset = false;
        const render::MapFrame bare =
            render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(1920, 1080));
        QCOMPARE(render::DecorationPainter(bare, style, *m_data.projections).reservedAreas().size(),
                 reserved.size() - 1);
    }

    // Names keep off the scale bar and the north arrow too: every pixel they ink lies in a
    // reserved area, and a pan, which changes the bar's length, does not move those areas.
    void namesKeepOffTheScaleBarAndNorthArrow()
    {
        core::MapState state = smallFrame().state;
        state.decorations = core::Decorations::none();
        state.decorations.scaleBar = true;
        state.decorations.northArrow = true;
        render::MapFrame frame =
            render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(1024, 768));
        const render::MapStyle style = render::MapStyle::forTheme(state.theme);
        const QList<QRectF> reserved =
            render::DecorationPainter(frame, style, *m_data.projections).reservedAreas();
        QCOMPARE(reserved.size(), 2);
        QImage ink(frame.size.toSize(), QImage::Format_ARGB32_Premultiplied);
        ink.fill(Qt::transparent);
        {
            QPainter painter(&ink);
            render::DecorationPainter(frame, style, *m_data.projections).paint(painter);
        }
        int inked = 0, outside = 0;
        for (int y = 0; y < ink.height(); ++y)
            for (int x = 0; x < ink.width(); ++x) {
                if (qAlpha(ink.pixel(x, y)) == 0)
                    continue;
                ++inked;
                const QRectF pixel(x, y, 1, 1);
                outside += std::none_of(reserved.begin(), reserved.end(), [&](const QRectF& r) {
                    return r.adjusted(-1, -1, 1, 1).contains(pixel);
                });
            }
        QVERIFY(inked > 500);
        QCOMPARE(outside, 0);

        frame.state.extent.translate(frame.view.extent.width() / 5, frame.view.extent.height() / 5);
        render::resolveView(frame, *m_data.projections);
        QCOMPARE(render::DecorationPainter(frame, style, *m_data.projections).reservedAreas(),
                 reserved);
    }

    // On a map of the whole flank a small state the map colors by status, Estonia, gets its
    // name at full strength, where a small state outside the focus still fades in.
    void focusNamesDoNotFade()
    {
        core::MapState state;
        state.date = QDate(2026, 1, 15);
        state.detail = core::DetailLevel::Medium50m;
        const render::MapFrame frame =
            render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(827, 1169), 100);
        const render::MapStyle style = render::MapStyle::forTheme(state.theme);
        render::DevicePathCache paths;
        paths.prepare(frame.view.layer.get(), frame.view.transform.pixelsPerMapUnit(),
                      frame.view.transform.visibleExtent(), {});
        render::NameShapes shapes;
        const QList<render::PlacedLabel> labels =
            render::LabelPainter(frame, style).layout(paths, shapes);
        const auto opacityOf = [&](const QString& name) {
            for (const render::PlacedLabel& label : labels)
                if (label.text == name)
                    return label.opacity;
            return -1.0;
        };
        QCOMPARE(opacityOf(QStringLiteral("Estonia")), 1.0);
        QCOMPARE(opacityOf(QStringLiteral("Moldova")), 1.0);
        const double denmark = opacityOf(QStringLiteral("Denmark"));
        QVERIFY2(denmark > 0 && denmark < 1, qPrintable(QString::number(denmark)));
    }

private:
    render::MapFrame smallFrame() const
    {
        core::MapState state;
        state.date = QDate(2025, 7, 1);
        state.detail = core::DetailLevel::Coarse110m;
        state.extent = geo::flankExtent(*m_data.projections->projectorFor(state.crs));
        return render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(480, 360));
    }

    render::AtlasData m_data;
};

QTEST_MAIN(MapRendererTest)
#include "tst_map_renderer.moc"
