#pragma once

#include <QString>

namespace flank::posture {

// True for an absolute http or https URL with a host: the only links the app opens or writes
// as a link. Everything else in a data file (javascript:, file:, data:, relative paths) is text.
bool isSafeLink(const QString& url);

} // namespace flank::posture
