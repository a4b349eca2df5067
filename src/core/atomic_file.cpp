#include "atomic_file.h"

#include <QSaveFile>

#include <cerrno>

namespace flank::core {

QString flushSaveFile(QSaveFile& file)
{
    errno = 0;
    if (!file.flush()) {
        // QSaveFile's own message is "Unknown error" after a short write; errno says why.
        const int code = errno;
        const QString reason = code != 0 ? qt_error_string(code) : file.errorString();
        file.cancelWriting();
        return reason;
    }
    return {};
}

QString commitAtomically(QSaveFile& file)
{
    if (QString reason = flushSaveFile(file); !reason.isEmpty())
        return reason;
    if (!file.commit())
        return file.errorString();
    return {};
}

QString writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QStringLiteral("%1: %2").arg(path, reason);
    }
    if (const QString reason = commitAtomically(file); !reason.isEmpty())
        return QStringLiteral("%1: %2").arg(path, reason);
    return {};
}

} // namespace flank::core
