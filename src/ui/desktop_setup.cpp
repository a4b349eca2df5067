#include "desktop_setup.h"

#include "translation_loader.h"

#include <QGuiApplication>
#include <QIcon>

// Resources of a static library must be registered by name, outside any namespace.
static void initDesktopResources()
{
    Q_INIT_RESOURCE(flankatlas);
}

namespace flank::ui {

void setUpDesktopApplication()
{
    initDesktopResources();
    installTranslations();
    QGuiApplication::setWindowIcon(
        QIcon(QStringLiteral(":/icons/io.github.flankatlas.FlankAtlas.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.flankatlas.FlankAtlas"));
}

} // namespace flank::ui
