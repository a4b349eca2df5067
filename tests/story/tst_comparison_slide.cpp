#include "present/story_deck.h"
#include "render/atlas_data.h"
#include "render/map_style.h"

#include <QGuiApplication>
#include <QImage>
#include <QTest>

#include <functional>

using namespace flank;

namespace {

const QSizeF kSlide(960, 540);

story::StoryStep oneMap(const QDate& date)
{
    story::StoryStep step;
    step.title = QStringLiteral("One map");
    step.state.date = date;
    step.state.decorations = core::Decorations::none(); // nothing over the sample points
    step.state.layers = core::MapLayers::none();
    return step;
}

} // namespace

class TestComparisonSlide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_data = render::AtlasData::load();
        QVERIFY(m_data.countries->isUsable());
        story::StoryStep compare = oneMap(QDate(2026, 3, 1));
        compare.title = QStringLiteral("Before and after");
        compare.comparison = {core::Comparison::Dates, {QDate(2025, 1, 1), QDate(2026, 3, 1)}, 0};
        m_story.title = QStringLiteral("t");
        m_story.steps << oneMap(QDate(2025, 6, 25)) << compare;
    }

    // Each map of the slide is colored by its own date: Poland is a party on the left and has
    // left the Ottawa Convention on the right; the caption band stays under the maps.
    void slideShowsEachDate()
    {
        present::StoryDeck deck(m_story, QString(), m_data.dataset, m_data.projections);
        QVERIFY(deck.isComparison(1));
        const render::MapSheet sheet = deck.stepSheet(1, kSlide);
        QImage image(kSlide.toSize(), QImage::Format_ARGB32_Premultiplied);
        {
            QPainter painter(&image);
            deck.paintStep(painter, 1, kSlide);
        }
        const core::MapState& state = m_story.steps[1].state;
        const render::MapStyle style = render::MapStyle::forTheme(state.theme);
        const QPointF poland =
            *m_data.projections->projectorFor(state.crs)->forward(QPointF(19.1, 52.1));
        QCOMPARE(sheet.panes.size(), 2);
        QVERIFY(sheet.panes[0].rect.right() < sheet.panes[1].rect.left());
        const posture::Status expected[] = {posture::Status::Party, posture::Status::Withdrawn};
        for (int i = 0; i < 2; ++i) {
            const render::SheetPane& pane = sheet.panes[i];
            QCOMPARE(pane.frame.statuses.value(QStringLiteral("POL")), expected[i]);
            const QPointF at =
                pane.rect.topLeft() + pane.frame.view.transform.mapToDevice().map(poland);
            QVERIFY(pane.rect.contains(at));
            QCOMPARE(image.pixelColor(at.toPoint()), style.statusStyle(expected[i]).fill);
        }
        const double band = present::StorySlidePainter::captionBandHeight(kSlide, state.theme);
        QCOMPARE(sheet.page.size.height(), kSlide.height() - band);
        QVERIFY(sheet.panes[0].rect.bottom() <= sheet.page.size.height());
    }

    // A sheet does not fly: to and from a comparison step the slides cut halfway.
    void transitionToAComparisonCuts()
    {
        present::StoryDeck deck(m_story, QString(), m_data.dataset, m_data.projections);
        QCOMPARE(deck.transitionSeconds(0, 1, kSlide), 0.0);
        QCOMPARE(deck.transitionSeconds(1, 0, kSlide), 0.0);
        const auto painted = [&](const std::function<void(QPainter&)>& paint) {
            QImage image(kSlide.toSize(), QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            paint(painter);
            painter.end();
            return image;
        };
        const QImage before = painted([&](QPainter& p) { deck.paintStep(p, 0, kSlide); });
        const QImage after = painted([&](QPainter& p) { deck.paintStep(p, 1, kSlide); });
        QCOMPARE(painted([&](QPainter& p) { deck.paintTransition(p, 0, 1, 0.25, kSlide); }),
                 before);
        QCOMPARE(painted([&](QPainter& p) { deck.paintTransition(p, 0, 1, 0.75, kSlide); }), after);
        QCOMPARE(painted([&](QPainter& p) { deck.paintTransition(p, 1, 0, 0.75, kSlide); }),
                 before);
        QCOMPARE(deck.transitionState(0, 1, 1.0, kSlide), deck.stateOf(1));
    }

private:
    render::AtlasData m_data;
    story::Story m_story;
};

QTEST_MAIN(TestComparisonSlide)
#include "tst_comparison_slide.moc"
