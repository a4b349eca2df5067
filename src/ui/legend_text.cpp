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
    case render::LegendItemKind::Frontier:
        return QCoreApplication::translate(
            "flank::ui::Legend",
            "The land border with Russia (Kaliningrad included) or Belarus, traced on the "
            "Natural Earth outlines. Click a line for its measured and published lengths.");
    case render::LegendItemKind::Programme:
        return QCoreApplication::translate(
                   "flank::ui::Legend",
                   "%1\nA fortification programme along the border, in its own color. Click "
                   "the band on the map for what it builds, its budget and sources.")
            .arg(item.text);
    case render::LegendItemKind::PartBorder:
        return QCoreApplication::translate(
            "flank::ui::Legend",
            "The programme runs along part of this border; its sources do not say which part, "
            "so the whole line is ticked rather than a segment invented.");
    case render::LegendItemKind::Troops:
        return QCoreApplication::translate(
                   "flank::ui::Legend",
                   "%1\nDeployments with a known place. A disc's area grows with the troops "
                   "a source gives; a small disc means no number was published.")
            .arg(item.text);
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
    case render::LegendItemKind::Frontier:
    case render::LegendItemKind::Programme:
    case render::LegendItemKind::PartBorder:
    case render::LegendItemKind::Troops:
        return QStringLiteral("posture");
    }
    return {};
}

} // namespace flank::ui
