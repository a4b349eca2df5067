#include "edited_dataset.h"

#include "core/data_paths.h"
#include "posture/dataset_diff.h"
#include "posture/dataset_diff_report.h"
#include "posture/dataset_loader.h"

#include <QJsonArray>
#include <QTest>

using namespace flank;
using posture::Status;

// Two editions of the bundled dataset that differ in one step's date.
class TestDatasetDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameEditionHasNoDifference();
    void movedStepIsTheOnlyChange();
    void removedAndAddedRecords();

private:
    posture::Dataset m_dataset;
};

void TestDatasetDiff::initTestCase()
{
    const posture::LoadResult loaded = posture::loadDataset(core::DataPaths::posture());
    QVERIFY(!core::hasErrors(loaded.issues));
    m_dataset = loaded.dataset;
}

void TestDatasetDiff::sameEditionHasNoDifference()
{
    QVERIFY(posture::diffDatasets(m_dataset, m_dataset, QDate(2026, 3, 1)).isEmpty());
}

void TestDatasetDiff::movedStepIsTheOnlyChange()
{
    // Finland's withdrawal taking effect in 2099: on 1 March 2026 it is only notified.
    const posture::LoadResult edited = posture::parseDataset(
        withStepDate(core::DataPaths::posture(), "fin-ottawa-withdrawal-effective", "2099-01-10"),
        QStringLiteral("edited.json"));
    QVERIFY(!core::hasErrors(edited.issues));
    const posture::DatasetDiff diff =
        posture::diffDatasets(m_dataset, edited.dataset, QDate(2026, 3, 1));

    QCOMPARE(diff.records.size(), 1);
    const posture::RecordDifference& record = diff.records.constFirst();
    QCOMPARE(record.section, QStringLiteral("steps"));
    QCOMPARE(record.id, QStringLiteral("fin-ottawa-withdrawal-effective"));
    QCOMPARE(record.change, posture::RecordChange::Changed);
    QCOMPARE(record.fields, QStringList{"date"});

    QCOMPARE(diff.statuses.size(), 1);
    const posture::StatusDifference& status = diff.statuses.constFirst();
    QCOMPARE(status.iso3, QStringLiteral("FIN"));
    QCOMPARE(status.treaty, QStringLiteral("ottawa"));
    QCOMPARE(status.before, Status::Withdrawn);
    QCOMPARE(status.after, Status::WithdrawalNotified);

    const QJsonObject json = posture::datasetDiffJson(diff, "old.json", "new.json");
    QCOMPARE(json.value("date").toString(), QStringLiteral("2026-03-01"));
    const QJsonObject statusJson = json.value("statuses").toArray().at(0).toObject();
    QCOMPARE(statusJson.value("from").toString(), QStringLiteral("withdrawn"));
    QCOMPARE(statusJson.value("to").toString(), QStringLiteral("withdrawal-notified"));
    const QString text = posture::datasetDiffText(diff, "old.json", "new.json");
    QVERIFY2(
        text.contains(QLatin1String("changed  steps \"fin-ottawa-withdrawal-effective\": date")),
        qPrintable(text));
}

void TestDatasetDiff::removedAndAddedRecords()
{
    posture::DatasetRecords records = m_dataset.records();
    posture::Quote quote = records.quotes.takeFirst();
    const QString removed = quote.id;
    quote.id = QStringLiteral("new-quote");
    records.quotes << quote;
    const posture::DatasetDiff diff =
        posture::diffDatasets(m_dataset, posture::Dataset(records), QDate(2026, 3, 1));
    QCOMPARE(diff.records.size(), 2);
    QCOMPARE(diff.records.at(0).id, removed);
    QCOMPARE(diff.records.at(0).change, posture::RecordChange::Removed);
    QCOMPARE(diff.records.at(1).id, QStringLiteral("new-quote"));
    QCOMPARE(diff.records.at(1).change, posture::RecordChange::Added);
    QVERIFY(diff.statuses.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatasetDiff)
#include "tst_dataset_diff.moc"
