#pragma once

#include "story/story.h"

#include <QUndoCommand>

#include <functional>

namespace flank::ui {

// One edit of a story (add, move, retitle, delete, ...), undone by restoring the story as it
// was. Stories are small values, so a snapshot is simpler and safer than a diff per edit.
class StoryEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const story::Story&)>;

    StoryEditCommand(story::Story before, story::Story after, const QString& text, Apply apply);

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    story::Story m_before;
    story::Story m_after;
    Apply m_apply;
};

} // namespace flank::ui
