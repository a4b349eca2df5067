#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace flank::ui {

// A bar above the map saying what went wrong with the data and what to do. It does not block:
// the map stays usable below it, and it stays until the user closes it or the data change.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    // Shows plain text, one paragraph per entry; the button opens the list of issues.
    void showMessages(const QStringList& paragraphs);
    QString text() const;

signals:
    void detailsRequested();

private:
    QLabel* m_text;
    QPushButton* m_details;
};

} // namespace flank::ui
