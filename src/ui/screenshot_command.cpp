#include "screenshot_command.h"

#include "annotation_recovery.h"
#include "desktop_setup.h"
#include "main_window.h"
#include "map_canvas.h"
#include "state_panel.h"

#include "core/atomic_file.h"
#include "core/issue.h"

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

void addViewOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("date"), QStringLiteral("Date shown (YYYY-MM-DD)."),
         QStringLiteral("date")},
        {QStringLiteral("treaty"), QStringLiteral("ottawa, ccm or both."),
         QStringLiteral("treaty")},
        {QStringLiteral("select"), QStringLiteral("State to select (ISO alpha-3)."),
         QStringLiteral("iso3")},
        {QStringLiteral("theme"), QStringLiteral("light, dark or projector."),
         QStringLiteral("theme")},
        {QStringLiteral("size"), QStringLiteral("Window size WxH."), QStringLiteral("size")},
    });
}

// Applies the view options to the window; an error message when one is wrong.
QString applyViewOptions(const QCommandLineParser& parser, MainWindow& window)
{
    MapSession* session = window.session();
    core::MapState state = session->state();
    if (parser.isSet(QStringLiteral("date"))) {
        const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return QStringLiteral("--date: '%1' is not a date (YYYY-MM-DD)")
                .arg(parser.value(QStringLiteral("date")));
        state.date = date;
    }
    if (parser.isSet(QStringLiteral("treaty"))) {
        const QString choice = parser.value(QStringLiteral("treaty"));
        if (choice != QLatin1String("both") && !session->dataset().findTreaty(choice))
            return QStringLiteral("--treaty: unknown treaty '%1' (ottawa, ccm or both)")
                .arg(choice);
        core::applyTreatyChoice(state, choice);
    }
    if (parser.isSet(QStringLiteral("select")))
        state.selection = parser.value(QStringLiteral("select")).toUpper();
    if (parser.isSet(QStringLiteral("theme"))) {
        const auto theme = core::themeFromId(parser.value(QStringLiteral("theme")));
        if (!theme)
            return QStringLiteral("--theme: unknown theme '%1'")
                .arg(parser.value(QStringLiteral("theme")));
        state.theme = *theme;
    }
    session->setState(state);
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList parts = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        bool okWidth = false, okHeight = false;
        const int width = parts.size() == 2 ? parts[0].toInt(&okWidth) : 0;
        const int height = parts.size() == 2 ? parts[1].toInt(&okHeight) : 0;
        if (!okWidth || !okHeight || width < 320 || height < 240 || width > 8000 || height > 8000)
            return QStringLiteral("--size: expected WxH between 320x240 and 8000x8000");
        window.resize(width, height);
    }
    return {};
}

} // namespace

int runScreenshot(const QStringList& arguments)
{
    setUpDesktopApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Shows the window offscreen in the given state and saves a screenshot."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("PNG file to write."),
                      QStringLiteral("file")});
    addViewOptions(parser);
    parser.process(arguments);
    const QString file = parser.value(QStringLiteral("screenshot"));
    if (file.isEmpty()) {
        err() << "flankatlas: --screenshot needs a file name\n";
        return 2;
    }
    render::AtlasData data = render::AtlasData::load();
    for (const core::Issue& issue : data.issues)
        if (issue.severity == core::Severity::Error)
            err() << issue.toString() << '\n';
    MainWindow window(std::move(data));
    if (const QString error = applyViewOptions(parser, window); !error.isEmpty()) {
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

int runViewer(const QStringList& arguments)
{
    setUpDesktopApplication();
    QCommandLineParser parser;
    parser.addHelpOption();
    addViewOptions(parser);
    parser.process(arguments);
    render::AtlasData data = render::AtlasData::load();
    for (const core::Issue& issue : data.issues)
        err() << issue.toString() << '\n';
    err().flush();
    MainWindow window(std::move(data));
    window.restoreSettings();
    if (const QString error = applyViewOptions(parser, window); !error.isEmpty()) {
        err() << "flankatlas: " << error << '\n';
        return 2;
    }
    window.show();
    if (const auto exitCode = recoverAnnotations(window))
        return *exitCode;
    return QApplication::exec();
}

} // namespace flank::ui
