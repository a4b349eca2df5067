#include "json_bytes.h"

#include <algorithm>
#include <limits>

namespace flank::core::json_bytes {

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

int utf8SequenceLength(const unsigned char* p, qsizetype available)
{
    const unsigned char c = p[0];
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (available < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i)
        if (!isContinuation(p[i]))
            return 0;
    return length;
}

void appendUtf8(QByteArray& bytes, char32_t code)
{
    if (code < 0x80) {
        bytes += char(code);
    } else if (code < 0x800) {
        bytes += char(0xC0 | (code >> 6));
        bytes += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        bytes += char(0xE0 | (code >> 12));
        bytes += char(0x80 | ((code >> 6) & 0x3F));
        bytes += char(0x80 | (code & 0x3F));
    } else {
        bytes += char(0xF0 | (code >> 18));
        bytes += char(0x80 | ((code >> 12) & 0x3F));
        bytes += char(0x80 | ((code >> 6) & 0x3F));
        bytes += char(0x80 | (code & 0x3F));
    }
}

int hex4Value(const unsigned char* p, qsizetype available)
{
    if (available < 4)
        return -1;
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const unsigned char c = p[i];
        int digit = -1;
        if (isDigit(c))
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

int simpleEscape(unsigned char letter)
{
    switch (letter) {
    case '"':
    case '\\':
    case '/':
        return letter;
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default:
        return -1;
    }
}

QString describeCharacter(const unsigned char* p, qsizetype available)
{
    const unsigned char c = p[0];
    if (c >= 0x20 && c < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
    const int length = utf8SequenceLength(p, available);
    if (c >= 0x80 && length == 0)
        return QStringLiteral("invalid UTF-8 byte 0x%1").arg(c, 2, 16, QLatin1Char('0'));
    if (c >= 0x80)
        return QStringLiteral("'%1'").arg(
            QString::fromUtf8(reinterpret_cast<const char*>(p), length));
    return QStringLiteral("control character 0x%1").arg(c, 2, 16, QLatin1Char('0'));
}

// from_chars reports overflow and underflow alike; the literal's decimal magnitude tells which.
double outOfRangeValue(std::string_view literal)
{
    const bool negative = literal.starts_with('-');
    const size_t exponentAt = literal.find_first_of("eE");
    const std::string_view mantissa = literal.substr(negative ? 1 : 0, exponentAt);
    long long exponent = 0;
    if (exponentAt != std::string_view::npos) {
        std::string_view digits = literal.substr(exponentAt + 1);
        const bool negativeExponent = digits.starts_with('-');
        if (digits.starts_with('-') || digits.starts_with('+'))
            digits.remove_prefix(1);
        for (const char c : digits)
            exponent = std::min(exponent * 10 + (c - '0'), 1'000'000'000LL);
        if (negativeExponent)
            exponent = -exponent;
    }
    const size_t point = mantissa.find('.');
    const std::string_view integerPart = mantissa.substr(0, point);
    const size_t firstNonZero = integerPart.find_first_not_of('0');
    long long magnitude = 0;
    if (firstNonZero != std::string_view::npos) {
        magnitude = static_cast<long long>(integerPart.size() - firstNonZero);
    } else if (point != std::string_view::npos) {
        const std::string_view fraction = mantissa.substr(point + 1);
        const size_t leadingZeros = fraction.find_first_not_of('0');
        magnitude = -static_cast<long long>(leadingZeros);
    }
    if (magnitude + exponent <= 0)
        return negative ? -0.0 : 0.0;
    return negative ? -std::numeric_limits<double>::infinity()
                    : std::numeric_limits<double>::infinity();
}

} // namespace flank::core::json_bytes
