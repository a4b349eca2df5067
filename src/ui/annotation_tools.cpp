#include "annotation_tools.h"

#include "annotation_autosave.h"
#include "annotation_edit_dialog.h"
#include "main_window.h"
#include "map_canvas.h"

#include "annotate/annotation_document.h"
#include "annotate/annotation_file.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace flank::ui {

namespace {

const struct
{
    AnnotationTool tool;
    const char* label;
    const char* key;
} kTools[] = {
    {AnnotationTool::Select, QT_TRANSLATE_NOOP("flank::ui::AnnotationTools", "&Select"), "S"},
    {AnnotationTool::Text, QT_TRANSLATE_NOOP("flank::ui::AnnotationTools", "&Text Label"), "T"},
    {AnnotationTool::Arrow, QT_TRANSLATE_NOOP("flank::ui::AnnotationTools", "&Arrow"), "A"},
    {AnnotationTool::Marker, QT_TRANSLATE_NOOP("flank::ui::AnnotationTools", "&Marker"), "M"},
    {AnnotationTool::Line, QT_TRANSLATE_NOOP("flank::ui::AnnotationTools", "&Line"), "L"},
    {AnnotationTool::Area, QT_TRANSLATE_NOOP("flank::ui::AnnotationTools", "A&rea"), "R"},
};

const QString kFilter = QStringLiteral("GeoJSON (*.geojson *.json)");

} // namespace

AnnotationTools::AnnotationTools(MainWindow* window)
    : QObject(window), m_window(window),
      m_controller(new AnnotationController(window->annotationDocument(), window->session(),
                                            window->canvas(), this)),
      m_autosave(new AnnotationAutosave(window->annotationDocument(), this))
{
    createFileActions();
    createEditActions();
    createMenu();
    createToolbar();
    connect(m_controller, &AnnotationController::selectionChanged, this,
            &AnnotationTools::showSelection);
    showSelection(-1);
}

QAction* AnnotationTools::toolAction(AnnotationTool tool) const
{
    for (QAction* action : m_tools->actions())
        if (action->data().toInt() == int(tool))
            return action;
    return nullptr;
}

void AnnotationTools::createMenu()
{
    m_menu = new QMenu(tr("&Annotate"), m_window);
    m_window->menuBar()->insertMenu(m_window->helpMenu()->menuAction(), m_menu);
    m_tools = new QActionGroup(this);
    for (const auto& entry : kTools) {
        QAction* action = m_menu->addAction(tr(entry.label));
        action->setCheckable(true);
        action->setData(int(entry.tool));
        // Single letters belong to the map, so typing in a field never switches tools.
        action->setShortcut(QKeySequence(QString::fromLatin1(entry.key)));
        action->setShortcutContext(Qt::WidgetShortcut);
        m_window->canvas()->addAction(action);
        m_tools->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, tool = entry.tool] { m_controller->setTool(tool); });
    }
    m_tools->actions().constFirst()->setChecked(true);
    m_menu->addSeparator();
    m_edit = m_menu->addAction(tr("&Edit Annotation…"), m_controller,
                               &AnnotationController::editSelected);
    m_edit->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_delete = m_menu->addAction(tr("&Delete Annotation"), m_controller,
                                 &AnnotationController::deleteSelected);
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_window->canvas()->addAction(m_delete);
    QAction* finish = m_menu->addAction(tr("&Finish Line or Area"), m_controller,
                                        &AnnotationController::finishDraft);
    finish->setShortcut(QKeySequence(tr("Ctrl+Return")));
}

void AnnotationTools::createToolbar()
{
    // A row of its own, so the map toolbar keeps room for the search box.
    m_window->addToolBarBreak();
    QToolBar* toolbar = m_window->addToolBar(tr("Annotate"));
    toolbar->setObjectName(QStringLiteral("annotateToolBar"));
    toolbar->addActions(m_tools->actions());
    toolbar->addSeparator();
    m_color = new QComboBox(toolbar);
    m_color->setToolTip(tr("Annotation color"));
    m_color->setAccessibleName(tr("Annotation color"));
    fillColorBox(m_color, m_controller->style().color);
    toolbar->addWidget(m_color);
    m_size = new QDoubleSpinBox(toolbar);
    m_size->setToolTip(tr("Annotation size"));
    m_size->setAccessibleName(tr("Annotation size"));
    // The spin box's own text field takes the focus, so it carries the name too.
    if (auto* field = m_size->findChild<QLineEdit*>())
        field->setAccessibleName(tr("Annotation size"));
    m_size->setRange(2, 96);
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(m_controller->style().size);
    toolbar->addWidget(m_size);
    m_symbol = new QComboBox(toolbar);
    m_symbol->setToolTip(tr("Marker symbol"));
    m_symbol->setAccessibleName(tr("Marker symbol"));
    fillSymbolBox(m_symbol, m_controller->style().symbol);
    toolbar->addWidget(m_symbol);
    toolbar->addAction(m_delete);
    connect(m_color, &QComboBox::activated, this,
            [this] { m_controller->setColor(m_color->currentData().value<QColor>()); });
    connect(m_size, &QDoubleSpinBox::editingFinished, this,
            [this] { m_controller->setSize(m_size->value()); });
    connect(m_symbol, &QComboBox::activated, this, [this] {
        m_controller->setSymbol(annotate::MarkerSymbol(m_symbol->currentData().toInt()));
    });
}

void AnnotationTools::createFileActions()
{
    QMenu* file = m_window->fileMenu();
    QAction* quit = file->actions().constLast();
    QAction* open = new QAction(tr("&Open Annotations…"), this);
    connect(open, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(m_window, tr("Open Annotations"), QString(), kFilter);
        if (!path.isEmpty())
            openFile(path);
    });
    QAction* save = new QAction(tr("Save A&nnotations As…"), this);
    connect(save, &QAction::triggered, this, &AnnotationTools::saveAs);
    file->insertActions(quit, {open, save});
    file->insertSeparator(quit);
}

void AnnotationTools::createEditActions()
{
    QMenu* edit = m_window->editMenu();
    QUndoStack* stack = m_window->annotationDocument()->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    QAction* first = edit->actions().value(0);
    edit->insertActions(first, {m_undo, m_redo});
    edit->insertSeparator(first);
}

void AnnotationTools::showSelection(qsizetype index)
{
    m_edit->setEnabled(index >= 0);
    m_delete->setEnabled(index >= 0);
}

void AnnotationTools::openFile(const QString& path)
{
    annotate::AnnotationFileContents contents = annotate::readAnnotationFile(path);
    if (!contents.issues.isEmpty()) {
        QStringList messages;
        for (const core::Issue& issue : contents.issues)
            messages << issue.toString();
        QMessageBox box(QMessageBox::Warning, tr("Open Annotations"),
                        tr("Some of the file could not be read; %n annotation(s) loaded.", nullptr,
                           int(contents.annotations.size())),
                        QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.setDetailedText(messages.join(QLatin1Char('\n')));
        box.exec();
    }
    m_controller->setSelected(-1);
    m_window->annotationDocument()->reset(contents.annotations);
    m_autosave->discard();
}

bool AnnotationTools::saveFile(const QString& path)
{
    if (const QString error =
            annotate::writeAnnotationFile(path, m_window->annotationDocument()->annotations());
        !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Save Annotations"), error);
        return false;
    }
    m_window->annotationDocument()->undoStack()->setClean();
    m_autosave->discard();
    m_window->statusBar()->showMessage(tr("Annotations saved to %1").arg(path), 5000);
    return true;
}

bool AnnotationTools::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Annotations As"),
                                                QStringLiteral("annotations.geojson"), kFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".geojson");
    return saveFile(path);
}

bool AnnotationTools::confirmClose()
{
    if (m_window->annotationDocument()->undoStack()->isClean()) {
        m_autosave->discard();
        return true;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved Annotations"), tr("Save the annotations before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveAs()))
        return false;
    m_autosave->discard();
    return true;
}

} // namespace flank::ui
