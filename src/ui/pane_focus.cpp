#include "pane_focus.h"

#include <QApplication>
#include <QWidget>

namespace flank::ui {

namespace {

bool takesFocus(const QWidget* widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled();
}

// The pane itself, or its first descendant in the focus chain that takes focus.
QWidget* focusTarget(QWidget* pane)
{
    if (takesFocus(pane))
        return pane;
    for (QWidget* widget = pane->nextInFocusChain(); widget && widget != pane;
         widget = widget->nextInFocusChain())
        if (pane->isAncestorOf(widget) && takesFocus(widget))
            return widget;
    return nullptr;
}

} // namespace

void focusAdjacentPane(const QList<QWidget*>& panes, int direction)
{
    if (panes.isEmpty())
        return;
    const QWidget* focused = QApplication::focusWidget();
    qsizetype current = direction > 0 ? -1 : 0;
    for (qsizetype i = 0; i < panes.size(); ++i)
        if (focused && (panes[i] == focused || panes[i]->isAncestorOf(focused)))
            current = i;
    for (qsizetype step = 1; step <= panes.size(); ++step) {
        const qsizetype index =
            ((current + step * direction) % panes.size() + panes.size()) % panes.size();
        if (QWidget* target = focusTarget(panes[index]); target && panes[index]->isVisible()) {
            target->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

} // namespace flank::ui
