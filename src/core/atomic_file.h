#pragma once

#include <QByteArray>
#include <QString>

class QSaveFile;

namespace flank::core {

// Ends an atomic write. QSaveFile::commit() in Qt 6.4 does not notice a short write while it
// flushes its buffer (a full disk) and renames the truncated file over the old one, so the
// buffer is flushed, and checked, first. Returns an empty string when the new file is in place,
// else the reason; the old file is then untouched.
QString commitAtomically(QSaveFile& file);

// The first half of commitAtomically(): flushes the buffer and checks it. Empty when every
// byte was written, else the reason (the write is then cancelled). For several files that go
// in place together: each is flushed before any is committed.
QString flushSaveFile(QSaveFile& file);

// Writes `bytes` to `path` through QSaveFile. Empty on success, else "path: reason".
QString writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace flank::core
