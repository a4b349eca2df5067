#pragma once

#include "posture/dataset.h"

#include <QDialog>

namespace flank::ui {

// Help > About: the version, the licences of the code, the borders, the dataset and the fonts,
// the dataset's "as of" date and the outlets it draws on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const posture::Dataset& dataset, QWidget* parent = nullptr);
};

} // namespace flank::ui
