#pragma once

#include <QByteArray>

#include <string_view>

// Byte-level pieces of the posture JSON reader: UTF-8 sequences and number literals.
namespace flank::posture::json_bytes {

bool isDigit(unsigned char c);
bool isContinuation(unsigned char c);
// Length of the well-formed UTF-8 sequence at `p` (RFC 3629: no overlongs, no surrogates,
// nothing above U+10FFFF), or 0 when it is malformed.
int utf8SequenceLength(const unsigned char* p, qsizetype available);
void appendUtf8(QByteArray& bytes, char32_t code);
// The value of a literal std::from_chars found out of range: an infinity or a zero.
double outOfRangeValue(std::string_view literal);

} // namespace flank::posture::json_bytes
