#include "treaty_choice.h"

namespace flank::core {

namespace {

constexpr struct
{
    TreatyChoice choice;
    const char* name;
} kNames[] = {
    {TreatyChoice::Ottawa, "ottawa"}, {TreatyChoice::Ccm, "ccm"}, {TreatyChoice::Both, "both"}};

} // namespace

QString treatyChoiceName(TreatyChoice choice)
{
    for (const auto& entry : kNames)
        if (entry.choice == choice)
            return QString::fromLatin1(entry.name);
    return QStringLiteral("ottawa");
}

std::optional<TreatyChoice> parseTreatyChoice(QStringView name)
{
    for (const auto& entry : kNames)
        if (name == QLatin1String(entry.name))
            return entry.choice;
    return std::nullopt;
}

QString fillTreatyId(TreatyChoice choice)
{
    return choice == TreatyChoice::Ccm ? QStringLiteral("ccm") : QStringLiteral("ottawa");
}

QString overlayTreatyId(TreatyChoice choice)
{
    return choice == TreatyChoice::Both ? QStringLiteral("ccm") : QString();
}

QStringList treatyIds(TreatyChoice choice)
{
    QStringList ids{fillTreatyId(choice)};
    if (choice == TreatyChoice::Both)
        ids << overlayTreatyId(choice);
    return ids;
}

std::optional<TreatyChoice> treatyChoiceFromIds(QStringView fill, QStringView overlay)
{
    for (const TreatyChoice choice : {TreatyChoice::Ottawa, TreatyChoice::Ccm, TreatyChoice::Both})
        if (fill == fillTreatyId(choice) && overlay == overlayTreatyId(choice))
            return choice;
    return std::nullopt;
}

} // namespace flank::core
