#include "app_restart.h"

#include <QCoreApplication>
#include <QProcess>
#include <QWidget>

namespace flank::ui {

namespace {

// The run's own --lang would override the language just stored.
QStringList argumentsWithoutLanguage()
{
    const QStringList all = QCoreApplication::arguments().mid(1);
    QStringList kept;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i) == QLatin1String("--lang")) {
            ++i; // and its value
            continue;
        }
        if (!all.at(i).startsWith(QLatin1String("--lang=")))
            kept << all.at(i);
    }
    return kept;
}

} // namespace

void restartApplication(QWidget* window)
{
    if (!window->close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), argumentsWithoutLanguage());
    QCoreApplication::quit();
}

} // namespace flank::ui
