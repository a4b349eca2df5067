#include "country_layer.h"

#include "vector_source.h"

#include "core/country_names.h"

namespace flank::geo {

QString layerNameFor(Scale scale)
{
    return QStringLiteral("countries_") + scaleId(scale);
}

CountryLayer::CountryLayer(const QString& path) : m_path(path)
{
    m_layerNames = vectorLayerNames(path, &m_openIssues);
}

CountryLayer::~CountryLayer() = default;

void CountryLayer::load(Scale scale) const
{
    ScaleData& data = m_scales[static_cast<int>(scale)];
    std::call_once(data.loaded, [&] {
        if (core::hasErrors(m_openIssues))
            return;
        VectorReadOptions options;
        options.keyField = QString::fromLatin1(kKeyField);
        options.nameField = QStringLiteral("name");
        options.occupiedField = QStringLiteral("occupied");
        options.occupiedByField = QStringLiteral("occupied_by");
        const QString scaleLayer = layerNameFor(scale);
        options.layerName = m_layerNames.contains(scaleLayer) ? scaleLayer : QString();
        // The bundled GeoPackage is made valid by its recipe; other files are checked.
        options.repairInvalid = options.layerName.isEmpty();
        VectorReadResult result = readVectorFile(m_path, options);
        data.features = std::move(result.features);
        data.issues = std::move(result.issues);
    });
}

const QList<GeoFeature>& CountryLayer::features(Scale scale) const
{
    load(scale);
    return m_scales[static_cast<int>(scale)].features;
}

core::Issues CountryLayer::issues() const
{
    core::Issues all = m_openIssues;
    for (const ScaleData& data : m_scales)
        all += data.issues;
    return all;
}

bool CountryLayer::isUsable() const
{
    return !features(Scale::Coarse110m).isEmpty();
}

QHash<QString, QString> CountryLayer::countryNames() const
{
    QHash<QString, QString> names;
    for (const GeoFeature& feature : features(Scale::Coarse110m))
        if (!feature.key.isEmpty() && !feature.occupied)
            names.insert(feature.key, feature.name);
    return names;
}

QString CountryLayer::nameOf(const QString& iso3) const
{
    for (const GeoFeature& feature : features(Scale::Coarse110m))
        if (feature.key == iso3 && !feature.occupied)
            return core::localCountryName(iso3, feature.name);
    return iso3;
}

} // namespace flank::geo
