#include "commands.h"

#include "command_output.h"

#include "core/command_line.h"
#include "core/data_paths.h"
#include "core/view_options.h"
#include "posture/dataset_loader.h"
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

} // namespace

// flankatlas info ISO3 [--date D] [--treaty T] [--format text|json] [--data FILE]: one state's
// briefing (statuses, dated steps, quotes, spending, troop notes, border figures), each fact with
// its sources, as the side panel shows it: the treaty given first, records after the day left
// out and counted.
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
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("text or json (default: text)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("The posture file (default: the bundled "
                                                       "geodata/posture.json)."),
                                        QStringLiteral("FILE"));
    parser.addOptions({formatOption, dataOption});
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
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(QStringLiteral("--format must be text or json, not \"%1\"").arg(format));

    const QString path =
        parser.isSet(dataOption) ? parser.value(dataOption) : core::DataPaths::posture();
    const posture::LoadResult result = posture::loadDataset(path);
    const bool failed = core::hasErrors(result.issues);
    if (failed)
        for (const core::Issue& issue : result.issues)
            print(stderr, issue.toString() + QLatin1Char('\n'));
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
    if (format == QLatin1String("json"))
        print(stdout,
              QString::fromUtf8(
                  QJsonDocument(posture::stateReportJson(result.dataset, briefing)).toJson()));
    else
        print(stdout, posture::stateReportText(result.dataset, briefing));
    return failed ? 1 : 0;
}

} // namespace flank::cli
