// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>

namespace seance::ascii {

// One table lookup per byte instead of chains of comparisons.
enum CharBits : std::uint8_t { AlphaBit = 1, DigitBit = 2, SpaceBit = 4 };
inline constexpr std::array<std::uint8_t, 256> charBits = [] {
    std::array<std::uint8_t, 256> bits{};
    for (int c = 'a'; c <= 'z'; ++c) {
        bits[c] |= AlphaBit;
        bits[c - 32] |= AlphaBit;
    }
    for (int c = '0'; c <= '9'; ++c)
        bits[c] |= DigitBit;
    for (const char c : {' ', '\t', '\n', '\r', '\v', '\f'})
        bits[static_cast<unsigned char>(c)] |= SpaceBit;
    return bits;
}();

inline constexpr bool isAlpha(unsigned char c) noexcept
{
    return charBits[c] & AlphaBit;
}
inline constexpr bool isDigit(unsigned char c) noexcept
{
    return charBits[c] & DigitBit;
}
inline constexpr bool isAlnum(unsigned char c) noexcept
{
    return charBits[c] & (AlphaBit | DigitBit);
}
inline constexpr bool isSpace(unsigned char c) noexcept
{
    return charBits[c] & SpaceBit;
}
inline constexpr unsigned char toLower(unsigned char c) noexcept
{
    return (c >= 'A' && c <= 'Z') ? c | 0x20 : c;
}

} // namespace seance::ascii
