#include "commands.h"

#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "posture/partial_date.h"
#include "posture/status_report.h"

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
    print(stderr, QStringLiteral("flankatlas status: %1\n").arg(message));
    return 2;
}

} // namespace

// flankatlas status --date YYYY-MM-DD [--treaty ID] [--format text|json] [--data FILE]:
// every state's status, from the same statusOn() the map colours come from.
int runStatus(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists every state's status under each treaty on one day."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("status"), QStringLiteral("The command."),
                                 QStringLiteral("status"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        QStringLiteral("The day, YYYY-MM-DD (default: today)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption treatyOption(QStringLiteral("treaty"),
                                          QStringLiteral("Only this treaty: ottawa or ccm "
                                                         "(default: every treaty)."),
                                          QStringLiteral("ID"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("text or json (default: text)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("The posture file (default: the bundled "
                                                       "geodata/posture.json)."),
                                        QStringLiteral("FILE"));
    parser.addOptions({dateOption, treatyOption, formatOption, dataOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        print(stdout, parser.helpText());
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return usageError(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));

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
    if (result.dataset.isEmpty()) {
        print(stderr,
              QStringLiteral("flankatlas status: no data could be read from %1\n").arg(path));
        return 1;
    }

    QStringList treaties;
    if (parser.isSet(treatyOption)) {
        const QString treaty = parser.value(treatyOption);
        if (!result.dataset.findTreaty(treaty)) {
            QStringList known;
            for (const posture::Treaty& entry : result.dataset.treaties())
                known << entry.id;
            return usageError(QStringLiteral("unknown treaty \"%1\"; the data has %2")
                                  .arg(treaty, known.join(QStringLiteral(", "))));
        }
        treaties << treaty;
    }

    const QList<posture::StatusRow> rows = posture::statusRows(result.dataset, date, treaties);
    if (format == QLatin1String("json"))
        print(stdout, QString::fromUtf8(QJsonDocument(posture::statusRowsJson(rows)).toJson()));
    else
        print(stdout, posture::statusRowsText(rows, date));
    // The table shows what could be read; a broken data file still fails the run.
    return failed ? 1 : 0;
}

} // namespace flank::cli
