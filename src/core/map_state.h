#pragma once

#include "issue.h"
#include "json_node.h"
#include "treaty_choice.h"

#include <QDate>
#include <QJsonObject>
#include <QRectF>
#include <QString>

#include <optional>

namespace flank::core {

enum class Theme
{
    Light,
    Dark,
    Projector,
    Print
};
enum class DetailLevel
{
    Auto,
    Coarse110m,
    Medium50m,
    Fine10m
};

// Which decorations a picture carries; the same switches for the screen and every export.
struct Decorations
{
    bool title = false;
    bool legend = true;
    bool dateStamp = true;
    bool sources = false;
    bool scaleBar = false;
    bool northArrow = false;
    bool inset = false;
    bool labels = true;
    bool datasetCitation = false; // a short citation of the dataset edition in the footer

    static Decorations none();
    static Decorations all(); // every one but the dataset citation, which is asked for by name
    friend bool operator==(const Decorations&, const Decorations&) = default;
};

// The border-posture layers drawn over the country fills.
struct MapLayers
{
    bool frontier = true;      // land borders with Russia and Belarus, with their lengths
    bool fortification = true; // the programmes that fortify them
    bool troops = true;        // deployments with a known place

    static MapLayers none();
    friend bool operator==(const MapLayers&, const MapLayers&) = default;
};

// "frontier,fortification,troops"; "none" when all are off.
QString mapLayersText(const MapLayers& layers);
// Reads that list (also "all" and "none"); empty with the unknown name in `unknown`.
std::optional<MapLayers> mapLayersFromText(const QString& text, QString* unknown = nullptr);

// Everything the user sees, as a value: the window's view, a saved view, a story step and a
// `--state` on the command line are all one of these.
struct MapState
{
    static constexpr const char* kDefaultCrs = "EPSG:3035";

    QDate date;
    TreatyChoice treaty = TreatyChoice::Ottawa;
    QString crs = QString::fromLatin1(kDefaultCrs);
    QRectF extent; // in the CRS's units, x = easting/lon, y = northing/lat; empty = default view
    QString selection; // ISO 3166-1 alpha-3 or empty
    Theme theme = Theme::Light;
    DetailLevel detail = DetailLevel::Auto;
    Decorations decorations;
    MapLayers layers;
    QString title;
    QString subtitle;

    friend bool operator==(const MapState&, const MapState&) = default;

    QJsonObject toJson() const;
    // Reads what it can; every field it could not read is an issue at the field's line and
    // column that also names its JSON Pointer (`pointer` is where `object` is in its file).
    static MapState fromJson(const JsonNode& object, Issues* issues = nullptr,
                             const QString& file = QString(), const QString& pointer = QString());

    QString toText() const; // compact JSON, for the clipboard
    // Issues name `file` ("<text>" for pasted text); nullopt when any is an error.
    static std::optional<MapState> fromText(const QString& text, Issues* issues = nullptr,
                                            const QString& file = QStringLiteral("<text>"));
};

QString themeId(Theme theme);
std::optional<Theme> themeFromId(const QString& id);
QString detailId(DetailLevel level);
std::optional<DetailLevel> detailFromId(const QString& id);

} // namespace flank::core
