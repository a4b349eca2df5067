#include "ui_test_support.h"

#include "ui/map_canvas.h"
#include "ui/state_panel.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineF>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

namespace flank::ui::test {

const render::AtlasData& bundledData()
{
    static const render::AtlasData data = [] {
        // Settings, saved views and autosaves go to a directory of their own, removed at exit.
        static QTemporaryDir settingsDirectory;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDirectory.path());
        qputenv("XDG_DATA_HOME", settingsDirectory.filePath(QStringLiteral("data")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("Flank Atlas Tests"));
        return render::AtlasData::load();
    }();
    return data;
}

std::unique_ptr<MainWindow> openWindow(render::AtlasData data)
{
    auto window = std::make_unique<MainWindow>(std::move(data));
    window->resize(1280, 800);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active");
    window->canvas()->setFocus();
    QApplication::processEvents();
    return window;
}

QPointF interiorMapPoint(MainWindow& window, const QString& iso3)
{
    const auto layer = window.session()->data().projections->layer(window.session()->state().crs,
                                                                   geo::Scale::Coarse110m);
    // A click there must reach the state, not the legend, a deployment's disc or a
    // programme's band.
    const render::MapFrame frame = window.canvas()->currentFrame();
    const QRectF legend = window.canvas()->legendLayout().box;
    const auto clearOfPosture = [&](QPointF mapPoint) {
        const QPointF widgetPoint = window.canvas()->mapToWidget(mapPoint);
        return !legend.contains(widgetPoint) &&
               !window.canvas()->renderer().postureItemAt(frame, widgetPoint);
    };
    QPointF best;
    double bestClearance = -1;
    for (const geo::ProjectedFeature* feature : layer->featuresWithKey(iso3)) {
        if (feature->source->occupied)
            continue;
        // The point of a grid over the feature farthest from every edge of it.
        constexpr int kGrid = 60;
        for (int i = 1; i < kGrid; ++i) {
            for (int j = 1; j < kGrid; ++j) {
                const QPointF p(feature->bounds.left() + feature->bounds.width() * i / kGrid,
                                feature->bounds.top() + feature->bounds.height() * j / kGrid);
                if (!feature->contains(p) || !clearOfPosture(p))
                    continue;
                double clearance = std::numeric_limits<double>::max();
                for (const QPolygonF& ring : feature->rings)
                    for (qsizetype k = 0; k + 1 < ring.size(); ++k) {
                        const QLineF edge(ring[k], ring[k + 1]);
                        const QPointF d = edge.p2() - edge.p1();
                        const double length2 = d.x() * d.x() + d.y() * d.y();
                        double t =
                            length2 > 0 ? QPointF::dotProduct(p - edge.p1(), d) / length2 : 0;
                        t = std::clamp(t, 0.0, 1.0);
                        clearance = std::min(clearance, QLineF(p, edge.p1() + t * d).length());
                    }
                if (clearance > bestClearance) {
                    bestClearance = clearance;
                    best = p;
                }
            }
        }
    }
    return best;
}

QPoint canvasPointOf(MainWindow& window, const QString& iso3)
{
    return window.canvas()->mapToWidget(interiorMapPoint(window, iso3)).toPoint();
}

QStringList panelTexts(MainWindow& window, const QString& objectName)
{
    QStringList texts;
    const auto labels = window.panel()->widget()->findChildren<QLabel*>();
    for (const QLabel* label : labels)
        if (objectName.isEmpty() || label->objectName() == objectName)
            texts << label->text();
    return texts;
}

bool saveInFileDialog(MainWindow& window, const QString& dialogName, const QString& path)
{
    auto* dialog = window.findChild<QFileDialog*>(dialogName);
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return false;
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    if (!name)
        return false;
    name->clear();
    QTest::keyClicks(name, path);
    QTest::keyClick(name, Qt::Key_Return);
    return QTest::qWaitFor([&] { return !window.findChild<QFileDialog*>(dialogName); });
}

} // namespace flank::ui::test
