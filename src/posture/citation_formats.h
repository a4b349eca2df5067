#pragma once

#include "source.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flank::posture {

// The bibliography formats reference managers (Zotero, JabRef, Mendeley) import, and plain text.
enum class CitationFormat
{
    BibTeX,
    Ris,
    CslJson,
    Text
};

QStringList citationFormatIds(); // "bibtex", "ris", "csljson", "text"
std::optional<CitationFormat> citationFormatFromId(const QString& id);
QString citationFormatId(CitationFormat format);
QString citationFileSuffix(CitationFormat format); // "bib", "ris", "json", "txt"

// One entry per source: the page cited, with its title, publisher, date, address and the day
// it was last checked as the day accessed. A copy's entry names the article it copies.
QString formatCitations(const QList<Source>& sources, CitationFormat format);

} // namespace flank::posture
