#include "step_comparison.h"

#include "core/view_options.h"

#include <QJsonArray>

namespace flank::story {

namespace {

using core::Comparison;
using core::JsonNode;
using posture::Need;
using posture::RecordReader;

const QString kDates = QStringLiteral("dates");
const QString kMultiples = QStringLiteral("multiples");
const QString kTreaties = QStringLiteral("treaties");

QString keyOf(Comparison kind)
{
    return kind == Comparison::Dates       ? kDates
           : kind == Comparison::Multiples ? kMultiples
                                           : kTreaties;
}

// An array of dates, or for a grid "yearly:FIRST-LAST" as --multiples takes it.
bool readDates(const JsonNode& list, Comparison kind, RecordReader& reader, QList<QDate>& dates)
{
    const QString key = keyOf(kind);
    if (kind == Comparison::Multiples && list.isString()) {
        QString error = core::ComparisonOptionReader::parseDates(key, list.text, dates);
        if (!error.isEmpty())
            reader.error(list, error.mid(2)); // the option's "--" is no story key
        return error.isEmpty();
    }
    if (!list.isArray()) {
        reader.error(
            list,
            QStringLiteral("\"%1\" must be an array of dates, not %2").arg(key, list.typeName()));
        return false;
    }
    bool ok = true;
    for (const JsonNode& item : list.items) {
        const auto date =
            item.isString() ? core::ViewOptionReader::parseDate(item.text) : std::nullopt;
        if (date) {
            dates << *date;
            continue;
        }
        reader.error(item,
                     QStringLiteral("%1 is not a date (YYYY-MM-DD)")
                         .arg(item.isString() ? posture::quoted(item.text) : item.typeName()));
        ok = false;
    }
    return ok;
}

} // namespace

std::optional<core::ComparisonRequest> readStepComparison(const JsonNode& node, RecordReader& step,
                                                          const QString& file, core::Issues& issues)
{
    if (!node.isObject()) {
        step.error(node,
                   QStringLiteral("\"compare\" must be an object, not %1").arg(node.typeName()));
        return std::nullopt;
    }
    RecordReader reader(node, step.label() + QStringLiteral(" compare"), file, issues);
    core::ComparisonRequest request;
    const JsonNode* dates = reader.field(kDates, Need::Optional);
    const JsonNode* multiples = reader.field(kMultiples, Need::Optional);
    const JsonNode* treaties = reader.field(kTreaties, Need::Optional);
    if (int(dates != nullptr) + int(multiples != nullptr) + int(treaties != nullptr) != 1) {
        reader.error(node, QStringLiteral("\"compare\" needs one of \"dates\", \"multiples\" "
                                          "and \"treaties\""));
    } else if (treaties) {
        request.kind = Comparison::Treaties;
        if (const auto value = reader.boolean(kTreaties); value && !*value)
            reader.error(*treaties, QStringLiteral("\"treaties\" can only be true"));
    } else {
        request.kind = dates ? Comparison::Dates : Comparison::Multiples;
        const JsonNode& list = dates ? *dates : *multiples;
        if (!readDates(list, request.kind, reader, request.dates))
            reader.reject();
        else if (const QString problem = stepComparisonProblem(request); !problem.isEmpty())
            reader.error(list, problem);
    }
    if (reader.field(u"columns", Need::Optional)) {
        if (request.kind != Comparison::Multiples)
            reader.error(*reader.field(u"columns", Need::Optional),
                         QStringLiteral("\"columns\" goes only with \"multiples\""));
        else if (const auto columns = reader.integer(u"columns", 1, core::kMaxColumns))
            request.columns = *columns;
    }
    reader.finish();
    if (!reader.ok()) {
        step.reject();
        return std::nullopt;
    }
    return request;
}

QJsonObject stepComparisonToJson(const core::ComparisonRequest& comparison)
{
    QJsonObject object;
    if (comparison.kind == Comparison::Treaties) {
        object.insert(kTreaties, true);
        return object;
    }
    QJsonArray dates;
    for (const QDate& date : comparison.dates)
        dates.append(date.toString(Qt::ISODate));
    object.insert(keyOf(comparison.kind), dates);
    if (comparison.kind == Comparison::Multiples && comparison.columns > 0)
        object.insert(QStringLiteral("columns"), comparison.columns);
    return object;
}

QString stepComparisonProblem(const core::ComparisonRequest& comparison)
{
    const qsizetype count = comparison.dates.size();
    for (const QDate& date : comparison.dates)
        if (!date.isValid())
            return QStringLiteral("\"%1\" has a date that is not valid")
                .arg(keyOf(comparison.kind));
    if (comparison.kind == Comparison::Dates && count != 2)
        return QStringLiteral("\"dates\" needs two dates, not %1").arg(count);
    if (comparison.kind == Comparison::Multiples &&
        (count < core::kMinMultiples || count > core::kMaxMultiples))
        return QStringLiteral("\"multiples\" needs from %1 to %2 dates, not %3")
            .arg(core::kMinMultiples)
            .arg(core::kMaxMultiples)
            .arg(count);
    if (comparison.columns < 0 || comparison.columns > core::kMaxColumns ||
        (comparison.columns > 0 && comparison.kind != Comparison::Multiples))
        return QStringLiteral("\"columns\" must be from 1 to %1, and only with \"multiples\"")
            .arg(core::kMaxColumns);
    return {};
}

} // namespace flank::story
