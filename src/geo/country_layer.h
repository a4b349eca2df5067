#pragma once

#include "core/issue.h"
#include "geo_feature.h"
#include "scale.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <mutex>

namespace flank::geo {

// The world's countries at Natural Earth's three scales. A scale is read from disk the first
// time it is asked for, so a coarse picture never pays for the 1:10m data.
class CountryLayer
{
public:
    static constexpr const char* kKeyField = "iso_a3";

    // A GeoPackage with layers countries_110m, countries_50m, countries_10m; any other
    // vector file is used as it is for all three scales.
    explicit CountryLayer(const QString& path);
    ~CountryLayer();
    CountryLayer(const CountryLayer&) = delete;
    CountryLayer& operator=(const CountryLayer&) = delete;

    const QString& path() const { return m_path; }

    // Features of one scale; a country may have several (Crimea is a part of Ukraine of
    // its own, marked occupied).
    const QList<GeoFeature>& features(Scale scale) const;
    // Issues met while reading, for every scale read so far.
    core::Issues issues() const;
    bool isUsable() const; // the coarse scale loaded with at least one feature

    // ISO alpha-3 -> English name (Natural Earth's), from the coarse scale.
    QHash<QString, QString> countryNames() const;
    // The name in the interface language (core::localCountryName), the code when unknown.
    QString nameOf(const QString& iso3) const;

private:
    struct ScaleData
    {
        std::once_flag loaded;
        QList<GeoFeature> features;
        core::Issues issues;
    };
    void load(Scale scale) const;

    QString m_path;
    QStringList m_layerNames;
    core::Issues m_openIssues;
    mutable std::array<ScaleData, 3> m_scales;
};

QString layerNameFor(Scale scale); // "countries_110m", ...

} // namespace flank::geo
