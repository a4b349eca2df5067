#pragma once

#include "dataset_loader.h"
#include "record_reader.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <utility>
#include <vector>

namespace flank::posture {

// A figure in currency: "value", "currency" (ISO 4217) and an optional "scale" word; shared by
// a pledge's amount and a programme's budget.
PledgeAmount readAmount(RecordReader& reader);

// Reports `later` dated wholly before `earlier` ("until" before "since"); partial dates that
// may overlap are in order. Returns whether they are.
bool checkDateOrder(RecordReader& reader, QStringView earlierKey, const PartialDate& earlier,
                    QStringView laterKey, const PartialDate& later);

// Turns the JSON tree of one posture file into records, checking each against
// docs/posture-format.md. Internal to loadDataset(); one instance per load.
class DatasetReader
{
public:
    explicit DatasetReader(const QString& file) : m_file(file) {}

    LoadResult load(const QByteArray& data);

private:
    using Position = std::pair<int, int>;
    using IdTable = QHash<QString, Position>;

    struct PendingStep
    {
        LegalStep step;
        const JsonNode* node = nullptr;
        bool rejected = false;
    };

    void readSection(RecordReader& top, QStringView key, Need need,
                     void (DatasetReader::*readOne)(const JsonNode&));
    // Reads the record's id and claims it; a second record with the same id is an error.
    QString readId(RecordReader& reader, IdTable& seen, const QString& id, QStringView key);
    QString readId(RecordReader& reader, IdTable& seen);
    // The same for an id that other files cite: only a-z, 0-9 and '-'.
    QString readSlugId(RecordReader& reader, IdTable& seen);
    QStringList readSourceIds(RecordReader& reader, Need need, QStringView key = u"sources");
    // A known state, or (with `allowed`) a stand-in such as "*" or "NATO".
    QString readStateCode(RecordReader& reader, QStringView key, const QStringList& allowed = {});
    // A non-empty array of known states.
    QStringList readStateCodes(RecordReader& reader, QStringView key);
    // Reports a code that names no state in "states", or one that was rejected.
    void checkStateKnown(RecordReader& reader, const JsonNode& at, const QString& iso3);
    PartialDate readDate(RecordReader& reader, QStringView key, Need need = Need::Required);
    void readSource(const JsonNode& node);
    void readTreaty(const JsonNode& node);
    void readState(const JsonNode& node);
    void readStep(const JsonNode& node);
    // The required order by date: signed <= ratified/acceded <= in-force <= announced <=
    // approved <= notified <= effective. Partial dates count as out of order only when they
    // cannot overlap. The later kind of a conflicting pair is the one skipped.
    void acceptSteps();
    // Both treaties take six months from the deposit of the notification; sooner is a typo.
    void warnAboutShortNotice();
    void readQuote(const JsonNode& node);
    void readQuoteVariant(RecordReader& quoteReader, const JsonNode& node, Quote& quote);
    void readPledge(const JsonNode& node);
    void readTroopNote(const JsonNode& node);
    void readTroopLocation(RecordReader& reader, TroopNote& note);
    void readFortification(const JsonNode& node);
    void readFortifiedFrontiers(RecordReader& reader, Fortification& programme);
    void readFortificationDates(RecordReader& reader, Fortification& programme);
    void readBorderFigure(const JsonNode& node);
    void readNote(const JsonNode& node);

    QString m_file;
    core::Issues m_issues;
    DatasetRecords m_records;
    std::vector<PendingStep> m_steps;
    IdTable m_sourceIds;
    IdTable m_treatyIds;
    IdTable m_stateIds;
    IdTable m_stepIds;
    IdTable m_quoteIds;
    IdTable m_pledgeIds;
    IdTable m_troopNoteIds;
    IdTable m_borderFigureIds;
    IdTable m_fortificationIds;
    IdTable m_noteIds;
    // Ids of records that loaded: a record may point only at these, not at a rejected one.
    QSet<QString> m_acceptedSources;
    QSet<QString> m_acceptedTreaties;
    QSet<QString> m_acceptedStates;
    QHash<QString, QString> m_sourceIdByUrl; // a page cited under two ids is cited twice
};

} // namespace flank::posture
