#include "launchers.h"

#include "annotation_recovery.h"
#include "data_issues_dock.h"
#include "dataset_opener.h"
#include "desktop_setup.h"
#include "main_window.h"
#include "map_canvas.h"
#include "presentation_window.h"
#include "state_panel.h"
#include "story_controller.h"

#include "compare_view.h"

#include "core/atomic_file.h"
#include "core/command_line.h"
#include "core/comparison_options.h"
#include "core/interface_language.h"
#include "core/issue.h"
#include "core/view_options.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

namespace flank::ui {

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// A window smaller than 320x240 hides the panel; larger than 8000x8000 no screen shows.
const core::ViewOptionReader& viewReader()
{
    static const core::ViewOptionReader reader(
        core::ViewOption::Date | core::ViewOption::Treaty | core::ViewOption::Select |
            core::ViewOption::Theme | core::ViewOption::Size | core::ViewOption::Language,
        QSize(320, 240), QSize(8000, 8000));
    return reader;
}

const QCommandLineOption& datasetOption()
{
    static const QCommandLineOption option(
        QStringLiteral("dataset"),
        QStringLiteral("A posture file to show instead of the bundled data."),
        QStringLiteral("file"));
    return option;
}

void printErrors(const core::Issues& issues)
{
    for (const core::Issue& issue : issues)
        if (issue.severity == core::Severity::Error)
            err() << issue.toString() << '\n';
    err().flush();
}

// --dataset: opened as File › Open Dataset… opens it, so the window says what was wrong.
void openDatasetOption(const QCommandLineParser& parser, MainWindow& window)
{
    if (!parser.isSet(datasetOption()))
        return;
    window.datasets()->open(parser.value(datasetOption()));
    printErrors(window.issuesDock()->issues());
}

// Applies the view options to the window; an error message when one is wrong.
QString applyViewOptions(const QCommandLineParser& parser, MainWindow& window)
{
    MapSession* session = window.session();
    core::ViewRequest request{session->state(), std::nullopt, std::nullopt, {}};
    if (QString error = viewReader().read(parser, request); !error.isEmpty())
        return error;
    for (const QString& treaty : core::treatyIds(request.state.treaty))
        if (!session->dataset().findTreaty(treaty))
            return QStringLiteral("--treaty: the data has no treaty '%1'").arg(treaty);
    session->setState(request.state);
    if (request.size)
        window.resize(*request.size);
    return {};
}

// --lang: the window's language for this run, installed before any widget is made; the
// stored choice stays. An error message naming the option, or an empty string.
QString applyLanguageOption(const QCommandLineParser& parser)
{
    QString language;
    if (QString error = core::ViewOptionReader::readLanguage(parser, language); !error.isEmpty())
        return error;
    if (!language.isEmpty())
        core::installInterfaceLanguage(language);
    return {};
}

} // namespace

std::unique_ptr<MainWindow> createMainWindow()
{
    render::AtlasLoad loaded = render::loadAtlasWithFallback();
    printErrors(loaded.data.issues);
    loaded.data.projections->setRanksVertices(true); // the window zooms
    auto window = std::make_unique<MainWindow>(std::move(loaded.data));
    window->showDataProblems(loaded.failures);
    return window;
}

// --compare D1,D2 (with --swipe, one map swiped between them) and --compare-treaties put the
// window in its comparison view; an error message naming the option, or an empty string.
QString applyComparison(const QCommandLineParser& parser, MainWindow& window)
{
    core::ComparisonRequest request;
    if (QString error = core::ComparisonOptionReader().read(parser, request); !error.isEmpty())
        return error;
    const bool swipe = parser.isSet(QStringLiteral("swipe"));
    if (request.kind == core::Comparison::Multiples)
        return QStringLiteral("--multiples: the window compares two maps; write a grid with "
                              "flankatlas export --multiples");
    if (swipe && request.kind == core::Comparison::None)
        return QStringLiteral("--swipe: give the two dates with --compare D1,D2");
    if (swipe && request.kind == core::Comparison::Treaties)
        return QStringLiteral("--swipe: swipes between two dates, not two treaties");
    showComparison(*window.compareView(), request);
    if (swipe)
        window.compareView()->setMode(CompareMode::Swipe);
    return {};
}

int runScreenshot(const QStringList& arguments)
{
    setUpDesktopApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Shows the window offscreen in the given state and saves a screenshot."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("PNG file to write."),
                      QStringLiteral("file")});
    parser.addOption(datasetOption());
    viewReader().addTo(parser);
    core::ComparisonOptionReader().addTo(parser);
    parser.addOption({QStringLiteral("swipe"),
                      QStringLiteral("With --compare: one map swiped between the two dates.")});
    if (const auto exitCode = core::parseCommandLine(parser, arguments))
        return *exitCode;
    const QString file = parser.value(QStringLiteral("screenshot"));
    if (file.isEmpty()) {
        err() << "flankatlas: --screenshot needs a file name\n";
        return 2;
    }
    if (const QString error = applyLanguageOption(parser); !error.isEmpty()) {
        err() << "flankatlas: " << error << '\n';
        return 2;
    }
    const std::unique_ptr<MainWindow> created = createMainWindow();
    MainWindow& window = *created;
    openDatasetOption(parser, window);
    QString error = applyViewOptions(parser, window);
    if (error.isEmpty())
        error = applyComparison(parser, window);
    if (!error.isEmpty()) {
        err() << "flankatlas: " << error << '\n';
        return 2;
    }
    window.show();
    // Let layout and the first paint settle, and the panel finish measuring borders.
    QElapsedTimer waited;
    waited.start();
    for (int i = 0;
         i < 5 || (window.panel()->pendingComputations() > 0 && waited.elapsed() < 60000); ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    QApplication::processEvents();
    const QImage image = window.grab().toImage();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || !QImageWriter(&out, "png").write(image)) {
        err() << "flankatlas: " << file << ": " << out.errorString() << '\n';
        return 1;
    }
    if (const QString reason = core::commitAtomically(out); !reason.isEmpty()) {
        err() << "flankatlas: " << file << ": " << reason << '\n';
        return 1;
    }
    return 0;
}

int runViewer(const QStringList& arguments, const std::function<void(MainWindow&)>& started)
{
    setUpDesktopApplication();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(datasetOption());
    viewReader().addTo(parser);
    if (const auto exitCode = core::parseCommandLine(parser, arguments))
        return *exitCode;
    if (const QString error = applyLanguageOption(parser); !error.isEmpty()) {
        err() << "flankatlas: " << error << '\n';
        return 2;
    }
    const std::unique_ptr<MainWindow> created = createMainWindow();
    MainWindow& window = *created;
    window.restoreSettings();
    openDatasetOption(parser, window);
    if (const QString error = applyViewOptions(parser, window); !error.isEmpty()) {
        err() << "flankatlas: " << error << '\n';
        return 2;
    }
    window.show();
    if (const auto exitCode = recoverAnnotations(window))
        return *exitCode;
    if (started)
        started(window);
    return QApplication::exec();
}

bool wantsStory(const QStringList& arguments)
{
    for (const QString& argument : arguments.mid(1))
        if (argument == QLatin1String("--present") ||
            argument.endsWith(QLatin1String(".flankstory")))
            return true;
    return false;
}

int runStoryViewer(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opens a story, ready to present."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("story"), QStringLiteral("A .flankstory file."));
    parser.addOption({QStringLiteral("present"), QStringLiteral("Start presenting at once.")});
    if (const auto exitCode = core::parseCommandLine(parser, arguments))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << "flankatlas: give one .flankstory file\n";
        return 2;
    }
    const std::unique_ptr<MainWindow> created = createMainWindow();
    MainWindow& window = *created;
    const core::Issues issues = window.story()->load(files.constFirst());
    for (const core::Issue& issue : issues)
        err << issue.toString() << '\n';
    err.flush();
    if (core::hasErrors(issues))
        return 1;
    window.show();
    if (parser.isSet(QStringLiteral("present")))
        window.story()->present(0);
    return QApplication::exec();
}

} // namespace flank::ui
