#include "commands.h"

#include "command_output.h"

#include "core/command_line.h"
#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "posture/record_freshness.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>

namespace flank::cli {

namespace {

QString counted(qsizetype count, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? one : many));
}

} // namespace

// flankatlas validate [FILE] [--stale SPAN]: every issue on stderr in the compilers' form, a
// summary on stdout, and with --stale the records not checked within SPAN; exit 0 when clean,
// 1 with errors or stale records, 2 for a wrong command line.
int runValidate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks a posture data file against docs/posture-format.md and lists every "
                       "problem as file:line:column: error|warning: message."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("validate"), QStringLiteral("The command."),
                                 QStringLiteral("validate"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The file to check (default: the bundled "
                                                "geodata/posture.json)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption staleOption(
        QStringLiteral("stale"),
        QStringLiteral("Also list the records whose \"checked\" date is older than SPAN "
                       "(or missing): a number and d, w, m or y, e.g. 18m."),
        QStringLiteral("SPAN"));
    parser.addOption(staleOption);
    if (const auto exitCode =
            core::parseCommandLine(parser, arguments, QStringLiteral("flankatlas validate")))
        return *exitCode;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() > 1) {
        print(stderr, QStringLiteral("flankatlas validate: one file at a time, got %1\n")
                          .arg(positional.size()));
        return 2;
    }
    const QString path = positional.isEmpty() ? core::DataPaths::posture() : positional.first();
    std::optional<QDate> cutoff;
    if (parser.isSet(staleOption)) {
        cutoff = posture::spanCutoff(parser.value(staleOption), QDate::currentDate());
        if (!cutoff) {
            print(stderr, QStringLiteral("flankatlas validate: --stale must be a number and d, w, "
                                         "m or y (e.g. 18m), not \"%1\"\n")
                              .arg(parser.value(staleOption)));
            return 2;
        }
    }

    const posture::LoadResult result = posture::loadDataset(path);
    for (const core::Issue& issue : result.issues)
        print(stderr, issue.toString() + QLatin1Char('\n'));

    const auto errors =
        std::count_if(result.issues.cbegin(), result.issues.cend(), [](const core::Issue& issue) {
            return issue.severity == core::Severity::Error;
        });
    const auto warnings = result.issues.size() - errors;
    const posture::DatasetRecords& records = result.dataset.records();
    const QStringList loaded{
        counted(records.states.size(), "state", "states"),
        counted(records.treaties.size(), "treaty", "treaties"),
        counted(records.steps.size(), "step", "steps"),
        counted(records.sources.size(), "source", "sources"),
        counted(records.quotes.size(), "quote", "quotes"),
        counted(records.pledges.size(), "pledge", "pledges"),
        counted(records.troopNotes.size(), "troop note", "troop notes"),
        counted(records.borderFigures.size(), "border figure", "border figures"),
        counted(records.fortifications.size(), "fortification", "fortifications"),
        counted(records.notes.size(), "note", "notes"),
    };
    print(stdout,
          QStringLiteral("%1: %2, %3; valid records: %4\n")
              .arg(path, counted(errors, "error", "errors"),
                   counted(warnings, "warning", "warnings"), loaded.join(QStringLiteral(", "))));
    qsizetype stale = 0;
    if (cutoff) {
        const QList<posture::StaleRecord> records = posture::staleRecords(result.dataset, *cutoff);
        for (const posture::StaleRecord& record : records)
            print(stdout,
                  QStringLiteral("%1: stale: %2 \"%3\" %4\n")
                      .arg(path, record.kind, record.id,
                           record.checked.isValid()
                               ? QStringLiteral("last checked %1").arg(record.checked.toString())
                               : QStringLiteral("never checked")));
        stale = records.size();
        print(stdout,
              QStringLiteral("%1: %2 not checked since %3\n")
                  .arg(path, counted(stale, "record", "records"), cutoff->toString(Qt::ISODate)));
    }
    return errors > 0 || stale > 0 ? 1 : 0;
}

} // namespace flank::cli
