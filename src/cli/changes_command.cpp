#include "commands.h"

#include "command_output.h"
#include "data_command_options.h"

#include "core/command_line.h"
#include "core/view_options.h"
#include "posture/status_changes_report.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>
#include <utility>

namespace flank::cli {

namespace {

int changesUsageError(const QString& message)
{
    return cli::usageError(QStringLiteral("changes"), message);
}

} // namespace

// flankatlas changes --from D1 [--to D2] [--treaty ottawa|ccm|both] [--format text|json|csv]
// [--data FILE]: every state whose status differs between two days, with the steps between,
// from the same statusOn() as `status`.
int runChanges(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists every state whose status under a treaty differs between two days, with the legal "
        "steps between them and their sources."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("changes"), QStringLiteral("The command."),
                                 QStringLiteral("changes"));
    parser.addOptions(
        {{QStringLiteral("from"), QStringLiteral("The first day, YYYY-MM-DD."),
          QStringLiteral("date")},
         {QStringLiteral("to"), QStringLiteral("The second day, YYYY-MM-DD (default: today)."),
          QStringLiteral("date")}});
    // --treaty both (the default) lists every treaty.
    const core::ViewOptionReader viewReader(core::ViewOption::Treaty);
    viewReader.addTo(parser);
    const DataCommandOptions dataOptions(
        {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")});
    dataOptions.addTo(parser);
    if (const auto exitCode =
            core::parseCommandLine(parser, arguments, QStringLiteral("flankatlas changes")))
        return *exitCode;
    if (parser.positionalArguments().size() > 1)
        return changesUsageError(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(QStringLiteral("from")))
        return changesUsageError(
            QStringLiteral("--from: name the first day, e.g. --from 2025-01-01"));

    QDate from;
    QDate to = QDate::currentDate();
    for (const auto& [name, day] :
         {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}})
        if (const QString error = core::ViewOptionReader::readDay(parser, name, *day);
            !error.isEmpty())
            return changesUsageError(error);
    core::ViewRequest request;
    request.state.treaty = core::TreatyChoice::Both;
    if (const QString error = viewReader.read(parser, request); !error.isEmpty())
        return changesUsageError(error);
    if (const QString error = dataOptions.checkFormat(parser); !error.isEmpty())
        return changesUsageError(error);

    const QString path = dataOptions.dataPath(parser);
    const LoadedPosture loaded = loadPosture(path);
    const posture::Dataset& dataset = loaded.result.dataset;
    if (reportNoData(QStringLiteral("changes"), loaded, path))
        return 1;
    const core::TreatyChoice treaty = request.state.treaty;
    if (treaty != core::TreatyChoice::Both && !dataset.findTreaty(core::fillTreatyId(treaty)))
        return changesUsageError(QStringLiteral("--treaty: the data has no treaty '%1'")
                                     .arg(core::fillTreatyId(treaty)));

    const QList<posture::StatusChange> changes = posture::statusChanges(dataset, from, to, treaty);
    const QString format = dataOptions.format(parser);
    if (format == QLatin1String("json"))
        print(stdout, QString::fromUtf8(QJsonDocument(posture::statusChangesJson(dataset, changes,
                                                                                 from, to, treaty))
                                            .toJson()));
    else if (format == QLatin1String("csv"))
        print(stdout, posture::statusChangesCsv(dataset, changes));
    else
        print(stdout, posture::statusChangesText(dataset, changes, from, to));
    // The list shows what could be read; a broken data file still fails the run.
    return loaded.failed ? 1 : 0;
}

} // namespace flank::cli
