#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace flank::exporting {

// Passes a PDF through to the target device as QPdfWriter makes it, keeping only its size and
// its last bytes (the trailer), so a large page never sits in memory whole.
class PdfPassThrough : public QIODevice
{
public:
    explicit PdfPassThrough(QIODevice& target);

    qint64 bytesPassed() const { return m_passed; }
    const QByteArray& tail() const { return m_tail; }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice& m_target;
    QByteArray m_tail;
    qint64 m_passed = 0;
    bool m_failed = false;
};

// QPdfWriter has no author field, so an incremental update appended to the PDF gives a new Info
// dictionary (title, author, creator) that readers take instead of Qt's. `tail` is the end of
// the PDF, holding its trailer, and `pdfSize` its whole size. Empty when no trailer is found.
QByteArray pdfInfoUpdate(const QByteArray& tail, qint64 pdfSize, const QString& title,
                         const QString& author);

} // namespace flank::exporting
