// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/emoticonset.h"

#include "models/sentiment/scoring/asciiclass.h"

#include <algorithm>

namespace seance {

void EmoticonSet::add(std::string_view key)
{
    if (key.empty() || key.size() >= 32)
        return;
    m_terms[key] = true;
    const auto first = static_cast<unsigned char>(key.front());
    if (first < 128)
        m_first[first >> 6] |= std::uint64_t{1} << (first & 63);
    m_maxLength = std::max(m_maxLength, static_cast<int>(key.size()));
}

bool EmoticonSet::isEmoticonLike(std::string_view key) noexcept
{
    if (key.size() < 2 || key.size() >= 32)
        return false;
    bool punctuated = false;
    for (const char ch : key) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || ascii::isSpace(c))
            return false;
        punctuated = punctuated || !(ascii::isAlnum(c) || c == '\'');
    }
    return punctuated;
}

} // namespace seance
