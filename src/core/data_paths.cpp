#include "data_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace flank::core {

namespace {

QStringList candidateRoots(bool withEnvironment)
{
    QStringList roots;
    const QString fromEnvironment = qEnvironmentVariable("FLANK_DATA_DIR");
    if (withEnvironment && !fromEnvironment.isEmpty())
        roots << fromEnvironment;
    if (QCoreApplication::instance()) {
        const QDir exeDir(QCoreApplication::applicationDirPath());
        roots << exeDir.absoluteFilePath(QStringLiteral("../share/flankatlas"));
    }
    roots << QStringLiteral(FLANK_INSTALL_DATA_DIR) << QStringLiteral(FLANK_SOURCE_DATA_DIR);
    return roots;
}

} // namespace

QString DataPaths::find(const QString& relativePath, bool withEnvironment)
{
    const QStringList roots = candidateRoots(withEnvironment);
    for (const QString& root : roots) {
        const QString candidate = QDir(root).absoluteFilePath(relativePath);
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    // Not found: return the first candidate so the error names a real place.
    return QDir::cleanPath(QDir(roots.constFirst()).absoluteFilePath(relativePath));
}

QString DataPaths::countries()
{
    return find(QStringLiteral("geodata/countries.gpkg"));
}
QString DataPaths::posture()
{
    return find(QStringLiteral("geodata/posture.json"));
}
QString DataPaths::postureSchema()
{
    return find(QStringLiteral("geodata/posture.schema.json"));
}
QString DataPaths::bundledCountries()
{
    return find(QStringLiteral("geodata/countries.gpkg"), false);
}
QString DataPaths::bundledPosture()
{
    return find(QStringLiteral("geodata/posture.json"), false);
}
QString DataPaths::exampleStory()
{
    return find(QStringLiteral("resources/stories/eastern-flank-2025.flankstory"));
}
QString DataPaths::dataDirectory()
{
    return QFileInfo(posture()).absolutePath();
}

} // namespace flank::core
