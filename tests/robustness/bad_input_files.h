#pragma once

#include <QString>

// Writes one of the bad inputs too big to commit (a 50 MB string, 100,000 levels of nesting,
// a GeoPackage cut short) into `directory`, and returns its path; "" for an unknown kind.
// A "-missing" kind returns a path where no file is.
QString generateBadInput(const QString& kind, const QString& directory);
