#include "commands.h"

#include "command_output.h"
#include "data_command_options.h"
#include "frontier_report.h"

#include "core/command_line.h"
#include "core/data_paths.h"
#include "core/view_options.h"
#include "posture/frontier_pairs.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace flank::cli {

// flankatlas borders [--date D] [--format text|json] [--data FILE]: every land border of the
// dataset's states with Russia and Belarus (and Belarus-Russia), measured on the bundled
// outlines at each scale, beside the published lengths and the programmes along it.
int runBorders(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the land borders with Russia and Belarus: their length measured on Natural "
        "Earth at 1:110m, 1:50m and 1:10m, published lengths with sources, and the "
        "fortification programmes along them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("borders"), QStringLiteral("The command."),
                                 QStringLiteral("borders"));
    const core::ViewOptionReader viewReader(core::ViewOption::Date);
    viewReader.addTo(parser);
    const DataCommandOptions dataOptions;
    dataOptions.addTo(parser);
    if (const auto exitCode =
            core::parseCommandLine(parser, arguments, QStringLiteral("flankatlas borders")))
        return *exitCode;
    if (parser.positionalArguments().size() > 1)
        return usageError(
            QStringLiteral("borders"),
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
    core::ViewRequest request;
    request.state.date = QDate::currentDate();
    if (QString error = viewReader.read(parser, request); !error.isEmpty())
        return usageError(QStringLiteral("borders"), error);
    if (QString error = dataOptions.checkFormat(parser); !error.isEmpty())
        return usageError(QStringLiteral("borders"), error);

    const QString path = dataOptions.dataPath(parser);
    const LoadedPosture loaded = loadPosture(path);
    const posture::Dataset& dataset = loaded.result.dataset;
    if (reportNoData(QStringLiteral("borders"), loaded, path))
        return 1;
    const auto countries = std::make_shared<const geo::CountryLayer>(core::DataPaths::countries());
    if (!countries->isUsable()) {
        for (const core::Issue& issue : countries->issues())
            print(stderr, issue.toString() + QLatin1Char('\n'));
        return 1;
    }
    const geo::FrontierLines frontiers(countries, posture::frontierCandidates(dataset));
    const QDate date = request.state.date;
    const QList<render::FrontierBriefing> briefings =
        render::briefFrontiers(dataset, frontiers, date);
    if (dataOptions.wantsJson(parser))
        print(stdout,
              QString::fromUtf8(
                  QJsonDocument(
                      QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                                  {QStringLiteral("frontiers"), frontiersJson(dataset, briefings)}})
                      .toJson()));
    else
        print(stdout, frontierReportText(dataset, briefings, date));
    return loaded.failed ? 1 : 0;
}

} // namespace flank::cli
