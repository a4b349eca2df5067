#include "story_pdf_writer.h"

#include "core/atomic_file.h"

#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace flank::present {

exporting::ExportResult writeStoryPdf(StoryDeck& deck, const QString& file, const QSizeF& slideSize)
{
    if (deck.count() == 0)
        return exporting::exportFailure(file, QStringLiteral("the story has no steps"));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return exporting::exportFailure(file, out.errorString());
    const double dpi = StorySlidePainter::dpiFor(slideSize);
    {
        QPdfWriter writer(&out);
        writer.setResolution(qRound(dpi));
        writer.setPageLayout(QPageLayout(QPageSize(slideSize / dpi * 25.4, QPageSize::Millimeter),
                                         QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(deck.story().title);
        writer.setCreator(QStringLiteral("Flank Atlas"));
        // The slide fills the page exactly, whatever rounding the page size took.
        const QSizeF page(writer.width(), writer.height());
        QPainter painter;
        if (!painter.begin(&writer)) {
            out.cancelWriting();
            return exporting::exportFailure(file, QStringLiteral("could not start the PDF writer"));
        }
        for (int i = 0; i < deck.count(); ++i) {
            if (i > 0)
                writer.newPage();
            deck.paintStep(painter, i, page);
        }
        painter.end();
    }
    if (const QString reason = core::commitAtomically(out); !reason.isEmpty())
        return exporting::exportFailure(file, reason);
    return {true, {}};
}

} // namespace flank::present
