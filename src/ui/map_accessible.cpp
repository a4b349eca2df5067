#include "map_accessible.h"

#include "map_canvas.h"
#include "map_session.h"
#include "status_sentence.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QWindow>

#include <utility>

namespace flank::ui {

namespace {

QString childName(const MapCanvas& canvas, const MapSession& session, const QString& iso3)
{
    return StatusSentence::of(session, canvas.paneState(), iso3);
}

// One state on the map. Its role is ListItem, in a map whose role is List: Orca and NVDA read
// a list item with its name, whether it is selected and its place ("Poland, withdrawn from
// the Ottawa Convention since 20 February 2026, selected, 9 of 12"), which is what a user
// walking the states with Tab needs; a Button would promise an action beyond selecting, and
// the children of a Graphic are not walked at all.
class MapStateAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    MapStateAccessible(MapCanvas* canvas, MapSession* session, QString iso3)
        : m_canvas(canvas), m_session(session), m_iso3(std::move(iso3))
    {
    }

    bool isValid() const override { return !m_canvas.isNull(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override
    {
        return m_canvas ? m_canvas->window()->windowHandle() : nullptr;
    }
    QList<std::pair<QAccessibleInterface*, QAccessible::Relation>>
    relations(QAccessible::Relation) const override
    {
        return {};
    }
    QAccessibleInterface* focusChild() const override { return nullptr; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* parent() const override
    {
        return m_canvas ? QAccessible::queryAccessibleInterface(m_canvas.data()) : nullptr;
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }

    QString text(QAccessible::Text kind) const override
    {
        if (!m_canvas)
            return {};
        switch (kind) {
        case QAccessible::Name:
            return childName(*m_canvas, *m_session, m_iso3);
        case QAccessible::Description:
            // The tooltip's lines: the date a pending withdrawal takes effect, uncertain dates.
            return m_canvas->stateSummary(m_iso3).replace(QLatin1Char('\n'), QStringLiteral(". "));
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString&) override {}

    QRect rect() const override
    {
        if (!m_canvas)
            return {};
        const QRect bounds = m_canvas->stateBounds(m_iso3);
        return bounds.isEmpty() ? QRect()
                                : QRect(m_canvas->mapToGlobal(bounds.topLeft()), bounds.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!m_canvas)
            return state;
        state.focusable = true;
        state.selectable = true;
        state.focused = m_canvas->hasFocus() && m_canvas->hoveredState() == m_iso3;
        state.selected = m_session->state().selection == m_iso3;
        state.invisible = !m_canvas->isVisible();
        state.offscreen = m_canvas->stateBounds(m_iso3).isEmpty();
        return state;
    }

    void* interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this)
                                                    : nullptr;
    }

    // Pressing (or selecting) a state from the screen reader selects it as Return does.
    QStringList actionNames() const override { return {pressAction(), toggleAction()}; }
    void doAction(const QString& action) override
    {
        if (m_canvas && (action == pressAction() || action == toggleAction()))
            m_session->setSelection(m_iso3);
    }
    QStringList keyBindingsForAction(const QString& action) const override
    {
        return action == pressAction() ? QStringList{QStringLiteral("Return")} : QStringList();
    }

    const QString& iso3() const { return m_iso3; }

private:
    QPointer<MapCanvas> m_canvas;
    MapSession* m_session;
    QString m_iso3;
};

// The map itself: a list of the states in view. A child keeps its id for as long as the map
// exists, whatever the view does, so a screen reader's reference to "Poland" stays Poland.
class MapAccessible : public QAccessibleWidget
{
public:
    MapAccessible(MapCanvas* canvas, MapSession* session)
        : QAccessibleWidget(canvas, QAccessible::List), m_session(session)
    {
    }

    ~MapAccessible() override
    {
        for (const QAccessible::Id id : std::as_const(m_childIds))
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return int(canvas()->statesInTabOrder().size()); }

    QAccessibleInterface* child(int index) const override
    {
        const QStringList states = canvas()->statesInTabOrder();
        return index >= 0 && index < states.size() ? childFor(states[index]) : nullptr;
    }

    int indexOfChild(const QAccessibleInterface* child) const override
    {
        const auto* state = dynamic_cast<const MapStateAccessible*>(child);
        return state ? int(canvas()->statesInTabOrder().indexOf(state->iso3())) : -1;
    }

    QAccessibleInterface* focusChild() const override
    {
        const QString focused = canvas()->hasFocus() ? canvas()->hoveredState() : QString();
        return focused.isEmpty() ? nullptr : childFor(focused);
    }

    QAccessibleInterface* childAt(int x, int y) const override
    {
        const QPoint point = canvas()->mapFromGlobal(QPoint(x, y));
        const QString iso3 = canvas()->renderer().countryAt(canvas()->currentFrame(), point);
        return canvas()->statesInTabOrder().contains(iso3) ? childFor(iso3) : nullptr;
    }

private:
    MapCanvas* canvas() const { return static_cast<MapCanvas*>(widget()); }

    QAccessibleInterface* childFor(const QString& iso3) const
    {
        auto id = m_childIds.constFind(iso3);
        if (id == m_childIds.constEnd())
            id = m_childIds.insert(iso3, QAccessible::registerAccessibleInterface(
                                             new MapStateAccessible(canvas(), m_session, iso3)));
        return QAccessible::accessibleInterface(*id);
    }

    MapSession* m_session;
    mutable QHash<QString, QAccessible::Id> m_childIds;
};

QAccessibleInterface* mapFactory(const QString&, QObject* object)
{
    auto* canvas = qobject_cast<MapCanvas*>(object);
    return canvas ? new MapAccessible(canvas, canvas->session()) : nullptr;
}

void sendChildEvent(MapCanvas* canvas, QAccessible::Event type, qsizetype child)
{
    if (child < 0)
        return;
    QAccessibleEvent event(canvas, type);
    event.setChild(int(child));
    QAccessible::updateAccessibility(&event);
}

// Tells assistive technology what changed on the map, as the session and the canvas report it.
class MapAccessibilityNotifier : public QObject
{
public:
    MapAccessibilityNotifier(MapCanvas* canvas, MapSession* session)
        : QObject(canvas), m_canvas(canvas), m_session(session)
    {
        connect(canvas, &MapCanvas::stateFocused, this, &MapAccessibilityNotifier::focusMoved);
        connect(session, &MapSession::selectionChanged, this,
                &MapAccessibilityNotifier::selectionChanged);
        connect(session, &MapSession::stateChanged, this, &MapAccessibilityNotifier::viewChanged);
        connect(session, &MapSession::datasetChanged, this, &MapAccessibilityNotifier::viewChanged);
        m_selection = session->state().selection;
    }

private:
    void focusMoved(const QString& iso3)
    {
        if (QAccessible::isActive()) // finding the child's place costs a frame
            sendChildEvent(m_canvas, QAccessible::Focus,
                           m_canvas->statesInTabOrder().indexOf(iso3));
    }

    void selectionChanged(const QString& iso3)
    {
        const QString previous = std::exchange(m_selection, iso3);
        if (!QAccessible::isActive())
            return;
        const QStringList states = m_canvas->statesInTabOrder();
        if (states.contains(iso3))
            sendChildEvent(m_canvas, QAccessible::Selection, states.indexOf(iso3));
        else
            sendChildEvent(m_canvas, QAccessible::SelectionRemove, states.indexOf(previous));
    }

    // A pan, zoom, date or treaty can add or remove children, or change what they are called.
    void viewChanged()
    {
        // Without a screen reader the names are not worth making on every pan step.
        if (!QAccessible::isActive())
            return;
        const QStringList states = m_canvas->statesInTabOrder();
        QStringList names;
        names.reserve(states.size());
        for (const QString& iso3 : states)
            names << childName(*m_canvas, *m_session, iso3);
        if (states != m_states) {
            QAccessibleEvent event(m_canvas, QAccessible::ObjectReorder);
            QAccessible::updateAccessibility(&event);
        } else {
            for (qsizetype i = 0; i < names.size(); ++i)
                if (names[i] != m_names.value(i))
                    sendChildEvent(m_canvas, QAccessible::NameChanged, i);
        }
        m_states = states;
        m_names = names;
    }

    MapCanvas* m_canvas;
    MapSession* m_session;
    QString m_selection;
    QStringList m_states;
    QStringList m_names;
};

} // namespace

void makeMapAccessible(MapCanvas* canvas, MapSession* session)
{
    static const bool installed = [] {
        QAccessible::installFactory(mapFactory);
        return true;
    }();
    Q_UNUSED(installed);
    new MapAccessibilityNotifier(canvas, session);
}

} // namespace flank::ui
