#pragma once

#include "banded_painting.h"
#include "country_paint_list.h"
#include "device_path_cache.h"
#include "label_painter.h"
#include "label_sprites.h"
#include "map_frame.h"
#include "map_style.h"
#include "paint_observer.h"
#include "panel_sprites.h"

#include "geo/projection_cache.h"
#include "geo/scale.h"

#include <QPainter>
#include <QThread>

#include <algorithm>
#include <memory>

namespace flank::render {

// The one painter of maps: the window, every export format, the presentation mode and the
// benchmark call paint(). No widgets, no files, no globals; it keeps only a cache of paths.
class MapRenderer
{
public:
    explicit MapRenderer(std::shared_ptr<geo::ProjectionCache> projections);

    void paint(QPainter& painter, const MapFrame& frame);

    // What the frame shows and at which scale; the hit test uses the same shapes paint() draws.
    QRectF extentOf(const MapFrame& frame); // the state's extent, or the eastern flank
    geo::Scale scaleFor(const MapFrame& frame);
    QString countryAt(const MapFrame& frame, QPointF devicePoint);
    std::shared_ptr<geo::ProjectionCache> projections() const { return m_projections; }
    // Not owned; nullptr (the default) for none.
    void setObserver(PaintObserver* observer) { m_observer = observer; }
    // How many threads may share the drawing of one picture (1: the calling thread alone).
    void setMaxThreads(int threads) { m_maxThreads = std::max(1, threads); }

private:
    CountryPaintList recordCountries(const QPainter& painter, const MapFrame& frame,
                                     const MapStyle& style, const geo::ProjectedLayer& layer,
                                     const ViewTransform& view);

    // Places the names, or keeps the last placing when nothing that moves them has changed.
    void layoutLabels(const MapFrame& frame, const MapStyle& style,
                      const geo::ProjectedLayer& layer, const ViewTransform& view);

    struct LabelKey
    {
        const geo::ProjectedLayer* layer = nullptr;
        QRectF extent;
        QSizeF size;
        double dpi = 0;
        core::Theme theme = core::Theme::Light;
        qsizetype statusCount = -1;
        QList<QRectF> reserved; // decorations the names keep clear of
        friend bool operator==(const LabelKey&, const LabelKey&) = default;
    };

    std::shared_ptr<geo::ProjectionCache> m_projections;
    DevicePathCache m_paths;
    LabelKey m_labelKey;
    QList<PlacedLabel> m_labels;
    LabelSprites m_labelSprites;
    PanelSprites m_panelSprites;
    PaintObserver* m_observer = nullptr;
    int m_maxThreads = std::max(1, QThread::idealThreadCount());
    BandLayout m_bands;
};

} // namespace flank::render
