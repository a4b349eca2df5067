#pragma once

#include "core/issue.h"
#include "geo_feature.h"

#include <QList>
#include <QString>

namespace flank::geo {

struct VectorReadOptions
{
    QString layerName; // empty: the file's first layer
    QString keyField;  // required: the field that identifies a feature
    QString nameField; // optional
    QString occupiedField;
    QString occupiedByField;
    bool repairInvalid = true; // run MakeValid on invalid geometries (bundled data are clean)
};

struct VectorReadResult
{
    QList<GeoFeature> features;
    core::Issues issues;
};

// Reads the polygons of any vector file GDAL can open (GeoPackage, Shapefile, GeoJSON,
// TopoJSON, ...). Problems become issues naming the file and the feature; valid features load.
VectorReadResult readVectorFile(const QString& path, const VectorReadOptions& options);

// The names of the vector layers in a file, or an issue when it cannot be opened.
QStringList vectorLayerNames(const QString& path, core::Issues* issues);

} // namespace flank::geo
