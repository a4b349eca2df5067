#include "video_options.h"

#include "core/view_options.h"

namespace flank::cli {

namespace {

QString readSeconds(const QCommandLineParser& parser, const QString& name, double& seconds)
{
    if (!parser.isSet(name))
        return {};
    bool ok = false;
    seconds = parser.value(name).toDouble(&ok);
    if (!ok)
        return QStringLiteral("--%1: '%2' is not a number of seconds")
            .arg(name, parser.value(name));
    return {};
}

} // namespace

void addTimelineVideoOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("animate"),
         QStringLiteral("Write the map playing from --from to --to as a video (.mp4, .webm or "
                        ".gif).")},
        {QStringLiteral("from"), QStringLiteral("The clip's first day (YYYY-MM-DD)."),
         QStringLiteral("date")},
        {QStringLiteral("to"), QStringLiteral("The clip's last day (YYYY-MM-DD)."),
         QStringLiteral("date")},
        {QStringLiteral("duration"),
         QStringLiteral("Length of the whole clip in seconds, holds included (default 10)."),
         QStringLiteral("seconds")},
        {QStringLiteral("per-event"),
         QStringLiteral("Seconds for each stretch between dated steps, instead of --duration."),
         QStringLiteral("seconds")},
        {QStringLiteral("fps"), QStringLiteral("Frames per second, 1 to 60 (default 30)."),
         QStringLiteral("n")},
        {QStringLiteral("hold"),
         QStringLiteral("Pause this many seconds at every dated step, with its caption."),
         QStringLiteral("seconds")},
    });
}

bool wantsTimelineVideo(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("animate"));
}

QString readFps(const QCommandLineParser& parser, int& fps)
{
    if (!parser.isSet(QStringLiteral("fps")))
        return {};
    bool ok = false;
    fps = parser.value(QStringLiteral("fps")).toInt(&ok);
    if (!ok || fps < 1 || fps > 60)
        return QStringLiteral("--fps: '%1' is not from 1 to 60 frames per second")
            .arg(parser.value(QStringLiteral("fps")));
    return {};
}

QString readTiming(const QCommandLineParser& parser, exporting::AnimationTiming& timing)
{
    for (const char* name : {"from", "to"}) {
        const QString option = QLatin1String(name);
        if (!parser.isSet(option))
            return QStringLiteral("--%1: --animate needs the clip's %2 day")
                .arg(option, option == QLatin1String("from") ? QStringLiteral("first")
                                                             : QStringLiteral("last"));
        QDate& day = option == QLatin1String("from") ? timing.from : timing.to;
        if (QString error = core::ViewOptionReader::readDay(parser, option, day); !error.isEmpty())
            return error;
    }
    if (parser.isSet(QStringLiteral("duration")) && parser.isSet(QStringLiteral("per-event")))
        return QStringLiteral("--per-event: give it or --duration, not both");
    if (QString error = readSeconds(parser, QStringLiteral("duration"), timing.durationSeconds);
        !error.isEmpty())
        return error;
    if (parser.isSet(QStringLiteral("per-event"))) {
        double seconds = 0;
        if (QString error = readSeconds(parser, QStringLiteral("per-event"), seconds);
            !error.isEmpty())
            return error;
        timing.perEventSeconds = seconds;
    }
    if (QString error = readSeconds(parser, QStringLiteral("hold"), timing.holdSeconds);
        !error.isEmpty())
        return error;
    if (QString error = readFps(parser, timing.fps); !error.isEmpty())
        return error;
    return exporting::checkTiming(timing, 0);
}

} // namespace flank::cli
