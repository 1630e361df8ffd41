// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/text/inerttext.h"

namespace seance {
namespace {

bool isIsolate(char16_t c)
{
    return c >= 0x2066 && c <= 0x2069; // LRI, RLI, FSI, PDI
}

bool isEmbeddingOrOverride(char16_t c)
{
    return c >= 0x202A && c <= 0x202E; // LRE, RLE, PDF, LRO, RLO
}

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F);
}

} // namespace

QString inertText(const QString& text, int maxLength)
{
    QString shown;
    shown.reserve(std::min<qsizetype>(text.size(), maxLength + 3));
    bool overrides = false;
    qsizetype lineLength = 0;
    bool cut = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isControl(c) || isIsolate(c))
            continue;
        if (c == u'\n') {
            lineLength = 0;
            cut = false;
        } else if (cut) {
            continue;
        } else if (lineLength == maxLength) {
            // Never between the halves of a surrogate pair.
            if (QChar::isLowSurrogate(c) && !shown.isEmpty())
                shown.chop(1);
            shown += QChar(0x2026);
            cut = true;
            continue;
        } else {
            ++lineLength;
        }
        overrides = overrides || isEmbeddingOrOverride(c);
        shown += QChar(c);
    }
    if (overrides)
        return QChar(0x2068) + shown + QChar(0x2069);
    return shown;
}

} // namespace seance
