#include "core/data_paths.h"
#include "posture/dataset_loader.h"

#include <QTest>

using namespace flank;
using namespace flank::posture;

// The posture.json the app ships: it must load without errors and cover every state the
// format promises (docs/posture-format.md).
class TestBundledDataset : public QObject
{
    Q_OBJECT

private slots:
    void loadsWithoutErrors();
};

void TestBundledDataset::loadsWithoutErrors()
{
    const QString path = core::DataPaths::posture();
    const LoadResult result = loadDataset(path);
    for (const core::Issue& issue : result.issues)
        qWarning().noquote() << issue.toString();
    QVERIFY2(!core::hasErrors(result.issues), qPrintable(path));

    const QStringList required{"FIN", "EST", "LVA", "LTU", "POL", "UKR", "BLR", "RUS", "NOR",
                               "SWE", "DEU", "ROU", "SVK", "HUN", "MDA", "CZE", "USA"};
    QStringList missing;
    for (const QString& iso3 : required)
        if (!result.dataset.findState(iso3))
            missing << iso3;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("missing states: ") + missing.join(u' ')));
    QVERIFY(result.dataset.findTreaty(QStringLiteral("ottawa")));
    QVERIFY(result.dataset.findTreaty(QStringLiteral("ccm")));
}

QTEST_GUILESS_MAIN(TestBundledDataset)
#include "tst_bundled_dataset.moc"
