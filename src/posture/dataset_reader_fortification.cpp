// Fortification programmes: the record, the borders it covers and its timeline.
#include "dataset_reader.h"
#include "nested_record.h"

namespace flank::posture {

namespace {

// The neighbours a programme can face: Kaliningrad counts as RUS.
const QStringList kNeighbours = {QStringLiteral("RUS"), QStringLiteral("BLR")};

QStringList elementIds()
{
    QStringList ids;
    for (const FortificationElement element : allFortificationElements())
        ids << fortificationElementId(element);
    return ids;
}

QList<FortificationElement> readIncludes(RecordReader& reader)
{
    const JsonNode* node = reader.field(u"includes", Need::Required);
    if (!node)
        return {};
    if (!node->isArray()) {
        reader.error(*node,
                     QStringLiteral("\"includes\" must be an array, not %1").arg(node->typeName()));
        return {};
    }
    QList<FortificationElement> elements;
    for (const JsonNode& item : node->items) {
        const std::optional<FortificationElement> element =
            item.isString() ? fortificationElementFromId(item.text) : std::nullopt;
        if (!element) {
            reader.error(item, QStringLiteral("\"includes\" entries must be one of %1, not %2")
                                   .arg(elementIds().join(QStringLiteral(", ")),
                                        item.isString() ? quoted(item.text) : item.typeName()));
        } else if (elements.contains(*element)) {
            reader.warning(item, QStringLiteral("%1 is listed twice").arg(quoted(item.text)));
        } else {
            elements << *element;
        }
    }
    return elements;
}

} // namespace

void DatasetReader::readFortification(const JsonNode& node)
{
    RecordReader reader(node, QStringLiteral("fortification"), m_file, m_issues);
    Fortification programme;
    programme.id = readSlugId(reader, m_fortificationIds);
    programme.name = reader.string(u"name");
    readNestedRecord(reader, u"nameOriginal", Need::Optional, m_file, m_issues,
                     [&](RecordReader& original) {
                         programme.nameOriginal =
                             OriginalName{original.string(u"language"), original.string(u"text")};
                     });
    programme.states = readStateCodes(reader, u"states");
    readFortifiedFrontiers(reader, programme);
    readNestedRecord(
        reader, u"length", Need::Optional, m_file, m_issues, [&](RecordReader& length) {
            const std::optional<double> km = length.number(u"km");
            if (km && !(*km > 0.0 && *km < 100'000.0))
                length.error(*length.object().member(u"km"),
                             QStringLiteral("\"km\" must be more than 0 and less "
                                            "than 100000, not %1")
                                 .arg(length.object().member(u"km")->text));
            programme.length =
                AnnouncedLength{km.value_or(0.0), length.string(u"note", Need::Optional)};
        });
    readNestedRecord(
        reader, u"budget", Need::Optional, m_file, m_issues, [&](RecordReader& budget) {
            const PledgeAmount amount = readAmount(budget);
            programme.budget = FortificationBudget{amount, budget.string(u"note", Need::Optional)};
        });
    readFortificationDates(reader, programme);
    programme.includes = readIncludes(reader);
    programme.includesNote = reader.string(u"includesNote", Need::Optional);
    programme.text = reader.string(u"text");
    programme.sources = readSourceIds(reader, Need::Required);
    programme.checked = readDate(reader, u"checked");
    reader.finish();
    if (reader.ok())
        m_records.fortifications << programme;
}

void DatasetReader::readFortifiedFrontiers(RecordReader& reader, Fortification& programme)
{
    const JsonNode* frontiers = readNestedArray(
        reader, u"frontiers", Need::Required, m_file, m_issues, [&](RecordReader& entry) {
            FortifiedFrontier frontier;
            frontier.state = readStateCode(entry, u"state");
            frontier.neighbour = entry.choice(u"neighbour", kNeighbours);
            const std::optional<FrontierCoverage> coverage = frontierCoverageFromId(
                entry.choice(u"coverage", {QStringLiteral("whole"), QStringLiteral("part")}));
            frontier.coverage = coverage.value_or(FrontierCoverage::Part);
            frontier.note = entry.string(u"note", Need::Optional);
            const JsonNode& at = entry.object();
            if (!frontier.state.isEmpty() && frontier.state == frontier.neighbour)
                entry.error(at, QStringLiteral("a state has no border with itself"));
            else if (!frontier.state.isEmpty() && !programme.states.isEmpty() &&
                     !programme.states.contains(frontier.state))
                entry.error(*at.member(u"state"),
                            QStringLiteral("%1 is not one of the programme's \"states\"")
                                .arg(quoted(frontier.state)));
            else if (!frontier.neighbour.isEmpty() &&
                     programme.frontier(frontier.state, frontier.neighbour))
                entry.error(at, QStringLiteral("the %1\u2013%2 border is listed twice")
                                    .arg(frontier.state, frontier.neighbour));
            programme.frontiers << frontier;
        });
    if (frontiers && frontiers->isArray() && frontiers->items.empty())
        reader.error(*frontiers,
                     QStringLiteral("\"frontiers\" must name at least one border it covers"));
}

void DatasetReader::readFortificationDates(RecordReader& reader, Fortification& programme)
{
    programme.announced = readDate(reader, u"announced");
    programme.started = readDate(reader, u"started", Need::Optional);
    programme.plannedCompletion = readDate(reader, u"plannedCompletion", Need::Optional);
    programme.completed = readDate(reader, u"completed", Need::Optional);
    // Construction cannot start before the programme exists, nor finish before it starts.
    checkDateOrder(reader, u"announced", programme.announced, u"started", programme.started);
    if (programme.started.isValid())
        checkDateOrder(reader, u"started", programme.started, u"completed", programme.completed);
    else
        checkDateOrder(reader, u"announced", programme.announced, u"completed",
                       programme.completed);
    checkDateOrder(reader, u"announced", programme.announced, u"plannedCompletion",
                   programme.plannedCompletion);
}

} // namespace flank::posture
