#pragma once

#include "format_option.h"

#include "posture/dataset_loader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace flank::cli {

// --format text|json (or the formats given) and --data FILE, as the commands that print the
// dataset's facts (`status`, `info`, `borders`, `changes`) take them, and the loading of that
// file.
class DataCommandOptions
{
public:
    explicit DataCommandOptions(const QStringList& formats = {QStringLiteral("text"),
                                                              QStringLiteral("json")});

    void addTo(QCommandLineParser& parser) const;
    // An error message naming --format, or empty.
    QString checkFormat(const QCommandLineParser& parser) const;
    bool wantsJson(const QCommandLineParser& parser) const;
    QString format(const QCommandLineParser& parser) const;
    QString dataPath(const QCommandLineParser& parser) const;

private:
    FormatOption m_format;
    QCommandLineOption m_data;
};

// Loads the posture file and prints its issues on stderr when any is an error; `failed` says
// so: the command still prints what could be read, then exits with 1.
struct LoadedPosture
{
    posture::LoadResult result;
    bool failed = false;
};
LoadedPosture loadPosture(const QString& path);
// Says on stderr when `path` gave no record at all ("flankatlas status: no data could be read
// from FILE"); true then, and the command stops with 1.
bool reportNoData(const QString& command, const LoadedPosture& loaded, const QString& path);

} // namespace flank::cli
