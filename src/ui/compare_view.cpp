#include "compare_view.h"

#include "legend_strip.h"
#include "map_canvas.h"
#include "map_session.h"
#include "spin_box_name.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace flank::ui {

namespace {

QFrame* framed(MapCanvas* canvas, QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setFrameStyle(QFrame::Box | QFrame::Plain);
    frame->setLineWidth(0);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(canvas);
    return frame;
}

QDateEdit* dateEdit(const QString& objectName, const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    nameSpinBox(edit, name);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1997, 1, 1));
    edit->setMaximumDate(QDate(2100, 12, 31));
    return edit;
}

} // namespace

CompareView::CompareView(MapSession* session, MapCanvas* primary, QWidget* parent)
    : QWidget(parent), m_session(session), m_primary(primary),
      m_secondary(new MapCanvas(session, primary->sharedRenderer(), this)), m_active(primary)
{
    m_secondary->setObjectName(QStringLiteral("secondPane"));
    m_secondary->setAccessibleName(tr("Second map"));
    m_secondary->setAnnotations(primary->annotations());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createBar());
    auto* panes = new QHBoxLayout;
    panes->setSpacing(2);
    m_primaryFrame = framed(m_primary, this);
    m_secondaryFrame = framed(m_secondary, this);
    panes->addWidget(m_primaryFrame);
    panes->addWidget(m_secondaryFrame);
    layout->addLayout(panes, 1);
    m_legendStrip = new LegendStrip(session, this);
    layout->addWidget(m_legendStrip);
    // Two dates have one legend, listing every status either map shows; two treaties one
    // each, under its map, with the border-posture lines once, under the right one.
    m_legendStrip->setFrames([this]() -> QList<render::MapFrame> {
        render::MapFrame left = m_primary->currentFrame();
        render::MapFrame right = m_secondary->currentFrame();
        if (m_mode == CompareMode::Dates) {
            render::addLegendStatuses(right.statuses, left.statuses, 1);
            return {right};
        }
        left.state.layers = core::MapLayers::none();
        return {left, right};
    });
    // A click on the strip's legend does what one on the map's legend does.
    connect(m_legendStrip, &LegendStrip::itemClicked, m_primary, &MapCanvas::legendItemClicked);
    connect(m_session, &MapSession::stateChanged, this, &CompareView::showLegendStrip);
    connect(m_session, &MapSession::datasetChanged, this, &CompareView::showLegendStrip);

    // Hovering one pane marks the same place in the other.
    connect(m_primary, &MapCanvas::echoPointChanged, m_secondary, [this](const auto& point) {
        if (m_mode == CompareMode::Dates || m_mode == CompareMode::Treaties)
            m_secondary->setEchoPoint(point);
    });
    connect(m_secondary, &MapCanvas::echoPointChanged, m_primary, &MapCanvas::setEchoPoint);
    connect(m_session, &MapSession::dateChanged, this, &CompareView::followSessionDate);
    m_primary->installEventFilter(this);
    m_secondary->installEventFilter(this);
    applyToPanes();
}

QWidget* CompareView::createBar()
{
    m_bar = new QWidget(this);
    m_bar->setObjectName(QStringLiteral("compareBar"));
    auto* layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(6, 3, 6, 3);
    auto* modeLabel = new QLabel(tr("Co&mpare:"), m_bar);
    m_modeBox = new QComboBox(m_bar);
    m_modeBox->setObjectName(QStringLiteral("compareMode"));
    m_modeBox->addItem(tr("Two dates side by side"), int(CompareMode::Dates));
    m_modeBox->addItem(tr("Two treaties side by side"), int(CompareMode::Treaties));
    m_modeBox->addItem(tr("Swipe between two dates"), int(CompareMode::Swipe));
    modeLabel->setBuddy(m_modeBox);
    m_firstLabel = new QLabel(tr("&Left:"), m_bar);
    m_firstEdit = dateEdit(QStringLiteral("compareFirstDate"), tr("Date of the left map"), m_bar);
    m_firstLabel->setBuddy(m_firstEdit);
    m_secondLabel = new QLabel(tr("&Right:"), m_bar);
    m_secondEdit =
        dateEdit(QStringLiteral("compareSecondDate"), tr("Date of the right map"), m_bar);
    m_secondLabel->setBuddy(m_secondEdit);
    auto* close = new QToolButton(m_bar);
    close->setText(tr("Close Comparison"));
    close->setToolTip(tr("Back to one map (Ctrl+Shift+K)"));
    for (QWidget* widget : QList<QWidget*>{modeLabel, m_modeBox, m_firstLabel, m_firstEdit,
                                           m_secondLabel, m_secondEdit})
        layout->addWidget(widget);
    layout->addStretch(1);
    layout->addWidget(close);

    connect(m_modeBox, &QComboBox::activated, this,
            [this](int index) { setMode(CompareMode(m_modeBox->itemData(index).toInt())); });
    connect(m_firstEdit, &QDateEdit::dateChanged, this,
            [this](const QDate& date) { setDates(date, m_second); });
    connect(m_secondEdit, &QDateEdit::dateChanged, this,
            [this](const QDate& date) { setDates(m_first, date); });
    connect(close, &QToolButton::clicked, this, [this] { setMode(CompareMode::Off); });
    return m_bar;
}

void CompareView::setMode(CompareMode mode)
{
    if (mode == m_mode)
        return;
    if (mode != CompareMode::Off && !m_first.isValid()) {
        // A first comparison sets the year before the map's date beside it.
        const QDate shown =
            m_session->state().date.isValid() ? m_session->state().date : QDate::currentDate();
        m_first = shown.addYears(-1);
        m_second = shown;
    }
    m_mode = mode;
    if (mode == CompareMode::Off || mode == CompareMode::Swipe)
        setActivePane(m_primary);
    applyToPanes();
    emit modeChanged(mode);
}

void CompareView::setDates(const QDate& first, const QDate& second)
{
    if (!first.isValid() || !second.isValid() || (first == m_first && second == m_second))
        return;
    m_first = first;
    m_second = second;
    applyToPanes();
    emit datesChanged(m_first, m_second);
}

void CompareView::applyToPanes()
{
    const bool comparing = m_mode != CompareMode::Off;
    const bool twoPanes = m_mode == CompareMode::Dates || m_mode == CompareMode::Treaties;
    m_bar->setVisible(comparing);
    m_secondaryFrame->setVisible(twoPanes);
    m_firstLabel->setVisible(m_mode != CompareMode::Treaties);
    m_firstEdit->setVisible(m_mode != CompareMode::Treaties);
    m_secondLabel->setVisible(m_mode != CompareMode::Treaties);
    m_secondEdit->setVisible(m_mode != CompareMode::Treaties);
    m_modeBox->setCurrentIndex(std::max(0, m_modeBox->findData(int(m_mode))));
    showDatesInBar();

    PaneOverride first;
    PaneOverride second;
    switch (m_mode) {
    case CompareMode::Off:
        break;
    case CompareMode::Dates:
        first.date = m_first;
        second.date = m_second;
        break;
    case CompareMode::Treaties:
        first.treaty = core::TreatyChoice::Ottawa;
        second.treaty = core::TreatyChoice::Ccm;
        break;
    case CompareMode::Swipe:
        first.date = m_first;
        break;
    }
    // Side by side, the legend stands under the maps (the strip), not over either.
    first.legend = second.legend = !twoPanes;
    m_primary->setPaneOverride(first);
    m_secondary->setPaneOverride(second);
    const std::optional<SwipeSetup> swipe =
        m_mode == CompareMode::Swipe
            ? std::optional<SwipeSetup>(
                  SwipeSetup{m_second, m_primary->swipe() ? m_primary->swipe()->divider : 0.5})
            : std::nullopt;
    m_primary->setSwipe(swipe);
    if (!twoPanes)
        m_primary->setEchoPoint(std::nullopt);
    // The timeline and the panel follow the pane that has the focus.
    if (m_mode == CompareMode::Dates || m_mode == CompareMode::Swipe)
        m_session->setDate(m_active == m_secondary && twoPanes ? m_second : m_first);
    showLegendStrip();
    m_primaryFrame->setLineWidth(twoPanes ? 2 : 0);
    m_secondaryFrame->setLineWidth(twoPanes ? 2 : 0);
    for (QFrame* frame : {m_primaryFrame, m_secondaryFrame}) {
        const bool active = twoPanes && frame->isAncestorOf(m_active);
        QPalette palette = frame->palette();
        palette.setColor(QPalette::WindowText, active ? palette.color(QPalette::Highlight)
                                                      : palette.color(QPalette::Mid));
        frame->setPalette(palette);
    }
}

void CompareView::showLegendStrip()
{
    const bool twoPanes = m_mode == CompareMode::Dates || m_mode == CompareMode::Treaties;
    m_legendStrip->setVisible(twoPanes && m_session->state().decorations.legend);
    if (!m_legendStrip->isVisibleTo(this))
        return;
    const core::MapState& state = m_session->state();
    const StripLooks looks{m_mode, state.theme, state.layers, size()};
    if (looks == m_stripLooks) {
        m_legendStrip->refresh();
        return;
    }
    m_stripLooks = looks;
    m_legendStrip->forgetHeight();
}

void CompareView::showDatesInBar()
{
    const QSignalBlocker blockFirst(m_firstEdit);
    const QSignalBlocker blockSecond(m_secondEdit);
    if (m_first.isValid())
        m_firstEdit->setDate(m_first);
    if (m_second.isValid())
        m_secondEdit->setDate(m_second);
}

void CompareView::followSessionDate(const QDate& date)
{
    // The timeline moved: the pane with the focus takes its date.
    if (m_mode == CompareMode::Dates && m_active == m_secondary)
        setDates(m_first, date);
    else if (m_mode == CompareMode::Dates || m_mode == CompareMode::Swipe)
        setDates(date, m_second);
}

void CompareView::setActivePane(MapCanvas* pane)
{
    if (pane == m_active)
        return;
    m_active = pane;
    applyToPanes();
}

bool CompareView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn && m_mode != CompareMode::Off)
        setActivePane(watched == m_secondary && m_mode != CompareMode::Swipe ? m_secondary
                                                                             : m_primary);
    return QWidget::eventFilter(watched, event);
}

core::ComparisonRequest comparisonShown(const CompareView& view)
{
    core::ComparisonRequest request;
    switch (view.mode()) {
    case CompareMode::Off:
        break;
    case CompareMode::Dates:
    case CompareMode::Swipe:
        request.kind = core::Comparison::Dates;
        request.dates = {view.firstDate(), view.secondDate()};
        break;
    case CompareMode::Treaties:
        request.kind = core::Comparison::Treaties;
        break;
    }
    return request;
}

void showComparison(CompareView& view, const core::ComparisonRequest& comparison)
{
    switch (comparison.kind) {
    case core::Comparison::Dates:
        view.setMode(CompareMode::Dates);
        view.setDates(comparison.dates.value(0), comparison.dates.value(1));
        break;
    case core::Comparison::Treaties:
        view.setMode(CompareMode::Treaties);
        break;
    case core::Comparison::None:
    case core::Comparison::Multiples:
        view.setMode(CompareMode::Off);
        break;
    }
}

} // namespace flank::ui
