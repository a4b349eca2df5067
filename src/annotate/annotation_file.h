#pragma once

#include "annotation_set.h"

#include "core/issue.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace flank::annotate {

// At most this many features are read from one file; an analyst's map needs far fewer.
inline constexpr int kMaxAnnotations = 1000;

struct AnnotationFileContents
{
    AnnotationSet annotations; // every feature that could be read
    core::Issues issues;       // each naming the file and the feature's JSON Pointer
};

// Annotations as a GeoJSON FeatureCollection in lon/lat with style properties ("kind",
// "text", "color", "size", "symbol" plus simplestyle's stroke/fill/marker-color), so QGIS or
// any GIS opens it. Plain Point/LineString/Polygon files from elsewhere load as markers,
// lines and areas.
QByteArray toGeoJson(const AnnotationSet& annotations);
AnnotationFileContents fromGeoJson(const QByteArray& json, const QString& fileName);

AnnotationFileContents readAnnotationFile(const QString& path);

struct AnnotationFiles
{
    QHash<QString, AnnotationSet> byName; // keyed by the names as given
    core::Issues issues;                  // of every file, in the order of `names`
};

// Several files, each read once however often it is named: the steps of a story share them.
// Relative names resolve against the folder of `referringFile` (the story that names them).
AnnotationFiles readAnnotationFiles(const QStringList& names, const QString& referringFile);

// Atomic (QSaveFile): on failure the old file stays as it was. Returns an error or "".
QString writeAnnotationFile(const QString& path, const AnnotationSet& annotations);

} // namespace flank::annotate
