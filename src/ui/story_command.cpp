#include "story_command.h"

#include "main_window.h"
#include "presentation_window.h"
#include "story_controller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

namespace flank::ui {

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
    parser.process(arguments);
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << "flankatlas: give one .flankstory file\n";
        return 2;
    }
    render::AtlasData data = render::AtlasData::load();
    for (const core::Issue& issue : data.issues)
        if (issue.severity == core::Severity::Error)
            err << issue.toString() << '\n';
    MainWindow window(std::move(data));
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
