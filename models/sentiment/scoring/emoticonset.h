// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/termtable.h"

#include <cstdint>
#include <string_view>

namespace seance {

// The ASCII emoticons of a lexicon. Emoticons are tried only where one can start, so ordinary words
// cost nothing here.
class EmoticonSet
{
public:
    // key: lowercase, no whitespace, at least one ASCII punctuation character.
    void add(std::string_view key);
    bool contains(std::string_view key) const noexcept { return m_terms.find(key) != nullptr; }
    bool mayStartWith(unsigned char c) const noexcept { return c < 128 && (m_first[c >> 6] >> (c & 63)) & 1; }
    int maxLength() const noexcept { return m_maxLength; }
    bool empty() const noexcept { return m_terms.empty(); }

    // Whether a lexicon term should be matched as an emoticon rather than split into words.
    static bool isEmoticonLike(std::string_view key) noexcept;

private:
    std::uint64_t m_first[2] = {0, 0};
    int m_maxLength = 0;
    TermTable<bool> m_terms;
};

} // namespace seance
