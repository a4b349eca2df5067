#include "pdf_info_update.h"

namespace flank::exporting {

namespace {

// The trailer and startxref fit well inside this; Qt writes them last.
constexpr qsizetype kTailBytes = 4096;

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

// The value after `key` in a trailer dictionary, up to the next delimiter.
QByteArray trailerValue(const QByteArray& trailer, const char* key)
{
    const qsizetype at = trailer.indexOf(key);
    if (at < 0)
        return {};
    QByteArray value = trailer.mid(at + qstrlen(key)).trimmed();
    return value.left(value.indexOf(value.startsWith('<') ? '>' : '/')).trimmed();
}

} // namespace

PdfPassThrough::PdfPassThrough(QIODevice& target) : m_target(target) {}

qint64 PdfPassThrough::readData(char*, qint64)
{
    return -1;
}

qint64 PdfPassThrough::writeData(const char* data, qint64 size)
{
    if (m_failed || m_target.write(data, size) != size) {
        m_failed = true;
        return -1;
    }
    m_passed += size;
    m_tail.append(data, size);
    if (m_tail.size() > 2 * kTailBytes)
        m_tail.remove(0, m_tail.size() - kTailBytes);
    return size;
}

QByteArray pdfInfoUpdate(const QByteArray& tail, qint64 pdfSize, const QString& title,
                         const QString& author)
{
    const qsizetype startxref = tail.lastIndexOf("startxref");
    const qsizetype trailerAt = tail.lastIndexOf("trailer");
    if (startxref < 0 || trailerAt < 0 || trailerAt > startxref)
        return {};
    const QByteArray trailer = tail.mid(trailerAt, startxref - trailerAt);
    const int size = trailerValue(trailer, "/Size").toInt();
    const qsizetype rootAt = trailer.indexOf("/Root");
    if (size <= 0 || rootAt < 0)
        return {};
    QByteArray root = trailer.mid(rootAt + 5).trimmed();
    root = root.left(root.indexOf('R') + 1);
    const QByteArray previous = tail.mid(startxref + 9).trimmed().split('\n').value(0).trimmed();
    if (root.isEmpty() || previous.isEmpty())
        return {};

    QByteArray update = tail.endsWith('\n') ? QByteArray() : QByteArray("\n");
    const qint64 infoOffset = pdfSize + update.size();
    update += QByteArray::number(size) + " 0 obj\n<< /Title " + pdfString(title) + " /Author " +
              pdfString(author) +
              " /Creator (Flank Atlas) /Producer (Flank Atlas with Qt) >>\nendobj\n";
    const qint64 xrefOffset = pdfSize + update.size();
    update += "xref\n" + QByteArray::number(size) + " 1\n" +
              QByteArray::number(infoOffset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<< /Size " + QByteArray::number(size + 1) + " /Root " + root + " /Info " +
              QByteArray::number(size) + " 0 R /Prev " + previous + " >>\nstartxref\n" +
              QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return update;
}

} // namespace flank::exporting
