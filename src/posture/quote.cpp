#include "quote.h"

#include <QCoreApplication>

namespace flank::posture {

namespace {

struct VerificationText
{
    Verification verification;
    const char* id;
    const char* label;
};

constexpr VerificationText kVerifications[] = {
    {Verification::Confirmed, "confirmed",
     QT_TRANSLATE_NOOP("flank::posture::Verification", "Confirmed")},
    {Verification::SingleSource, "single-source",
     QT_TRANSLATE_NOOP("flank::posture::Verification", "Single source")},
    {Verification::Unverified, "unverified",
     QT_TRANSLATE_NOOP("flank::posture::Verification", "Unverified")},
};

const VerificationText& textFor(Verification verification)
{
    for (const auto& text : kVerifications)
        if (text.verification == verification)
            return text;
    return kVerifications[2];
}

} // namespace

QString verificationId(Verification verification)
{
    return QString::fromLatin1(textFor(verification).id);
}

std::optional<Verification> verificationFromId(const QString& id)
{
    for (const auto& text : kVerifications)
        if (id == QLatin1String(text.id))
            return text.verification;
    return std::nullopt;
}

QString verificationLabel(Verification verification)
{
    return QCoreApplication::translate("flank::posture::Verification", textFor(verification).label);
}

} // namespace flank::posture
