// Fuzzes the one JSON reader every loader goes through: each issue names the file and a line
// and column, every value has its place, and a document read without errors, written out
// again, reads back to the same values.
#include "fuzz_check.h"

#include "core/json_reader.h"

#include <QByteArray>

#include <cstdint>

namespace {

using flank::core::JsonMember;
using flank::core::JsonNode;

// Escapes by UTF-16 unit and converts the rest in one piece: QString::fromUcs4() on a single
// U+FEFF takes it for a byte order mark and drops it.
void appendString(QByteArray& out, const QString& text)
{
    QString escaped;
    for (const QChar unit : text) {
        if (unit == u'"' || unit == u'\\')
            escaped += u'\\';
        if (unit.unicode() < 0x20)
            escaped += QStringLiteral("\\u00%1").arg(int(unit.unicode()), 2, 16, QLatin1Char('0'));
        else
            escaped += unit;
    }
    out += '"' + escaped.toUtf8() + '"';
}

// Numbers are written as they were read, so a round trip keeps their literal.
void write(QByteArray& out, const JsonNode& node)
{
    switch (node.type) {
    case JsonNode::Type::Null:
        out += "null";
        return;
    case JsonNode::Type::Bool:
        out += node.boolean ? "true" : "false";
        return;
    case JsonNode::Type::Number:
        out += node.text.toLatin1();
        return;
    case JsonNode::Type::String:
        appendString(out, node.text);
        return;
    case JsonNode::Type::Array:
        out += '[';
        for (size_t i = 0; i < node.items.size(); ++i) {
            out += i ? ",\n" : "";
            write(out, node.items[i]);
        }
        out += ']';
        return;
    case JsonNode::Type::Object:
        out += '{';
        for (size_t i = 0; i < node.members.size(); ++i) {
            out += i ? ",\n" : "";
            appendString(out, node.members[i].key);
            out += ':';
            write(out, node.members[i].value);
        }
        out += '}';
        return;
    }
}

bool same(const JsonNode& a, const JsonNode& b)
{
    if (a.type != b.type || a.boolean != b.boolean || a.text != b.text ||
        a.items.size() != b.items.size() || a.members.size() != b.members.size())
        return false;
    for (size_t i = 0; i < a.items.size(); ++i)
        if (!same(a.items[i], b.items[i]))
            return false;
    for (size_t i = 0; i < a.members.size(); ++i)
        if (a.members[i].key != b.members[i].key || !same(a.members[i].value, b.members[i].value))
            return false;
    return true;
}

void checkPlaces(const JsonNode& node)
{
    FUZZ_CHECK(node.line >= 1 && node.column >= 1);
    for (const JsonNode& item : node.items)
        checkPlaces(item);
    for (const JsonMember& member : node.members) {
        FUZZ_CHECK(member.line >= 1 && member.column >= 1);
        checkPlaces(member.value);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using flank::core::JsonReader;
    const QString file = QStringLiteral("fuzz.json");
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const flank::core::JsonReadResult read = JsonReader::read(bytes, file);
    FUZZ_CHECK(read.issues.size() <= JsonReader::kMaxIssues + 2);
    for (const flank::core::Issue& issue : read.issues) {
        FUZZ_CHECK(issue.file == file);
        FUZZ_CHECK(!issue.message.isEmpty());
        FUZZ_CHECK(issue.line >= 1 && issue.column >= 1);
    }
    const bool clean = !flank::core::hasErrors(read.issues);
    FUZZ_CHECK(read.root.has_value() || !clean);
    if (!read.root)
        return 0;
    checkPlaces(*read.root);
    FUZZ_CHECK(!(clean && read.root->hasErrors));
    if (!clean)
        return 0;
    QByteArray again;
    write(again, *read.root);
    const flank::core::JsonReadResult reread = JsonReader::read(again, file);
    FUZZ_CHECK(!flank::core::hasErrors(reread.issues) && reread.root);
    FUZZ_CHECK(same(*read.root, *reread.root));
    return 0;
}
