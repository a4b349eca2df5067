#include "export_bench.h"

#include "median.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <vector>

extern char** environ;

namespace flank::cli {

namespace {

// Runs this program with `arguments`, its output dropped, for at most a minute: whether it
// succeeded, its time from start to exit, and its own peak memory (wait4 gives the child's
// usage alone, where getrusage gives the largest child so far).
std::optional<ExportRun> runChild(const QStringList& arguments)
{
    const QByteArray program = QFile::encodeName(QCoreApplication::applicationFilePath());
    std::vector<QByteArray> words{program};
    for (const QString& argument : arguments)
        words.push_back(QFile::encodeName(argument));
    std::vector<char*> argv;
    for (QByteArray& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t child = 0;
    const int spawned =
        posix_spawn(&child, program.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return std::nullopt;
    int status = 0;
    rusage usage{};
    while (wait4(child, &status, WNOHANG, &usage) == 0) {
        if (timer.hasExpired(60000)) {
            kill(child, SIGKILL);
            wait4(child, &status, 0, &usage);
            return std::nullopt;
        }
        usleep(500);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return ExportRun{seconds, usage.ru_maxrss / 1024.0}; // kilobytes on Linux
}

// Runs `flankatlas export` as its own process five times: the median time from process start
// to file on disk (one run alone says more about the machine's other load than about the
// program), and the largest peak memory of the five.
ExportRun exportRun(const QString& fileName, const QStringList& extraArguments)
{
    constexpr int kRuns = 5;
    std::vector<double> times;
    double peak = 0;
    for (int run = 0; run < kRuns; ++run) {
        QTemporaryDir directory;
        const auto result = runChild(QStringList{QStringLiteral("export"), QStringLiteral("-o"),
                                                 directory.filePath(fileName)} +
                                     extraArguments);
        if (!result)
            return {};
        times.push_back(result->seconds);
        peak = std::max(peak, result->peakRssMiB);
    }
    return {median(times), peak};
}

} // namespace

void ExportFigures::add(const QString& key, const QString& format, const ExportRun& run)
{
    runs.append({key, run});
    peakByFormat[format] = std::max(peakByFormat.value(format, -1), run.peakRssMiB);
}

ExportFigures runExports()
{
    const QStringList fine{QStringLiteral("--scale"), QStringLiteral("10m")};
    const QStringList uhd{QStringLiteral("--size"), QStringLiteral("3840x2160")};
    const QStringList a3{QStringLiteral("--paper"), QStringLiteral("A3"),
                         QStringLiteral("--landscape")};
    ExportFigures figures;
    figures.add(QStringLiteral("export_png_10m_1920x1080_s"), QStringLiteral("png"),
                exportRun(QStringLiteral("bench.png"), fine));
    figures.add(QStringLiteral("export_png_10m_3840x2160_s"), QStringLiteral("png"),
                exportRun(QStringLiteral("bench.png"), fine + uhd));
    figures.add(QStringLiteral("export_jpeg_10m_3840x2160_s"), QStringLiteral("jpeg"),
                exportRun(QStringLiteral("bench.jpg"), fine + uhd));
    figures.add(QStringLiteral("export_svg_10m_3840x2160_s"), QStringLiteral("svg"),
                exportRun(QStringLiteral("bench.svg"), fine + uhd));
    figures.add(QStringLiteral("export_geotiff_10m_1920x1080_s"), QStringLiteral("geotiff"),
                exportRun(QStringLiteral("bench.tif"), fine));
    figures.add(QStringLiteral("export_pdf_10m_a3_300dpi_s"), QStringLiteral("pdf"),
                exportRun(QStringLiteral("bench.pdf"), fine + a3));
    // The offline HTML map at 50m: picture, statuses of every date and briefings in one file.
    figures.add(QStringLiteral("html_export_50m_s"), QStringLiteral("html"),
                exportRun(QStringLiteral("bench.html"),
                          {QStringLiteral("--scale"), QStringLiteral("50m")}));
    // A grid of twelve maps, one per year, on 1920x1080 at the detail chosen for their size.
    figures.add(QStringLiteral("multiples_export_12_s"), QStringLiteral("png"),
                exportRun(QStringLiteral("bench.png"),
                          {QStringLiteral("--multiples"), QStringLiteral("yearly:2015-2026")}));
    return figures;
}

} // namespace flank::cli
