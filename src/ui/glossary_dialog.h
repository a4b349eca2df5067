#pragma once

#include <QDialog>

class QTextBrowser;

namespace flank::ui {

// Plain words for students: what the two conventions ban, what each status means, what
// Article 20 says and what "notified" means. Opened from the legend, the panel and Help.
class GlossaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GlossaryDialog(QWidget* parent = nullptr);

    // Scrolls to an entry ("ottawa", "ccm", "article-20", "notified", "status-party", ...).
    void showEntry(const QString& anchor);
    QString text() const;

private:
    QTextBrowser* m_browser;
};

} // namespace flank::ui
