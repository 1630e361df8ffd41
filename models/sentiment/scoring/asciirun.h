// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace seance::ascii {

// The leading ASCII letters and digits of eight bytes, found with word-wide arithmetic (SWAR) instead of
// a branch per byte: most words of a post are short runs of ASCII letters, and the per-byte loop spent
// more on its branches than on the bytes.
struct AlnumRun
{
    int length = 0;        // leading bytes that are ASCII letters or digits, 0..8
    int letters = 0;       // ASCII letters among them
    int capitals = 0;      // capitals among those letters
    std::uint64_t lowered; // the eight bytes with every ASCII capital lowercased (bytes past length too)
};

inline constexpr std::uint64_t bytesOfOnes = 0x0101010101010101ull;

// How many bytes have their top bit set, when no other bit is: a multiply sums the bytes into the top one.
// std::popcount would be a library call on the baseline x86-64 that distributions build for.
inline int countTopBits(std::uint64_t topBits) noexcept
{
    return static_cast<int>(((topBits >> 7) * bytesOfOnes) >> 56);
}

inline AlnumRun alnumRun(const char* p) noexcept
{
    constexpr std::uint64_t ones = bytesOfOnes;
    constexpr std::uint64_t high = 0x8080808080808080ull;
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    // Every byte is compared with its top bit cleared, so additions never carry into the next byte; bytes
    // that had the top bit set (UTF-8) are excluded at the end.
    const std::uint64_t seven = word & ~high;
    const std::uint64_t folded = seven | (0x20 * ones); // 'A'..'Z' onto 'a'..'z'
    const std::uint64_t atLeastA = folded + (0x80 - 'a') * ones;
    const std::uint64_t pastZ = folded + (0x80 - 'z' - 1) * ones;
    const std::uint64_t atLeast0 = seven + (0x80 - '0') * ones;
    const std::uint64_t past9 = seven + (0x80 - '9' - 1) * ones;
    const std::uint64_t ascii = ~word & high;
    const std::uint64_t letter = atLeastA & ~pastZ & ascii;
    const std::uint64_t digit = atLeast0 & ~past9 & ascii;
    const std::uint64_t stop = ~(letter | digit) & high;

    AlnumRun run;
    run.length = stop ? std::countr_zero(stop) / 8 : 8;
    const std::uint64_t inRun = run.length == 8 ? ~0ull : (std::uint64_t{1} << (8 * run.length)) - 1;
    run.letters = countTopBits(letter & inRun);
    // A capital is a letter with bit 5 clear; shifting by two puts bit 5 where the letter bit is.
    run.capitals = countTopBits(letter & ~(word << 2) & inRun);
    run.lowered = word | (letter >> 2);
    return run;
}

} // namespace seance::ascii
