// Keyboard focus on the map: Tab walks the states in name order, then the posture items in view.
#include "map_canvas.h"

#include "posture_summary.h"

#include "core/country_names.h"
#include "core/interface_language.h"
#include "geo/projected_layer.h"
#include "render/posture_scene.h"

#include <QCollator>
#include <QFocusEvent>
#include <QHash>

#include <algorithm>
#include <utility>

namespace flank::ui {

namespace {

// The box in widget pixels of the rings of a state's own (not occupied) territory that `frame`
// shows; one box for all of the state would count a far territory (Alaska) as in view.
QRect boundsIn(const render::MapFrame& frame, const QString& iso3, const QRect& widgetRect)
{
    if (!frame.view.layer)
        return {};
    const QTransform& toWidget = frame.view.transform.mapToDevice();
    QRect bounds;
    for (const geo::ProjectedFeature* feature : frame.view.layer->featuresWithKey(iso3)) {
        if (feature->source->occupied)
            continue;
        for (const QRectF& ring : feature->ringBounds)
            bounds |= toWidget.mapRect(ring).toAlignedRect() & widgetRect;
    }
    return bounds;
}

} // namespace

QStringList MapCanvas::statesInTabOrder() const
{
    QList<posture::StateInfo> states = m_session->dataset().states();
    // Alphabetical by the names on the map, in the interface language's order.
    QCollator collator(core::interfaceLocale());
    QHash<QString, QString> shownNames;
    for (const posture::StateInfo& state : states)
        shownNames.insert(state.iso3, core::localCountryName(state.iso3, state.name));
    std::sort(states.begin(), states.end(), [&](const auto& a, const auto& b) {
        return collator.compare(shownNames.value(a.iso3), shownNames.value(b.iso3)) < 0;
    });
    const render::MapFrame frame = currentFrame();
    QStringList inView;
    for (const posture::StateInfo& state : states)
        if (!boundsIn(frame, state.iso3, rect()).isEmpty())
            inView << state.iso3;
    return inView;
}

QRect MapCanvas::stateBounds(const QString& iso3) const
{
    return boundsIn(currentFrame(), iso3, rect());
}

void MapCanvas::moveStateFocus(const QString& iso3)
{
    setHover(iso3);
    emit stateFocused(iso3);
}

void MapCanvas::stepFocus(int direction)
{
    const QStringList states = statesInTabOrder();
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
                moveStateFocus(states.last());
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
    const qsizetype at = states.indexOf(current);
    const qsizetype index = at >= 0 ? at : (direction > 0 ? -1 : states.size());
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
        moveStateFocus(QString());
        if (hasFocus())
            QWidget::focusNextPrevChild(direction > 0);
        return;
    }
    moveStateFocus(states[next]);
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
