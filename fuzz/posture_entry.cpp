// Fuzzes the posture loader: any bytes give a dataset plus issues that each name the file and
// a place, and a file without errors yields a status for every state it lists. Programmes said
// to exist on a day are announced by then; deployments said to be present have not ended.
#include "fuzz_check.h"

#include "posture/dataset_loader.h"
#include "posture/state_report.h"

#include <QByteArray>
#include <QDate>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString file = QStringLiteral("fuzz.json");
    const auto result = flank::posture::parseDataset(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), file);
    for (const flank::core::Issue& issue : result.issues) {
        FUZZ_CHECK(issue.file == file);
        FUZZ_CHECK(!issue.message.isEmpty());
        FUZZ_CHECK(issue.line >= 0 && issue.column >= 0);
    }
    const flank::posture::Dataset& dataset = result.dataset;
    const QDate day(2025, 7, 1);
    for (const auto& state : dataset.states()) {
        for (const auto& treaty : dataset.treaties())
            dataset.statusOn(state.iso3, treaty.id, day);
        FUZZ_CHECK(!flank::posture::stateReportText(dataset, state.iso3, day).isEmpty());
    }
    for (const auto& programme : dataset.fortificationsExistingOn(day))
        FUZZ_CHECK(flank::posture::fortificationStageOn(programme, day) !=
                   flank::posture::FortificationStage::NotAnnounced);
    for (const auto& note : dataset.troopNotesPresentOn(day))
        FUZZ_CHECK(note.startsOn() <= day && (!note.until.isValid() || day < note.until.first()));
    return 0;
}
