#include "story_edit_command.h"

namespace flank::ui {

StoryEditCommand::StoryEditCommand(story::Story before, story::Story after, const QString& text,
                                   Apply apply)
    : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)),
      m_apply(std::move(apply))
{
}

} // namespace flank::ui
