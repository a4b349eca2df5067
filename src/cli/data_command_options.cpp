#include "data_command_options.h"

#include "command_output.h"

#include "core/data_paths.h"

#include <cstdio>

namespace flank::cli {

DataCommandOptions::DataCommandOptions(const QStringList& formats)
    : m_format(formats),
      m_data(QStringLiteral("data"),
             QStringLiteral("The posture file (default: the bundled geodata/posture.json)."),
             QStringLiteral("FILE"))
{
}

void DataCommandOptions::addTo(QCommandLineParser& parser) const
{
    m_format.addTo(parser);
    parser.addOption(m_data);
}

QString DataCommandOptions::checkFormat(const QCommandLineParser& parser) const
{
    return m_format.check(parser);
}

bool DataCommandOptions::wantsJson(const QCommandLineParser& parser) const
{
    return format(parser) == QLatin1String("json");
}

QString DataCommandOptions::format(const QCommandLineParser& parser) const
{
    return m_format.value(parser);
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

bool reportNoData(const QString& command, const LoadedPosture& loaded, const QString& path)
{
    if (!loaded.result.dataset.isEmpty())
        return false;
    print(stderr,
          QStringLiteral("flankatlas %1: no data could be read from %2\n").arg(command, path));
    return true;
}

} // namespace flank::cli
