#include "troop_facts.h"

#include "locale_format.h"

#include <QCoreApplication>

namespace flank::ui {

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("flank::ui::PostureCards", source);
}

} // namespace

QStringList troopFacts(const posture::TroopNote& note)
{
    QStringList facts;
    if (!note.lead.isEmpty())
        facts << text(QT_TRANSLATE_NOOP("flank::ui::PostureCards", "led by %1")).arg(note.lead);
    if (!note.size.isEmpty())
        facts << text(QT_TRANSLATE_NOOP("flank::ui::PostureCards", "size: %1")).arg(note.size);
    if (note.since.isValid())
        facts << text(QT_TRANSLATE_NOOP("flank::ui::PostureCards", "since %1"))
                     .arg(localDate(note.since));
    if (note.until.isValid())
        facts << text(QT_TRANSLATE_NOOP("flank::ui::PostureCards", "until %1"))
                     .arg(localDate(note.until));
    return facts;
}

} // namespace flank::ui
