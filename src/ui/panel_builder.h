#pragma once

#include "posture/dataset.h"

#include <QString>
#include <QStringList>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace flank::ui {

// Adds the panel's rows to a layout. Every text from the dataset goes into a QLabel as plain
// text; the only rich text is a source line built here, with every part escaped and a link
// only for http and https addresses.
class PanelBuilder
{
public:
    PanelBuilder(QWidget* parent, QVBoxLayout* layout, const posture::Dataset& dataset);

    QLabel* heading(const QString& text, double scale = 1.15);
    QLabel* text(const QString& text, const QString& objectName = {});
    QLabel* detail(const QString& text, const QString& objectName = {}); // smaller, muted
    QLabel* sources(const QStringList& ids);
    // One line, "Sources: Outlet 2025-03-18 · Outlet 2025-03-20", each outlet linked: for
    // records with many sources, so what follows them stays in view.
    QLabel* compactSources(const QStringList& ids);
    void spacing(int pixels);
    void addWidget(QWidget* widget);

    // "Source: <a href=…>Outlet</a>, “Title”, 2025-03-18": escaped HTML for one source.
    // `linkColor` is written into the anchor: Qt fixes a link's color when it parses the HTML.
    static QString sourceHtml(const posture::Source& source, const QColor& linkColor);
    // The outlet's name, escaped, linked when its address is http or https.
    static QString outletHtml(const posture::Source& source, const QColor& linkColor);

private:
    QLabel* label(const QString& text, Qt::TextFormat format, const QString& objectName);
    // Ends with a "Copy citation" link that puts the sources of `ids` on the clipboard.
    QLabel* sourceLabel(const QString& html, const QString& objectName, const QStringList& ids);

    QWidget* m_parent;
    QVBoxLayout* m_layout;
    const posture::Dataset& m_dataset;
};

// The address of a source line's "Copy citation" link: not a page, so never opened.
inline constexpr char kCopyCitationLink[] = "flank:copy-citation";

// Opens a link from the panel in the browser, only when it is http or https.
bool openSafeLink(const QString& url);

} // namespace flank::ui
