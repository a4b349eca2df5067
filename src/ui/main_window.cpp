#include "main_window.h"

#include "about_dialog.h"
#include "annotation_tools.h"
#include "announcer.h"
#include "app_restart.h"
#include "changes_panel.h"
#include "citation_exporter.h"
#include "compare_view.h"
#include "data_failure_text.h"
#include "data_issues_dock.h"
#include "dataset_opener.h"
#include "export_dialog.h"
#include "glossary_dialog.h"
#include "language_menu.h"
#include "legend_text.h"
#include "locale_format.h"
#include "map_canvas.h"
#include "message_bar.h"
#include "multiples_dialog.h"
#include "pane_focus.h"
#include "preference_store.h"
#include "search_box.h"
#include "selection_describer.h"
#include "session_announcements.h"
#include "state_panel.h"
#include "status_table_dock.h"
#include "story_controller.h"
#include "timeline_bar.h"
#include "treaty_actions.h"
#include "video_export_dialog.h"
#include "widget_theme.h"

#include "annotate/annotation_document.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace flank::ui {

MainWindow::MainWindow(render::AtlasData data, QWidget* parent)
    : QMainWindow(parent), m_session(new MapSession(std::move(data), this)),
      m_canvas(new MapCanvas(m_session, this)),
      m_annotations(new annotate::AnnotationDocument(this)), m_baseFont(QApplication::font())
{
    m_canvas->setAnnotations(&m_annotations->annotations());
    setWindowTitle(tr("Flank Atlas"));
    m_compare = new CompareView(m_session, m_canvas, this);
    setCentralWidget(createCentralArea());
    createDocks();
    m_datasets = new DatasetOpener(m_session, m_issuesDock, m_messageBar, this);
    createMenus();
    m_tableDock = installStatusTable(this);
    installCitationExport(this);
    m_story = new StoryController(this);
    new SelectionDescriber(m_canvas, m_session);
    m_announcer = new Announcer(this);
    statusBar()->addPermanentWidget(m_announcer, 1);
    auto* announcements = new SessionAnnouncements(m_session, m_announcer);
    connect(m_changes, &ChangesPanel::changesListed, announcements,
            &SessionAnnouncements::changesListed);
    // The map's keys work in the second pane too: pan and zoom move both panes.
    for (QAction* action : m_canvas->actions())
        m_compare->secondary()->addAction(action);
    resize(1280, 800);
    m_canvas->setFocus();
    connect(m_canvas, &MapCanvas::mapPointHovered, this,
            [this](QPointF lonLat) { statusBar()->showMessage(localCoordinates(lonLat)); });
    connect(m_canvas, &MapCanvas::hoveredStateChanged, this, [this](const QString& iso3) {
        if (!iso3.isEmpty())
            statusBar()->showMessage(
                m_canvas->stateSummary(iso3).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    });
    connect(m_canvas, &MapCanvas::legendItemClicked, this,
            [this](const render::LegendItem& item) { showGlossary(glossaryAnchorFor(item)); });
    connect(m_session, &MapSession::stateChanged, this, &MainWindow::showState);
    showState(m_session->state());
    showDataProblems();
}

QWidget* MainWindow::createCentralArea()
{
    // The message bar sits above the map and pushes it down rather than covering it.
    auto* area = new QWidget(this);
    m_messageBar = new MessageBar(area);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_compare, 1);
    return area;
}

void MainWindow::showDataProblems(const QList<render::DataFailure>& failures)
{
    const core::Issues& issues = m_session->data().issues;
    m_issuesDock->setIssues(issues);
    QStringList paragraphs;
    for (const render::DataFailure& failure : failures)
        paragraphs << describeFailure(failure);
    if (paragraphs.isEmpty() && core::hasErrors(issues)) {
        const auto error = std::find_if(issues.begin(), issues.end(), [](const core::Issue& i) {
            return i.severity == core::Severity::Error;
        });
        paragraphs << describeSkippedRecords(error->file, issues);
    }
    m_messageBar->showMessages(paragraphs);
    m_issuesDock->setVisible(core::hasErrors(issues));
}

void MainWindow::createDocks()
{
    m_timeline = new TimelineBar(m_session, this);
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    m_timelineDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);

    m_panel = new StatePanel(m_session, this);
    m_panelDock = new QDockWidget(tr("Details"), this);
    m_panelDock->setObjectName(QStringLiteral("panelDock"));
    m_panelDock->setWidget(m_panel);
    m_panelDock->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    resizeDocks({m_panelDock}, {380}, Qt::Horizontal);
    connect(m_panel, &StatePanel::glossaryRequested, this, &MainWindow::showGlossary);

    createChangesDock();
    // Under the timeline, across the window: messages and paths are long.
    m_issuesDock = new DataIssuesDock(this);
    splitDockWidget(m_timelineDock, m_issuesDock, Qt::Vertical);
    m_issuesDock->hide();
    connect(m_issuesDock, &DataIssuesDock::copied, this, [this](const QString& text) {
        statusBar()->showMessage(tr("Copied: %1").arg(text.section(QLatin1Char('\n'), 0, 0)));
    });
    connect(m_messageBar, &MessageBar::detailsRequested, this, [this] {
        m_issuesDock->show();
        m_issuesDock->raise();
        m_issuesDock->list()->setFocus(Qt::OtherFocusReason);
    });

    m_search = new SearchBox(m_session->data().countries->countryNames(), this);
    m_search->setMaximumWidth(320);
    connect(m_search, &SearchBox::stateChosen, this, &MainWindow::chooseState);
}

void MainWindow::createMenus()
{
    QToolBar* toolbar = addToolBar(tr("Map"));
    toolbar->setObjectName(QStringLiteral("mapToolBar"));
    toolbar->setMovable(false);
    createFileMenu();
    createEditMenu();
    installExportActions(this, m_fileMenu, m_editMenu, m_compare, m_session, m_canvas);
    installVideoExportAction(this, m_fileMenu, m_session, m_canvas);
    createViewMenu(toolbar);
    createGoMenu();
    createHelpMenu();
    toolbar->addWidget(m_search);
    m_annotationTools = new AnnotationTools(this);
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* openDataset =
        m_fileMenu->addAction(tr("Open &Dataset…"), m_datasets, &DatasetOpener::chooseFile);
    openDataset->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditMenu()
{
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* copy = m_editMenu->addAction(tr("&Copy View as Text"), this, &MainWindow::copyView);
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    QAction* paste = m_editMenu->addAction(
        tr("&Paste View"), this, [this] { pasteView(QGuiApplication::clipboard()->text()); });
    paste->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    m_editMenu->addSeparator();
    QAction* find = m_editMenu->addAction(tr("&Find State…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
}

void MainWindow::createViewMenu(QToolBar* toolbar)
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_treaties = new TreatyActions(m_session, m_viewMenu, toolbar);
    QMenu* themes = m_viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const struct
    {
        core::Theme theme;
        const char* label;
        const char* keys;
    } themeChoices[] = {
        {core::Theme::Light, QT_TR_NOOP("&Light"), "Ctrl+Alt+L"},
        {core::Theme::Dark, QT_TR_NOOP("&Dark"), "Ctrl+Alt+D"},
        {core::Theme::Projector, QT_TR_NOOP("&Projector (high contrast)"), "Ctrl+Alt+P"}};
    for (const auto& choice : themeChoices) {
        QAction* action = themes->addAction(tr(choice.label));
        action->setCheckable(true);
        action->setData(int(choice.theme));
        action->setShortcut(QKeySequence(QString::fromLatin1(choice.keys)));
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, theme = choice.theme] { m_session->setTheme(theme); });
    }
    auto* languages = new LanguageMenu(m_viewMenu, this);
    connect(languages, &LanguageMenu::restartRequested, this, [this] { restartApplication(this); });
    m_viewMenu->addSeparator();
    addCompareActions();
    m_viewMenu->addSeparator();
    addLayerActions();
    m_viewMenu->addSeparator();
    addMapKey(m_viewMenu, tr("Zoom &In"),
              {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn},
              &MapCanvas::zoomIn);
    addMapKey(m_viewMenu, tr("Zoom &Out"), {QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut},
              &MapCanvas::zoomOut);
    addMapKey(m_viewMenu, tr("&Reset View"), {QKeySequence(Qt::Key_Home)}, &MapCanvas::resetView);
    m_viewMenu->addSeparator();
    m_savedViewsMenu = m_viewMenu->addMenu(tr("Saved &Views"));
    rebuildSavedViewsMenu();
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_panelDock->toggleViewAction());
    m_viewMenu->addAction(m_timelineDock->toggleViewAction());
    m_viewMenu->addAction(m_issuesDock->toggleViewAction());
}

void MainWindow::addMapKey(QMenu* menu, const QString& text, const QList<QKeySequence>& keys,
                           void (MapCanvas::*slot)())
{
    QAction* action = menu->addAction(text, m_canvas, slot);
    action->setShortcuts(keys);
    // Keys like the arrows belong to the map only while it has the focus, so the slider and
    // the search box keep theirs; the menu entry works from anywhere.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_canvas->addAction(action);
}

void MainWindow::createGoMenu()
{
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    addMapKey(m_goMenu, tr("Pan &Left"), {QKeySequence(Qt::Key_Left)}, &MapCanvas::panLeft);
    addMapKey(m_goMenu, tr("Pan &Right"), {QKeySequence(Qt::Key_Right)}, &MapCanvas::panRight);
    addMapKey(m_goMenu, tr("Pan &Up"), {QKeySequence(Qt::Key_Up)}, &MapCanvas::panUp);
    addMapKey(m_goMenu, tr("Pan &Down"), {QKeySequence(Qt::Key_Down)}, &MapCanvas::panDown);
    m_goMenu->addSeparator();
    addMapKey(m_goMenu, tr("&Next State"), {QKeySequence(Qt::Key_Tab)}, &MapCanvas::focusNextState);
    addMapKey(m_goMenu, tr("P&revious State"),
              {QKeySequence(Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::Key_Backtab)},
              &MapCanvas::focusPreviousState);
    addMapKey(m_goMenu, tr("&Select Highlighted State"),
              {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
              &MapCanvas::selectFocusedState);
    addMapKey(m_goMenu, tr("&Clear Selection"), {QKeySequence(Qt::Key_Escape)},
              &MapCanvas::clearSelection);
    addMapKey(m_goMenu, tr("Next &Border Item"), {QKeySequence(Qt::Key_BracketRight)},
              &MapCanvas::focusNextPostureItem);
    addMapKey(m_goMenu, tr("Previous Border &Item"), {QKeySequence(Qt::Key_BracketLeft)},
              &MapCanvas::focusPreviousPostureItem);
    m_goMenu->addSeparator();
    const auto panes = [this] {
        return QList<QWidget*>{m_canvas, m_timeline, m_panel, m_tableDock, m_search};
    };
    QAction* nextPane =
        m_goMenu->addAction(tr("Ne&xt Pane"), this, [panes] { focusAdjacentPane(panes(), 1); });
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    QAction* previousPane = m_goMenu->addAction(tr("Previ&ous Pane"), this,
                                                [panes] { focusAdjacentPane(panes(), -1); });
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_goMenu->addSeparator();
    QAction* previous =
        m_goMenu->addAction(tr("Previous &Event"), m_timeline, &TimelineBar::previousEvent);
    previous->setShortcut(QKeySequence(tr("Ctrl+Left")));
    QAction* next = m_goMenu->addAction(tr("Next E&vent"), m_timeline, &TimelineBar::nextEvent);
    next->setShortcut(QKeySequence(tr("Ctrl+Right")));
    QAction* play =
        m_goMenu->addAction(tr("&Play / Pause"), m_timeline, &TimelineBar::togglePlaying);
    play->setShortcut(QKeySequence(tr("Ctrl+P")));
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* glossaryAction =
        m_helpMenu->addAction(tr("&Glossary"), this, [this] { showGlossary(); });
    glossaryAction->setShortcut(QKeySequence::HelpContents);
    QAction* about = m_helpMenu->addAction(tr("&About Flank Atlas"), this, [this] {
        AboutDialog dialog(m_session->dataset(), this);
        dialog.exec();
    });
    about->setMenuRole(QAction::AboutRole);
}

GlossaryDialog* MainWindow::glossary()
{
    if (!m_glossary) {
        m_glossary = new GlossaryDialog(this);
        applyWidgetTheme(m_glossary, m_appliedTheme, m_baseFont);
    }
    return m_glossary;
}

MultiplesDialog* MainWindow::multiples()
{
    if (!m_multiples) {
        m_multiples = new MultiplesDialog(m_session, m_canvas, this);
        applyWidgetTheme(m_multiples, m_appliedTheme, m_baseFont);
    }
    return m_multiples;
}

void MainWindow::showGlossary(const QString& anchor)
{
    glossary()->showEntry(anchor);
}

void MainWindow::chooseState(const QString& iso3)
{
    m_session->setSelection(iso3);
    m_canvas->zoomToState(iso3);
    m_canvas->setFocus(Qt::OtherFocusReason);
}

void MainWindow::copyView()
{
    QGuiApplication::clipboard()->setText(m_session->state().toText());
}

bool MainWindow::pasteView(const QString& text)
{
    core::Issues issues;
    std::optional<core::MapState> state = core::MapState::fromText(text, &issues);
    if (state && !m_session->hasTreaties(state->treaty))
        issues << core::makeError(
            QStringLiteral("<text>"),
            tr("unknown treaty '%1'").arg(core::treatyIds(state->treaty).join(QLatin1Char(','))));
    if (!state || core::hasErrors(issues)) {
        QStringList messages;
        for (const core::Issue& issue : issues)
            messages << issue.toString();
        auto* message =
            new QMessageBox(QMessageBox::Warning, tr("Paste View"),
                            tr("The clipboard does not hold a view."), QMessageBox::Ok, this);
        message->setAttribute(Qt::WA_DeleteOnClose);
        message->setTextFormat(Qt::PlainText);
        message->setInformativeText(messages.join(QLatin1Char('\n')));
        message->open();
        statusBar()->showMessage(tr("Paste View: %1").arg(messages.join(QStringLiteral("; "))));
        return false;
    }
    m_session->setState(*state);
    return true;
}

void MainWindow::addLayerActions()
{
    const struct
    {
        bool core::MapLayers::*member;
        const char* label;
        const char* keys;
    } layers[] = {
        {&core::MapLayers::frontier, QT_TR_NOOP("Borders with Russia and &Belarus"), "Ctrl+Alt+B"},
        {&core::MapLayers::fortification, QT_TR_NOOP("&Fortification Programmes"), "Ctrl+Alt+F"},
        {&core::MapLayers::troops, QT_TR_NOOP("&Deployments"), "Ctrl+Alt+T"},
    };
    for (const auto& layer : layers) {
        QAction* action = m_viewMenu->addAction(tr(layer.label));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QString::fromLatin1(layer.keys)));
        connect(action, &QAction::toggled, this, [this, member = layer.member](bool on) {
            core::MapLayers next = m_session->state().layers;
            if (next.*member == on)
                return;
            next.*member = on;
            m_session->setLayers(next);
        });
        m_layerActions << action;
    }
}

void MainWindow::showState(const core::MapState& state)
{
    const bool core::MapLayers::*members[] = {
        &core::MapLayers::frontier, &core::MapLayers::fortification, &core::MapLayers::troops};
    for (qsizetype i = 0; i < m_layerActions.size(); ++i)
        m_layerActions[i]->setChecked(state.layers.*members[i]);
    for (QAction* action : m_themeGroup->actions())
        action->setChecked(action->data().toInt() == int(state.theme));
    if (state.theme != m_appliedTheme) {
        m_appliedTheme = state.theme;
        applyWidgetTheme(this, state.theme, m_baseFont);
        if (m_glossary)
            applyWidgetTheme(m_glossary, state.theme, m_baseFont);
        if (m_multiples)
            applyWidgetTheme(m_multiples, state.theme, m_baseFont);
    }
}

void MainWindow::restoreSettings()
{
    m_persistent = true;
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/docks")).toByteArray());
    // Problems with the data are shown whatever the last session's docks were, and an empty
    // list is not.
    m_issuesDock->setVisible(core::hasErrors(m_issuesDock->issues()));
    if (const auto view =
            core::MapState::fromText(settings.value(QStringLiteral("view/state")).toString());
        view && m_session->hasTreaties(view->treaty))
        m_session->setState(*view);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/docks"), saveState());
    settings.setValue(QStringLiteral("view/state"), m_session->state().toText());
    if (const QString problem = writePreferences(settings); !problem.isEmpty())
        QMessageBox::warning(this, tr("Preferences Not Saved"), problem);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_annotationTools->confirmClose()) {
        event->ignore();
        return;
    }
    if (m_persistent)
        saveSettings();
    m_timeline->setPlaying(false);
    QMainWindow::closeEvent(event);
}

} // namespace flank::ui
