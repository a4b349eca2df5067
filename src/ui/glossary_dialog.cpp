#include "glossary_dialog.h"

#include "posture/status.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace flank::ui {

namespace {

struct Entry
{
    QString anchor;
    QString term;
    QString text;
};

QString entryHtml(const Entry& entry)
{
    return QStringLiteral("<h3><a name=\"%1\"></a>%2</h3><p>%3</p>")
        .arg(entry.anchor, entry.term.toHtmlEscaped(), entry.text.toHtmlEscaped());
}

} // namespace

GlossaryDialog::GlossaryDialog(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Glossary"));
    resize(560, 640);
    m_browser->setAccessibleName(tr("Glossary entries"));
    const QList<Entry> general = {
        {QStringLiteral("ottawa"), tr("Ottawa Convention (1997)"),
         tr("The Mine Ban Treaty. A state that joins promises never to use, make, stockpile or "
            "pass on anti-personnel mines (mines set off by a person), to destroy the mines it "
            "holds and to clear the ground it has mined. Anti-vehicle mines are not covered.")},
        {QStringLiteral("ccm"), tr("Convention on Cluster Munitions (2008)"),
         tr("A state that joins promises never to use, make, stockpile or pass on cluster "
            "munitions: weapons that scatter many small bomblets over a wide area, some of "
            "which fail to explode and kill people long after the fighting.")},
        {QStringLiteral("article-20"), tr("Article 20"),
         tr("In both conventions, the article on leaving. A state may withdraw by telling the UN "
            "Secretary-General, the other states and the Security Council, with its reasons. "
            "The withdrawal takes effect six months later; but if the state is then in an "
            "armed conflict, it stays bound until that conflict ends.")},
        {QStringLiteral("notified"), tr("Notified (withdrawal notified)"),
         tr("The state has handed its formal notice of withdrawal to the UN Secretary-General, "
            "who keeps the treaty. This starts the six-month countdown. Announcing a withdrawal "
            "or passing a law about it is not yet notifying.")},
        {QStringLiteral("reading"), tr("Reading the map"),
         tr("Each state is filled with its status under the treaty chosen, on the date on the "
            "timeline. With both treaties shown, the fill is the Ottawa Convention and a broad "
            "inner band along the border is the Convention on Cluster Munitions. Hatching marks "
            "a withdrawal under way, cross-hatching a declared suspension, so the map can be "
            "read in black and white too.")},
        {QStringLiteral("occupied"), tr("Occupied territory"),
         tr("Crimea is Ukrainian territory occupied by Russia since 2014. The atlas shows "
            "Ukraine's status there, muted, under horizontal stripes and a dashed edge: no "
            "treaty status uses either, so occupation reads apart in color and in black and "
            "white.")},
        {QStringLiteral("posture"), tr("Border posture layers"),
         tr("Dark lines trace each focus state's land border with Russia (Kaliningrad "
            "included) and Belarus, and the Belarus–Russia border, on the Natural Earth "
            "outlines; their lengths are measured on the ellipsoid and shown beside the "
            "published ones. Colored bands along them are named fortification programmes: "
            "solid where a source says the programme covers the whole border, ticked where it "
            "covers an unpublished part. Discs are deployments with a known garrison, sized by "
            "the troops a source gives. Each layer can be turned off in the View menu.")},
    };
    QString html;
    for (const Entry& entry : general)
        html += entryHtml(entry);
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Statuses").toHtmlEscaped());
    for (posture::Status status : posture::allStatuses())
        html += entryHtml({QStringLiteral("status-") + posture::statusId(status),
                           posture::statusLabel(status), posture::statusExplanation(status)});
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
}

void GlossaryDialog::showEntry(const QString& anchor)
{
    show();
    raise();
    m_browser->scrollToAnchor(anchor);
}

QString GlossaryDialog::text() const
{
    return m_browser->toPlainText();
}

} // namespace flank::ui
