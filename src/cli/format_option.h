#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace flank::cli {

// --format with the formats a command can print, the first one the default.
class FormatOption
{
public:
    explicit FormatOption(const QStringList& formats = {QStringLiteral("text"),
                                                        QStringLiteral("json")});

    void addTo(QCommandLineParser& parser) const;
    // An error message naming --format, or empty.
    QString check(const QCommandLineParser& parser) const;
    QString value(const QCommandLineParser& parser) const;

private:
    QStringList m_formats;
    QCommandLineOption m_option;
};

} // namespace flank::cli
