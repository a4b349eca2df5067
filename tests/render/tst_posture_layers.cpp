// The border-posture layers: drawn only when on, found by the hit test where they are drawn,
// following the date, and matching a reference picture.
#include "render_check.h"

#include "export/map_exporter.h"
#include "geo/flank_extent.h"
#include "render/atlas_data.h"
#include "render/frame_builder.h"
#include "render/frontier_line_cache.h"
#include "render/map_renderer.h"
#include "render/marker_places.h"
#include "render/posture_labels.h"
#include "render/posture_style.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QtTest>

using namespace flank;

namespace {

// Poland and the Baltic states in EPSG:4326 (lon, lat).
const QRectF kBalticExtent(QPointF(13.5, 49.0), QPointF(29.5, 60.0));

int pixelsOfColor(const QImage& image, const QColor& color, int tolerance = 6)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) <= tolerance &&
                std::abs(c.green() - color.green()) <= tolerance &&
                std::abs(c.blue() - color.blue()) <= tolerance)
                ++count;
        }
    return count;
}

} // namespace

class PostureLayersTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_data = render::AtlasData::load();
        QVERIFY(m_data.frontiers);
        QVERIFY(!m_data.dataset.fortifications().isEmpty());
    }

    // Each layer adds its own ink, and only when it is on.
    void layersToggle()
    {
        const QColor frontier = render::MapStyle::forTheme(core::Theme::Light).frontier;
        const auto image = [&](const core::MapLayers& layers) {
            core::MapState state = balticState(QDate(2026, 6, 1));
            state.layers = layers;
            return picture(state);
        };
        const QImage none = image(core::MapLayers::none());
        core::MapLayers only = core::MapLayers::none();
        only.frontier = true;
        const QImage lines = image(only);
        QCOMPARE(pixelsOfColor(none, frontier), 0);
        QVERIFY(pixelsOfColor(lines, frontier) > 200);

        only = core::MapLayers::none();
        only.troops = true;
        const QImage markers = image(only);
        int changed = 0;
        for (int y = 0; y < none.height(); ++y)
            for (int x = 0; x < none.width(); ++x)
                changed += none.pixel(x, y) != markers.pixel(x, y);
        QVERIFY2(changed > 300, qPrintable(QString::number(changed)));
        QCOMPARE(pixelsOfColor(markers, frontier), 0);

        only = core::MapLayers::none();
        only.fortification = true;
        const QImage bands = image(only);
        int bandInk = 0;
        for (int index = 0; index < 8; ++index)
            bandInk += pixelsOfColor(bands, render::programmeColor(index), 10);
        QVERIFY2(bandInk > 300, qPrintable(QString::number(bandInk)));
        QCOMPARE(pixelsOfColor(bands, frontier), 0);
    }

    // Click targets: a garrison's disc, a programme's band, a bare frontier line.
    void hitTestFindsWhatIsDrawn()
    {
        render::MapRenderer renderer(m_data.projections);
        const render::MapFrame frame = buildFrame(balticState(QDate(2026, 6, 1)));
        QVERIFY(!frame.troopMarkers.isEmpty());

        const posture::TroopNote* latvia = nullptr;
        for (const posture::TroopNote& note : frame.troopMarkers)
            if (note.id == QLatin1String("efp-latvia"))
                latvia = &note;
        QVERIFY(latvia && latvia->location);
        const QPointF disc = deviceOf(frame, {latvia->location->lon, latvia->location->lat});
        const auto onDisc = renderer.postureItemAt(frame, disc);
        QVERIFY(onDisc);
        QCOMPARE(onDisc->kind, render::PostureItem::Kind::Troops);
        QCOMPARE(onDisc->id, QStringLiteral("efp-latvia"));

        // The middle of the Poland–Belarus line lies under East Shield's band.
        const QPointF border = frontierMiddle(frame, "POL", "BLR");
        const auto onBand = renderer.postureItemAt(frame, border);
        QVERIFY(onBand);
        QCOMPARE(onBand->kind, render::PostureItem::Kind::Fortification);
        QVERIFY(m_data.dataset.findFortification(onBand->id));
        QVERIFY(m_data.dataset.findFortification(onBand->id)->frontier("POL", "BLR"));

        // Without programmes the same point is the frontier itself.
        render::MapFrame bare = frame;
        bare.state.layers.fortification = false;
        const auto onLine = renderer.postureItemAt(bare, border);
        QVERIFY(onLine);
        QCOMPARE(onLine->kind, render::PostureItem::Kind::Frontier);
        QCOMPARE(onLine->id, QStringLiteral("POL-BLR"));

        // Open sea has nothing; with every layer off, nothing anywhere.
        QVERIFY(!renderer.postureItemAt(frame, deviceOf(frame, {18.0, 57.0})));
        render::MapFrame off = frame;
        off.state.layers = core::MapLayers::none();
        QVERIFY(!renderer.postureItemAt(off, disc));
        QVERIFY(!renderer.postureItemAt(off, border));
    }

    // The map shows what existed on the day: East Shield from 2024, the forward land forces
    // in Finland only once they are there.
    void followsTheDate()
    {
        const auto programmeIds = [&](QDate day) {
            QStringList ids;
            for (const auto& programme : buildFrame(balticState(day)).fortifications)
                ids << programme.id;
            return ids;
        };
        QVERIFY(!programmeIds(QDate(2023, 12, 31)).contains("pol-east-shield"));
        QVERIFY(programmeIds(QDate(2024, 6, 1)).contains("pol-east-shield"));

        const posture::TroopNote* finland = nullptr;
        for (const posture::TroopNote& note : m_data.dataset.records().troopNotes)
            if (note.state == QLatin1String("FIN") && note.location &&
                note.kind == posture::TroopNoteKind::AlliedPresence)
                finland = &note;
        QVERIFY(finland);
        const QDate arrives = finland->startsOn();
        QVERIFY(arrives.isValid());
        const auto markerIds = [&](QDate day) {
            QStringList ids;
            for (const auto& note : buildFrame(balticState(day)).troopMarkers)
                ids << note.id;
            return ids;
        };
        QVERIFY(!markerIds(arrives.addDays(-1)).contains(finland->id));
        QVERIFY(markerIds(arrives).contains(finland->id));
    }

    // Marker names never overlap each other, a country name or a disc, stay in the picture, and
    // a nation with two units close together is named once.
    void markerNamesStayClear()
    {
        const render::MapFrame frame = buildFrame(balticState(QDate(2026, 6, 1)));
        const render::PostureScene scene = render::buildPostureScene(frame);
        QVERIFY(scene.markers.size() >= 5);
        const render::MapStyle style = render::MapStyle::forTheme(frame.state.theme);
        render::NameShapes shapes;
        const QList<render::PlacedLabel> countries = {
            {"Lithuania", QPointF(380, 230), QFont(), 1.0, QStaticText("Lithuania"), 10}};
        const QList<render::PlacedLabel> names =
            render::placeMarkerLabels(scene, frame, style, shapes, countries, {});
        QVERIFY(names.size() >= 3);
        const auto box = [](const render::PlacedLabel& label) {
            return QRectF(label.baseline - QPointF(0, label.ascent), label.shaped.size());
        };
        const QRectF picture(QPointF(0, 0), frame.size);
        for (qsizetype i = 0; i < names.size(); ++i) {
            QVERIFY2(picture.contains(box(names[i])), qPrintable(names[i].text));
            QVERIFY(!box(names[i]).intersects(box(countries.first())));
            for (qsizetype j = i + 1; j < names.size(); ++j)
                QVERIFY2(!box(names[i]).intersects(box(names[j])),
                         qPrintable(names[i].text + " / " + names[j].text));
            for (const render::PostureScene::Marker& marker : scene.markers) {
                const QRectF disc = marker.disc();
                QVERIFY2(!box(names[i]).intersects(disc), qPrintable(names[i].text));
            }
            // Asides in the record ("Spain (Czech Republic 2022-2024)") stay out of the map.
            QVERIFY2(!names[i].text.contains('('), qPrintable(names[i].text));
        }
        // Two German units in Lithuania (Rukla, Vilnius): one name.
        QCOMPARE(std::count_if(names.begin(), names.end(),
                               [](const auto& label) { return label.text == "Germany"; }),
                 1);
    }

    // Places projected once and lines thinned from their ranks give the scene a frame built
    // afresh gives, zoom after zoom and in another projection.
    void keptPlacesAndLinesMatchFreshOnes()
    {
        render::FrontierLineCache lines;
        render::MarkerPlaces places;
        for (const QString& crs : {QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3035")})
            for (double zoom : {1.0, 1.3, 0.8}) {
                core::MapState state = balticState(QDate(2026, 6, 1));
                if (crs != state.crs) {
                    state.crs = crs;
                    state.extent = geo::flankExtent(*m_data.projections->projectorFor(crs));
                }
                render::MapFrame frame = buildFrame(state);
                const QPointF centre = frame.state.extent.center();
                frame.state.extent.setSize(frame.state.extent.size() * zoom);
                frame.state.extent.moveCenter(centre);
                render::resolveView(frame, *m_data.projections);
                const render::PostureScene kept = render::buildPostureScene(frame, &lines, &places);
                const render::PostureScene fresh = render::buildPostureScene(frame);
                QVERIFY(!fresh.markers.isEmpty());
                QCOMPARE(kept.markers.size(), fresh.markers.size());
                for (qsizetype i = 0; i < fresh.markers.size(); ++i)
                    QCOMPARE(kept.markers[i].at, fresh.markers[i].at);
                QVERIFY(!fresh.frontiers.isEmpty());
                QCOMPARE(kept.frontiers.size(), fresh.frontiers.size());
                for (qsizetype i = 0; i < fresh.frontiers.size(); ++i)
                    QCOMPARE(kept.frontiers[i].lines, fresh.frontiers[i].lines);
            }
    }

    // SVG keeps each layer in a group of its own, apart from the states' groups.
    void svgGroupsEachLayer()
    {
        render::MapRenderer renderer(m_data.projections);
        exporting::ExportRequest request;
        request.format = exporting::ExportFormat::Svg;
        request.frame = buildFrame(balticState(QDate(2026, 6, 1)));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(exporting::exportToDevice(renderer, request, buffer).ok);
        const QByteArray svg = buffer.data();
        for (const char* layer : {"layer-frontier", "layer-fortification", "layer-troops"}) {
            const QByteArray group = QByteArray("<g id=\"") + layer + "\" class=\"layer\">";
            QVERIFY2(svg.contains(group), layer);
        }
        QVERIFY(!svg.contains("data-iso3=\"layer-"));
    }

    void balticMatchesReference()
    {
        const QImage image = picture(balticState(QDate(2026, 6, 1)), QSize(640, 520));
        const auto check = test::compareToReference(image, QStringLiteral("posture_baltic"));
        QVERIFY2(check.passed, qPrintable(check.message));
    }

private:
    core::MapState balticState(QDate day) const
    {
        core::MapState state;
        state.date = day;
        state.crs = QStringLiteral("EPSG:4326");
        state.extent = kBalticExtent;
        state.detail = core::DetailLevel::Medium50m;
        return state;
    }

    render::MapFrame buildFrame(const core::MapState& state, QSize size = QSize(800, 600)) const
    {
        return render::buildFrame(state, m_data.dataset, *m_data.projections, size);
    }

    QImage picture(const core::MapState& state, QSize size = QSize(800, 600)) const
    {
        render::MapRenderer renderer(m_data.projections);
        return exporting::renderImage(renderer, buildFrame(state, size));
    }

    static QPointF deviceOf(const render::MapFrame& frame, QPointF lonLat)
    {
        const auto projected = frame.view.projector->forward(lonLat);
        return frame.view.transform.mapToDevice().map(projected.value_or(QPointF()));
    }

    static QPointF frontierMiddle(const render::MapFrame& frame, const char* a, const char* b)
    {
        const geo::ProjectedFrontier* line =
            frame.view.frontiers->find(QLatin1String(a), QLatin1String(b));
        if (!line || line->pieces.isEmpty())
            return {};
        const QPolygonF& longest = *std::max_element(
            line->pieces.begin(), line->pieces.end(),
            [](const QPolygonF& x, const QPolygonF& y) { return x.size() < y.size(); });
        return frame.view.transform.mapToDevice().map(longest[longest.size() / 2]);
    }

    render::AtlasData m_data;
};

QTEST_MAIN(PostureLayersTest)
#include "tst_posture_layers.moc"
