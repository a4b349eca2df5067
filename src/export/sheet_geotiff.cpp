#include "sheet_geotiff.h"

#include "geotiff_writer.h"

#include "core/atomic_file.h"
#include "core/treaty_choice.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <memory>
#include <vector>

namespace flank::exporting {

namespace {

// What tells each map from the others in its file's name: its treaty when the maps differ in
// treaty, else its date; a tag that would repeat is numbered.
QStringList mapTags(const QList<render::MapFrame>& maps)
{
    const bool byTreaty = std::any_of(maps.cbegin(), maps.cend(), [&](const auto& map) {
        return map.state.treaty != maps.first().state.treaty;
    });
    QStringList tags;
    for (const render::MapFrame& map : maps)
        tags << (byTreaty ? core::treatyChoiceName(map.state.treaty)
                          : map.state.date.toString(Qt::ISODate));
    QStringList unique = tags;
    QHash<QString, int> seen;
    for (QString& tag : unique)
        if (tags.count(tag) > 1)
            tag += QStringLiteral("-%1").arg(++seen[tag]);
    return unique;
}

// "maps/cmp.tif" and "2025-01-01" give "maps/cmp-2025-01-01.tif".
QString taggedFile(const QString& file, const QString& tag)
{
    const QString extension = QFileInfo(file).suffix();
    if (extension.isEmpty())
        return file + QLatin1Char('-') + tag;
    return QStringLiteral("%1-%2.%3").arg(file.chopped(extension.size() + 1), tag, extension);
}

} // namespace

ExportResult writeSheetGeoTiffs(render::MapRenderer& renderer, const ExportRequest& request)
{
    const QStringList tags = mapTags(request.maps);
    ExportResult result{true, {}};
    std::vector<std::unique_ptr<QSaveFile>> targets; // discarded unless committed
    for (qsizetype i = 0; i < request.maps.size(); ++i) {
        ExportRequest map;
        map.format = ExportFormat::GeoTiff;
        map.file = taggedFile(request.file, tags.at(i));
        map.frame = request.maps.at(i);
        QSaveFile& target = *targets.emplace_back(std::make_unique<QSaveFile>(map.file));
        if (!target.open(QIODevice::WriteOnly))
            return exportFailure(map.file, target.errorString());
        if (ExportResult written = writeGeoTiff(renderer, map, target); !written.ok)
            return written;
        if (const QString reason = core::flushSaveFile(target); !reason.isEmpty())
            return exportFailure(map.file, reason);
        result.files << map.file;
    }
    // Only renames are left. Should one still fail, the files already put in place that are
    // new are removed again.
    QList<bool> existed;
    for (const QString& file : std::as_const(result.files))
        existed << QFileInfo::exists(file);
    for (size_t i = 0; i < targets.size(); ++i) {
        if (const QString reason = core::commitAtomically(*targets[i]); !reason.isEmpty()) {
            for (size_t j = 0; j < i; ++j)
                if (!existed.at(j))
                    QFile::remove(result.files.at(j));
            return exportFailure(result.files.at(i), reason);
        }
    }
    return result;
}

} // namespace flank::exporting
