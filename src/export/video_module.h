#pragma once

#include "video_backend.h"

namespace flank::exporting {

// Loads the video module once per process and returns its factory; on failure nullptr, with
// `error` saying where the module was looked for. The module is searched in the folder named
// by FLANKATLAS_MODULE_DIR (the tests' build tree), then in ../lib/flankatlas beside the
// program, where the build tree and the installed package both put it.
CreateVideoBackend videoBackendFactory(QString* error);

} // namespace flank::exporting
