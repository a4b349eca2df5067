#include "status_report.h"

#include "enum_text.h"

#include "core/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace flank::posture {

namespace {

constexpr EnumText<TableFormat> kTableFormats[] = {
    {TableFormat::Text, "text", "aligned text"},
    {TableFormat::Csv, "csv", "CSV"},
    {TableFormat::Json, "json", "JSON"},
};

QJsonValue dateValue(const PartialDate& date)
{
    return date.isValid() ? QJsonValue(date.toString()) : QJsonValue();
}

// The values of one row in the order of statusTableKeys().
QList<QJsonValue> rowValues(const StatusTableRow& row)
{
    QList<QJsonValue> values{row.iso3, row.name};
    for (const StatusOnDate& status : row.statuses)
        values << statusId(status.status)
               << (status.lastStep ? dateValue(status.lastStep->date) : QJsonValue());
    if (const auto& change = row.nextChange)
        values << stepKindId(change->kind) << change->treaty << dateValue(change->date);
    else
        values << QJsonValue() << QJsonValue() << QJsonValue();
    if (const auto& spending = row.spending)
        values << spending->value << spending->targetYear << pledgeBasisId(spending->basis);
    else
        values << QJsonValue() << QJsonValue() << QJsonValue();
    values << row.quotes << row.troopNotes;
    return values;
}

QString csvText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

QString treatyColumnNameOf(const StatusTable& table, const QString& id)
{
    for (const Treaty& treaty : table.treaties)
        if (treaty.id == id)
            return treatyColumnName(treaty);
    return id;
}

} // namespace

QString tableFormatId(TableFormat format)
{
    return QString::fromLatin1(textOf(kTableFormats, format).id);
}

std::optional<TableFormat> tableFormatFromId(const QString& id)
{
    return valueOf(kTableFormats, id);
}

QString statusTableReport(const StatusTable& table, TableFormat format)
{
    switch (format) {
    case TableFormat::Csv:
        return statusTableCsv(table);
    case TableFormat::Json:
        return QString::fromUtf8(QJsonDocument(statusTableJson(table)).toJson());
    case TableFormat::Text:
        break;
    }
    return statusTableText(table);
}

QStringList statusTableKeys(const StatusTable& table)
{
    QStringList keys{QStringLiteral("iso3"), QStringLiteral("name")};
    for (const Treaty& treaty : table.treaties)
        keys << treaty.id + QStringLiteral("_status") << treaty.id + QStringLiteral("_since");
    keys << QStringLiteral("next_change") << QStringLiteral("next_change_treaty")
         << QStringLiteral("next_change_date") << QStringLiteral("spending_percent_gdp")
         << QStringLiteral("spending_year") << QStringLiteral("spending_basis")
         << QStringLiteral("quotes") << QStringLiteral("troop_notes");
    return keys;
}

QString statusTableCsv(const StatusTable& table)
{
    QString csv = core::csvRecord(statusTableKeys(table));
    for (const StatusTableRow& row : table.rows) {
        QStringList fields;
        for (const QJsonValue& value : rowValues(row))
            fields << csvText(value);
        csv += core::csvRecord(fields);
    }
    return csv;
}

QJsonObject statusTableJson(const StatusTable& table)
{
    const QStringList keys = statusTableKeys(table);
    QJsonArray rows;
    for (const StatusTableRow& row : table.rows) {
        const QList<QJsonValue> values = rowValues(row);
        QJsonObject object;
        for (qsizetype i = 0; i < keys.size(); ++i)
            object.insert(keys.at(i), values.value(i));
        rows.append(object);
    }
    QJsonArray treaties;
    for (const Treaty& treaty : table.treaties)
        treaties.append(QJsonObject{{QStringLiteral("id"), treaty.id},
                                    {QStringLiteral("name"), treaty.shortName}});
    return QJsonObject{{QStringLiteral("date"), table.date.toString(Qt::ISODate)},
                       {QStringLiteral("treaty"), core::treatyChoiceName(table.choice)},
                       {QStringLiteral("treaties"), treaties},
                       {QStringLiteral("rows"), rows}};
}

QString pendingNote(const StatusOnDate& status)
{
    if (status.status != Status::WithdrawalNotified)
        return {};
    if (status.effective)
        return QStringLiteral("takes effect %1").arg(status.effective->toString());
    const bool blocked = status.lastStep && status.lastStep->armedConflictClause &&
                         status.lastStep->armedConflictClause->applies;
    return blocked ? QStringLiteral("not in effect while the state is in an armed conflict")
                   : QStringLiteral("effective date not known");
}

QString statusTableText(const StatusTable& table)
{
    QList<QStringList> cells;
    QStringList heading{QStringLiteral("ISO3"), QStringLiteral("State")};
    for (const Treaty& treaty : table.treaties)
        heading << treatyColumnName(treaty) << QStringLiteral("Since");
    heading << QStringLiteral("Next change") << QStringLiteral("Spending, % of GDP")
            << QStringLiteral("Quotes") << QStringLiteral("Troop notes");
    cells << heading;
    bool anyUncertain = false;
    for (const StatusTableRow& row : table.rows) {
        QStringList line{row.iso3, row.name};
        for (const StatusOnDate& status : row.statuses) {
            QString since = status.lastStep ? status.lastStep->date.toString() : QString();
            if (status.isUncertain()) {
                since += QLatin1Char('*');
                anyUncertain = true;
            }
            line << statusLabel(status.status) << since;
        }
        line << (row.nextChange ? QStringLiteral("%1 %2 (%3)")
                                      .arg(stepKindLabel(row.nextChange->kind),
                                           row.nextChange->date.toString(),
                                           treatyColumnNameOf(table, row.nextChange->treaty))
                                : QString());
        line << (row.spending ? QStringLiteral("%1 (%2, %3)")
                                    .arg(QString::number(row.spending->value, 'g', 12))
                                    .arg(row.spending->targetYear)
                                    .arg(pledgeBasisLabel(row.spending->basis))
                              : QString());
        line << QString::number(row.quotes) << QString::number(row.troopNotes);
        cells << line;
    }
    QList<qsizetype> widths(heading.size(), 0);
    for (const QStringList& line : std::as_const(cells))
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());

    QString text = QStringLiteral("Status on %1\n").arg(table.date.toString(Qt::ISODate));
    for (const QStringList& line : std::as_const(cells)) {
        QString out;
        for (qsizetype i = 0; i < line.size(); ++i)
            out += line.at(i).leftJustified(widths.at(i) + 2);
        text += out.trimmed() + QLatin1Char('\n');
    }
    if (anyUncertain)
        text += QStringLiteral("* date known only to the month or year\n");
    return text;
}

} // namespace flank::posture
