#pragma once

#include "posture/pledge.h"

#include <QList>
#include <QWidget>

namespace flank::ui {

// Defence spending as a share of GDP, one bar a year: the spending series where the state has
// one (actual, estimate, budget, plan), else its pledges by target year, so a student sees the
// figures climb. Figures in currency are listed beside it, not drawn.
class PledgeChart : public QWidget
{
    Q_OBJECT

public:
    explicit PledgeChart(const QList<posture::Pledge>& pledges, QWidget* parent = nullptr);

    int barCount() const { return int(m_pledges.size()); }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<posture::Pledge> m_pledges; // percent-of-GDP only, by target year
};

} // namespace flank::ui
