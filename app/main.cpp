#include "cli/commands.h"
#include "core/interface_language.h"
#include "ui/launchers.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <thread>

#include <malloc.h>

namespace {

void printHelp()
{
    QTextStream(stdout) << R"(Usage: flankatlas [COMMAND] [OPTIONS]

Without a command, opens the viewer on the bundled data.

Commands:
  export -o FILE [options]   Write the map to PNG, JPEG, SVG, PDF, GeoTIFF or HTML
  bench                      Measure load, projection and frame times
  validate [FILE]            Check a posture dataset (default: the bundled one)
  status --date YYYY-MM-DD   The status table: every state's treaty statuses on a date
  info ISO3                  What the side panel shows for one state
  borders                    Borders with Russia and Belarus: lengths and fortifications
  changes --from YYYY-MM-DD  Every status that differs between two dates, with the steps
  diff-data OLD NEW          Records and statuses a newer posture file changes
  cite ISO3|all              The sources behind a state, or all, as BibTeX, RIS, CSL-JSON or text

  export --animate --from D1 --to D2 [--duration S | --per-event S] [--fps N] [--hold S]
         -o FILE.mp4|FILE.webm|FILE.gif
                             Write the map playing through time as a video
  export --story S.flankstory -o deck.pdf | deck.mp4 | folder/ [--transition-frames N]
                             Write a story as a PDF deck, a video or PNG frames

  FILE.flankstory            Open a story, ready to present (F5)
  --present FILE.flankstory  Present a story full screen at once

Options:
  --dataset FILE.json        Open the viewer on another posture file (a newer edition or
                             your own copy) instead of the bundled one
  --screenshot FILE.png      Show the window offscreen in a state and save a screenshot
                             (with --dataset, --date, --treaty, --select, --theme, --size,
                             --lang)
  --lang CODE                The window's language for this run: en, pl, uk, lt, lv, et,
                             fi or de (View › Language keeps a choice)
  --version                  Print the version
  --help                     Print this help; COMMAND --help for a command's options
)";
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// Headless commands draw with QPainter on images, which needs a QGuiApplication but no screen.
void useOffscreenUnlessChosen()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

template <typename App>
int runWith(int& argc, char** argv, const std::function<int(const QStringList&)>& command)
{
    App app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flankatlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("Flank Atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLANK_VERSION));
    // English until --lang says otherwise, with its plural forms ("13 programmes").
    flank::core::installInterfaceLanguage(QStringLiteral("en"));
    return command(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char** argv)
{
    // One malloc arena per core: the map is drawn by one thread per core, and sharing fewer
    // arenas they queue for the locks (a tenth slower per frame on two cores); glibc's default
    // of eight per core would keep megabytes of freed memory after short-lived threads.
    mallopt(M_ARENA_MAX, int(std::max(2U, std::thread::hardware_concurrency())));
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        std::printf("flankatlas %s\n", FLANK_VERSION);
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printHelp();
        return 0;
    }
    using Command = std::function<int(const QStringList&)>;
    const struct
    {
        const char* name;
        Command run;
        bool needsGui;
    } headless[] = {
        {"export", flank::cli::runExport, true},      {"bench", flank::cli::runBench, true},
        {"validate", flank::cli::runValidate, false}, {"status", flank::cli::runStatus, false},
        {"info", flank::cli::runInfo, false},         {"borders", flank::cli::runBorders, false},
        {"changes", flank::cli::runChanges, false},   {"diff-data", flank::cli::runDiffData, false},
        {"cite", flank::cli::runCite, false},
    };
    for (const auto& command : headless) {
        if (first != QLatin1String(command.name))
            continue;
        if (!command.needsGui)
            return runWith<QCoreApplication>(argc, argv, command.run);
        useOffscreenUnlessChosen();
        return runWith<QGuiApplication>(argc, argv, command.run);
    }
    for (int i = 1; i < argc; ++i) {
        if (QLatin1String(argv[i]) == QLatin1String("--screenshot")) {
            useOffscreenUnlessChosen();
            return runWith<QApplication>(argc, argv, flank::ui::runScreenshot);
        }
    }
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (flank::ui::wantsStory(arguments)) {
        if (!hasDisplay()) {
            QTextStream(stderr) << "flankatlas: presenting a story needs a display; 'flankatlas "
                                   "export --story FILE -o deck.pdf' works without one\n";
            return 1;
        }
        return runWith<QApplication>(argc, argv, flank::ui::runStoryViewer);
    }
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-'))) {
        QTextStream(stderr) << "flankatlas: unknown command '" << first
                            << "' (see flankatlas --help)\n";
        return 2;
    }
    if (!hasDisplay()) {
        QTextStream(stderr) << "flankatlas: no display found; run it on a desktop, under "
                               "'xvfb-run flankatlas', or use a headless command such as "
                               "'flankatlas export -o map.png' (see flankatlas --help)\n";
        return 1;
    }
    return runWith<QApplication>(
        argc, argv, [](const QStringList& arguments) { return flank::ui::runViewer(arguments); });
}
