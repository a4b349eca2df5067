#include "commands.h"

#include "command_output.h"
#include "data_command_options.h"

#include "core/command_line.h"
#include "core/view_options.h"
#include "posture/status_report.h"

#include <QCommandLineParser>

#include <cstdio>

namespace flank::cli {

namespace {

int statusUsageError(const QString& message)
{
    return cli::usageError(QStringLiteral("status"), message);
}

} // namespace

// flankatlas status --date YYYY-MM-DD [--treaty ottawa|ccm|both] [--format text|csv|json]
// [--data FILE]: the status table, one row per state, from the same briefing the side panel
// and `info` show, so the statuses are those the map is colored by.
int runStatus(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists every state on one day: its status under each treaty and since when, the next "
        "scheduled change, the latest defence-spending figure (percent of GDP), and how many "
        "quotes and troop notes the data holds by then."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("status"), QStringLiteral("The command."),
                                 QStringLiteral("status"));
    // --treaty both (the default) gives every treaty its columns; ottawa or ccm only its own.
    const core::ViewOptionReader viewReader(core::ViewOption::Date | core::ViewOption::Treaty);
    viewReader.addTo(parser);
    const DataCommandOptions dataOptions(
        {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")});
    dataOptions.addTo(parser);
    if (const auto exitCode =
            core::parseCommandLine(parser, arguments, QStringLiteral("flankatlas status")))
        return *exitCode;
    if (parser.positionalArguments().size() > 1)
        return statusUsageError(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));

    core::ViewRequest request;
    request.state.date = QDate::currentDate();
    request.state.treaty = core::TreatyChoice::Both;
    if (const QString error = viewReader.read(parser, request); !error.isEmpty())
        return statusUsageError(error);
    if (const QString error = dataOptions.checkFormat(parser); !error.isEmpty())
        return statusUsageError(error);

    const QString path = dataOptions.dataPath(parser);
    const LoadedPosture loaded = loadPosture(path);
    const posture::Dataset& dataset = loaded.result.dataset;
    if (reportNoData(QStringLiteral("status"), loaded, path))
        return 1;
    const core::TreatyChoice treaty = request.state.treaty;
    if (treaty != core::TreatyChoice::Both && !dataset.findTreaty(core::fillTreatyId(treaty)))
        return statusUsageError(QStringLiteral("--treaty: the data has no treaty '%1'")
                                    .arg(core::fillTreatyId(treaty)));

    const posture::StatusTable table = posture::statusTable(dataset, request.state.date, treaty);
    const auto format = posture::tableFormatFromId(dataOptions.format(parser));
    print(stdout, posture::statusTableReport(table, format.value_or(posture::TableFormat::Text)));
    // The table shows what could be read; a broken data file still fails the run.
    return loaded.failed ? 1 : 0;
}

} // namespace flank::cli
