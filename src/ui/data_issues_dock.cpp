#include "data_issues_dock.h"

#include <QAction>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QTreeWidget>

namespace flank::ui {

namespace {

// The file's name and the place in it; the full path is in the row's tooltip.
QString placeOf(const core::Issue& issue)
{
    QString place = QFileInfo(issue.file).fileName();
    if (issue.line > 0)
        place += QStringLiteral(":%1:%2").arg(issue.line).arg(issue.column);
    else if (!issue.place.isEmpty())
        place += QStringLiteral(" (%1)").arg(issue.place);
    return place;
}

// Asks for a few rows' height, so opening the dock leaves the map most of the window; the
// user can drag it taller.
class IssueList : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;
    QSize sizeHint() const override
    {
        return {QTreeWidget::sizeHint().width(), fontMetrics().height() * 7};
    }
};

} // namespace

DataIssuesDock::DataIssuesDock(QWidget* parent)
    : QDockWidget(tr("Data Issues"), parent), m_list(new IssueList(this))
{
    setObjectName(QStringLiteral("dataIssuesDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_list->setObjectName(QStringLiteral("dataIssues"));
    m_list->setAccessibleName(tr("Data issues"));
    m_list->setHeaderLabels({tr("Where"), tr("Severity"), tr("Problem")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    auto* copy = new QAction(tr("&Copy"), m_list);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &DataIssuesDock::copySelection);
    m_list->addAction(copy);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_list->setCurrentItem(item);
        copySelection();
    });
    setWidget(m_list);
}

void DataIssuesDock::setIssues(const core::Issues& issues)
{
    m_issues = issues;
    m_list->clear();
    for (const core::Issue& issue : issues) {
        auto* item = new QTreeWidgetItem(
            m_list,
            {placeOf(issue), issue.severity == core::Severity::Error ? tr("error") : tr("warning"),
             issue.message});
        const QString full = issue.toString();
        item->setData(0, Qt::UserRole, full);
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, full);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    setWindowTitle(issues.isEmpty() ? tr("Data Issues")
                                    : tr("Data Issues (%1)").arg(issues.size()));
}

void DataIssuesDock::copySelection()
{
    QStringList lines; // in the order of the list, not of selecting
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (const QTreeWidgetItem* item = m_list->topLevelItem(i); item->isSelected())
            lines << item->data(0, Qt::UserRole).toString();
    if (lines.isEmpty())
        return;
    const QString text = lines.join(QLatin1Char('\n'));
    QGuiApplication::clipboard()->setText(text);
    emit copied(text);
}

} // namespace flank::ui
