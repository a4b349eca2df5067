#include "command_line.h"

#include <cstdio>

namespace flank::core {

namespace {

void print(std::FILE* stream, const QString& text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

} // namespace

QString commandHelp(const QCommandLineParser& parser, const QStringList& arguments)
{
    QString help = parser.helpText();
    // Qt writes the path the program was started from; the man page and README say flankatlas.
    const QString started = QStringLiteral("Usage: ") + arguments.value(0);
    if (!arguments.isEmpty() && help.startsWith(started))
        help.replace(0, started.size(), QStringLiteral("Usage: flankatlas"));
    return help;
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    const QString& prefix)
{
    if (!parser.parse(arguments)) {
        print(stderr, QStringLiteral("%1: %2\n").arg(prefix, parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, commandHelp(parser, arguments));
        return 0;
    }
    return std::nullopt;
}

} // namespace flank::core
