#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "render/frame_builder.h"

#include <QTest>

using namespace flank;

// The window builds a frame on every mouse move; statuses are worked out again only when the
// date, the treaty or the data change.
class TestFrameStatusCache : public QObject
{
    Q_OBJECT

private slots:
    void computesOncePerDateAndTreaty()
    {
        const posture::LoadResult loaded =
            posture::loadDataset(QStringLiteral(FLANK_TESTS_ROOT "/posture/data/history.json"));
        QVERIFY(loaded.issues.isEmpty());
        geo::ProjectionCache projections(
            std::make_shared<geo::CountryLayer>(core::DataPaths::countries()));
        render::FrameStatusCache cache;
        core::MapState state;
        state.date = QDate(2025, 12, 1);
        const auto build = [&] {
            return render::buildFrame(state, loaded.dataset, projections, QSizeF(400, 300), 96.0,
                                      &cache);
        };
        const render::MapFrame first = build();
        QCOMPARE(first.statuses.value(QStringLiteral("FIN")), posture::Status::WithdrawalNotified);
        build();
        build();
        QCOMPARE(cache.computations(), 1);

        state.date = QDate(2026, 6, 1);
        QCOMPARE(build().statuses.value(QStringLiteral("FIN")), posture::Status::Withdrawn);
        QCOMPARE(cache.computations(), 2);

        state.treaty = core::TreatyChoice::Both;
        const render::MapFrame both = build();
        QCOMPARE(cache.computations(), 3);
        QVERIFY(!both.overlayStatuses.isEmpty());

        cache.invalidate();
        build();
        QCOMPARE(cache.computations(), 4);
        // Without a cache every frame computes afresh, with the same result.
        QCOMPARE(render::buildFrame(state, loaded.dataset, projections, QSizeF(400, 300)).statuses,
                 both.statuses);
    }
};

QTEST_GUILESS_MAIN(TestFrameStatusCache)
#include "tst_frame_status_cache.moc"
