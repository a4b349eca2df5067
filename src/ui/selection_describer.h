#pragma once

#include "map_session.h"

#include <QObject>

class QWidget;

namespace flank::ui {

// Keeps the map's accessible description in step with the view, so a screen reader hears which
// state is selected and its status under each treaty shown ("Poland. Ottawa Convention:
// Withdrawal notified, since 27 June 2025."), not just "Map".
class SelectionDescriber : public QObject
{
    Q_OBJECT

public:
    SelectionDescriber(QWidget* map, MapSession* session);

    // The text for the session's current view.
    QString describe() const;

private:
    void update();

    QWidget* m_map;
    MapSession* m_session;
};

} // namespace flank::ui
