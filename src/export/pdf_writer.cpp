#include "pdf_writer.h"

#include "pdf_info_update.h"

#include "render/frame_builder.h"
#include "render/sheet_builder.h"
#include "render/title_block_painter.h"

#include <QPageLayout>
#include <QPdfWriter>

namespace flank::exporting {

namespace {

// Sizes the request's picture to `size`: its map's view resolved again, or its sheet laid out
// again.
void fitToPage(ExportRequest& request, const QSizeF& size, geo::ProjectionCache& projections)
{
    request.frame.size = size;
    if (!request.sheet) {
        render::resolveView(request.frame, projections);
        return;
    }
    request.sheet->page.size = size;
    render::layOutSheet(*request.sheet, projections);
    request.frame = request.sheet->page;
}

} // namespace

QSizeF pdfPageSizeMm(const ExportRequest& request)
{
    if (request.paper != Paper::None)
        return paperSizeMm(request.paper, request.landscape);
    return request.frame.size / request.frame.dpi * 25.4;
}

ExportResult writePdf(render::MapRenderer& renderer, const ExportRequest& request,
                      QIODevice& device)
{
    ExportRequest page = request;
    const render::MapFrame& frame = page.frame;
    const QString title =
        render::TitleBlockPainter(frame, render::MapStyle::forTheme(frame.state.theme)).title();
    const QString author =
        request.author.isEmpty() ? QStringLiteral("Flank Atlas") : request.author;
    PdfPassThrough passThrough(device);
    passThrough.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    {
        QPdfWriter writer(&passThrough);
        writer.setResolution(qRound(frame.dpi));
        writer.setPageLayout(QPageLayout(QPageSize(pdfPageSizeMm(request), QPageSize::Millimeter),
                                         QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Flank Atlas"));
        // The picture fills the page exactly, whatever rounding the page size took.
        fitToPage(page, QSizeF(writer.width(), writer.height()), *renderer.projections());
        QPainter painter;
        if (!painter.begin(&writer))
            return exportFailure(request.file, QStringLiteral("could not start the PDF writer"));
        paintPicture(renderer, painter, page);
        painter.end();
    }
    if (passThrough.failed())
        return exportFailure(request.file, device.errorString());
    const QByteArray info =
        pdfInfoUpdate(passThrough.tail(), passThrough.bytesPassed(), title, author);
    if (device.write(info) != info.size())
        return exportFailure(request.file, device.errorString());
    return {true, {}};
}

} // namespace flank::exporting
