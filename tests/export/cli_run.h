#pragma once

#include "export_test_support.h"

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the real `flankatlas export`; FLANKATLAS_PATH is the built program's path.
namespace flank::test {

struct CliRun
{
    int exitCode = -1;
    QString errors;
    QString output; // stdout
};

inline CliRun runExport(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(FLANKATLAS_PATH),
                  QStringList{QStringLiteral("export")} + arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError()),
            QString::fromUtf8(process.readAllStandardOutput())};
}

// Runs an export that must be refused before any work: exit code 2, `message` on stderr, and
// `file`, written with other bytes first, left as it was. Empty when so; else what went wrong.
inline QString refusal(const QString& file, const QStringList& arguments, const QString& message)
{
    const QByteArray old = "the previous export";
    writeFile(file, old);
    const CliRun run = runExport(QStringList{QStringLiteral("-o"), file} + arguments);
    if (run.exitCode != 2 || !run.errors.contains(message))
        return QStringLiteral("exit code %1: %2").arg(run.exitCode).arg(run.errors);
    if (readAll(file) != old)
        return QStringLiteral("the old file was changed");
    return {};
}

} // namespace flank::test
