#include "legend_text.h"

#include <QCoreApplication>

namespace flank::ui {

QString legendExplanation(const render::LegendItem& item)
{
    switch (item.kind) {
    case render::LegendItemKind::Heading:
        return QCoreApplication::translate(
                   "flank::ui::Legend",
                   "%1\nThe fill shows each state's status under this treaty on the date shown. "
                   "Click for the glossary.")
            .arg(item.text);
    case render::LegendItemKind::Status:
        return item.text + QLatin1Char('\n') + posture::statusExplanation(item.status);
    case render::LegendItemKind::OverlayStatus:
        return QCoreApplication::translate("flank::ui::Legend", "Inner band: %1\n%2")
            .arg(item.text, posture::statusExplanation(item.status));
    case render::LegendItemKind::Occupied:
        return QCoreApplication::translate(
            "flank::ui::Legend",
            "Crimea is Ukrainian territory occupied by Russia since 2014. It shows Ukraine's "
            "status, muted, under horizontal stripes and a dashed edge.");
    case render::LegendItemKind::NoData:
        return QCoreApplication::translate(
            "flank::ui::Legend",
            "Flank Atlas holds no sourced record for this state, or it lies outside the "
            "eastern flank the atlas follows.");
    }
    return {};
}

QString glossaryAnchorFor(const render::LegendItem& item)
{
    switch (item.kind) {
    case render::LegendItemKind::Heading:
        return QStringLiteral("reading");
    case render::LegendItemKind::Status:
    case render::LegendItemKind::OverlayStatus:
        return QStringLiteral("status-") + posture::statusId(item.status);
    case render::LegendItemKind::Occupied:
        return QStringLiteral("occupied");
    case render::LegendItemKind::NoData:
        return QStringLiteral("status-no-data");
    }
    return {};
}

} // namespace flank::ui
