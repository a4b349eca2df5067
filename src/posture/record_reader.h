#pragma once

#include "partial_date.h"

#include "core/issue.h"
#include "core/json_node.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace flank::posture {

// The posture readers walk the positioned tree of core's JSON reader.
using core::JsonMember;
using core::JsonNode;

enum class Need
{
    Required,
    Optional,
};

// Reads the fields of one JSON object record and reports each problem at its line and column.
// Nothing is defaulted silently: a field of the wrong type is an error and marks the record bad,
// so the loader skips it. Fields never asked for are warned about (likely typos).
class RecordReader
{
public:
    RecordReader(const JsonNode& object, const QString& kind, const QString& file,
                 core::Issues& issues);

    bool ok() const { return m_ok; }
    const JsonNode& object() const { return m_object; }
    // "step \"pol-ottawa-signed\"": how messages name the record once its id is known.
    QString label() const { return m_label; }
    void setId(const QString& id);

    // The field's node, or nullptr when absent (an error when required). Marks it as known.
    const JsonNode* field(QStringView key, Need need);
    // A string; a required one must not be empty.
    QString string(QStringView key, Need need = Need::Required);
    std::optional<PartialDate> date(QStringView key, Need need = Need::Required);
    std::optional<double> number(QStringView key, Need need = Need::Required);
    std::optional<int> integer(QStringView key, int minimum, int maximum,
                               Need need = Need::Required);
    std::optional<bool> boolean(QStringView key, Need need = Need::Required);
    // ^[A-Z]{3}$, or one of `alsoAllowed` (such as "*" or "NATO").
    QString iso3(QStringView key, Need need = Need::Required, const QStringList& alsoAllowed = {});
    // An http or https link with a host.
    QString url(QStringView key, Need need = Need::Required);
    // A string that must be one of `allowed`.
    QString choice(QStringView key, const QStringList& allowed, Need need = Need::Required);

    void error(const JsonNode& at, const QString& message);
    void error(int line, int column, const QString& message);
    void warning(const JsonNode& at, const QString& message);
    // Marks the record bad after a problem reported elsewhere (e.g. in a nested object).
    void reject() { m_ok = false; }
    // Warns about fields nobody asked for; call after reading every field.
    void finish();

private:
    const JsonNode* typed(QStringView key, Need need, JsonNode::Type type);

    const JsonNode& m_object;
    QString m_kind;
    QString m_label;
    QString m_file;
    core::Issues& m_issues;
    QSet<QString> m_known;
    bool m_ok = true;
};

// A value in double quotes for a message, shortened when long.
QString quoted(const QString& text);

} // namespace flank::posture
