// Fuzzes the story reader: any bytes give steps plus issues naming the file, and a story
// read without errors saves to JSON that reads back, without errors, to the same story.
#include "fuzz_check.h"

#include "story/story_reader.h"
#include "story/story_writer.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace flank::story;
    const QString file = QStringLiteral("fuzz.flankstory");
    const StoryLoadResult read =
        parseStory(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), file);
    for (const flank::core::Issue& issue : read.issues) {
        FUZZ_CHECK(issue.file == file);
        FUZZ_CHECK(!issue.message.isEmpty());
    }
    if (flank::core::hasErrors(read.issues))
        return 0;
    const StoryLoadResult again = parseStory(storyToJson(read.story), file);
    FUZZ_CHECK(!flank::core::hasErrors(again.issues));
    FUZZ_CHECK(again.story.steps.size() == read.story.steps.size());
    FUZZ_CHECK(again.story.title == read.story.title);
    return 0;
}
