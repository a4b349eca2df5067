#pragma once

#include "status_table.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace flank::posture {

// The files `flankatlas status` prints and File › Export Table… writes: the same rows, each
// from the status table.
enum class TableFormat
{
    Text,
    Csv,
    Json,
};

QString tableFormatId(TableFormat format); // "text", "csv", "json"
std::optional<TableFormat> tableFormatFromId(const QString& id);

// The whole output in one format, ending with a line break.
QString statusTableReport(const StatusTable& table, TableFormat format);

// An aligned plain-text table with a heading naming the day.
QString statusTableText(const StatusTable& table);
// RFC 4180: a header of statusTableKeys(), then one record per state, CRLF line ends.
QString statusTableCsv(const StatusTable& table);
// {date, treaty, treaties: [{id, name}], rows: [{key: value}]}: each row has every key of
// statusTableKeys(), null where the CSV field is empty; counts and figures are numbers.
QJsonObject statusTableJson(const StatusTable& table);
// iso3, name, then <treaty>_status and <treaty>_since per treaty of the table, next_change,
// next_change_treaty, next_change_date, spending_percent_gdp, spending_year, spending_basis,
// quotes, troop_notes. Statuses, steps and bases by their ids; dates as ISO 8601.
QStringList statusTableKeys(const StatusTable& table);

// "takes effect 2026-01-10", "effective date not yet known", or empty: what to say after a
// status about a pending withdrawal.
QString pendingNote(const StatusOnDate& status);

} // namespace flank::posture
