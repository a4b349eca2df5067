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

} // namespace flank::posture
