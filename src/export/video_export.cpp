#include "video_export.h"

#include "posture/posture_events.h"
#include "render/decoration_painter.h"
#include "render/frame_builder.h"
#include "render/legend_clearance.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>

#include <algorithm>
#include <cstring>

namespace flank::exporting {

namespace {

// What the map itself shows on a day, apart from the day: while it stays the same, frames
// differ only in their stamp and caption. The posture layers change at their events.
struct MapContent
{
    QHash<QString, posture::Status> statuses;
    QHash<QString, posture::Status> overlayStatuses;
    QStringList outlets;
    qsizetype postureEventsSoFar = 0;
    friend bool operator==(const MapContent&, const MapContent&) = default;
};

// Draws the clip's frames: the map once per distinct content, the stamp and caption per frame.
class TimelineFrames
{
public:
    TimelineFrames(render::MapRenderer& renderer, const render::AtlasData& data,
                   const TimelineVideoRequest& request, QList<AnimationFrame> frames)
        : m_renderer(renderer), m_data(data), m_request(request), m_frames(std::move(frames))
    {
        for (const posture::TimelineEvent& event : posture::postureEvents(data.dataset))
            m_postureDates << event.date;
        m_state = request.state;
        if (m_state.title.isEmpty()) // the default title names one day; a clip spans many
            m_state.title = clipTitle();
        // A view the clip chose itself stands clear of the legend, as an export's does: one view
        // and one place of the legend for every frame, made for the legend of the clip's last
        // day.
        if (m_state.extent.isNull()) {
            core::MapState last = m_state;
            last.date = m_request.timing.to;
            const render::MapFrame frame = render::buildFrame(
                last, m_data.dataset, *m_data.projections, QSizeF(m_request.size), 96.0);
            m_legend = render::legendClearance(frame, *m_data.projections);
            m_state.extent = m_legend->extent;
        }
    }

    const QList<AnimationFrame>& frames() const { return m_frames; }

    // One frame of each distinct picture, for a GIF's palette.
    QList<qsizetype> distinctFrames()
    {
        QList<qsizetype> indices;
        std::optional<MapContent> last;
        QString lastCaption;
        for (qsizetype i = 0; i < m_frames.size(); ++i) {
            const MapContent content = contentOn(m_frames[i].date);
            if (!last || content != *last || m_frames[i].caption != lastCaption)
                indices << i;
            last = content;
            lastCaption = m_frames[i].caption;
        }
        return indices;
    }

    QImage frame(qsizetype index)
    {
        const AnimationFrame& wanted = m_frames[index];
        if (m_shown && *m_shown == wanted && !m_picture.isNull())
            return m_picture; // a hold, or a day longer than a frame
        const MapContent content = contentOn(wanted.date);
        core::MapState state = m_state;
        state.date = wanted.date;
        render::MapFrame frame = render::buildFrame(state, m_data.dataset, *m_data.projections,
                                                    QSizeF(m_request.size), 96.0, &m_statuses);
        frame.deferDateStamp = true;
        if (m_legend)
            render::applyLegendClearance(frame, *m_legend, *m_data.projections);
        if (!m_content || content != *m_content) {
            m_map = QImage(m_request.size, QImage::Format_RGB32);
            QPainter painter(&m_map);
            m_renderer.paint(painter, frame);
            m_content = content;
        }
        // Into the same pixels every frame: a fresh image would cost the system new pages.
        if (m_picture.size() != m_map.size() || m_picture.format() != m_map.format())
            m_picture = QImage(m_map.size(), m_map.format());
        std::memcpy(m_picture.bits(), m_map.constBits(), std::size_t(m_map.sizeInBytes()));
        QPainter painter(&m_picture);
        m_renderer.paintMoment(painter, frame, wanted.caption);
        painter.end();
        m_shown = wanted;
        return m_picture;
    }

private:
    MapContent contentOn(const QDate& date)
    {
        core::MapState state = m_state;
        state.date = date;
        const render::MapFrame facts = render::frameFacts(state, m_data.dataset, &m_statuses);
        const auto after = std::upper_bound(m_postureDates.begin(), m_postureDates.end(), date);
        return MapContent{facts.statuses, facts.overlayStatuses, facts.sourceOutlets,
                          after - m_postureDates.begin()};
    }

    QString clipTitle()
    {
        core::MapState state = m_state;
        state.date = m_request.timing.from;
        const render::MapFrame facts = render::frameFacts(state, m_data.dataset, &m_statuses);
        const QString treaty =
            facts.overlayTreatyName.isEmpty()
                ? facts.treatyName
                : QStringLiteral("%1, %2").arg(facts.treatyName, facts.overlayTreatyName);
        return QCoreApplication::translate("flank::exporting::TimelineVideo", "%1: %2 to %3")
            .arg(treaty, render::formatLongDate(m_request.timing.from),
                 render::formatLongDate(m_request.timing.to));
    }

    render::MapRenderer& m_renderer;
    const render::AtlasData& m_data;
    const TimelineVideoRequest& m_request;
    QList<AnimationFrame> m_frames;
    QList<QDate> m_postureDates; // sorted
    core::MapState m_state;
    std::optional<render::LegendClearance> m_legend; // when the clip chose its own view
    render::FrameStatusCache m_statuses;
    std::optional<MapContent> m_content; // what m_map shows
    QImage m_map;
    std::optional<AnimationFrame> m_shown; // what m_picture shows
    QImage m_picture;
};

} // namespace

QString checkVideoTarget(const QString& file, const QSize& size)
{
    if (file.isEmpty())
        return QStringLiteral("-o: no output file given");
    if (!videoFormatFromFileName(file))
        return QStringLiteral("-o: '%1' does not end in .mp4, .webm or .gif").arg(file);
    const QFileInfo info(file);
    if (info.isDir())
        return QStringLiteral("-o: '%1' is a folder").arg(file);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return QStringLiteral("-o: the folder '%1' does not exist").arg(folder.filePath());
    if (!folder.isWritable())
        return QStringLiteral("-o: the folder '%1' cannot be written").arg(folder.filePath());
    return checkVideoSize(size);
}

QList<posture::DatedStep> videoSteps(const TimelineVideoRequest& request,
                                     const render::AtlasData& data)
{
    return posture::datedSteps(data.dataset, request.timing.from, request.timing.to,
                               request.state.treaty);
}

QString checkTimelineVideo(const TimelineVideoRequest& request, const render::AtlasData& data)
{
    if (QString error = checkTiming(request.timing, videoSteps(request, data).size());
        !error.isEmpty())
        return error;
    return checkVideoTarget(request.file, request.size);
}

ExportResult exportTimelineVideo(render::MapRenderer& renderer, const render::AtlasData& data,
                                 const TimelineVideoRequest& request,
                                 const VideoProgressCallback& progress,
                                 const std::atomic<bool>* cancel)
{
    if (const QString error = checkTimelineVideo(request, data); !error.isEmpty())
        return exportFailure(request.file, error);
    QList<posture::DatedStep> steps = videoSteps(request, data);
    if (request.timing.holdSeconds <= 0)
        for (posture::DatedStep& step : steps)
            step.caption.clear();
    TimelineFrames frames(renderer, data, request, scheduleFrames(request.timing, steps));
    VideoClip clip;
    clip.file = request.file;
    clip.size = request.size;
    clip.fps = request.timing.fps;
    clip.frameCount = frames.frames().size();
    clip.frame = [&](qsizetype index) { return frames.frame(index); };
    if (videoFormatFromFileName(request.file) == VideoFormat::Gif)
        clip.paletteFrames = frames.distinctFrames();
    return writeVideo(clip, progress, cancel);
}

} // namespace flank::exporting
