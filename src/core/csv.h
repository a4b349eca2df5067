#pragma once

#include <QString>
#include <QStringList>

namespace flank::core {

// One CSV record as RFC 4180 has it: fields that hold a comma, a double quote or a line break
// are quoted, quotes doubled, and the record ends with CRLF, so spreadsheets read it back
// unchanged.
QString csvRecord(const QStringList& fields);

} // namespace flank::core
