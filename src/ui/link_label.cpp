#include "link_label.h"

#include <QKeyEvent>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

namespace flank::ui {

LinkLabel::LinkLabel(const QString& text, const QString& href, const QColor& color, QWidget* parent)
    : QLabel(parent), m_href(href)
{
    // Wraps rather than widens, so a large projector font never widens the panel.
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setText(QStringLiteral("<a href=\"%1\" style=\"color:%2\">%3</a>")
                .arg(href.toHtmlEscaped(), color.name(), text.toHtmlEscaped()));
    setAccessibleName(text);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    setFocusPolicy(Qt::StrongFocus);
}

void LinkLabel::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit linkActivated(m_href);
        return;
    default:
        QLabel::keyPressEvent(event);
    }
}

void LinkLabel::paintEvent(QPaintEvent* event)
{
    QLabel::paintEvent(event);
    if (!hasFocus())
        return;
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

} // namespace flank::ui
