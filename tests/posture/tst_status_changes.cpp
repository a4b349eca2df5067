#include "core/csv.h"
#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "posture/status_changes.h"
#include "posture/status_changes_report.h"

#include <QJsonArray>
#include <QTest>

using namespace flank;
using posture::Status;

// What changed between two days in the bundled dataset: the Baltic, Finnish and Polish
// withdrawals from the Ottawa Convention and Ukraine's declared suspension.
class TestStatusChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withdrawalsOf2025();
    void stepsBetweenTheDays();
    void balticWithdrawalsTakeEffect();
    void sameDayChangesNothing();
    void backwardsReadsFromTheFirstDay();
    void jsonItems();
    void csvRowPerStep();
    void csvQuotesFields();

private:
    QStringList states(const QList<posture::StatusChange>& changes) const;

    posture::Dataset m_dataset;
};

void TestStatusChanges::initTestCase()
{
    const posture::LoadResult loaded = posture::loadDataset(core::DataPaths::posture());
    QVERIFY(!core::hasErrors(loaded.issues));
    m_dataset = loaded.dataset;
}

QStringList TestStatusChanges::states(const QList<posture::StatusChange>& changes) const
{
    QStringList iso3s;
    for (const posture::StatusChange& change : changes)
        iso3s << change.iso3;
    return iso3s;
}

void TestStatusChanges::withdrawalsOf2025()
{
    const QList<posture::StatusChange> changes = posture::statusChanges(
        m_dataset, QDate(2025, 1, 1), QDate(2026, 3, 1), core::TreatyChoice::Ottawa);
    // In the dataset's order of states.
    QCOMPARE(states(changes), (QStringList{"FIN", "EST", "LVA", "LTU", "POL", "UKR"}));
    for (const posture::StatusChange& change : changes) {
        QCOMPARE(change.treaty, QStringLiteral("ottawa"));
        QCOMPARE(change.from, Status::Party);
        QCOMPARE(change.to, change.iso3 == QLatin1String("UKR") ? Status::SuspensionDeclared
                                                                : Status::Withdrawn);
    }
}

void TestStatusChanges::stepsBetweenTheDays()
{
    const QList<posture::StatusChange> changes = posture::statusChanges(
        m_dataset, QDate(2025, 1, 1), QDate(2026, 3, 1), core::TreatyChoice::Ottawa);
    const posture::StatusChange& finland = changes.at(0);
    QList<posture::StepKind> kinds;
    for (const posture::LegalStep& step : finland.steps)
        kinds << step.kind;
    QCOMPARE(kinds, (QList<posture::StepKind>{posture::StepKind::WithdrawalAnnounced,
                                              posture::StepKind::WithdrawalApproved,
                                              posture::StepKind::WithdrawalNotified,
                                              posture::StepKind::WithdrawalEffective}));
    QCOMPARE(finland.steps.constLast().date.toString(), QStringLiteral("2026-01-10"));
    QVERIFY(!finland.steps.constLast().sources.isEmpty());
    const posture::StatusChange& ukraine = changes.constLast();
    QCOMPARE(ukraine.steps.size(), 2);
    QCOMPARE(ukraine.steps.constLast().kind, posture::StepKind::SuspensionDeclared);
}

void TestStatusChanges::balticWithdrawalsTakeEffect()
{
    // Every treaty: Lithuania's earlier withdrawal from the CCM is not between the days.
    const QList<posture::StatusChange> changes = posture::statusChanges(
        m_dataset, QDate(2025, 12, 26), QDate(2025, 12, 28), core::TreatyChoice::Both);
    QCOMPARE(states(changes), (QStringList{"EST", "LVA", "LTU"}));
    for (const posture::StatusChange& change : changes) {
        QCOMPARE(change.from, Status::WithdrawalNotified);
        QCOMPARE(change.to, Status::Withdrawn);
        QCOMPARE(change.steps.size(), 1);
        QCOMPARE(change.steps.constFirst().date.toString(), QStringLiteral("2025-12-27"));
    }
}

void TestStatusChanges::sameDayChangesNothing()
{
    QVERIFY(posture::statusChanges(m_dataset, QDate(2025, 12, 27), QDate(2025, 12, 27),
                                   core::TreatyChoice::Both)
                .isEmpty());
    const QString text =
        posture::statusChangesText(m_dataset, {}, QDate(2025, 12, 27), QDate(2025, 12, 27));
    QVERIFY2(text.contains(QLatin1String("No status changed.")), qPrintable(text));
}

void TestStatusChanges::backwardsReadsFromTheFirstDay()
{
    const QList<posture::StatusChange> changes = posture::statusChanges(
        m_dataset, QDate(2025, 12, 28), QDate(2025, 12, 26), core::TreatyChoice::Ottawa);
    QCOMPARE(states(changes), (QStringList{"EST", "LVA", "LTU"}));
    QCOMPARE(changes.constFirst().from, Status::Withdrawn);
    QCOMPARE(changes.constFirst().to, Status::WithdrawalNotified);
    QCOMPARE(changes.constFirst().steps.size(), 1);
}

void TestStatusChanges::jsonItems()
{
    const QDate from(2025, 12, 26), to(2025, 12, 28);
    const QJsonObject json = posture::statusChangesJson(
        m_dataset, posture::statusChanges(m_dataset, from, to, core::TreatyChoice::Ottawa), from,
        to, core::TreatyChoice::Ottawa);
    QCOMPARE(json.value("from").toString(), QStringLiteral("2025-12-26"));
    QCOMPARE(json.value("treaty").toString(), QStringLiteral("ottawa"));
    const QJsonArray changes = json.value("changes").toArray();
    QCOMPARE(changes.size(), 3);
    const QJsonObject estonia = changes.at(0).toObject();
    QCOMPARE(estonia.value("iso3").toString(), QStringLiteral("EST"));
    QCOMPARE(estonia.value("treaty").toString(), QStringLiteral("ottawa"));
    QCOMPARE(estonia.value("from").toString(), QStringLiteral("withdrawal-notified"));
    QCOMPARE(estonia.value("to").toString(), QStringLiteral("withdrawn"));
    const QJsonObject step = estonia.value("steps").toArray().at(0).toObject();
    QCOMPARE(step.value("date").toString(), QStringLiteral("2025-12-27"));
    QCOMPARE(step.value("kind").toString(), QStringLiteral("withdrawal-effective"));
    QCOMPARE(step.value("label").toString(), QStringLiteral("Withdrawal effective"));
    QVERIFY(!step.value("sources").toArray().isEmpty());
    QVERIFY(step.value("sources").toArray().at(0).toObject().contains("url"));
}

void TestStatusChanges::csvRowPerStep()
{
    const QList<posture::StatusChange> changes = posture::statusChanges(
        m_dataset, QDate(2025, 1, 1), QDate(2026, 3, 1), core::TreatyChoice::Ottawa);
    qsizetype steps = 0;
    for (const posture::StatusChange& change : changes)
        steps += change.steps.size();
    const QString csv = posture::statusChangesCsv(m_dataset, changes);
    QVERIFY(csv.endsWith(QLatin1String("\r\n")));
    QVERIFY(csv.startsWith(QLatin1String("iso3,name,treaty,from,to,step_date,step_kind,"
                                         "step_label,step_id,source_ids,sources\r\n")));
    // Citations hold no line break, so records and lines are one.
    QCOMPARE(csv.count(QLatin1String("\r\n")), steps + 1);
    QVERIFY(csv.contains(QLatin1String("\r\nFIN,Finland,ottawa,party,withdrawn,2026-01-10,")));
}

void TestStatusChanges::csvQuotesFields()
{
    QCOMPARE(core::csvRecord({"plain", "a,b", "say \"no\"", "two\nlines", ""}),
             QStringLiteral("plain,\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",\r\n"));
}

QTEST_GUILESS_MAIN(TestStatusChanges)
#include "tst_status_changes.moc"
