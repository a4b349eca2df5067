#include "commands.h"

#include "core/command_line.h"
#include "core/interface_language.h"
#include "core/view_options.h"
#include "export/video_export.h"
#include "present/story_frames_writer.h"
#include "present/story_pdf_writer.h"
#include "present/story_video_writer.h"
#include "render/atlas_data.h"
#include "story/story_reader.h"
#include "story/story_validator.h"
#include "video_options.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace flank::cli {

namespace {

constexpr int kMaxPixels = 8000;          // per side of a slide
constexpr int kMaxTransitionFrames = 600; // per flight: ten seconds at 60 frames per second

} // namespace

bool wantsStoryExport(const QStringList& arguments)
{
    for (const QString& argument : arguments)
        if (argument == QLatin1String("--story") || argument.startsWith(QLatin1String("--story=")))
            return true;
    return false;
}

int runStoryExport(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a story as a PDF deck (one page per step), as PNG frames in a folder, or as a "
        "video (.mp4, .webm or .gif) that holds each step and flies between them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("The command."));
    parser.addOptions({
        {QStringLiteral("story"), QStringLiteral("The .flankstory file."), QStringLiteral("file")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("deck.pdf, deck.mp4, deck.webm, deck.gif, or a folder (ending in / or "
                        "existing) for PNG frames."),
         QStringLiteral("path")},
        {QStringLiteral("transition-frames"),
         QStringLiteral("Frames of the flight between two steps, for a video (PNG only)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("fps"),
         QStringLiteral("A video's frames per second, 1 to 60 (default 30)."), QStringLiteral("n")},
    });
    // Slides are at least a small window's size and at most what a PDF page can hold.
    const core::ViewOptionReader viewReader(core::ViewOption::Size | core::ViewOption::Language,
                                            QSize(320, 240), QSize(kMaxPixels, kMaxPixels));
    viewReader.addTo(parser);
    if (const auto exitCode =
            core::parseCommandLine(parser, arguments, QStringLiteral("flankatlas export")))
        return *exitCode;

    const QString storyFile = parser.value(QStringLiteral("story"));
    const QString output = parser.value(QStringLiteral("output"));
    if (storyFile.isEmpty() || output.isEmpty()) {
        err << "flankatlas export: --story FILE and -o deck.pdf or -o folder/ are required\n";
        return 2;
    }
    core::ViewRequest request;
    if (const QString error = viewReader.read(parser, request); !error.isEmpty()) {
        err << "flankatlas export: " << error << '\n';
        return 2;
    }
    if (!request.language.isEmpty())
        core::installInterfaceLanguage(request.language);
    const QSize size = request.size.value_or(QSize(1920, 1080));
    bool framesOk = false;
    const int transitionFrames = parser.value(QStringLiteral("transition-frames")).toInt(&framesOk);
    if (!framesOk || transitionFrames < 0 || transitionFrames > kMaxTransitionFrames) {
        err << "flankatlas export: --transition-frames must be from 0 to " << kMaxTransitionFrames
            << '\n';
        return 2;
    }
    const bool pdf = output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const bool video = exporting::isVideoFileName(output);
    const bool folder = output.endsWith(QLatin1Char('/')) || QFileInfo(output).isDir();
    if (!pdf && !video && !folder) {
        err << "flankatlas export: with --story, -o must name a .pdf, .mp4, .webm or .gif file "
               "or a folder ending in /\n";
        return 2;
    }
    int fps = 30;
    if (QString error = readFps(parser, fps); !error.isEmpty()) {
        err << "flankatlas export: " << error << '\n';
        return 2;
    }
    if (video) {
        if (transitionFrames > 0) {
            err << "flankatlas export: --transition-frames writes PNG frames; a video's flights "
                   "last as the story says\n";
            return 2;
        }
        if (QString error = exporting::checkVideoTarget(output, size); !error.isEmpty()) {
            err << "flankatlas export: " << error << '\n';
            return 2;
        }
    }
    if (pdf && transitionFrames > 0) {
        err << "flankatlas export: --transition-frames writes PNG frames; use -o folder/\n";
        return 2;
    }

    story::StoryLoadResult loaded = story::loadStory(storyFile);
    render::AtlasData data = render::AtlasData::load();
    if (!data.countries->isUsable()) {
        for (const core::Issue& issue : data.countries->issues())
            err << issue.toString() << '\n';
        return 1;
    }
    loaded.issues << story::validateStory(loaded.story, data.dataset, storyFile);
    for (const core::Issue& issue : std::as_const(loaded.issues))
        err << issue.toString() << '\n';
    if (core::hasErrors(loaded.issues))
        return 1;

    present::StoryDeck deck(loaded.story, storyFile, data.dataset, data.projections);
    for (const core::Issue& issue : deck.issues())
        err << issue.toString() << '\n';
    const exporting::ExportResult result =
        pdf     ? present::writeStoryPdf(deck, output, QSizeF(size))
        : video ? present::writeStoryVideo(deck, output, size, fps)
                : present::writeStoryFrames(deck, output, QSizeF(size), transitionFrames);
    if (!result.ok) {
        err << "flankatlas export: " << result.error << '\n';
        return 1;
    }
    return 0;
}

} // namespace flank::cli
