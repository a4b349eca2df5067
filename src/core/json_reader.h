#pragma once

#include "json_node.h"

#include "issue.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace flank::core {

struct JsonReadResult
{
    std::optional<JsonNode> root; // empty when the text is not a JSON document at all
    Issues issues;
};

// A strict RFC 8259 reader that records where every value starts and reports duplicate keys.
// Built for hostile input: nesting, string and file sizes are bounded, so a 100,000-deep array
// or a 50 MB string gives an error instead of a crash.
class JsonReader
{
public:
    static constexpr int kMaxDepth = 256;
    static constexpr qsizetype kMaxStringBytes = 1024 * 1024;
    static constexpr qsizetype kMaxFileBytes = 64 * 1024 * 1024;
    static constexpr int kMaxIssues = 100;

    // `file` names the input in issues.
    static JsonReadResult read(const QByteArray& data, const QString& file);
};

} // namespace flank::core
