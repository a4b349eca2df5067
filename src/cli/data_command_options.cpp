#include "data_command_options.h"

#include "command_output.h"

#include "core/data_paths.h"

#include <cstdio>

namespace flank::cli {

DataCommandOptions::DataCommandOptions()
    : m_format(QStringLiteral("format"), QStringLiteral("text or json (default: text)."),
               QStringLiteral("FORMAT"), QStringLiteral("text")),
      m_data(QStringLiteral("data"),
             QStringLiteral("The posture file (default: the bundled geodata/posture.json)."),
             QStringLiteral("FILE"))
{
}

void DataCommandOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_format, m_data});
}

QString DataCommandOptions::checkFormat(const QCommandLineParser& parser) const
{
    const QString format = parser.value(m_format);
    if (format == QLatin1String("text") || format == QLatin1String("json"))
        return {};
    return QStringLiteral("--format must be text or json, not \"%1\"").arg(format);
}

bool DataCommandOptions::wantsJson(const QCommandLineParser& parser) const
{
    return parser.value(m_format) == QLatin1String("json");
}

QString DataCommandOptions::dataPath(const QCommandLineParser& parser) const
{
    return parser.isSet(m_data) ? parser.value(m_data) : core::DataPaths::posture();
}

LoadedPosture loadPosture(const QString& path)
{
    LoadedPosture loaded{posture::loadDataset(path), false};
    loaded.failed = core::hasErrors(loaded.result.issues);
    if (loaded.failed)
        for (const core::Issue& issue : loaded.result.issues)
            print(stderr, issue.toString() + QLatin1Char('\n'));
    return loaded;
}

} // namespace flank::cli
