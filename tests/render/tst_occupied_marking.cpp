// Occupied territory must read apart from every treaty status, in every theme and in
// grayscale, and the legend's swatch must be the map's own marking.
#include "render/atlas_data.h"
#include "render/country_paint_list.h"
#include "render/frame_builder.h"
#include "render/legend_layout.h"
#include "render/map_renderer.h"
#include "render/map_style.h"
#include "render/occupied_marking.h"
#include "render/status_brush.h"

#include "export/map_exporter.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include <cmath>

using namespace flank;

namespace {

constexpr int kSide = 96;

QImage blank()
{
    QImage image(kSide, kSide, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

QPainterPath square()
{
    QPainterPath path;
    path.addRect(0, 0, kSide, kSide);
    return path;
}

QImage statusFill(const render::StatusStyle& status, const render::MapFrame& frame)
{
    QImage image = blank();
    QPainter painter(&image);
    render::fillWithStatus(painter, square(), status, frame);
    return image;
}

QImage occupiedFill(const render::StatusStyle& owner, const render::MapStyle& style,
                    const render::MapFrame& frame)
{
    QImage image = blank();
    QPainter painter(&image);
    render::CountryPaintList list(frame, QTransform());
    render::addOccupiedTerritory(list, {square(), {}}, owner, style, frame);
    list.replay(painter, nullptr, {}, false);
    return image;
}

// Horizontal stripes make the mean gray of the rows swing; solid fills and 45° hatching keep
// every row's mean nearly the same. Measured inside, away from the dashed edge.
double rowMeanSpread(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    constexpr int margin = 12;
    QList<double> means;
    for (int y = margin; y < kSide - margin; ++y) {
        double sum = 0;
        for (int x = margin; x < kSide - margin; ++x)
            sum += gray.constScanLine(y)[x];
        means << sum / (kSide - 2 * margin);
    }
    const auto [low, high] = std::minmax_element(means.begin(), means.end());
    return *high - *low;
}

} // namespace

class OccupiedMarkingTest : public QObject
{
    Q_OBJECT

private slots:
    void readsApartFromEveryStatus_data()
    {
        QTest::addColumn<core::Theme>("theme");
        QTest::newRow("light") << core::Theme::Light;
        QTest::newRow("dark") << core::Theme::Dark;
        QTest::newRow("projector") << core::Theme::Projector;
        QTest::newRow("print") << core::Theme::Print;
    }

    void readsApartFromEveryStatus()
    {
        QFETCH(core::Theme, theme);
        const render::MapStyle style = render::MapStyle::forTheme(theme);
        render::MapFrame frame;
        frame.dpi = 96;
        double flattest = 1e9, busiest = 0;
        for (posture::Status status : posture::allStatuses()) {
            const auto own = style.statusStyle(status);
            busiest = std::max(busiest, rowMeanSpread(statusFill(own, frame)));
            flattest = std::min(flattest, rowMeanSpread(occupiedFill(own, style, frame)));
        }
        // Every occupied fill is far more striped than any status fill, in gray levels. A
        // diagonal hatch swings a little too: the rows measured are not a whole number of its
        // 8 to 16 pixel periods.
        QVERIFY2(busiest < 16, qPrintable(QString::number(busiest)));
        QVERIFY2(flattest > 40, qPrintable(QString::number(flattest)));
    }

    // The owner's status stays readable: occupied land over two different statuses differs.
    void keepsTheOwnersStatusVisible()
    {
        const render::MapStyle style = render::MapStyle::forTheme(core::Theme::Light);
        render::MapFrame frame;
        const QImage overParty =
            occupiedFill(style.statusStyle(posture::Status::Party), style, frame);
        const QImage overSuspension =
            occupiedFill(style.statusStyle(posture::Status::SuspensionDeclared), style, frame);
        const QColor a = overParty.pixelColor(kSide / 2, kSide / 2 + 1);
        const QColor b = overSuspension.pixelColor(kSide / 2, kSide / 2 + 1);
        QVERIFY(a != b);
    }

    // The legend's "occupied" swatch shows Ukraine's status of the day under the marking, drawn
    // by the same function as the map: its inside matches that function's picture exactly.
    void legendSwatchIsTheMapsMarking()
    {
        const render::AtlasData data = render::AtlasData::load();
        core::MapState state;
        state.date = QDate(2026, 1, 1);
        const render::MapFrame frame =
            render::buildFrame(state, data.dataset, *data.projections, QSizeF(900, 700));
        const posture::Status ukraine = frame.statuses.value(QStringLiteral("UKR"));
        QCOMPARE(ukraine, posture::Status::SuspensionDeclared);

        const render::MapStyle style = render::MapStyle::forTheme(state.theme);
        const render::LegendLayout layout = render::LegendLayout::compute(frame, style);
        const auto item = std::find_if(layout.items.begin(), layout.items.end(), [](auto& i) {
            return i.kind == render::LegendItemKind::Occupied;
        });
        QVERIFY(item != layout.items.end());
        QCOMPARE(item->status, ukraine);

        render::MapRenderer renderer(data.projections);
        const QImage map = exporting::renderImage(renderer, frame);
        QImage expected(map.size(), map.format());
        expected.fill(Qt::transparent);
        {
            QPainter painter(&expected);
            QPainterPath swatch;
            swatch.addRect(item->swatch);
            render::CountryPaintList list(frame, QTransform());
            render::addOccupiedTerritory(list, {swatch, {}}, style.statusStyle(ukraine), style,
                                         frame);
            list.replay(painter, nullptr, {}, false);
        }
        const QRect inside = item->swatch.toAlignedRect().adjusted(3, 3, -3, -3);
        QVERIFY(inside.width() > 8 && inside.height() > 4);
        int differing = 0;
        for (int y = inside.top(); y <= inside.bottom(); ++y)
            for (int x = inside.left(); x <= inside.right(); ++x)
                differing += map.pixel(x, y) != expected.pixel(x, y);
        QCOMPARE(differing, 0);
    }
};

QTEST_MAIN(OccupiedMarkingTest)
#include "tst_occupied_marking.moc"
