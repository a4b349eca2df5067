#include "commands.h"

#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "posture/partial_date.h"
#include "posture/state_report.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace flank::cli {

namespace {

void print(std::FILE* stream, const QString& text)
{
    std::fputs(text.toUtf8().constData(), stream);
}

int usageError(const QString& message)
{
    print(stderr, QStringLiteral("flankatlas info: %1\n").arg(message));
    return 2;
}

} // namespace

// flankatlas info ISO3 [--date D] [--format text|json] [--data FILE]: one state's statuses,
// dated steps, quotes, pledges, troop notes and border figures, each with its sources.
int runInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Shows everything the data says about one state, with sources."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("info"), QStringLiteral("The command."),
                                 QStringLiteral("info"));
    parser.addPositionalArgument(QStringLiteral("ISO3"),
                                 QStringLiteral("The state's ISO 3166-1 alpha-3 code, e.g. FIN."));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        QStringLiteral("The day, YYYY-MM-DD (default: today)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("text or json (default: text)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("The posture file (default: the bundled "
                                                       "geodata/posture.json)."),
                                        QStringLiteral("FILE"));
    parser.addOptions({dateOption, formatOption, dataOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        print(stdout, parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return usageError(positional.isEmpty()
                              ? QStringLiteral("name a state by its ISO 3166-1 alpha-3 code, "
                                               "e.g. flankatlas info FIN")
                              : QStringLiteral("one state at a time"));
    const QString iso3 = positional.first().trimmed().toUpper();

    QDate date = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        const auto parsed = posture::PartialDate::fromString(parser.value(dateOption));
        if (!parsed || !parsed->isExact())
            return usageError(QStringLiteral("--date must be a day written YYYY-MM-DD, not \"%1\"")
                                  .arg(parser.value(dateOption)));
        date = parsed->first();
    }
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

    if (format == QLatin1String("json"))
        print(stdout,
              QString::fromUtf8(
                  QJsonDocument(posture::stateReportJson(result.dataset, iso3, date)).toJson()));
    else
        print(stdout, posture::stateReportText(result.dataset, iso3, date));
    return failed ? 1 : 0;
}

} // namespace flank::cli
