#include "video_module.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#include <mutex>

namespace flank::exporting {

namespace {

QStringList moduleFolders()
{
    QStringList folders;
    if (const QString named = qEnvironmentVariable("FLANKATLAS_MODULE_DIR"); !named.isEmpty())
        folders << named;
    if (QCoreApplication::instance())
        folders << QDir(QCoreApplication::applicationDirPath())
                       .absoluteFilePath(QStringLiteral("../lib/flankatlas"));
    return folders;
}

struct LoadedModule
{
    CreateVideoBackend create = nullptr;
    QString error;
};

LoadedModule loadModule()
{
    QStringList tried;
    QString lastError;
    for (const QString& folder : moduleFolders()) {
        const QString path = QDir::cleanPath(
            QDir(folder).filePath(QLatin1String(kVideoModuleName) + QStringLiteral(".so")));
        tried << path;
        // Never unloaded: the encoder threads and FFmpeg's state live as long as the process.
        QLibrary library(path);
        if (!library.load()) {
            if (QFileInfo::exists(path))
                lastError = library.errorString();
            continue;
        }
        if (auto create =
                reinterpret_cast<CreateVideoBackend>(library.resolve(kCreateVideoBackendSymbol)))
            return {create, {}};
        lastError = QStringLiteral("%1 is from another version of Flank Atlas").arg(path);
    }
    if (!lastError.isEmpty())
        return {nullptr, QStringLiteral("video encoding is not available (%1)").arg(lastError)};
    return {nullptr, QStringLiteral("video encoding is not available: its module is not "
                                    "installed (looked for %1)")
                         .arg(tried.join(QStringLiteral(", ")))};
}

} // namespace

CreateVideoBackend videoBackendFactory(QString* error)
{
    static std::once_flag once;
    static LoadedModule module;
    std::call_once(once, [] { module = loadModule(); });
    if (!module.create && error)
        *error = module.error;
    return module.create;
}

} // namespace flank::exporting
