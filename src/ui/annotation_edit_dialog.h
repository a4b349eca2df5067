#pragma once

#include "annotate/annotation.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace flank::ui {

// Edits one annotation's text and style; the caller turns the result into an undo command.
class AnnotationEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AnnotationEditDialog(const annotate::Annotation& annotation,
                                  QWidget* parent = nullptr);

    annotate::Annotation annotation() const;
    QLineEdit* textEdit() const { return m_text; }

private:
    annotate::Annotation m_annotation;
    QLineEdit* m_text;
    QComboBox* m_color;
    QDoubleSpinBox* m_size;
    QComboBox* m_symbol = nullptr;
};

// Fills a combo box with the annotation palette as swatches, current color chosen.
void fillColorBox(QComboBox* box, const QColor& current);
// Fills a combo box with the marker symbols, current symbol chosen.
void fillSymbolBox(QComboBox* box, annotate::MarkerSymbol current);

} // namespace flank::ui
