#include "search_box.h"

#include <QCompleter>
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
        const QString entry = tr("%1 (%2)").arg(it.value(), it.key());
        entries << entry << it.key();
        m_isoByKey.insert(entry.toLower(), it.key());
        m_isoByKey.insert(it.value().toLower(), it.key());
        m_isoByKey.insert(it.key().toLower(), it.key());
    }
    std::sort(entries.begin(), entries.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    auto* completer = new QCompleter(new QStringListModel(entries, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &SearchBox::choose);
    connect(this, &QLineEdit::returnPressed, this, [this] { choose(text()); });
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

} // namespace flank::ui
