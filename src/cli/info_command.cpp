#include "commands.h"

#include "command_output.h"
#include "data_command_options.h"
#include "frontier_report.h"

#include "core/command_line.h"
#include "core/data_paths.h"
#include "core/view_options.h"
#include "posture/frontier_pairs.h"
#include "posture/state_report.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace flank::cli {

namespace {

int usageError(const QString& message)
{
    return cli::usageError(QStringLiteral("info"), message);
}

// The state's land borders with Russia and Belarus, traced for this state alone: the 1:10m
// outlines are read, but only its few pairs are traced.
QJsonArray frontiersOf(const posture::Dataset& dataset, const QString& iso3, QDate date)
{
    const auto countries = std::make_shared<const geo::CountryLayer>(core::DataPaths::countries());
    QList<core::FrontierPair> pairs = posture::frontierCandidates(dataset);
    pairs.removeIf([&](const core::FrontierPair& pair) { return !pair.involves(iso3); });
    const geo::FrontierLines frontiers(countries, pairs);
    return frontiersJson(dataset, render::briefFrontiers(dataset, frontiers, date, iso3));
}

} // namespace

// flankatlas info ISO3 [--date D] [--treaty T] [--format text|json] [--data FILE]: one state's
// briefing (statuses, dated steps, quotes, spending, troop notes, border figures, fortification
// programmes), each fact with its sources, as the side panel shows it: the treaty given first,
// records after the day left out and counted. The JSON adds the state's land borders with their
// measured and published lengths.
int runInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Shows everything the data says about one state, with sources."));
    parser.addHelpOption();
    const core::ViewOptionReader viewOptions(core::ViewOption::Date | core::ViewOption::Treaty);
    viewOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("info"), QStringLiteral("The command."),
                                 QStringLiteral("info"));
    parser.addPositionalArgument(QStringLiteral("ISO3"),
                                 QStringLiteral("The state's ISO 3166-1 alpha-3 code, e.g. FIN."));
    const DataCommandOptions dataOptions;
    dataOptions.addTo(parser);
    if (const auto exitCode =
            core::parseCommandLine(parser, arguments, QStringLiteral("flankatlas info")))
        return *exitCode;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return usageError(positional.isEmpty()
                              ? QStringLiteral("name a state by its ISO 3166-1 alpha-3 code, "
                                               "e.g. flankatlas info FIN")
                              : QStringLiteral("one state at a time"));
    const QString iso3 = positional.first().trimmed().toUpper();

    core::ViewRequest view;
    view.state.date = QDate::currentDate();
    view.state.treaty = core::TreatyChoice::Both;
    if (const QString problem = viewOptions.read(parser, view); !problem.isEmpty())
        return usageError(problem);
    const QDate date = view.state.date;
    if (const QString error = dataOptions.checkFormat(parser); !error.isEmpty())
        return usageError(error);

    const QString path = dataOptions.dataPath(parser);
    const LoadedPosture loaded = loadPosture(path);
    const posture::LoadResult& result = loaded.result;
    if (!result.dataset.findState(iso3)) {
        QStringList known;
        for (const posture::StateInfo& state : result.dataset.states())
            known << state.iso3;
        print(stderr, QStringLiteral("flankatlas info: no state \"%1\" in %2%3\n")
                          .arg(positional.first(), path,
                               known.isEmpty() ? QString()
                                               : QStringLiteral("; it has ") +
                                                     known.join(QStringLiteral(" "))));
        return 1;
    }

    const posture::StateBriefing briefing =
        posture::briefState(result.dataset, iso3, date, core::treatyIds(view.state.treaty));
    if (dataOptions.wantsJson(parser)) {
        QJsonObject report = posture::stateReportJson(result.dataset, briefing);
        report.insert(QStringLiteral("frontiers"), frontiersOf(result.dataset, iso3, date));
        print(stdout, QString::fromUtf8(QJsonDocument(report).toJson()));
    } else {
        print(stdout, posture::stateReportText(result.dataset, briefing));
    }
    return loaded.failed ? 1 : 0;
}

} // namespace flank::cli
