#pragma once

#include <QLabel>

namespace flank::ui {

// A label that is one link and takes the keyboard like a button: Tab and Shift+Tab enter and
// leave it in one step, Enter or Space opens it. QLabel's own link navigation can hold
// Shift+Tab when the link starts the text.
class LinkLabel : public QLabel
{
    Q_OBJECT

public:
    LinkLabel(const QString& text, const QString& href, const QColor& color,
              QWidget* parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_href;
};

} // namespace flank::ui
