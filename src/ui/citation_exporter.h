#pragma once

#include "posture/citation_formats.h"
#include "posture/source.h"

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace flank::ui {

class MainWindow;
class MapCanvas;
class MapSession;

// File › Export Citations: the sources behind the selected state's records, or behind every
// state in the map's view, as a bibliography (BibTeX, RIS, CSL-JSON or text) written as
// `flankatlas cite` writes it, through one atomic save.
class CitationExporter : public QObject
{
    Q_OBJECT

public:
    CitationExporter(MapSession* session, MapCanvas* canvas, QMainWindow* window);

    QMenu* menu() const { return m_menu; }
    QAction* stateAction() const { return m_stateAction; }
    QAction* viewAction() const { return m_viewAction; }

    // The sources of the selected state, every record of every date, each once.
    QList<posture::Source> selectedStateSources() const;
    // The sources of the states in the map's view (those Tab walks), each once, by state name.
    QList<posture::Source> viewSources() const;
    // Empty when the file is in place, else why not (naming the file).
    static QString write(const QString& path, const QList<posture::Source>& sources,
                         posture::CitationFormat format);

private:
    void updateStateAction();
    void chooseFile(const QList<posture::Source>& sources, const QString& suggestedName);

    MapSession* m_session;
    MapCanvas* m_canvas;
    QMainWindow* m_window;
    QMenu* m_menu;
    QAction* m_stateAction;
    QAction* m_viewAction;
};

// Adds File › Export Citations to the window, after Export Table….
void installCitationExport(MainWindow* window);

} // namespace flank::ui
