// Build-time helper: renders the SVG app icon to the PNG sizes of the hicolor theme, so the
// PNGs always match the SVG. Usage: render_icon ICON.svg SIZE OUT.png
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QGuiApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args[2].toInt(&sizeOk) : 0;
    if (!sizeOk || size < 16 || size > 1024) {
        err << "usage: render_icon ICON.svg SIZE OUT.png (SIZE from 16 to 1024)\n";
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        err << args[1] << ": not a readable SVG file\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    QSaveFile out(args[3]);
    if (!out.open(QIODevice::WriteOnly) || !QImageWriter(&out, "png").write(image) ||
        !out.commit()) {
        err << args[3] << ": " << out.errorString() << '\n';
        return 1;
    }
    return 0;
}
