#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

// Byte-level pieces of the JSON reader: UTF-8 sequences, escapes and number literals.
namespace flank::core::json_bytes {

bool isDigit(unsigned char c);
bool isContinuation(unsigned char c);
// Length of the well-formed UTF-8 sequence at `p` (RFC 3629: no overlongs, no surrogates,
// nothing above U+10FFFF), or 0 when it is malformed.
int utf8SequenceLength(const unsigned char* p, qsizetype available);
void appendUtf8(QByteArray& bytes, char32_t code);
// The value of the four hex digits at `p`, or -1 when they are not four hex digits.
int hex4Value(const unsigned char* p, qsizetype available);
// The character a one-letter escape such as \n stands for; -1 for 'u' and invalid escapes.
int simpleEscape(unsigned char letter);
// The character at `p` for a message: 'x', a control character or an invalid UTF-8 byte.
QString describeCharacter(const unsigned char* p, qsizetype available);
// The value of a literal std::from_chars found out of range: an infinity or a zero.
double outOfRangeValue(std::string_view literal);

} // namespace flank::core::json_bytes
