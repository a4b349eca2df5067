#pragma once

#include "core/treaty_choice.h"

#include <QDate>
#include <QScrollArea>
#include <QStringList>

class QVBoxLayout;

namespace flank::ui {

class MapSession;

// "What changed" beside a comparison: every state whose status differs between two days, per
// treaty, from which status to which, with the dated steps in between and their sources.
class ChangesPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit ChangesPanel(MapSession* session, QWidget* parent = nullptr);

    // The states listed, each once, in the order shown.
    QStringList listedStates() const { return m_listed; }

public slots:
    void showChanges(const QDate& from, const QDate& to, core::TreatyChoice treaties);

signals:
    // A new list is shown: `changeCount` statuses differ between the two days.
    void changesListed(const QDate& from, const QDate& to, int changeCount);

private:
    MapSession* m_session;
    QStringList m_listed;
    QString m_shownKey; // the days and treaties listed, so a pan does not rebuild the list
};

} // namespace flank::ui
