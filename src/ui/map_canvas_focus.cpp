// Keyboard focus on the map: Tab walks the states in name order, then the posture items in view.
#include "map_canvas.h"

#include "posture_summary.h"

#include "render/posture_scene.h"

#include <QFocusEvent>

#include <algorithm>
#include <utility>

namespace flank::ui {

void MapCanvas::stepFocus(int direction)
{
    QList<posture::StateInfo> states = m_session->dataset().states();
    std::sort(states.begin(), states.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    if (!m_enteredByKeyboard && m_session->postureFocus()) {
        // Tab among the posture items: back from the first returns to the last state, on
        // from the last leaves the map.
        const QList<render::PostureItem> items = postureItemsInView();
        const qsizetype at = items.indexOf(*m_session->postureFocus());
        if (at >= 0) {
            const qsizetype next = at + direction;
            if (next >= 0 && next < items.size()) {
                openPostureItem(items[next]);
                return;
            }
            m_session->setPostureFocus(std::nullopt);
            if (next < 0 && !states.isEmpty()) {
                setHover(states.last().iso3);
            } else if (next >= 0 && hasFocus()) {
                QWidget::focusNextPrevChild(true);
            }
            return;
        }
    }
    // Arriving by keyboard starts from the first state (or the last, going back).
    const QString current = std::exchange(m_enteredByKeyboard, false)
                                ? QString()
                                : (m_hover.isEmpty() ? m_session->state().selection : m_hover);
    qsizetype index = direction > 0 ? -1 : states.size();
    for (qsizetype i = 0; i < states.size(); ++i)
        if (states[i].iso3 == current)
            index = i;
    const qsizetype next = index + direction;
    if (next >= states.size()) {
        // After the states, Tab goes on through the border lines, programmes and discs.
        const QList<render::PostureItem> items = postureItemsInView();
        if (!items.isEmpty()) {
            openPostureItem(items.first());
            return;
        }
    }
    if (next < 0 || next >= states.size()) {
        // Past the last state (or before the first) Tab leaves the map like any other control.
        setHover(QString());
        if (hasFocus())
            QWidget::focusNextPrevChild(direction > 0);
        return;
    }
    setHover(states[next].iso3);
}

QList<render::PostureItem> MapCanvas::postureItemsInView() const
{
    const render::MapFrame frame = currentFrame();
    return frame.view.layer ? render::buildPostureScene(frame).itemsInReadingOrder()
                            : QList<render::PostureItem>();
}

void MapCanvas::openPostureItem(const render::PostureItem& item)
{
    setHover(QString());
    m_session->setSelection(postureItemState(item, *m_session));
    m_session->setPostureFocus(item);
    emit postureItemClicked(item);
}

void MapCanvas::stepPostureFocus(int direction)
{
    const QList<render::PostureItem> items = postureItemsInView();
    if (items.isEmpty())
        return;
    const auto& focus = m_session->postureFocus();
    const qsizetype current = focus ? items.indexOf(*focus) : -1;
    // From nothing, forward starts at the first item and backward at the last; both wrap.
    const qsizetype next = current < 0 ? (direction > 0 ? 0 : items.size() - 1)
                                       : (current + direction + items.size()) % items.size();
    openPostureItem(items[next]);
}

void MapCanvas::focusNextPostureItem()
{
    stepPostureFocus(1);
}

void MapCanvas::focusPreviousPostureItem()
{
    stepPostureFocus(-1);
}

void MapCanvas::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    const Qt::FocusReason reason = event->reason();
    m_enteredByKeyboard = reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
                          reason == Qt::ShortcutFocusReason;
}

void MapCanvas::focusNextState()
{
    stepFocus(1);
}
void MapCanvas::focusPreviousState()
{
    stepFocus(-1);
}

void MapCanvas::selectFocusedState()
{
    if (m_hover.isEmpty())
        return;
    m_session->setSelection(m_hover);
    emit stateClicked(m_hover);
}

void MapCanvas::clearSelection()
{
    setHover(QString());
    m_session->setPostureFocus(std::nullopt); // Esc closes an open border item's card too
    m_session->setSelection(QString());
}

} // namespace flank::ui
