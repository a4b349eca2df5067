#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "posture/state_briefing.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace flank;
using namespace flank::posture;

namespace {

const QStringList kFocusStates{"FIN", "EST", "LVA", "LTU", "POL", "UKR", "BLR", "RUS",
                               "NOR", "SWE", "DEU", "ROU", "SVK", "HUN", "MDA", "CZE"};

QString joined(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

} // namespace

// What a briefer cites must hold for the bundled dataset: sources of known kind with originals
// preferred to copies, every legal step on a primary source, every focus state covered with
// quotes, a spending series and a current troop note, and every record checked.
class TestDatasetCitability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySourceHasKindAndCheckedDate();
    void eachPageIsOneSource();
    void copiesAreFewAndNamed();
    void noQuoteRestsOnCopiesAlone();
    void everyStepCitesPrimarySource();
    void everyRecordIsChecked();
    void focusStatesHaveQuotes();
    void focusStatesHaveSpendingSeries();
    void focusStatesHaveCurrentTroopNote();
    void ukraineIsNeverShownAsWithdrawalApproved();
    void defaultViewCreditsOriginalPublishers();

private:
    bool restsOnlyOnCopies(const QStringList& ids) const;

    Dataset m_dataset;
    QJsonArray m_rawSources;
};

void TestDatasetCitability::initTestCase()
{
    const LoadResult result = loadDataset(core::DataPaths::posture());
    QVERIFY(!core::hasErrors(result.issues));
    m_dataset = result.dataset;
    QFile file(core::DataPaths::posture());
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_rawSources = QJsonDocument::fromJson(file.readAll()).object().value("sources").toArray();
    QVERIFY(!m_rawSources.isEmpty());
    QVERIFY2(m_dataset.asOf().first() >= QDate(2026, 12, 1),
             qPrintable(m_dataset.asOf().toString()));
}

void TestDatasetCitability::everySourceHasKindAndCheckedDate()
{
    QStringList bad;
    for (const QJsonValue& value : std::as_const(m_rawSources)) {
        const QJsonObject source = value.toObject();
        const QString kind = source.value("kind").toString();
        if (kind != "primary" && kind != "outlet" && kind != "copy")
            bad << source.value("id").toString() + " (kind)";
        if (!source.contains("checked"))
            bad << source.value("id").toString() + " (checked)";
    }
    QVERIFY2(bad.isEmpty(), qPrintable(joined(bad)));
}

// A page cited under two ids would be listed twice in a bibliography.
void TestDatasetCitability::eachPageIsOneSource()
{
    QHash<QString, QString> idByUrl;
    QStringList twice;
    for (const QJsonValue& value : std::as_const(m_rawSources)) {
        const QJsonObject source = value.toObject();
        const QString url = source.value("url").toString();
        const QString id = source.value("id").toString();
        if (url.isEmpty())
            continue;
        if (idByUrl.contains(url))
            twice << idByUrl.value(url) + " = " + id;
        else
            idByUrl.insert(url, id);
    }
    QVERIFY2(twice.isEmpty(), qPrintable(joined(twice)));
}

void TestDatasetCitability::copiesAreFewAndNamed()
{
    const DatasetRecords& records = m_dataset.records();
    QSet<QString> cited;
    const auto cite = [&cited](const QStringList& ids) {
        for (const QString& id : ids)
            cited.insert(id);
    };
    for (const LegalStep& step : records.steps)
        cite(step.sources);
    for (const Quote& quote : records.quotes) {
        cite(quote.sources);
        for (const QuoteVariant& variant : quote.variants)
            cite(variant.sources);
    }
    for (const Pledge& pledge : records.pledges)
        cite(pledge.sources);
    for (const TroopNote& note : records.troopNotes)
        cite(note.sources);
    for (const BorderFigure& figure : records.borderFigures)
        cite(figure.sources);
    for (const DataNote& note : records.notes)
        cite(note.sources);
    int copies = 0;
    QStringList unnamed;
    for (const QString& id : std::as_const(cited)) {
        const Source* source = m_dataset.findSource(id);
        QVERIFY(source);
        if (source->kind != SourceKind::Copy)
            continue;
        ++copies;
        if (!source->copyOf || source->copyOf->outlet.isEmpty())
            unnamed << id;
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(joined(unnamed)));
    const double share = double(copies) / double(cited.size());
    qInfo("%d of %lld cited sources are copies (%.1f %%)", copies, qlonglong(cited.size()),
          100.0 * share);
    QVERIFY2(share <= 0.10, qPrintable(QString::number(100.0 * share, 'f', 1) + " %"));
}

bool TestDatasetCitability::restsOnlyOnCopies(const QStringList& ids) const
{
    for (const Source& source : m_dataset.sourcesFor(ids))
        if (source.kind != SourceKind::Copy && !source.url.isEmpty() && !source.unreliable)
            return false;
    return true;
}

void TestDatasetCitability::noQuoteRestsOnCopiesAlone()
{
    QStringList bad;
    for (const Quote& quote : m_dataset.records().quotes)
        if (restsOnlyOnCopies(quote.sources))
            bad << quote.id;
    QVERIFY2(bad.isEmpty(), qPrintable(joined(bad)));
}

void TestDatasetCitability::everyStepCitesPrimarySource()
{
    // A step without one must say which primary record is missing (shown to the reader), and
    // such gaps stay rare.
    QStringList bad;
    QStringList explained;
    int withPrimary = 0;
    for (const LegalStep& step : m_dataset.steps()) {
        const QList<Source> sources = m_dataset.sourcesFor(step.sources);
        if (std::any_of(sources.cbegin(), sources.cend(),
                        [](const Source& s) { return s.kind == SourceKind::Primary; }))
            ++withPrimary;
        else if (!step.primaryNote.trimmed().isEmpty())
            explained << step.id;
        else
            bad << step.id;
    }
    qInfo("%d of %lld steps cite a primary source; without one, explained: %s", withPrimary,
          qlonglong(m_dataset.steps().size()), qPrintable(joined(explained)));
    QVERIFY2(bad.isEmpty(), qPrintable(joined(bad)));
    QVERIFY2(explained.size() * 20 <= m_dataset.steps().size(), qPrintable(joined(explained)));
}

void TestDatasetCitability::everyRecordIsChecked()
{
    const DatasetRecords& records = m_dataset.records();
    QStringList bad;
    const auto check = [&bad](const auto& list, const char* kind) {
        for (const auto& record : list)
            if (!record.checked.isValid())
                bad << QStringLiteral("%1 %2").arg(QLatin1String(kind), record.id);
    };
    check(records.steps, "step");
    check(records.quotes, "quote");
    check(records.pledges, "pledge");
    check(records.troopNotes, "troop note");
    QVERIFY2(bad.isEmpty(), qPrintable(joined(bad)));
}

void TestDatasetCitability::focusStatesHaveQuotes()
{
    QStringList short_;
    for (const QString& iso3 : kFocusStates) {
        const QList<Quote> quotes = m_dataset.quotesFor(iso3);
        if (quotes.size() < 2)
            short_ << QStringLiteral("%1 has %2").arg(iso3).arg(quotes.size());
        for (const Quote& quote : quotes)
            if (quote.language != QLatin1String("en") && !quote.original)
                short_ << quote.id + " (translation without original)";
    }
    QVERIFY2(short_.isEmpty(), qPrintable(joined(short_)));
}

// A figure of the series (actual, estimate, budget or plan; a pledge does not count) for 2024,
// 2025 and 2026. NATO publishes the allies' figures, so every ally has all three; for the
// others a national budget may be missing for 2024, never for 2025 and 2026.
void TestDatasetCitability::focusStatesHaveSpendingSeries()
{
    const QStringList nonAllies{"UKR", "MDA", "BLR", "RUS"};
    QStringList missing;
    for (const QString& iso3 : kFocusStates) {
        QSet<int> years;
        for (const Pledge& pledge : m_dataset.pledgesFor(iso3))
            if (pledge.basis != PledgeBasis::Pledge)
                years.insert(pledge.targetYear);
        for (const int year : {2024, 2025, 2026})
            if (!years.contains(year) && (year != 2024 || !nonAllies.contains(iso3)))
                missing << QStringLiteral("%1 %2").arg(iso3).arg(year);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(joined(missing)));
}

void TestDatasetCitability::focusStatesHaveCurrentTroopNote()
{
    QStringList missing;
    for (const QString& iso3 : kFocusStates) {
        const QList<TroopNote> notes = m_dataset.troopNotesFor(iso3);
        if (std::none_of(notes.cbegin(), notes.cend(), [](const TroopNote& note) {
                return note.date.last() >= QDate(2025, 1, 1);
            }))
            missing << iso3;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(joined(missing)));
}

void TestDatasetCitability::ukraineIsNeverShownAsWithdrawalApproved()
{
    for (const LegalStep& step :
         m_dataset.stepsFor(QStringLiteral("UKR"), QStringLiteral("ottawa")))
        QVERIFY2(step.kind != StepKind::WithdrawalApproved, qPrintable(step.id));
    for (QDate day(2025, 1, 1); day <= QDate(2026, 12, 31); day = day.addDays(7))
        QVERIFY(m_dataset.statusOn(QStringLiteral("UKR"), QStringLiteral("ottawa"), day).status !=
                Status::WithdrawalApproved);
}

void TestDatasetCitability::defaultViewCreditsOriginalPublishers()
{
    QStringList iso3s;
    for (const StateInfo& state : m_dataset.states())
        iso3s << state.iso3;
    QStringList copies;
    for (const QDate day : {QDate(2026, 12, 1), QDate(2025, 7, 1)})
        for (const Source& source : m_dataset.outletsBehind(iso3s, day))
            if (source.kind == SourceKind::Copy)
                copies << source.id;
    QVERIFY2(copies.isEmpty(), qPrintable(joined(copies)));
}

QTEST_GUILESS_MAIN(TestDatasetCitability)
#include "tst_dataset_citability.moc"
