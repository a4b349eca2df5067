// Fuzzes the annotation file reader: any bytes give annotations plus issues naming the file,
// and what was read writes back to GeoJSON that reads again, without issues, to the same set.
#include "fuzz_check.h"

#include "annotate/annotation_file.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace flank::annotate;
    const QString file = QStringLiteral("fuzz.geojson");
    const AnnotationFileContents read =
        fromGeoJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), file);
    for (const flank::core::Issue& issue : read.issues) {
        FUZZ_CHECK(issue.file == file);
        FUZZ_CHECK(!issue.message.isEmpty());
    }
    FUZZ_CHECK(read.annotations.size() <= kMaxAnnotations);
    const AnnotationFileContents again = fromGeoJson(toGeoJson(read.annotations), file);
    FUZZ_CHECK(!flank::core::hasErrors(again.issues));
    FUZZ_CHECK(again.annotations.size() == read.annotations.size());
    return 0;
}
