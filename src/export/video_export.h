#pragma once

#include "timeline_animation.h"
#include "video_writer.h"

#include "core/map_state.h"
#include "render/atlas_data.h"
#include "render/map_renderer.h"

#include <QSize>
#include <QString>

#include <atomic>

namespace flank::exporting {

// The map playing through time: the view (its date is each frame's), the clip's timing and
// the file, whose extension gives the format.
struct TimelineVideoRequest
{
    QString file;
    QSize size{1920, 1080};
    core::MapState state;
    AnimationTiming timing;
};

// Why the file cannot be written, before any work: the extension, the folder, the size. An
// error naming the option, or an empty string.
QString checkVideoTarget(const QString& file, const QSize& size);
// The same and the timing, against the data's dated steps in the range.
QString checkTimelineVideo(const TimelineVideoRequest& request, const render::AtlasData& data);

// The dated steps the clip stops at: those of the view's treaties in the range.
QList<posture::DatedStep> videoSteps(const TimelineVideoRequest& request,
                                     const render::AtlasData& data);

// Writes the clip through the renderer: each set of statuses is drawn once and each day's
// stamp and caption over a copy of it, while the encoder takes the frame before. `cancel`
// stops it between frames; then, as on any failure, no file is left and an old one is kept.
ExportResult exportTimelineVideo(render::MapRenderer& renderer, const render::AtlasData& data,
                                 const TimelineVideoRequest& request,
                                 const VideoProgressCallback& progress = {},
                                 const std::atomic<bool>* cancel = nullptr);

} // namespace flank::exporting
