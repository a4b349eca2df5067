#include "view_options.h"

#include <QStringList>

#include <cmath>

namespace flank::cli {

void addViewOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("date"), QStringLiteral("Status date, YYYY-MM-DD (default: today)."),
         QStringLiteral("date")},
        {QStringLiteral("treaty"), QStringLiteral("ottawa, ccm or both (default: ottawa)."),
         QStringLiteral("treaty")},
        {QStringLiteral("select"), QStringLiteral("State to outline (ISO 3166-1 alpha-3)."),
         QStringLiteral("iso3")},
        {QStringLiteral("theme"), QStringLiteral("light, dark, projector or print."),
         QStringLiteral("theme")},
        {QStringLiteral("crs"), QStringLiteral("Map CRS, e.g. EPSG:3035 (default), EPSG:3857, "
                                               "EPSG:4326, ESRI:54030 (Robinson)."),
         QStringLiteral("crs")},
        {QStringLiteral("extent"),
         QStringLiteral("Area xmin,ymin,xmax,ymax in the CRS's units (lon,lat for EPSG:4326)."),
         QStringLiteral("extent")},
        {QStringLiteral("scale"), QStringLiteral("Natural Earth scale: 110m, 50m, 10m or auto."),
         QStringLiteral("scale")},
    });
}

QSize parseSize(const QString& text)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    bool okWidth = false, okHeight = false;
    const int width = parts[0].toInt(&okWidth);
    const int height = parts[1].toInt(&okHeight);
    if (!okWidth || !okHeight || width <= 0 || height <= 0)
        return {};
    return QSize(width, height);
}

QString applyViewOptions(const QCommandLineParser& parser, core::MapState& state)
{
    const auto value = [&](const char* name) { return parser.value(QLatin1String(name)); };
    const auto isSet = [&](const char* name) { return parser.isSet(QLatin1String(name)); };
    if (isSet("date")) {
        const QDate date = QDate::fromString(value("date"), Qt::ISODate);
        if (!date.isValid() || value("date").size() != 10)
            return QStringLiteral("--date: '%1' is not a date (YYYY-MM-DD)").arg(value("date"));
        state.date = date;
    }
    if (isSet("treaty")) {
        const QString choice = value("treaty").toLower();
        if (choice != QLatin1String("ottawa") && choice != QLatin1String("ccm") &&
            choice != QLatin1String("both"))
            return QStringLiteral("--treaty: '%1' is not one of ottawa, ccm, both").arg(choice);
        core::applyTreatyChoice(state, choice);
    }
    if (isSet("select"))
        state.selection = value("select").trimmed().toUpper();
    if (isSet("theme")) {
        const auto theme = core::themeFromId(value("theme").toLower());
        if (!theme)
            return QStringLiteral("--theme: '%1' is not one of light, dark, projector, print")
                .arg(value("theme"));
        state.theme = *theme;
    }
    if (isSet("crs"))
        state.crs = value("crs").trimmed();
    if (isSet("extent")) {
        const QStringList parts = value("extent").split(QLatin1Char(','));
        double v[4] = {};
        bool ok = parts.size() == 4;
        for (int i = 0; ok && i < 4; ++i) {
            v[i] = parts[i].trimmed().toDouble(&ok);
            ok = ok && std::isfinite(v[i]);
        }
        if (!ok)
            return QStringLiteral("--extent: expected four numbers xmin,ymin,xmax,ymax");
        if (!(v[2] > v[0]) || !(v[3] > v[1]))
            return QStringLiteral("--extent: the area has zero or negative size "
                                  "(need xmax > xmin and ymax > ymin)");
        state.extent = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
    }
    if (isSet("scale")) {
        const auto level = core::detailFromId(value("scale").toLower());
        if (!level)
            return QStringLiteral("--scale: '%1' is not one of 110m, 50m, 10m, auto")
                .arg(value("scale"));
        state.detail = *level;
    }
    return {};
}

} // namespace flank::cli
