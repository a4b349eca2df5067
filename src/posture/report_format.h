#pragma once

#include "dataset.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace flank::posture {

// The pieces the plain-text and JSON reports share (`info`, `borders`): one way to cite a
// source, one date column, one way to leave out what a record does not have.

// Detail lines start under the text of a dated line.
extern const QString kReportIndent;

// "              Source: Reuters, “Title”, 2025-03-18, https://…" per source.
QString sourceLines(const Dataset& dataset, const QStringList& ids);
QJsonArray sourcesJson(const Dataset& dataset, const QStringList& ids);
// "2025-07-10  " with the date column the same width for every precision.
QString dateCell(const PartialDate& date);
// "  (2 later quotes after 2025-07-01 not shown)", in `one` or `many`; empty for none.
QString laterLine(int count, const QString& one, const QString& many, QDate date);

// {"value", "currency", "scale"?}
QJsonObject amountJson(const PledgeAmount& amount);

void insertIfSet(QJsonObject& object, const QString& key, const QString& value);
void insertIfSet(QJsonObject& object, const QString& key, const PartialDate& date);

} // namespace flank::posture
