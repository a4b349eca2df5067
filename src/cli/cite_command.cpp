#include "commands.h"

#include "command_output.h"
#include "data_command_options.h"

#include "core/command_line.h"
#include "posture/citation_formats.h"
#include "posture/cited_sources.h"

#include <QCommandLineParser>

#include <cstdio>

namespace flank::cli {

namespace {

int citeUsageError(const QString& message)
{
    return cli::usageError(QStringLiteral("cite"), message);
}

} // namespace

// flankatlas cite ISO3|all [--format bibtex|ris|csljson|text] [--data FILE]: the sources behind
// a state's records, or behind the whole dataset, as a bibliography a reference manager imports.
int runCite(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the sources behind a state's records (or, with \"all\", every source of the "
        "dataset) as a bibliography: one entry per source, with its title, publisher, date, "
        "address and the day it was last checked."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("cite"), QStringLiteral("The command."),
                                 QStringLiteral("cite"));
    parser.addPositionalArgument(QStringLiteral("state"),
                                 QStringLiteral("ISO 3166-1 alpha-3 code, or \"all\"."),
                                 QStringLiteral("ISO3|all"));
    const DataCommandOptions dataOptions(posture::citationFormatIds());
    dataOptions.addTo(parser);
    if (const auto exitCode =
            core::parseCommandLine(parser, arguments, QStringLiteral("flankatlas cite")))
        return *exitCode;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return citeUsageError(
            positional.isEmpty() ? QStringLiteral("name a state by its ISO 3166-1 alpha-3 code, or "
                                                  "\"all\", e.g. flankatlas cite LTU")
                                 : QStringLiteral("one state, or \"all\", at a time"));
    if (const QString error = dataOptions.checkFormat(parser); !error.isEmpty())
        return citeUsageError(error);
    const auto format = posture::citationFormatFromId(dataOptions.format(parser));

    const QString path = dataOptions.dataPath(parser);
    const LoadedPosture loaded = loadPosture(path);
    if (reportNoData(QStringLiteral("cite"), loaded, path))
        return 1;
    const posture::Dataset& dataset = loaded.result.dataset;
    const QString wanted = positional.first().trimmed();
    QList<posture::Source> sources;
    if (wanted.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        sources = dataset.sources();
    } else {
        const QString iso3 = wanted.toUpper();
        if (!dataset.findState(iso3)) {
            print(stderr, QStringLiteral("flankatlas cite: no state \"%1\" in %2\n")
                              .arg(positional.first(), path));
            return 1;
        }
        sources = posture::sourcesCitedFor(dataset, iso3);
    }
    print(stdout, posture::formatCitations(sources, *format));
    return loaded.failed ? 1 : 0;
}

} // namespace flank::cli
