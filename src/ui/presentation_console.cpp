#include "presentation_console.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QTime>

namespace flank::ui {

namespace {

constexpr QSize kCurrentSize(960, 540);
constexpr QSize kNextSize(480, 270);

QLabel* plainLabel(QWidget* parent, int pointSize)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // story text is shown as written, never as markup
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSize(pointSize);
    label->setFont(font);
    return label;
}

} // namespace

PresentationConsole::PresentationConsole(std::unique_ptr<present::StoryDeck> deck, QWidget* parent)
    : QWidget(parent, Qt::Window), m_deck(std::move(deck)), m_current(new QLabel(this)),
      m_next(new QLabel(this)), m_caption(plainLabel(this, 18)), m_number(plainLabel(this, 28)),
      m_clock(plainLabel(this, 28))
{
    setWindowTitle(tr("Presenter view: %1").arg(m_deck->story().title));
    m_deck->setThemeOverride(core::Theme::Projector);
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_current, 0, 0, 2, 1);
    layout->addWidget(new QLabel(tr("Next:"), this), 0, 1, Qt::AlignBottom);
    layout->addWidget(m_next, 1, 1, Qt::AlignTop);
    layout->addWidget(m_caption, 2, 0);
    layout->addWidget(m_number, 2, 1);
    layout->addWidget(m_clock, 3, 0, 1, 2);
    m_elapsed.start();
    startTimer(1000);
    updateClock();
    showStep(0);
}

QPixmap PresentationConsole::slide(int index, const QSize& size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    if (index >= 0 && index < m_deck->count()) {
        QPainter painter(&image);
        m_deck->paintStep(painter, index, QSizeF(size));
    }
    return QPixmap::fromImage(image);
}

void PresentationConsole::showStep(int index)
{
    m_current->setPixmap(slide(index, kCurrentSize));
    m_next->setPixmap(slide(index + 1, kNextSize));
    const story::StoryStep& step = m_deck->story().steps.value(index);
    m_caption->setText(step.title + QLatin1Char('\n') + step.caption);
    m_number->setText(tr("Step %1 of %2").arg(index + 1).arg(m_deck->count()));
}

void PresentationConsole::updateClock()
{
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    m_clock->setText(tr("%1    elapsed %2:%3")
                         .arg(QTime::currentTime().toString(QStringLiteral("HH:mm")))
                         .arg(seconds / 60)
                         .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void PresentationConsole::timerEvent(QTimerEvent*)
{
    updateClock();
}

} // namespace flank::ui
