#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace flank::core {

// Which treaty the map colours by: one of the two, or the Ottawa Convention with the Convention
// on Cluster Munitions hatched over it.
enum class TreatyChoice
{
    Ottawa,
    Ccm,
    Both
};

// "ottawa", "ccm" or "both": the names on the command line and in menus.
QString treatyChoiceName(TreatyChoice choice);
std::optional<TreatyChoice> parseTreatyChoice(QStringView name);

// The dataset's treaty ids: the one filling the states, and the one hatched over it or "".
// These are also the serialized form ("treaty" and "overlayTreaty" in views and stories).
QString fillTreatyId(TreatyChoice choice);
QString overlayTreatyId(TreatyChoice choice);
QStringList treatyIds(TreatyChoice choice);
// The choice that fills by `fill` and hatches `overlay` (empty for none); nullopt when the map
// cannot show that pair.
std::optional<TreatyChoice> treatyChoiceFromIds(QStringView fill, QStringView overlay);

} // namespace flank::core
