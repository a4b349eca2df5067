// The viewer as the application starts it, with two markers placed once the window is up: the
// edit the crash-recovery test then loses by killing the process. Built for the tests only, so
// the shipped program carries no test hook.
#include "annotate/annotation.h"
#include "annotate/annotation_document.h"
#include "ui/launchers.h"
#include "ui/main_window.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // The application's names, so settings and the autosave copy land where the app keeps them.
    QCoreApplication::setApplicationName(QStringLiteral("flankatlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("Flank Atlas"));
    return flank::ui::runViewer(QCoreApplication::arguments(), [](flank::ui::MainWindow& window) {
        flank::annotate::Annotation marker;
        marker.kind = flank::annotate::AnnotationKind::Marker;
        marker.points = {QPointF(24.1, 56.95)}; // Riga
        window.annotationDocument()->add(marker);
        marker.points = {QPointF(25.28, 54.69)}; // Vilnius
        marker.symbol = flank::annotate::MarkerSymbol::Star;
        window.annotationDocument()->add(marker);
    });
}
