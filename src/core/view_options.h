#pragma once

#include "map_state.h"
#include "paper.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFlags>
#include <QSize>
#include <QStringList>

#include <optional>

namespace flank::core {

// The options that say what a picture shows. Each command offers the ones it uses; an option
// means the same, accepts the same spellings and fails with the same message in every one.
enum class ViewOption
{
    Date = 1 << 0,      // --date YYYY-MM-DD
    Treaty = 1 << 1,    // --treaty ottawa|ccm|both
    Select = 1 << 2,    // --select ISO3
    Theme = 1 << 3,     // --theme light|dark|projector|print
    Size = 1 << 4,      // --size WxH
    Extent = 1 << 5,    // --extent xmin,ymin,xmax,ymax
    Crs = 1 << 6,       // --crs
    Scale = 1 << 7,     // --scale 110m|50m|10m|auto
    Fit = 1 << 8,       // --fit ISO3,...
    Layers = 1 << 9,    // --layers, --title, --subtitle, --bare, --legend/--no-legend, ...
    Paper = 1 << 10,    // --paper A4|A3|Letter
    Language = 1 << 11, // --lang en|pl|uk|lt|lv|et|fi|de
};
Q_DECLARE_FLAGS(ViewOptions, ViewOption)
Q_DECLARE_OPERATORS_FOR_FLAGS(ViewOptions)

// What the options asked for: the view itself, and the picture's size or page.
struct ViewRequest
{
    MapState state;
    std::optional<QSize> size;
    std::optional<core::Paper> paper;
    QStringList fit; // ISO codes, upper case
    // The language of the picture's words (a code of interfaceLanguages()); "" when not given.
    // Not part of the view: the command installs it before anything is drawn.
    QString language = {};
};

class ViewOptionReader
{
public:
    // `minSize` and `maxSize` bound --size: a window has a smallest useful size, a file not.
    explicit ViewOptionReader(ViewOptions options, QSize minSize = QSize(1, 1),
                              QSize maxSize = QSize(1 << 30, 1 << 30));

    void addTo(QCommandLineParser& parser) const;
    // Applies the options given to `request` (what was not given stays); returns an error
    // message that starts with the option's name, or an empty string.
    QString read(const QCommandLineParser& parser, ViewRequest& request) const;

    // "1920x1080" -> QSize; an invalid QSize when malformed.
    static QSize parseSize(const QString& text);
    // "2025-03-18" -> the date; nullopt for anything else. Every option that takes a date reads
    // it here, and says dateError() when it is not one.
    static std::optional<QDate> parseDate(const QString& text);
    // "--date: '2025-13-01' is not a date (YYYY-MM-DD)", for `option` "date".
    static QString dateError(const QString& option, const QString& text);
    // Reads the day option `name` ("date", "from", ...) into `date` when it is given; returns
    // the message --date gives for a value that is not YYYY-MM-DD, or an empty string. For the
    // commands that take days besides --date.
    static QString readDay(const QCommandLineParser& parser, const QString& name, QDate& date);
    // Reads --lang into `code` when it is given; returns an error naming the option and the
    // languages there are, or an empty string. For launchers that need the language before
    // they build what the other options apply to.
    static QString readLanguage(const QCommandLineParser& parser, QString& code);

private:
    QString readState(const QCommandLineParser& parser, MapState& state) const;
    QString readLayers(const QCommandLineParser& parser, MapState& state) const;
    QString readPicture(const QCommandLineParser& parser, ViewRequest& request) const;

    ViewOptions m_options;
    QSize m_minSize;
    QSize m_maxSize;
};

} // namespace flank::core
