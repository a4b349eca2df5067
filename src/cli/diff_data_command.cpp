#include "commands.h"

#include "command_output.h"
#include "data_command_options.h"
#include "format_option.h"

#include "core/command_line.h"
#include "core/view_options.h"
#include "posture/dataset_diff_report.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace flank::cli {

namespace {

int diffDataUsageError(const QString& message)
{
    return cli::usageError(QStringLiteral("diff-data"), message);
}

} // namespace

// flankatlas diff-data OLD NEW [--date D] [--format text|json]: what a newer edition of the
// posture file adds, removes and changes, record by record, and the statuses it moves on the
// day, so an update can be reviewed before it ships.
int runDiffData(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compares two editions of a posture file: records added, removed or "
                       "changed, by id, and the statuses that differ on one day."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("diff-data"), QStringLiteral("The command."),
                                 QStringLiteral("diff-data"));
    parser.addPositionalArgument(QStringLiteral("OLD"), QStringLiteral("The older posture file."));
    parser.addPositionalArgument(QStringLiteral("NEW"), QStringLiteral("The newer posture file."));
    const core::ViewOptionReader viewReader(core::ViewOption::Date);
    viewReader.addTo(parser);
    const FormatOption format;
    format.addTo(parser);
    if (const auto exitCode =
            core::parseCommandLine(parser, arguments, QStringLiteral("flankatlas diff-data")))
        return *exitCode;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 2)
        return diffDataUsageError(
            QStringLiteral("name two posture files, OLD and NEW, got %1").arg(files.size()));
    core::ViewRequest request;
    request.state.date = QDate::currentDate();
    if (const QString error = viewReader.read(parser, request); !error.isEmpty())
        return diffDataUsageError(error);
    if (const QString error = format.check(parser); !error.isEmpty())
        return diffDataUsageError(error);

    const LoadedPosture older = loadPosture(files.at(0));
    const LoadedPosture newer = loadPosture(files.at(1));
    if (reportNoData(QStringLiteral("diff-data"), older, files.at(0)) ||
        reportNoData(QStringLiteral("diff-data"), newer, files.at(1)))
        return 1;

    const posture::DatasetDiff diff =
        posture::diffDatasets(older.result.dataset, newer.result.dataset, request.state.date);
    if (format.value(parser) == QLatin1String("json"))
        print(
            stdout,
            QString::fromUtf8(
                QJsonDocument(posture::datasetDiffJson(diff, files.at(0), files.at(1))).toJson()));
    else
        print(stdout, posture::datasetDiffText(diff, files.at(0), files.at(1)));
    // The comparison covers what could be read; a broken edition still fails the run.
    return older.failed || newer.failed ? 1 : 0;
}

} // namespace flank::cli
