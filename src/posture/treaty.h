#pragma once

#include "partial_date.h"

#include <QString>
#include <QStringList>

namespace flank::posture {

// A treaty the atlas follows; more can be added to the data without code changes.
struct Treaty
{
    QString id; // "ottawa", "ccm"
    QString name;
    QString shortName;
    PartialDate adopted;
    PartialDate entryIntoForce;
    int withdrawalNoticeMonths = 0;
    // Withdrawal cannot take effect while the withdrawing state is in an armed conflict.
    bool armedConflictClause = false;
    QString withdrawalArticle;
    QString summary;
    QStringList sources;
};

} // namespace flank::posture
