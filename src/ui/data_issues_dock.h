#pragma once

#include "core/issue.h"

#include <QDockWidget>

class QTreeWidget;

namespace flank::ui {

// Lists what was wrong with the data files read: where (file:line:col) and what. Rows can be
// selected and copied (Ctrl+C); activating one copies it, in the form editors understand.
class DataIssuesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit DataIssuesDock(QWidget* parent = nullptr);

    void setIssues(const core::Issues& issues);
    const core::Issues& issues() const { return m_issues; }
    QTreeWidget* list() const { return m_list; }

public slots:
    void copySelection();

signals:
    void copied(const QString& text);

private:
    QTreeWidget* m_list;
    core::Issues m_issues;
};

} // namespace flank::ui
