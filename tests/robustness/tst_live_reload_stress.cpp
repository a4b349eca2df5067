// The posture file rewritten 100 times while a DatasetWatcher follows it, alternately in place
// (truncate and write, so the watcher may read half a file) and by renaming a finished file
// over it, with a broken save now and then. The watcher must end on the last good data, and
// the event loop must keep running; the longest stall is printed, not asserted (timing).
#include "posture/dataset_loader.h"
#include "posture/dataset_watcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace flank::posture;

namespace {

constexpr int kRewrites = 100;

QByteArray fixture()
{
    QFile file(QStringLiteral(FLANK_TESTS_ROOT "/data/bad/posture/valid.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Each version names Estonia differently, so the data shown tells which save it came from.
QByteArray version(const QByteArray& base, int number)
{
    QByteArray bytes = base;
    return bytes.replace("\"Estonia\"", "\"Estonia " + QByteArray::number(number) + '"');
}

QString estoniaName(const Dataset& dataset)
{
    const StateInfo* state = dataset.findState(QStringLiteral("EST"));
    return state ? state->name : QString();
}

} // namespace

class LiveReloadStressTest : public QObject
{
    Q_OBJECT

private slots:
    void rewritesEndOnLastGoodData();
};

void LiveReloadStressTest::rewritesEndOnLastGoodData()
{
    const QByteArray base = fixture();
    QVERIFY(!base.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("posture.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(version(base, 0));
    }
    DatasetWatcher watcher(path);
    watcher.setDebounceInterval(20);
    QCOMPARE(estoniaName(watcher.dataset()), QStringLiteral("Estonia 0"));
    QSignalSpy reloaded(&watcher, &DatasetWatcher::datasetReloaded);
    QSignalSpy failed(&watcher, &DatasetWatcher::reloadFailed);

    // A 5 ms heartbeat: the longest gap between beats is the longest the loop was blocked.
    QElapsedTimer clock;
    clock.start();
    qint64 lastBeat = 0;
    qint64 longestStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        longestStall = std::max(longestStall, clock.elapsed() - lastBeat);
        lastBeat = clock.elapsed();
    });
    heartbeat.start();

    int lastGood = 0;
    for (int i = 1; i <= kRewrites; ++i) {
        const bool broken = i % 10 == 5;
        const QByteArray bytes = broken ? version(base, i).left(base.size() / 2) : version(base, i);
        if (i % 2 == 0) {
            QSaveFile file(path); // a finished file renamed over the old one
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            QVERIFY(file.commit());
        } else {
            QFile file(path); // truncated and written in place, in two halves
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes.left(bytes.size() / 2));
            file.flush();
            QTest::qWait(1);
            file.write(bytes.mid(bytes.size() / 2));
        }
        if (!broken)
            lastGood = i;
        QTest::qWait(i % 3 == 0 ? 30 : 2); // some saves land inside one debounce, some not
    }
    // The last save is a good one; wait for the watcher to settle on it.
    QCOMPARE(lastGood, kRewrites);
    QTRY_COMPARE_WITH_TIMEOUT(estoniaName(watcher.dataset()),
                              QStringLiteral("Estonia %1").arg(lastGood), 10'000);
    QVERIFY(!flank::core::hasErrors(watcher.issues()));
    heartbeat.stop();
    QVERIFY(reloaded.count() > 0);
    qInfo("%d rewrites: %lld reloads, %lld failed reloads kept the last good data; "
          "longest event-loop stall %lld ms",
          kRewrites, qlonglong(reloaded.count()), qlonglong(failed.count()),
          qlonglong(longestStall));
}

QTEST_GUILESS_MAIN(LiveReloadStressTest)
#include "tst_live_reload_stress.moc"
