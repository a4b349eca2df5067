#pragma once

#include "record_reader.h"

namespace flank::posture {

// Reads an object nested in a record ("copyOf", "original", "amount") with `readFields`, which
// gets a reader labelled "<record>, <key>". A bad nested object marks the whole record bad.
// Returns whether the object was there and read cleanly.
template <typename ReadFields>
bool readNestedRecord(RecordReader& parent, QStringView key, Need need, const QString& file,
                      core::Issues& issues, ReadFields readFields)
{
    const JsonNode* node = parent.field(key, need);
    if (!node)
        return false;
    if (!node->isObject()) {
        parent.error(*node, QStringLiteral("\"%1\" must be an object, not %2")
                                .arg(key.toString(), node->typeName()));
        return false;
    }
    RecordReader nested(*node, QStringLiteral("%1, %2").arg(parent.label(), key.toString()), file,
                        issues);
    readFields(nested);
    nested.finish();
    if (!nested.ok())
        parent.reject();
    return nested.ok();
}

// Reads an array of objects nested in a record ("frontiers") with `readItem`, one reader per
// item labelled "<record>, <key>". A bad item marks the whole record bad. Returns the array's
// node, or nullptr when it is absent or not an array.
template <typename ReadItem>
const JsonNode* readNestedArray(RecordReader& parent, QStringView key, Need need,
                                const QString& file, core::Issues& issues, ReadItem readItem)
{
    const JsonNode* node = parent.field(key, need);
    if (!node)
        return nullptr;
    if (!node->isArray()) {
        parent.error(*node, QStringLiteral("\"%1\" must be an array, not %2")
                                .arg(key.toString(), node->typeName()));
        return nullptr;
    }
    for (const JsonNode& item : node->items) {
        if (!item.isObject()) {
            parent.error(item, QStringLiteral("each entry of \"%1\" must be an object, not %2")
                                   .arg(key.toString(), item.typeName()));
            continue;
        }
        RecordReader nested(item, QStringLiteral("%1, %2").arg(parent.label(), key.toString()),
                            file, issues);
        readItem(nested);
        nested.finish();
        if (!nested.ok())
            parent.reject();
    }
    return node;
}

} // namespace flank::posture
