#include "ui/pledge_chart.h"

#include <QTest>

using namespace flank;

namespace {

posture::Pledge figure(int year, double value, posture::PledgeBasis basis, const char* published)
{
    posture::Pledge pledge;
    pledge.value = value;
    pledge.targetYear = year;
    pledge.basis = basis;
    pledge.pledgedOn = *posture::PartialDate::fromString(QString::fromLatin1(published));
    return pledge;
}

} // namespace

// The chart beside the spending list: one bar a year of the series, the latest published
// figure winning, and the pledges only when there is no series.
class TestPledgeChart : public QObject
{
    Q_OBJECT

private slots:
    void seriesGivesOneBarPerYear()
    {
        using posture::PledgeBasis;
        const QList<posture::Pledge> pledges{
            figure(2024, 3.15, PledgeBasis::Estimate, "2024-06-17"),
            figure(2025, 3.73, PledgeBasis::Estimate, "2025-08-27"),
            figure(2025, 3.45, PledgeBasis::Estimate, "2025"),
            figure(2026, 4.0, PledgeBasis::Pledge, "2025-02-18"),
            figure(2026, 4.91, PledgeBasis::Budget, "2025-12-04"),
        };
        const ui::PledgeChart chart(pledges);
        QCOMPARE(chart.barCount(), 3);
        QCOMPARE(chart.accessibleName(),
                 QStringLiteral("Defence spending, percent of GDP by year"));
    }

    void pledgesWithoutSeries()
    {
        const ui::PledgeChart chart({figure(2035, 5.0, posture::PledgeBasis::Pledge, "2025-06-25"),
                                     figure(2029, 3.0, posture::PledgeBasis::Pledge, "2025-04")});
        QCOMPARE(chart.barCount(), 2);
    }
};

QTEST_MAIN(TestPledgeChart)
#include "tst_pledge_chart.moc"
