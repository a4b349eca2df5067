#include "dataset_reader.h"

#include "nested_record.h"

#include "core/json_reader.h"

#include <QRegularExpression>

#include <algorithm>

namespace flank::posture {

namespace {

QStringList stepKindIds()
{
    QStringList ids;
    for (const StepKind kind : allStepKinds())
        ids << stepKindId(kind);
    return ids;
}

// The three kinds, then the finer ones of the first dataset edition, still read.
const QStringList& sourceKinds()
{
    static const QStringList kinds{
        QStringLiteral("primary"), QStringLiteral("outlet"),   QStringLiteral("copy"),
        QStringLiteral("news"),    QStringLiteral("official"), QStringLiteral("treaty-depositary"),
        QStringLiteral("ngo"),     QStringLiteral("analysis"), QStringLiteral("state-media")};
    return kinds;
}

} // namespace

LoadResult DatasetReader::load(const QByteArray& data)
{
    core::JsonReadResult json = core::JsonReader::read(data, m_file);
    m_issues = std::move(json.issues);
    if (!json.root)
        return {Dataset(), m_issues};
    const JsonNode& root = *json.root;
    if (!root.isObject()) {
        m_issues << core::makeError(
            m_file, QStringLiteral("the top level must be an object, not %1").arg(root.typeName()),
            root.line, root.column);
        return {Dataset(), m_issues};
    }

    RecordReader top(root, QStringLiteral("posture file"), m_file, m_issues);
    if (const JsonNode* format = top.field(u"format", Need::Required)) {
        if (!format->isString() || format->text != QLatin1String("flank-posture"))
            top.error(*format, QStringLiteral("\"format\" must be \"flank-posture\""));
        else
            m_records.format = format->text;
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
    readSection(top, u"sources", Need::Required, &DatasetReader::readSource);
    readSection(top, u"treaties", Need::Required, &DatasetReader::readTreaty);
    readSection(top, u"states", Need::Required, &DatasetReader::readState);
    readSection(top, u"steps", Need::Required, &DatasetReader::readStep);
    readSection(top, u"quotes", Need::Optional, &DatasetReader::readQuote);
    readSection(top, u"pledges", Need::Optional, &DatasetReader::readPledge);
    readSection(top, u"troopNotes", Need::Optional, &DatasetReader::readTroopNote);
    readSection(top, u"borderFigures", Need::Optional, &DatasetReader::readBorderFigure);
    readSection(top, u"fortifications", Need::Optional, &DatasetReader::readFortification);
    readSection(top, u"notes", Need::Optional, &DatasetReader::readNote);
    top.finish();
    acceptSteps();
    return {Dataset(std::move(m_records)), m_issues};
}

void DatasetReader::readSection(RecordReader& top, QStringView key, Need need,
                                void (DatasetReader::*readOne)(const JsonNode&))
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
QString DatasetReader::readId(RecordReader& reader, IdTable& seen, const QString& id,
                              QStringView key)
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

QString DatasetReader::readId(RecordReader& reader, IdTable& seen)
{
    return readId(reader, seen, reader.string(u"id"), u"id");
}

QString DatasetReader::readSlugId(RecordReader& reader, IdTable& seen)
{
    static const QRegularExpression kIdPattern(QStringLiteral("^[a-z0-9-]+$"));
    const QString id = readId(reader, seen);
    if (!id.isEmpty() && !kIdPattern.match(id).hasMatch())
        reader.error(*reader.object().member(u"id"),
                     QStringLiteral("an id may hold only a-z, 0-9 and '-'"));
    return id;
}

QStringList DatasetReader::readSourceIds(RecordReader& reader, Need need, QStringView key)
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
        reader.error(*node,
                     QStringLiteral("has no source; \"%1\" must name at least one").arg(key));
    QStringList ids;
    for (const JsonNode& item : node->items) {
        if (!item.isString())
            reader.error(
                item, QStringLiteral("a source id must be a string, not %1").arg(item.typeName()));
        else if (!m_sourceIds.contains(item.text))
            reader.error(item, QStringLiteral("unknown source %1").arg(quoted(item.text)));
        else if (!m_acceptedSources.contains(item.text))
            reader.error(item, QStringLiteral("source %1 was rejected (see its error above)")
                                   .arg(quoted(item.text)));
        else if (ids.contains(item.text))
            reader.warning(item,
                           QStringLiteral("source %1 is listed twice").arg(quoted(item.text)));
        else
            ids << item.text;
    }
    return ids;
}

// A known state, or (with `allowed`) a stand-in such as "*" or "NATO".
QString DatasetReader::readStateCode(RecordReader& reader, QStringView key,
                                     const QStringList& allowed)
{
    const QString iso3 = reader.iso3(key, Need::Required, allowed);
    if (!iso3.isEmpty() && !allowed.contains(iso3))
        checkStateKnown(reader, *reader.field(key, Need::Optional), iso3);
    return iso3;
}

void DatasetReader::checkStateKnown(RecordReader& reader, const JsonNode& at, const QString& iso3)
{
    if (!m_stateIds.contains(iso3))
        reader.error(
            at, QStringLiteral("unknown state %1 (not listed in \"states\")").arg(quoted(iso3)));
    else if (!m_acceptedStates.contains(iso3))
        reader.error(
            at, QStringLiteral("state %1 was rejected (see its error above)").arg(quoted(iso3)));
}

QStringList DatasetReader::readStateCodes(RecordReader& reader, QStringView key)
{
    static const QRegularExpression kIso3(QStringLiteral("^[A-Z]{3}$"));
    const JsonNode* node = reader.field(key, Need::Required);
    if (!node)
        return {};
    if (!node->isArray()) {
        reader.error(*node, QStringLiteral("\"%1\" must be an array of ISO 3166-1 alpha-3 "
                                           "codes, not %2")
                                .arg(key, node->typeName()));
        return {};
    }
    if (node->items.empty())
        reader.error(*node, QStringLiteral("\"%1\" must name at least one state").arg(key));
    QStringList codes;
    for (const JsonNode& item : node->items) {
        if (!item.isString() || !kIso3.match(item.text).hasMatch()) {
            reader.error(item,
                         QStringLiteral("\"%1\" must hold ISO 3166-1 alpha-3 codes "
                                        "(three capital letters), not %2")
                             .arg(key, item.isString() ? quoted(item.text) : item.typeName()));
            continue;
        }
        checkStateKnown(reader, item, item.text);
        if (codes.contains(item.text))
            reader.warning(item, QStringLiteral("state %1 is listed twice").arg(quoted(item.text)));
        else
            codes << item.text;
    }
    return codes;
}

PartialDate DatasetReader::readDate(RecordReader& reader, QStringView key, Need need)
{
    return reader.date(key, need).value_or(PartialDate());
}

void DatasetReader::readSource(const JsonNode& node)
{
    RecordReader reader(node, QStringLiteral("source"), m_file, m_issues);
    Source source;
    source.id = readSlugId(reader, m_sourceIds);
    source.outlet = reader.string(u"outlet");
    source.title = reader.string(u"title");
    source.date = readDate(reader, u"date");
    const QString kind = reader.choice(u"kind", sourceKinds(), Need::Optional);
    source.kind = sourceKindFromId(kind).value_or(SourceKind::Outlet);
    readNestedRecord(reader, u"copyOf", Need::Optional, m_file, m_issues,
                     [&](RecordReader& origin) {
                         source.copyOf = SourceOrigin{origin.string(u"outlet"),
                                                      origin.string(u"title", Need::Optional),
                                                      readDate(origin, u"date", Need::Optional),
                                                      origin.url(u"url", Need::Optional)};
                     });
    // A copy is cited for its original, so it must name it; only a copy has one.
    if (source.kind == SourceKind::Copy && !source.copyOf && reader.ok())
        reader.error(*node.member(u"kind"),
                     QStringLiteral("a copy must name its original in \"copyOf\""));
    if (source.kind != SourceKind::Copy && source.copyOf)
        reader.error(*node.member(u"copyOf"),
                     QStringLiteral("\"copyOf\" is only for a source of kind \"copy\""));
    source.language = reader.string(u"language", Need::Optional);
    source.checked = readDate(reader, u"checked", Need::Optional);
    source.unreliable =
        !reader.choice(u"reliability", {QStringLiteral("unreliable")}, Need::Optional).isEmpty();
    source.note = reader.string(u"note", source.unreliable ? Need::Required : Need::Optional);
    // A seed article with no public address can only be cited as an unreliable source whose
    // note says so (docs/posture-format.md, Changes 1).
    source.url = reader.url(u"url", source.unreliable ? Need::Optional : Need::Required);
    source.archiveUrl = reader.url(u"archiveUrl", Need::Optional);
    if (!source.url.isEmpty()) {
        const QString earlier = m_sourceIdByUrl.value(source.url);
        if (!earlier.isEmpty())
            reader.warning(*node.member(u"url"),
                           QStringLiteral("source %1 has already given this address; cite it "
                                          "instead, or a bibliography lists the page twice")
                               .arg(quoted(earlier)));
        else
            m_sourceIdByUrl.insert(source.url, source.id);
    }
    reader.finish();
    if (reader.ok()) {
        m_records.sources << source;
        m_acceptedSources.insert(source.id);
    }
}

void DatasetReader::readTreaty(const JsonNode& node)
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
    if (reader.ok()) {
        m_records.treaties << treaty;
        m_acceptedTreaties.insert(treaty.id);
    }
}

void DatasetReader::readState(const JsonNode& node)
{
    RecordReader reader(node, QStringLiteral("state"), m_file, m_issues);
    StateInfo state;
    state.iso3 = readId(reader, m_stateIds, reader.iso3(u"iso3"), u"iso3");
    state.name = reader.string(u"name");
    state.sources = readSourceIds(reader, Need::Optional);
    reader.finish();
    if (reader.ok()) {
        m_records.states << state;
        m_acceptedStates.insert(state.iso3);
    }
}

void DatasetReader::readStep(const JsonNode& node)
{
    RecordReader reader(node, QStringLiteral("step"), m_file, m_issues);
    LegalStep step;
    step.id = readId(reader, m_stepIds);
    step.state = readStateCode(reader, u"state");
    step.treaty = reader.string(u"treaty");
    if (!step.treaty.isEmpty() && !m_treatyIds.contains(step.treaty))
        reader.error(*node.member(u"treaty"),
                     QStringLiteral("unknown treaty %1 (not listed in \"treaties\")")
                         .arg(quoted(step.treaty)));
    else if (!step.treaty.isEmpty() && !m_acceptedTreaties.contains(step.treaty))
        reader.error(*node.member(u"treaty"),
                     QStringLiteral("treaty %1 was rejected (see its error above)")
                         .arg(quoted(step.treaty)));
    const std::optional<StepKind> kind = stepKindFromId(reader.choice(u"kind", stepKindIds()));
    step.kind = kind.value_or(StepKind::Signed);
    step.date = readDate(reader, u"date");
    step.dateNote = reader.string(u"dateNote", Need::Optional);
    step.sources = readSourceIds(reader, Need::Required);
    step.note = reader.string(u"note", Need::Optional);
    step.primaryNote = reader.string(u"primaryNote", Need::Optional);
    step.checked = readDate(reader, u"checked", Need::Optional);
    if (step.date.isValid() && !step.date.isExact() && step.dateNote.trimmed().isEmpty())
        reader.error(*node.member(u"date"),
                     QStringLiteral("a date known only to the month or year needs a "
                                    "\"dateNote\" saying what is known"));
    // Required where a withdrawal takes effect; allowed elsewhere (e.g. on a suspension,
    // to say why the state chose it).
    const bool needsClause = kind && needsArmedConflictClause(*kind);
    const JsonNode* clause =
        reader.field(u"armedConflictClause", needsClause ? Need::Required : Need::Optional);
    if (clause && kind) {
        if (!clause->isObject()) {
            reader.error(*clause, QStringLiteral("\"armedConflictClause\" must be an object, "
                                                 "not %1")
                                      .arg(clause->typeName()));
        } else {
            RecordReader clauseReader(*clause,
                                      QStringLiteral("%1, armedConflictClause").arg(reader.label()),
                                      m_file, m_issues);
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
void DatasetReader::acceptSteps()
{
    std::vector<PendingStep*> byOrder;
    for (PendingStep& pending : m_steps)
        byOrder.push_back(&pending);
    std::stable_sort(byOrder.begin(), byOrder.end(),
                     [](const PendingStep* a, const PendingStep* b) {
                         return stepOrder(a->step.kind) < stepOrder(b->step.kind);
                     });
    for (PendingStep* later : byOrder) {
        const LegalStep& step = later->step;
        if (stepOrder(step.kind) < 0)
            continue;
        for (const PendingStep* earlier : byOrder) {
            const LegalStep& before = earlier->step;
            if (earlier->rejected || before.state != step.state || before.treaty != step.treaty ||
                stepOrder(before.kind) < 0 || stepOrder(before.kind) >= stepOrder(step.kind))
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
void DatasetReader::warnAboutShortNotice()
{
    for (const PendingStep& effective : m_steps) {
        if (effective.rejected || effective.step.kind != StepKind::WithdrawalEffective ||
            !effective.step.date.isExact())
            continue;
        const auto treaty =
            std::find_if(m_records.treaties.cbegin(), m_records.treaties.cend(),
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
                        .arg(treaty->withdrawalArticle, earliest.toString(Qt::ISODate)),
                    date->line, date->column);
            }
        }
    }
}

} // namespace flank::posture
