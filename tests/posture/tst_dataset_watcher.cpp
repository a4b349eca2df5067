#include "posture/dataset_watcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace flank;
using namespace flank::posture;

namespace {

QByteArray fixture()
{
    QFile file(QStringLiteral(FLANK_TEST_DATA_DIR "/data/history.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class TestDatasetWatcher : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheLastGoodDataset();
};

void TestDatasetWatcher::keepsTheLastGoodDataset()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("posture.json"));
    const QByteArray good = fixture();
    QVERIFY(!good.isEmpty());
    QVERIFY(writeFile(path, good));

    DatasetWatcher watcher(path);
    watcher.setDebounceInterval(50);
    QVERIFY(watcher.issues().isEmpty());
    QCOMPARE(watcher.dataset().states().size(), 6);
    QSignalSpy reloaded(&watcher, &DatasetWatcher::datasetReloaded);
    QSignalSpy failed(&watcher, &DatasetWatcher::reloadFailed);

    // A broken save: the old data stays, and the failure says where.
    QVERIFY(writeFile(path, good.left(good.size() / 2)));
    QTRY_VERIFY(failed.count() >= 1);
    QCOMPARE(reloaded.count(), 0);
    QCOMPARE(watcher.dataset().states().size(), 6);
    const auto issues = failed.constLast().at(0).value<core::Issues>();
    QVERIFY(core::hasErrors(issues));
    QVERIFY(issues.constFirst().line > 0);
    QVERIFY(core::hasErrors(watcher.issues()));

    // Fixed by an editor that writes a new file and renames it over the old one.
    QByteArray fewer = good;
    fewer.replace("\"iso3\": \"USA\"", "\"iso3\": \"USB\"");
    const QString temporary = directory.filePath(QStringLiteral("posture.json.tmp"));
    QVERIFY(writeFile(temporary, fewer));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(temporary, path));
    QTRY_VERIFY(reloaded.count() >= 1);
    QVERIFY(watcher.dataset().findState(QStringLiteral("USB")));
    QVERIFY(watcher.issues().isEmpty());
    const auto dataset = reloaded.constLast().at(0).value<Dataset>();
    QVERIFY(dataset.findState(QStringLiteral("USB")));

    // Still watching after the rename: an in-place save is seen too.
    const qsizetype before = reloaded.count();
    QVERIFY(writeFile(path, good));
    QTRY_VERIFY(reloaded.count() > before);
    QVERIFY(watcher.dataset().findState(QStringLiteral("USA")));
}

QTEST_GUILESS_MAIN(TestDatasetWatcher)
#include "tst_dataset_watcher.moc"
