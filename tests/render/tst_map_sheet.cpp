#include "render_check.h"

#include "export/map_exporter.h"
#include "render/atlas_data.h"
#include "render/legend_layout.h"
#include "render/map_style.h"
#include "render/sheet_builder.h"
#include "render/sheet_painter.h"
#include "render/title_block_painter.h"

#include <QGuiApplication>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace flank;

namespace {

QImage paintedSheet(render::MapRenderer& renderer, const render::MapSheet& sheet)
{
    QImage image(sheet.page.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    render::paintSheet(renderer, painter, sheet);
    painter.end();
    return image;
}

} // namespace

class MapSheetTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_data = render::AtlasData::load();
        QVERIFY(m_data.countries->isUsable());
    }

    // Two dates side by side, every decoration on: one legend, one title, one footer, a stamp
    // on each map.
    void sideBySideMatchesReference()
    {
        render::MapRenderer renderer(m_data.projections);
        const render::MapSheet sheet = build({QDate(2025, 1, 1), QDate(2026, 3, 1)});
        const auto check = test::compareToReference(paintedSheet(renderer, sheet),
                                                    QStringLiteral("sheet_compare"));
        QVERIFY2(check.passed, qPrintable(check.message));
    }

    void gridMatchesReference()
    {
        render::MapRenderer renderer(m_data.projections);
        const render::MapSheet sheet =
            build({QDate(2024, 1, 1), QDate(2025, 1, 1), QDate(2026, 1, 1), QDate(2026, 6, 1)});
        const auto check = test::compareToReference(paintedSheet(renderer, sheet),
                                                    QStringLiteral("sheet_multiples"));
        QVERIFY2(check.passed, qPrintable(check.message));
    }

    // Each map is colored by its own date: Poland is a party on the left and has left the
    // Ottawa Convention on the right.
    void eachMapShowsItsDate()
    {
        core::MapState state = baseState();
        state.decorations = core::Decorations::none(); // nothing over the sample points
        state.layers = core::MapLayers::none();
        const render::MapSheet sheet =
            render::buildSheet(state, choices({QDate(2025, 1, 1), QDate(2026, 3, 1)}), 0,
                               m_data.dataset, *m_data.projections, QSizeF(800, 450));
        render::MapRenderer renderer(m_data.projections);
        const QImage image = paintedSheet(renderer, sheet);
        const render::MapStyle style = render::MapStyle::forTheme(state.theme);
        const auto projector = m_data.projections->projectorFor(state.crs);
        const QPointF poland = *projector->forward(QPointF(19.1, 52.1));
        QCOMPARE(sheet.panes.size(), 2);
        QVERIFY(sheet.panes[0].rect.right() < sheet.panes[1].rect.left());
        for (const render::SheetPane& pane : sheet.panes) {
            const posture::Status status =
                m_data.dataset
                    .statusOn(QStringLiteral("POL"), QStringLiteral("ottawa"),
                              pane.frame.state.date)
                    .status;
            const QPointF at =
                pane.rect.topLeft() + pane.frame.view.transform.mapToDevice().map(poland);
            QVERIFY(pane.rect.contains(at));
            QCOMPARE(image.pixelColor(at.toPoint()), style.statusStyle(status).fill);
        }
        QCOMPARE(sheet.panes[0].frame.statuses.value(QStringLiteral("POL")),
                 posture::Status::Party);
        QCOMPARE(sheet.panes[1].frame.statuses.value(QStringLiteral("POL")),
                 posture::Status::Withdrawn);
    }

    // The maps share one view and one size; nothing of the page covers them: not the legend,
    // the title band nor the footer.
    void layoutKeepsMapsClear_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("columns");
        QTest::newRow("2 on 16:9") << 2 << QSizeF(1920, 1080) << 2;
        QTest::newRow("4 on 16:9") << 4 << QSizeF(1920, 1080) << 2;
        QTest::newRow("9 on 16:9") << 9 << QSizeF(1920, 1080) << 5;
        QTest::newRow("12 on 16:9") << 12 << QSizeF(1920, 1080) << 4;
        QTest::newRow("3 on A4 upright") << 3 << QSizeF(2480, 3508) << 1;
    }

    void layoutKeepsMapsClear()
    {
        QFETCH(int, count);
        QFETCH(QSizeF, size);
        QFETCH(int, columns);
        QList<QDate> dates;
        for (int i = 0; i < count; ++i)
            dates << QDate(2015 + i, 1, 1);
        const render::MapSheet sheet = build(dates, size, size.width() > 2000 ? 300 : 96);
        const render::MapStyle style = render::MapStyle::forTheme(sheet.page.state.theme);
        const render::TitleBlockPainter titleBlock(sheet.page, style);
        const QRectF legend = render::LegendLayout::compute(sheet.page, style).box;
        int firstRow = 0;
        for (const render::SheetPane& pane : sheet.panes) {
            if (pane.rect.top() == sheet.panes.first().rect.top())
                ++firstRow;
            QCOMPARE(pane.rect.size(), sheet.panes.first().rect.size());
            QCOMPARE(pane.frame.size, pane.rect.size());
            QCOMPARE(pane.frame.view.layer, sheet.panes.first().frame.view.layer);
            QVERIFY(QRectF(QPointF(0, 0), size).contains(pane.rect));
            QVERIFY(!pane.rect.intersects(legend));
            QVERIFY(pane.rect.top() > titleBlock.topBand());
            QVERIFY(pane.rect.bottom() < size.height() - titleBlock.bottomBand());
            QVERIFY(!pane.frame.state.decorations.legend);
            QVERIFY(pane.frame.state.decorations.dateStamp);
            for (const render::SheetPane& other : sheet.panes)
                QVERIFY(&other == &pane || !other.rect.intersects(pane.rect));
        }
        QCOMPARE(firstRow, columns);
    }

    // A legend under the maps, as the window shows a comparison: a strip as wide as the maps
    // between them and the footer, and the maps above it, wider than beside a column legend.
    void legendStripStandsUnderTheMaps()
    {
        const QSizeF size(980, 600); // a laptop window's comparison
        const QList<QDate> dates{QDate(2025, 1, 1), QDate(2026, 3, 1)};
        const render::MapSheet beside = render::buildSheet(
            baseState(), choices(dates), 2, m_data.dataset, *m_data.projections, size, 96);
        render::MapSheet sheet = beside;
        sheet.page.legendPlace = render::LegendPlace::Strip;
        render::layOutSheet(sheet, *m_data.projections);
        const render::MapStyle style = render::MapStyle::forTheme(sheet.page.state.theme);
        const render::TitleBlockPainter titleBlock(sheet.page, style);
        const QRectF legend = render::LegendLayout::compute(sheet.page, style).box;
        QVERIFY(!legend.isEmpty());
        QVERIFY(legend.bottom() <= size.height() - titleBlock.bottomBand());
        const render::SheetPane& left = sheet.panes[0];
        const render::SheetPane& right = sheet.panes[1];
        QCOMPARE(left.rect.top(), right.rect.top()); // side by side
        QVERIFY(left.rect.bottom() < legend.top());
        QVERIFY(legend.left() <= left.rect.left() + 1);
        QVERIFY(legend.right() <= right.rect.right() + 1);
        QVERIFY(left.rect.width() > beside.panes[0].rect.width() * 1.3);
        // Painted where it was laid out: the legend's ink fills the strip, not the left column.
        render::MapRenderer renderer(m_data.projections);
        const QImage image = paintedSheet(renderer, sheet);
        const auto inked = [&](const QRectF& area) {
            int count = 0;
            for (int y = int(area.top()); y < int(area.bottom()); ++y)
                for (int x = int(area.left()); x < int(area.right()); ++x)
                    count += qGray(image.pixel(x, y)) < 128;
            return count;
        };
        QVERIFY(inked(legend) > 500);
        QCOMPARE(inked(QRectF(0, left.rect.top(), left.rect.left() - 1, left.rect.height())), 0);
    }

    // The page tells of every map: a status only the second date has is in the legend, and
    // the footer credits the sources of both dates.
    void pageTellsOfEveryMap()
    {
        const render::MapSheet sheet = build({QDate(2024, 1, 1), QDate(2026, 3, 1)});
        QList<posture::Status> shown;
        for (const render::LegendItem& item :
             render::LegendLayout::compute(sheet.page, render::MapStyle::forTheme({})).items)
            if (item.kind == render::LegendItemKind::Status)
                shown << item.status;
        QVERIFY(shown.contains(posture::Status::Party));
        QVERIFY(shown.contains(posture::Status::Withdrawn));
        for (const render::SheetPane& pane : sheet.panes)
            for (const QString& outlet : pane.frame.sourceOutlets)
                QVERIFY2(sheet.page.sourceOutlets.contains(outlet), qPrintable(outlet));
        QVERIFY(sheet.page.state.title.contains(QStringLiteral("1 January 2024")));
        QVERIFY(sheet.page.state.title.contains(QStringLiteral("1 March 2026")));
    }

    // Ottawa left and CCM right on one date, each map naming its treaty in its stamp.
    void treatiesSideBySide()
    {
        core::MapState state = baseState();
        core::ComparisonRequest comparison;
        comparison.kind = core::Comparison::Treaties;
        const render::MapSheet sheet =
            render::buildSheet(state, render::paneChoices(comparison, state), 0, m_data.dataset,
                               *m_data.projections, QSizeF(800, 450));
        QCOMPARE(sheet.panes.size(), 2);
        QCOMPARE(sheet.panes[0].frame.state.treaty, core::TreatyChoice::Ottawa);
        QCOMPARE(sheet.panes[1].frame.state.treaty, core::TreatyChoice::Ccm);
        QCOMPARE(sheet.panes[0].frame.caption, sheet.panes[0].frame.treatyName);
        QVERIFY(sheet.panes[1].frame.caption != sheet.panes[0].frame.caption);
    }

    // Drawn in bands by several threads inside each map's rectangle, and in an export's strips,
    // the sheet is the picture one thread draws at once.
    void threadsAndStripsDrawTheSameSheet()
    {
        const render::MapSheet sheet =
            build({QDate(2025, 1, 1), QDate(2026, 3, 1)}, QSizeF(1000, 700));
        render::MapRenderer alone(m_data.projections);
        alone.setMaxThreads(1);
        const QImage expected = paintedSheet(alone, sheet);
        render::MapRenderer shared(m_data.projections);
        shared.setMaxThreads(4);
        // One map drawn in bands already differs from one thread by a few dozen pixels now and
        // then, where a band edge falls; the maps of a sheet may do no worse.
        QVERIFY(test::pixelsDiffering(paintedSheet(shared, sheet), expected, 8) < 120);

        QTemporaryDir directory;
        exporting::ExportRequest request;
        request.file = directory.filePath(QStringLiteral("sheet.png"));
        request.frame = sheet.page;
        request.sheet = sheet;
        const auto result = exporting::exportMap(shared, request);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QImage written(request.file);
        QCOMPARE(written.size(), expected.size());
        QVERIFY(test::pixelsDiffering(written.convertToFormat(expected.format()), expected, 8) <
                120);
    }

    // SVG keeps no clip: no map's outlines may show beside its rectangle, over the page or
    // its neighbour. Read back, the file is the picture drawn on an image.
    void svgKeepsEachMapInItsRectangle()
    {
        core::MapState state = baseState();
        state.decorations = core::Decorations::none(); // shapes only: text is drawn otherwise
        state.layers = core::MapLayers::none();
        const render::MapSheet sheet =
            render::buildSheet(state, choices({QDate(2025, 1, 1), QDate(2026, 3, 1)}), 0,
                               m_data.dataset, *m_data.projections, QSizeF(1600, 900));
        render::MapRenderer renderer(m_data.projections);
        const QImage expected = paintedSheet(renderer, sheet);
        QTemporaryDir directory;
        exporting::ExportRequest request;
        request.format = exporting::ExportFormat::Svg;
        request.file = directory.filePath(QStringLiteral("sheet.svg"));
        request.frame = sheet.page;
        request.sheet = sheet;
        const auto result = exporting::exportMap(renderer, request);
        QVERIFY2(result.ok, qPrintable(result.error));
        QSvgRenderer svg(request.file);
        QVERIFY(svg.isValid());
        QImage fromSvg(expected.size(), QImage::Format_ARGB32_Premultiplied);
        fromSvg.fill(Qt::transparent);
        QPainter painter(&fromSvg);
        svg.render(&painter);
        painter.end();
        // Hatching is drawn as lines in SVG, so only the page around the maps and the edges of
        // the maps are compared: where a neighbour's outlines would show.
        int around = 0, edges = 0, edgePixels = 0;
        for (int y = 0; y < expected.height(); ++y)
            for (int x = 0; x < expected.width(); ++x) {
                const QPointF point(x + 0.5, y + 0.5);
                const auto in = std::find_if(
                    sheet.panes.cbegin(), sheet.panes.cend(),
                    [&](const render::SheetPane& pane) { return pane.rect.contains(point); });
                const bool differs =
                    test::channelDelta(fromSvg.pixel(x, y), expected.pixel(x, y)) > 40;
                if (in == sheet.panes.cend()) {
                    around += differs;
                } else if (!in->rect.adjusted(10, 10, -10, -10).contains(point)) {
                    ++edgePixels;
                    edges += differs;
                }
            }
        QCOMPARE(around, 0);
        QVERIFY2(edges < edgePixels / 200, qPrintable(QString::number(edges)));
    }

private:
    core::MapState baseState() const
    {
        core::MapState state;
        state.date = QDate(2025, 7, 1);
        state.detail = core::DetailLevel::Coarse110m;
        state.decorations = core::Decorations::all();
        return state;
    }

    static QList<render::PaneChoice> choices(const QList<QDate>& dates)
    {
        QList<render::PaneChoice> result;
        for (const QDate& date : dates)
            result << render::PaneChoice{date, core::TreatyChoice::Ottawa};
        return result;
    }

    render::MapSheet build(const QList<QDate>& dates, QSizeF size = QSizeF(800, 450),
                           double dpi = 96) const
    {
        return render::buildSheet(baseState(), choices(dates), 0, m_data.dataset,
                                  *m_data.projections, size, dpi);
    }

    render::AtlasData m_data;
};

QTEST_MAIN(MapSheetTest)
#include "tst_map_sheet.moc"
