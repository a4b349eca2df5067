// The bad-input corpus: every case in tests/data/bad/cases.json goes through the loader the
// app uses and must give the stated kind of problem at the stated file and place, while the
// valid rest of the file still loads. The huge and deeply nested inputs are made here.
#include "bad_input_files.h"

#include "annotate/annotation_file.h"
#include "geo/vector_source.h"
#include "posture/dataset_loader.h"
#include "story/story_reader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using flank::core::Issue;
using flank::core::Issues;
using flank::core::Severity;

namespace {

const QString kCorpusDir = QStringLiteral(FLANK_TESTS_ROOT "/data/bad");

struct Loaded
{
    Issues issues;
    QHash<QString, qsizetype> counts; // what still loaded, by record kind
};

Loaded loadPosture(const QString& path)
{
    const auto result = flank::posture::loadDataset(path);
    const auto& records = result.dataset.records();
    return {result.issues,
            {{QStringLiteral("sources"), records.sources.size()},
             {QStringLiteral("treaties"), records.treaties.size()},
             {QStringLiteral("states"), records.states.size()},
             {QStringLiteral("steps"), records.steps.size()},
             {QStringLiteral("quotes"), records.quotes.size()},
             {QStringLiteral("pledges"), records.pledges.size()}}};
}

Loaded loadAnnotations(const QString& path)
{
    const auto result = flank::annotate::readAnnotationFile(path);
    return {result.issues, {{QStringLiteral("annotations"), result.annotations.size()}}};
}

Loaded loadStory(const QString& path)
{
    const auto result = flank::story::loadStory(path);
    return {result.issues, {{QStringLiteral("steps"), result.story.steps.size()}}};
}

Loaded loadGeodata(const QString& path, const QString& layer)
{
    flank::geo::VectorReadOptions options;
    options.layerName = layer;
    options.keyField = QStringLiteral("iso_a3");
    options.nameField = QStringLiteral("name");
    const auto result = flank::geo::readVectorFile(path, options);
    return {result.issues, {{QStringLiteral("features"), result.features.size()}}};
}

// A corrupt settings file is read by the real app at start; it must still start and draw.
Loaded startAppWithSettings(const QString& settingsFile, const QString& workDir)
{
    const QString configDir = workDir + QStringLiteral("/config/Flank Atlas");
    QDir().mkpath(configDir);
    QFile::remove(configDir + QStringLiteral("/flankatlas.conf"));
    QFile::copy(settingsFile, configDir + QStringLiteral("/flankatlas.conf"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), workDir + QStringLiteral("/config"));
    const QString screenshot = workDir + QStringLiteral("/window.png");
    QFile::remove(screenshot);
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(FLANK_BUILD_DIR "/app/flankatlas"),
              {QStringLiteral("--screenshot"), screenshot, QStringLiteral("--size"),
               QStringLiteral("640x400")});
    Loaded loaded;
    if (!app.waitForStarted(30'000))
        loaded.issues << flank::core::makeError(settingsFile, app.errorString());
    const bool finished = app.waitForFinished(120'000);
    if (!finished || app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0)
        loaded.issues << flank::core::makeError(
            settingsFile, QStringLiteral("the app failed (exit %1, %2): %3")
                              .arg(app.exitCode())
                              .arg(app.exitStatus() == QProcess::CrashExit ? "crashed" : "exited")
                              .arg(QString::fromLocal8Bit(app.readAllStandardError())));
    loaded.counts.insert(QStringLiteral("screenshots"), QFileInfo(screenshot).size() > 0 ? 1 : 0);
    return loaded;
}

QString describe(const Issues& issues)
{
    QStringList lines;
    for (const Issue& issue : issues)
        lines << issue.toString();
    return lines.isEmpty() ? QStringLiteral("(no issues)") : lines.join(QLatin1Char('\n'));
}

} // namespace

class BadInputTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus_data();
    void corpus();

private:
    QTemporaryDir m_work;
};

void BadInputTest::initTestCase()
{
    QVERIFY(m_work.isValid());
}

void BadInputTest::corpus_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QFile manifest(kCorpusDir + QStringLiteral("/cases.json"));
    QVERIFY2(manifest.open(QIODevice::ReadOnly), qPrintable(manifest.errorString()));
    QJsonParseError error;
    const QJsonArray cases = QJsonDocument::fromJson(manifest.readAll(), &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(cases.size() >= 30);
    for (const QJsonValue& value : cases) {
        const QJsonObject spec = value.toObject();
        const QString name = spec.value(QStringLiteral("file"))
                                 .toString(spec.value(QStringLiteral("generate")).toString());
        QTest::newRow(qPrintable(name)) << spec;
    }
}

void BadInputTest::corpus()
{
    QFETCH(QJsonObject, spec);
    const QString loader = spec.value(QStringLiteral("loader")).toString();
    QString path;
    if (spec.contains(QStringLiteral("generate"))) {
        path = generateBadInput(spec.value(QStringLiteral("generate")).toString(), m_work.path());
        QVERIFY2(!path.isEmpty(), "unknown generator");
    } else {
        path = kCorpusDir + QLatin1Char('/') + spec.value(QStringLiteral("file")).toString();
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    }

    Loaded loaded;
    if (loader == QLatin1String("posture"))
        loaded = loadPosture(path);
    else if (loader == QLatin1String("annotation"))
        loaded = loadAnnotations(path);
    else if (loader == QLatin1String("story"))
        loaded = loadStory(path);
    else if (loader == QLatin1String("geodata"))
        loaded = loadGeodata(path, spec.value(QStringLiteral("layer")).toString());
    else if (loader == QLatin1String("settings"))
        loaded = startAppWithSettings(path, m_work.path());
    else
        QFAIL(qPrintable(QStringLiteral("unknown loader '%1'").arg(loader)));
    const QString all = describe(loaded.issues);

    // Every issue names the file it is about and says something.
    for (const Issue& issue : loaded.issues) {
        QVERIFY2(issue.file == path, qPrintable(all));
        QVERIFY2(!issue.message.isEmpty(), qPrintable(all));
    }

    const QString severity = spec.value(QStringLiteral("severity")).toString();
    if (severity == QLatin1String("none")) {
        QVERIFY2(!flank::core::hasErrors(loaded.issues), qPrintable(all));
    } else {
        const Severity wanted =
            severity == QLatin1String("warning") ? Severity::Warning : Severity::Error;
        const QString message = spec.value(QStringLiteral("message")).toString();
        const int line = spec.value(QStringLiteral("line")).toInt();
        const int column = spec.value(QStringLiteral("column")).toInt();
        const QString place = spec.value(QStringLiteral("place")).toString();
        const bool found =
            std::any_of(loaded.issues.cbegin(), loaded.issues.cend(), [&](const Issue& issue) {
                return issue.severity == wanted && issue.message.contains(message) &&
                       issue.line == line && issue.column == column && issue.place.contains(place);
            });
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1 '%2' at %3:%4 [%5]; got:\n%6")
                                       .arg(severity, message)
                                       .arg(line)
                                       .arg(column)
                                       .arg(place, all)));
    }

    // The valid rest still loads.
    const QJsonObject counts = spec.value(QStringLiteral("loaded")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        QVERIFY2(loaded.counts.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(loaded.counts.value(it.key()) == it.value().toInt(),
                 qPrintable(QStringLiteral("%1: %2 loaded, expected %3\n%4")
                                .arg(it.key())
                                .arg(loaded.counts.value(it.key()))
                                .arg(it.value().toInt())
                                .arg(all)));
    }
}

QTEST_GUILESS_MAIN(BadInputTest)
#include "tst_bad_input.moc"
