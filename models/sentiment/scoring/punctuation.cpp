// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/punctuation.h"

namespace seance {

PunctuationEffect punctuationEffect(char32_t c) noexcept
{
    switch (c) {
    case '!':
    case 0xFF01: // ！
        return {Gap::Sentence, 1, 0};
    case '?':
    case 0xFF1F: // ？
        return {Gap::Sentence, 0, 1};
    case 0x203C: // ‼
        return {Gap::Sentence, 2, 0};
    case 0x2049: // ⁉
        return {Gap::Sentence, 1, 1};
    case '.':
    case ';':
    case '\n':
    case 0x2026: // …
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0x3002: // 。
        return {Gap::Sentence};
    case ',':
    case ':':
    case '-':
    case 0x2013: // –
    case 0x2014: // —
    case 0x3001: // 、
    case 0xFF0C: // ，
        return {Gap::Clause};
    case ' ':
    case '\t':
    case '\r':
    case '\v':
    case '\f':
    case 0x00A0: // no-break space
    case 0x202F: // narrow no-break space
    case 0x205F: // medium mathematical space
    case 0x3000: // ideographic space
        return {Gap::Space};
    default:
        break;
    }
    if (c >= 0x2000 && c <= 0x200A) // en quad .. hair space
        return {Gap::Space};
    return {Gap::Punctuation};
}

} // namespace seance
