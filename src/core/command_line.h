#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace flank::core {

// Parses like QCommandLineParser::process(), but its help names the program `flankatlas`
// rather than the path it was started from, and errors start with `prefix` ("flankatlas
// export"). Returns the exit code when the command should stop: 0 after --help, 2 after an
// error; nullopt to go on.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    const QString& prefix = QStringLiteral("flankatlas"));

// The parser's help with the program named `flankatlas`.
QString commandHelp(const QCommandLineParser& parser, const QStringList& arguments);

} // namespace flank::core
