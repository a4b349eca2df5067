#include "search_box.h"

#include "core/country_names.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QSet>
#include <QStringListModel>

#include <algorithm>

namespace flank::ui {

SearchBox::SearchBox(const QHash<QString, QString>& names, QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("Find a state (name or ISO code)"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Find a state"));
    QStringList entries;
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        // Offered under the interface language's name, found by the English one as well.
        const QString local = core::localCountryName(it.key(), it.value());
        QStringList spellings{local};
        if (it.value() != local)
            spellings << it.value();
        for (const QString& name : spellings) {
            const QString entry = tr("%1 (%2)").arg(name, it.key());
            entries << entry;
            m_isoByKey.insert(entry.toLower(), it.key());
            m_isoByKey.insert(name.toLower(), it.key());
        }
        entries << it.key();
        m_isoByKey.insert(it.key().toLower(), it.key());
    }
    std::sort(entries.begin(), entries.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    auto* completer = new QCompleter(new QStringListModel(entries, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    // The popup has the keyboard while it shows: Return there with nothing highlighted would
    // only close it.
    completer->popup()->installEventFilter(this);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &SearchBox::choose);
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::chooseTyped);
}

QString SearchBox::resolve(const QString& text) const
{
    return m_isoByKey.value(text.trimmed().toLower());
}

void SearchBox::choose(const QString& text)
{
    const QString iso3 = resolve(text);
    if (!iso3.isEmpty())
        emit stateChosen(iso3);
}

bool SearchBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == completer()->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
            !completer()->popup()->currentIndex().isValid()) {
            chooseTyped();
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

void SearchBox::chooseTyped()
{
    QString iso3 = resolve(text());
    if (iso3.isEmpty())
        iso3 = offeredState();
    if (iso3.isEmpty())
        return;
    completer()->popup()->hide();
    emit stateChosen(iso3);
}

QString SearchBox::offeredState() const
{
    QCompleter* completions = completer();
    const QModelIndex highlighted = completions->popup()->currentIndex();
    if (completions->popup()->isVisible() && highlighted.isValid())
        return resolve(highlighted.data().toString());
    completions->setCompletionPrefix(text());
    const QAbstractItemModel* offered = completions->completionModel();
    QSet<QString> states;
    for (int row = 0; row < offered->rowCount(); ++row)
        states.insert(resolve(offered->index(row, 0).data().toString()));
    return states.size() == 1 ? *states.cbegin() : QString();
}

} // namespace flank::ui
