#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace flank::test {

// The rules of the CSL-JSON input schema (csl-data.json, CSL 1.0.2) for what an item may hold:
// `id` and `type` required, `type` one of the schema's item types, no variable the schema does
// not define, text variables as strings and dates as 1-2 arrays of 1-3 parts.
inline QString cslItemProblem(const QJsonObject& item)
{
    static const QSet<QString> kTypes{"article-newspaper", "document", "webpage", "report",
                                      "legislation",       "treaty",   "post"};
    static const QSet<QString> kText{
        "title", "container-title", "publisher",         "URL", "language",
        "note",  "original-title",  "original-publisher"};
    static const QSet<QString> kDates{"issued", "accessed", "original-date"};
    if (!item.value("id").isString() || item.value("id").toString().isEmpty())
        return "no id";
    if (!kTypes.contains(item.value("type").toString()))
        return "type " + item.value("type").toString();
    for (auto it = item.begin(); it != item.end(); ++it) {
        if (it.key() == "id" || it.key() == "type")
            continue;
        if (kText.contains(it.key())) {
            if (!it.value().isString())
                return it.key() + " is not a string";
            continue;
        }
        if (!kDates.contains(it.key()))
            return "unknown variable " + it.key();
        const QJsonObject date = it.value().toObject();
        if (date.keys() != QStringList{"date-parts"})
            return it.key() + " holds more than date-parts";
        const QJsonArray ranges = date.value("date-parts").toArray();
        if (ranges.isEmpty() || ranges.size() > 2)
            return it.key() + ": 1 or 2 dates";
        for (const QJsonValue& range : ranges) {
            const QJsonArray parts = range.toArray();
            if (parts.isEmpty() || parts.size() > 3)
                return it.key() + ": 1 to 3 parts";
            for (const QJsonValue& part : parts)
                if (!part.isDouble())
                    return it.key() + ": parts are numbers";
        }
    }
    return {};
}

} // namespace flank::test
