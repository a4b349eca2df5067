#pragma once

#include "render/map_frame.h"
#include "render/map_renderer.h"

#include <QImage>
#include <QPainter>
#include <QString>

#include <functional>

namespace flank::exporting {

// An encoder that takes a picture's rows top to bottom, a strip at a time.
class StripSink
{
public:
    StripSink() = default;
    StripSink(const StripSink&) = delete; // encoders own their library's state
    StripSink& operator=(const StripSink&) = delete;
    virtual ~StripSink() = default;
    // The next rows of the picture; false on a failure (see error()).
    virtual bool write(const QImage& rows) = 0;
    // Ends the file once every row is written.
    virtual bool finish() = 0;
    QString error() const { return m_error; }

protected:
    // Keeps why the encoder failed; false, so a failure can be returned as it is recorded.
    bool fail(const QString& why)
    {
        m_error = why;
        return false;
    }

private:
    QString m_error;
};

// Pixels per metre at `dpi`, as image files record resolution.
int dotsPerMetre(double dpi);

// Draws a whole picture; in a strip, the painter is clipped to the strip's rows.
using PicturePainter = std::function<void(QPainter&)>;

// Paints a picture of `size` into `sink` a strip of rows at a time, top to bottom, so a large
// picture never sits in memory whole: a strip takes a few MiB whatever the picture's size.
// Returns why it failed, or nothing.
QString paintInStrips(const QSize& size, const PicturePainter& paint, StripSink& sink);
// The same for one map through the renderer.
QString paintInStrips(render::MapRenderer& renderer, const render::MapFrame& frame,
                      StripSink& sink);

} // namespace flank::exporting
