#pragma once

#include <QHash>
#include <QLineEdit>

namespace flank::ui {

// Finds a state by name or ISO code, with completion; emits the chosen state's ISO code.
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    // iso3 -> name of every state that can be chosen.
    explicit SearchBox(const QHash<QString, QString>& names, QWidget* parent = nullptr);

    // The ISO code a typed text stands for ("Lithuania", "ltu", "Lithuania (LTU)"), or empty.
    QString resolve(const QString& text) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void stateChosen(const QString& iso3);

private:
    void choose(const QString& text);
    // Return takes the typed name, else what the completion list offers for it.
    void chooseTyped();
    // The highlighted completion's state, or the one state every completion names; else empty.
    QString offeredState() const;

    QHash<QString, QString> m_isoByKey; // lower-case name, ISO code or completion entry
};

} // namespace flank::ui
