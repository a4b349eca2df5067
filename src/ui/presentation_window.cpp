#include "presentation_window.h"

#include "render/view_transform.h"

#include <QEasingCurve>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>

namespace flank::ui {

PresentationWindow::PresentationWindow(std::unique_ptr<present::StoryDeck> deck, int startIndex,
                                       bool projectorTheme, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint), m_deck(std::move(deck))
{
    setWindowTitle(m_deck->story().title);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::BlankCursor);
    setFocusPolicy(Qt::StrongFocus);
    if (projectorTheme)
        m_deck->setThemeOverride(core::Theme::Projector);
    m_index = std::clamp(startIndex, 0, std::max(0, count() - 1));
    // The easing lives in the flight path itself (FlyPath, the date), so time runs linearly.
    m_flight.setStartValue(0.0);
    m_flight.setEndValue(1.0);
    m_flight.setEasingCurve(QEasingCurve::Linear);
    connect(&m_flight, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_progress = value.toDouble();
        update();
    });
    connect(&m_flight, &QVariantAnimation::finished, this, [this] {
        m_progress = 1.0;
        update();
    });
}

void PresentationWindow::presentOn(QScreen* screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    activateWindow();
    setFocus();
}

core::MapState PresentationWindow::shownState()
{
    if (isFlying())
        return m_deck->transitionState(m_flightFrom, m_index, m_progress, size());
    return m_deck->stateOf(m_index);
}

QRectF PresentationWindow::shownExtent()
{
    // A flight's frames show its state's extent as it is; a step's view keeps clear of the
    // legend, which depends on the step's data.
    const render::MapFrame frame =
        isFlying() ? present::StorySlidePainter::mapFrame(shownState(), posture::Dataset(),
                                                          *m_deck->renderer().projections(),
                                                          QSizeF(size()))
                   : m_deck->stepFrame(m_index, QSizeF(size()));
    return frame.view.transform.visibleExtent();
}

void PresentationWindow::goTo(int index)
{
    index = std::clamp(index, 0, count() - 1);
    m_blank = Blank::None;
    if (index == m_index && !isFlying()) {
        update();
        return;
    }
    const int from = isFlying() && m_progress < 0.5 ? m_flightFrom : m_index;
    m_flight.stop();
    m_index = index;
    const double seconds =
        std::abs(index - from) == 1 ? m_deck->transitionSeconds(from, index, size()) : 0.0;
    if (seconds > 0) {
        m_flightFrom = from;
        m_progress = 0.0;
        m_flight.setDuration(int(seconds * 1000));
        m_flight.start();
    } else {
        m_progress = 1.0;
    }
    update();
    emit stepChanged(m_index);
}

void PresentationWindow::next()
{
    goTo(m_index + 1);
}

void PresentationWindow::previous()
{
    goTo(m_index - 1);
}

void PresentationWindow::toggleBlank(Blank blank)
{
    m_blank = m_blank == blank ? Blank::None : blank;
    update();
}

void PresentationWindow::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (m_blank != Blank::None) {
        painter.fillRect(rect(), m_blank == Blank::Black ? Qt::black : Qt::white);
        return;
    }
    if (count() == 0) {
        painter.fillRect(rect(), Qt::black);
        return;
    }
    if (isFlying())
        m_deck->paintTransition(painter, m_flightFrom, m_index, m_progress, size());
    else
        m_deck->paintStep(painter, m_index, size());
}

bool PresentationWindow::handleNumberKey(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        m_typedNumber += QChar(u'0' + (key - Qt::Key_0));
        return true;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_typedNumber.isEmpty()) {
        goTo(m_typedNumber.toInt() - 1);
        m_typedNumber.clear();
        return true;
    }
    m_typedNumber.clear();
    return false;
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    if (handleNumberKey(event))
        return;
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(count() - 1);
        break;
    case Qt::Key_B:
    case Qt::Key_Period: // what many clickers send for "blank screen"
        toggleBlank(Blank::Black);
        break;
    case Qt::Key_W:
    case Qt::Key_Comma:
        toggleBlank(Blank::White);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    m_flight.stop();
    emit left();
    QWidget::closeEvent(event);
}

} // namespace flank::ui
