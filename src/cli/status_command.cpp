#include "commands.h"

#include "command_output.h"
#include "data_command_options.h"

#include "core/command_line.h"
#include "core/view_options.h"
#include "posture/status_report.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace flank::cli {

namespace {

int usageError(const QString& message)
{
    return cli::usageError(QStringLiteral("status"), message);
}

} // namespace

// flankatlas status --date YYYY-MM-DD [--treaty ottawa|ccm|both] [--format text|json] [--data
// FILE]: every state's status, from the same statusOn() the map colours come from.
int runStatus(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists every state's status under each treaty on one day."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("status"), QStringLiteral("The command."),
                                 QStringLiteral("status"));
    // --treaty both (the default) lists every treaty.
    const core::ViewOptionReader viewReader(core::ViewOption::Date | core::ViewOption::Treaty);
    viewReader.addTo(parser);
    const DataCommandOptions dataOptions;
    dataOptions.addTo(parser);
    if (const auto exitCode =
            core::parseCommandLine(parser, arguments, QStringLiteral("flankatlas status")))
        return *exitCode;
    if (parser.positionalArguments().size() > 1)
        return usageError(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));

    core::ViewRequest request;
    request.state.date = QDate::currentDate();
    request.state.treaty = core::TreatyChoice::Both;
    if (const QString error = viewReader.read(parser, request); !error.isEmpty())
        return usageError(error);
    const QDate date = request.state.date;
    if (const QString error = dataOptions.checkFormat(parser); !error.isEmpty())
        return usageError(error);

    const QString path = dataOptions.dataPath(parser);
    const LoadedPosture loaded = loadPosture(path);
    const posture::LoadResult& result = loaded.result;
    if (reportNoData(QStringLiteral("status"), loaded, path))
        return 1;

    QStringList treaties;
    if (request.state.treaty != core::TreatyChoice::Both) {
        treaties << core::fillTreatyId(request.state.treaty);
        if (!result.dataset.findTreaty(treaties.constFirst()))
            return usageError(
                QStringLiteral("--treaty: the data has no treaty '%1'").arg(treaties.constFirst()));
    }

    const QList<posture::StatusRow> rows = posture::statusRows(result.dataset, date, treaties);
    if (dataOptions.wantsJson(parser))
        print(stdout, QString::fromUtf8(QJsonDocument(posture::statusRowsJson(rows)).toJson()));
    else
        print(stdout, posture::statusRowsText(rows, date));
    // The table shows what could be read; a broken data file still fails the run.
    return loaded.failed ? 1 : 0;
}

} // namespace flank::cli
