#include "pdf_writer.h"

#include "render/title_block_painter.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>

namespace flank::exporting {

namespace {

// PDF string literal: parentheses and backslashes escaped; non-ASCII as UTF-16BE with a BOM.
QByteArray pdfString(const QString& text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80 && c.unicode() >= 0x20;
    if (!ascii) {
        QByteArray hex = "<FEFF";
        for (QChar c : text)
            hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
        return hex + '>';
    }
    QByteArray escaped = text.toLatin1();
    escaped.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    return '(' + escaped + ')';
}

// QPdfWriter has no author field, so an incremental update appends a new Info dictionary
// (title, author, creator) that readers take instead of Qt's.
QByteArray withInfo(QByteArray pdf, const QString& title, const QString& author)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    if (startxref < 0 || trailer < 0)
        return pdf;
    const QByteArray tail = pdf.mid(trailer, startxref - trailer);
    const auto number = [&](const QByteArray& text, const char* key) -> QByteArray {
        const qsizetype at = text.indexOf(key);
        if (at < 0)
            return {};
        QByteArray value = text.mid(at + qstrlen(key)).trimmed();
        return value.left(value.indexOf(value.startsWith('<') ? '>' : '/')).trimmed();
    };
    const int size = number(tail, "/Size").toInt();
    QByteArray root = tail.mid(tail.indexOf("/Root") + 5).trimmed();
    root = root.left(root.indexOf('R') + 1);
    const QByteArray previous = pdf.mid(startxref + 9).trimmed().split('\n').value(0).trimmed();
    if (size <= 0 || root.isEmpty() || previous.isEmpty())
        return pdf;
    if (!pdf.endsWith('\n'))
        pdf += '\n';
    const qsizetype offset = pdf.size();
    pdf += QByteArray::number(size) + " 0 obj\n<< /Title " + pdfString(title) + " /Author " +
           pdfString(author) +
           " /Creator (Flank Atlas) /Producer (Flank Atlas with Qt) >>\nendobj\n";
    const qsizetype xref = pdf.size();
    pdf += "xref\n" + QByteArray::number(size) + " 1\n" +
           QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(size + 1) + " /Root " + root + " /Info " +
           QByteArray::number(size) + " 0 R /Prev " + previous + " >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
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
    render::MapFrame frame = request.frame;
    const QString title =
        render::TitleBlockPainter(frame, render::MapStyle::forTheme(frame.state.theme)).title();
    const QString author =
        request.author.isEmpty() ? QStringLiteral("Flank Atlas") : request.author;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(qRound(frame.dpi));
        writer.setPageLayout(QPageLayout(QPageSize(pdfPageSizeMm(request), QPageSize::Millimeter),
                                         QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Flank Atlas"));
        // The frame fills the page exactly, whatever rounding the page size took.
        frame.size = QSizeF(writer.width(), writer.height());
        QPainter painter;
        if (!painter.begin(&writer))
            return exportFailure(request.file, QStringLiteral("could not start the PDF writer"));
        renderer.paint(painter, frame);
        painter.end();
    }
    const QByteArray pdf = withInfo(buffer.data(), title, author);
    if (device.write(pdf) != pdf.size())
        return exportFailure(request.file, device.errorString());
    return {true, {}};
}

} // namespace flank::exporting
