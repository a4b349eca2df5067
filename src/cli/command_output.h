#pragma once

#include <QString>

#include <cstdio>

namespace flank::cli {

// Writes text to stdout or stderr as UTF-8, whatever the locale.
void print(std::FILE* stream, const QString& text);

// "flankatlas COMMAND: message" on stderr; returns 2, the exit code of a wrong command line.
int usageError(const QString& command, const QString& message);

} // namespace flank::cli
