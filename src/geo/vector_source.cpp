#include "vector_source.h"

#include "gdal_handles.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

namespace flank::geo {

namespace {

GDALDatasetUniquePtr openVector(const QString& path, core::Issues* issues)
{
    ensureGdalRegistered();
    const QFileInfo info(path);
    if (!info.exists()) {
        issues->append(core::makeError(path, QStringLiteral("file not found")));
        return nullptr;
    }
    if (!info.isFile() || !info.isReadable()) {
        issues->append(core::makeError(path, QStringLiteral("not a readable file")));
        return nullptr;
    }
    const auto open = [&] {
        CPLErrorReset();
        return GDALDatasetUniquePtr(
            GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    };
    GDALDatasetUniquePtr dataset = open();
    if (!dataset) {
        // Not one of the common formats: try every driver GDAL has.
        ensureAllGdalDriversRegistered();
        dataset = open();
    }
    if (!dataset) {
        issues->append(core::makeError(
            path, QStringLiteral("not a vector data file GDAL can read (%1)")
                      .arg(lastGdalError(QStringLiteral("no driver recognised it")))));
        return nullptr;
    }
    if (dataset->GetLayerCount() == 0) {
        issues->append(core::makeError(path, QStringLiteral("the file holds no vector layer")));
        return nullptr;
    }
    return dataset;
}

bool appendRing(const OGRLinearRing* ring, QList<QPolygonF>& rings)
{
    const int count = ring->getNumPoints();
    if (count < 3)
        return true;
    QPolygonF polygon;
    polygon.reserve(count);
    for (int i = 0; i < count; ++i) {
        const double x = ring->getX(i);
        const double y = ring->getY(i);
        if (!std::isfinite(x) || !std::isfinite(y) || std::abs(x) > 540 || std::abs(y) > 90)
            return false;
        polygon.append(QPointF(x, y));
    }
    rings.append(polygon);
    return true;
}

bool appendPolygon(const OGRPolygon* polygon, QList<QPolygonF>& rings)
{
    if (polygon->IsEmpty())
        return true;
    bool ok = appendRing(polygon->getExteriorRing(), rings);
    for (int i = 0; i < polygon->getNumInteriorRings(); ++i)
        ok = appendRing(polygon->getInteriorRing(i), rings) && ok;
    return ok;
}

// Collects the rings of every polygon in a geometry; false when a coordinate is not a valid
// longitude/latitude.
bool collectRings(const OGRGeometry* geometry, QList<QPolygonF>& rings)
{
    switch (wkbFlatten(geometry->getGeometryType())) {
    case wkbPolygon:
        return appendPolygon(geometry->toPolygon(), rings);
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        bool ok = true;
        for (const OGRGeometry* part : *geometry->toGeometryCollection())
            ok = collectRings(part, rings) && ok;
        return ok;
    }
    default:
        return true; // points and lines have no area to fill
    }
}

QString fieldText(OGRFeature& feature, int index)
{
    if (index < 0 || !feature.IsFieldSetAndNotNull(index))
        return {};
    return QString::fromUtf8(feature.GetFieldAsString(index)).trimmed();
}

} // namespace

QStringList vectorLayerNames(const QString& path, core::Issues* issues)
{
    core::Issues local;
    const GDALDatasetUniquePtr dataset = openVector(path, issues ? issues : &local);
    QStringList names;
    if (!dataset)
        return names;
    for (int i = 0; i < dataset->GetLayerCount(); ++i)
        names << QString::fromUtf8(dataset->GetLayer(i)->GetName());
    return names;
}

VectorReadResult readVectorFile(const QString& path, const VectorReadOptions& options)
{
    VectorReadResult result;
    const GDALDatasetUniquePtr dataset = openVector(path, &result.issues);
    if (!dataset)
        return result;

    OGRLayer* layer = options.layerName.isEmpty()
                          ? dataset->GetLayer(0)
                          : dataset->GetLayerByName(options.layerName.toUtf8().constData());
    if (!layer) {
        result.issues.append(
            core::makeError(path, QStringLiteral("no layer named '%1'").arg(options.layerName)));
        return result;
    }
    const QString layerName = QString::fromUtf8(layer->GetName());
    OGRFeatureDefn* definition = layer->GetLayerDefn();
    const int keyIndex = definition->GetFieldIndex(options.keyField.toUtf8().constData());
    if (keyIndex < 0) {
        QStringList fields;
        for (int i = 0; i < definition->GetFieldCount(); ++i)
            fields << QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef());
        core::Issue issue = core::makeError(
            path, QStringLiteral("layer '%1' has no key field '%2' (fields: %3)")
                      .arg(layerName, options.keyField,
                           fields.isEmpty() ? QStringLiteral("none") : fields.join(u", ")));
        issue.place = layerName;
        result.issues.append(issue);
        return result;
    }
    const auto indexOf = [definition](const QString& name) {
        return name.isEmpty() ? -1 : definition->GetFieldIndex(name.toUtf8().constData());
    };
    const int nameIndex = indexOf(options.nameField);
    const int occupiedIndex = indexOf(options.occupiedField);
    const int occupiedByIndex = indexOf(options.occupiedByField);

    layer->ResetReading();
    CPLErrorReset();
    for (auto& feature : *layer) {
        const QString place = QStringLiteral("%1 feature %2").arg(layerName).arg(feature->GetFID());
        GeoFeature geoFeature;
        geoFeature.key = fieldText(*feature, keyIndex);
        geoFeature.name = fieldText(*feature, nameIndex);
        geoFeature.occupied = occupiedIndex >= 0 && feature->GetFieldAsInteger(occupiedIndex) != 0;
        geoFeature.occupiedBy = fieldText(*feature, occupiedByIndex);
        const OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) {
            core::Issue issue = core::makeWarning(path, QStringLiteral("feature has no geometry"));
            issue.place = place;
            result.issues.append(issue);
            continue;
        }
        std::unique_ptr<OGRGeometry> repaired;
        if (options.repairInvalid && !geometry->IsValid()) {
            repaired.reset(geometry->MakeValid());
            core::Issue issue = core::makeWarning(
                path, repaired ? QStringLiteral("invalid geometry was repaired")
                               : QStringLiteral("invalid geometry could not be repaired"));
            issue.place = place;
            result.issues.append(issue);
            if (repaired)
                geometry = repaired.get();
        }
        QList<QPolygonF> rings;
        if (!collectRings(geometry, rings)) {
            core::Issue issue = core::makeError(
                path, QStringLiteral("coordinates outside longitude/latitude range"));
            issue.place = place;
            result.issues.append(issue);
            continue;
        }
        if (rings.isEmpty()) {
            core::Issue issue = core::makeWarning(path, QStringLiteral("feature has no area"));
            issue.place = place;
            result.issues.append(issue);
            continue;
        }
        geoFeature.rings = CompactRings(rings);
        geoFeature.bounds = geoFeature.rings.bounds();
        result.features.append(std::move(geoFeature));
    }
    if (CPLGetLastErrorType() >= CE_Failure) {
        result.issues.append(
            core::makeError(path, QStringLiteral("reading stopped early: %1")
                                      .arg(lastGdalError(QStringLiteral("unknown GDAL error")))));
    }
    return result;
}

} // namespace flank::geo
