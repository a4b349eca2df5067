#pragma once

#include <QStringList>

// Each command parses its own options from `arguments` (arguments[0] is the program name
// followed by the command) and returns the process exit code. None of them creates a QWidget,
// except runScreenshot, which needs the real window.
namespace flank::cli {

int runExport(const QStringList& arguments);
// `export --story FILE.flankstory -o deck.pdf | folder/`: runExport hands these over.
bool wantsStoryExport(const QStringList& arguments);
int runStoryExport(const QStringList& arguments);
int runBench(const QStringList& arguments);
int runValidate(const QStringList& arguments);
int runStatus(const QStringList& arguments);
int runInfo(const QStringList& arguments);
int runBorders(const QStringList& arguments);
int runChanges(const QStringList& arguments);
int runDiffData(const QStringList& arguments);
int runCite(const QStringList& arguments);

} // namespace flank::cli
