#pragma once

#include "posture/dataset_loader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace flank::cli {

// --format text|json and --data FILE, as the commands that print the dataset's facts (`status`,
// `info`, `borders`) take them, and the loading of that file.
class DataCommandOptions
{
public:
    DataCommandOptions();

    void addTo(QCommandLineParser& parser) const;
    // An error message naming --format, or empty.
    QString checkFormat(const QCommandLineParser& parser) const;
    bool wantsJson(const QCommandLineParser& parser) const;
    QString dataPath(const QCommandLineParser& parser) const;

private:
    QCommandLineOption m_format;
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

} // namespace flank::cli
