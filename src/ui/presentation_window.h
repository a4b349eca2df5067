#pragma once

#include "present/story_deck.h"

#include <QVariantAnimation>
#include <QWidget>

#include <memory>

class QScreen;

namespace flank::ui {

// A story full screen for an audience: no chrome, slides scaled to the screen, the projector
// theme unless the story's own themes are asked for. Driven by the keys clickers send:
// PageDown/Right/Space/Enter forward, PageUp/Left/Backspace back, Home/End, a number then
// Enter to jump, B or W to black or white the screen (again to return), Esc to leave.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(std::unique_ptr<present::StoryDeck> deck, int startIndex,
                       bool projectorTheme = true, QWidget* parent = nullptr);

    enum class Blank
    {
        None,
        Black,
        White,
    };

    // Full screen on `screen` (the primary one when nullptr).
    void presentOn(QScreen* screen);

    int currentIndex() const { return m_index; }
    int count() const { return m_deck->count(); }
    Blank blank() const { return m_blank; }
    bool isFlying() const { return m_flight.state() == QAbstractAnimation::Running; }
    // What the map shows now, mid-flight included.
    core::MapState shownState();
    QRectF shownExtent();
    const present::StoryDeck& deck() const { return *m_deck; }

public slots:
    void goTo(int index);
    void next();
    void previous();
    void toggleBlank(Blank blank);

signals:
    void stepChanged(int index);
    void left();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    bool handleNumberKey(QKeyEvent* event);

    std::unique_ptr<present::StoryDeck> m_deck;
    QVariantAnimation m_flight;
    int m_index = 0;
    int m_flightFrom = 0;
    double m_progress = 1.0;
    Blank m_blank = Blank::None;
    QString m_typedNumber;
};

} // namespace flank::ui
