#include "story_panel.h"

#include "compare_view.h"
#include "map_session.h"
#include "story_controller.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace flank::ui {

StoryPanel::StoryPanel(StoryController* controller, MapSession* session, QWidget* parent,
                       CompareView* compare)
    : QWidget(parent), m_controller(controller), m_session(session), m_compare(compare),
      m_list(new QListWidget(this)), m_storyTitle(new QLineEdit(this)),
      m_title(new QLineEdit(this)), m_caption(new QLineEdit(this)),
      m_transitions(new QCheckBox(tr("Animated transitions"), this))
{
    m_list->setAccessibleName(tr("Story steps"));
    m_storyTitle->setAccessibleName(tr("Story title"));
    m_title->setAccessibleName(tr("Step title"));
    m_caption->setAccessibleName(tr("Caption"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const QString& tip, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("Add View"), tr("Add the map's current view as a step after the chosen one"),
           &StoryPanel::addCurrentView);
    button(tr("Duplicate"), tr("Duplicate the chosen step"), &StoryPanel::duplicateStep);
    button(tr("Delete"), tr("Delete the chosen step"), &StoryPanel::deleteStep);
    auto* undo = button(tr("Undo"), tr("Undo the last story edit"),
                        [this] { m_controller->undoStack()->undo(); });
    auto* redo = button(tr("Redo"), tr("Redo the story edit"),
                        [this] { m_controller->undoStack()->redo(); });
    connect(m_controller->undoStack(), &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_controller->undoStack(), &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Story:"), m_storyTitle);
    form->addRow(tr("Step title:"), m_title);
    form->addRow(tr("Caption:"), m_caption);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_transitions);

    connect(m_storyTitle, &QLineEdit::editingFinished, this, &StoryPanel::commitText);
    connect(m_title, &QLineEdit::editingFinished, this, &StoryPanel::commitText);
    connect(m_caption, &QLineEdit::editingFinished, this, &StoryPanel::commitText);
    connect(m_transitions, &QCheckBox::toggled, this, [this](bool on) {
        if (m_rebuilding || on == m_controller->story().transitions)
            return;
        story::Story next = m_controller->story();
        next.transitions = on;
        m_controller->edit(next, on ? tr("Turn Transitions On") : tr("Turn Transitions Off"));
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &StoryPanel::showStep);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &StoryPanel::stepsReordered,
            Qt::QueuedConnection);
    connect(m_controller, &StoryController::storyChanged, this, &StoryPanel::rebuild);
    rebuild();
}

int StoryPanel::currentIndex() const
{
    return m_list->currentRow();
}

void StoryPanel::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index);
}

void StoryPanel::rebuild()
{
    m_rebuilding = true;
    const int row = std::max(0, m_list->currentRow());
    const story::Story& story = m_controller->story();
    m_list->clear();
    for (qsizetype i = 0; i < story.steps.size(); ++i) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1. %2").arg(i + 1).arg(story.steps[i].title), m_list);
        item->setData(Qt::UserRole, int(i));
    }
    m_storyTitle->setText(story.title);
    m_transitions->setChecked(story.transitions);
    m_list->setCurrentRow(std::min(row, int(story.steps.size()) - 1));
    const int current = m_list->currentRow();
    m_title->setText(current >= 0 ? story.steps[current].title : QString());
    m_caption->setText(current >= 0 ? story.steps[current].caption : QString());
    m_rebuilding = false;
}

void StoryPanel::showStep(int index)
{
    if (m_rebuilding || index < 0 || index >= m_controller->story().steps.size())
        return;
    const story::StoryStep& step = m_controller->story().steps[index];
    m_title->setText(step.title);
    m_caption->setText(step.caption);
    m_session->setState(step.state);
    if (m_compare)
        showComparison(*m_compare, step.comparison);
}

void StoryPanel::commitText()
{
    story::Story next = m_controller->story();
    next.title = m_storyTitle->text();
    const int index = currentIndex();
    if (index >= 0 && index < next.steps.size()) {
        next.steps[index].title = m_title->text();
        next.steps[index].caption = m_caption->text();
    }
    if (next != m_controller->story())
        m_controller->edit(next, tr("Edit Story Text"));
}

void StoryPanel::stepsReordered()
{
    story::Story next = m_controller->story();
    next.steps.clear();
    for (int row = 0; row < m_list->count(); ++row)
        next.steps << m_controller->story().steps.value(
            m_list->item(row)->data(Qt::UserRole).toInt());
    if (next != m_controller->story())
        m_controller->edit(next, tr("Move Step"));
}

void StoryPanel::addCurrentView()
{
    story::Story next = m_controller->story();
    story::StoryStep step;
    step.state = m_session->state();
    if (m_compare)
        step.comparison = comparisonShown(*m_compare);
    step.title = tr("Step %1").arg(next.steps.size() + 1);
    const int at = currentIndex() + 1;
    next.steps.insert(at, step);
    m_controller->edit(next, tr("Add Step"));
    setCurrentIndex(at);
}

void StoryPanel::duplicateStep()
{
    const int index = currentIndex();
    if (index < 0)
        return;
    story::Story next = m_controller->story();
    next.steps.insert(index + 1, next.steps[index]);
    m_controller->edit(next, tr("Duplicate Step"));
    setCurrentIndex(index + 1);
}

void StoryPanel::deleteStep()
{
    const int index = currentIndex();
    if (index < 0)
        return;
    story::Story next = m_controller->story();
    next.steps.removeAt(index);
    m_controller->edit(next, tr("Delete Step"));
}

} // namespace flank::ui
