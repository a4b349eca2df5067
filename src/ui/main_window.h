#pragma once

#include "map_session.h"

#include "render/atlas_loading.h"

#include <QFont>
#include <QMainWindow>

class QActionGroup;
class QDockWidget;
class QMenu;
class QToolBar;

namespace flank::annotate {
class AnnotationDocument;
}

namespace flank::ui {

class AnnotationTools;
class Announcer;
class ChangesPanel;
class CompareView;
class DataIssuesDock;
class DatasetOpener;
class MessageBar;
class GlossaryDialog;
class MultiplesDialog;
class MapCanvas;
class SearchBox;
class StatePanel;
class StatusTableDock;
class StoryController;
class TimelineBar;
class TreatyActions;

// Builds the widgets and wires actions to the session; owns no rules and does no I/O itself.
// Other features add their actions to the menus through the accessors below.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(render::AtlasData data, QWidget* parent = nullptr);

    MapSession* session() const { return m_session; }
    MapCanvas* canvas() const { return m_canvas; }
    CompareView* compareView() const { return m_compare; }
    TimelineBar* timeline() const { return m_timeline; }
    StatePanel* panel() const { return m_panel; }
    ChangesPanel* changesPanel() const { return m_changes; }
    SearchBox* searchBox() const { return m_search; }
    StoryController* story() const { return m_story; }
    GlossaryDialog* glossary();
    // View › Small Multiples…: made on first use, then kept with its choices.
    MultiplesDialog* multiples();
    annotate::AnnotationDocument* annotationDocument() const { return m_annotations; }
    AnnotationTools* annotationTools() const { return m_annotationTools; }
    DatasetOpener* datasets() const { return m_datasets; }
    DataIssuesDock* issuesDock() const { return m_issuesDock; }
    StatusTableDock* statusTable() const { return m_tableDock; }
    MessageBar* messageBar() const { return m_messageBar; }
    TreatyActions* treatyActions() const { return m_treaties; }
    // The live region a screen reader hears news from.
    Announcer* announcer() const { return m_announcer; }

    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* editMenu() const { return m_editMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* goMenu() const { return m_goMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }

    // Reads the last session's window layout and view, and keeps them on close from then on.
    void restoreSettings();
    // Says in the window which data files could not be used and what is shown instead, and
    // lists the issues of every file read.
    void showDataProblems(const QList<render::DataFailure>& failures = {});

public slots:
    void showGlossary(const QString& anchor = {});
    void copyView();
    // Reads a MapState from text; false (and says why) when the text is not one.
    bool pasteView(const QString& text);
    void chooseState(const QString& iso3);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createCentralArea();
    void createDocks();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu(QToolBar* toolbar);
    void createGoMenu();
    void createHelpMenu();
    void addMapKey(QMenu* menu, const QString& text, const QList<QKeySequence>& keys,
                   void (MapCanvas::*slot)());
    void rebuildSavedViewsMenu();
    void saveCurrentView();
    void reportSavedViewError(const QString& title, const QString& error);
    void showState(const core::MapState& state);
    void addLayerActions(); // View menu: one check per border-posture layer
    void addCompareActions();
    void createChangesDock();
    void refreshChanges();
    void saveSettings();

    MapSession* m_session;
    MapCanvas* m_canvas;
    CompareView* m_compare = nullptr;
    annotate::AnnotationDocument* m_annotations;
    AnnotationTools* m_annotationTools = nullptr;
    TimelineBar* m_timeline = nullptr;
    StatePanel* m_panel = nullptr;
    MessageBar* m_messageBar = nullptr;
    DataIssuesDock* m_issuesDock = nullptr;
    DatasetOpener* m_datasets = nullptr;
    TreatyActions* m_treaties = nullptr;
    Announcer* m_announcer = nullptr;
    SearchBox* m_search = nullptr;
    StoryController* m_story = nullptr;
    GlossaryDialog* m_glossary = nullptr;
    MultiplesDialog* m_multiples = nullptr;
    QDockWidget* m_timelineDock = nullptr;
    QDockWidget* m_panelDock = nullptr;
    ChangesPanel* m_changes = nullptr;
    QDockWidget* m_changesDock = nullptr;
    StatusTableDock* m_tableDock = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_savedViewsMenu = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QList<QAction*> m_layerActions; // frontier, fortification, troops
    QFont m_baseFont;
    core::Theme m_appliedTheme = core::Theme::Light;
    bool m_persistent = false;
};

} // namespace flank::ui
