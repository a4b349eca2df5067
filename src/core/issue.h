#pragma once

#include <QList>
#include <QString>

namespace flank::core {

enum class Severity
{
    Warning,
    Error
};

// One problem found while reading a file: where it is and what is wrong.
// Loaders return these next to the data they could read, never instead of it.
struct Issue
{
    Severity severity = Severity::Error;
    QString file;
    int line = 0;   // 1-based; 0 when the place is not a line
    int column = 0; // 1-based; 0 when unknown
    QString place;  // a JSON Pointer, feature id or layer name when there is no line
    QString message;

    // "file:line:col: error: message", the form compilers and editors understand.
    QString toString() const;
};

using Issues = QList<Issue>;

bool hasErrors(const Issues& issues);
Issue makeError(const QString& file, const QString& message, int line = 0, int column = 0);
Issue makeWarning(const QString& file, const QString& message, int line = 0, int column = 0);

} // namespace flank::core
