#include "html_writer.h"

#include "html_data.h"
#include "svg_writer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>

#include <cstring>

static void initExportResources()
{
    Q_INIT_RESOURCE(export_resources);
}

namespace flank::exporting {

namespace {

QByteArray resource(const QString& name)
{
    initExportResources();
    QFile file(QStringLiteral(":/html/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The CSP source that allows exactly this inline text.
QByteArray hashSource(const QByteArray& text)
{
    return "'sha256-" + QCryptographicHash::hash(text, QCryptographicHash::Sha256).toBase64() + "'";
}

// The picture: every state of the dataset in one placeholder fill (the page colors it by the
// slider's day), the page's own title, legend, stamp and footer instead of painted ones.
render::MapFrame pictureFrame(const ExportRequest& request)
{
    render::MapFrame frame = request.frame;
    frame.state.title.clear();
    frame.state.subtitle.clear();
    frame.state.selection.clear();
    frame.state.decorations.title = false;
    frame.state.decorations.legend = false;
    frame.state.decorations.dateStamp = false;
    frame.state.decorations.sources = false;
    frame.state.decorations.inset = false; // it would keep the placeholder fill
    frame.overlayStatuses.clear();
    for (const posture::StateInfo& state : request.dataset->states())
        frame.statuses.insert(state.iso3, posture::Status::Party);
    return frame;
}

// The <svg> element alone: no XML declaration, title or description, and sized by the page.
// QSvgGenerator writes them in this order at the start.
QByteArray inlineSvg(const QByteArray& svg)
{
    QByteArray out = svg.mid(std::max<qsizetype>(0, svg.indexOf("<svg")));
    const qsizetype title = out.indexOf("<title>");
    const qsizetype descriptionEnd = out.indexOf("</desc>");
    if (title >= 0 && descriptionEnd > title)
        out.remove(title, descriptionEnd + qsizetype(strlen("</desc>")) - title);
    const qsizetype height = out.indexOf("height=\"");
    const qsizetype sizeEnd = height < 0 ? -1 : out.indexOf('"', height + 8);
    if (out.startsWith("<svg width=") && sizeEnd > 0)
        out.replace(0, sizeEnd + 1, R"(<svg id="map-picture" role="group" aria-label="Map")");
    return out;
}

// Fills the page template's @NAME@ slots in one pass, so text put in never has slots read in it.
QByteArray fillTemplate(const QByteArray& page, const QHash<QByteArray, QByteArray>& values)
{
    QByteArray out;
    qsizetype last = 0;
    for (qsizetype at = page.indexOf('@'); at >= 0; at = page.indexOf('@', last)) {
        const qsizetype end = page.indexOf('@', at + 1);
        if (end < 0)
            break;
        const QByteArray name = page.mid(at + 1, end - at - 1);
        if (!values.contains(name)) {
            out += page.mid(last, end - last);
            last = end;
            continue;
        }
        out += page.mid(last, at - last);
        out += values.value(name);
        last = end + 1;
    }
    return out + page.mid(last);
}

} // namespace

ExportResult writeHtml(render::MapRenderer& renderer, const ExportRequest& request,
                       QIODevice& device)
{
    if (!request.dataset)
        return exportFailure(request.file, QStringLiteral("no dataset for the HTML map"));
    const QByteArray page = resource(QStringLiteral("map.html"));
    const QByteArray script = resource(QStringLiteral("map.js"));
    const QByteArray style = resource(QStringLiteral("map.css"));
    if (page.isEmpty() || script.isEmpty() || style.isEmpty())
        return exportFailure(request.file, QStringLiteral("the HTML page's resources are missing"));

    ExportRequest picture = request;
    picture.frame = pictureFrame(request);
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    if (const ExportResult result = writeSvg(renderer, picture, svg); !result.ok)
        return result;

    const QString title = request.frame.state.title.isEmpty() ? QStringLiteral("Flank Atlas map")
                                                              : request.frame.state.title;
    const QByteArray policy = "default-src 'none'; script-src " + hashSource(script) +
                              "; style-src " + hashSource(style) +
                              "; img-src data:; font-src data:; base-uri 'none'; form-action "
                              "'none'";
    const QByteArray html =
        fillTemplate(page, {{"POLICY", policy},
                            {"TITLE", title.toHtmlEscaped().toUtf8()},
                            {"STYLE", style},
                            {"MAP", inlineSvg(svg.data())},
                            {"DATA", scriptSafeJson(htmlMapData(*request.dataset, request.frame))},
                            {"SCRIPT", script}});
    if (device.write(html) != html.size())
        return exportFailure(request.file, device.errorString());
    return {true, {}};
}

} // namespace flank::exporting
