#include "command_output.h"

namespace flank::cli {

void print(std::FILE* stream, const QString& text)
{
    std::fputs(text.toUtf8().constData(), stream);
}

int usageError(const QString& command, const QString& message)
{
    print(stderr, QStringLiteral("flankatlas %1: %2\n").arg(command, message));
    return 2;
}

} // namespace flank::cli
