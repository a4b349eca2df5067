#include "dataset_loader.h"

#include "dataset_reader.h"

#include "core/json_reader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace flank::posture {

LoadResult parseDataset(const QByteArray& data, const QString& fileName)
{
    return DatasetReader(fileName).load(data);
}

LoadResult loadDataset(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {Dataset(), {core::makeError(path, QStringLiteral("the file does not exist"))}};
    if (info.size() > core::JsonReader::kMaxFileBytes)
        return {Dataset(),
                {core::makeError(path, QStringLiteral("the file is %1 bytes, more than the 64 MiB "
                                                      "a posture file may have; it was not read")
                                           .arg(info.size()))}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Dataset(),
                {core::makeError(path, QStringLiteral("cannot open: %1").arg(file.errorString()))}};
    // Bounded read: the file may have grown since it was measured. Reading the measured size
    // (plus one byte to notice growth) keeps the buffer as small as the file.
    const qint64 expected = std::min<qint64>(file.size(), core::JsonReader::kMaxFileBytes) + 1;
    const QByteArray data = file.read(expected);
    if (file.error() != QFileDevice::NoError)
        return {Dataset(),
                {core::makeError(path, QStringLiteral("cannot read: %1").arg(file.errorString()))}};
    return parseDataset(data, path);
}

} // namespace flank::posture
