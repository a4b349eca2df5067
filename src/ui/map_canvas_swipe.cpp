// MapCanvas's swipe mode: one map, the first date left of a divider the user drags and the
// second right of it.
#include "map_canvas.h"

#include "render/decoration_painter.h"
#include "render/swipe_painter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace flank::ui {

void MapCanvas::setSwipe(const std::optional<SwipeSetup>& swipe)
{
    m_swipe = swipe;
    // Only the pictures the mode draws are kept: each is as large as the screen.
    if (m_swipe) {
        m_swipe->divider = std::clamp(m_swipe->divider, 0.0, 1.0);
        m_picture = QImage();
    } else {
        m_swipePictures = {};
    }
    repaintMap();
}

std::optional<double> MapCanvas::swipeDividerX() const
{
    if (!m_swipe)
        return std::nullopt;
    return m_swipe->divider * width();
}

bool MapCanvas::onSwipeGrip(QPointF widgetPoint) const
{
    const auto x = swipeDividerX();
    // The whole divider line can be taken, not only its grip: a few pixels either side.
    return x && std::abs(widgetPoint.x() - *x) <= 8;
}

render::MapFrame MapCanvas::frameAt(QPointF widgetPoint) const
{
    const auto x = swipeDividerX();
    return x && widgetPoint.x() > *x ? swipeSecondFrame() : currentFrame();
}

render::MapFrame MapCanvas::swipeSecondFrame() const
{
    return frameOn(m_swipe ? m_swipe->secondDate : paneState().date, m_secondStatusCache);
}

void MapCanvas::paintSwipe(QPainter& painter, QSize pixels, qreal ratio)
{
    const render::MapStyle style = render::MapStyle::forTheme(m_session->state().theme);
    if (!m_swipePicturesCurrent || m_swipePictures.first.size() != pixels ||
        m_swipePictures.first.devicePixelRatio() != ratio) {
        // Both dates are drawn once, the legend once over both; dragging the divider then
        // only copies their pixels.
        render::MapFrame first = currentFrame();
        render::MapFrame second = swipeSecondFrame();
        render::MapFrame decorations = second;
        decorations.state.decorations.dateStamp = false; // each side gets its own below
        for (render::MapFrame* frame : {&first, &second}) {
            frame->state.decorations.legend = false;
            frame->state.decorations.dateStamp = false;
        }
        const auto picture = [&](QImage& image, QImage::Format format) {
            if (image.size() != pixels || image.devicePixelRatio() != ratio) {
                image = QImage(pixels, format);
                image.setDevicePixelRatio(ratio);
            }
        };
        picture(m_swipePictures.first, QImage::Format_RGB32);
        picture(m_swipePictures.second, QImage::Format_RGB32);
        picture(m_swipePictures.overlay, QImage::Format_ARGB32_Premultiplied);
        for (auto [image, frame] : {std::pair{&m_swipePictures.first, &first},
                                    std::pair{&m_swipePictures.second, &second}}) {
            QPainter picturePainter(image);
            m_renderer->paint(picturePainter, *frame);
        }
        m_swipePictures.overlay.fill(Qt::transparent);
        QPainter overlayPainter(&m_swipePictures.overlay);
        overlayPainter.setRenderHint(QPainter::Antialiasing, true);
        overlayPainter.setRenderHint(QPainter::TextAntialiasing, true);
        render::DecorationPainter(decorations, style, *m_session->data().projections)
            .paint(overlayPainter);
        if (m_session->state().decorations.dateStamp)
            render::paintSwipeStamps(overlayPainter, first.state.date, second.state.date, width(),
                                     style);
        m_swipePicturesCurrent = true;
    }
    render::paintSwipe(painter, m_swipePictures, *swipeDividerX(), style.text, style.panel);
}

} // namespace flank::ui
