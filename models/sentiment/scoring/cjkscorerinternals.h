// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/cjkrulewords.h"
#include "models/sentiment/scoring/cjkscorer.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The Korean and Japanese scorer's items and per-thread buffers, shared by cjkscorer.cpp (reading the text)
// and cjkscorerrules.cpp (the rules on the items).
namespace seance {

inline QString cjkText(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

struct CjkScorer::Item
{
    std::uint32_t start = 0; // in the normalized text
    std::uint32_t end = 0;
    std::uint16_t gapChars = 0; // unmatched characters (not spaces) since the previous item
    std::uint8_t gapSpaces = 0;
    bool gapKanaOnly = true;
    bool wordStart = false; // first thing in a space-separated word
    bool pictograph = false;
    std::uint16_t flags = 0;
    std::uint32_t clause = 0;
    std::uint32_t word = 0;
    double base = 0;
    double value = 0;
    double scalar = 0;

    bool isSentiment() const noexcept { return base != 0 && !(flags & cjk::Laughter); }
};

struct CjkScorer::Scratch
{
    std::string normalized;
    std::vector<std::uint32_t> offsets; // only when explaining
    std::vector<Item> items;
    std::vector<QStringList> notes; // per item, only when explaining
    QStringList masked;
    int exclamations = 0;
    int questions = 0;
    int words = 0;
    int codePoints = 0;
    bool explaining = false;

    void note(std::size_t item, const QString& rule)
    {
        if (explaining)
            notes[item].append(rule);
    }
    std::string_view key(const Item& item) const
    {
        return std::string_view(normalized).substr(item.start, item.end - item.start);
    }
};

} // namespace seance
