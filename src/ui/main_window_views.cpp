// The window's Saved Views menu: save, restore and delete named views.
#include "main_window.h"

#include "map_session.h"
#include "saved_views.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace flank::ui {

void MainWindow::rebuildSavedViewsMenu()
{
    m_savedViewsMenu->clear();
    QAction* save =
        m_savedViewsMenu->addAction(tr("&Save Current View…"), this, &MainWindow::saveCurrentView);
    save->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    QString error;
    const QStringList names = SavedViews().names(&error);
    if (!error.isEmpty()) {
        m_savedViewsMenu->addSeparator();
        QAction* unreadable = m_savedViewsMenu->addAction(tr("Saved views could not be read"));
        unreadable->setEnabled(false);
        unreadable->setToolTip(error);
        m_savedViewsMenu->setToolTipsVisible(true);
    }
    if (!names.isEmpty())
        m_savedViewsMenu->addSeparator();
    for (const QString& name : names) {
        // The name is the user's own text: no mnemonic from an '&' in it.
        QString label = name;
        m_savedViewsMenu->addAction(label.replace(QLatin1Char('&'), QStringLiteral("&&")), this,
                                    [this, name] {
                                        if (const auto view = SavedViews().view(name))
                                            m_session->setState(*view);
                                    });
    }
    if (names.isEmpty())
        return;
    QMenu* remove = m_savedViewsMenu->addMenu(tr("&Delete"));
    for (const QString& name : names) {
        QString label = name;
        remove->addAction(label.replace(QLatin1Char('&'), QStringLiteral("&&")), this,
                          [this, name] {
                              reportSavedViewError(tr("Delete View"), SavedViews().remove(name));
                              rebuildSavedViewsMenu();
                          });
    }
}

void MainWindow::saveCurrentView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name of the view:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    reportSavedViewError(tr("Save View"), SavedViews().save(name, m_session->state()));
    rebuildSavedViewsMenu();
}

void MainWindow::reportSavedViewError(const QString& title, const QString& error)
{
    if (error.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, title, error, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Your saved views are as they were. Check that the folder exists "
                               "and is writable and that the disk is not full."));
    box->open();
    statusBar()->showMessage(error);
}

} // namespace flank::ui
