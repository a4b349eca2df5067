#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace flank::cli {

// One export's median time from process start to file on disk, and its peak memory; -1 when
// it failed.
struct ExportRun
{
    double seconds = -1;
    double peakRssMiB = -1;
};

// The exports the bench times, one line each, and every format's peak memory.
struct ExportFigures
{
    QList<std::pair<QString, ExportRun>> runs; // the line's key, the run
    QMap<QString, double> peakByFormat;

    void add(const QString& key, const QString& format, const ExportRun& run);
};

// Runs `flankatlas export` as processes of their own, in every format the bench times.
ExportFigures runExports();

} // namespace flank::cli
