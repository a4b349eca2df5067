#include "widget_theme.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace flank::ui {

namespace {

QPalette darkPalette(const QColor& window, const QColor& base, const QColor& text,
                     const QColor& highlight)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window.lighter(115));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, text.darker(160));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window.lighter(120));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
    palette.setColor(QPalette::LinkVisited, QColor(0xCC, 0x79, 0xA7));
    palette.setColor(QPalette::Disabled, QPalette::Text, text.darker(180));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, text.darker(180));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, text.darker(180));
    return palette;
}

} // namespace

QPalette paletteFor(core::Theme theme)
{
    switch (theme) {
    case core::Theme::Dark:
        return darkPalette(QColor(0x22, 0x28, 0x31), QColor(0x1B, 0x22, 0x2C),
                           QColor(0xEE, 0xEE, 0xEE), QColor(0x56, 0xB4, 0xE9));
    case core::Theme::Projector:
        return darkPalette(QColor(0x00, 0x00, 0x00), QColor(0x0A, 0x0A, 0x0A),
                           QColor(0xFF, 0xFF, 0xFF), QColor(0xFF, 0xFF, 0x00));
    case core::Theme::Light:
    case core::Theme::Print:
        break;
    }
    return QApplication::style()->standardPalette();
}

QFont fontFor(core::Theme theme, const QFont& base)
{
    QFont font = base;
    if (theme == core::Theme::Projector) {
        if (base.pointSizeF() > 0)
            font.setPointSizeF(base.pointSizeF() * 1.6);
        else
            font.setPixelSize(base.pixelSize() * 8 / 5);
    }
    return font;
}

void applyWidgetTheme(QWidget* window, core::Theme theme, const QFont& baseFont)
{
    window->setPalette(paletteFor(theme));
    window->setFont(fontFor(theme, baseFont));
}

} // namespace flank::ui
