#include "dataset_loader.h"

#include "json_reader.h"
#include "record_reader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace flank::posture {

namespace {

using Position = std::pair<int, int>;
using IdTable = QHash<QString, Position>;

constexpr int kMaxQuoteLength = 400;

QStringList stepKindIds()
{
    QStringList ids;
    for (const StepKind kind : allStepKinds())
        ids << stepKindId(kind);
    return ids;
}

const QStringList& sourceKinds()
{
    static const QStringList kinds{QStringLiteral("news"),     QStringLiteral("official"),
                                   QStringLiteral("treaty-depositary"), QStringLiteral("ngo"),
                                   QStringLiteral("analysis"), QStringLiteral("state-media")};
    return kinds;
}

class Loader
{
public:
    explicit Loader(const QString& file) : m_file(file) {}

    LoadResult load(const QByteArray& data)
    {
        JsonReadResult json = JsonReader::read(data, m_file);
        m_issues = std::move(json.issues);
        if (!json.root)
            return {Dataset(), m_issues};
        const JsonNode& root = *json.root;
        if (!root.isObject()) {
            m_issues << core::makeError(
                m_file,
                QStringLiteral("the top level must be an object, not %1").arg(root.typeName()),
                root.line, root.column);
            return {Dataset(), m_issues};
        }

        RecordReader top(root, QStringLiteral("posture file"), m_file, m_issues);
        if (const JsonNode* format = top.field(u"format", Need::Required)) {
            if (!format->isString() || format->text != QLatin1String("flank-posture"))
                top.error(*format, QStringLiteral("\"format\" must be \"flank-posture\""));
        }
        const std::optional<int> version = top.integer(u"formatVersion", 1, 1'000'000);
        if (version && *version > kPostureFormatVersion) {
            top.error(*top.field(u"formatVersion", Need::Optional),
                      QStringLiteral("formatVersion %1 is newer than this Flank Atlas reads (%2); "
                                     "install a newer version")
                          .arg(*version)
                          .arg(kPostureFormatVersion));
            return {Dataset(), m_issues};
        }
        m_records.formatVersion = version.value_or(kPostureFormatVersion);
        m_records.asOf = top.date(u"asOf").value_or(PartialDate());
        top.field(u"$schema", Need::Optional);

        // References are checked against ids declared earlier, so sources come first.
        readSection(top, u"sources", Need::Required, &Loader::readSource);
        readSection(top, u"treaties", Need::Required, &Loader::readTreaty);
        readSection(top, u"states", Need::Required, &Loader::readState);
        readSection(top, u"steps", Need::Required, &Loader::readStep);
        readSection(top, u"quotes", Need::Optional, &Loader::readQuote);
        readSection(top, u"pledges", Need::Optional, &Loader::readPledge);
        readSection(top, u"troopNotes", Need::Optional, &Loader::readTroopNote);
        readSection(top, u"borderFigures", Need::Optional, &Loader::readBorderFigure);
        readSection(top, u"notes", Need::Optional, &Loader::readNote);
        top.finish();
        acceptSteps();
        return {Dataset(std::move(m_records)), m_issues};
    }

private:
    struct PendingStep
    {
        LegalStep step;
        const JsonNode* node = nullptr;
        bool rejected = false;
    };

    void readSection(RecordReader& top, QStringView key, Need need,
                     void (Loader::*readOne)(const JsonNode&))
    {
        const JsonNode* section = top.field(key, need);
        if (!section)
            return;
        if (!section->isArray()) {
            top.error(*section,
                      QStringLiteral("\"%1\" must be an array, not %2").arg(key, section->typeName()));
            return;
        }
        for (const JsonNode& item : section->items) {
            if (!item.isObject()) {
                m_issues << core::makeError(m_file,
                                            QStringLiteral("each entry of \"%1\" must be an object, "
                                                           "not %2")
                                                .arg(key, item.typeName()),
                                            item.line, item.column);
                continue;
            }
            if (item.hasErrors)
                continue; // the JSON reader has reported what is wrong inside
            (this->*readOne)(item);
        }
    }

    // Reads the record's id and claims it; a second record with the same id is an error.
    QString readId(RecordReader& reader, IdTable& seen, const QString& id, QStringView key)
    {
        if (id.isEmpty())
            return id;
        reader.setId(id);
        const JsonNode* node = reader.field(key, Need::Optional);
        const auto first = seen.constFind(id);
        if (first != seen.constEnd())
            reader.error(*node, QStringLiteral("duplicate id %1 (first at line %2, column %3)")
                                    .arg(quoted(id))
                                    .arg(first->first)
                                    .arg(first->second));
        else
            seen.insert(id, {node->line, node->column});
        return id;
    }

    QString readId(RecordReader& reader, IdTable& seen)
    {
        return readId(reader, seen, reader.string(u"id"), u"id");
    }

    QStringList readSourceIds(RecordReader& reader, Need need, QStringView key = u"sources")
    {
        const JsonNode* node = reader.field(key, need);
        if (!node)
            return {};
        if (!node->isArray()) {
            reader.error(*node, QStringLiteral("\"%1\" must be an array of source ids, not %2")
                                    .arg(key, node->typeName()));
            return {};
        }
        if (node->items.empty() && need == Need::Required)
            reader.error(*node, QStringLiteral("has no source; \"%1\" must name at least one").arg(key));
        QStringList ids;
        for (const JsonNode& item : node->items) {
            if (!item.isString())
                reader.error(item,
                             QStringLiteral("a source id must be a string, not %1").arg(item.typeName()));
            else if (!m_sourceIds.contains(item.text))
                reader.error(item, QStringLiteral("unknown source %1").arg(quoted(item.text)));
            else if (ids.contains(item.text))
                reader.warning(item, QStringLiteral("source %1 is listed twice").arg(quoted(item.text)));
            else
                ids << item.text;
        }
        return ids;
    }

    // A known state, or (with `allowed`) a stand-in such as "*" or "NATO".
    QString readState(RecordReader& reader, QStringView key, const QStringList& allowed = {})
    {
        const QString iso3 = reader.iso3(key, Need::Required, allowed);
        if (!iso3.isEmpty() && !allowed.contains(iso3) && !m_stateIds.contains(iso3))
            reader.error(*reader.field(key, Need::Optional),
                         QStringLiteral("unknown state %1 (not listed in \"states\")").arg(quoted(iso3)));
        return iso3;
    }

    PartialDate readDate(RecordReader& reader, QStringView key, Need need = Need::Required)
    {
        return reader.date(key, need).value_or(PartialDate());
    }

    void readSource(const JsonNode& node)
    {
        static const QRegularExpression kIdPattern(QStringLiteral("^[a-z0-9-]+$"));
        RecordReader reader(node, QStringLiteral("source"), m_file, m_issues);
        Source source;
        source.id = readId(reader, m_sourceIds);
        if (!source.id.isEmpty() && !kIdPattern.match(source.id).hasMatch())
            reader.error(*node.member(u"id"), QStringLiteral("a source id may hold only a-z, 0-9 "
                                                             "and '-'"));
        source.outlet = reader.string(u"outlet");
        source.title = reader.string(u"title");
        source.date = readDate(reader, u"date");
        source.url = reader.url(u"url");
        source.archiveUrl = reader.url(u"archiveUrl", Need::Optional);
        source.kind = reader.string(u"kind", Need::Optional);
        if (!source.kind.isEmpty() && !sourceKinds().contains(source.kind))
            reader.warning(*node.member(u"kind"),
                           QStringLiteral("unknown source kind %1; expected one of %2")
                               .arg(quoted(source.kind), sourceKinds().join(QStringLiteral(", "))));
        const QString reliability = reader.string(u"reliability", Need::Optional);
        source.unreliable = reliability == QLatin1String("unreliable");
        if (!reliability.isEmpty() && !source.unreliable)
            reader.warning(*node.member(u"reliability"),
                           QStringLiteral("\"reliability\" is either absent or \"unreliable\""));
        source.note = reader.string(u"note", Need::Optional);
        reader.finish();
        if (reader.ok())
            m_records.sources << source;
    }

    void readTreaty(const JsonNode& node)
    {
        RecordReader reader(node, QStringLiteral("treaty"), m_file, m_issues);
        Treaty treaty;
        treaty.id = readId(reader, m_treatyIds);
        treaty.name = reader.string(u"name");
        treaty.shortName = reader.string(u"shortName");
        treaty.adopted = readDate(reader, u"adopted");
        treaty.entryIntoForce = readDate(reader, u"entryIntoForce");
        treaty.withdrawalNoticeMonths = reader.integer(u"withdrawalNoticeMonths", 0, 120).value_or(0);
        treaty.armedConflictClause = reader.boolean(u"armedConflictClause").value_or(false);
        treaty.withdrawalArticle = reader.string(u"withdrawalArticle");
        treaty.summary = reader.string(u"summary");
        treaty.sources = readSourceIds(reader, Need::Required);
        reader.finish();
        if (reader.ok())
            m_records.treaties << treaty;
    }

    void readState(const JsonNode& node)
    {
        RecordReader reader(node, QStringLiteral("state"), m_file, m_issues);
        StateInfo state;
        state.iso3 = readId(reader, m_stateIds, reader.iso3(u"iso3"), u"iso3");
        state.name = reader.string(u"name");
        state.sources = readSourceIds(reader, Need::Optional);
        reader.finish();
        if (reader.ok())
            m_records.states << state;
    }

    void readStep(const JsonNode& node)
    {
        RecordReader reader(node, QStringLiteral("step"), m_file, m_issues);
        LegalStep step;
        step.id = readId(reader, m_stepIds);
        step.state = readState(reader, u"state");
        step.treaty = reader.string(u"treaty");
        if (!step.treaty.isEmpty() && !m_treatyIds.contains(step.treaty))
            reader.error(*node.member(u"treaty"),
                         QStringLiteral("unknown treaty %1 (not listed in \"treaties\")")
                             .arg(quoted(step.treaty)));
        const std::optional<StepKind> kind =
            stepKindFromId(reader.choice(u"kind", stepKindIds()));
        step.kind = kind.value_or(StepKind::Signed);
        step.date = readDate(reader, u"date");
        step.dateNote = reader.string(u"dateNote", Need::Optional);
        step.sources = readSourceIds(reader, Need::Required);
        step.note = reader.string(u"note", Need::Optional);
        const bool needsClause = kind && needsArmedConflictClause(*kind);
        const JsonNode* clause =
            reader.field(u"armedConflictClause", needsClause ? Need::Required : Need::Optional);
        if (clause && kind && !needsClause) {
            reader.warning(*clause, QStringLiteral("only withdrawal-notified and "
                                                   "withdrawal-effective steps carry "
                                                   "\"armedConflictClause\"; ignored"));
        } else if (clause && kind) {
            if (!clause->isObject()) {
                reader.error(*clause, QStringLiteral("\"armedConflictClause\" must be an object, "
                                                     "not %1")
                                          .arg(clause->typeName()));
            } else {
                RecordReader clauseReader(
                    *clause, QStringLiteral("%1, armedConflictClause").arg(reader.label()), m_file,
                    m_issues);
                step.armedConflictClause = ArmedConflictClause{
                    clauseReader.boolean(u"applies").value_or(false), clauseReader.string(u"note")};
                clauseReader.finish();
                if (!clauseReader.ok())
                    reader.reject();
            }
        }
        reader.finish();
        if (!reader.ok() || !kind)
            return;

        for (const PendingStep& other : m_steps) {
            if (other.step.state == step.state && other.step.treaty == step.treaty &&
                other.step.kind == step.kind) {
                const JsonNode* first = other.node->member(u"kind");
                reader.error(*node.member(u"kind"),
                             QStringLiteral("duplicate step kind %1 for %2 under %3 (first at line "
                                            "%4, column %5)")
                                 .arg(quoted(stepKindId(step.kind)), step.state, step.treaty)
                                 .arg(first->line)
                                 .arg(first->column));
                return;
            }
        }
        m_steps.push_back({step, &node, false});
    }

    // The required order by date: signed <= ratified/acceded <= in-force <= announced <=
    // approved <= notified <= effective. Partial dates count as out of order only when they
    // cannot overlap. The later kind of a conflicting pair is the one skipped.
    void acceptSteps()
    {
        std::vector<PendingStep*> byOrder;
        for (PendingStep& pending : m_steps)
            byOrder.push_back(&pending);
        std::stable_sort(byOrder.begin(), byOrder.end(), [](const PendingStep* a, const PendingStep* b) {
            return stepOrder(a->step.kind) < stepOrder(b->step.kind);
        });
        for (PendingStep* later : byOrder) {
            const LegalStep& step = later->step;
            if (stepOrder(step.kind) < 0)
                continue;
            for (const PendingStep* earlier : byOrder) {
                const LegalStep& before = earlier->step;
                if (earlier->rejected || before.state != step.state ||
                    before.treaty != step.treaty || stepOrder(before.kind) < 0 ||
                    stepOrder(before.kind) >= stepOrder(step.kind))
                    continue;
                if (step.date.last() < before.date.first()) {
                    const JsonNode* date = later->node->member(u"date");
                    m_issues << core::makeError(
                        m_file,
                        QStringLiteral("step %1: %2 (%3) is dated before %4 %5 (%6); steps are out "
                                       "of order")
                            .arg(quoted(step.id), stepKindId(step.kind), step.date.toString(),
                                 stepKindId(before.kind), quoted(before.id), before.date.toString()),
                        date->line, date->column);
                    later->rejected = true;
                    break;
                }
            }
        }
        warnAboutShortNotice();
        for (const PendingStep& pending : m_steps)
            if (!pending.rejected)
                m_records.steps << pending.step;
    }

    // Both treaties take six months from the deposit of the notification; sooner is a typo.
    void warnAboutShortNotice()
    {
        for (const PendingStep& effective : m_steps) {
            if (effective.rejected || effective.step.kind != StepKind::WithdrawalEffective ||
                !effective.step.date.isExact())
                continue;
            const auto treaty = std::find_if(
                m_records.treaties.cbegin(), m_records.treaties.cend(),
                [&](const Treaty& t) { return t.id == effective.step.treaty; });
            for (const PendingStep& notified : m_steps) {
                if (notified.rejected || notified.step.kind != StepKind::WithdrawalNotified ||
                    notified.step.state != effective.step.state ||
                    notified.step.treaty != effective.step.treaty || !notified.step.date.isExact() ||
                    treaty == m_records.treaties.cend())
                    continue;
                const QDate earliest =
                    notified.step.date.first().addMonths(treaty->withdrawalNoticeMonths);
                if (effective.step.date.first() < earliest) {
                    const JsonNode* date = effective.node->member(u"date");
                    m_issues << core::makeWarning(
                        m_file,
                        QStringLiteral("step %1: takes effect before the %2 months' notice of %3 "
                                       "have passed (earliest %4)")
                            .arg(quoted(effective.step.id))
                            .arg(treaty->withdrawalNoticeMonths)
                            .arg(treaty->withdrawalArticle,
                                 earliest.toString(Qt::ISODate)),
                        date->line, date->column);
                }
            }
        }
    }

    void readQuote(const JsonNode& node)
    {
        RecordReader reader(node, QStringLiteral("quote"), m_file, m_issues);
        Quote quote;
        quote.id = readId(reader, m_quoteIds);
        quote.state = readState(reader, u"state", {QStringLiteral("*")});
        quote.speaker = reader.string(u"speaker");
        quote.role = reader.string(u"role");
        quote.saidOn = readDate(reader, u"saidOn");
        quote.text = reader.string(u"text");
        if (quote.text.size() > kMaxQuoteLength)
            reader.warning(*node.member(u"text"),
                           QStringLiteral("a quote should be at most %1 characters; this one has %2")
                               .arg(kMaxQuoteLength)
                               .arg(quote.text.size()));
        if (node.member(u"language"))
            quote.language = reader.string(u"language");
        const std::optional<Verification> verification = verificationFromId(reader.choice(
            u"verification", {QStringLiteral("confirmed"), QStringLiteral("single-source"),
                              QStringLiteral("unverified")}));
        quote.verification = verification.value_or(Verification::Unverified);
        quote.sources = readSourceIds(reader, Need::Required);
        quote.note = reader.string(u"note", Need::Optional);
        if (const JsonNode* variants = reader.field(u"variants", Need::Optional)) {
            if (!variants->isArray())
                reader.error(*variants, QStringLiteral("\"variants\" must be an array, not %1")
                                            .arg(variants->typeName()));
            else
                for (const JsonNode& item : variants->items)
                    readQuoteVariant(reader, item, quote);
        }
        reader.finish();
        if (reader.ok())
            m_records.quotes << quote;
    }

    void readQuoteVariant(RecordReader& quoteReader, const JsonNode& node, Quote& quote)
    {
        if (!node.isObject()) {
            quoteReader.error(node, QStringLiteral("each variant must be an object, not %1")
                                        .arg(node.typeName()));
            return;
        }
        RecordReader reader(node, QStringLiteral("%1, variant").arg(quoteReader.label()), m_file,
                            m_issues);
        QuoteVariant variant;
        variant.text = reader.string(u"text");
        variant.sources = readSourceIds(reader, Need::Required);
        reader.finish();
        if (!reader.ok())
            quoteReader.reject();
        quote.variants << variant;
    }

    void readPledge(const JsonNode& node)
    {
        static const QRegularExpression kCurrency(QStringLiteral("^[A-Z]{3}$"));
        RecordReader reader(node, QStringLiteral("pledge"), m_file, m_issues);
        Pledge pledge;
        pledge.id = readId(reader, m_pledgeIds);
        pledge.state = readState(reader, u"state", {QStringLiteral("NATO")});
        const std::optional<double> value = reader.number(u"value");
        const std::optional<PledgeUnit> unit = pledgeUnitFromId(
            reader.choice(u"unit", {QStringLiteral("percent-gdp"), QStringLiteral("currency")}));
        pledge.unit = unit.value_or(PledgeUnit::PercentGdp);
        if (value && unit == PledgeUnit::PercentGdp && !(*value > 0.0 && *value <= 100.0))
            reader.error(*node.member(u"value"),
                         QStringLiteral("\"value\" in percent of GDP must be more than 0 and at "
                                        "most 100, not %1")
                             .arg(node.member(u"value")->text));
        if (value && unit == PledgeUnit::Currency && !(*value > 0.0))
            reader.error(*node.member(u"value"),
                         QStringLiteral("\"value\" must be more than 0, not %1")
                             .arg(node.member(u"value")->text));
        pledge.value = value.value_or(0.0);
        pledge.currency = reader.string(u"currency", unit == PledgeUnit::Currency
                                                         ? Need::Required
                                                         : Need::Optional);
        if (!pledge.currency.isEmpty() && !kCurrency.match(pledge.currency).hasMatch())
            reader.error(*node.member(u"currency"),
                         QStringLiteral("\"currency\" must be an ISO 4217 code such as \"EUR\", "
                                        "not %1")
                             .arg(quoted(pledge.currency)));
        pledge.scope = reader.string(u"scope", Need::Optional);
        pledge.targetYear = reader.integer(u"targetYear", 1900, 2200).value_or(0);
        pledge.pledgedOn = readDate(reader, u"pledgedOn");
        pledge.sources = readSourceIds(reader, Need::Required);
        pledge.note = reader.string(u"note", Need::Optional);
        reader.finish();
        if (reader.ok())
            m_records.pledges << pledge;
    }

    void readTroopNote(const JsonNode& node)
    {
        RecordReader reader(node, QStringLiteral("troop note"), m_file, m_issues);
        TroopNote note;
        note.id = readId(reader, m_troopNoteIds);
        note.state = readState(reader, u"state");
        QStringList kinds;
        for (const TroopNoteKind kind :
             {TroopNoteKind::AlliedPresence, TroopNoteKind::Fortification,
              TroopNoteKind::RussianBuildup, TroopNoteKind::NationalForces, TroopNoteKind::Mining})
            kinds << troopNoteKindId(kind);
        note.kind = troopNoteKindFromId(reader.choice(u"kind", kinds))
                        .value_or(TroopNoteKind::AlliedPresence);
        note.title = reader.string(u"title");
        note.lead = reader.string(u"lead", Need::Optional);
        note.size = reader.string(u"size", Need::Optional);
        note.since = readDate(reader, u"since", Need::Optional);
        note.date = readDate(reader, u"date");
        note.text = reader.string(u"text");
        note.sources = readSourceIds(reader, Need::Required);
        reader.finish();
        if (reader.ok())
            m_records.troopNotes << note;
    }

    void readBorderFigure(const JsonNode& node)
    {
        RecordReader reader(node, QStringLiteral("border figure"), m_file, m_issues);
        BorderFigure figure;
        figure.id = readId(reader, m_borderFigureIds);
        figure.state = readState(reader, u"state");
        figure.neighbour = reader.iso3(u"neighbour");
        if (!figure.neighbour.isEmpty() && !m_stateIds.contains(figure.neighbour))
            reader.warning(*node.member(u"neighbour"),
                           QStringLiteral("neighbour %1 is not listed in \"states\"")
                               .arg(quoted(figure.neighbour)));
        const std::optional<double> km = reader.number(u"km");
        if (km && !(*km > 0.0 && *km < 100'000.0))
            reader.error(*node.member(u"km"),
                         QStringLiteral("\"km\" must be more than 0 and less than 100000, not %1")
                             .arg(node.member(u"km")->text));
        figure.km = km.value_or(0.0);
        figure.sources = readSourceIds(reader, Need::Required);
        figure.note = reader.string(u"note", Need::Optional);
        reader.finish();
        if (reader.ok())
            m_records.borderFigures << figure;
    }

    void readNote(const JsonNode& node)
    {
        RecordReader reader(node, QStringLiteral("note"), m_file, m_issues);
        DataNote note;
        note.id = readId(reader, m_noteIds);
        note.kind = dataNoteKindFromId(reader.choice(u"kind", {QStringLiteral("seed-correction"),
                                                                QStringLiteral("disagreement"),
                                                                QStringLiteral("unconfirmed")}))
                        .value_or(DataNoteKind::Unconfirmed);
        note.about = reader.string(u"about");
        note.text = reader.string(u"text");
        note.sources = readSourceIds(reader, Need::Required);
        reader.finish();
        if (reader.ok())
            m_records.notes << note;
    }

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
    IdTable m_noteIds;
};

} // namespace

LoadResult parseDataset(const QByteArray& data, const QString& fileName)
{
    return Loader(fileName).load(data);
}

LoadResult loadDataset(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {Dataset(), {core::makeError(path, QStringLiteral("the file does not exist"))}};
    if (info.size() > JsonReader::kMaxFileBytes)
        return {Dataset(),
                {core::makeError(path, QStringLiteral("the file is %1 bytes, more than the 64 MiB "
                                                      "a posture file may have; it was not read")
                                           .arg(info.size()))}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Dataset(),
                {core::makeError(path, QStringLiteral("cannot open: %1").arg(file.errorString()))}};
    // Bounded read: the file may have grown since it was measured.
    const QByteArray data = file.read(JsonReader::kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {Dataset(),
                {core::makeError(path, QStringLiteral("cannot read: %1").arg(file.errorString()))}};
    return parseDataset(data, path);
}

} // namespace flank::posture
