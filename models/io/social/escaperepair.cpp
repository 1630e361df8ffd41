// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/escaperepair.h"

#include "models/io/social/quotescan.h"

#include <cstring>

namespace seance::social {

void EscapeRepair::process(const char* data, std::size_t size, std::string* out)
{
    out->reserve(out->size() + size + 64);
    const char* p = data;
    const char* const end = data + size;
    while (p < end) {
        if (m_escaped) { // the character after a backslash, perhaps in the next block
            m_escaped = false;
            ++m_stringBytes;
            if (*p == 'x') {
                out->append("u00", 3);
                ++m_repaired;
            } else {
                out->push_back(*p);
            }
            ++p;
            continue;
        }
        if (!m_inString) {
            const auto* quote = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
            if (!quote) {
                out->append(p, end);
                return;
            }
            out->append(p, quote + 1);
            p = quote + 1;
            m_inString = true;
            m_stringBytes = 0;
            continue;
        }
        const char* stop = findQuoteOrBackslash(p, end);
        m_stringBytes += stop - p;
        out->append(p, stop);
        p = stop;
        if (p == end)
            return;
        ++m_stringBytes;
        out->push_back(*p);
        if (*p == '"')
            m_inString = false;
        else
            m_escaped = true;
        ++p;
    }
}

} // namespace seance::social
