#include "render_check.h"

#include "render/atlas_data.h"
#include "render/frame_builder.h"
#include "render/legend_layout.h"
#include "render/map_renderer.h"

#include <QPainter>
#include <QTest>

Q_DECLARE_METATYPE(flank::core::Theme)

using namespace flank;

// The viewer's looks, drawn by the one renderer: each theme, both conventions at once, and
// the legend, compared with reference images.
class MapReferenceTest : public QObject
{
    Q_OBJECT

    render::AtlasData m_data;

    render::MapFrame frame(core::Theme theme, core::TreatyChoice treaty) const
    {
        core::MapState state;
        state.date = QDate(2026, 1, 15);
        state.theme = theme;
        state.selection = QStringLiteral("LTU");
        state.treaty = treaty;
        return render::buildFrame(state, m_data.dataset, *m_data.projections, QSizeF(480, 360));
    }

    QImage paint(const render::MapFrame& frame, double pixelRatio = 1.0)
    {
        QImage image(frame.size.toSize() * pixelRatio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(pixelRatio);
        render::MapRenderer renderer(m_data.projections);
        QPainter painter(&image);
        renderer.paint(painter, frame);
        painter.end();
        return image;
    }

private slots:
    void initTestCase()
    {
        m_data = render::AtlasData::load();
        QVERIFY(m_data.countries->isUsable());
        QVERIFY(!m_data.dataset.isEmpty());
    }

    void themes_data()
    {
        QTest::addColumn<core::Theme>("theme");
        QTest::newRow("theme_light") << core::Theme::Light;
        QTest::newRow("theme_dark") << core::Theme::Dark;
        QTest::newRow("theme_projector") << core::Theme::Projector;
    }

    void themes()
    {
        QFETCH(core::Theme, theme);
        const test::RenderCheck check =
            test::compareToReference(paint(frame(theme, core::TreatyChoice::Ottawa)),
                                     QStringLiteral("ui_") + QTest::currentDataTag());
        QVERIFY2(check.passed, qPrintable(check.message));
    }

    void bothTreaties()
    {
        const test::RenderCheck check = test::compareToReference(
            paint(frame(core::Theme::Light, core::TreatyChoice::Both)), "ui_both_treaties");
        QVERIFY2(check.passed, qPrintable(check.message));
    }

    // A 200 % screen: names, the date stamp and the legend come from sprites made at the
    // screen's pixel ratio, as sharp as the outlines beside them (once drawn, they are cached:
    // the second frame must match the first).
    void pixelRatioTwo()
    {
        const render::MapFrame light = frame(core::Theme::Light, core::TreatyChoice::Ottawa);
        QImage image(light.size.toSize() * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        render::MapRenderer renderer(m_data.projections);
        for (int pass = 0; pass < 2; ++pass) {
            QPainter painter(&image);
            renderer.paint(painter, light);
        }
        QCOMPARE(image.size(), QSize(960, 720));
        const test::RenderCheck check = test::compareToReference(image, "ui_hidpi_light");
        QVERIFY2(check.passed, qPrintable(check.message));
    }

    void legend()
    {
        const render::MapFrame both = frame(core::Theme::Light, core::TreatyChoice::Both);
        const render::LegendLayout layout =
            render::LegendLayout::compute(both, render::MapStyle::forTheme(core::Theme::Light));
        // Every status on the map has a line, the overlay has its own heading, no-data is listed.
        QVERIFY(std::any_of(layout.items.begin(), layout.items.end(), [](const auto& item) {
            return item.kind == render::LegendItemKind::NoData;
        }));
        QVERIFY(std::any_of(layout.items.begin(), layout.items.end(), [](const auto& item) {
            return item.kind == render::LegendItemKind::OverlayStatus;
        }));
        const QImage legend = paint(both).copy(layout.box.toAlignedRect().adjusted(-2, -2, 2, 2));
        const test::RenderCheck check = test::compareToReference(legend, "ui_legend_both");
        QVERIFY2(check.passed, qPrintable(check.message));
    }
};

QTEST_MAIN(MapReferenceTest)
#include "tst_map_reference.moc"
