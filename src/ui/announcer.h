#pragma once

#include <QLabel>

namespace flank::ui {

// The window's live region: says what changed to a screen reader without moving the keyboard
// focus. Qt 6.4 has no announcement event (it came in 6.8), so the text becomes the accessible
// name of a status-bar object and the name change is signalled, which Orca reads as it comes;
// an important change is also raised as an alert, which it reads at once. Sighted users see
// the same text at the right of the status bar.
class Announcer : public QLabel
{
    Q_OBJECT

public:
    enum class Urgency
    {
        Polite,   // read when the screen reader has finished what it is saying
        Important // read at once
    };

    explicit Announcer(QWidget* parent = nullptr);

    void announce(const QString& text, Urgency urgency = Urgency::Polite);
    QString lastAnnouncement() const { return accessibleName(); }

signals:
    void announced(const QString& text);
};

} // namespace flank::ui
