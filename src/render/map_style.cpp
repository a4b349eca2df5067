#include "map_style.h"

#include <QFontDatabase>

#include <mutex>

static void initRenderResources()
{
    Q_INIT_RESOURCE(render_resources);
}

namespace flank::render {

QString bundledFontFamily()
{
    static QString family;
    static std::once_flag once;
    std::call_once(once, [] {
        initRenderResources();
        const int regular =
            QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans-Bold.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(regular);
        family = families.isEmpty() ? QStringLiteral("DejaVu Sans") : families.constFirst();
    });
    return family;
}

StatusStyle MapStyle::statusStyle(posture::Status status) const
{
    using posture::Status;
    const bool dark = theme == core::Theme::Dark;
    const QColor ink = dark ? QColor(20, 20, 20) : QColor(40, 40, 40);
    switch (status) {
    case Status::Party:
        return {QColor(0x00, 0x72, 0xB2), FillPattern::Solid, {}};
    case Status::Signatory:
        return {QColor(0x56, 0xB4, 0xE9), FillPattern::Solid, {}};
    case Status::WithdrawalAnnounced:
        return {QColor(0xF0, 0xE4, 0x42), FillPattern::SparseHatch, ink};
    case Status::WithdrawalApproved:
        return {QColor(0xE6, 0x9F, 0x00), FillPattern::Hatch, ink};
    case Status::WithdrawalNotified:
        return {QColor(0xE6, 0x9F, 0x00), FillPattern::DenseHatch, ink};
    case Status::Withdrawn:
        return {QColor(0xD5, 0x5E, 0x00), FillPattern::Solid, {}};
    case Status::SuspensionDeclared:
        return {QColor(0xCC, 0x79, 0xA7), FillPattern::CrossHatch, ink};
    case Status::NonParty:
        return {dark ? QColor(0x6E, 0x6E, 0x6E) : QColor(0x9A, 0x9A, 0x9A), FillPattern::Solid, {}};
    case Status::NoData:
        break;
    }
    return {land, FillPattern::Solid, {}};
}

QColor MapStyle::overlayColor(posture::Status status) const
{
    using posture::Status;
    switch (status) {
    case Status::Party:
        return QColor(0x00, 0x9E, 0x73); // bluish green: bound by the second treaty
    case Status::Withdrawn:
        return QColor(0x00, 0x00, 0x00);
    case Status::NoData:
        return {};
    default:
        return isPendingWithdrawal(status) || status == Status::SuspensionDeclared
                   ? QColor(0x55, 0x55, 0x55)
                   : QColor(0xFF, 0xFF, 0xFF);
    }
}

MapStyle MapStyle::forTheme(core::Theme theme)
{
    MapStyle style;
    style.theme = theme;
    style.fontFamily = bundledFontFamily();
    switch (theme) {
    case core::Theme::Light:
    case core::Theme::Print:
        style.sea =
            theme == core::Theme::Print ? QColor(0xF4, 0xF7, 0xFA) : QColor(0xDC, 0xE9, 0xF2);
        style.land = QColor(0xEE, 0xEB, 0xE4);
        style.border = QColor(0x8C, 0x8C, 0x8C);
        style.focusBorder = QColor(0x33, 0x33, 0x33);
        style.selection = QColor(0x11, 0x11, 0x11);
        style.hover = QColor(0xFF, 0xFF, 0xFF);
        style.occupiedHatch = QColor(0x22, 0x22, 0x22);
        style.frontier = QColor(0x7A, 0x10, 0x10);
        style.text = QColor(0x1A, 0x1A, 0x1A);
        style.textHalo = QColor(0xFF, 0xFF, 0xFF, 0xD0);
        style.panel = QColor(0xFF, 0xFF, 0xFF);
        style.panelBorder = QColor(0xB0, 0xB0, 0xB0);
        break;
    case core::Theme::Dark:
        style.sea = QColor(0x1B, 0x22, 0x2C);
        style.land = QColor(0x3A, 0x3F, 0x47);
        style.border = QColor(0x6A, 0x70, 0x78);
        style.focusBorder = QColor(0xD0, 0xD0, 0xD0);
        style.selection = QColor(0xFF, 0xFF, 0xFF);
        style.hover = QColor(0xFF, 0xFF, 0xFF);
        style.occupiedHatch = QColor(0xF0, 0xF0, 0xF0);
        style.frontier = QColor(0xFF, 0x8A, 0x80);
        style.text = QColor(0xEE, 0xEE, 0xEE);
        style.textHalo = QColor(0x10, 0x14, 0x1A, 0xD0);
        style.panel = QColor(0x22, 0x28, 0x31);
        style.panelBorder = QColor(0x55, 0x5C, 0x66);
        break;
    case core::Theme::Projector:
        // High contrast and large type for a room: strong outlines, near-black sea.
        style.sea = QColor(0x0A, 0x0A, 0x0A);
        style.land = QColor(0x4A, 0x4A, 0x4A);
        style.border = QColor(0xA0, 0xA0, 0xA0);
        style.focusBorder = QColor(0xFF, 0xFF, 0xFF);
        style.selection = QColor(0xFF, 0xFF, 0x00);
        style.hover = QColor(0xFF, 0xFF, 0xFF);
        style.occupiedHatch = QColor(0xFF, 0xFF, 0xFF);
        style.frontier = QColor(0xFF, 0x5A, 0x5A);
        style.text = QColor(0xFF, 0xFF, 0xFF);
        style.textHalo = QColor(0x00, 0x00, 0x00, 0xE0);
        style.panel = QColor(0x00, 0x00, 0x00);
        style.panelBorder = QColor(0xFF, 0xFF, 0xFF);
        style.borderWidthPt = 0.8;
        style.focusBorderWidthPt = 1.4;
        style.selectionWidthPt = 3.5;
        style.baseFontPt = 15.0;
        break;
    }
    return style;
}

} // namespace flank::render
