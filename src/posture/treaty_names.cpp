#include "treaty_names.h"

#include <QCoreApplication>

namespace flank::posture {

namespace {

struct KnownTreaty
{
    const char* id;
    const char* shortName; // as the bundled dataset writes it, and the text to translate
};

constexpr KnownTreaty kKnownTreaties[] = {
    {"ottawa", QT_TRANSLATE_NOOP("flank::posture::Treaty", "Ottawa Convention")},
    {"ccm", QT_TRANSLATE_NOOP("flank::posture::Treaty", "Convention on Cluster Munitions")}};

} // namespace

QString treatyShortName(const Treaty& treaty)
{
    for (const KnownTreaty& known : kKnownTreaties)
        if (treaty.id == QLatin1String(known.id) &&
            (treaty.shortName.isEmpty() || treaty.shortName == QLatin1String(known.shortName)))
            return QCoreApplication::translate("flank::posture::Treaty", known.shortName);
    return treaty.shortName.isEmpty() ? treaty.id : treaty.shortName;
}

QString treatyShortName(const Treaty* treaty, const QString& id)
{
    if (treaty)
        return treatyShortName(*treaty);
    Treaty bare;
    bare.id = id;
    return treatyShortName(bare);
}

} // namespace flank::posture
