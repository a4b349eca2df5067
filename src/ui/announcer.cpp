#include "announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace flank::ui {

namespace {

// A QLabel reads as static text; as a status bar its changes count as news for the reader.
QAccessibleInterface* announcerFactory(const QString&, QObject* object)
{
    auto* announcer = qobject_cast<Announcer*>(object);
    return announcer ? new QAccessibleWidget(announcer, QAccessible::StatusBar) : nullptr;
}

} // namespace

Announcer::Announcer(QWidget* parent) : QLabel(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(announcerFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(QStringLiteral("announcer"));
    setFocusPolicy(Qt::NoFocus);
    // Long news must not widen the window: the label takes the room the status bar has.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setMinimumWidth(200);
    setAccessibleDescription(tr("News about the map"));
}

void Announcer::announce(const QString& text, Urgency urgency)
{
    setText(text);
    setToolTip(text);
    // A new name is signalled by QWidget itself; the same news again must be signalled here.
    if (accessibleName() == text) {
        QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&nameChanged);
    }
    setAccessibleName(text);
    if (urgency == Urgency::Important) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    emit announced(text);
}

} // namespace flank::ui
