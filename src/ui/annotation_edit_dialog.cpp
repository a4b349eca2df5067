#include "annotation_edit_dialog.h"

#include "spin_box_name.h"

#include "render/annotation_painter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>

namespace flank::ui {

using annotate::Annotation;
using annotate::MarkerSymbol;

namespace {

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color);
    QPainter painter(&pixmap);
    painter.setPen(Qt::gray);
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    painter.end();
    return pixmap;
}

QIcon symbolIcon(MarkerSymbol symbol)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(render::markerSymbolPath(symbol, QPointF(8, 8), 14), Qt::black);
    painter.end();
    return pixmap;
}

QString symbolName(MarkerSymbol symbol)
{
    switch (symbol) {
    case MarkerSymbol::Circle:
        return AnnotationEditDialog::tr("Circle");
    case MarkerSymbol::Square:
        return AnnotationEditDialog::tr("Square");
    case MarkerSymbol::Triangle:
        return AnnotationEditDialog::tr("Triangle");
    case MarkerSymbol::Star:
        return AnnotationEditDialog::tr("Star");
    case MarkerSymbol::Cross:
        return AnnotationEditDialog::tr("Cross");
    }
    return {};
}

} // namespace

void fillColorBox(QComboBox* box, const QColor& current)
{
    for (const QColor& color : annotate::annotationPalette()) {
        box->addItem(swatch(color), color.name(), color);
        if (color == current)
            box->setCurrentIndex(box->count() - 1);
    }
}

void fillSymbolBox(QComboBox* box, MarkerSymbol current)
{
    for (MarkerSymbol symbol : {MarkerSymbol::Circle, MarkerSymbol::Square, MarkerSymbol::Triangle,
                                MarkerSymbol::Star, MarkerSymbol::Cross}) {
        box->addItem(symbolIcon(symbol), symbolName(symbol), int(symbol));
        if (symbol == current)
            box->setCurrentIndex(box->count() - 1);
    }
}

AnnotationEditDialog::AnnotationEditDialog(const Annotation& annotation, QWidget* parent)
    : QDialog(parent), m_annotation(annotation), m_text(new QLineEdit(annotation.text, this)),
      m_color(new QComboBox(this)), m_size(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Annotation"));
    auto* form = new QFormLayout(this);
    m_text->setPlaceholderText(annotation.kind == annotate::AnnotationKind::Text
                                   ? tr("Label text")
                                   : tr("Optional caption"));
    form->addRow(tr("&Text:"), m_text);
    fillColorBox(m_color, annotation.color);
    form->addRow(tr("&Color:"), m_color);
    m_size->setRange(2, 96);
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(annotation.size);
    form->addRow(tr("&Size:"), m_size);
    nameSpinBox(m_size, tr("Size in points")); // its line edit takes the focus, not the box
    if (annotation.kind == annotate::AnnotationKind::Marker) {
        m_symbol = new QComboBox(this);
        fillSymbolBox(m_symbol, annotation.symbol);
        form->addRow(tr("S&ymbol:"), m_symbol);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Annotation AnnotationEditDialog::annotation() const
{
    Annotation result = m_annotation;
    result.text = m_text->text();
    result.color = m_color->currentData().value<QColor>();
    result.size = m_size->value();
    if (m_symbol)
        result.symbol = MarkerSymbol(m_symbol->currentData().toInt());
    return result;
}

} // namespace flank::ui
