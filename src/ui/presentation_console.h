#pragma once

#include "present/story_deck.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QLabel;

namespace flank::ui {

// The presenter's view on a second screen: the current and the next slide, the caption to
// speak to, the step number, the clock and the time since the presentation began.
class PresentationConsole : public QWidget
{
    Q_OBJECT

public:
    PresentationConsole(std::unique_ptr<present::StoryDeck> deck, QWidget* parent = nullptr);

public slots:
    void showStep(int index);

protected:
    void timerEvent(QTimerEvent* event) override;

private:
    QPixmap slide(int index, const QSize& size);
    void updateClock();

    std::unique_ptr<present::StoryDeck> m_deck;
    QLabel* m_current;
    QLabel* m_next;
    QLabel* m_caption;
    QLabel* m_number;
    QLabel* m_clock;
    QElapsedTimer m_elapsed;
};

} // namespace flank::ui
