#include "message_bar.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace flank::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_details(new QPushButton(tr("Show Issues"), this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Data problem"));
    setFrameShape(QFrame::StyledPanel);
    // Its own colors in every theme: dark text on amber reads on light and dark windows alike.
    QPalette colors = palette();
    colors.setColor(QPalette::Window, QColor(0xFF, 0xF1, 0xC7));
    colors.setColor(QPalette::WindowText, QColor(0x3A, 0x2A, 0x00));
    colors.setColor(QPalette::Text, QColor(0x3A, 0x2A, 0x00));
    colors.setColor(QPalette::Button, QColor(0xFF, 0xF8, 0xE1));
    colors.setColor(QPalette::ButtonText, QColor(0x3A, 0x2A, 0x00));
    setPalette(colors);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setTextFormat(Qt::PlainText); // paths and data text, never markup
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715")); // ✕
    close->setAutoRaise(true);
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(m_details, &QPushButton::clicked, this, &MessageBar::detailsRequested);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessages(const QStringList& paragraphs)
{
    if (paragraphs.isEmpty()) {
        hide();
        return;
    }
    m_text->setText(paragraphs.join(QStringLiteral("\n")));
    show();
    // Screen readers announce it like an alert, since it appears without being asked for.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace flank::ui
